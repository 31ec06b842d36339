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
    "email" VARCHAR(254) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "receives_reminders" INT NOT NULL,
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
    "next_reminder_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_deadline_departm_65a5a4" ON "deadline" ("department_id");
CREATE INDEX IF NOT EXISTS "idx_deadline_due_at_ebc428" ON "deadline" ("due_at");
CREATE INDEX IF NOT EXISTS "deadline_open_due" ON "deadline" ("closed_at", "due_at");
CREATE INDEX IF NOT EXISTS "deadline_subject" ON "deadline" ("subject_type", "subject_id");
CREATE INDEX IF NOT EXISTS "deadline_next_reminder" ON "deadline" ("next_reminder_at", "id");
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
    "kind" VARCHAR(32) NOT NULL /* PUSH_RECEIVED: PUSH_RECEIVED\nROUTING_GAP: ROUTING_GAP\nPUSH_RETURNED: PUSH_RETURNED\nTASK_CREATED: TASK_CREATED\nCLAIM_DUE_SOON: CLAIM_DUE_SOON\nCLAIM_OVERDUE: CLAIM_OVERDUE\nTASK_DUE_SOON: TASK_DUE_SOON\nTASK_OVERDUE: TASK_OVERDUE\nTASK_FED_BACK: TASK_FED_BACK\nREVERSE_PUSH_RECEIVED: REVERSE_PUSH_RECEIVED\nLICENSE_REQUEST_RECEIVED: LICENSE_REQUEST_RECEIVED\nLICENSE_REQUEST_DECIDED: LICENSE_REQUEST_DECIDED\nNOTIFICATION: NOTIFICATION */,
    "push_id" INT,
    "task_id" INT,
    "reverse_push_id" INT,
    "license_request_id" INT,
    "user_id" INT,
    "notification_id" INT,
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
    "claim_due_soon_signalled_at" TIMESTAMP,
    "claim_overdue_signalled_at" TIMESTAMP,
    "license_status" VARCHAR(16) NOT NULL /* VALID: VALID\nCHANGED: CHANGED\nWITHDRAWN: WITHDRAWN\nREVOKED: REVOKED\nCANCELLED: CANCELLED */,
    "updated_at" TIMESTAMP NOT NULL,
    "approval_department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "department_id" INT REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT
) /* 审批信息推送 (P1): an approval decision on its way to the supervising department. */;
CREATE INDEX IF NOT EXISTS "idx_linkage_pus_handlin_913267" ON "linkage_push" ("handling_item_id");
CREATE INDEX IF NOT EXISTS "idx_linkage_pus_status_568489" ON "linkage_push" ("status");
CREATE INDEX IF NOT EXISTS "push_queue" ON "linkage_push" ("department_id", "status", "claim_due_at", "id");
CREATE INDEX IF NOT EXISTS "push_due" ON "linkage_push" ("claim_due_at", "id");
CREATE INDEX IF NOT EXISTS "push_status_due" ON "linkage_push" ("status", "claim_due_at", "id");
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
CREATE TABLE IF NOT EXISTS "linkage_license_request" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "task_id" INT,
    "kind" VARCHAR(16) NOT NULL /* CHANGE: CHANGE\nWITHDRAW: WITHDRAW\nREVOKE: REVOKE\nCANCEL: CANCEL */,
    "reason" TEXT NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* SUBMITTED: SUBMITTED\nUNDER_REVIEW: UNDER_REVIEW\nAPPROVED: APPROVED\nREJECTED: REJECTED */,
    "submitted_at" TIMESTAMP NOT NULL,
    "submitted_by_id" INT,
    "joint_meeting" INT NOT NULL,
    "joint_meeting_note" TEXT NOT NULL,
    "decision_note" TEXT NOT NULL,
    "decision_document_number" VARCHAR(100) NOT NULL,
    "decided_at" TIMESTAMP,
    "decided_by_id" INT,
    "updated_at" TIMESTAMP NOT NULL,
    "approval_department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "push_id" INT NOT NULL REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
) /* 变更、撤回、撤销、注销申请 (S4, 制度 Art 20, 28): a letter with evidence from a */;
CREATE INDEX IF NOT EXISTS "idx_linkage_lic_status_d94700" ON "linkage_license_request" ("status");
CREATE INDEX IF NOT EXISTS "license_request_inbox" ON "linkage_license_request" ("approval_department_id", "status", "id");
CREATE TABLE IF NOT EXISTS "linkage_reverse_push" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* PENALTY: PENALTY\nENFORCEMENT: ENFORCEMENT\nLEVY: LEVY\nINSPECTION: INSPECTION\nSUSPENSION_ORDER: SUSPENSION_ORDER\nLICENSE_REVOKED: LICENSE_REVOKED */,
    "document_number" VARCHAR(100) NOT NULL,
    "task_id" INT,
    "decision_date" DATE NOT NULL,
    "content" TEXT NOT NULL,
    "pushed_at" TIMESTAMP NOT NULL,
    "pushed_by_id" INT,
    "push_deadline_id" INT,
    "push_late_working_days" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* TO_CLAIM: TO_CLAIM\nCLAIMED: CLAIMED */,
    "claim_deadline_id" INT,
    "claim_due_at" TIMESTAMP NOT NULL,
    "claim_due_provisional" INT NOT NULL,
    "claimed_at" TIMESTAMP,
    "claimed_by_id" INT,
    "claim_late_working_days" INT,
    "updated_at" TIMESTAMP NOT NULL,
    "approval_department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT,
    "push_id" INT REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
) /* 监管信息推送 (P5, 制度 Art 20(2)): supervision information about a licensee — */;
CREATE INDEX IF NOT EXISTS "idx_linkage_rev_status_03ec4d" ON "linkage_reverse_push" ("status");
CREATE INDEX IF NOT EXISTS "reverse_push_queue" ON "linkage_reverse_push" ("approval_department_id", "status", "claim_due_at", "id");
CREATE INDEX IF NOT EXISTS "reverse_push_sent" ON "linkage_reverse_push" ("department_id", "pushed_at", "id");
CREATE TABLE IF NOT EXISTS "linkage_supervision_task" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* IN_PROGRESS: IN_PROGRESS\nRECTIFYING: RECTIFYING\nCOMPLETED: COMPLETED */,
    "deadline_id" INT,
    "due_at" TIMESTAMP NOT NULL,
    "due_provisional" INT NOT NULL,
    "fed_back_at" TIMESTAMP,
    "feedback_late_working_days" INT,
    "result" VARCHAR(32) /* COMPLIANT: COMPLIANT\nRECTIFICATION_ORDERED: RECTIFICATION_ORDERED\nREVOCATION_RECOMMENDED: REVOCATION_RECOMMENDED\nPENALTY: PENALTY\nOTHER: OTHER */,
    "follow_up_deadline_id" INT,
    "due_soon_signalled_at" TIMESTAMP,
    "overdue_signalled_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT,
    "updated_at" TIMESTAMP NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "push_id" INT NOT NULL UNIQUE REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
) /* 监管任务 (P4): the work a claimed push creates, due in 30 working days of the push (S1). */;
CREATE INDEX IF NOT EXISTS "idx_linkage_sup_status_2fa600" ON "linkage_supervision_task" ("status");
CREATE INDEX IF NOT EXISTS "task_queue" ON "linkage_supervision_task" ("department_id", "status", "due_at", "id");
CREATE INDEX IF NOT EXISTS "task_due" ON "linkage_supervision_task" ("due_at", "id");
CREATE TABLE IF NOT EXISTS "linkage_task_feedback" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "department_id" INT NOT NULL,
    "result" VARCHAR(32) NOT NULL /* COMPLIANT: COMPLIANT\nRECTIFICATION_ORDERED: RECTIFICATION_ORDERED\nREVOCATION_RECOMMENDED: REVOCATION_RECOMMENDED\nPENALTY: PENALTY\nOTHER: OTHER */,
    "follow_up_outcome" VARCHAR(16) /* RECTIFIED: RECTIFIED\nNOT_RECTIFIED: NOT_RECTIFIED\nREFUSED: REFUSED */,
    "acted_at" TIMESTAMP NOT NULL,
    "summary" TEXT NOT NULL,
    "rectification_deadline" DATE,
    "penalty_document_number" VARCHAR(100) NOT NULL,
    "same_day_deadline_id" INT,
    "late_working_days" INT NOT NULL,
    "fed_back_at" TIMESTAMP NOT NULL,
    "fed_back_by_id" INT,
    "task_id" INT NOT NULL REFERENCES "linkage_supervision_task" ("id") ON DELETE RESTRICT
) /* 监管结果反馈 (S2, S3): one result of a supervision action on a task. */;
CREATE TABLE IF NOT EXISTS "attachment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "file_name" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "uploaded_by_id" INT,
    "department_id" INT,
    "uploaded_at" TIMESTAMP NOT NULL,
    "owner_type" VARCHAR(64),
    "owner_id" BIGINT,
    "attached_at" TIMESTAMP
);
CREATE INDEX IF NOT EXISTS "attachment_owner" ON "attachment" ("owner_type", "owner_id");
CREATE TABLE IF NOT EXISTS "attachment_content" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "data" BLOB NOT NULL
) /* The bytes of an attachment (same id). */;
CREATE TABLE IF NOT EXISTS "notification" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "user_id" INT NOT NULL,
    "delivery_id" INT UNIQUE,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "subject_type" VARCHAR(64) NOT NULL,
    "subject_id" BIGINT,
    "created_at" TIMESTAMP NOT NULL,
    "read_at" TIMESTAMP
) /* 站内通知: the in-app message of a delivery, for one user. */;
CREATE INDEX IF NOT EXISTS "notification_inbox" ON "notification" ("user_id", "read_at", "id");
CREATE TABLE IF NOT EXISTS "reminder" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(128) NOT NULL UNIQUE,
    "deadline_id" INT NOT NULL,
    "stage" VARCHAR(16) NOT NULL /* DUE_SOON: DUE_SOON\nOVERDUE: OVERDUE\nDAY_BEFORE: DAY_BEFORE */,
    "kind" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(64) NOT NULL,
    "subject_id" BIGINT NOT NULL,
    "department_id" INT,
    "due_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_reminder_deadlin_ff9c97" ON "reminder" ("deadline_id");
CREATE TABLE IF NOT EXISTS "reminder_delivery" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(160) NOT NULL UNIQUE,
    "channel" VARCHAR(8) NOT NULL /* IN_APP: IN_APP\nEMAIL: EMAIL\nSMS: SMS */,
    "recipient_user_id" INT,
    "address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "status" VARCHAR(8) NOT NULL /* PENDING: PENDING\nSENDING: SENDING\nSENT: SENT\nFAILED: FAILED */,
    "attempts" INT NOT NULL,
    "lease_until" TIMESTAMP,
    "sent_at" TIMESTAMP,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "reminder_id" INT NOT NULL REFERENCES "reminder" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "delivery_pending" ON "reminder_delivery" ("status", "lease_until", "id");
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
    "eJztfWtz4jq29l9R8WWSKna/CQlJmjl1qgjQvdk7DRkgPadnPOUYLIInIDO+JJ2Z2f/9le"
    "S7LYNlDDGOviS+aMnmkSxpPeui/9RWugqX5qf2WpvozxDVWuA/NaSsID5I3KuDmrJeB3fI"
    "BUuZLmlhZTbTbWSZsrLWZMsvPzUtQ5lZuMRcWZoQX1KhOTO0taXp5Gm19n0fSPYlhJeSfd"
    "24nLWAARX1Fx0t3wCuE5ommOsGUBCAPy1oIGUJVMVcTHXFUOtgpbxNIdARBCpcK4a1gsgC"
    "RPYTebqqz/DjNfS07wfZSPuXDfHPfoLWAhr4cX//B76sIRX+hKZ3un6W5xpcqhGQNZVUQK"
    "/L1tuaXusj6wstSH7DVJ7pS3uFgsLrN2uhI7+0hixy9QkiaCgWJNVbhk2gRvZy6baPh77z"
    "pkER5xVDMiqcK/aSNBiRdl4guFaT5cFwIo97E1muJRrTkwjB7l6a6Yh0BPyqJv31T+QVfm"
    "mcX15f3lxcXd7gIvQ1/SvXfziPDoBxBCk8g0ntD3pfsRSnBMU4AJX+T8DaWSgGG1evfAxZ"
    "/MpxZD0cN0HrXQiwDfr+IcBdKT/lJURP1gKfnp+dbYDye3vU+bU9OsGlTskjdfyxOt/zwL"
    "3VcO4RvAN81wacaz95EA4kqojxVRaIr9IRvooDTAdQeYHHHx6Qo1LFAP2+40QE5qvLDDBf"
    "XabCTG5FYZ7hKQBDIStWEuYuvmNpK8iGOioZg1p1RT95B0fYwzdAPel/640n7W/3pPqVaf"
    "5rSfFqT3rkToNefYtdPYn3fr8S8Nf+5FdATsHfhoMehVM3rSeDPjEoN/lbjbyTYlu6jPRX"
    "WVHDmHiXvUuRZjbgC/4y8jRzVLKAZna/HtHKxbfyUjEt2TZztXNcVrR0mVvaG3ynbzLX8j"
    "kht30lXf6GLWYtHYAb6Dd84CbkBLgOuET1mz8z9ZQAsyTQX3QDak/od/hG8e7j91LQjKWm"
    "uHp6N1LZceH8h9ebvKvBKxrKq682JzsZhgH/eGhRIEZ4ZBn1O5NaymhRAMgPJsyyjD5SeB"
    "MDZARe/BZg8HB3V6NdeqrMnl8VQ5UjfZvc0Rt67IpfNnlr1VjFryhIeaIYkR9DXj3ZwRk0"
    "VbT7ZyCqoh/fdqZKsj+fwRv8twlvWkABtJq3MB90gp9q6C8KbgHTXkPjRTOxLNANYC0gLq"
    "8bqoYUUh94MnR7fZpkqfb1EMFQlYuhmuGOyaPae+Urp9QXz528L/lXJmj3Qf0941/GRreH"
    "7FViFo0g7cnuiwIsAOpa+/5+NPzevmsB70hC44f73uh7f9wfDlogdCKhznA46vYH7Qm9FT"
    "6Lj+zv8y0IgmvbmuhoFeKEWpG+KAv6g2+cM5P94daV/fL7CC7pAiJ9GRy2CVZjKRz5bGy8"
    "yt8RoWopChF0vAWorFlwtXNHcurq46qOdxDZjNcMLwKX+hNefi819LwjYB2vsjtcV1URCy"
    "k2RXSycVBdlfuZqplr24I7gtV1aqkqSEtthmc/KBsQv7NpmfhgBrUXyFjU8qB251Q7cmr9"
    "KOAJzLZjtrbNBSRs00xTd+1l97Zj2q8uTgfB5xgXXQZ8wWtSKLvdqZhRa+RUWuVuFcVNwM"
    "Wx8rIUc9fVamjlNcG1VQm1fVo6xtA0nfdMmDm8W/VMNg4zVDqDgeP66noq2c15synZl/Nz"
    "RbJvpqpK7BBTQ3/FGu2fTICVDw392TM2PGsQLHT8m+gFSi3U6SEuDzTLBMQbjWXm2OejhL"
    "GjXMYO4c0ovBlLMYofLdkbbmb4c63h6nI0c1RSNHOpm1k4rX6EViaWBj4/u5BELg+7sn2z"
    "e3axs107zGH8vsoGblbHr1Cnirh8ddrjTrvbey+PL4o6QwnyWiODBuS1fyb1p9m4keyrxs"
    "U10UOw5mrqCLwudKKImEDD6sYKrqbQAPocnCgWWOHB4DQWFMjUdYqqVyg25VJsSOfidTcK"
    "y1ROqbloZFBqLhqpSg25FXNH18z1UnmTeWGOy1Uw7LB4DdLQlyyO9LfxcJCy1PQE4qtMbW"
    "aB/4Kltj+7Tu1/5jaaUT/Xqa0tLQ2Zn8jz/rd2+GUnASiy4vRAPvnW/r84/p274W18KUkq"
    "uI0H2Sqm+arjKZSXOEkIVrDvN5rNDJ0fl0rt/fReFHENq8a4R70wBppbHfd0BaVMl2G5GN"
    "hTLLgvtL1x/rCd/XY4vIt09tv+JAbyw7fb3ujknGKPC2nOYjIZawRXirbk6dq+wOG6dG1f"
    "40m8Q2cZzXGpDR06MZ6vMUZcs6YvUDl8i1+ZuCZYYotdkR/I9BjcNGywKzjg+OFfOdoBZI"
    "6HA6jK1FAkU42PQ8thCx+OVDnbV8cvOCJ0qc8InYjxYQ3WWwKrY7KCjSwzG0nD4J3vIWcM"
    "fVhYtHWZ21pYCz9EM9trNWczRyVFM5e6mUXWBpG1obTWpaxZG/gi2GR3HmJoXSKSzffndB"
    "wAd3XjDNwIj3OM5wrQIqXnmrHatWvxhmodY/+KQwfRzkEOHxG2taHjFYFAjgc54ou/+9Dm"
    "Y/bdqa7ysGmrtW7sGrrlo9antVUUNC+gUtbX+Mft+HFmj6s8Fqj26fnTtlXN6r2k5HoK3a"
    "1v9AIi5WT4kjnH0xBBMFso6AkSXxy8drdgi3jq1PEfEm7wulCsOpjCOV7mAwWpQJlb0KgT"
    "GQ33EDB9Swl4KLLi7V5Af8cQGPiu0wcpIvTUWX2b8F81LPD35Lrcv6PMvM4cvqQbcth7Jb"
    "hl1f6R6nhESiU/HO0pVSV1BYrh4cvgfvS50bi4uG6cXVzdNC+vr5s3Z75Cmry1STO97X8l"
    "ymk9TDJsd1LiZ34E43MEjE/wPfIxPgk5wfgkTV7JwS6rBT0pWUHvm/NmpsxizQ2ZxZqJzG"
    "IOck7UV44eHRYUXVrk9T30eOGulzjGCba6UInxYR+ZB2NL2sxhpFGxCqJdvB9wRF3gBJo5"
    "SAiYWTA76l4S43R/60BiJ4frko3Gh/aspro1D+y+gEA9P+pu0ijOUSUqlWtYKRnu+x5V1g"
    "Z84Y8ZCAtVLiypeJB58RXQboQ24W3xPvGmHQX/LlUxuspbjUE7h2/XN/HOM7egrLoltxHP"
    "6eCLkM9yhXwS9pPNp6aoz275TWzq0Q0BGxAk3GgyrOpVN55xhd73wBdbFRM+YIDE+0BYYH"
    "yEqdvGLEVd3p6vP5AuszpXu293fm9/7bWAeyAhXLrfwRec/yRN/2jU63hJ+r3juJEuE7NR"
    "eIr+hb7U1BwBznE5sTTOkCGLWmDp/kb8hhO2sGBDk6NOgBRPh45KlXnEKZPVxEMtRxhHRF"
    "JYe0tt7TWgYvIZGAKJ6s0MzUz2heYG+0LTsS+UTO8cQSdXbm2D8umXqWfSQI1w8Uz+TySd"
    "6ommgvNTkq1ojjvxAhgKUvUVeFGWNnRckwDJhfwW8mmiWVrdp7L9n4qquGwqcenVtX3rxO"
    "E+ln14CmQqONcXn25ATPSVnehLNgv9gAoz617kfrbZ580runXmaQNSFkCEpwCoAg2BOX67"
    "ljsbYEWXTAWaBTSSMA88PoYp1sfH5IRTQH1lm2c+OvXqdaaMsHrFxQQuaMHjowXdgSsfVc"
    "UWFlQVIwOZjxTP4jUqVeavoExUlYdajsT1EUmxghUrWPYKtgsVdakhyFq9+vc2rlzVcKl9"
    "Wu3/Uwt+U222JMG/bvdWsSCJqKrTDRsML4DfrSJw53ZelMYmyliG/gz3k6hRWfzy9IR+hK"
    "Gnmfb0n3AWuMR653iWyPpQVyT7MxG+5ee5c38ox/Mi4hueKhbkh1yQxztS1ukzLlfBCbR4"
    "22XoK01AvTGcMiJXpS0jDhJXGTTAM/61PL3cKy96d4beXfbopOMbtkP0vL3Mret7smXuxL"
    "W/Dke/9wdf5W77x7gFwmcSGre/9chhC3hH5dDvMd5Gvrx8UUmhDJVOGQo3c8h3kZFyJXVY"
    "i4sJ6oYR0OroSZxfTyB1mC+nJG65R/fhrA3dMRArjJzTGz2GY5IinzqHv3CEiOCyMYcFRe"
    "LnMn9ZblMtMfjEQJBzhtpSi5iwkh8XiwPj+cZY8uJTK/WnJnKsV7WZS2LxaK/JckdZ9i24"
    "qrEy5YXv1zf77HgZIhVXRtY8oQx7ZzanyjnZ4/L6s2RfwpupZH++uf4MTjrnddC5pB6fS2"
    "0GkYk7BVgpFvH0VOFMU53kdgoC3mO3bKa5vwcJf59ymRdmuJPyEK5eeRFjvZVu5Q0223cu"
    "s/fDtpEplKCxIZSgkUxVtIRPePicKqbGWFJP8DKOjXJMrAJ7sG2a5Xv/N4lM8IkcI/4kfz"
    "ccfPWKxxOPxPRXfbXSHHMAXGpP2pTFfG9kD1Jq2BuLkOj5FSARAgjJOoNrQ1mWrNhbdvN3"
    "kiMXzws0tLk2oymr5TU+0dW8RECWqgQbwEgZuFzqr1jDw5oeSVL9ZCicn0pqBeJ7Kfx7IV"
    "moNHxfJgXlcJfnnF42VyRmmdyzjDxfKk+M72eTupBSQQXWXTHrdeMmi/m6cZNuvyb3jmmz"
    "7ESHP/q9sgWXmKcBjoJLFPs1frhmfl9/t7K1bGU3bCwb0H94/emAOzYuFESc+J+oOWHHfa"
    "d+devyzBkVgX+vWylFd4VjxnXHto3LYiRaemUz24au6d/m+fWFZN+cNS/BSeeCmmu8DgJI"
    "BwGS3Tj/fEmzfpj2GhrElwffC3ok3R5Js0x8e/oLEUm3Eu3vkRKS0ASX921JpqZC4G7jZ9"
    "KqQuIn96Ph/XDc657+Gd9SrNA9Cbm7TZrEOoVbxnmr4FH4nYeDL/3RNywNdAMYkLjzm+BV"
    "sxb4lzhpfiR0Mur91utM6COIBQw9k9B2uh0jqfhhcNcf/N7rfgJtC6zwZAZ0BIH3Wr/oxi"
    "/+UyREpTEOUZha4PGRBhtFPmg8Pjw+AqzV4sbHBZL3JPS60JaQQuK9FqnGwdQEg4e7O6AT"
    "g9urRrqPe9n5ZMEJuW3iX7nGa9jTuoRM3QEXd8SpYkICFVzOcYG5TYBXgAkxoKrzCPI8Yd"
    "oroWmPbIBmp2jrGQLQfekS26Nq3sfV8j8zEnHufmQk4Nz/3rxPtwW8Iwl5H2zL/3Tjo9z7"
    "+K0zRwCOLyRVvhCOuAIfTcQFdp3THTMmKpTBUiuD/n7TecidmKxwCCxzS9P1WK4ECKpo4a"
    "No4bREneleH9VK1Hlojw/Bl36IzyqY5qZvnGm7k5LCHaFs20OW7dMpPs2UmqPrxqREt00C"
    "u4MmWpgSWvXO6yuTvP03KSi6MCMZo0c5Y2BMe5qjJ2+oQQC+1ToYGQcKMBBW1EZVj5kIWc"
    "NnipWQvc4QtthibbHbxpQC8B4H1Y7tacYOXrLRJCvsGwbVDA0QmvoKwP3BhMdLBWxFOrlM"
    "iACMX4MaCWupCqFAeAvCDB04A8Se+iHg3QJvTE9LgfZ9AoR9547v0EjfWiZWpp7NB+QlVD"
    "yDG8gVPGtKdvOiif9eNy5v8JXrxgycdJrUJ2NtT5eauYBqHcwN/d8QAf9J1CnANfsTkz+w"
    "lGdoAjifwxkzSHhfj/LcPtxfTrYOcO4AfKK4Mo77B/GvoD4a1PEB3zAtt6z24tQuIaRb7q"
    "Y3+EEnpOBCe1rgU2SvpvifstLRk+NcQSXMU+HNUEJvBqe1OIANBMTmBEmuzPtIZN69dpOS"
    "Re+6uxdPkSIIfca2u/4gl8d/ICYrrCOlto4EzTXl30iWKVzmfJ95o6D2sacBnsEZYKcbe7"
    "3yFYgxO7SlN5KWBkNqsyik1Ck3RfpwhP/ZkUy/UV6PF+YUaQHzJtY/F9LpFQiw42ATP3Bu"
    "gKNCAtSEWTC8buCzCyYlhZ1qq50qjJqg5LZxyskuxk3LpSw9dgxhu/feLJ6a78gW16mxbP"
    "GBtyi8vOi0KuIUn8yLwixksKtaN9snaR4x4TMI87iJPwtZnnAzyEKZX8JzRbKbDRrG2PgM"
    "Jfv68uwqSHlJ2WyMzczA4xp4VaL5LWn4oGY6YXxQZRHlxT9AkNPlIqdFFk2RRfM4s2iKDE"
    "Miw1C5ViGVMBaIiJkP0cxRwptracUSFZ7x2xmaROL8HSmaijIE9RhXw+puO+QbKoBzSGTE"
    "qQjye1Wa2cQWQ3tOZcCyqNEhzwT+bSracd1VMQNfMOLMpfieXSfkpU3XPew0qTrvVhVDSf"
    "57LeROR5Wwfwi9+R31ZjF/7gvzsnAT7w3mB2Mn3hHcvdATImL6QPHovB2ZIVrBPn2eqU+f"
    "b+jT52LjmlSsD+3cdnwb1yQbw79yvAyo2Lmm7DtxiJ1r3n1qFjvXHNf34niV8CxRo0Jifb"
    "qd+g1xNzuSvqxgzCPDOivxG+1m70v5VtbN7CCUb1pq+QSqfBRv9iTz7VhKd30eDvP1qVgv"
    "j7sfEA8M3bZwfRouj94YNG8x9ZK44SGC+OorTazu+CfE6iaV+Jyx069OSdL1AA9aKUmpPs"
    "e9zAkzppec14q9qR+QTKOQSTiy2zXBUtef7fUnMFlACYVcD4EzA5hAMaCTl/11ARF9TLTu"
    "haICpId+7aZE6xFiO5E1BvevDQUED/7uPLjIsLb/FTWj0ydQTue72NIVpLyK58ij0PESjW"
    "zpCgK/n02ySXwV13gSkhB6edlSuH4ccN/LHlE2hPdvjkjEuOZOiylSYvJGI/OtQVIrqF5P"
    "L34VkgCPd4RJraB66O9lKSJS8L7jeOPDtcuYk6ikej1/v+OOD+AuY0+ikuq1wr4inZ4hI6"
    "h/W5iTKyRs/Bw2foyZrBhQYffx7ZsPhuVL3L1r4/aX3uSHfD8adh86k/5w0AKJSxL6tde+"
    "m/zaAs5/CX0ZDrtye9CVu6OHr+MWiJ5LaHzf6/Tbd3LvLw/9+2+9wQTXGr+Ea23/rT3qDh"
    "/GcufX3rd+p32Hq2JcjNPtWT7Ai0aG7++ikfr5kVupifLy+/xurkSwnowvUZimhWn60FgX"
    "aprOMIgUgHrVE8bEod88knJ7CRzE/h3Ps7LJFM7IycJnFY9r+1kt5GFLr29wDm81bqYHMb"
    "Es4zvXJ6KgSjF31DdYf8vDwJZtOBOxUEfEdIhYKBELdbxDQwlsj6WDWMRCVTYWSrChW1AX"
    "bKhgQ/fGhno2HK6InoiQiOLZPCSKKB5BlR4B1geK4tknP5eBlsvJxuXj4CT7+ko9x3+nJN"
    "/uJbyZ+pl2GzTTbphSWykW2RmOhnaErwdLelZC3+IfIBL6louSEwl9PwxNVLGEvkKjFhr1"
    "5v4tFGqhUFdNoRZpzEUa83KpdMx559jyW4s05h+imYVl8YD8VwBaARRYN1LZkQGdlfxKdL"
    "MdsthsYN55MtmEGK2xPa2Ys+Be09kwkNvMGIbw5SUNvcbejTiU7Oa0eRbh+Ei2FtyKFlBo"
    "Vhaw1gmmwNKzs4XctQqKUFCEZYFWUITHTBEKZVkoy+VaglRCixLK8odoZuGt/06KM8sdYE"
    "f1ubpbN9djOnRKvzuuLcBKlrTgXfRnH7P+aq0bVo2hPMeL1LNpzlpQOoOufAXPmliHvWiS"
    "v9P5DP89v2piTfYKa7IkEaq9XuqKClVgrvEqRjUXEFo0eu11oVhgCmf4pYlfjMZ0sSm6eq"
    "E9l0t7xiOzZTOGj2wG3EC6xCpf7b436PYHX1vAPZDQ9/ZdHy9i6MXgWELjyXBEL7oH+MpD"
    "p9PrdXtdfM07lNCXdv+OXHL+5zG9nl9lCeKIr69CMRxXcW1yri0hd8hMRKiCwTJ70dspaK"
    "b2bwbSqeNRREasMllpshZKo3nF03kDiQr23OLZPPw4i2ntutWQYrylsaW+UJxperOcjUyO"
    "DOZNXJMboeCrvxjN2/6gPfrBdki7ZUQ03P6Y9Nox5C0dr+04Bgu//OEGirMjGSXWhj6Dpg"
    "m50hWFZQSkcUihYegGVwRUICHCnyLjRRHhT6a9WuHhmKc9QiLlaBDy2Mo0iEf+T9+4l9cM"
    "0QouVc6bmSLSmxsi0puJRfZxGWsOSQlUisS3FCNfK0clC2jlcpKalWjluYbcJGfczRwTFe"
    "1c5nYWltcP0cyhVQ0XJ5+QE9nitxpbA8wKMLM+mLA8UVWFm1YT3StiVMVvQbf5e6/w/K5m"
    "rm36Kgk7oXervsk+SMy8uGZZDRXOYB68Obuc4b9q44I6vX7Gx1MFgpP7Cxoiv7bNBTCgZR"
    "sIqmD6RlNaBn7edaCvIQI2srQldYud6bqhakixdAOLKaaJ+5+ZYjo85KO3mxX/UwsaKmS3"
    "Ig/x5x1ni8Ya/LnGoyUx0fvN6gcNOOjLRIw2j/uB1agYbg168oewYR7Shkl6AyuRSXqUdS"
    "BRCXX80CHWH8FoPLzvDVqA/JXQqDce3n0nBl/vKD7cvY/JNzJ48Sy3I4JitV3q1TauSl++"
    "5GrmmKhQno+inXnVqqSg0KuSVi5nwYhRyhtkm16BgDsJN+2UNnkL3OEthtFk0+IsISrS4H"
    "Cv0UQs+T67t7uA4h2q42Ji5GB4eNjmgnc7Kl9CdNbtlCKBqwAy8d6t5sjAzcomhjpVhh2R"
    "RDKJfSWTYI66ggvfgm58oikVFX6nzSAy4QhiSE1m5EysRD0LMb50ZGQjJJSBIG9eqDeSfX"
    "U1v5Tsi7Ozc3x8qeDj5pUKo1c+N8/O/CszeONduW5eXBBue34NTsaXdYBlGxdX+C9UrkDb"
    "sEDjrA4aN5T0xk1A0tC+atYCwBdNhbiPgrmhr4DCYNBL824SYufMBZZOuXlv87LwLWWq20"
    "4KDdou4MSh/E//TCQkxBIx8GPhKyH162ClvAHczV9wP8aV/JOk4AArCC0MTh3LzPD7mXUa"
    "aESrI1eczblM+hhiUsCd9RPoeb/ELQr8khhsmzwW/3bLUmYLcmxK6OTxMdr9Hh9P89gY/A"
    "3dEiNdQIBuNzjEerWsoan+U1geSmJ5sBTzmW+tGpIQi39GRlH8O/LaFTzZMpt0alitH3zt"
    "tYDzX0KEV+yO2n9tAe+ImBu+D3/vEWMD+S+hTnvQ6d1hGfq/HKYHYXNLB3QvfI7IJy2MnU"
    "zoizB2jh9uv/UnEyfK1T2U0MOg2xvJeBTq9/D4FD6TUPv+fjSkJlHviIxbv/U6E8dM6hyV"
    "Y6wy7elKs3K6GcdkhbG01Ea0oLl4qVmGpFigJRdoVBGTXUUsCe/GvGUJWbF7HUf2sgh63E"
    "Y1trRYDuSwqzn0AXcLJAQF+PnB97gbGS/Apg6RmzUmb1MdFWiSA2wW67BveVZTUUnhj1Tm"
    "pZTXVrwLqYScWEYlJ3MRKfUhvqF0G0BWp7PUCoSnw+bN44XTk/DMKSWiwjNHeOaUGt88nj"
    "mMeUrAnQ3u9Cm+VNtLuz4RsJburpMxgnUZLp0lhPWGxJFeNS/mZA+X+Q1NRPuZxJROFXBy"
    "7yWiNeBMN1SwhgZ4GHc6QDdAvwsc3b4OzIViOGGm8AUab9RHhBm0uteHiey35fLfqL67wf"
    "DbfXvwowXcAwnd90ZjsoGp878cBjp+Eq9oyq5E2/ic32SB9yYd3huxjc9B0wGTFKl4CpPX"
    "GCzOnahigpWjn4vfYFhRVeIqyQNzSKRyAO9x63oDEqdUvBpV2FtUpQOeJl859PdiXTmuxI"
    "eCGq6LXGmimSPNnGD40jX2KPcHd9zHp2LEX8zhGKvSJpSLwGnk1FU1uPZL/1DypvcCUUrE"
    "Vuh+PQsNBP2iWzmgyQIC3bam+k+ykxAJ4lniJQUgsRQAy0Jl1QKvBvHeQ0BDzv69JgQzxY"
    "R/MjE2CjIVmqE6yfgUV7WEJPT4qKmPjyQGiRTEw4i9wmVtw9QNEolEAoyAYkC/RmVOIq5i"
    "lc41w7SAYquaJSGHaKoD7RP8BGzc4Zzi9C6YLXDzY4mlPnsGOgL3zuA1/stdHZg60FQTzP"
    "TVCpfEr46rgcYn8o4RohG/7gCrHxh73YjmWSMxUk+Gbq/BCf5L/MbAk7I2627SNjNXVFSC"
    "5MwSAhXqMDGCuYgoqFvt6aMQaZ8bjYuL68bZxdVN8/L6unlz5jNqyVubqLXb/lfCrkWm1e"
    "102/uaZyvuUlJ5LvP+YfyrPOp1en0adxA5ldBo+ED28JK/tu9bIHQiIbfg5GE0CMk5pxKa"
    "tMe/y51Rr00DF8JnEurctfvf5O5DTx4PCWcaPffuD7/3Rviad9s9dWsOhCOn7l1fNHzm3v"
    "vS68q37c7v7k3vlIaH9UbjnhzDg3lZQnf9Tm+AL496f3nAq9mQQNqdpEy31+l3WSLuDQnh"
    "dut/6Xfakz75qeGzPAxz8bTR4V0XKj7aiMjXwhNmBfoNb/63hKQAOAlwIpKeB2O2sICZ4d"
    "lqQoMP25CEADQJKNItba7NqD7GByxDUgCcBFgQ7qlQfyAmdp/kGSUaGaSZR0BuJ8s8z9BM"
    "GY2mCskC1LgmbktzSI7Prub474VC8gKdnZ2Dk/tzkvIHhRP3uFlxSAodywSvypuX3MdP/Y"
    "OeQsl6WM5TB3zyrrRTEJc/WyraSlZxZVk3AaALLfx0G26goMgIE3qBnE9ReZ6x829yKtjy"
    "UOGhdkgPtV0CHfcV31gmZ6l9WOBN3TZmKR4PGTJ++NIH9HcY9TrDUddNuMHBqXlyhD5yji"
    "TU/3Y/HFE2zDvKw+EU7yW4UJC6JNHrmgVXfCthlui+AlKOb/RJg3iG1yM8Aw5busyccs5R"
    "p/i92aPQ8TpssqUrCPxe3N38AAz+cYUlKlRsxuYLEZx4xxW2dOW8CYsfVaLA8Y4qbGkxqm"
    "T0Cscr+qX+hFUwws5zc3dp4mJ0SY4uodzEOcbwFGkBdAageYeU1ApyjSplQ3v/g0oYP9Oe"
    "7tjbYzWIHr+5x/tw7dLrE5WInp8tJsU1wBJjCttMs9lw68ltMtIc4UJmA9DE6BIDES/mNF"
    "UmKf15IIxKCQBluicxP4K+2I4Qluzj50PQ+x5J7CMzScSGVNZJ0UooI5uMrPtIorjC0Bia"
    "smQEUfw2Hg7Y4EeE4h1Ym1ngv2CpmXvL01H7n7mNqJ89mNra0tKQ+Yk873/3pZpvaJTf3L"
    "j59EaJ41+PWrNJBfFG8Sk8fa0hjS+zPku2AuzIob8LJ1SCWsxyjE5sadEM3M3gRLzk2gc3"
    "Lig0GnYSt1zOThFB4etUOl+nj7ZnRXrAx2Qo01CMFvCO3FANYtN2D0gYhRcR4h3Vsn2Qez"
    "Zzu747UCFzOuRkjVmyYhRk+HzGHKS4vD5jsmIsLPVYGDQXMWdRFk5haO8bd65IrUPsYMGx"
    "gwVFMZ+jdURS5I0v/feWY/mekBPzVtq8tcS/X37VjWei9KvKG2Olt2WJwKxBAL5poWDqxH"
    "yjPeGRf5l/EEuvSoxqpR/VZP0FGrQBd+4GaTWJXlDmXuCZIHbTr5O1HJAm/N6+63O7iVOh"
    "FqD/sC5N967tepvYdoNdbAfBNrYDbx/brreRbdfbyfaOynqH5dC6RTq2D/EBiw1ZPtKGLC"
    "WbCfeU0YCTI4xJiW67fV8WsbvF4Xa3YHXwAsAOb1FRUahjH3ap98Yp2cicFeLdt2gJga+Z"
    "a9vaNZVp16mlQt16U9KeHcFyB4GRU1lVMXu/TLlH8lXzJcqN5jxLh3OI4ETHf7aDOg78wS"
    "dulRUCliMvSrh3MdKjxDrf9iwp4Z5PJTJkS7m+Us/xX5q5JDVnSbMOJLvZuLjCf6FyBdqG"
    "BRpnJ43T0xYIefcDDc11Y+WkzlWmum0BBXjTMq6hcXZ+Gac73uEVJLSGSFlab3UASekZJD"
    "NaHSzhC76kIXMNqatlHVeMj5GTnYWkD657VQEMtf4MVbdG4DgHSWj6hh8Xfp1gxvSSuoQS"
    "v/i3XjVroSFwAVyTBCAmCaDPJUQywngZYurAtRGRekgWZZbUJ9AnIm7uC7MFFMtSZgt6Iq"
    "GTx8dQr3p8zJXDOH1Nu0sGlkgaP87sMkl1Oeysxflss8DcyiL/i9ihbEtW396gfTf5QTYk"
    "owcS6g2+DEed3rfeYNICoRMJ3fW+44Lkr4T6g/F9r+Pkmw2OJTR+wMeDMT6WST6TUQvEr4"
    "Tz27oEdexCHkq6+Jy1ZUz98948z/6T/4jEtoVTwM7szR26lxD80KFnuUISRKDULpEIwlX+"
    "A1gE3bbi9VaLi4mRnx1qktORnSUqIE6BeBd3wPQKDmcYPDsSsD9CVE2W2Jk86pGIkznK8U"
    "XEyXyYhZCIkxFxMmUf3ir3vYk4GREnUwnAhf/0hxi0hP/0R/Kfrjq6woF6r7yU2G9zbx7p"
    "whF9X667W2Y7AXc2uIXff4n9/j3/yB2xrZZXcBzW0ITE7eXP5WDM6TQb9x5mOM4yHIy3O8"
    "+Gs1R7ns7cDrRwPiVeqgrxWL08bVGHT6I+A8X33SS4AmfnTLMOVBsC4sN5Fnf9pKK07Mn4"
    "/JS12+DhHlzcZoM8DqHUr4jXEZS3frHXX3l8PT+CfbE/kO9Hw694EB0Tv03/hGQL6Ez6X3"
    "70B1/pZnTusYQ6w2/3dz26H51/WA4LZD7bo7A6bmc9ctkbhaWxfhwk4m42RmFdpBdyWxfn"
    "xHaEV6I5vrCYqLAvlvkrm0Oo0sbaxQq2uRIxdyU/L9yC5P1yLuIC6RLvC1Sj67B+m8Tn+I"
    "feAq7faU/8UBt3Y+HkZSc5lHuNbD387Vtv0PVyRSWvSygZJzSc/ErCe+i/PAvC4iN25vpy"
    "iT9Se53TLS1VXnxo7EXizjkZRTbGo5zbisjDKDIwHmPLO/xdLt+4iKRQEY+imbmd4+JyYu"
    "YUvlof9BsSvkPV8nCpnjFEOLiUNDedR/vsmD2MGJ+/uFVVCHlG/rBtvhVecrBiPSvKNSLs"
    "ybFiJ2eJSA9keErEe+h2NwlqNZ+HRTh9JK6heiHZV9efZ5LdvJipkv35880NOBk36mB8cd"
    "oCOiLptQgPSLwRoum0FGcPVHIEyJts84so9mESktBkAcFcM0zLE1OQ+QoNk7pNkFLUbeLP"
    "WMQgWcTm2szJRUbzhwHNBA7JBVVAcoVJyDn9xV6D2QLOsPTjY0CD6bY101fw8RGY0Dqtg9"
    "eFbuLHK9rSNiCuEj9jbpvKEqyUZ0hfQULuaz0+spnEx8dPYNxoUf8P/AaNy9bZGThpm5ry"
    "/8YLBT0tFO3U8wJRlTenTheJV8UE+H3WpMeq5E3xdboafnzEUGLwcOf6hQh59B3Q1/gLVj"
    "FGKpgt8burxOeEVul1oT/h1zYwhoqbco0Q7cDbyhKcTC5PP4Hei6ZCPGBEkpmR54e7b/Zk"
    "ZsKr45BeHWIZXllzy4HAFfaWrfYWd6LI2w+YFZXZAuc2cqi9SZsRidCdyCnpAV8exo4EPc"
    "jThsU7UXlTKC8VFZYTRFSpiSjTXq0U4y3Zwumpy0IiZR6ZC2nOPW2iHqy9fWsy+xtjt0B6"
    "DTum4SsZuc6Xhc9NnCzvkJtzQxUH3Aastq/13f4zdBIti7gg5XSySBMXliJGgOwOrmMiqV"
    "gmiEvljnlM0+axrYL81uK1aScFxVCV/I4On7e5bB/Lni1y7N1PuG1x/JuflA3nrHaOUP8q"
    "VQBp2+eQawyLSOhufZM9RImW22YESUeXM7hSf8WdxelUBCN6tj3WMXhbmYrQnyJiHt+fHZ"
    "9rSyjTkwS26SpURKgS/EBUbWpkUpsaG9SmRlJtcrPB+59OVrDjchXEez9qqvZvBs7paqlb"
    "XCxFWJmXF0qjecXTawOJCvbXq8sM3fXqMrW3kltxl9Clrqg5HG6TgkI5KVsat4qD63fBPP"
    "7MEVHBoJSaQYku/bPOBFGpEht1SzMZ+EpVAuVb7Sl1rApLVWiY+txoXFxcN84urm6al9fX"
    "zZszf7xK3to0cN32v5KxK9IKycHMUVTzWcSjoiKOrWxjWYJce2/+p+NuELaRBvIK1bOxQX"
    "Jo17HtrrHEm3T6ZkGaeEtBIf9GcEIMdUBTGbm/MksJX8hysT3kBmtWQYrxlrICdiXiKV5I"
    "61drOXZLvDjCoxeeoW/7g/boB9sRxCsfHpluf0x6bRaN/z4jTRcutRdovLEGGP/exnHFgC"
    "vSUgahz4PiByObg5xqS6iYULaRpdHUQtsZZ++F5TVEKnmHumCcSzEGPUOGJ1q6+uAWL4ZF"
    "el9gY56cmTjPqw2c51WSY14oCEFGRq9sbrgh8TKzdiSJYfv+nuYvxP8l1PvW7t+1AP0nof"
    "G3cQvgP/FlS5ZWucnQJjepLXITbw8DzrS1RlZltpmi0qWOJ0zZCil2hfFPeNVPJgGeQSUk"
    "UuaOntd81cxCSeBS6earZoKUMO3pP+EsJdIjzYnYF6kiyvswEk51lctP2ytfCXwP7aRd9n"
    "y/DLfh+96g2x98rXFOmK4YDSbq0qy+Y+/KOHRlQk8nEvqCJ1ISqeL8L8FEqlgWXK0tHv/X"
    "sIhwe014Fkf1KR6eMyYqeM6y8ZyRMY4sIPm57JCYaN8yt+9SMS0ZGobOiIFJXzZEpSoQ9n"
    "LopYNIg/chvi6f/uTU3CNSwqNsu3O7B1kSZW4H91GoqiMDOatne6yDlcq7faAHYas1ht0h"
    "cr++yfaA4iWzJPpR1M+S3Ty/aUr257NzBV+5hk1nOyIN/YIfBlbQNPGrO+l2PCtBHcx1gy"
    "bjIWQbM6tPcTVzGkFC9B+eO9TM+wuF8ZM1NNV/ChtISWwg/Gzwrhxw2Ya64j08XXMfp39n"
    "RKoQdr0CHTcUdKZZSy5vP1+gEoykYHwPsuA5HOPrWCS4fVjjchXQmPftxOpBxuvGGpWrkL"
    "3zwI6sgqHINeocH0Oh5GnjkJjgd8vWviXxHvSJFIYWHyZZtnsPZtLed3EaFNqr8OA7vAdf"
    "I4uRG5dK9+BrJAzd77enbYZZ+vg6ccTZ4yl3flJfuMxaV6370JPHw+GgBbwjCQ2/90b4rA"
    "XcAwl12z/k296X4QhfDI7jjGc2F9ZMHqwcyUifMSJcQ4tbvszNUjqN7HiU3wqA/Q7qb+mg"
    "fhf9V4T8iw3ihdIpNnkUzZyXW0gY1zS4435U4ZjD42z3LHtRFRgpjjGfLWqs8HDnTn1jTH"
    "hQRnAvxzXTpnMv+PMx3W8s6/o9JFLBpXuj2cwU7NTcEOzUTIQb4I+KA2G3eAXR3UtmvlCG"
    "iijCv42Hg5R1RSASX1RoMwv8Fyw18xh1ow3gEjAiK4mEATxu644tEUgFt++djOCP/w99nz"
    "Ue"
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
