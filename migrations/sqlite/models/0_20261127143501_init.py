from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "accounts_department" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL /* APPROVAL: APPROVAL\nSUPERVISION: SUPERVISION\nCOORDINATION: COORDINATION */,
    "created_at" TIMESTAMP NOT NULL
) /* 部门: a county department (approval, supervision or the coordination group). */;
CREATE INDEX IF NOT EXISTS "idx_accounts_de_kind_87e2a8" ON "accounts_department" ("kind");
CREATE TABLE IF NOT EXISTS "accounts_user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(32) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "roles" JSON NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "is_active" INT NOT NULL,
    "failed_login_count" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "last_login_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "department_id" INT REFERENCES "accounts_department" ("id") ON DELETE RESTRICT
) /* 用户: a person who logs in, member of (at most) one department. */;
CREATE TABLE IF NOT EXISTS "accounts_api_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "last_used_at" TIMESTAMP,
    "created_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL,
    "department_id" INT REFERENCES "accounts_department" ("id") ON DELETE RESTRICT
) /* API 令牌: read-only access for an external dashboard, maybe one department only. */;
CREATE TABLE IF NOT EXISTS "accounts_session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "accounts_user" ("id") ON DELETE CASCADE
) /* 登录会话: a browser's login; the cookie holds the token, the row its hash. */;
CREATE TABLE IF NOT EXISTS "audit_event" (
    "seq" BIGINT NOT NULL PRIMARY KEY,
    "at" TIMESTAMP NOT NULL,
    "actor_user_id" INT,
    "actor_username" VARCHAR(150) NOT NULL,
    "actor_token_id" INT,
    "department_id" INT,
    "action" VARCHAR(100) NOT NULL,
    "target_type" VARCHAR(64) NOT NULL,
    "target_id" VARCHAR(64) NOT NULL,
    "before" JSON,
    "after" JSON,
    "request_id" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL UNIQUE,
    "hash" VARCHAR(64) NOT NULL UNIQUE
) /* One change of state: who, when, what, before and after, chained by hash. */;
CREATE INDEX IF NOT EXISTS "idx_audit_event_target__162bb1" ON "audit_event" ("target_type", "target_id", "seq");
CREATE INDEX IF NOT EXISTS "idx_audit_event_departm_5e76c7" ON "audit_event" ("department_id", "seq");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_6c86ab" ON "audit_event" ("action", "seq");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_u_f9a8ba" ON "audit_event" ("actor_username", "seq");
CREATE INDEX IF NOT EXISTS "idx_audit_event_at_500752" ON "audit_event" ("at");
CREATE TABLE IF NOT EXISTS "calendar_day" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL UNIQUE,
    "is_working_day" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL /* PACKAGE: PACKAGE\nNOTICE: NOTICE\nCORRECTION: CORRECTION */,
    "holiday_name" VARCHAR(64),
    "changed_by_user_id" INT,
    "changed_by" VARCHAR(150) NOT NULL,
    "changed_at" TIMESTAMP NOT NULL,
    "reason" VARCHAR(500)
);
CREATE TABLE IF NOT EXISTS "calendar_revision" (
    "id" INT NOT NULL PRIMARY KEY,
    "revision" VARCHAR(32) NOT NULL,
    "changed_at" TIMESTAMP NOT NULL
) /* One row (id 1): a fresh random value after every change of the calendar. */;
CREATE TABLE IF NOT EXISTS "calendar_year" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "year" INT NOT NULL UNIQUE,
    "source" VARCHAR(16) NOT NULL /* PACKAGE: PACKAGE\nNOTICE: NOTICE\nCORRECTION: CORRECTION */,
    "entered_by_user_id" INT,
    "entered_by" VARCHAR(150) NOT NULL,
    "entered_at" TIMESTAMP NOT NULL
) /* A year entered in full: every day of it is in ``calendar_day``. */;
CREATE TABLE IF NOT EXISTS "deadline" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject_type" VARCHAR(64) NOT NULL,
    "subject_id" BIGINT NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "department_id" INT,
    "rule" VARCHAR(16) NOT NULL /* WORKING_DAYS: WORKING_DAYS\nSAME_DAY: SAME_DAY */,
    "started_at" TIMESTAMP NOT NULL,
    "working_days" INT,
    "due_at" TIMESTAMP NOT NULL,
    "provisional" INT NOT NULL,
    "closed_at" TIMESTAMP,
    "closed_late_by_working_days" INT,
    "created_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_deadline_departm_65a5a4" ON "deadline" ("department_id");
CREATE INDEX IF NOT EXISTS "idx_deadline_due_at_ebc428" ON "deadline" ("due_at");
CREATE INDEX IF NOT EXISTS "deadline_open_due" ON "deadline" ("closed_at", "due_at");
CREATE INDEX IF NOT EXISTS "deadline_subject" ON "deadline" ("subject_type", "subject_id");
CREATE TABLE IF NOT EXISTS "catalogue_approval_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "commitment_eligible" INT NOT NULL,
    "commitment_modes" JSON NOT NULL,
    "verification_period_working_days" INT,
    "allowed_credit_grades" JSON NOT NULL,
    "requires_post_verification" INT NOT NULL,
    "commitment_mode_flags" VARCHAR(128) NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT
) /* 审批事项 (C1, C4): a licensing matter decided by an approval department. */;
CREATE INDEX IF NOT EXISTS "idx_catalogue_a_name_e2a8ae" ON "catalogue_approval_item" ("name");
CREATE INDEX IF NOT EXISTS "idx_catalogue_a_commitm_a8a628" ON "catalogue_approval_item" ("commitment_eligible");
CREATE INDEX IF NOT EXISTS "idx_catalogue_a_require_e69c10" ON "catalogue_approval_item" ("requires_post_verification");
CREATE INDEX IF NOT EXISTS "idx_catalogue_a_is_acti_5ea6ea" ON "catalogue_approval_item" ("is_active");
CREATE TABLE IF NOT EXISTS "catalogue_version" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" INT NOT NULL UNIQUE,
    "effective_date" DATE NOT NULL,
    "published_at" TIMESTAMP NOT NULL,
    "published_by_name" VARCHAR(150) NOT NULL,
    "note" TEXT NOT NULL,
    "approval_item_count" INT NOT NULL,
    "handling_item_count" INT NOT NULL,
    "supervision_item_count" INT NOT NULL,
    "link_count" INT NOT NULL,
    "published_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL
) /* 清单版本 (C5): a published, frozen catalogue and the date it takes effect. */;
CREATE INDEX IF NOT EXISTS "idx_catalogue_v_effecti_25791c" ON "catalogue_version" ("effective_date");
CREATE TABLE IF NOT EXISTS "catalogue_handling_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approval_item_id" INT NOT NULL REFERENCES "catalogue_approval_item" ("id") ON DELETE RESTRICT
) /* 业务办理项 (C1): a concrete way an approval item is handled. */;
CREATE INDEX IF NOT EXISTS "idx_catalogue_h_name_a02a1e" ON "catalogue_handling_item" ("name");
CREATE INDEX IF NOT EXISTS "idx_catalogue_h_is_acti_b2aa20" ON "catalogue_handling_item" ("is_active");
CREATE TABLE IF NOT EXISTS "catalogue_published_approval_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "approval_item_id" INT NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "department_id" INT NOT NULL,
    "department_name" VARCHAR(100) NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "commitment_eligible" INT NOT NULL,
    "commitment_modes" JSON NOT NULL,
    "verification_period_working_days" INT,
    "allowed_credit_grades" JSON NOT NULL,
    "version_id" INT NOT NULL REFERENCES "catalogue_version" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_catalogue_p_version_812883" UNIQUE ("version_id", "code")
) /* An approval item as published in a version (names frozen). */;
CREATE TABLE IF NOT EXISTS "catalogue_published_link" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "handling_item_id" INT NOT NULL,
    "handling_item_code" VARCHAR(64) NOT NULL,
    "handling_item_name" VARCHAR(200) NOT NULL,
    "link_id" INT,
    "department_id" INT,
    "department_name" VARCHAR(100),
    "supervision_item_id" INT,
    "supervision_item_code" VARCHAR(64),
    "supervision_item_name" VARCHAR(200),
    "supervision_sub_item_id" INT,
    "supervision_sub_item_code" VARCHAR(64),
    "supervision_sub_item_name" VARCHAR(200),
    "is_key" INT NOT NULL,
    "key_area" VARCHAR(32) /* SAFETY_PRODUCTION: SAFETY_PRODUCTION\nHEALTH: HEALTH\nFOOD_AND_DRUGS: FOOD_AND_DRUGS\nSPECIAL_EQUIPMENT: SPECIAL_EQUIPMENT\nHAZARDOUS_CHEMICALS: HAZARDOUS_CHEMICALS */,
    "published_approval_item_id" INT NOT NULL REFERENCES "catalogue_published_approval_item" ("id") ON DELETE RESTRICT,
    "version_id" INT NOT NULL REFERENCES "catalogue_version" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_catalogue_p_version_dd04ff" UNIQUE ("version_id", "handling_item_id"),
    CONSTRAINT "uid_catalogue_p_version_c03858" UNIQUE ("version_id", "handling_item_code")
) /* A handling item of a published version and its confirmed route, if any. */;
CREATE TABLE IF NOT EXISTS "catalogue_published_supervision_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "supervision_item_id" INT NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "department_id" INT NOT NULL,
    "department_name" VARCHAR(100) NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "is_key" INT NOT NULL,
    "key_area" VARCHAR(32) /* SAFETY_PRODUCTION: SAFETY_PRODUCTION\nHEALTH: HEALTH\nFOOD_AND_DRUGS: FOOD_AND_DRUGS\nSPECIAL_EQUIPMENT: SPECIAL_EQUIPMENT\nHAZARDOUS_CHEMICALS: HAZARDOUS_CHEMICALS */,
    "sub_items" JSON NOT NULL,
    "version_id" INT NOT NULL REFERENCES "catalogue_version" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_catalogue_p_version_f8f778" UNIQUE ("version_id", "code")
) /* A supervision item and its sub-items as published in a version. */;
CREATE TABLE IF NOT EXISTS "catalogue_supervision_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "is_key" INT NOT NULL,
    "key_area" VARCHAR(32) /* SAFETY_PRODUCTION: SAFETY_PRODUCTION\nHEALTH: HEALTH\nFOOD_AND_DRUGS: FOOD_AND_DRUGS\nSPECIAL_EQUIPMENT: SPECIAL_EQUIPMENT\nHAZARDOUS_CHEMICALS: HAZARDOUS_CHEMICALS */,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT
) /* 监管事项 (C2): a supervision matter of a supervision department. */;
CREATE INDEX IF NOT EXISTS "idx_catalogue_s_name_95ce39" ON "catalogue_supervision_item" ("name");
CREATE INDEX IF NOT EXISTS "idx_catalogue_s_is_key_d02c08" ON "catalogue_supervision_item" ("is_key");
CREATE INDEX IF NOT EXISTS "idx_catalogue_s_is_acti_915900" ON "catalogue_supervision_item" ("is_active");
CREATE TABLE IF NOT EXISTS "catalogue_supervision_sub_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "supervision_item_id" INT NOT NULL REFERENCES "catalogue_supervision_item" ("id") ON DELETE RESTRICT
) /* 监管事项子项 (C2): the unit a link points to. */;
CREATE INDEX IF NOT EXISTS "idx_catalogue_s_name_31abfe" ON "catalogue_supervision_sub_item" ("name");
CREATE INDEX IF NOT EXISTS "idx_catalogue_s_is_acti_14628d" ON "catalogue_supervision_sub_item" ("is_active");
CREATE TABLE IF NOT EXISTS "catalogue_link" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PROPOSED: PROPOSED\nCONFIRMED: CONFIRMED\nREJECTED: REJECTED\nUNLINKED: UNLINKED */,
    "open_handling_item_id" INT UNIQUE,
    "proposed_at" TIMESTAMP NOT NULL,
    "confirmed_at" TIMESTAMP,
    "ended_at" TIMESTAMP,
    "reason" TEXT,
    "updated_at" TIMESTAMP NOT NULL,
    "confirmed_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "ended_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL,
    "handling_item_id" INT NOT NULL REFERENCES "catalogue_handling_item" ("id") ON DELETE RESTRICT,
    "proposed_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL,
    "supervision_sub_item_id" INT REFERENCES "catalogue_supervision_sub_item" ("id") ON DELETE RESTRICT
) /* 审管关联 (C3): a handling item ↔ the supervising department and its sub-item. */;
CREATE INDEX IF NOT EXISTS "idx_catalogue_l_status_d0534c" ON "catalogue_link" ("status");
CREATE TABLE IF NOT EXISTS "catalogue_import" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: PENDING\nVALIDATING: VALIDATING\nSTORING: STORING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED */,
    "file_name" VARCHAR(200) NOT NULL,
    "file_size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "content" BLOB NOT NULL,
    "total" INT NOT NULL,
    "processed" INT NOT NULL,
    "errors" JSON NOT NULL,
    "summary" JSON NOT NULL,
    "created_by_name" VARCHAR(150) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL
) /* 清单导入 (C6): one uploaded spreadsheet and what became of it. */;
CREATE INDEX IF NOT EXISTS "idx_catalogue_i_status_071331" ON "catalogue_import" ("status");
CREATE INDEX IF NOT EXISTS "idx_catalogue_i_created_5f12ff" ON "catalogue_import" ("created_at");
CREATE TABLE IF NOT EXISTS "linkage_licensee" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* COMPANY: COMPANY\nPERSON: PERSON */,
    "number" VARCHAR(18) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "contact_phone" VARCHAR(32) NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "legal_representative" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* 行政相对人 (P6): one record per USCC or ID number, shared by every push. */;
CREATE INDEX IF NOT EXISTS "idx_linkage_lic_name_17a0eb" ON "linkage_licensee" ("name");
CREATE TABLE IF NOT EXISTS "linkage_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "department_id" INT,
    "kind" VARCHAR(32) NOT NULL /* PUSH_RECEIVED: PUSH_RECEIVED\nROUTING_GAP: ROUTING_GAP\nPUSH_RETURNED: PUSH_RETURNED\nTASK_CREATED: TASK_CREATED */,
    "push_id" INT NOT NULL,
    "task_id" INT,
    "created_at" TIMESTAMP NOT NULL
) /* The outbox of the live task stream: written in the use case's transaction. */;
CREATE INDEX IF NOT EXISTS "linkage_event_department" ON "linkage_event" ("department_id", "id");
CREATE TABLE IF NOT EXISTS "linkage_push" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "document_number" VARCHAR(100) NOT NULL UNIQUE,
    "source" VARCHAR(16) NOT NULL /* RECORDED: RECORDED\nIMPORTED: IMPORTED */,
    "handling_item_id" INT NOT NULL,
    "handling_item_code" VARCHAR(64) NOT NULL,
    "handling_item_name" VARCHAR(200) NOT NULL,
    "approval_item_id" INT,
    "approval_item_code" VARCHAR(64) NOT NULL,
    "approval_item_name" VARCHAR(200) NOT NULL,
    "catalogue_version_id" INT,
    "supervision_item_id" INT,
    "supervision_item_name" VARCHAR(200),
    "supervision_sub_item_id" INT,
    "supervision_sub_item_name" VARCHAR(200),
    "license_date" DATE NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "license_content" TEXT NOT NULL,
    "materials" JSON NOT NULL,
    "handling_opinion" TEXT NOT NULL,
    "commitment_content" TEXT NOT NULL,
    "recorded_by_id" INT,
    "pushed_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ROUTING_GAP: ROUTING_GAP\nTO_CLAIM: TO_CLAIM\nCLAIMED: CLAIMED\nRETURNED: RETURNED */,
    "claim_deadline_id" INT,
    "claim_due_at" TIMESTAMP NOT NULL,
    "claim_due_provisional" INT NOT NULL,
    "claimed_at" TIMESTAMP,
    "claimed_by_id" INT,
    "claim_late_working_days" INT,
    "updated_at" TIMESTAMP NOT NULL,
    "approval_department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "department_id" INT REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT
) /* 审批信息推送 (P1): an approval decision on its way to the supervising department. */;
CREATE INDEX IF NOT EXISTS "idx_linkage_pus_handlin_913267" ON "linkage_push" ("handling_item_id");
CREATE INDEX IF NOT EXISTS "idx_linkage_pus_status_568489" ON "linkage_push" ("status");
CREATE INDEX IF NOT EXISTS "push_queue" ON "linkage_push" ("department_id", "status", "claim_due_at", "id");
CREATE INDEX IF NOT EXISTS "push_due" ON "linkage_push" ("claim_due_at", "id");
CREATE TABLE IF NOT EXISTS "linkage_dispute" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: OPEN\nRESOLVED: RESOLVED */,
    "opened_at" TIMESTAMP NOT NULL,
    "resolved_at" TIMESTAMP,
    "resolved_by_id" INT,
    "assigned_department_id" INT,
    "resolution_note" TEXT NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "opened_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL,
    "push_id" INT NOT NULL REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
) /* 职责争议 (P3): a push returned by its department, open until the coordinator reassigns it. */;
CREATE INDEX IF NOT EXISTS "idx_linkage_dis_status_f68e0c" ON "linkage_dispute" ("status");
CREATE INDEX IF NOT EXISTS "dispute_open" ON "linkage_dispute" ("status", "opened_at", "id");
CREATE TABLE IF NOT EXISTS "linkage_supervision_task" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* IN_PROGRESS: IN_PROGRESS */,
    "deadline_id" INT NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "due_provisional" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT,
    "updated_at" TIMESTAMP NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "push_id" INT NOT NULL UNIQUE REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
) /* 监管任务 (P4): the work a claimed push creates, due in 30 working days of the push (S1). */;
CREATE INDEX IF NOT EXISTS "idx_linkage_sup_status_2fa600" ON "linkage_supervision_task" ("status");
CREATE INDEX IF NOT EXISTS "task_queue" ON "linkage_supervision_task" ("department_id", "status", "due_at", "id");
CREATE INDEX IF NOT EXISTS "task_due" ON "linkage_supervision_task" ("due_at", "id");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtz4ji6/isqvpx0FdOVkJCks6dOFSF0DzvpwALp3dlhyy2wCD4xNutL0tk5/d+PJN"
    "9tGSxjg3FU1ZUGW69sHl3f573oz8ZKl5FqfuyslYn+jLTGDfizocEVwh8S95qgAdfr4A65"
    "YMGZSgvD+Vy3NcuU4FqRLL/8zLQMOLdwiQVUTYQvycicG8raUnTytEZn2AdT+wKhi6l91b"
    "qY3wADQfkXXVPfAK4TmSZY6AaAGkA/LGRoUAUyNJczHRpyE6zg2wwBXUNARmtoWCukWYDI"
    "fiRPl/U5fryiPZX9IFtT/m0j/LOfkLVEBn7cH//ClxVNRj+Q6X1dP0sLBalyBGRFJhXQ65"
    "L1tqbX+pr1mRYkv2EmzXXVXmlB4fWbtdQ1v7SiWeTqE9KQAS1EqrcMm0Ct2arqto+HvvOm"
    "QRHnFUMyMlpAWyUNRqSdFwiuNSTpYTCRxr2JJDUSjelJhGB3L811jXQE/Kom/fVP5BV+aZ"
    "1dXF1cn19eXOMi9DX9K1c/nUcHwDiCFJ6HSeMnvQ8t6JSgGAeg0v8TsHaX0GDj6pWPIYtf"
    "OY6sh+MmaL0LAbZB398HuCv4Q1KR9mQt8dez09MNUH7rjLq/dkYnuNQH8kgdD1ZnPD+4t1"
    "rOPYJ3gO/aQAvlBw/CgUQdMb7MAvFlOsKXcYDpBCot8fzDA3JUqhigDztPRGC+vMgA8+VF"
    "KszkVhTmOV4CMBQStJIw3+E7lrJCbKijkjGoZVf0o/fhCHv4Bqgn/a+98aTzdUiqX5nmv1"
    "WKV2fSI3da9Opb7OpJvPf7lYC/9ye/AvIV/HPw0KNw6qb1ZNAnBuUm/2yQd4K2pUua/ipB"
    "OYyJd9m7FGlmA73gkZGnmaOSBTSzO3pEKxffyio0Lck2c7VzXFa0dJVb2pt8Z28S1/Y5Ib"
    "d9J139hi1mLx2AG+g3fOAm5AS4DrhE9Vs8M/WUALMk0J91AylP2m/ojeLdx+8FtTlLTXH1"
    "9LtIZceF80+vN3lXg1c04KuvNic7GYYB/3hkUSBGeGYZ9buTRspsUQDIjybKso0+UngTE2"
    "QEXvwW4OHx/r5Bu/QMzp9foSFLkb5N7ugtPXbFL5u8tWqt4legBp8oRuTHkFdPdnAGTRXt"
    "/hmIqujg285UTe1Pp+ga/22j6xsAAa3mLcwHneCnGvoLxC1g2mtkvCgmlgW6AawlwuV1Q1"
    "Y0SOoDT4Zurz8kWaqyHiIYqmoxVHPcMXlUe6987ZT64rmTw5J/VYK2DOrvGf8yNro9zV4l"
    "VtEI0p5sWRRgAVA3OsPhaPCtc38DvE9Tbfw47I2+9cf9wcMNCH2Zat3BYHTXf+hM6K3wt/"
    "jMfpixIAiubXuio1WIE2pF+qYs6A++cc5M9odbV/bzbyOk0g1E+jY4bBOsx1Y4MmxsvMvf"
    "EaF6KQoRdLwNqKRYaLVzR3Lq6uOqjncS2YzXHG8CVf0Jb79VRXveEbCuV9k9rquuiIUUmy"
    "I62Tiors79TFbMtW2hHcG6c2qpK0hr21wiovzPFRkxdrI8UA1tx9JaX5z2gs8xroHhGcqC"
    "5q6zemiGmuDa6tSpymQEx8g0nfdM0IHerWYmLtAMlc5ABF5dXs2mdnvRbk/ti8UZnNrXM1"
    "kmfN3M0F/xzu+/TIAXaUX7i0fKPSsILHX8m+gFugVv0o+4PFAsExCvDRYdWOajBClYLVJQ"
    "eP0Ir59KzOJHS4qEmxn9WCu4uhzNHJUUzVzpZhbOXe+hlQkjx+ePEpLI5YlStTFbsiuK7f"
    "KV+/GPqBq4WR0kQp0q4hrR7Yy7nbveoTwjKOoMJchrjQwakNf+mdSfdut6al+2zq+IHoI1"
    "V1PXwOtSJ4qICRSsbqzQaoYMoC/ACbTACk8GH2LBM0xdp6h6hWJTLcWGdC5es3xYpnZKzX"
    "krg1Jz3kpVasitmNumYq5V+CbxwhyXq2F4TvEapKGrLG70r+PBQ8pW0xOI7zKVuQX+D6iK"
    "WdqWpPHfC1ubU3+wma2olqKZH8nz/qex/20nASiy4/RAPvna+Ucc/+794Da+lSQV3MaD0a"
    "Bpvup4CeUlThKCNez7rXY7Q+fHpVJ7P70XRVzBqjHuUS+MieZWxz0dainLZVguBvYMC5aF"
    "tjfP77ez3w4G95HOftufxEB+/HrbG52cUexxIcXZTCZ98hdQUbGiSnleiW7YODYpbOH96U"
    "Snld60hOKH9DlhAzA+ispLJcRlBZlQZTKBRns54yFnqFhYWLR1ldtakP3vopnttZyzmaOS"
    "opkr3cwiOFEEJ1aWHM4anMjnqC256xBD1xIO2747luO/s6sXVuAFdJxzPJcfMim9UIzVrl"
    "2L1yP5GPtXHDqk7ew8+h5hWxs63hEI5HiQe0FGAVObj9k3p7raw6as1rphFYVan9ZWU9C8"
    "uAFJX+Mft+PgzB4+cCxQlWm479iyYvVeUlIahO42NxrxSTkJvWROZTDQEJgvofaEiCkd79"
    "0tdEMM7U38h3gLvy6h1QQztMDbfAA1GcCFhYwmkVFwDwGztxR/5SIr3m7E/wNDYOC7Th+k"
    "iNCvzu7bRP9uYIE/kvty/w6ce505fEk3pLDxObhlNf6V6jdASiUHjvKUqpK6AsXw8FXwHv"
    "jUap2fX7VOzy+v2xdXV+3rU18hTd7apJne9r8Q5bQZJhm2+xjwMz+C8TkCxicYj3yMT0JO"
    "MD5Jk1dysstqO09K1tB4ftbOlECjvSGBRjuRQMNBzgnayNGjw4KiS4v0dfueL9z9Esc8wV"
    "YXajE/lJFgJ7alzRwFFhWrIdrFu/FF1AVOoJmThICZBbOj7iUxTneXDCR28pes2Gy8b8dI"
    "qlvzwO4LCNTzo24g/LNN3lklKpVrWqkY7mXPKmsDvfC7/IaFahdVUDzIvPgKaDdCm/C2OE"
    "y4WBfi3yVD4w6+NRi0c/h2cxPvPHcLSrJbchvxnA6+iNiqVsQWYT/ZfGqK+uyW38SmHt0U"
    "sAFBwo0moyJedeMZV+iNB77QiJjwHuMjDgNhgfERpm4b8xR1eXta2kC6yupcY9jp/tb50r"
    "sB7oephkv3u/iC8z/JRjsa9bpeLlrvc9xIl4nZKDwT7VJXFTlHfGJcTmyNMyS4oRZYmsaf"
    "33DCFhZsaHLWCZDi6dBRqSrPOFWymnio5QjjiEgKa2+lrb0GgiafgSGQqN/K0M5kX2hvsC"
    "+0HftCxfTOEXJSXTY2KJ9+mWYmDdQIF8/k/0SyIZ4oMjj7QJKNLHAnXgIDarK+Ai9QtZHj"
    "mgTQCzLeQj5NNMmi+1S2/1NRFVdNJa68ula2ThzuY9mnp0Cmhmt98XlMxEJf24W+YqvQ7w"
    "gyk2ZF7mdbfd68otuPuwekLEAaXgKQDBQNLPDb3birAVZ0yVKgWEAh+a7A9+9hivX7d8ap"
    "9rvXV7V15r1Tr15nygirV1ws4IIWPD5a0J248lFVbGFBVSVHQoAUz+Y1KlXlUVAlqspDLU"
    "fe6Yik2MGKHWzaQbhQVhUNsXav/r2NO1c5XKpMq/2fjeA3NeYqCf51u7eMBUlEVZPmWze8"
    "AH63isCd23lRGpsoYRn6M9wh0aCy+OXpFzoIQ08z7dn/onngEut9x6tE1oe6IhueKbbG+9"
    "wax5s060IWl6vhUla8FTE0XhJQbwxsjMjVKff6XiIcsxy1ywa+7ON1a9W7qx4ndHzTdogo"
    "t9XcWrcnW+VO3Pj7YPRb/+GLdNf5fXwDwt+m2rjztUc+3gDvUzU0bYy3kS9DXlRSqCWVU0"
    "vCzRzyImQkP0md1uJigkRhhJY6Ggvn6Amk9jNyKuIge3QDh5xDTU21kJH9eaPvbkxyj467"
    "/pWj9dyNUAJc1t6woEjBXOWR5TaVisEnVH3OFWpLLWLBYgwukfu6ruOrIkx0Z00WP6j2Lb"
    "RqsDKYhe83N/tSeJn7oCsjKZ5QhiPJ2jN4Ro4Ou/o0tS/Q9Wxqf7q++gROumdN0L2gnniq"
    "MkeaiTsFWEGLeOC5Z8CTpGNQA95jt5xRVt6DhB9GtcjmOe6kPPSbV17Evm4l33iDgMrOMX"
    "U4bFuZXLxbG1y8W8kUMip6wtPnDJoKY4M1QT9SJoaY2P4YuEbjAKt87x+TyAKfyP3gL/L3"
    "g4cvXvF4QojYhktfrRSHHEaq8qTMWDzoRl0ypYbSdMpEz6+BShlASPYZXOf0sWTFkX2bx0"
    "mOHCkvyFAWypymEpbW+Isu51ULs1QldENGKjdV1V+xhoc1PZI8+MmAnEMltQIxXgofLyQ7"
    "kILvS6SgFO7ynMvL5orEKpN7lZEWKnxijJ9N6kJKBTXYd8Vsma3rLMbM1nW6NZPcO6YzSB"
    "Md/uiPIBVcYp4GOAouUZyj9+6a+bDeT1Vr2doepFc1oH96/WmPJ+ktoUacuZ+oOWHH84B+"
    "devyzBk1gb/UI26ip3Ux421jx3llMRKpXtnMtqEr+rd9dnU+ta9P2xfgpHtOzTVeBwGkg4"
    "Cp3Tr7dEGzMZj2GhnEswPfC3okPbZGsUx8e/YLEUm3EpX3yKk21Sa4vG9LMhUZAfd4NZNW"
    "FRI/GY4Gw8G4d/fhL/gWtEL3ppp7CqBJrFO4ZZy3Ch6F33nw8Lk/+oqlgW4AAxHnbhO8Kt"
    "YS/xIn/cpUOxn1/trrTugjiAVMeyYhx/SYPFLx48N9/+G33t1H0LHACi9mQNcQ8F7rF934"
    "xX/KVKPSGIcoTDfg+3caBBIZ0Hh++P4dYK0WNz4ukLw31V6XioooJN5rkWocTE3w8Hh/D3"
    "RicHtVSPdxLztDFpyQ2yb+lWu8h/3QnGqm7oCLO+IMmohAhdQFLrCwCfAQmAgDKjuPIM8T"
    "pr0KmvbIwVR2iraeITDYl66wParhDa4bf5iRSGB3kJFAYH+8eUP3Bnifppo3YG/8oRuf5Q"
    "7jxcycAThGSKp8IRxxDQZNxCFyndM5LyYqlMFKK4P+OcB5yJ2YrPDErHJL0/1YrsB0WbTw"
    "UbRwWgLFdK+PeiVQ3LfHh+BL38WwCpa52RtnOuWkpHBHqNqxfVUbOsWn/5FzdN2YlOi2SW"
    "B30EQLU0Lr3nl9ZZK3/yYFRRdmJMnzKGcMjGnPcvTkDTUIwLdaByPzQAEGwpraqJoxEyFr"
    "+kyxErL3GcIWW6wtdtucUgDe46DasT3L2MErNptkhX3DpJqhAUJLXwG4P5roeKmArUgntw"
    "kRgPFrUCNhI1UhFAhvQZihA2eA2FM/BLxb4I3paSnQHiZA2Hfu+IaM9CM/YmWa2XxAXkLF"
    "M7iBXKLT9tRun7fx36vWxTW+ctWag5Num/pkrO2ZqphLJDfBwtD/gzTgP4k6Bbhmf2LyBx"
    "Z8RiZAiwWaM4OEy3qU5/bh/nKS0t25A/AX6Mo47h/Ev4L6aFDHB3zDtNyyyotT+1TTdMs9"
    "jAQ/6IQUXCpPS/xVs1cz/B9c6dqT41xBJcwPwpuhgt4MTmtxABsIiKTxSa7MGyQS7xmoSc"
    "miT0MtxVOkCEKfcRyqP8nl8R+IyQrrSKWtI0FzzfgP+GQKVzn7Y94oqDJyzeMVnAF2urHX"
    "K1+DGLN9W3ojaWkwpDaLQkpdclOk90f4nx7J8hvl9XhhTpEWMG9i/XMhnV6BADsONvED5w"
    "Y4KiRATZgFw/sGPrtgUlLYqbbaqcKoCUpuG6ec7GLctFzK1mPHELah92bx1HxHtrlOjWWL"
    "T7xF4eVFp9URp/hiXhRmIYNd3bpZmaR5xITPIMzjJv4sZHnCzSALZX6BzuDUbrdoGGPrE5"
    "raVxenl0HKS8pmY2zmBp7XwCuM5rek4YOK6YTxIZlFlBf/AEFOV4ucFlk0RRbN48yiKTIM"
    "iQxD1dqF1MJYICJm3kUzRwlvrq0VS1R4xm9naBKJ83ekaGrKEDRjXA2ru+2Qb6gAziGREa"
    "cmyJeqNLOJLYb2nMqAZVGjQ54J/MdUdOK6KzQDXzDizAV9z64T8tKm6x72Iak671YVQ0n+"
    "oxFyp6NK2L+E3nxAvVmsn2VhXhVu4tBgvjN24oDglkJPiIjpPcWj83ZkhmgN+/RZpj59tq"
    "FPn4mDa1Kx3rdz2/EdXJNsDP/K8TKg4uSaqp/EIU6uOfjSLE6uOa7x4niV8GxRo0Jif7qd"
    "+g1xNzuSvqxgzCPDOivxG+1mh6V8a+tmthfKNy21fAJVPoo3e5L5Tiylu74Ih/n6VKyXx9"
    "0PiAeGblu4PgWX194YNG8x9ZK44YGG8NVXmljd8U+I1U0q8Tljp199IEnXAzxopSSl+gL3"
    "MifMmF5yXiv2pn5AMo1CJuHIbtcEqq4/2+uPYLJEUy3kegicFcAE0EBOXvbXJdLoY6J1L6"
    "EMND30azclWo8Q24msMbh/bSggePCD8+Aiw1r5O2pGp0+gnM53saVrSHkVz5FHoeMlGtnS"
    "NQS+nEOySXwV13wSkhB6edVSuL4fcA9lj6gawuWbIxIxrrnTYoqUmLzRyHx7kNQK6tfTi9"
    "+FJMDjnWFSK6gf+qVsRUQK3gPONz5cu8w5iUrq1/PLnXd8AHeZexKV1K8Vyop0ekaMoP5t"
    "YU6ukLDxc9j4MWYSNBBk9/Hthw+G5SvcvRvjzufe5HdpOBrcPXYn/cHDDUhcmmq/9jr3k1"
    "9vgPP/VPs8GNxJnYc76W70+GV8A6Lfp9p42Ov2O/dS72+P/eHX3sME1xq/hGvt/LMzuhs8"
    "jqXur72v/W7nHlfFuBin27MMwPNWhvF33kodfuRWaqK8/D6/mysRrCdjJArTtDBN7xvrQk"
    "3TGSaRAlCve8KYOPSbZ1JuL4G92L/jeVY2mcIZOVn4rOJxbT+rhTxs6fUNzuGjxs30ICaW"
    "ZXzn+kQUVCXWjuYG6291GNiqTWciFuqImA4RCyVioY53aqiA7bFyEItYqNrGQgk2dAvqgg"
    "0VbGhpbKhnw+GK6IkIiSiezVOiiOIRVOkRYL2nKJ4y+bkMtFxONi4fBze1ry7lM/x3RvLt"
    "XqDrmZ9pt0Uz7YYptRW0yMlwNLQjfD3Y0rMS+hb/AJHQt1qUnEjo+25oopol9BUatdCoN/"
    "dvoVALhbpuCrVIYy7SmFdLpWOuO8eW31qkMX8XzSwsi3vkvwLQCqDA7iKVHRnQWcmvRDfb"
    "IYvNBuadJ5NNiNEa27OaOQuWms6GgdxmxjCELy9p6DX2bsTh1G7P2qcRjo9ka8GtaAFIs7"
    "KAtU4wBZaenS3krlVQhIIirAq0giI8ZopQKMtCWa7WFqQWWpRQlt9FMwtv/QMpzix3gB3V"
    "5/oe3dyM6dAp/e64jgCrWNKCg+jPPmb91Vo3rAZDeY4XaWbTnJWgdAZd+RKdtrEOe94mf2"
    "eLOf57dtnGmuwl1mRJIlR7repQRjIw13gXI5tLhCwavfa6hBaYoTl+aeIXozBdbIquXmjP"
    "1dKe8cxs2YzpI5sBN5CusMrXGPYe7voPX26A+2Gqfevc9/Emhl4MPk+18WQwohfdD/jKY7"
    "fb69317vA17+NU+9zp35NLzv95TK9nl1mCOOL7q1AMx2Vcm1woKuIOmYkI1TBYphS9nYJm"
    "Kv9hIJ06H0VkxC6TlSZrCVvtS57OG0jUsOcWz+bhx1lMa9etokHjLY0t9YXiTNOb5Rxkcm"
    "Qwb+Ka3AgFX/3FaN72Hzqj39kOabeMiIbb3ye9Tgx5S8d7O47Jwi+/v4ni9EhmibWhz5Fp"
    "Iq50RWEZAWkcUmQYusEVARVIiPCnyHxRRPiTaa9WeDrmaY+QSDUahDy2Ng3ikf+zN+7tNU"
    "O0hluVs3amiPT2hoj0dmKTfVzGmn1SArUi8S1o5GvlqGQBrVxNUrMWrbxQNDfJGXczx0RF"
    "O1e5nYXl9V00c2hXw8XJJ+REtvitxtYAswLMrI8mqk5UVeGm1UT3ihhV8VvQY/4OFZ5/p5"
    "hrm75Kwk7o3Wpusg8SMy+uWZJDhTOYB69PL+b4r9w6p06vn/DnGUTgZHhOQ+TXtrkEBrJs"
    "Q0MymL3RlJaBn3cT6GukAVuzFJW6xc513ZAVDVq6gcWgaeL+Z6aYDvf56O1mxT8bQUOF7F"
    "bkIf664xzR2EA/1ni2JCZ6v1n9oAEHfYmI0eZxB1iDiuHWoF9+ChvmPm2YpDewEpmkR1kH"
    "ErVQx/cdYv0ejMaDYe/hBpC/U23UGw/uvxGDr/cpPt0dxuQbmbx4ttsRQbHbrvRuG1elqy"
    "+5mjkmKpTno2hnXrUqKSj0qqSVy9kwYpTyBtmmVyDgTsJNO6VN3gJ3eIthNNm0OUuIijQ4"
    "3Hs0EUteZvd2N1C8U3VcTMwcDA8P21zyHkflS4jOup1SJHAVQCYO3WqODNysbGKoU2U4EU"
    "kkkygrmQRz1hVc+BZ04wtNpajwe2WONBMxuXD/XjMLGa6GS2dhw68JJX3ZPl+QdBCLaxrT"
    "8onQ0zMIToZeTIuB5rohgzUywOO42wW6Afp3+FesZshoAnMJDYexRi/IeKNENpP/LvVhIp"
    "CmWiT0M/5ZeRlRT7bKZHSjO/g67Dz8fgPcD1Nt2BuNSS5E5/9qUKLOuGE3BLuDBxK1ywhy"
    "dp0F3ut0eK9FRpC9RhaRaAu8hElrDBZnUpuYYA0Yk7JzlUJZJmZeHphDIrUDuMQs2AYiBn"
    "W81YfsbDfpgKfJ1w79Uk71Oi4famE5agq3S9HMkWZO0HhZMoIQHRHtmBKkZuxeqalA7h02"
    "oveCNGYekMj9ZhZeA/lFt5IakyUCum3N9B8kywZxlFPxGgksaD4DLIvg6ga8GoplIY0cSk"
    "1zW5oIzKGJ/svE2EDNhDR6K0lhFFf1VJtq378r8vfvQDFpQTwu7BUuaxumbnwEFBsTQAP5"
    "NcIFObAnVulCMUwLQFtWrKnmMCdNoHxEH4GNO5xTnN4F8yVufiyh6vNnoGtg6IzG8d/um8"
    "DUgSKbYK6vVrgkfnVcDTI+kneM0JL4dR/wfhpjrxtRH0QS7fZk6PYanOC/FgYMPMG12XQd"
    "Gs0PebwSE5Todn/ESIeRoix0Eb6Jt8rTe2GGPrVa5+dXrdPzy+v2xdVV+/rUp4iStzZxRb"
    "f9L4QuiqwT2/mjw9prK0ZzF21TrD05N3wc/yqNet1en7opRr5OtdHgkeS3kb50hjcg9GWq"
    "uQUnj6OHkJzzdapNOuPfpO6oh3c/+Gb4Wx6yr3gNXpiKix4oZG3nQzQkIWYekXNW6Gb7tq"
    "ZSTY2hdXga3HZtw3MIyWJBbdP0+Zctkjj/YoHI59PLBf57Dq+n9qfT0zNwMjwjAT54B79e"
    "G/oLVIGM5s5pm/gfifJ5hW/A0umO2s+HiXfQmw/73OOTd923BxEOcxUqK0nGlWWNMKIrFH"
    "66jTbs4ckME3qBnE+RNz5DmI/3aT7Gb2DTHsRvwGSI1s+SWQY9buq2MU8xR2QIY/Kl92iM"
    "wHv6wejO3X9z6AeeHIlgcj5Ntf7X4WBEd/bepzy7+uJN+EuoyXhpesqR1ZslWtY+//hmnz"
    "SIeU9QYUtXWT/OOesUn4MxCh2vNwVbuobAl2KL9jaFOeYVlqjQdhlBVhGceOcVtnTtTP3F"
    "zypR4HhnFba0mFUyumz5eftfkOEc68CVEydFXMwujAzRlTnx5b0BzTulpFZQ4VPeqzSpsA"
    "7PzN/bYzWIHr+5x/tw7dLrE5WInp/NYdSJ6JGIXYNtMUlxFI3JbbKXHOFGZgPQxP4RAxFv"
    "5hRZWhg642yudAijUgJAieYe40fQF9sRwooNfj4EvfGYeuhEev4HhmgtlJF9Z4BYYWgMBa"
    "pcqf0jQtVIJl+r7P4+haevFU3hy1rHkq0BO7LvceG4fVKLWY7ZiS0tmoG7GRzv3Vz5ruKC"
    "QqNhp1HJ5XcUERRuR5VzO3pviTjTnVcnA6l73+l/vQHep6lG/yM2bfcDSd7pebd6nxrZBm"
    "TJZm7XaQdBsqYjTtaYJStmQYb7ZcwzissBMyYr5sJKz4VBcxFzFmXhWIfu3eq6iqC2rclj"
    "dcTPPsSVlNXc/pU9n304GNxHmvq2H9/EPX697eFJjrYxLqQ42YRSBl0+n+eIpMhXW/nxlu"
    "cUkLicWLfS1i0V/37pVTeeidIvwzfGTm/LFoFZgwA8CbiIoX8Xk5bv65I7C3RqBSKejDGs"
    "RFRrieB62Q/5oI1JiW67PWMuY9AnARdpXlmJSNPnywz5XsPpPXcEO5xXtKZQxwZ2pbMWV2"
    "xmzgpx1k6cJUuPe5TYjnl6QmfH1aRb86XqiYaup2M50NBEx3+2IzoOvLgmbpX16Mw/OQOL"
    "40AwYowZWG0PNw67yXmNliX0+OpSPsN/aRjwBVrMpna7BUnQ78WHGxrRS/RcAIFLMDgHDD"
    "pR9GYTyDYimX7OT4GrDgOiDnuJjWjZk/HZB1bk8f4eXFzgMU8wME3hwBlyzF2/CDauTrDx"
    "ezAb9h+k4WjwBa/J4xsQ+lIN418+s18RBr+qbQMKZxxy2fqEla95HATebvY9Ydlr7GbZE9"
    "mM3sMgS5ykntXmFJcTrK2wNL3TMSTOXyzbu/XAmR+PXkPcYPAQdo79M8NJ2nPbkY0ep5mx"
    "HfKmdD9oR8+K//bjGjeQyJzEaAcZypyZc9G909xEg8KgzDbSMx0lcfpbtRg1N3kHm1JLCR"
    "YNRGoR3hgLDm+3swSHt9vpweHkXiLPDQ/CbvEaolvOaUFpwXDp0aLpEXB7iBU9jCJSWFRo"
    "YvvFszXYdTH7+f/NlFPI"
)


# ---- hand-added SQL (domain.audit.sql:append_only_sql:drop_append_only_sql), run after the generated part ----
_HAND_UPGRADE_0 = """
CREATE TRIGGER IF NOT EXISTS audit_event_no_update
    BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only: UPDATE rejected');
END;
CREATE TRIGGER IF NOT EXISTS audit_event_no_delete
    BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only: DELETE rejected');
END;
"""
_HAND_DOWNGRADE_0 = """
DROP TRIGGER IF EXISTS audit_event_no_update;
DROP TRIGGER IF EXISTS audit_event_no_delete;
"""
_generated_upgrade_0 = upgrade
_generated_downgrade_0 = downgrade


async def upgrade(db: BaseDBAsyncClient) -> str:
    return (await _generated_upgrade_0(db)) + "\n" + _HAND_UPGRADE_0 + "\n"


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _HAND_DOWNGRADE_0 + "\n" + (await _generated_downgrade_0(db))
