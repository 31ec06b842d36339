from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "accounts_department" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_accounts_de_kind_87e2a8" ON "accounts_department" ("kind");
COMMENT ON COLUMN "accounts_department"."kind" IS 'APPROVAL: APPROVAL\nSUPERVISION: SUPERVISION\nCOORDINATION: COORDINATION';
COMMENT ON TABLE "accounts_department" IS '部门: a county department (approval, supervision or the coordination group).';
CREATE TABLE IF NOT EXISTS "accounts_user" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(32) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "roles" JSONB NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "is_active" BOOL NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "receives_reminders" BOOL NOT NULL,
    "failed_login_count" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "last_login_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT REFERENCES "accounts_department" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "accounts_user" IS '用户: a person who logs in, member of (at most) one department.';
CREATE TABLE IF NOT EXISTS "accounts_api_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "last_used_at" TIMESTAMPTZ,
    "created_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL,
    "department_id" INT REFERENCES "accounts_department" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "accounts_api_token" IS 'API 令牌: read-only access for an external dashboard, maybe one department only.';
CREATE TABLE IF NOT EXISTS "accounts_session" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "accounts_user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "accounts_session" IS '登录会话: a browser''s login; the cookie holds the token, the row its hash.';
CREATE TABLE IF NOT EXISTS "audit_event" (
    "seq" BIGINT NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "actor_user_id" INT,
    "actor_username" VARCHAR(150) NOT NULL,
    "actor_token_id" INT,
    "department_id" INT,
    "action" VARCHAR(100) NOT NULL,
    "target_type" VARCHAR(64) NOT NULL,
    "target_id" VARCHAR(64) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "request_id" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL UNIQUE,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_target__162bb1" ON "audit_event" ("target_type", "target_id", "seq");
CREATE INDEX IF NOT EXISTS "idx_audit_event_departm_5e76c7" ON "audit_event" ("department_id", "seq");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_6c86ab" ON "audit_event" ("action", "seq");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_u_f9a8ba" ON "audit_event" ("actor_username", "seq");
CREATE INDEX IF NOT EXISTS "idx_audit_event_at_500752" ON "audit_event" ("at");
COMMENT ON TABLE "audit_event" IS 'One change of state: who, when, what, before and after, chained by hash.';
CREATE TABLE IF NOT EXISTS "calendar_day" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "date" DATE NOT NULL UNIQUE,
    "is_working_day" BOOL NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "holiday_name" VARCHAR(64),
    "changed_by_user_id" INT,
    "changed_by" VARCHAR(150) NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL,
    "reason" VARCHAR(500)
);
COMMENT ON COLUMN "calendar_day"."source" IS 'PACKAGE: PACKAGE\nNOTICE: NOTICE\nCORRECTION: CORRECTION';
CREATE TABLE IF NOT EXISTS "calendar_revision" (
    "id" INT NOT NULL PRIMARY KEY,
    "revision" VARCHAR(32) NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "calendar_revision" IS 'One row (id 1): a fresh random value after every change of the calendar.';
CREATE TABLE IF NOT EXISTS "calendar_year" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "year" INT NOT NULL UNIQUE,
    "source" VARCHAR(16) NOT NULL,
    "entered_by_user_id" INT,
    "entered_by" VARCHAR(150) NOT NULL,
    "entered_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "calendar_year"."source" IS 'PACKAGE: PACKAGE\nNOTICE: NOTICE\nCORRECTION: CORRECTION';
COMMENT ON TABLE "calendar_year" IS 'A year entered in full: every day of it is in ``calendar_day``.';
CREATE TABLE IF NOT EXISTS "deadline" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subject_type" VARCHAR(64) NOT NULL,
    "subject_id" BIGINT NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "department_id" INT,
    "rule" VARCHAR(16) NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "working_days" INT,
    "due_at" TIMESTAMPTZ NOT NULL,
    "provisional" BOOL NOT NULL,
    "closed_at" TIMESTAMPTZ,
    "closed_late_by_working_days" INT,
    "next_reminder_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_deadline_departm_65a5a4" ON "deadline" ("department_id");
CREATE INDEX IF NOT EXISTS "idx_deadline_due_at_ebc428" ON "deadline" ("due_at");
CREATE INDEX IF NOT EXISTS "deadline_open_due" ON "deadline" ("closed_at", "due_at");
CREATE INDEX IF NOT EXISTS "deadline_subject" ON "deadline" ("subject_type", "subject_id");
CREATE INDEX IF NOT EXISTS "deadline_next_reminder" ON "deadline" ("next_reminder_at", "id");
COMMENT ON COLUMN "deadline"."rule" IS 'WORKING_DAYS: WORKING_DAYS\nSAME_DAY: SAME_DAY';
CREATE TABLE IF NOT EXISTS "catalogue_approval_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "commitment_eligible" BOOL NOT NULL,
    "commitment_modes" JSONB NOT NULL,
    "verification_period_working_days" INT,
    "allowed_credit_grades" JSONB NOT NULL,
    "requires_post_verification" BOOL NOT NULL,
    "commitment_mode_flags" VARCHAR(128) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_catalogue_a_name_e2a8ae" ON "catalogue_approval_item" ("name");
CREATE INDEX IF NOT EXISTS "idx_catalogue_a_commitm_a8a628" ON "catalogue_approval_item" ("commitment_eligible");
CREATE INDEX IF NOT EXISTS "idx_catalogue_a_require_e69c10" ON "catalogue_approval_item" ("requires_post_verification");
CREATE INDEX IF NOT EXISTS "idx_catalogue_a_is_acti_5ea6ea" ON "catalogue_approval_item" ("is_active");
COMMENT ON TABLE "catalogue_approval_item" IS '审批事项 (C1, C4): a licensing matter decided by an approval department.';
CREATE TABLE IF NOT EXISTS "catalogue_version" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" INT NOT NULL UNIQUE,
    "effective_date" DATE NOT NULL,
    "published_at" TIMESTAMPTZ NOT NULL,
    "published_by_name" VARCHAR(150) NOT NULL,
    "note" TEXT NOT NULL,
    "approval_item_count" INT NOT NULL,
    "handling_item_count" INT NOT NULL,
    "supervision_item_count" INT NOT NULL,
    "link_count" INT NOT NULL,
    "published_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_catalogue_v_effecti_25791c" ON "catalogue_version" ("effective_date");
COMMENT ON TABLE "catalogue_version" IS '清单版本 (C5): a published, frozen catalogue and the date it takes effect.';
CREATE TABLE IF NOT EXISTS "catalogue_handling_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "approval_item_id" INT NOT NULL REFERENCES "catalogue_approval_item" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_catalogue_h_name_a02a1e" ON "catalogue_handling_item" ("name");
CREATE INDEX IF NOT EXISTS "idx_catalogue_h_is_acti_b2aa20" ON "catalogue_handling_item" ("is_active");
COMMENT ON TABLE "catalogue_handling_item" IS '业务办理项 (C1): a concrete way an approval item is handled.';
CREATE TABLE IF NOT EXISTS "catalogue_published_approval_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "approval_item_id" INT NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "department_id" INT NOT NULL,
    "department_name" VARCHAR(100) NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "commitment_eligible" BOOL NOT NULL,
    "commitment_modes" JSONB NOT NULL,
    "verification_period_working_days" INT,
    "allowed_credit_grades" JSONB NOT NULL,
    "version_id" INT NOT NULL REFERENCES "catalogue_version" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_catalogue_p_version_812883" UNIQUE ("version_id", "code")
);
COMMENT ON TABLE "catalogue_published_approval_item" IS 'An approval item as published in a version (names frozen).';
CREATE TABLE IF NOT EXISTS "catalogue_published_link" (
    "id" SERIAL NOT NULL PRIMARY KEY,
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
    "is_key" BOOL NOT NULL,
    "key_area" VARCHAR(32),
    "published_approval_item_id" INT NOT NULL REFERENCES "catalogue_published_approval_item" ("id") ON DELETE RESTRICT,
    "version_id" INT NOT NULL REFERENCES "catalogue_version" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_catalogue_p_version_dd04ff" UNIQUE ("version_id", "handling_item_id"),
    CONSTRAINT "uid_catalogue_p_version_c03858" UNIQUE ("version_id", "handling_item_code")
);
COMMENT ON COLUMN "catalogue_published_link"."key_area" IS 'SAFETY_PRODUCTION: SAFETY_PRODUCTION\nHEALTH: HEALTH\nFOOD_AND_DRUGS: FOOD_AND_DRUGS\nSPECIAL_EQUIPMENT: SPECIAL_EQUIPMENT\nHAZARDOUS_CHEMICALS: HAZARDOUS_CHEMICALS';
COMMENT ON TABLE "catalogue_published_link" IS 'A handling item of a published version and its confirmed route, if any.';
CREATE TABLE IF NOT EXISTS "catalogue_published_supervision_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "supervision_item_id" INT NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "department_id" INT NOT NULL,
    "department_name" VARCHAR(100) NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "is_key" BOOL NOT NULL,
    "key_area" VARCHAR(32),
    "sub_items" JSONB NOT NULL,
    "version_id" INT NOT NULL REFERENCES "catalogue_version" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_catalogue_p_version_f8f778" UNIQUE ("version_id", "code")
);
COMMENT ON COLUMN "catalogue_published_supervision_item"."key_area" IS 'SAFETY_PRODUCTION: SAFETY_PRODUCTION\nHEALTH: HEALTH\nFOOD_AND_DRUGS: FOOD_AND_DRUGS\nSPECIAL_EQUIPMENT: SPECIAL_EQUIPMENT\nHAZARDOUS_CHEMICALS: HAZARDOUS_CHEMICALS';
COMMENT ON TABLE "catalogue_published_supervision_item" IS 'A supervision item and its sub-items as published in a version.';
CREATE TABLE IF NOT EXISTS "catalogue_supervision_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "is_key" BOOL NOT NULL,
    "key_area" VARCHAR(32),
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_catalogue_s_name_95ce39" ON "catalogue_supervision_item" ("name");
CREATE INDEX IF NOT EXISTS "idx_catalogue_s_is_key_d02c08" ON "catalogue_supervision_item" ("is_key");
CREATE INDEX IF NOT EXISTS "idx_catalogue_s_is_acti_915900" ON "catalogue_supervision_item" ("is_active");
COMMENT ON COLUMN "catalogue_supervision_item"."key_area" IS 'SAFETY_PRODUCTION: SAFETY_PRODUCTION\nHEALTH: HEALTH\nFOOD_AND_DRUGS: FOOD_AND_DRUGS\nSPECIAL_EQUIPMENT: SPECIAL_EQUIPMENT\nHAZARDOUS_CHEMICALS: HAZARDOUS_CHEMICALS';
COMMENT ON TABLE "catalogue_supervision_item" IS '监管事项 (C2): a supervision matter of a supervision department.';
CREATE TABLE IF NOT EXISTS "catalogue_supervision_sub_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "supervision_item_id" INT NOT NULL REFERENCES "catalogue_supervision_item" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_catalogue_s_name_31abfe" ON "catalogue_supervision_sub_item" ("name");
CREATE INDEX IF NOT EXISTS "idx_catalogue_s_is_acti_14628d" ON "catalogue_supervision_sub_item" ("is_active");
COMMENT ON TABLE "catalogue_supervision_sub_item" IS '监管事项子项 (C2): the unit a link points to.';
CREATE TABLE IF NOT EXISTS "catalogue_link" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "open_handling_item_id" INT UNIQUE,
    "proposed_at" TIMESTAMPTZ NOT NULL,
    "confirmed_at" TIMESTAMPTZ,
    "ended_at" TIMESTAMPTZ,
    "reason" TEXT,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "confirmed_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "ended_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL,
    "handling_item_id" INT NOT NULL REFERENCES "catalogue_handling_item" ("id") ON DELETE RESTRICT,
    "proposed_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL,
    "supervision_sub_item_id" INT REFERENCES "catalogue_supervision_sub_item" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_catalogue_l_status_d0534c" ON "catalogue_link" ("status");
COMMENT ON COLUMN "catalogue_link"."status" IS 'PROPOSED: PROPOSED\nCONFIRMED: CONFIRMED\nREJECTED: REJECTED\nUNLINKED: UNLINKED';
COMMENT ON TABLE "catalogue_link" IS '审管关联 (C3): a handling item ↔ the supervising department and its sub-item.';
CREATE TABLE IF NOT EXISTS "catalogue_import" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "file_name" VARCHAR(200) NOT NULL,
    "file_size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "total" INT NOT NULL,
    "processed" INT NOT NULL,
    "errors" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "created_by_name" VARCHAR(150) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_catalogue_i_status_071331" ON "catalogue_import" ("status");
CREATE INDEX IF NOT EXISTS "idx_catalogue_i_created_5f12ff" ON "catalogue_import" ("created_at");
COMMENT ON COLUMN "catalogue_import"."status" IS 'PENDING: PENDING\nVALIDATING: VALIDATING\nSTORING: STORING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED';
COMMENT ON TABLE "catalogue_import" IS '清单导入 (C6): one uploaded spreadsheet and what became of it.';
CREATE TABLE IF NOT EXISTS "linkage_licensee" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "number" VARCHAR(18) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "contact_phone" VARCHAR(32) NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "legal_representative" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_linkage_lic_name_17a0eb" ON "linkage_licensee" ("name");
COMMENT ON COLUMN "linkage_licensee"."kind" IS 'COMPANY: COMPANY\nPERSON: PERSON';
COMMENT ON TABLE "linkage_licensee" IS '行政相对人 (P6): one record per USCC or ID number, shared by every push.';
CREATE TABLE IF NOT EXISTS "linkage_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "department_id" INT,
    "kind" VARCHAR(32) NOT NULL,
    "push_id" INT,
    "task_id" INT,
    "reverse_push_id" INT,
    "license_request_id" INT,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" INT,
    "user_id" INT,
    "notification_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "linkage_event_department" ON "linkage_event" ("department_id", "id");
COMMENT ON COLUMN "linkage_event"."kind" IS 'PUSH_RECEIVED: PUSH_RECEIVED\nROUTING_GAP: ROUTING_GAP\nPUSH_RETURNED: PUSH_RETURNED\nTASK_CREATED: TASK_CREATED\nCLAIM_DUE_SOON: CLAIM_DUE_SOON\nCLAIM_OVERDUE: CLAIM_OVERDUE\nTASK_DUE_SOON: TASK_DUE_SOON\nTASK_OVERDUE: TASK_OVERDUE\nTASK_FED_BACK: TASK_FED_BACK\nREVERSE_PUSH_RECEIVED: REVERSE_PUSH_RECEIVED\nLICENSE_REQUEST_RECEIVED: LICENSE_REQUEST_RECEIVED\nLICENSE_REQUEST_DECIDED: LICENSE_REQUEST_DECIDED\nNOTIFICATION: NOTIFICATION\nJOINT_REVIEW_RECEIVED: JOINT_REVIEW_RECEIVED\nJOINT_REVIEW_DECIDED: JOINT_REVIEW_DECIDED\nINQUIRY_RECEIVED: INQUIRY_RECEIVED\nINQUIRY_ANSWERED: INQUIRY_ANSWERED\nINQUIRY_DEEMED_CONSENT: INQUIRY_DEEMED_CONSENT';
COMMENT ON TABLE "linkage_event" IS 'The outbox of the live task stream: written in the use case''s transaction.';
CREATE TABLE IF NOT EXISTS "linkage_push" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "document_number" VARCHAR(100) NOT NULL UNIQUE,
    "source" VARCHAR(16) NOT NULL,
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
    "materials" JSONB NOT NULL,
    "handling_opinion" TEXT NOT NULL,
    "commitment_content" TEXT NOT NULL,
    "recorded_by_id" INT,
    "pushed_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "claim_deadline_id" INT,
    "claim_due_at" TIMESTAMPTZ NOT NULL,
    "claim_due_provisional" BOOL NOT NULL,
    "claimed_at" TIMESTAMPTZ,
    "claimed_by_id" INT,
    "claim_late_working_days" INT,
    "claim_due_soon_signalled_at" TIMESTAMPTZ,
    "claim_overdue_signalled_at" TIMESTAMPTZ,
    "license_status" VARCHAR(16) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "approval_department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "department_id" INT REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_linkage_pus_handlin_913267" ON "linkage_push" ("handling_item_id");
CREATE INDEX IF NOT EXISTS "idx_linkage_pus_status_568489" ON "linkage_push" ("status");
CREATE INDEX IF NOT EXISTS "push_queue" ON "linkage_push" ("department_id", "status", "claim_due_at", "id");
CREATE INDEX IF NOT EXISTS "push_due" ON "linkage_push" ("claim_due_at", "id");
CREATE INDEX IF NOT EXISTS "push_status_due" ON "linkage_push" ("status", "claim_due_at", "id");
COMMENT ON COLUMN "linkage_push"."source" IS 'RECORDED: RECORDED\nIMPORTED: IMPORTED';
COMMENT ON COLUMN "linkage_push"."status" IS 'ROUTING_GAP: ROUTING_GAP\nTO_CLAIM: TO_CLAIM\nCLAIMED: CLAIMED\nRETURNED: RETURNED';
COMMENT ON COLUMN "linkage_push"."license_status" IS 'VALID: VALID\nCHANGED: CHANGED\nWITHDRAWN: WITHDRAWN\nREVOKED: REVOKED\nCANCELLED: CANCELLED';
COMMENT ON TABLE "linkage_push" IS '审批信息推送 (P1): an approval decision on its way to the supervising department.';
CREATE TABLE IF NOT EXISTS "linkage_dispute" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "reason" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "opened_at" TIMESTAMPTZ NOT NULL,
    "resolved_at" TIMESTAMPTZ,
    "resolved_by_id" INT,
    "assigned_department_id" INT,
    "resolution_note" TEXT NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "opened_by_id" INT REFERENCES "accounts_user" ("id") ON DELETE SET NULL,
    "push_id" INT NOT NULL REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_linkage_dis_status_f68e0c" ON "linkage_dispute" ("status");
CREATE INDEX IF NOT EXISTS "dispute_open" ON "linkage_dispute" ("status", "opened_at", "id");
COMMENT ON COLUMN "linkage_dispute"."status" IS 'OPEN: OPEN\nRESOLVED: RESOLVED';
COMMENT ON TABLE "linkage_dispute" IS '职责争议 (P3): a push returned by its department, open until the coordinator reassigns it.';
CREATE TABLE IF NOT EXISTS "linkage_license_request" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "task_id" INT,
    "kind" VARCHAR(16) NOT NULL,
    "reason" TEXT NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "submitted_at" TIMESTAMPTZ NOT NULL,
    "submitted_by_id" INT,
    "joint_meeting" BOOL NOT NULL,
    "joint_meeting_note" TEXT NOT NULL,
    "decision_note" TEXT NOT NULL,
    "decision_document_number" VARCHAR(100) NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "decided_by_id" INT,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "approval_department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "push_id" INT NOT NULL REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_linkage_lic_status_d94700" ON "linkage_license_request" ("status");
CREATE INDEX IF NOT EXISTS "license_request_inbox" ON "linkage_license_request" ("approval_department_id", "status", "id");
COMMENT ON COLUMN "linkage_license_request"."kind" IS 'CHANGE: CHANGE\nWITHDRAW: WITHDRAW\nREVOKE: REVOKE\nCANCEL: CANCEL';
COMMENT ON COLUMN "linkage_license_request"."status" IS 'SUBMITTED: SUBMITTED\nUNDER_REVIEW: UNDER_REVIEW\nAPPROVED: APPROVED\nREJECTED: REJECTED';
COMMENT ON TABLE "linkage_license_request" IS '变更、撤回、撤销、注销申请 (S4, 制度 Art 20, 28): a letter with evidence from a';
CREATE TABLE IF NOT EXISTS "linkage_reverse_push" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "document_number" VARCHAR(100) NOT NULL,
    "task_id" INT,
    "decision_date" DATE NOT NULL,
    "content" TEXT NOT NULL,
    "pushed_at" TIMESTAMPTZ NOT NULL,
    "pushed_by_id" INT,
    "push_deadline_id" INT,
    "push_late_working_days" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "claim_deadline_id" INT,
    "claim_due_at" TIMESTAMPTZ NOT NULL,
    "claim_due_provisional" BOOL NOT NULL,
    "claimed_at" TIMESTAMPTZ,
    "claimed_by_id" INT,
    "claim_late_working_days" INT,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "approval_department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT,
    "push_id" INT REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_linkage_rev_status_03ec4d" ON "linkage_reverse_push" ("status");
CREATE INDEX IF NOT EXISTS "reverse_push_queue" ON "linkage_reverse_push" ("approval_department_id", "status", "claim_due_at", "id");
CREATE INDEX IF NOT EXISTS "reverse_push_sent" ON "linkage_reverse_push" ("department_id", "pushed_at", "id");
COMMENT ON COLUMN "linkage_reverse_push"."kind" IS 'PENALTY: PENALTY\nENFORCEMENT: ENFORCEMENT\nLEVY: LEVY\nINSPECTION: INSPECTION\nSUSPENSION_ORDER: SUSPENSION_ORDER\nLICENSE_REVOKED: LICENSE_REVOKED';
COMMENT ON COLUMN "linkage_reverse_push"."status" IS 'TO_CLAIM: TO_CLAIM\nCLAIMED: CLAIMED';
COMMENT ON TABLE "linkage_reverse_push" IS '监管信息推送 (P5, 制度 Art 20(2)): supervision information about a licensee —';
CREATE TABLE IF NOT EXISTS "linkage_supervision_task" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "deadline_id" INT,
    "due_at" TIMESTAMPTZ NOT NULL,
    "due_provisional" BOOL NOT NULL,
    "fed_back_at" TIMESTAMPTZ,
    "feedback_late_working_days" INT,
    "result" VARCHAR(32),
    "follow_up_deadline_id" INT,
    "due_soon_signalled_at" TIMESTAMPTZ,
    "overdue_signalled_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "push_id" INT NOT NULL UNIQUE REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_linkage_sup_status_2fa600" ON "linkage_supervision_task" ("status");
CREATE INDEX IF NOT EXISTS "task_queue" ON "linkage_supervision_task" ("department_id", "status", "due_at", "id");
CREATE INDEX IF NOT EXISTS "task_due" ON "linkage_supervision_task" ("due_at", "id");
COMMENT ON COLUMN "linkage_supervision_task"."status" IS 'IN_PROGRESS: IN_PROGRESS\nRECTIFYING: RECTIFYING\nCOMPLETED: COMPLETED';
COMMENT ON COLUMN "linkage_supervision_task"."result" IS 'COMPLIANT: COMPLIANT\nRECTIFICATION_ORDERED: RECTIFICATION_ORDERED\nREVOCATION_RECOMMENDED: REVOCATION_RECOMMENDED\nPENALTY: PENALTY\nOTHER: OTHER';
COMMENT ON TABLE "linkage_supervision_task" IS '监管任务 (P4): the work a claimed push creates, due in 30 working days of the push (S1).';
CREATE TABLE IF NOT EXISTS "linkage_task_feedback" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "department_id" INT NOT NULL,
    "result" VARCHAR(32) NOT NULL,
    "follow_up_outcome" VARCHAR(16),
    "acted_at" TIMESTAMPTZ NOT NULL,
    "summary" TEXT NOT NULL,
    "rectification_deadline" DATE,
    "penalty_document_number" VARCHAR(100) NOT NULL,
    "same_day_deadline_id" INT,
    "late_working_days" INT NOT NULL,
    "fed_back_at" TIMESTAMPTZ NOT NULL,
    "fed_back_by_id" INT,
    "task_id" INT NOT NULL REFERENCES "linkage_supervision_task" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "linkage_task_feedback"."result" IS 'COMPLIANT: COMPLIANT\nRECTIFICATION_ORDERED: RECTIFICATION_ORDERED\nREVOCATION_RECOMMENDED: REVOCATION_RECOMMENDED\nPENALTY: PENALTY\nOTHER: OTHER';
COMMENT ON COLUMN "linkage_task_feedback"."follow_up_outcome" IS 'RECTIFIED: RECTIFIED\nNOT_RECTIFIED: NOT_RECTIFIED\nREFUSED: REFUSED';
COMMENT ON TABLE "linkage_task_feedback" IS '监管结果反馈 (S2, S3): one result of a supervision action on a task.';
CREATE TABLE IF NOT EXISTS "attachment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "file_name" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "uploaded_by_id" INT,
    "department_id" INT,
    "uploaded_at" TIMESTAMPTZ NOT NULL,
    "owner_type" VARCHAR(64),
    "owner_id" BIGINT,
    "attached_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "attachment_owner" ON "attachment" ("owner_type", "owner_id");
CREATE TABLE IF NOT EXISTS "attachment_content" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "data" BYTEA NOT NULL
);
COMMENT ON TABLE "attachment_content" IS 'The bytes of an attachment (same id).';
CREATE TABLE IF NOT EXISTS "credit_blacklist_entry" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "reason" TEXT NOT NULL,
    "legal_basis" VARCHAR(500) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "added_by_id" INT,
    "added_at" TIMESTAMPTZ NOT NULL,
    "removed_at" TIMESTAMPTZ,
    "removed_by_id" INT,
    "removal_reason" TEXT NOT NULL,
    "open_licensee_id" INT UNIQUE,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "blacklist_licensee" ON "credit_blacklist_entry" ("licensee_id", "starts_on", "id");
CREATE INDEX IF NOT EXISTS "blacklist_starts" ON "credit_blacklist_entry" ("starts_on", "id");
COMMENT ON TABLE "credit_blacklist_entry" IS '黑名单 (R2): a licensee under joint punishment, from ``starts_on`` to ``ends_on``';
CREATE TABLE IF NOT EXISTS "credit_record" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "source" VARCHAR(32) NOT NULL,
    "severity" VARCHAR(16) NOT NULL,
    "occurred_on" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" INT,
    "recorded_by_id" INT,
    "recorded_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_credit_reco_source_373638" UNIQUE ("source", "subject_type", "subject_id")
);
CREATE INDEX IF NOT EXISTS "credit_record_licensee" ON "credit_record" ("licensee_id", "occurred_on", "id");
CREATE INDEX IF NOT EXISTS "credit_record_occurred" ON "credit_record" ("occurred_on", "id");
COMMENT ON COLUMN "credit_record"."source" IS 'REVOCATION: REVOCATION\nOVERDUE_COMMITMENT: OVERDUE_COMMITMENT\nUNTRUE_COMMITMENT: UNTRUE_COMMITMENT\nPENALTY: PENALTY\nJUDICIAL_REFERRAL: JUDICIAL_REFERRAL\nOTHER: OTHER';
COMMENT ON COLUMN "credit_record"."severity" IS 'MINOR: MINOR\nSERIOUS: SERIOUS';
COMMENT ON TABLE "credit_record" IS '信用记录 (R1): one fact in a licensee''s credit history.';
CREATE TABLE IF NOT EXISTS "notification" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "user_id" INT NOT NULL,
    "delivery_id" INT UNIQUE,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "subject_type" VARCHAR(64) NOT NULL,
    "subject_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "read_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "notification_inbox" ON "notification" ("user_id", "read_at", "id");
COMMENT ON TABLE "notification" IS '站内通知: the in-app message of a delivery, for one user.';
CREATE TABLE IF NOT EXISTS "reminder" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(128) NOT NULL UNIQUE,
    "deadline_id" INT NOT NULL,
    "stage" VARCHAR(16) NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(64) NOT NULL,
    "subject_id" BIGINT NOT NULL,
    "department_id" INT,
    "due_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_reminder_deadlin_ff9c97" ON "reminder" ("deadline_id");
COMMENT ON COLUMN "reminder"."stage" IS 'DUE_SOON: DUE_SOON\nOVERDUE: OVERDUE\nDAY_BEFORE: DAY_BEFORE';
CREATE TABLE IF NOT EXISTS "reminder_delivery" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(160) NOT NULL UNIQUE,
    "channel" VARCHAR(8) NOT NULL,
    "recipient_user_id" INT,
    "address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "attempts" INT NOT NULL,
    "lease_until" TIMESTAMPTZ,
    "sent_at" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "reminder_id" INT NOT NULL REFERENCES "reminder" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "delivery_pending" ON "reminder_delivery" ("status", "lease_until", "id");
COMMENT ON COLUMN "reminder_delivery"."channel" IS 'IN_APP: IN_APP\nEMAIL: EMAIL\nSMS: SMS';
COMMENT ON COLUMN "reminder_delivery"."status" IS 'PENDING: PENDING\nSENDING: SENDING\nSENT: SENT\nFAILED: FAILED';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztfWtz4jja9l9R8WXTVUy/CQlJmnnqqSJA9zCTQBZI79O73nIMFsETkFkfksnuzn9/Jf"
    "lsy2AZQ4yjL4kPumVzSZZ0X/dB/6mtdBUuzc/ttTbRnyGqtcB/akhZQXyQuFcHNWW9Du6Q"
    "C5YyXdLCymym28gyZWWtyZZffmpahjKzcIm5sjQhvqRCc2Zoa0vTydNq7fs+kOwLCC8k+6"
    "pxMWsBAyrqTzpavgFcJzRNMNcNoCAA/7CggZQlUBVzMdUVQ62DlfI2hUBHEKhwrRjWCiIL"
    "ENnP5OmqPsOP19DTvh9kI+1fNsQ/+wlaC2jgx/3jn/iyhlT4BzS90/WzPNfgUo2ArKmkAn"
    "pdtt7W9FofWV9pQfIbpvJMX9orFBRev1kLHfmlNWSRq08QQUOxIKneMmwCNbKXS7d9PPSd"
    "Nw2KOK8YklHhXLGXpMGItPMCwbWaLA+GE3ncm8hyLdGYnkQIdvfSTEekI+BXNemvfyKv8F"
    "Pj7OLq4vr88uIaF6Gv6V+5+tN5dACMI0jhGUxqf9L7iqU4JSjGAaj0fwLWzkIx2Lh65WPI"
    "4leOI+vhuAla70KAbdD3DwHuSvlDXkL0ZC3w6dnp6QYov7dHnV/aoxNc6hN5pI4/Vud7Hr"
    "i3Gs49gneA79qAc+0PHoQDiSpifJkF4st0hC/jANMBVF7g8YcH5KhUMUC/7zgRgfnyIgPM"
    "lxepMJNbUZhneArAUMiKlYS5i+9Y2gqyoY5KxqBWXdHP3sER9vANUE/6d73xpH13T6pfme"
    "a/lhSv9qRH7jTo1bfY1ZN47/crAX/rT34B5BT8fTjoUTh103oy6BODcpO/18g7Kbaly0h/"
    "lRU1jIl32bsUaWYDvuAvI08zRyULaGb36xGtXHwrLxXTkm0zVzvHZUVLl7mlvcF3+iZzLZ"
    "8TcttX0uVv2GLW0gG4gX7DB25CToDrgEtUv/kzU08JMEsC/VU3oPaEfoNvFO8+fi8FzVhq"
    "iqundyOVHRfOf3q9ybsavKKhvPpqc7KTYRjwj4cWBWKER5ZRvzOppYwWBYD8YMIsy+gjhT"
    "cxQEbgxW8BBg+3tzXapafK7PlVMVQ50rfJHb2hx674ZZO3Vo1V/IqClCeKEfkx5NWTHZxB"
    "U0W7fwaiKvrxbWeqJPvLKbzGf5vwugUUQKt5C/NBJ/iphv6i4BYw7TU0XjQTywLdANYC4v"
    "K6oWpIIfWBJ0O315+SLNW+HiIYqnIxVDPcMXlUe6985ZT64rmT9yX/ygTtPqi/Z/zL2Oj2"
    "kL1KzKIRpD3ZfVGABUBda9/fj4bf27ct4B1JaPxw3xt974/7w0ELhE4k1BkOR93+oD2ht8"
    "Jn8ZH9fb4FQXBtWxMdrUKcUCvSF2VBf/CNc2ayP9y4sl9/G8ElXUCkL4PDNsFqLIUjn42N"
    "V/k7IlQtRSGCjrcAlTULrnbuSE5dfVzV8Q4im/Ga4UXgUn/Cy++lhp53BKzjVXaL66oqYi"
    "HFpohONg6qq3I/UzVzbVtwR7C6Ti1VBWmpzfDsB2UD4nc2LRMfzKD2AhmLWh7Ubp1qR06t"
    "HwU8gdl2zNa2uYCEbZpp6q697N52TPvVxekg+BzjosuAL3hNCmW3OxUzao2cSqvcraK4Cb"
    "g4Vl6WYu66Wg2tvCa4tqqiNl1iTJaaackQ4ep27Wc3XnU9XNtbVUGbGVDVLDKS6Ya6q1ZE"
    "6xrRqqqE1z7NaWNoms57Jmxp3q16JkOaGSqdwYp2dXk1lezmvNmU7Iv5mSLZ11NVJcauqa"
    "G/mtD4iwmwhquhnz2L1rMGwULHv4leoPxVnR7i8kCzTEBcHlm2tH0+SljUymVREy6zwmW2"
    "FKP40VoUws0M/1hruLoczRyVFM1c6mYWntEfoZWJOYvPmTMkkcuNs2zf7J79OG3X2HcY58"
    "KygZvVuzDUqSJ+hZ32uNPu9t7LrZCizlCCvNbIoAF57Z9J/Wk2riX7snF+RfSQNTRMHYHX"
    "hU4UERNoWN1YwdUUGkCfgxPFAis8GHyKRZ4ydZ2i6hWKTbkUG9K5eH3awjKVU2rOGxmUmv"
    "NGqlJDbsViHjRzvVTeZF6Y43IVjG0tXoM09CWLIP11PBykLDU9gfgqU5tZ4L+AEKX7grn2"
    "P3Mbzagz9dTWlpaGzM/kef9bO/yykwAUWXF6IJ/ctf8vjn/ndngTX0qSCm7ikdyKab7qeA"
    "rlJU4SghXs+41mM0Pnx6VSez+9F0Vcw6ox7lEvjIHmRsc9XUEp02VYLgb2FAvuC21vnD9s"
    "Z78ZDm8jnf2mP4mB/HB30xudnFHscSHNWUwmA9rgStGWPF3bFzhcl67tazyJd+gsozkuta"
    "FDJ8bzNcaIa9b0BSqHb/ErE9fOTwz+K/IDmW6pm4YNdgUHHD/8K0c7gMzxcABVmRqKZKrx"
    "cWg5bOHDkSqn++r4BYcdL/UZoRMxPqzBekv0fkxWsJFlZiNprgXne8iZqCEsLNq6zG0trI"
    "UfopnttZqzmaOSoplL3cwiNYhIDVJa61LW1CB8YZKyOw8xtC4RLuk7DTsOgLv6CgduhMc5"
    "xnNFAZLSc81Y7dq1eOMBj7F/xaGDaOdImo8I29rQ8YpAIMeDHAn42H1o8zH77lRXedi01V"
    "o3do0P9FHr09oqCpoXtSvra/zjdvw4swfvHgtU+/T8aduqZvVeUhKKhe7WN3oBkXIyfMmc"
    "SGyIIJgtFPQEiS8OXrtbsEU8der4Dwk3eF0oVh1M4Rwv84GCVKDMLWjUiYyGewiYvqUEPB"
    "RZ8XYvoH9gCAx81+mDFBF66qy+TfivGhb4R3Jd7t9RZl5nDl/SDTnsvRLcsmr/THU8IqWS"
    "H472lKqSugLF8PBlcD/60micn181Ts8vr5sXV1fN61NfIU3e2qSZ3vS/EeW0HiYZtjsp8T"
    "M/gvE5AsYn+B75GJ+EnGB8kiav5GCX1YKelKyg981ZM1P6uuaG9HXNRPo6Bzkn6itHjw4L"
    "ii4tkkcferxw10sc4wRbXajE+LCP9JaxJW3mMNKoWAXRLt4POKIucALNHCQEzCyYHXUviX"
    "G6v3UgsZPDdclG40N7VlPdmgd2X0Cgnh91NzMZ56gSlco1rJQM932PKmsDvvDHDISFKheW"
    "VDzIvPgKaDdCm/C2eJ94046Cf5eqGF3lrcagncO365t455lbUFbdktuI53TwRchnuUI+Cf"
    "vJ5lNT1Ge3/CY29eiGgA0IEm40GVb1qhvPuELve+CLrYoJHzBA4n0gLDA+wtRtY5aiLm/f"
    "FCKQLrM6V7tvd35rf+u1gHsgIVy638EXnP9kL4jRqNfxdoLwjuNGukzMRuH7QCz0pabmCH"
    "COy4mlcYYMWdQCSzfR4jecsIUFG5ocdQKkeDp0VKrMI06ZrCYeajnCOCKSwtpbamuvARWT"
    "z8AQSFRvZmhmsi80N9gXmo59oWR65wg6CZlrG5RPv0w9kwZqhItn8n8i6VRPNBWcfSLZiu"
    "a4Ey+AoSBVX4EXZWlDxzUJkITbbyGfJpql1X0q2/+pqIrLphKXXl3bt04c7mPZh6dApoJz"
    "ffHpBsREX9mJvmSz0A+oMLPuRe5nm33evKJbZ542IGUBRHgKgCrQEJjjt2u5swFWdMlUoF"
    "lAIwnzwONjmGJ9fExOOAXUV7Z55qNTr15nygirV1xM4IIWPD5a0B248lFVbGFBVTEykPlI"
    "8Sxeo1Jl/grKRFV5qOVIXB+RFCtYsYJlr2C7UFGXGoKs1at/b+PKVQ2X2qfV/j+14DfVZk"
    "sS/Ot2bxULkoiqOt2wwfAC+N0qAndu50VpbKKMZejPcD+JGpXFL09P6EcYepppT3+Hs8Al"
    "1jvHs0TWh7oi2Z+J8C0/z537QzmeFxHf8FSxID/kgjzekbJOn3G5Ck6gxdsuQ19pAuqN4Z"
    "QRuSptGXGQuMqgAZ7xr+Xp5V550bsz9O6yRycd37AdouftZW5d35Mtcyeu/W04+q0/+CZ3"
    "2z/GLRA+k9C4fdcjhy3gHZVDv8d4G/ny8kUlhTJUOmUo3Mwh30VGypXUYS0uJqgbRkCroy"
    "dxfj2B1GG+nJK45R7dh7M2dMdArDByTm/0GI5JinzqHP7CESKCy8YcFhSJn8v8ZblNtcTg"
    "EwNBzhlqSy1iwkp+XCwOjOcbY8mLT63Un5rIsV7VZi6JxaO9JssdZdm34KrGypQXvl/f7L"
    "PjZYhUXBlZ84Qy7J3ZnCpnZI/Lqy+SfQGvp5L95frqCzjpnNVB54J6fC61GUQm7hRgpVjE"
    "01OFM011ktspCHiP3bKZ5v4eJPx9ymVemOFOykO4euVFjPVWupU32GzfuczeD9tGplCCxo"
    "ZQgkYyVdESPuHhc6qYGmNJPcHLODbKMbEK7MG2aZbv/d8kMsEncoz4k/ztcPDNKx5PPBLT"
    "X/XVSnPMAXCpPWlTFvO9kT1IqWFvLEKi51eARAggJOsMrg1lWbJib9nN30mOXDwv0NDm2o"
    "ymrJbX+ERX8xIBWaoSbAAjZeByqb9iDQ9reiRJ9ZOhcH4qqRWI76Xw74VkodLwfZkUlMNd"
    "nnN62VyRmGVyzzLyfKk8Mb6fTepCSgUVWHfFrNeN6yzm68Z1uv2a3DumzbITHf7o98oWXG"
    "KeBjgKLlHs1/jhmvl9/d3K1rKV3bCxbED/6fWnA+7YuFAQceJ/ouaEHfed+sWtyzNnVAT+"
    "vW6lFN0VjhnXHds2LouRaOmVzWwbuqJ/m2dX55J9fdq8ACedc2qu8ToIIB0ESHbj7MsFzf"
    "ph2mtoEF8efC/okXR7JM0y8e3pT0Qk3Uq0v0dKSEITXN63JZmaCoG7jZ9JqwqJn9yPhvfD"
    "ca/76Wd8S7FC9yTk7jZpEusUbhnnrYJH4XceDr72R3dYGugGMCBx5zfBq2Yt8C9x0vxI6G"
    "TU+7XXmdBHEAsYeiah7XQ7RlLxw+C2P/it1/0M2hZY4ckM6AgC77V+0o2f/KdIiEpjHKIw"
    "tcDjIw02inzQeHx4fARYq8WNjwsk70nodaEtIYXEey1SjYOpCQYPt7dAJwa3V410H/ey88"
    "mCE3LbxL9yjdewn+oSMnUHXNwRp4oJCVRwOccF5jYBXgEmxICqziPI84Rpr4SmPbIBmp2i"
    "rWcIQPelS2yPqnkfV8v/zEjEufuRkYBz/3vzPt0W8I4k5H2wLf/TjY9y7+O3zhwBOL6QVP"
    "lCOOIKfDQRF9h1TnfMmKhQBkutDPr7Techd2KywiGwzC1N12O5EiCoooWPooXTEnWme31U"
    "K1HnoT0+BF/6IT6rYJqbvnGm7U5KCneEsm0PWbZPp/g0U2qOrhuTEt02CewOmmhhSmjVO6"
    "+vTPL236Sg6MKMZIwe5YyBMe1pjp68oQYB+FbrYGQcKMBAWFEbVT1mImQNnylWQvY6Q9hi"
    "i7XFbhtTCsB7HFQ7tqcZO3jJRpOssG8YVDM0QGjqKwD3BxMeLxWwFenkMiECMH4NaiSspS"
    "qEAuEtCDN04AwQe+qHgHcLvDE9LQXa9wkQ9p07vkMjfWuZWJl6Nh+Ql1DxDG4gl/C0KdnN"
    "8yb+e9W4uMZXrhozcNJpUp+MtT1dauYCqnUwN/R/QwT8J1GnANfsT0z+wFKeoQngfA5nzC"
    "DhfT3Kc/twfznZOsC5A/CJ4so47h/Ev4L6aFDHB3zDtNyy2otTu4SQbrmb3uAHnZCCC+1p"
    "gU+RvZrif8pKR0+OcwWVMD8Jb4YSejM4rcUBbCAgNidIcmXeRyLz7rWblCx61929eIoUQe"
    "gztt31B7k8/gMxWWEdKbV1JGiuKf9GskzhMuf7zBsFtY89DfAMzgA73djrla9AjNmhLb2R"
    "tDQYUptFIaVOuSnShyP8T49k+o3yerwwp0gLmDex/rmQTq9AgB0Hm/iBcwMcFRKgJsyC4X"
    "UDn10wKSnsVFvtVGHUBCW3jVNOdjFuWi5l6bFjCNu992bx1HxHtrhOjWWLD7xF4eVFp1UR"
    "p/hkXhRmIYNd1brZPknziAmfQZjHTfxZyPKEm0EWyvwCnimS3WzQMMbGFyjZVxenl0HKS8"
    "pmY2xmBh7XwKsSzW9Jwwc10wnjgyqLKC/+AYKcLhc5LbJoiiyax5lFU2QYEhmGyrUKqYSx"
    "QETMfIhmjhLeXEsrlqjwjN/O0CQS5+9I0VSUIajHuBpWd9sh31ABnEMiI05FkN+r0swmth"
    "jacyoDlkWNDnkm8G9T0Y7rrooZ+IIRZy7F9+w6IS9tuu5hn5Kq825VMZTkf9RC7nRUCfun"
    "0JvfUW8W8+e+MC8LN/HeYH4wduIdwd0LPSEipg8Uj87bkRmiFezTZ5n69NmGPn0mNq5Jxf"
    "rQzm3Ht3FNsjH8K8fLgIqda8q+E4fYuebdp2axc81xfS+OVwnPEjUqJNan26nfEHezI+nL"
    "CsY8MqyzEr/Rbva+lG9l3cwOQvmmpZZPoMpH8WZPMt+OpXTX5+EwX5+K9fK4+wHxwNBtC9"
    "en4fLojUHzFlMviRseIoivvtLE6o5/QqxuUonPGTv96hNJuh7gQSslKdXnuJc5Ycb0kvNa"
    "sTf1A5JpFDIJR3a7Jljq+rO9/gwmCyihkOshcGYAEygGdPKyvy4goo+J1r1QVID00K/dlG"
    "g9Qmwnssbg/rWhgODB350HFxnW9r+iZnT6BMrpfBdbuoKUV/EceRQ6XqKRLV1B4PezSTaJ"
    "r+IaT0ISQi8vWwrXjwPue9kjyobw/s0RiRjX3GkxRUpM3mhkvjVIagXV6+nFr0IS4PGOMK"
    "kVVA/9vSxFRAredxxvfLh2GXMSlVSv5+933PEB3GXsSVRSvVbYV6TTM2QE9W8Lc3KFhI2f"
    "w8aPMZMVAyrsPr5988GwfIm7d23c/tqb/JDvR8PuQ2fSHw5aIHFJQr/02reTX1rA+S+hr8"
    "NhV24PunJ39PBt3ALRcwmN73udfvtW7v31oX9/1xtMcK3xS7jW9t/bo+7wYSx3fund9Tvt"
    "W1wV42Kcbs/yAZ43Mnx/543Uz4/cSk2Ul9/nd3MlgvVkfInCNC1M04fGulDTdIZBpADUq5"
    "4wJg795pGU20vgIPbveJ6VTaZwRk4WPqt4XNvPaiEPW3p9g3N4q3EzPYiJZRnfuT4RBVWK"
    "uaO+wfpbHga2bMOZiIU6IqZDxEKJWKjjHRpKYHssHcQiFqqysVCCDd2CumBDBRu6NzbUs+"
    "FwRfREhEQUz+YhUUTxCKr0CLA+UBTPPvm5DLRcTjYuHwcn2VeX6hn+OyX5di/g9dTPtNug"
    "mXbDlNpKscjOcDS0I3w9WNKzEvoW/wCR0LdclJxI6PthaKKKJfQVGrXQqDf3b6FQC4W6ag"
    "q1SGMu0piXS6VjzjvHlt9apDH/EM0sLIsH5L8C0AqgwLqRyo4M6KzkV6Kb7ZDFZgPzzpPJ"
    "JsRoje1pxZwF95rOhoHcZsYwhC8vaeg19m7EoWQ3p83TCMdHsrXgVrSAQrOygLVOMAWWnp"
    "0t5K5VUISCIiwLtIIiPGaKUCjLQlku1xKkElqUUJY/RDMLb/13UpxZ7gA7qs/V3bq5HtOh"
    "U/rdcW0BVrKkBe+iP/uY9Vdr3bBqDOU5XqSeTXPWgtIZdOVLeNrEOux5k/ydzmf479llE2"
    "uyl1iTJYlQ7fVSV1SoAnONVzGquYDQotFrrwvFAlM4wy9N/GI0potN0dUL7blc2jMemS2b"
    "MXxkM+AG0iVW+Wr3vUG3P/jWAu6BhL63b/t4EUMvBscSGk+GI3rRPcBXHjqdXq/b6+Jr3q"
    "GEvrb7t+SS8z+P6fXsMksQR3x9FYrhuIxrk3NtCblDZiJCFQyW2YveTkEztX8zkE4djyIy"
    "YpXJSpO1UBrNS57OG0hUsOcWz+bhx1lMa9eNhhTjLY0t9YXiTNOb5WxkcmQwb+Ka3AgFX/"
    "3FaN70B+3RD7ZD2g0jouHmx6TXjiFv6XhtxzFY+OUPN1CcHskosTb0GTRNyJWuKCwjII1D"
    "Cg1DN7gioAIJEf4UGS+KCH8y7dUKD8c87RESKUeDkMdWpkE88n/6xr28ZohWcKly1swUkd"
    "7cEJHeTCyyj8tYc0hKoFIkvqUY+Vo5KllAK5eT1KxEK8815CY5427mmKho5zK3s7C8fohm"
    "Dq1quDj5hJzIFr/V2BpgVoCZ9cGE5YmqKty0muheEaMqfgu6zd97hed3NXNt01dJ2Am9W/"
    "VN9kFi5sU1y2qocAbz4PXpxQz/VRvn1On1Cz6eKhCc3J/TEPm1bS6AAS3bQFAF0zea0jLw"
    "864DfQ0RsJGlLalb7EzXDVVDiqUbWEwxTdz/zBTT4SEfvd2s+J9a0FAhuxV5iD/vOFs01u"
    "AfazxaEhO936x+0ICDvkzEaPO4H1iNiuHWoCd/ChvmIW2YpDewEpmkR1kHEpVQxw8dYv0R"
    "jMbD+96gBchfCY164+Htd2Lw9Y7iw937mHwjgxfPcjsiKFbbpV5t46r05UuuZo6JCuX5KN"
    "qZV61KCgq9KmnlchaMGKW8QbbpFQi4k3DTTmmTt8Ad3mIYTTYtzhKiIg0O9xpNxJLvs3u7"
    "CyjeoTouJkYOhoeHbS54t6PyJURn3U4pErgKIBPv3WqODNysbGKoU2XYEUkkk9hXMgnmqC"
    "u48C3oxieaUlHht9oMIhOOIIbUZEbOxErUsxDjS0dGNkJCGQjy5rl6LdmXl/MLyT4/PT3D"
    "xxcKPm5eqjB65Uvz9NS/MoPX3pWr5vk54bbnV+BkfFEHWLZxfon/QuUStA0LNE7roHFNSW"
    "/cBCQN7atmLQB80VSI+yiYG/oKKAwGvTTvJiF2zlxg6ZSb9zYvC99SprrtpNCg7QJOHMr/"
    "089EQkIsEQM/Fr4SUr8OVsobwN38BfdjXMnvJAUHWEFoYXDqWGaG38+s00AjWh254mzOZd"
    "LHEJMC7qyfQc/7JW5R4JfEYNvksfi3W5YyW5BjU0Inj4/R7vf4+CmPjcHf0C0x0gUE6HaD"
    "Q6xXyxqa6n8Iy0NJLA+WYj7zrVVDEmLxz8goin9HXruCJ1tmk04Nq/WDb70WcP5LiPCK3V"
    "H7by3gHRFzw/fhbz1ibCD/JdRpDzq9WyxD/5fD9CBsbumA7oXPEfmkhbGTCX0Rxs7xw81d"
    "fzJxolzdQwk9DLq9kYxHoX4Pj0/hMwm17+9HQ2oS9Y7IuPVrrzNxzKTOUTnGKtOerjQrp5"
    "txTFYYS0ttRAuai5eaZUiKBVpygUYVMdlVxJLwbsxblpAVu9dxZC+LoMdtVGNLi+VADrua"
    "Qx9wt0BCUICfH3yPu5HxAmzqELlZY/I21VGBJjnAZrEO+5ZnNRWVFP5IZV5KeW3Fu5BKyI"
    "llVHIyF5FSH+IbSrcBZHU6S61AeDps3jxeOD0Jz5xSIio8c4RnTqnxzeOZw5inBNzZ4E6f"
    "4ku1vbTrEwFr6e46GSNYl+HSWUJYr0kc6WXzfE72cJlf00S0X0hM6VQBJ/deIloDznRDBW"
    "togIdxpwN0A/S7wNHt68BcKIYTZgpfoPFGfUSYQat7fZjIflsu/43quxsM7+7bgx8t4B5I"
    "6L43GpMNTJ3/5TDQ8ZN4RVN2JdrG5+w6C7zX6fBei218DpoOmKRIxVOYvMZgce5EFROsHP"
    "1c/AbDiqoSV0kemEMilQN4j1vXG5A4peLVqMLeoiod8DT5yqG/F+vKcSU+FNRwXeRKE80c"
    "aeYEw5eusUe5P7jjPj4VI/5iDsdYlTahXAROI6euKsM1XWI8SNpnGc/AhrYrYjdedT1c21"
    "tVQcMTqKpZskPu7LqnFq1rRKuqEl775RgpQ9h7gSglLDB0v56Fa4R+0a1E42QBgW5bU/0P"
    "sl0ViRRb4nUrIAE7AMtCZdUCrwZxEUVAQ84m0SYEM8WEfzExNgoyFZoGPUkrFle1hCT0+K"
    "ipj48k0I0UxHOVvcJlbcPUDRLuRqLYgGJAv0ZlTsL6YpXONcO0gGLjPiohp8PXgfYZfgY2"
    "7nBOcXoXzBa4+bHEUp89Ax2Be2eGHP/1tg5MHWiqCWb6aoVL4lfH1UDjM3nHCJuNX3eAdV"
    "yMvW5Ek/mRQLwnQ7fX4AT/Jc6J4ElZm3U3M6CZK/QuwaRnibMLdZiYFaOIULsb7emjsLVf"
    "Go3z86vG6fnldfPi6qp5ferTtslbm/jbm/43QuFG1m7bOd339QGouN9S5Qnz+4fxL/Ko1+"
    "n1aXBL5FRCo+ED2ShO/ta+b4HQiYTcgpOH0SAk55xKaNIe/yZ3Rr02jY4Jn0moc9vu38nd"
    "h548HhJiPnru3R9+743wNe+2e+rWHAhHTt27vmj4zL33tdeVb9qd39yb3imNQeyNxj05hg"
    "fzsoRu+53eAF8e9f76gFWmkEDanaRMt9fpd1ki7g0J4Xbrf+132pM++anhMwn9OsSd1Y1O"
    "Cj2eeTlW2n8w66qE+oO/PvRHP0KVxq8EZdqD8d96o3AZ70pQptvr3WGYO0P8GweToGT0eh"
    "7DTPFs6+E9fio+foqA8cLzzAW0AG/axISkADgJcCIBBQ/GbGEBM2P3S3v6O5xZDijMBVZq"
    "2GJErnI2luInNQ8y3vDQkJDowYyQBhMafJiGJASgSUCRbmlzbUY5Ej5gGZIC4CTAwtKaCv"
    "UHMsHtk9CmFiYGke1ZnrYT2F5IQKZUdlOFpH9rXBF/1Tkkx6eXc/z3XCEJ4U5Pz8DJ/RnJ"
    "9YbCGdvcdGgkd5plglflzcvq5ud8Q0+hLG0sr9kDPnlXKjhIyDJbKtpKVnFlWXd/oaoCfr"
    "oNN9DCZIQJvUDOp6g8z9j5NzkVbHmocE0+pGvyLhHu+wpsL5OX7D5cr0zdNmYp6leGVE++"
    "9AGVsFGvMxx13UxLHDy3J0coXedIQv27++GIMtTeUR4Wsnj38IWC1CVJW6JZcMW3EmaJ7i"
    "sS8fhGnzSIZ3g9wjPgsKXLbOfJOepcXmTo25cXqX2b3NoEPK+nPlu6gsDvxc/Zj7zjH1dY"
    "okLFZuy6E8GJd1xhS1eO4ix+VIkCxzuqsKXFqJIxHAiv6Jf6E1bBiH2Jm7tLExejC8to4i"
    "elzzGGp0gLoDMAzTukpFaQa1QpG9r7H1TC+Jn2dMfeHqtB9PjNPd6Ha5den6hE9PxswYiu"
    "CwExprDNNJtdDzy5TUaaI1zIbACaGF1iIOLFnKbKZC8XHgijUgJAmW5Gz4+gL7YjhCX7+P"
    "kQ9L5HEvTOzA60YQ+DpGgllJFNRtZ9ZM9dYWgMTVkyIpt+HQ8HbPAjQvEOrM0s8F9A4sL2"
    "poL/z9xGNPYFTG1taWnI/Eye97/7Us03NMqvbsKU9EaJ41+PWrNJBfFG8Sk8fa0hjW9LFZ"
    "ZsBdiRQ38XTvgStZjlGJ3Y0qIZuJvBiULLtQF6XFBoNOzsnbmcnSKCwtepdL5OH22zovQg"
    "rMlQpuFRLeAdueFTxKbtHpDQJi9KyzuqZfsg92zmdn13oELmdMjJGrNkxSjI8PmMOUhxeX"
    "3GZMVYWOqxMGguYs6iLJzC0N43blmUWofYuohj6yKKYj5H64ik2DCk9N9bjuV7Qk7MW2nz"
    "1hL/fvlVN56J0q8qb4yV3pYlArMGAfimhYKpE/ON9oRH/mX+QSy9KjGqlX5Uk/UXaNAG3L"
    "kbpNUkekGZe4FngthNv07WckCa8Hv7ts/tJk6FWoD+w7o03bS86+1e3g22Lx8E+5cPvA3M"
    "u94O5l1vC/NbKusdlkPrFnk4P8QHLHbi+kg7cZVsJtxTTg5OjjAmJbrt9g25xLZGh9vWiN"
    "XBCwA7vDdRRaGOfdil3hStZCNzVoh335srBL5mrm1r14zMXaeWCnXrTWmndgTLHQRGTmVV"
    "xez9UqQfyVfNl7w6mrUvHc4hghMd/9kO6jjwB5+4VVYIWI68KOHexUiPEut827OkhHs+lc"
    "iQLeXqUj3Df2nmktScJc06kOxm4/wS/4XKJWgbFmicnjQ+fWqBkHc/0NBcN1ZOOmtlqtsW"
    "UIA3LeMaGqdnF3G64x1eQUJriJSl9VYHkJSeQTKj1cESvuBLGjLXkLpa1nHF+Bg52VlISu"
    "+6VxXAUOvPUHVrBI5zkISmb/hx4dcJZkwvqUso8Yt/61WzFhoC58A1SQBikgD6XEIkI4yX"
    "IaYOXBsRqYdkNmdJfQZ9IuLmvjBbQLEsZbagJxI6eXwM9arHx1x5xdPXtLtkYIkkouTMLp"
    "NUl8POWpzPNgvMdy7yv4itKbdk2u4N2reTH2QnSnogod7g63DU6d3RtMihEwnd9r7jguQv"
    "yaM8vu91nBzQwbGExg/4eDDGxzLJZzJqgfiVcM5pl6COXchDSRefoLKMqX/em+fZf/IfkZ"
    "q5cArYmb25Q/cSgh869CxXSIIIlNolEkG4yn8Ai6DbVrzeanExMfKzQ01yOrKzRAXEKRDv"
    "4g6YXsHhDIOnRwL2R4iqyRI7k0c9EnEyRzm+iDiZD7MQEnEyIk6m7MNb5b43EScj4mQqAb"
    "jwn/4Qg5bwn/5I/tNVR1c4UO+VlxI7xu7NI104ou/LdXfLbCfgzga38Psvsd+/5x+5I7bV"
    "8gqOwxqakLi9/LkcjDmdZuPewwzHWYaD8Xbn2XCWas/TmduBFs6nxEtVIR6rF59a1OGTqM"
    "9A8X03Ca7A2TnTrAPVhoD4cJ7GXT+pKC17Mj77xNpt8HAPLm6zQR6HUOpXxOsIylu/2Ouv"
    "PL6eH8G+2B/I96PhNzyIjonfpn9CsgV0Jv2vP/qDb3QzOvdYQp3h3f1tj+5H5x+WwwKZz/"
    "YorI7bWY9c9kZhaawfB4m4m41RWBfphdzWxTmxHeGVaI4vLCYq7Itl/srmEKq0sXaxgm2u"
    "RMxdyc8LtyB5v5yLuEC6xPsC1eg6rN8m8Tn+obeA63faEz/Uxt1YOHnZSQ7lXiNbD9/d9Q"
    "ZdL1dU8rqEknFCw8kvJLyH/suzICw+YmeuL5f4I7XXOd3SUuXFh8ZeJO6ck1FkYzzKua2I"
    "PIwiA+MxtrzD3+XyjYtIChXxKJqZ2zkuLidmTuGr9UG/IeE7VC0Pl+oZQ4SDS0lz03m0z4"
    "7Zw4jx+atbVYWQZ+QP2+Zb4SUHK9azolwjwp4cK3Zyloj0QIanRLyHbneToFbzeViE00fi"
    "Cqrnkn159WUm2c3zmSrZX75cX4OTcaMOxuefWkBHJL0W4QGJN0I0nZbi7IFKjgB5k21+Ec"
    "U+TEISmiwgmGuGaXliCjJfoWFStwlSirpN/IxFDJJFbK7NnFxkNH8Y0EzgkFxQBSRXmISc"
    "05/sNZgt4AxLPz4GNJhuWzN9BR8fgQmtT3XwutBN/HhFW9oGxFXiZ8xtU1mClfIM6StIyH"
    "2tx0c2k/j4+BmMGy3q/4HfoHHROj0FJ21TU/7feKGgp4WiffK8QFTlzanTReJVMQF+nzXp"
    "sSp5U3ydroYfHzGUGDzcuX4iQh59B/Q1/oJVjJEKZkv87irxOaFVel3oL/i1DYyh4qZcI0"
    "Q78LayBCeTi0+fQe9FUyEeMCLJzMjzw903ezIz4dVxSK8OsQyvrLnlQOAKe8tWe4s7UeTt"
    "B8yKymyBcxs51N6kzYhE6E7klPSArw9jR4Ie5GnD4p2ovCmUl4oKywkiqtRElGmvVorxlm"
    "zh9NRlIZEyj8yFNOeeNlEP1t6+NZn9jbFbIL2GHdPwlYxc58vC5yZOlnfIzbmhigNuA1bb"
    "1/pu/xk6iZZFXJByOlmkiQtLESNAdgfXMZFULBPEpXLHPKZp89hWQX5r8dq0k4JiqEp+R4"
    "fP21y2j2XPFjn27ifctjj+zU/KhnNWO0eof5UqgLTtc8g1hkUkdLe+yR6iRMttM4Kko8sZ"
    "XKm/4s7idCqCET3bHusYvK1MRehPETGP78+Oz7UllOlJAtt0FSoiVAl+IKo2NTKpTY0Nal"
    "MjqTa52eD9Tycr2HG5CuK9HzVV+zcD53S11C0uliKszMsLpdG85Om1gUQF++vlRYbuenmR"
    "2lvJrbhL6FJX1BwOt0lBoZyULY1bxcH1u2Aef+aIqGBQSs2gRJf+WWeCqFSJjbqlmQx8pS"
    "qB8o32lDpWhaUqNEx9aTTOz68ap+eX182Lq6vm9ak/XiVvbRq4bvrfyNgVaYXkYOYoqvks"
    "4lFREcdWtrEsQa69N//TcTcI20gDeYXq2dggObTr2HbXWOJNOn2zIE28paCQfyM4IYY6oK"
    "mM3F+ZpYQvZLnYHnKDNasgxXhLWQG7EvEUL6T1q7UcuyFeHOHRC8/QN/1Be/SD7QjilQ+P"
    "TDc/Jr02i8Z/n5HmZomrWWqm1UOW8cYaZmIlNo4xMwOqmiVPPREZ+jIZXPC/QOIV37w4VY"
    "knfLMJTkYN6rTtb45tI+Kh/ruO2wqscYcxF8622HNDX4HHR9PCqpgp6+jxkWxl/fgIkeqc"
    "JsanvT5NQidkU+ylYlrEQf1nMNARbOH6LG0JDLjSX2Dm0S/CrMfyiPpvQE62M+xBs4Szt6"
    "Zw7LGshbkf5QgKMr8kw7sBFdNpxKx+foFEJWi6Q7v5LeGTspSniqmlpI1Mcc2JilUC+qhS"
    "3MzE6Dc3MPpNBqMfHqay+lFGhD70DsbuDMYDXkjkI3udYr0yBzUfk6oQJ1MYdexAlINqUQ"
    "VpXC8v0RL1hKcr4hyNHJUUdNoxtDLvGJmQE6MkK8ZyRbfyyLO8j0tWIMTh0It8EkMu59uq"
    "iiVaSA+vgBpbFut82SZ/sclamZHd4KAtdk0Kjc572DVJpKQ6fEqqfVonOtSeMKKpVmoM20"
    "Tkfj2DZcIIimYwSFzMIUnQ02xcS/b1dHoq2c05NRScuWl55rgCki4mMBr8xQTOo8BCMy3d"
    "eGOl/ymsXob54B81U7cNp1+b9vR3OAv8gr1zwt9zmBn02cw28MMzs/8RsHMYG3Z8oCcujA"
    "4lMToEPTJJf2fYNcmXLjMLXguytIQztkho+L036j70ZJK4pT+565EUMclrEnoYTEaxYolL"
    "rJwvvz50+51++1Ye9b72RqP2bQskLpUxM4wJX6ChWYycExm7RUi+1B3jrj8YYujpPwmNe6"
    "P+8GHcAu5BnsYoPsVLbMTNSv7HxD607ST8kASE6fxLTKzMPbm09Et8nZM5AiUmVwHma++j"
    "drCEzL5OigoJ/pbF3zrZJHOw43FBAe8GePOYmCKiwpRYaiOT4IkFT3wsyAqeWPDER4NxuX"
    "niLlxqL5Dtv+7fq2/ihw24Ii1gkB8VFD9YypRgZ/AlVEwoU1fxbNyn98LyGiKVvENdsJ4H"
    "nB3TWc9nmMJtsWF1ixejg74vsDGyKlPmjssNmTsuk5lSFgpCkLEvdTbuMCReZsIFdzK5fX"
    "/fAs5/CfXu2v3bFqD/JDS+IzTiXS4K8TpDm1yntsh1vD2wlqStNTI72GZKYPImFTYpK7RY"
    "pissmQR4BpWQSJk7es6hpdHMEliPS6UnYWomQutdsioHj1hVlPeR6mqqq1zZxr3ylcD34P"
    "y4v7rMZWjzpQ/Ij9/3Bt3+4BsnTe6JUfMoOSD2NvfKOHRlQk8nEvqKJ1Ky34LzvwQTqWJZ"
    "cLW2eLI4h0VE8uYEZxXVp3io35ioCC8oM/NrkgUkP70fEhPtW+b2JcH0MjQMnbGTQ/qyIS"
    "pVAfvuoZcOYjP3D/F1+fQnb2hWWEpYdrZbdjzICrA7jEJVHRnIWa0OsQ5WKpvDQA82X6ox"
    "7A6R+/VNtgcUL5llu1pF/SLZzbPrpmR/OT1T8JUr2GzRPVE19BN+GFhB08Sv7mwa61kJ6m"
    "CuG9THnJBtzL1pi6uZ0wgSov/w3OHNHNstIGH8ZA1N9T+EDaQkNhB+NnhXDrhsQ13xkZCu"
    "uY/TvyUiJQJME3vTaNaSy3fUF6gEIykY34MseIRH9Ht7RBefinmTR/SmZMyVdYo+cDpmwV"
    "DkGnWOj6FQ8rlvKyI9UFnbN8GTvI8m7xMpDC0+TLJs9x7MpL3v4jQotFfhwXd4D75GFiM3"
    "LpXuwddIGLrz7QxdxIbQGWbp4+vEEWePp/yx9p5wmbWuGgmdHw9JoL135IfZ+7H1Euq2f8"
    "g3va/DEb4YHMcZz2wurEXHWz9jRLiGFrd8mZuldBrZ8Si/FQD7HdTf0kH9Lvqv2Lhun2w7"
    "Xo7zK52BlCAVSqd0Cu7oQzQzB7eQMK5pkOF/e+PKfv1tBJe+rT4tJDQIIjzOdk+4Zvy5Tw"
    "amjTGfLWoM/sW9U9+4s1lQRnAvxzXTpnMv+PMxmamU0tfvIZEKLt0bzWamYKfmhmCnZiLc"
    "AH9UHAi7xSuI7l72lw/tsxhF+NfxcJCyrghE4osKbWaB/wKyqdYRor0BXAJGZCWRMIDHbd"
    "2xJQKp4Oa9t9T78/8D5zj1fQ=="
)


# ---- hand-added SQL (domain.audit.sql:append_only_sql:drop_append_only_sql), run after the generated part ----
_HAND_UPGRADE_0 = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % rejected', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
DROP TRIGGER IF EXISTS audit_event_no_update_delete ON audit_event;
CREATE TRIGGER audit_event_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event;
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
"""
_HAND_DOWNGRADE_0 = """
DROP TRIGGER IF EXISTS audit_event_no_update_delete ON audit_event;
DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event;
DROP FUNCTION IF EXISTS audit_event_append_only();
"""
_generated_upgrade_0 = upgrade
_generated_downgrade_0 = downgrade


async def upgrade(db: BaseDBAsyncClient) -> str:
    return (await _generated_upgrade_0(db)) + "\n" + _HAND_UPGRADE_0 + "\n"


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _HAND_DOWNGRADE_0 + "\n" + (await _generated_downgrade_0(db))
