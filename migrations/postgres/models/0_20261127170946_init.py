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
    "user_id" INT,
    "notification_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "linkage_event_department" ON "linkage_event" ("department_id", "id");
COMMENT ON COLUMN "linkage_event"."kind" IS 'PUSH_RECEIVED: PUSH_RECEIVED\nROUTING_GAP: ROUTING_GAP\nPUSH_RETURNED: PUSH_RETURNED\nTASK_CREATED: TASK_CREATED\nCLAIM_DUE_SOON: CLAIM_DUE_SOON\nCLAIM_OVERDUE: CLAIM_OVERDUE\nTASK_DUE_SOON: TASK_DUE_SOON\nTASK_OVERDUE: TASK_OVERDUE\nTASK_FED_BACK: TASK_FED_BACK\nREVERSE_PUSH_RECEIVED: REVERSE_PUSH_RECEIVED\nLICENSE_REQUEST_RECEIVED: LICENSE_REQUEST_RECEIVED\nLICENSE_REQUEST_DECIDED: LICENSE_REQUEST_DECIDED\nNOTIFICATION: NOTIFICATION';
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
    "eJztfWtz4jja9l9R8WXTVUy/CQlJmnnqqSJA9zCTQBZI79M73nIMFsEbI7M+JJPdnf/+Sv"
    "LZlo1tDDGOviQ+6JbNJVnSfd0H/aex1mSoGp+7G2WmPUPU6ID/NJC0hvggdq8JGtJm498h"
    "F0xprtLC0mKhWcg0RGmjiKZXfm6YurQwcYmlpBoQX5KhsdCVjalo5GmN7v0QCNYFhBeCdd"
    "W6WHSADiX5Jw2pbwDXCQ0DLDUdSAjAP0yoI0kFsmSs5pqky02wlt7mEGgIAhluJN1cQ2QC"
    "IvuZPF3WFvjxCnra94MspPzLgvhnP0FzBXX8uN//gS8rSIZ/QMM93TyLSwWqcghkRSYV0O"
    "ui+bah14bI/EoLkt8wFxeaaq2RX3jzZq405JVWkEmuPkEEdcmEpHpTtwjUyFJVp31c9O03"
    "9YvYrxiQkeFSslTSYETafgH/WkMUR+OZOB3MRLERa0xXIgC7c2mhIdIR8Ksa9Nc/kVf4qX"
    "V2cXVxfX55cY2L0Nf0rlz9aT/aB8YWpPCMZo0/6X3JlOwSFGMfVPo/BmtvJelsXN3yEWTx"
    "K0eRdXFMg9a94GPr9/1DgLuW/hBViJ7MFT49Oz1NgfJ7d9L7pTs5waU+kUdq+GO1v+eRc6"
    "tl3yN4+/hudLhU/siDsC9RR4wvs0B8mYzwZRRgOoCKKzz+5AE5LFUO0O87ToRgvrzIAPPl"
    "RSLM5FYY5gWeAjAUomTGYe7jO6ayhmyow5IRqGVH9LN7cIQ9PAXq2fBuMJ117+5J9WvD+J"
    "dK8erOBuROi159i1w9ifZ+rxLwt+HsF0BOwd/HowGFUzPMJ50+0S83+3uDvJNkmZqItFdR"
    "koOYuJfdS6Fm1uEL/jKKNHNYsoRmdr4e3srlt7IqGaZoGYXaOSrLW7rKLe0OvvM3MdfyOS"
    "a3fSVd/YYtZy3tg+vrN/nAjclxcG1wieq3fGbqKT5mcaC/ajpUntBv8I3iPcTvJaEFS01x"
    "9PR+qLLjwvlPtze5V/1X1KVXT22OdzIMA/7x0KRATPDIMhn2Zo2E0aIEkB8MmGUZfaTwxg"
    "bIELz4LcDo4fa2Qbv0XFo8v0q6LIb6NrmjtbTIFa9s/Na6tY5ekZD0RDEiP4a8eryDM2iq"
    "cPfPQFSFP77tTJVgfTmF1/hvG153gARoNW9BPugEP1XXXiTcAoa1gfqLYmBZoOnAXEFcXt"
    "NlBUmkPvCka9bmU5yl2tdDOENVLYZqgTtmHtXeLV87pb587uR9yb8qQbsP6u8Z/zI2ugNk"
    "rWOzaAhpV3ZfFGAJUDe69/eT8ffubQe4RwKaPtwPJt+H0+F41AGBEwH1xuNJfzjqzuit4F"
    "l0ZH+fb4ETXNvWREerEMfUiuRFmd8fPOOcEe8PN47s198mUKULiORlcNAmWI+lcOizsfAq"
    "f0eE6qUohNBxF6CiYsL1zh3JrmuIqzreQSQdrwVeBKraE15+qwp63hGwnlvZLa6rrogFFJ"
    "syOtnUr67O/UxWjI1lwh3B6tu11BUkVVng2Q+KOsTvbJgGPlhA5QUyFrV5ULu1q53YtX4U"
    "8Dhm2zHbWMYKErZpoci79rJ7yzbt1xeng+BzjIsuHb7gNSkUne5Uzqg1sSutc7cK48bhyr"
    "HyMiVj19VqYOU1w7XVFbW5ijFRFcMUIcLV7drPbtzqBri2t7qCttChrJhkJNN0eVetiNY1"
    "oVXVCa99mtOm0DDs94zZ0txbzUyGNCNQOoMV7eryai5Y7WW7LVgXyzNJsK7nskyMXXNdez"
    "Wg/hcDYA1XQT+7Fq1nBYKVhn8TvUD5qyY9xOWBYhqAuDyybGn7fBS3qFXLosZdZrnLbCVG"
    "8aO1KASbGf6xUXB1BZo5LMmbudLNzD2jP0IrE3NWPmfOgEQhN86qfbN79uO0HGPfYZwLqw"
    "ZuVu/CQKcK+RX2utNetz94L7dCijpDCXJbI4MG5LZ/JvWn3boWrMvW+RXRQzZQNzQEXlca"
    "UUQMoGB1Yw3Xc6gDbQlOJBOs8WDwKRJ5ytR1yqqXKzbVUmxI58rr0xaUqZ1Sc97KoNSctx"
    "KVGnIrEvOgGBtVehPzwhyVq2Fsa/kapK6pLIL01+l4lLDUdAWiq0xlYYL/AkKU7gvmxv8s"
    "LbSgztRzS1FNBRmfyfP+t3H4ZScBKLTidEE+uev+XxT/3u34JrqUJBXcRCO5JcN41fAUmp"
    "c4iQnWsO+32u0MnR+XSuz99F4YcQWrxrhHvTAGmhsN93QJJUyXQbkI2HMsuC+03XH+sJ39"
    "Zjy+DXX2m+EsAvLD3c1gcnJGsceFFHsxGQ9og2tJUfN0bU/gcF26sa/xJNqhs4zmuFRKh4"
    "6N5xuMUa5Z0xOoHb7lr0wcOz8x+K/JD2S6paYNG+wKDjh+eFeOdgBZ4uEAyiI1FIlU48uh"
    "5bCFD0eqnO6r45ccdqxqC0InYnxYg/WW6P2ILGcjq8xG0lwL9vdQMFFDUJi3dZXbmlsLP0"
    "QzWxu5YDOHJXkzV7qZeWoQnhqkstalrKlB8oVJis48xNC6eLik5zRsOwDu6ivsuxEe5xif"
    "KwqQlF4q+nrXrpU3HvAY+1cUOoh2jqT5iLBtdA2vCDhyeZAjAR+7D20eZt/t6moPm7LeaP"
    "qu8YEeakNaW01Bc6N2RW2Df9yOH2f24N1jgWqfnj9dS1bMwUtCQrHA3WaqFxApJ8KXzInE"
    "xgiCxUpCT5D44uC1uwk7xFOnif+QcIPXlWQ2wRwu8TIfSEgG0tKEepPIKLiHgPlbQsBDmR"
    "Vv9wL6HUOg47t2H6SI0FN79W3AfzWwwO/xdbl3R1q4nTl4SdPFoPeKf8ts/CPR8YiUin84"
    "ylOiSuoIlMPDV8H96EurdX5+1To9v7xuX1xdta9PPYU0fitNM70ZfiPKaTNIMmx3UsrP/H"
    "DG5wgYH/97zMf4xOQ44xM3ecUHu6wW9LhkDb1vztqZ0te1U9LXtWPp62zk7KivAj06KMi7"
    "NE8efejxwlkv5Rgn2OpCLcaHfaS3jCxpM4eRhsVqiHb5fsAhdSEn0MxBgsPMgtlW9+IYJ/"
    "tb+xI7OVxXbDQ+tGc11a3zwO4JcNSLo+5kJss5qoSlCg0rFcN936PKRocv+WMGgkK1C0sq"
    "H+S8+HJoU6GNeVu8T7xpT8K/S5b0vvTWYNDOwdvNNN554RQUZafkNuI5GXwe8lmtkE/Cfr"
    "L51AT12SmfxqYe3RCQgiDhRuNhVa+a/owrdL+HfLFVEeEDBki8D4QlxkcYmqUvEtTl7ZtC"
    "+NJVVuca993eb91vgw5wDgSESw97+IL9n+wFMZkMeu5OEO5x1EiXidkofR+IlaYqcoEA56"
    "gcXxpnyJBFLbB0E638hhO2MGdD46OOj1SeDh2WqvKIUyWriYtagTCOkCS39lba2qtDychn"
    "YPAl6jcztDPZF9op9oW2bV+omN45gXZC5kaK8umVaWbSQPVg8Uz+TySd6okig7NPJFvREn"
    "fiFdAlJGtr8CKpFrRdkwBJuP0W8GmiWVqdp7L9n8qquGoqceXVtX3rxME+ln148mVqONeX"
    "n26AT/S1negrNgv9gBIz617ofrbZ580tunXm6QJSFkCEpwAoAwWBJX67jjMbYEWXTAWKCR"
    "SSMA88PgYp1sfH+IRTQn1Vm2c+OvXqdqaMsLrF+QTOacHjowWdgasYVcUW5lQVIwOZh1Se"
    "xWtYqspfQZWoKhe1AonrQ5J8BctXsOwVbB9KsqogyFq9evdSV65ysNQ+rfb/afi/qbFQSf"
    "Cv071lLEgiqpp0wwbdDeB3qvDdue0XpbGJIpahP8P5JBpUFr88PaEfYeBphjX/J1z4LrHu"
    "OZ4lsj7UEcn+TIRveXnunB+a43kh8ZSn8gX5IRfk0Y6UdfqMytVwAi3fdhn4SmNQp4ZThu"
    "TqtGXEQeIq/QZ4xr82Ty93y/PenaF3Vz066fiG7QA9b6mFdX1XtsqduPG38eS34eib2O/+"
    "mHZA8ExA0+7dgBx2gHtUDf0e460Xy8sXluTKUOWUoWAzB3wXGSlXEoe1qBinbhgBrbaelP"
    "Pr8aUO8+VUxC336D6cja7ZBmKJkXM61WM4IsnzqefwFw4REblszEFBnvi5yl+W01QqBp8Y"
    "CArOUFtq4RNW/ONicWB5vjGWPP/UKv2p8RzrdW3milg8uhuy3JHUoQnXDVamvOD9ZrrPjp"
    "shUnJkRMUVyrB3ZnsunZE9Lq++CNYFvJ4L1pfrqy/gpHfWBL0L6vGpKguIDNwpwFoyiaen"
    "DBeKbCe3kxBwH7tlM839PYj7+1TLvLDAnTQP4eqW5zHWW+nWvMFm+85l9n7YtjKFErRSQg"
    "la8VRFKnzCw+dcMhTGknqGl3FslCNiNdiDLW2WH/zfLDTBx3KMeJP87Xj0zS0eTTwS0V+1"
    "9VqxzQFQVZ6UOYv5TmUPEmrYG4sQ6/k1IBF8CMk6I9eGsixZvrds+ndSIBfPC9SVpbKgKa"
    "vFDT7R5KJEQJaqOBvASBmoqtor1vCwpkeSVD/pUs5PJbEC/r2U/r2QLFQKvi+SgmKwy+ec"
    "XtIr4rNM4VlGXKrSE+P7SVMXEiqowborYr1uXWcxX7euk+3X5N4xbZYd6/BHv1c25xKLNM"
    "BRcIl8v8YP18zv6+9WtZat7YaNVQP6T7c/HXDHxpWEiBP/EzUn7Ljv1C9OXa45oybw73Ur"
    "pfCucMy47si2cVmMRKpbNrNt6Ir+bZ9dnQvW9Wn7Apz0zqm5xu0ggHQQIFitsy8XNOuHYW"
    "2gTnx58D2/R9LtkRTTwLfnPxGRZCvR/h4pIAHNcHnPlmQoMgTONn4GrSogfnI/Gd+Pp4P+"
    "p5/xLckM3BOQs9ukQaxTuGXst/Ifhd95PPo6nNxhaaDpQIfEnd8Ar4q5wr/ETvMjoJPJ4N"
    "dBb0YfQSxg6JmEttPtGEnFD6Pb4ei3Qf8z6JpgjSczoCEI3Nf6SdN/8p4iICqNcQjD1AGP"
    "jzTYKPRB4/Hh8RFgrRY3Pi4Qvyeg15WiQgqJ+1qkGhtTA4webm+BRgxurwrpPs5l+5MFJ+"
    "S2gX/lBq9hPzUFZGg2uLgjziUDEqigusQFlhYBXgIGxIDK9iPI87hpr4KmPbIBmpWgrWcI"
    "QPekK2yPargfV8f7zEjEufORkYBz73tzP90OcI8E5H6wHe/TjY5y7+O3zhwBcnwhifKlcM"
    "Q1+GhCLrCbgu6YEVGuDFZaGfT2my5C7kRkuUNglVuarscKJUCQeQsfRQsnJepM9vqoV6LO"
    "Q3t8cL70Q3xW/jQ3f8uZtjsuyd0RqrY9ZNU+nfLTTMkFum5EinfbOLA7aKKlKaF177yeMp"
    "m3/8YFeRdmJGN0KWcMjGHNC/TklBo44Futg6FxoAQDYU1tVM2IiZA1fCZYCdnrDG6LLdcW"
    "u21MKQHvqV/t1Jpn7OAVG02ywp4yqGZogMDUVwLuDwY8XipgK9LxZUIIYPwa1EjYSFQIOc"
    "JbEGbowBkgdtUPDu8WeCN6WgK07xMg7Dl3fId68tYykTLNbD4gL4HiGdxALuFpW7Da5238"
    "96p1cY2vXLUW4KTXpj4ZG2uuKsYKyk2w1LV/QwS8J1GnAMfsT0z+wJSeoQHgcgkXzCDhfT"
    "3KdftwfjnZOsC+A/CJ5MjY7h/Ev4L6aFDHB3zDMJ2yyotdu4CQZjqb3uAHnZCCK+VphU+R"
    "tZ7jf9JaQ0+2cwWVMD5xb4YKejPYrZUDWF+Ab04Q58rcj0TMu9duXLLsXXf34ilSBqHP2H"
    "bXG+SK+A9EZLl1pNLWEb+55vk3kmUKVznfZ9EoqH3saYBncAbYycZet3wNYswObekNpaXB"
    "kFosCilxyk2QPhzhf3ok02+Y18sLc4I0hzmN9S+EdHIFHOwo2MQPPDfAYSEOaswsGFw35L"
    "MLxiW5nWqrnSqIGqfktnHK8S6Wm5ZLWHrsGMJ2775ZNDXfkS2uE2PZogNvWXi50Wl1xCk6"
    "mZeFWcBgV7dutk/SPGTCZxDmURN/FrI85maQhTK/gGeSYLVbNIyx9QUK1tXF6aWf8pKy2R"
    "ibhY7HNfAqhfNb0vBBxbDD+KDMIsrLfwAnp6tFTvMsmjyL5nFm0eQZhniGoWqtQmphLOAR"
    "Mx+imcOEd66lFUuUe8ZvZ2hiifN3pGhqyhA0I1wNq7vtkG+oBM4hlhGnJsjvVWlmE1sM7T"
    "mRAcuiRgc8E/JvU9GN6q6S4fuCEWcuyfPsOiEvbTjuYZ/iqvNuVTGU5N8bAXc6qoT9g+vN"
    "76g38/lzX5hXhZt4bzA/GDvxjuDuhZ7gEdMHikfP25EZojXs02eZ+vRZSp8+4xvXJGJ9aO"
    "e249u4Jt4Y3pXjZUD5zjVV34mD71zz7lMz37nmuL4X26skzxI1LMTXp9up3wB3syPpywrG"
    "PDKssxK/4W72vpRvbd3MDkL5JqWWj6Gaj+LNnmS+G0npri2DYb4eFevmcfcC4oGuWSauT8"
    "Hl0RuD5i2nXhI3PEYQX32lidVt/4RI3aQSjzO2+9UnknTdx4NWSlKqL3Evs8OM6SX7tSJv"
    "6gUk0yhkEo7sdE2gatqztfkMZisooIDrIbBnAANIOrTzsr+uIKKPCde9kmSAtMCvTUu0Hi"
    "K2Y1ljcP9KKcB58HfnwXmGtf2vqBmdPoZyMt/Flq4h5VU+Rx6GLi/RyJauIfD72SSbxFfl"
    "Gk8CElwvr1oK148D7nvZI6qG8P7NEbEY18JpMXlKzLzRyPnWIIkV1K+nl78KiYGXd4RJrK"
    "B+6O9lKcJT8L7jeOPBtcuYE6ukfj1/v+OOB+AuY0+skvq1wr4inZ4hI6h/W5iTI8Rt/Dls"
    "/BgzUdKhxO7j2zcfDMpXuHs3pt2vg9kP8X4y7j/0ZsPxqANilwT0y6B7O/ulA+z/Avo6Hv"
    "fF7qgv9icP36YdED4X0PR+0Bt2b8XBXx+G93eD0QzXGr2Ea+3+vTvpjx+mYu+Xwd2w173F"
    "VTEuRun2LB/geSvD93feSvz8yK3ERHnFfX7TK+GsJ+NL5KZpbpo+NNalmqYzDCIloF73hD"
    "FR6NNH0txeAgexf0fzrKSZwhk5WfJZxaPaflYLedDS6xmcg1uNG8lBTCzL+M718SioSswd"
    "zRTrb3UY2KoNZzwW6oiYDh4LxWOhjndoqIDtsXIQ81io2sZCcTZ0C+qcDeVs6N7YUNeGky"
    "uiJyTEo3jSh0QexcOp0iPA+kBRPPvk5zLQcgXZuGIcnGBdXcpn+O+c5Nu9gNdzL9Nui2ba"
    "DVJqa8kkO8PR0I7gdX9Jz0roW/4DeELfalFyPKHvh6GJapbQl2vUXKNO799coeYKdd0Uap"
    "7GnKcxr5ZKx5x3ji2/NU9j/iGamVsWD8h/+aCVQIH1Q5UdGdBZya9YN9shi00K854nk02A"
    "0Zpa85o5C+41nQ0DuXTGMIBvXtLQbezdiEPBas/bpyGOj2Rrwa1oAolmZQEbjWAKTC07W5"
    "i7Vk4RcoqwKtByivCYKUKuLHNluVpLkFpoUVxZ/hDNzL3130lxZrkD7Kg+13fr5mZEh07o"
    "d8e1BVjFkha8i/7sYTZcbzTdbDCU52iRZjbNWfFLZ9CVL+FpG+uw523yd75c4L9nl22syV"
    "5iTZYkQrU2qibJUAbGBq9iZGMFoUmj115XkgnmcIFfmvjFKEwXm7Kr59pztbRnPDKbFmP4"
    "yGbA9aUrrPI17gej/nD0rQOcAwF9794O8SKGXvSPBTSdjSf0onOArzz0eoNBf9DH19xDAX"
    "3tDm/JJft/EdPr2WWWII7o+ioQw3EZ1SaXigpzh8yEhGoYLLMXvZ2CZij/ZiCdOB6FZPgq"
    "k5UmayW12pd5Oq8vUcOeWz6bhx9nMq1dNwqS9LckttQTijJNb6a9kcmRwZzGNTkRCp76i9"
    "G8GY66kx9sh7QbRkTDzY/ZoBtB3tTw2i7HYOGVP9xAcXoko8RG1xbQMGCudEVBGQ5pFFKo"
    "65qeKwLKl+DhT6HxoozwJ8Nar/FwnKc9AiLVaBDy2No0iEv+z99yL68ZojVcqpy1M0Wkt1"
    "Mi0tuxRfZxGWsOSQnUisQ3Jb1YK4clS2jlapKatWjlpYKcJGe5mzkiytu5yu3MLa8fopkD"
    "q5pcnHxMjmeL32ps9TErwcz6YMDqRFWVblqNda+QURW/Bd3m773C8/uKsbHoq8TshO6tZp"
    "p9kJh5cc2iHCicwTx4fXqxwH/l1jl1ev2Cj+cSBCf35zREfmMZK6BD09IRlMH8jaa09P28"
    "m0DbQAQsZCoqdYtdaJouK0gyNR2LSYaB+5+RYDo85KO3mxX/0/AbKmC3Ig/x5h17i8YG/G"
    "ODR0tiovea1QsasNEXiRhtHucDa1Ax3Br05E9uwzykDZP0BlYik+Qoa1+iFur4oUOsP4LR"
    "eHw/GHUA+SugyWA6vv1ODL7uUXS4ex+Tb2jwyrPcDgny1XalV9u4Kk19KdTMEVGuPB9FO+"
    "dVq+KCXK+KW7nsBSNGqWiQbXIFHO443LRTWuQtcIc3GUaTtMVZTJSnwcm9RuOx5Pvs3s4C"
    "Ku9QHRXjIwfDw8MyVnm3o/IkeGfdTikSuEogE++dao4M3KxsYqBTZdgRiSeT2FcyCeaoy7"
    "nwLehGJ5pKUeG3ygIiA04ghtRgRs5ESjSzEOOqLSPqAaEMBHn7XL4WrMvL5YVgnZ+enuHj"
    "Cwkfty9lGL7ypX166l1ZwGv3ylX7/Jxw28srcDK9aAIs2zq/xH+hdAm6uglap03QuqakN2"
    "4Ckob2VTFXAL4oMsR9FCx1bQ0kBoNemXcTEDtnLjA1ys27m5cFb0lzzbJTaNB2ASc25f/p"
    "ZyIhIJaIjh8LXwmp3wRr6Q3gbv6C+zGu5J8kBQdYQ2hicJpYZoHfz2jSQCNaHblib85l0M"
    "cQkwLurJ/BwP0lTlHglcRgW+Sx+LebprRYkWNDQCePj+Hu9/j4qYiNwdvQLTbS+QTodoND"
    "pFeLCpprf3DLQ0UsD6ZkPOdbqwYk+OKfkVEU/46idgVXtsomnQZW60ffBh1g/xcQ4RX7k+"
    "7fOsA9IuaG7+PfBsTYQP4LqNcd9Qa3WIb+r4bpgdvckgHdC5/D80lzYycT+jKMndOHm7vh"
    "bGZHuTqHAnoY9QcTEY9CwwEen4JnAure30/G1CTqHpFx69dBb2abSe2jaoxVhjVfK2ZBN+"
    "OILDeWVtqI5jdXXmqWIckXaPEFGlXEREcRi8ObmrcsJst3r8uRvSyEXm6jGluaLwcK2NVs"
    "+iB3C8QEOfjFwXe5GxEvwOY2kZs1Ji+tjho0yQE2i7XZtyKrqbAk90eq8lLKbau8C6mYHF"
    "9GxSdzHin1Ib6hZBtAVqezxAq4p0P65vHc6Yl75lQSUe6Zwz1zKo1vEc8cxjzF4c4Gd/IU"
    "X6ntpR2fCNhIdtfJGMGqBktnCWG9JnGkl+3zJdnDZXlNE9F+ITGlcwmc3LuJaHW40HQZbK"
    "AOHqa9HtB0MOwDW7dvAmMl6XaYKXyB+hv1EWEGre71YTz7bbX8N+rvbjC+u++OfnSAcyCg"
    "+8FkSjYwtf9Xw0CXn8Qrm7Kr0DY+Z9dZ4L1Ohveab+Nz0HTAJEUqnsLEDQYr505UEcHa0c"
    "/lbzAsyTJxlcwDc0CkdgDvcet6HRKnVLwaldhbVCUDniRfO/T3Yl05rsSHnBpu8lxpvJlD"
    "zRxj+JI19jD3B3fcx6dmxF/E4Rir0gYUy8BpYtdVZ7jmKsaDpH0W8QysK7siduNWN8C1vd"
    "UVNDyByoop2uTOrntq0bomtKo64bVfjpEyhIMXiBLCAgP3m1m4RugV3Uo0zlYQaJY51/4g"
    "21WRSDEVr1sBCdgBWBZK6w541YmLKAIKsjeJNiBYSAb8i4GxkZAh0TTocVqxvKoFJKDHR0"
    "V+fCSBbqQgnqusNS5r6Yamk3A3EsUGJB16NUpLEtYXqXSp6IYJJAv3UQHZHb4JlM/wM7Bw"
    "h7OL07tgscLNjyVUbfEMNATu7Rly+tfbJjA0oMgGWGjrNS6JXx1XA/XP5B1DbDZ+3RHWcT"
    "H2mh5O5kcC8Z50zdqAE/yXOCeCJ2ljNJ3MgEah0LsYk54lzi7QYSJWjDJC7W6Up4/C1n5p"
    "tc7Pr1qn55fX7Yurq/b1qUfbxm+l8bc3w2+Ewg2t3bZzuu/rA1Bzv6XaE+b3D9NfxMmgNx"
    "jS4JbQqYAm4weyUZz4rXvfAYETATkFZw+TUUDOPhXQrDv9TexNBl0aHRM8E1Dvtju8E/sP"
    "A3E6JsR8+Ny9P/4+mOBr7m3n1KnZFw6dOnc90eCZc+/roC/edHu/OTfdUxqDOJhMB2IED+"
    "ZlAd0Oe4MRvjwZ/PUBq0wBgaQ7cZn+oDfss0ScGwLC7Tb8Oux1Z0PyU4NnRcwY5XOTh/eP"
    "qflow8OrS8/K5ivReZMMxiQ5wHGAY+ka8mDMFuYwM9ynDajnwzYgwQGNA4o0U1kqC6qP5Q"
    "OWIckBjgPMrTqJUH8gun+f5BllsxmkmctybyfLXPfjTGmz5hJJNdW6Ir5xS0iOTy+X+O+5"
    "RJJPnZ6egZP7M5JXCgWzQzmpl0ieJtMAr9Kbm0HKyy+FngIZoVgeegd88q60k5/8YaFKyl"
    "qUcWVZd5qgCy38dAumUFBkhAm8QMGnyHmesfNvsivY8lDuBnlIN8hdomn3FURbJY+8fbh5"
    "GJqlLxLcajKklfGkD+hUMxn0xpO+k9UlB6fmyhH6yD4S0PDufjyhbJh7VITDKd8VdSUhWS"
    "UpEhQTrvOthFmi+4p6Or7RJwniBV6P5Blw2NJV5pQLjjqXFxn69uVFYt8mt9KAz+sVzJau"
    "IfB78an0onzyjyssUa5iM3b4COGUd1xhS9fOZbX8USUMXN5RhS3NR5WMoQd4Ra9qT1gFI+"
    "x8bu4uSZyPLvHRJZAAu8AYniDNgc4AdN4hJbGCQqNK1dDe/6ASxM+w5jv29kgNvMen93gP"
    "rl16fawS3vOzBT45BlhiTGGbadINt65cmpHmCBcyKUATo0sERLyYU2SR7BuRB8KwFAdQpB"
    "tf50fQE9sRwop9/PkQdL9HEmDLzESSki89LloLZSTNyLqPTJ1rDI2uSCojiuLX6XjEBj8k"
    "FO3AysIE/wUkBmVvKvj/LC1E/ezB3FJUU0HGZ/K8/92Xap7SKL86yRmSGyWKfzNszSYVRB"
    "vFo/C0jYKUfNs3sGRrwI4c+ruwQyWoxazA6MSW5s2QuxnsiJdCmy1HBblGw84UWMjZKSTI"
    "fZ0q5+v00TZGSQ74mI1FGorRAe6RE6pBbNrOAQmjcCNC3KNGtg9yz2Zux3cHSmROhzlZY5"
    "YsHwUZPp8RB6lcXp8RWT4WVnos9JuLmLMoCycxtPfU7VES6+DbpOTYJoWiWMzROiTJNyeo"
    "/PdWYPkek+PzVtK8peLfL75q+jNR+mXpjbHS27JEYNbAAU9bKBgaMd8oT3jkV4sPYslV8V"
    "Gt8qOaqL1AnTbgzt0gqSbeC6rcC1wTxG76dbyWA9KE37u3w9xu4lSoA+g/rEvTDZL77k7J"
    "fX+r5JG/V/LI3Sy57+6W3He3S76lsu5hNbRunvPvQ3zAfNefj7TrT8Vmwj1lNMjJEUakeL"
    "fdvvkP30LlcFuosDp4CWAH90GpKdSRD7vSGzBVbGTOCvHu+wAFwFeMjWXumv21b9dSo26d"
    "lrRnR7CcQWBiV1ZXzN4vHfORfNX5EuWGc54lwzlGcKbhP9tBnfr+4DOnyhoBmyMvSrB3Md"
    "KjRDrf9iwpwZ5PJTJkS7m6lM/wX5q5JDFnSbsJBKvdOr/Ef6F0Cbq6CVqnJ61Pnzog4N0P"
    "FLTU9LWdOleaa5YJJOBOy7iG1unZRZTueIdXENAGIkk135oAktILSGa0JlDhC76kIGMDqa"
    "tlE1eMj5GdnYWkD266VQEMtfYMZadGYDsHCWj+hh8XfB1/xnSTugQSv3i3XhVzpSBwDhyT"
    "BCAmCaAtBUQywrgZYprAsRGRekgWZZbUZzAkIk7uC6MDJNOUFit6IqCTx8dAr3p8LJTDOH"
    "lNu0sGllAav5zZZeLqctBZK+ezjRJzK/P8L3wbvC1ZfQej7u3sB9n1jh4IaDD6Op70BneD"
    "0awDAicCuh18xwXJXwENR9P7Qc/ON+sfC2j6gI9HU3wsknwmkw6IXgnmt3UI6siFIpR0+T"
    "lrq5j65715nv0n/+GJbUungO3ZO3foXkzwQ4eeFQpJ4IFSu0QicFf5D2ARdNoqr7daVIyP"
    "/OxQk4KO7CxRDnECxLu4AyZXcDjD4OmRgP0RomqyxM4UUY94nMxRji88TubDLIR4nAyPk6"
    "n68Fa7743HyfA4mVoAzv2nP8Sgxf2nP5L/dN3R5Q7Ue+Wl+H6be/NI547o+3Ld3TLbcbiz"
    "wc39/ivs9+/6R+6Ibb28gqOwBiak3F7+uRyMczrNRr2HGY6zDAfj7c6zwSzVrqdzbgdauJ"
    "wTL1WJeKxefOpQh0+iPgPJ890kuAJ750yjCWQLAuLDeRp1/aSitOzJ9OwTa7fBwz24vM0G"
    "8ziEUr+ivI6geevne/1Vx9fzI9gXhyPxfjL+hgfRKfHb9E5ItoDebPj1x3D0jW5G5xwLqD"
    "e+u78d0P3ovMNqWCCL2R651XE761HI3sgtjc3jIBF3szFy6yK9UNi6uCS2I7wSLfCFRUS5"
    "fbHKX9kSQpk21i5WsPRK+NwV/7xwC5L3K7iI86UrvC9Qg67Dhl0Sn+Mdugu4Ya8780JtnI"
    "2F45ft5FDONbL18N3dYNR3c0XFrwsoHic0nv1CwnvovyILwvIjdpaaquKP1NoUdEtLlOcf"
    "GnuRuHNORp6N8SjntjLyMPIMjMfY8jZ/V8g3LiTJVcSjaObcznFROT5zcl+tD/oNcd+hen"
    "m41M8Ywh1cKpqbzqV9dsweRozPX52qaoQ8I3/YNt8KNzlYuZ4V1RoR9uRYsZOzRKgHMjwl"
    "oj10u5sEtZovgyI5fSSuoHwuWJdXXxaC1T5fyIL15cv1NTiZtppgev6pAzRE0msRHpB4I4"
    "TTaUn2HqjkCJA32eYXUe7DBCSg2QqCpaIbpismIeMV6gZ1myClqNvEz1hEJ1nElsrCzkVG"
    "84cBxQA2yQVlQHKFCcg+/cnagMUKLrD046NPg2mWudDW8PERGND81ASvK83Aj5cU1dIhrh"
    "I/Y2kZkgrW0jOkryAg57UeH9lM4uPjZzBtdaj/B36D1kXn9BScdA1F+n/TlYSeVpLyyfUC"
    "kaU3u04HiVfJAPh9NqTHyuRN8XW6Gn58xFBi8HDn+okIufQd0Db4C5YxRjJYqPjdZeJzQq"
    "t0u9Bf8GvrGEPJSblGiHbgbmUJTmYXnz6DwYsiQzxghJKZkecHu2/2ZGbcq+OQXh18GV5b"
    "c8uBwOX2lq32FmeiKNoPmBVV2QLnNHKgvUmbEYnAndAp6QFfH6a2BD0o0oblO1G5U2heKi"
    "oox4moShNRhrVeS/pbvIWTU5cFRKo8MpfSnHvaRN1fe3vWZPY3xm6B5Bp2TMNXMXI9XxY+"
    "J3GyuENuzpQqDrgNWGNf67v9Z+gkWhZxQSroZJEkzi1FjADZHVzHeFKxTBBXyh3zmKbNY1"
    "sFea2V16YdF+RDVfw7Onze5qp9LHu2yLF3P8lti8u/+UnVcM5q5wj0r0oFkHY9DrnBsIgE"
    "7jbT7CFSuNw2I0gyujmDK7VX3FnsTkUwomfbYx39txWpCP0pPObx/dnxpaJCkZ7EsE1WoU"
    "JCteAHwmpTK5Pa1EpRm1pxtcnJBu99OlnBjsrVEO/9qKnKvxk4J6ulTnG+FGFlXl5JrfZl"
    "nl7rS9Swv15eZOiulxeJvZXcirqEqpokF3C4jQty5aRqadxqDq7XBYv4M4dEOYNSaQYlvP"
    "TPOhOEpSps1K3MZOApVTGUb5SnxLEqKFWjYepLq3V+ftU6Pb+8bl9cXbWvT73xKn4rbeC6"
    "GX4jY1eoFeKDma2oFrOIh0V5HFvVxrIYufbe/E/P2SAslQZyCzWzsUFiYNex7a6xxJt0/m"
    "ZCmnhLQgH/RnBCDHVAkRm5vzJLcV/IarE95AZrVkGS/pawAnYkoileSOvXazl2Q7w4gqMX"
    "nqFvhqPu5AfbEcQtHxyZbn7MBl0Wjf8+I82NiqtRFcMcIFN/Yw0zkRKpY8xCh7JiinNXRI"
    "SeTAYX/C+QeMW3L05l4gnfboOTSYs6bXubY1uIeKj/U8NtBTa4wxgre1vspa6tweOjYWJV"
    "zBA19PhItrJ+fIRItk9j49NenyagE7IptioZJnFQ/xmMNAQ7uD5TUYEO19oLzDz6hZj1SB"
    "5R7w3IyXaG3W+WYPbWBI49krWw8KNsQU7mV2R416Fk2I2Y1c/Pl6gFTXdoNz8VPkmqOJcM"
    "JSFtZIJrTlisFtCHleJ2Jka/ncLotxmMfnCYyupHGRL60DsYOzNYHvACIh/Z6xTrlQWo+Y"
    "hUjTiZ0qhjG6ICVIvMSeNmdYmWsCc8XREXaOSwJKfTjqGV846RMTk+SrJiLNd0K48iy/uo"
    "ZA1CHA69yCcx5GKxrapYoqX08BqosVWxzldt8uebrFUZ2RQHbb5rUmB03sOuSTwl1eFTUu"
    "3TOtGj9oQJTbXSYNgmQvebGSwTul80g0HiYglJgp5261qwrufzU8FqL6mh4MxJy7PEFZB0"
    "Mb7R4C8GsB8FVophavobK/1PafUyzAe/NwzN0u1+bVjzf8KF7xfsnhP+PoeZQVssLB0/PD"
    "P7HwK7gLFhxwe64tzoUBGjg98j4/R3hl2TPOkqs+ANP0tLMGOLgMbfB5P+w0AkiVuGs7sB"
    "SRETvyagh9FsEikWu8TK+fLrQ3/YG3Zvxcng62Ay6d52QOxSFTPDGPAF6orJyDmRsVsE5C"
    "vdMe6GozGGnv4T0HQwGY4fph3gHBRpjPJTvERG3Kzkf0TsQ9tOgg+JQZjMv0TEqtyTK0u/"
    "RNc5mSNQInI1YL72Pmr7S8js66SwEOdvWfytnU2yADseFeTwpsBbxMQUEuWmxEobmThPzH"
    "niY0GW88ScJz4ajKvNE/ehqrxAtv+6d6+Zxg/rcE1aQCc/yi9+sJQp/s7gKpQMKFJX8Wzc"
    "p/vC4gYimbxDk7OeB5wdk1nPZ5jAbbFhdYqXo4O+L7ARsipT5o7LlMwdl/FMKSsJIcjYlz"
    "obdxgQrzLhgjuZ2L2/7wD7v4AGd93hbQfQfwKa3hEa8a4QhXidoU2uE1vkOtoeWEtSNgqZ"
    "HSwjITA5TYWNy3ItlukKSyaBPINKQKTKHb3g0NJqZwmsx6WSkzC1Y6H1DllVgEesK8r7SH"
    "U11+Rc2cbd8rXA9+D8uLe6LGRo86QPyI/fD0b94ehbTprcFaPmUXJA7G3OlWngyoyezgT0"
    "FU+kZL8F+38FJlLJNOF6Y+bJ4hwU4cmbY5xVWJ/KQ/1GRHl4QZWZX4MsIPPT+wEx3r5Vbl"
    "8STC9CXdcYOzkkLxvCUjWw7x566cA3c/8QX5dHf+YNzQpKccvOdsuOC1kJdodJoKojAzmr"
    "1SHSwSplcxhp/uZLDYbdIXS/mWZ7QNGSWbarleQvgtU+u24L1pfTMwlfuYLtDt0TVUE/4Y"
    "eBNTQM/Or2prGulaAJlppOfcwJ2cbcm7a8mnMaQQL0H5473JljuwUkiJ+ooLn2B7eBVMQG"
    "kp8N3pUDrtpQV34kpGPuy+nfEpLiAaaxvWkUU83lO+oJ1IKR5IzvQRY83CP6vT2iy0/FnO"
    "YRnZaMubZO0QdOx8wZikKjzvExFFIx922JpweqavvGeJL30eQ9IoWhxQdJlu3eg5m0912c"
    "Brn2yj34Du/B18pi5Malkj34WjFDd7GdocvYEDrDLH18nTjk7PFUPNbeFa6y1tUgofPTMQ"
    "m0d4+8MHsvtl5A/e4P8WbwdTzBF/3jKOOZzYW17HjrZ4xIrqHFKV/lZqmcRnY8ym8NwH4H"
    "9bdyUL+L/ss3rtsn246X4/mVTl+KkwqVUzo5d/QhmjkHtxAzrimQ4X9748h+/W0CVc9Wnx"
    "QS6gcRHme7x1wz/twnA9PFmC9WDQb/4txppu5s5pfh3MtxzbTJ3Av+fAxmKqXk9XtApIZL"
    "91a7nSnYqZ0S7NSOhRvgjyoHwk7xGqK7l/3lA/sshhH+dToeJawrfJHookJZmOC/gGyqdY"
    "Rop4BLwAitJGIG8KitO7JEIBXcvPeWen/+f1sC1mM="
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
