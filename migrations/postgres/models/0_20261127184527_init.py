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
    "verification_period_working_days" INT,
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
    "origin" VARCHAR(24) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "subject_id" INT,
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
    "licensee_id" INT REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT,
    "push_id" INT UNIQUE REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_linkage_sup_status_2fa600" ON "linkage_supervision_task" ("status");
CREATE INDEX IF NOT EXISTS "task_queue" ON "linkage_supervision_task" ("department_id", "status", "due_at", "id");
CREATE INDEX IF NOT EXISTS "task_due" ON "linkage_supervision_task" ("due_at", "id");
COMMENT ON COLUMN "linkage_supervision_task"."origin" IS 'PUSH: PUSH\nRANDOM_INSPECTION: RANDOM_INSPECTION\nREPORT: REPORT';
COMMENT ON COLUMN "linkage_supervision_task"."status" IS 'IN_PROGRESS: IN_PROGRESS\nRECTIFYING: RECTIFYING\nCOMPLETED: COMPLETED';
COMMENT ON COLUMN "linkage_supervision_task"."result" IS 'COMPLIANT: COMPLIANT\nRECTIFICATION_ORDERED: RECTIFICATION_ORDERED\nREVOCATION_RECOMMENDED: REVOCATION_RECOMMENDED\nPENALTY: PENALTY\nOTHER: OTHER';
COMMENT ON TABLE "linkage_supervision_task" IS '监管任务 (P4): the work a claimed push creates, due in 30 working days of the push (S1)';
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
    "eJztfetz4jjW97+i4ssmVUy/CQlJmnnqqSKE7mE6gSyQnqd3vOUYLIInILO+JJPdnf/9le"
    "QLvsjGMoYYR18SX3Rk89Pxkc5V/6ktdRUuzE/tlTbWnyGqtcB/akhZQnwQu1cHNWW1Wt8h"
    "FyxlsqCNlelUt5FlyspKky2//cS0DGVq4RYzZWFCfEmF5tTQVpamk6fV2vc9INnnEJ5L9m"
    "XjfNoCBlTUn3S0eAO4T2iaYKYbQEEA/mlBAykLoCrmfKIrhloHS+VtAoGOIFDhSjGsJUQW"
    "ILSfyNNVfYofr6GnXT/IRtq/bIh/9hO05tDAj/v9n/iyhlT4JzS909WzPNPgQg2BrKmkA3"
    "pdtt5W9FoPWV9oQ/IbJvJUX9hLtG68erPmOvJba8giV58ggoZiQdK9ZdgEamQvFu74eOg7"
    "b7pu4rxigEaFM8VekAEj1M4LrK/VZLk/GMuj7liWa7HB9CgCsLuXpjoijIBf1aS//om8wk"
    "+N0/PL86uzi/Mr3IS+pn/l8i/n0WtgHEIKT39c+4veVyzFaUExXoNK/8dg7cwVg42r1z6C"
    "LH7lKLIejmnQehfW2K55fx/gLpU/5QVET9Ycn56enKRA+b097PzSHh7hVsfkkTr+WJ3vue"
    "/eajj3CN5rfFcGnGl/8iC8pqgixhdZIL5IRvgiCjAVoPIcyx8ekMNUxQD9vnIiBPPFeQaY"
    "L84TYSa3wjBP8RSAoZAVKw7zDb5jaUvIhjpMGYFadUk/eQcHyOEpUI97d93RuH13T7pfmu"
    "a/FhSv9rhL7jTo1bfI1aMo9/udgN96418AOQX/GPS7FE7dtJ4M+sR1u/E/auSdFNvSZaS/"
    "yooaxMS77F0KDbMBX/CXkWeYw5QFDLP79YhRLn6UF4ppybaZa5yjtGKkyzzSnvCdvMlcy+"
    "cY3eaVdPkHtpi19BrctX7DB26MToDrgEtUv9kzU09ZYxYH+otuQO0JfYNvFO8efi8FTVlq"
    "iqun34Q6Oyyc//K4ybu6fkVDefXV5jiTYRjwj4cWBWKIJcuw1xnXEqRFASA/mDDLMvpA4Y"
    "0JyBC8+C1A/+H2tkZZeqJMn18VQ5VDvE3u6A09csVvG7+1bCyjVxSkPFGMyI8hrx5ncIaZ"
    "Ksz+GQxV4Y9vs6VKsj+fwCv8twmvWkABtJu3oD3oCD/V0F8UPAKmvYLGi2ZiWqAbwJpD3F"
    "43VA0ppD/wZOj26jhupdrVQ4SFqlwWqilmTB7V3mtfOaW+eNvJ+xr/ygTtLkx/z/iXsdHt"
    "InsZm0VDSHu0uzIBFgB1rX1/Pxx8b9+2gHckodHDfXf4vTfqDfotEDiRUGcwGN70+u0xvR"
    "U8i0r29/kWhIFr05roYBXimFqRvChb84PvnDPj/HDt0n75NoQLuoBIXgYHfYLVWAqHPhsb"
    "r/K3RKhaikIIHW8BKmsWXG7NSE5fPdzV4QqRdLymeBG40J/w8nuhoectAet4nd3ivqqKWE"
    "CxKYLJRuvuqsxnqmaubAtuCdaN00tVQVpoUzz7QdmA+J1Ny8QHU6i9QMailge1W6fbodPr"
    "RwFPYLYZs5VtziGxNk01dVsuu7cd1351cdoLPoe46DLgC16TQtllp2Kk1tDptMpsFcZNwM"
    "Wx8rIUc9vVamDlNca9VRW1yQJjstBMS4YId7ctn1173XVxb29VBW1qQFWziCTTDXVbrYj2"
    "NaRdVQmvXbrTRtA0nfeM+dK8W/VMjjQz0DqDF+3y4nIi2c1ZsynZ57NTRbKvJqpKnF0TQ3"
    "81ofE3E2ANV0M/ex6tZw2CuY5/E71A7Vd1eojbA80yAQl5ZPnSdvko4VErl0dNhMyKkNlS"
    "SPGD9SgEhxn+udJwdzmGOUwphrnUwywioz/CKBN3Fl8wZ4AiVxhn2b7ZHcdx2q6zbz/BhW"
    "UDN2t0YYCpQnGFnfao077pvldYIUWdoQR5o5FBA/LGP5P602xcSfZF4+yS6CEraJg6Aq9z"
    "nSgiJtCwurGEywk0gD4DR4oFllgYHEcyT5m6TlH9CsWmXIoNYS7emLYgTeWUmrNGBqXmrJ"
    "Go1JBbkZwHzVwtlDeZF+YoXQVzW4vXIA19wTKQ/joa9BOWmh5BdJWpTS3wX0AMpbuCufY/"
    "MxtNaTD1xNYWlobMT+R5/1vb/7KTABRacXogH921/y+Kf+d2cB1dSpIOrqOZ3Ippvup4Cu"
    "U1nMQIK8j7jWYzA/PjVoncT++FEdewaow56oUhaK51zOkKSpgug3QRsCeYcFdoe3J+v8x+"
    "PRjchpj9ujeOgPxwd90dHp1S7HEjzVlMxhPa4FLRFjys7RPsj6Vru5InUYbOIs1xqxSGjs"
    "nzFcaIa9b0CSqHb/ErE9fPTxz+S/IDmWGpaWKD3cEe5Yd/5WAFyAyLA6jK1FEkU42PQ8th"
    "E+/PqHKyK8YvOO14oU+JORHjwxLWG7L3I7TCGllmayStteB8DzkLNQSJxViXeayFt/BDDL"
    "O9UnMOc5hSDHOph1mUBhGlQUrrXcpaGoQvTVJ25yGG1iXSJf2gYScAcNtY4XUY4WHKeK4s"
    "QNJ6phnLbVmLNx/wEPkrCh1EW2fSfETYVoaOVwQCOR7kSMLH9qLNx+y7013lYdOWK93YNj"
    "/QR61He6soaF7Wrqyv8I/b8uPMnrx7KFDtMvKnbaua1X1JKCgWuFtPjQIi7WT4krmQ2ABB"
    "MJ0r6AmSWBy8drdgi0Tq1PEfkm7wOlesOpjAGV7mAwWpQJlZ0KgTGg1zCJi8JSQ8FNnx5i"
    "ig3zEEBr7r8CBFhJ46q28T/quGCX6Pr8v9O8rUY+bgJd2Qg9Er61tW7Z+JgUekVfzD0Z4S"
    "VVKXoBg7fBnCjz43Gmdnl42Ts4ur5vnlZfPqxFdI47fSNNPr3leinNaDRobNQUr8lh9h8T"
    "kAi8/6e+Sz+MTohMUn7vKKC7usHvQ4ZQWjb06bmcrXNVPK1zVj5esc5JysrxwcHSQULC2K"
    "R+9bXrjrJQ45wVYXKiEfdlHeMrKkzZxGGiarINrFxwGH1AVOoJlCQsDMgtlR9+IYJ8dbry"
    "m2CrgumTTed2Q11a15YPcJBOr5UXcrk3FKlTBVLrFSMtx3LVVWBnzhzxkIElUuLal4kHnx"
    "FdCmQhuLtniffNOOgn+Xqhg3yluNYXYO3q6n2Z2nbkNZdVtuMjwngy9SPsuV8kmsn2x7ao"
    "L67LZPs6YenAhIQZDYRuNpVa+68Yw79L4HvtyqCPEeEyTeB8IC8yNM3TamCery5k0h1tRl"
    "Vudq9+3Ot/bXbgu4BxLCrXsdfMH5T/aCGA67HW8nCO846qTLZNkofB+Iub7Q1BwJzlE6sT"
    "TOUCGLemDpJlr8jhM2sbCGxqXOGikehg5TlVnilMlr4qGWI40jRCm8vaX29hpQMfkcDGuK"
    "6s0MzUz+hWaKf6Hp+BdKpncOoVOQuZaifPpt6pk0UCPYPFP8EymneqSp4PSYVCuaYSaeA0"
    "NBqr4EL8rChk5oEiAFt98CMU20Sqv7VHb8U1Edl00lLr26tmudOMhj2cXTmqaCc33x5QbE"
    "RF/Zib5ks9APqDCr7oXuZ5t93rymG2eeNiBtAUR4CoAq0BCY4bdrubMBVnTJVKBZQCMF88"
    "DjY9DE+vgYn3AK6K9s88xHN716zJQRVq+5mMCFWfDwzIKu4MpnqmITC1MVowKZjxTP4jVM"
    "VeavoEymKg+1HIXrQ5RiBStWsOwV7A1U1IWGIGv16t9LXbmqwVa79Nr/p7b+TbXpgiT/uu"
    "ytYkKSUVWnGzYYXgK/28U6nNt5UZqbKGMa+jPcT6JGafHL0xP6EQaeZtqTP+B0HRLrneNZ"
    "IutDXZLsz0T4ll/nzv2hHM8Lkac8VSzI97kgjzJS1ukzSlfBCbR432XgK41BnZpOGaKr0p"
    "YRe8mrXA/AM/61PFzutRfcnYG7y56ddHhiO2Cetxe5dX2PtsxMXPttMPzW63+Vb9o/Ri0Q"
    "PJPQqH3XJYct4B2VQ7/HeBv56vKFKYUyVDplKDjMgdhFRsmVRLEWJROmG0ZCq6MncX49a6"
    "r9fDklCcs9uA9nZeiOg1hh1JxOjRiOUIp66hzxwiFDBJePOUgoCj+X+ctyh2qBwScOgpwz"
    "1IZexIQV/7hYNjCeb4xFLz61Un9qosZ6VYe5JB6P9oosd5RFz4LLGqtSXvB+PT1mx6sQqb"
    "g0suYRZdg7szlRTskel5efJfscXk0k+/PV5Wdw1Dmtg845jfhcaFOITMwUYKlYJNJThVNN"
    "dYrbKQh4j92wmebuHiTifcrlXphiJuUxuHrtRY71RnMrb7LZrmuZvR+2jUypBI2UVIJGvF"
    "TRAj5h8TlRTI2xpB7jZRwb5QhZBfZgS5vlu/83Dk3wsRoj/iR/O+h/9ZpHC49E9Fd9udQc"
    "dwBcaE/ahGX5TrUeJPSwMytCjPMrYERYQ0jWGVwbyrJoxd6y6d9Jjlo8L9DQZtqUlqyWV/"
    "hEV/MaArJ0JawBjJKBi4X+ijU8rOmRItVPhsL5qSR2IL6Xwr8XUoVKw/dl0lAOsjzn9JLe"
    "kZhlcs8y8myhPDG+nzR1IaGDCqy7It7rxlUW93XjKtl/Te4d0mbZMYY/+L2yhS0xzwAchC"
    "1R7Nf44Yb5fePdyjayld2wsWxA/+Xx0x53bJwriATxP1F3wpb7Tv3i9uW5MyoC/063Ugrv"
    "CsfM645sG5fFSbTw2mb2DV3Sv83TyzPJvjppnoOjzhl113gMAgiDAMlunH4+p1U/THsFDR"
    "LLg++tOZJuj6RZJr49+YmQJHuJdvdICUlojNv7viRTUyFwt/EzaVcB8qP74eB+MOreHP+M"
    "bylW4J6E3N0mTeKdwiPjvNX6UfidB/0vveEdpga6AQxIwvlN8KpZc/xLnDI/Ejoadn/tds"
    "b0EcQDhp5JajvdjpF0/NC/7fW/dW8+gbYFlngyAzqCwHutn3TjJ/8pEqLUGIcwTC3w+EiT"
    "jUIfNJYPj48Aa7V48HGD+D0Jvc61BaSQeK9FunEwNUH/4fYW6MTh9qoR9nEvO58sOCK3Tf"
    "wrV3gNe1yXkKk74GJGnCgmJFDBxQw3mNkEeAWYEAOqOo8gzxOuvRK69sgGaHaCtp4hAd2n"
    "LrE/quZ9XC3/MyMZ5+5HRhLO/e/N+3RbwDuSkPfBtvxPNyrl3idunSkBOL6QRPpCbMQV+G"
    "hCIbCrnOGYEVKhDJZaGfT3m85j3InQioDAMo80XY/lKoCgihE+iBFOKtSZHPVRrUKd+474"
    "EPbSD/FZrae5yRtn2e44pQhHKNv2kGX7dIovM6XmYN0IlWDbOLBbaKKFKaFVZ15fmeTl3z"
    "ihYGFGMUbP5IyBMe1JDk5O6UEAvtE7GJIDBTgIK+qjqkdchCzxmeAlZK8zhC+2WF/sJplS"
    "AN6jdbcje5KRwUsmTbLCniJUMwxAYOorAPcHEx6uKWAj0vFlQghg/BrUSVhLVAgFwhsQZu"
    "jAGSD21A8B7wZ4I3paArTvkyDsB3d8h0by1jKRNvVsMSAvgeYZwkAu4ElTsptnTfz3snF+"
    "ha9cNqbgqNOkMRkre7LQzDlU62Bm6P+GCPhPokEBrtufuPyBpTxDE8DZDE6ZScK7epQX9u"
    "H+crJ1gHMH4BPFpXHCP0h8BY3RoIEP+IZpuW21F6d3CSHdcje9wQ86Ig3n2tMcnyJ7OcH/"
    "lKWOnpzgCkphHotohhJGMzijxQHsmkBsThC3lXkficy7126csuhdd3cSKVKEQZ+x7a4v5P"
    "LED0RohXek1N6R9XBN+DeSZRKXud5n3iyoXexpgGdwBtjJzl6vfQVyzPbt6Q2VpcGQ2iwT"
    "UuKUm0C9P4P/yYFMv2G7Hi/MCdQC5jSrfy6kkzsQYEfBJnHg3ACHiQSoMbdgcN3A5xeMUw"
    "o/1UY/VRA1YZLbZFOOsxi3WS5h6bFlCtu992bR0nwHtrhOzGWLCt6i8PKy06qIU3QyLwqz"
    "gMOuamy2S6N5yIXPMJhHXfxZjOWxMIMsJvNzeKpIdrNB0xgbn6FkX56fXKxLXlJrNsZmam"
    "C5Bl6VcH1Lmj6omU4aH1RZhvLiHyCM0+UyTosqmqKK5mFW0RQVhkSFoXKtQirhLBAZMx9i"
    "mMMGb66lFYtURMZvttDECudvaaKpqIWgHrHVsNhti3pDBdgcYhVxKoL8TpVmtmGLoT0nWs"
    "CyqNGByAT+bSraUd1VMdexYCSYS/Eju47IS5tueNhxXHXeriuGkvx7LRBOR5Wwfwq9+R31"
    "ZjF/7grzstgm3hvMD2adeEdwd2KeEBnTe8pH52VkBmkFefo0E0+fpvD0qdi4JhHrfQe3Hd"
    "7GNfHB8K8crgVU7FxT9p04xM417z41i51rDut7caJKeJaoYSKxPt1s+g3YbrY0+rKSMQ8M"
    "66yG3zCbva/Jt7JhZnsx+SaVlo+hymfizV5kvh0p6a7Pgmm+vinWq+PuJ8QDQ7ct3J+G26"
    "M3hpm3mH5J3vAAQXz1lRZWd+ITIn2TTnybscNXx6To+hoP2ikpqT7DXOakGdNLzmtF3tRP"
    "SKZZyCQd2WVNsND1Z3v1CYznUEKB0EPgzAAmUAzo1GV/nUNEHxPue66oAOmBX5tWaD1k2I"
    "5VjcH8ldJA2MHf3Q4uKqztfkXNYPoYysn2LjZ1BU1exdvIw9DxGhrZ1BUEfjebZJP8Ki55"
    "EqAQennZSrh+HHDfyx9RNoR3746I5bjmLospSmLyZiPzrUESO6gepxe/ComBxythEjuoHv"
    "o7WYqIErzvKG98uLaRObFOqsf5u5U7PoDbyJ5YJ9UbhV1lOj1DRlL/pjQnl0j4+Dl8/Bgz"
    "WTGgwubxzZsPBulLzN61UftLd/xDvh8Obh46496g3wKxSxL6pdu+Hf/SAs5/CX0ZDG7kdv"
    "9Gvhk+fB21QPhcQqP7bqfXvpW7f3/o3d91+2Pca/QS7rX9j/bwZvAwkju/dO96nfYt7opx"
    "MWpuz/IBnjUyfH9njcTPj9xKLJSXP+Y3vRNh9WR8icI1LVzT+8a6UNd0BiFSAOpVLxgThT"
    "5dknJHCezF/x2ts5LmCmfUZOHzike1/awe8qCn13c4B7caN5OTmFie8a37E1lQpZg76ine"
    "3/JYYMsmzkQu1AFZOkQulMiFOlzRUALfY+kgFrlQlc2FEtbQDagLa6iwhu7MGur5cLgyek"
    "JEIosnXSSKLB5hKj0ArPeUxbNL+1wGs1xOa1w+G5xkX16op/jvhNTbPYdXE7/SboNW2g2a"
    "1JaKRXaGo6kdwevrJT2roG/xDxAFfctlkhMFfT+MmahiBX2FRi006nT+Fgq1UKirplCLMu"
    "aijHm5VDrmvHNo9a1FGfMPMczCs7hH+9catAJMYDehzg4M6KzGrxibbVHFJsXyzlPJJmDR"
    "GtmTigUL7rScDQO5dIthAF9eo6E32NsZDiW7OWmehGx8pFoLHkULKLQqC1jpBFNg6dmthd"
    "y9ChOhMBGWBVphIjxkE6FQloWyXK4lSCW0KKEsf4hhFtH676Q4s8IBtlSfq7t1cz2iQyfw"
    "3WFtAVayogXvoj/7mPWWK92wagzlOdqknk1z1tatM+jKF/CkiXXYsyb5O5lN8d/TiybWZC"
    "+wJksKodqrha6oUAXmCq9iVHMOoUWz117nigUmcIpfmsTFaMwQm6K7F9pzubRnLJktmyE+"
    "sjlw19QlVvlq993+Ta//tQXcAwl9b9/28CKGXlwfS2g0HgzpRfcAX3nodLrdm+4NvuYdSu"
    "hLu3dLLjn/87heTy+yJHFE11eBHI6LqDY50xaQO2UmRFTBZJmd6O0UNFP7NwPpRHkUohGr"
    "TFaZrLnSaF7wMO+aooKcW7w1Dz/OYnq7rjWkGG9J1lKfKGpperOcjUwODOY0W5OboeCrvx"
    "jN616/PfzBDki7ZmQ0XP8Yd9sR5C0dr+04hIXffn+C4uRApMTK0KfQNCFXuaIgjYA0Cik0"
    "DN3gyoBaU4j0p5C8KCL9ybSXSyyOecYjQFKOASGPrcyAeMb/yRv38ppBWsGlymkzU0Z6My"
    "UjvRlbZB+Ws2afJoFKGfEtxcg3ymHKAka5nEbNSozyTENukTPuYY6QinEu8zgLz+uHGObA"
    "qobLJh+jE9XiNzpb15gV4GZ9MGF5sqoKd63G2CvkVMVvQbf5e6/0/BvNXNn0VWJ+Qu9WPc"
    "0/SNy8uGdZDTTO4B68Ojmf4r9q44wGvX7GxxMFgqP7M5oiv7LNOTCgZRsIqmDyRktaruO8"
    "60BfQQRsZGkLGhY71XVD1ZBi6QYmU0wT85+Z4Drc56M3uxX/U1sPVMBvRR7izzvOFo01+O"
    "cKS0vioveH1U8acNCXCRkdHvcDq1EyPBr05C/hw9ynD5NwA6uQSXKW9ZqiEur4vlOsP4LT"
    "eHDf7bcA+SuhYXc0uP1OHL7eUVTcvY/LNyS8eJbbIUKx2i71aht3pS9ecg1zhFQozwcxzr"
    "xqVZxQ6FVxL5ezYMQo5U2yTe5AwB2HmzKlTd4CM7zFcJqkLc5ipKIMDvcaTeSS75K93QUU"
    "r6iOkgnJwYjwsM0573ZUPoVg1s0mRQJXAcbEe7ebAwM3qzUxwFQZdkQSxSR2VUyCKXWFLX"
    "wDutGJplSm8FttCpEJhxBDajIzZyIt6lkM4wuHRjYCRBkM5M0z9UqyLy5m55J9dnJyio/P"
    "FXzcvFBh+Mrn5smJf2UKr7wrl82zM2Lbnl2Co9F5HWDaxtkF/guVC9A2LNA4qYPGFTV64y"
    "EgZWhfNWsO4IumQsyjYGboS6AwLOileTcJsWvmAkuntnlv87LgLWWi204JDTou4Mgx+R//"
    "TCgkxCIx8GPhKzHq18FSeQOYzV8wH+NO/iAlOMASQguDU8c0U/x+Zp0mGtHuyBVncy6TPo"
    "a4FDCzfgJd75e4TYHfEoNtk8fi325ZynROjk0JHT0+htnv8fE4j4/B39AtJunWBtDNDocI"
    "V8samuh/Cs9DSTwPlmI+861VAxRi8c+oKIp/R16/gkdbZpdODav1/a/dFnD+S4jYFW+G7d"
    "9awDsi7obvg29d4mwg/yXUafc73VtMQ/+Xw/UgfG7JgO7EniPqSQtnJxP6Ipydo4fru954"
    "7GS5uocSeujfdIcylkK9LpZPwTMJte/vhwPqEvWOiNz6tdsZO25S56gcssq0J0vNyhlmHK"
    "EVztJSO9HWw8VrmmVQigVafIFGFTHZVcTi8KbWLYvRit3rOKqXhdDjdqqxqcVyIIdfzTEf"
    "cI9AjFCAnx98z3Yj4wXYxDHkZs3JS+ujAkOyh81iHetbntVUmFLEI5V5KeWNFe9CKkYnll"
    "HxyVxkSn2IbyjZB5A16CyxAxHpkL55vAh6EpE5pURUROaIyJxS45snMocxTwm4s8GdPMWX"
    "antpNyYC1pLDdTJmsC6CrbOksF6RPNKL5tmM7OEyu6KFaD+TnNKJAo7uvUK0BpzqhgpW0A"
    "APo04H6Abo3QBHt68Dc64YTpopfIHGG40RYSat7vRhovptueI3qh9uMLi7b/d/tIB7IKH7"
    "7nBENjB1/pfDQcdvxCvaZFeibXxOr7LAe5UM75XYxmev5YBJiVQ8hckrDBbnTlQRwsqZn4"
    "vfYFhRVRIqyQNzgKRyAO9w63oDkqBUvBpV2FtUJQOeRF859HfiXTmswofCNFwXtdLEMIeG"
    "OWbhS9bYw7Y/uOU+PhUz/EUCjrEqbUK5CJyGTl9VhovkGRS3t/IY93Z4TttMQE0WGBJSH1"
    "vGSxVD25a1rr3uuri3t6pyF15pqJolO1awbTcfo30NaVdVwmu3xlhqSu2+QJSQPxm4X89i"
    "lIV+040W2fEcAt22JvqfZF8vklK3wAt8QCQOwLRQWbbAq0FiaRHQkLObtgnBVDHh30yMjY"
    "JMhdaLj9tfi+taQhJ6fNTUx0eSEUga4kndXuK2tmHqBskLJOl+QDGg36MyI/mPkU5nmmFa"
    "QLExj0rIYfg60D7BT8DGDOc0p3fBdI6HH1Ms9Okz0BG4d5YSo7/f1oGpA001wVRfLnFL/O"
    "q4G2h8Iu8YMvvj1+3rCGLsdSNc9ZBkLD4Zur0CR/gvieIET8rKrLslFM1cOYoxl0OWhMQA"
    "w0TcPUXkJF5rTx/FrP250Tg7u2ycnF1cNc8vL5tXJ759O34rzdB93ftKbN2hRe5m4/f7Bk"
    "uUbK0gEhn5gK3dP4x+kYfdTrdHs4BCpxIaDh7Ijnry1/Z9CwROJOQ2HD8M+wE651RC4/bo"
    "m9wZdts0jSh4JqHObbt3J988dOXRgHgwwufe/cH37hBf8267p27Pa+LQqXvXJw2eufe+dG"
    "/k63bnm3vTO6XJmt3hqCtH8GBeltBtr9Pt48vD7t8fsG4ZIEi6E6e56XZ6NywS94aE8Lj1"
    "vvQ67XGP/NTgmYR+HWBmddO4Ao9nXo609h/MuiqhXv/vD73hj0Cn0SvrNu3+6LfuMNjGu7"
    "Juc9Pt3mGYOwP8G/vjdcvw9TwerOLN0vsPjaq4/BSZ9YUX5FvbT3jrS8YoBcBxgGOVOngw"
    "ZhMLmBnbhNqTP+DUckBhLrAS8ztDdJVzRhU/qXmQ8ebRBogEBzNyP0xo8GEaoBCAxgFFuq"
    "XNtCm1kfABy6AUAMcBFi7pRKg/kK9ylwZt6opjGLI9F91mA7aXO5Gp5t9EIXXyGpcksHcG"
    "yfHJxQz/PVNI5byTk1NwdH9KiuKhYGk7t24cKTJnmeBVefPK3/nF8dBToJwdK7x4j0/e1h"
    "S8rlwzXSjaUlZxZ1m3yaGqAn66DVPMwkTCBF4g51NUnmds/ZucDjY8VMRw7zOGe5tSALuq"
    "AFCmcOJdxKiZum1ME9SvDDWxfOo9KmHDbmcwvHFLUnHYuT06YtJ1jiTUu7sfDKmF2jvKY4"
    "UsPo5+riB1Qeq7aBZc8q2EWaS7Stk8POmTBPEUr0d4BA6busx+npxS5+I8A29fnCfyNrmV"
    "BjxvSgObuoLA7yQg3E9R5JcrLFKhYjO2JwrhxCtX2NSVM3EWL1XCwPFKFTa1kCoZ86bwin"
    "6hP2EVjPiXuG13SeRCurCcJn4obw4ZnkAtgM4ANK9ISewgl1QpG9q7FypB/Ex7siW3R3oQ"
    "HJ/O8T5c23B9rBPB+dmyNt0QAuJMYbtp0kMPPLo0J80BLmRSgCZOlwiIeDGnqTLZ9IYHwj"
    "CVAFC2kaUt+BH0ybaEsGQfPx+C3vdIqgMwyyilbPYQJ62EMpLmZN1FmeElhsbQlAUjs+nX"
    "0aDPBj9EFGVgbWqB/wKSF7YzFfx/ZjaiuS9gYmsLS0PmJ/K8/92Vap4yKL+6lWWSByWKfz"
    "3szSYdRAfFN+HpKw1pfHvPsGgrYB3Z93fhpC9Rj1kO6cSmFsPAPQwvWM74UUt44azpqvyq"
    "G8+EwVXljSG1EpWdLF0JrYcVTU0SAXNUx44TCnjZlWZzxZuFCEW4WenCzT7axlrJeXDjgU"
    "wz1FrAO3Iz2EhYgXtAssu8RDnvqJbtg9xxpIEbPgUVsqyCnIZ7Fq2Qgoyw20iMGlfgbYRW"
    "yMJSy8L1cBGPIjWEKgwDSur2Wol9iG22OLbZoijmi3UPUYrNbUr/veVYvsfoxLyVNG8t8O"
    "/Pq5am9CAAT1somDrxoGlPWPIv8gux5K6EVCu9VJP1F2jQAdyaDZJ6ElxQZi7wvEDb6dfx"
    "XvZoqf3evu1xR+pTohag/7Au/Uu7/5Xq0s6BhAjyN8P2b/0W8A9p/ZbBN7diCznAlO1+p3"
    "t7S2m9w3Jo3aJm7If4gMWucR9p17iSzYQ7KovCaSOMUAm23bx5nNiCa39bcLEYvACwg/to"
    "VRTqyIdd6g38SiaZs0K8/T5yAfA1c2Vb2xbFvnF6qRBbp1X+2hIsVwgMnc6qitn7lfM/kK"
    "+ar354uHBiMpwDBMc6/vORq/9zlqYJchejQk2E+TYXqglyPqXIULDm8kI9xX9p8ZjEsjHN"
    "OpDsZuPsAv+FygVoGxZonBw1jo9bIJBgATQ0042lU1Fcmei2BRTgTcu4h8bJ6XnU3PEOry"
    "ChFUTKwnqrA0haTyGZ0epgAV/wJQ2ZK0ijXeu4Y3yMnAI5pKp63esKYKj1Z6i6PQInOEhC"
    "kzf8uODrrGdMr65OoPaOf+tVs+YaAmfAdUkA4pIA+kxCpCiPV6SnDlwfEemHFJdnUX0CPU"
    "Lilh8xW0CxLGU6pycSOnp8DHDV42Ou0u7Ja9ptiuCEaoFyFviJq8vBYC3OZ5sFlpwXJXjE"
    "Nqobip13++3b8Q+yayo9kFC3/2Uw7HTvaGXqwImEbrvfcUPyl5SyHt13O04Z7vWxhEYP+L"
    "g/wscyKSkzbIHolWDZb9dAHbmQxyRdfI3QMlZfem87z+7rL4nq2IWbgJ3Zmzt7Mkb4obP/"
    "cmWFiFy1bZJBRKj8B/AIumPFG60WJROSn51qkjOQnUUqIE6AeJtwwOQO9ucYPDkQsD9CVk"
    "2W3Jk86pHIkzlI+SLyZD7MQkjkyYg8mbKLt8p9byJPRuTJVAJwET/9IYSWiJ/+SPHTVUdX"
    "BFDv1C4lNu3dWUS6CETfVejuhtlOwJ0NbhH3X+K4fy8+cktsqxUVHIU1MCFxR/lzBRhzBs"
    "1Go4cZgbOMAOPNwbPBQuFepDN3AC2cTUiUqkIiVs+PWzTgk6jPQPFjNwmuwNm81KwD1YaA"
    "xHCeREM/KSltezRyTGZpUbO7eq6E3ABX3SD3FKSTAFHw+Kgb2pOGHh9b+AmGglR9GQic/Z"
    "sJLMV4ghY4Gp4f10kTuNINfNo+zxVxmhJoyhNiSiOVeENLefsXGziWJ3rU4dK8Hss19R7r"
    "E9w/jH6p8cFNaVqA/JXQsN2/GdzJwfDQ2CVSmoBsLkgqE5D/eRyajSwbJjWSN0xqxDZMsj"
    "RrwbW1g09QgUK/e9m/ZPIHls+8W5YEiYRm+jGjInp9+X44+IqXfiMSbe6fEEGCJcqXH73+"
    "V7qLqXssoc7g7v62Szcy9Q/ziJni4ybyRUyIWInNttpcURIiPqJ+GK6P7SIjREwEvZA7Jm"
    "JGPN5Yf87xhUVIRVREmb+yGYQqHaxtfPfpnYi5i7XpgkneL+cibk1d4g3lanQd1muTrEL/"
    "0FvA9TrtsZ8g6O5IH7/slLRzr5E96+/uuv0br8Jd/LqE4tmNg/EvJCmR/suzICw+z3CmLx"
    "b4I7VXOYNpE+nFh8ZeJG5dSVbUkD3Iua2I6rGibuwhjrzjdsgV0RuiFCriQQwzd0hvlE7M"
    "nCLC9IN+QyLisZoRjxWXTu8f8HjwjuyUcMf3CQgrGcvuLh5MhDe+ZyFYz1q5ZalOEun1xe"
    "2qQsgzinVuCmT0KnHuNozxXeXtjoIYtwpMDDEgIyoxyqCbQxJpPNksSMIZj3gJ1TPJvrj8"
    "PJXs5tlUlezPn6+uwNGoUQejs+MW0BEpZUms1zS8L1S6UnG2fCdHgLzJp6i5dqcPk5CExn"
    "MIZpphWh6ZgsxXaJg0RpG0ojGKP9P4Qkzv7Tbt1OoEmgkc0yxUAanLKSHn9Cd7BaZzOMXU"
    "j49r461uW1N9CR8fgQmt4zp4nesmfryiLWwDkvhHA85sU1mApfIM6StIyH2tx0e2/fvx8R"
    "MYNVo02BK/QeO8dXICjtqmpvy/0VxBT3NFO/ZCLlXlzenTReJVMQF+nxXhWJW8Kb5OdbjH"
    "x2MSdGli5vqJEHlGZ6Cv8AesYoxUMF3gd1dJgCft0mMhEpdpYAwVt7wpcQ8Bb9tocDQ+P/"
    "4Eui+aCrG8CBUOJc8Psm/2wqEi3nGf8Y5Ceaysk3BP4Aov4UYvoTtR5OUDZkdl9hu7gxwY"
    "bzJmhCJwJ3RKOODLw8ihoAd5xrD40D9vCuU1oAbphPm01OZT014uFeMtPsLJZUIDJGWWzI"
    "UM5y7KhIbW3n4MBPsbY49Acg9blrwtpwWLNTKMirfuJgXyFnWwU7qoXM7ETqphEy2LBM7l"
    "DA1KIhceBIZrZouAR1HAMxPEpQoiPqRp89BWQf5o8UZixAmFqIp/R/vfI6FsH8uO/Z3snc"
    "a4XXH8G42VDeesfo4Af5WqWEPbtyHXGB6RwN16mj9ECbfb5ARJRpez7ID+ipnFYSqCET3b"
    "XAVg/bYyJaE/RVQDeH/r+ExbQJmexLBNVqFCRJWwD+wh1dzdecX/dLKCHaWrIN67UVO1fz"
    "NwTlZL3eZiKcLK558rjeYFD9euKSrIrxdZ6nxcJNf5uIjV+bBXC11Rc4SJxwmFclK2kqkV"
    "B9dnwTxR+CFSYUEptQUlvPTPOhOEqUrs1C3NZOArVTGUr7WnRFkVpKqQmPrcaJydXTZOzi"
    "6umueXl82rE19exW+lCa7r3lciu0KjEBdmjqKazyMeJhXZl2WTZTHj2nvbfzruZpypZiCv"
    "UT2bNUgO7PC5OTSWRJNO3ixoOpUsA/GN4Ig46oCmHsdjXDNTiVjIcll7yA3WrIIU4y1hBe"
    "xSRAsTkdGv1nLsmkRxBKUXnqGve/328Ac7EMRrH5RM1z/G3TbLjP8+kuZ6gbtZaKbVRZbx"
    "xhIzkRapMmZqQFWz5IlHIkOfJkMI/mdIouKb5ycqiYRvNsHRsEGDtr3UJGAjEqH+h47HCq"
    "www5hUotTBzNCX4PHRtLAqZso6enwElo4vQKQ6pzH5tNOnSehIs0ywUEyLBKj/DPo6gi3c"
    "n6UtgAGX+gvMLP1ClvVIjpb/BuRks4V9PSzBxLgEG3uknm/uRzmEwphfEvFuQMXUGaV9k+"
    "P81hSVMNPtO8xvAZ+UhTxRTC2h2GlCaE6YrBLQh5XiZiaLfjPFot9kWPSDYiprHGWIaMvQ"
    "ybJhzhc76c5gPOAFSD5y1CnWK3OY5iNUFbLJFGY6diDKYWpRhdG4Xl5DSzgSnq6IcwxymF"
    "KY0w5hlHllZIxOSElWjuWSbpuVZ3kfpaxAisO+F/kkh1zOVySJRSoK+5TLO1+2yb865b2q"
    "iGxKgLbYoTAgnUVFqhJgvH1Fql16JzrUnzCkpVZqDN9E6H49g2fCWDfN4JA4n0FSoKfZuJ"
    "Lsq8nkRLKbM+ooOHXL8sxwB6RczNpp8DcTOI8Cc820dOONVf6nsH4Z7oPfa6ZuGw5fe7tQ"
    "eZE1gV2p/snhZtCnU9vAD89s/Q+BncPZsOUDPXLhdCiJ02HNkXHzd4a9vnzqMlvBa+sqLc"
    "GKLRIafO8Obx66Minc0hvfdUmJmPg1CT30x8NIs9glVs2XXx9uep1e+1Yedr90h8P2bQvE"
    "LpWxMowJX6ChWYyaExnZIkBfasa46/UHGHr6T0Kj7rA3eBi1gHuQZzCKL/ESkbhZjf8Rsg"
    "/tOwk+JAZhsv0lQlZmTi6t+SW6zsmcgRKhq4Dla+dSW+yGWtyKKVQMiFaTzGEdjxIKeFPg"
    "zeNiCpEKV2KpnUzCTizsxIeCrLATCzvxwWBcbjvxDVxoL5Adv+7fq6fZhw24JCNgkB+1br"
    "63kinr/ewXUDGhTEPFs9k+vReWVxCp5B3qwuq5x9kx2er5DBNsW2xY3ebF6KDvC2zEWJWp"
    "csdFSuWOi3illLmCEGTspp7NdhggL7PBBTOZ3L6/bwHnv4S6d+3ebQvQfxIa3REz4l0uE+"
    "JVhjG5ShyRq+h4YC1JW2lkdrDNhMTkNBU2Tiu0WGYoLJkEeIRKgKTMjJ5TtDSaWRLrcavk"
    "IkzNWGq9a6zKYUesKsq7KHU10VWuauNe+0rgu3f7uL+6zOVo86n3aB+/7/Zvev2vnGZyj4"
    "y6R8kB8be5V0aBK2N6OpbQFzyRkv0WnP8lmEgVy4LLlcVTxTlIIoo3x2xWYX2Kx/QbIRXp"
    "BWW2/JpkAclv3g+QifEt8/iSZHoZGobO2MkhedkQpqqAf3ffSwdvj3n+LytMKfxmpf66fP"
    "Mnb2pWkEp4djZ7djzICvA7DANdHRjIWb0OEQYrlc+hr683X6ox/A6h+/U03wOKtsyyXa2i"
    "fpbs5ulVU7I/n5wq+MolbLbonqga+gk/DCyhaeJXdzaN9bwEdTDTDRpjToxtzL1pi+uZ0w"
    "kSMP/hucObOTZ7QIL4yRqa6H8KH0hJfCD81uBtbcBlE3XFZ0K67j7O+JYQlUgwje1No1kL"
    "rthRn6ASFklh8d3LgkdERL93RHTxpZjTIqLTijFXNih6z+WYhYUil9Q5PAuFki98WxHlgc"
    "o6vjE7yfto8r4hhaHFB40sm6MHM2nv2wQNCu1VRPDtP4KvkcXJjVslR/A1Yo7ufDtDF7Eh"
    "dIZZ+vCYOBTs8ZQ/194jLrPWVSOp86MBSbT3jvw0ez+3XkI37R/ydffLYIgvro+jFs9sIa"
    "xF51s/Y0S4RIvbvszDUjqN7HCU3wqA/Q7qb+mgfhf9V2xct0trO16O8yudayphVCid0ils"
    "Rx9imDlsCzHnmgYZ8bfXLu2Xb0O48H31SSmh6yTCwxz3WGjGX7u0wLQx5tN5jWF/ce/UU3"
    "c2W7cRtpfDmmmTbS/48zGZpZSS1+8Bkgou3RvNZqZkp2ZKslMzlm6APyoOhN3mFUR3J/vL"
    "B/ZZDCP862jQT1hXrEmiiwptaoH/ArKp1gGinQIuASO0kog5wKO+7sgSgXRw/d5b6v31/w"
    "HrczWn"
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
