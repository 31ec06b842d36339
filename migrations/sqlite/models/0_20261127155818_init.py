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
    "kind" VARCHAR(32) NOT NULL /* PUSH_RECEIVED: PUSH_RECEIVED\nROUTING_GAP: ROUTING_GAP\nPUSH_RETURNED: PUSH_RETURNED\nTASK_CREATED: TASK_CREATED\nCLAIM_DUE_SOON: CLAIM_DUE_SOON\nCLAIM_OVERDUE: CLAIM_OVERDUE\nTASK_DUE_SOON: TASK_DUE_SOON\nTASK_OVERDUE: TASK_OVERDUE\nTASK_FED_BACK: TASK_FED_BACK\nREVERSE_PUSH_RECEIVED: REVERSE_PUSH_RECEIVED\nLICENSE_REQUEST_RECEIVED: LICENSE_REQUEST_RECEIVED\nLICENSE_REQUEST_DECIDED: LICENSE_REQUEST_DECIDED */,
    "push_id" INT,
    "task_id" INT,
    "reverse_push_id" INT,
    "license_request_id" INT,
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
    "eJztXetz4jqW/1dUfJmkitubkEDSzNZWEUL35d40ZID0bM94yhFYBG+MzfiRdGbm/u8ryW"
    "9bBtvYxDj6kvh1ZPPT0ZHOU/9urDUJKcan3kaeac9IbXTBvxsqXCN8ELvXBA242fh3yAUT"
    "zhX6MFwsNEs1DRFuZNH0np8bpg4XJn5iCRUD4UsSMha6vDFljbyt0bsfAsG6ROhSsK5al4"
    "su0BGUftFU5Q3gNpFhgKWmA6gC9NNEugoVIEFjNdegLjXBGr7NEdBUBCS0gbq5RqoJCO0n"
    "8nZJW+DXy+pT2S+yVPmfFsI/+wmZK6Tj1/39H/iyrEroJzLc082zuJSRIoVAliXSAL0umm"
    "8bem2oml/og+Q3zMWFplhr1X9482auNNV7WlZNcvUJqUiHJiLNm7pFoFYtRXH6x0Xf/lL/"
    "EfsTAzQSWkJLIR1GqO0P8K81RHE0nonTwUwUG7HOdCkCsDuXFppKGAF/qkF//RP5hF9a55"
    "dXl9cXnctr/Aj9TO/K1R/2q31gbEIKz2jW+IPehya0n6AY+6DS/zFY+yuos3F1n48giz85"
    "iqyL4zZo3Qs+tj7vHwLcNfwpKkh9Mlf49PzsbAuU33uT/q+9yQl+6pS8UsOD1R7PI+dWy7"
    "5H8Pbx3ehoKf/MgrBPUUeMO2kg7iQj3IkCTAWouMLyJwvIYapigH5fORGCuXOZAubOZSLM"
    "5FYY5gWeAjAUIjTjMN/iO6a8Rmyow5QRqCWH9JN7cIQcvgXq2fDbYDrrfbsnza8N458Kxa"
    "s3G5A7LXr1LXL1JMr9XiPgr8PZr4Ccgr+NRwMKp2aYTzp9o//c7G8N8k3QMjVR1V5FKAUx"
    "cS+7l0LdrKMXPDLydHOYsoBudkYP7+Xie1mBhilaRq5+jtLynq5yT7vCd/4mZlo+x+h2r6"
    "Sr37HFrKV9cH39Jhu4MToOrg0uUf2Wz0w9xccsDvQXTUfyk/o7eqN4D/F3QXXBUlMcPf02"
    "1Nhx4fyHy03uVf8Tdfjqqc1xJsMw4B+PTArEBEuWybA/ayRIiwJAfjBQmmX0kcIbE5AheP"
    "FXgNHD3V2DsvQcLp5foS6JId4md7SWFrniPRu/tW6to1egCp8oRuTHkE+PMzjDTBVm/xSG"
    "qvDg222pEqzPZ+ga/22j6y6AgDbzFrQHneC36toLxD1gWBukv8gGpgWaDswVws9ruiSrkL"
    "QHnnTN2pzGrVRlvYRbqKploVpgxsyi2rvP106pL9528r7GvypBW4bp7xn/Mja6A9Vax2bR"
    "ENIubVkmwAKgbvTu7yfj7727LnCPBHX6cD+YfB9Oh+NRFwROBLU/Hk9uh6PejN4KnkUl+/"
    "uMBW7g2rUmOlqFOKZWJC/KfH7wnHNGnB9uHNovv0+QQhcQycvgoE+wHkvh0LCx8Cp/T4Tq"
    "pSiE0HEXoKJsovXejGS3NcRNHa8Q2Y7XAi8CFe0JL78VWX3eE7C+29gdbquuiAUUmyKYbO"
    "o3V2c+k2RjY5loT7Bu7VbqCpIiL/Dsh0Qd4W82TAMfLJD8ghiL2iyo3dnNTuxWPwp4HLPd"
    "mG0sY4WItWkhS/ty2b1lu/bri9NB8DnGRZeOXvCaFIkOOxUjtSZ2o3VmqzBuHK4MKy8TGv"
    "uuVgMrrxlurU6olenpmCLDsL8z5uZwbzVT+TiMwNMpHBxXnau5YLWX7bZgXS7PoWBdzyWJ"
    "+CHmuvaKNdo/GQArH7L6Z9fZ8CwjsNLwb6IXqGmhSQ/x80A2DUCi0VhujjJfxZ0d1XJ28G"
    "hGHs1YCSl+tMbeYDejnxsZN5ejm8OUvJsr3c08aPUj9DLxNGSLswtQ5Iqwq9qYLTnEznL8"
    "MIeJ+6oauGkDvwJMFQr56vem/d7t4L0ivijqDCXI7Y0UGpDb/6nUn3brWrA6rYsroodgzd"
    "XQVPC60ogiYgAZqxtrtJ4jHWhLcAJNsMbC4DSSFMjUdYpqlys21VJsCHNlDTcK0tROqblo"
    "pVBqLlqJSg25FQlHl42NAt/ErDBH6WqYdli8BqlrCstG+tt0PEpYaroE0VWmvDDBf4Ail+"
    "fXafz30lIXNM51bsmKKavGJ/K+/2kcftlJAAqtOF2QT771/jeKf/9ufBNdSpIGbqJJttAw"
    "XjU8hWY1nMQIa8j7rXY7BfPjpxK5n94LIy5j1Rhz1AtD0NxomNOhmjBdBukiYM8xYVlou3"
    "L+sMx+Mx7fhZj9ZjiLgPzw7WYwOTmn2OOHZHsxGc81WkJZwYoqtfOKdMGWYZHCJj6cTnRW"
    "6UVLwGmvLYg1AOMjK1lNCVFabkyosjGBZrHa4yFnCmyQmPd1lfuaG/s/RDdbGylnN4cpeT"
    "dXupt50jVPuq6scTht0nW2BBTRmYcYuhZPRPHCsez4nX2jsPwooOOU8ZnyK8jTS1lf78ta"
    "WTMtjpG/otAhde8Y5Y8I20bX8IqAI5cFORJKu79o8zD7bjdXe9jk9UbT98288FAb0tZqCp"
    "qbDyVqG/zj9hyc6dOijgWqMh33PUuSzcFLQqmWwN3mVic+eU5EL6lLtIxVBBYrqD4h4krH"
    "a3cTdYmjvYn/kGjh1xU0m2COlniZD6AqAbg0kd4kNDLmEDB/S4hXLrLh3U78v2MIdHzX5k"
    "GKCD21V98G+mcDE/w9vi737sCFy8zBS5ouBp3P/i2z8Y/EuAHyVHzgyE+JKqlDUIwdvgrR"
    "A59brYuLq9bZRee6fXl11b4+8xTS+K1tmunN8CtRTptBI8PuGIPslh9u8TkCi48/HrNZfG"
    "J03OITd3nFhV1a33mcsobO8/N2qsJA7S2FgdqxwkA2cnbSRg6ODhJyluZlOQ8tL5z1UgY5"
    "wVYXaiEfyigcFlnSps4CC5PVEO3iw/hC6kJGoJlCgsPMgtlW9+IYJ4dL+hR7xUtWTBofOj"
    "CS6tZZYPcIOOr5UXdqvmSUKmGqXGKlYriXLVU2OnrJHvIbJKpdVkHxIGfFl0O7FdpYtMX7"
    "pIv1If5dEtRv4VuDYXYO3m5uszsvnAdFyXlyl+E5GXyesVWtjC1i/WTbUxPUZ+f5bdbUox"
    "MBWxAkttF4VsSrpj/jBt3xkC01IkJ8wPyI94GwwPwIQ7P0RYK6vLvctk9dZXWucd/r/977"
    "OugC50BQ8dPDPr5g/ydVtieTQd+tse0eR510qSwbhVfYXmmKLOXIT4zS8aVxigI31ANLty"
    "fJ7jhhE3NraFzq+EhlYegwVZUlTpW8Ji5qOdI4QpTc21tpb6+OoJHNweBT1G9maKfyL7S3"
    "+Bfatn+hYnrnBNmlLhtblE/vmWYqDVQPPp4q/olUQzyRJXB+SoqNLDETr4AOVUlbgxeoWM"
    "gOTQKklOlbIKaJFll03sqOfyqq4aqpxJVX18rWiYM8ll48+TQ1nOuLr2PCJ/raTvQVm4V+"
    "IMgsmhW6n272eXMf3Tnz9AB5FiAVTwFIArIKlvjrus5sgBVdMhXIJpBJvSvw+Bg0sT4+xi"
    "ecAtqr2jzz0U2vLjOlhNV9nE/g3Cx4fGZBR3DlM1WxibmpKj4SfKSyLF7DVFUeBVUyVbmo"
    "5ag7HaLkK1i+gk3a4BtKiqwi1urVu7d15SoFnyrTa//vhv+bGguFJP867C1hQpJR1aT11n"
    "U3gd9pwg/ntj+U5iaKmIb+DGdINCgt/nh6Qgdh4G2GNf8/tPBDYt1zPEukfalDsuWdfGl8"
    "yKVxtEvTTmRRuhpOZcV7EQPjJQb11sTGEF2daq8fJMMxzRbibODL3ja8Vtxd9Tyh4xPbAU"
    "O5peTWul3aKjNx46/jye/D0Vfxtvdj2gXBM0Gd9r4NyGEXuEfV0LQx3nq+CnlhSq6WVE4t"
    "CXZzIIqQUfwkUaxFybgRhZFaamssGUePT3WYkVORANmjGzgbXbNdtZBR/Xlr7G6E8oCBu9"
    "6Vo43cDZkEMnl7g4S8BHOVR5bTVQoGn5jqc85QO1rhExZjcPHa13UdXxWxRPc2ZPKDytBE"
    "6warglnwfnN7LIVbuQ86NKLsEqXYkqw9h+dk67Crz4J1ia7ngvX5+uozOOmfN0H/kkbiKf"
    "ICqQZmCrCGJonAk9BCluyiY1AF7mt37FFW3ot4HEa1jM0LzKRZzG/u8zz3dafxLWsSUNk1"
    "pt4P21aqEO/WlhDvVryEjIKesPicQ0NmLLBm6GeCYIiQHc4C12i8wyw/+N9ZaIKP1X7wJv"
    "m78eir+3i0IERkwaWt17JtHEaK/CTPWXbQrbpkQgul6ZQxzq+BSulDSNYZmfbpY9HyLfu2"
    "j5McNVJekC4v5QUtJSxu8Ikm5VUL0zTFdUNGKTdF0V6xhoc1PVI8+EmHGYdKYgN8vBQ+Xk"
    "h1IBnfF8mDYpDlM04v2xvis0zuWUZcKvCJMX62qQsJDdRg3RXxZbau0zgzW9fJ3kxy75j2"
    "II0x/NFvQcptiXk64ChsiXwfvQ/Xze8b/VS1nq3tRnpVA/oPl58OuJPeCqokmPuJuhP23A"
    "/oV6ct151RE/hL3eImvFsXM982sp1XGieR4j6b2jd0Rf+2z68uBOv6rH0JTvoX1F3jMggg"
    "DAIEq3X++ZJWYzCsDdJJZAe+53Mk3bZGNg18e/4LIUn2EpX3SkEV1Bl+3vMlGbKEgLO9mk"
    "GbCpCf3E/G9+Pp4Pb0z/gWNAP3BNXZBdAg3incM/ZX+a/C3zwefRlOvmFqoOlARyS42wCv"
    "srnCv8QuvyKoJ5PBb4P+jL6CeMDUZ5JyTLfJIw0/jO6Go98Ht59AzwRrPJkBTUXA/axfNP"
    "0X7y2CSqkxDmGYuuDxkSaBhAY0lg+PjwBrtbjz8QPxe4L6upIVRCFxP4s0Y2NqgNHD3R3Q"
    "iMPtVSbs41y2hyw4IbcN/Cs3eA172hRUQ7PBxYw4hwYiUCFliR9YWgR4CAyEAZXsV5D3cd"
    "deBV17ZGMqK0FbT5EY7FFX2B/VcAdX1xtmJBPYGWQkEdgbb+7Q7QL3SFDdAdv1hm5Uyr1P"
    "FDNTAmQYIYn0hdiIazBoQgGRm5zBeRFSrgxWWhn09gHOY9yJ0PJIzCr3NF2P5UpMl3gPH0"
    "UPJxVQTI76qFcBxUNHfHB76YcYVv40N3/LWE45TsnDEaq2bV/Vhk7x5X+kHKwboeJsGwd2"
    "D020MCW07szrKZNZ+TdOyFmYUSTPNTljYAxrnoOTt7TAAd/pHQzJgQIchDX1UTUjLkKW+E"
    "zwErLXGdwXW6wvdpdMKQDvqd/s1JqnZPCKSZO0sG8Rqik6IDD1FYD7g4GO1xSwE+n4MiEE"
    "MP4M6iRsJCqEHOEdCDN04BQQu+oHh3cHvBE9LQHa90kQ9oI7viM9ecuPyDPNdDEgL4HHU4"
    "SBdNBZW7DaF23896p1eY2vXLUW4KTfpjEZG2uuyMYKSU2w1LV/IRV4b6JBAY7bn7j8gQmf"
    "kQHQcokWzCThsl7lhn04v5yUdLfvAHwCHRo7/IPEV9AYDRr4gG8YpvOs/GK3LqiqZjqbke"
    "AXnZAHV/LTCp+q1nqO/8G1pj7ZwRWUwjjl0QwVjGaweysDsD4BLxoft5W5g0TMugdqnLLo"
    "3VBLiRQpwqDP2A7VE3J54gcitNw7UmnviN9d8+wbfDKJq1z9MW8WVBm15vEMzgA72dnrPl"
    "+DHLNDe3pDZWkwpBbLhJQ45SZQH87gf3Yk02/YrpcV5gRqDvM2q38upJMb4GBHwSZx4JkB"
    "DhNxUGNuweC6IZtfME7J/VQ7/VRB1LhJbpdNOc5imc1yCUuPPVPY7t0vi5bmO7LFdWIuW1"
    "TwFoWXm51WR5yik3lRmAUcdnVjszKN5iEXPsNgHnXxpzGWx8IM0pjML9E5FKx2i6Yxtj4j"
    "wbq6POv4JS+pNRtjs9CxXAOvMFzfkqYPyoadxocklqG8+Bdw43S1jNO8iiavonmcVTR5hS"
    "FeYahaq5BaOAt4xsyH6OawwTvT0opFyiPjd1toYoXz9zTR1NRC0IzYaljstke9oQJsDrGK"
    "ODVBvlSlmW3YYmjPiRawNGp0IDIh+zYVvajuCg0/FowEc0EvsuuEfLThhIedxlXn/ZpiKM"
    "l/bwTC6agS9g+uN7+j3sznz7Iwr4pt4r3B/GDWiXcEtxTzBM+YPlA+elZGZpDWkKfPU/H0"
    "+RaePucb1yRifejgtuPbuCbeGd6V47WA8p1rqr4TB9+55t2nZr5zzXGNFzuqJMsSNUzE16"
    "e7Tb8B282eRl9WMuaRYZ3W8Btms/c1+dY2zOwgJt+k0vIxVLOZeNMXme9FSrpry2Car2eK"
    "deu4ewnxQNcsE7cn4+fVN4aZt5h2Sd7wWEX46istrG7HJ0TaJo14NmObr05J0XUfD9ooKa"
    "m+xFxmpxnTS/ZnRb7US0imWcgkHdlhTaBo2rO1+QRmKySogdBDYM8ABoA6suuyv66QSl8T"
    "bnsFJaBqgV+7rdB6yLAdqxqD+WvLA9wO/u52cF5hrfwVNYPpYygn27vY1DU0eRVvIw9Dl9"
    "XQyKauIfDlbJJN8qsyyZMABdfLq1bC9eOA+17+iKohXL47IpbjmrssJi+JmTUbOdsaJLGB"
    "+nF68auQGHhZJUxiA/VDv5SlCC/B+47yxoNrH5kTa6R+nF+u3PEA3Ef2xBqpXy+Ulen0jB"
    "hJ/bvSnBwi7uPP4OPHmIlQR5DN47s3HwzSV5i9G9Pel8Hsh3g/Gd8+9GfD8agLYpcE9ddB"
    "7272axfY/wX1y3h8K/ZGt+Lt5OHrtAvC54I6vR/0h707cfCXh+H9t8FohluNXsKt9v7Wm9"
    "yOH6Zi/9fBt2G/d4ebYlyMmtvTDMCLVorxd9FKHH7kVmKhvPwxv9sb4VZPxkjkrmnumj40"
    "1oW6plMIkQJQr3vBmCj02yVp5iiBg/i/o3VWtrnCGTVZsnnFo9p+Wg950NPrOZyDW40byU"
    "lMLM/43u3xLKhKzB3NLd7f6lhgqybOeC7UEVk6eC4Uz4U6XtFQAd9j5SDmuVC1zYXi1tAd"
    "qHNrKLeGlmYNdX04mTJ6QkQ8i2e7SORZPNxUegRYHyiLp0z7XAqzXE5rXD4bnGBddaRz/H"
    "dO6u1eouu5V2m3RSvtBk1qa2iSneFoakfwur+kZxX0Lf4FvKBvtUxyvKDvhzET1aygL9eo"
    "uUa9nb+5Qs0V6rop1LyMOS9jXi2VjjnvHFt9a17G/EN0M/csHtD+5YNWgAnsNtTYkQGd1v"
    "gVY7M9qthssbxnqWQTsGhNrXnNggVLLWfDQG67xTCAb1ajodvZ+xkOBas9b5+FbHykWgvu"
    "RRNAWpUFbDSCKTC19NbCzK1yEyE3EVYFWm4iPGYTIVeWubJcrSVILbQorix/iG7m0frvpD"
    "izwgH2VJ/ru3VzM6JDJ/DdcW0BVrGiBe+iP3uYDdcbTTcbDOU5+kgzneYs+0+n0JU76KyN"
    "ddiLNvk7Xy7w3/NOG2uyHazJkkKo1kbRoIQkYGzwKkYyVgiZNHvtdQVNMEcL/NEkLkZmht"
    "gU3TzXnqulPWPJbFoM8ZHOgetTV1jla9wPRrfD0dcucA4E9XvvbogXMfSifyyo09l4Qi86"
    "B/jKQ78/GNwObvE191BQv/SGd+SS/T+P6/W8kyaJI7q+CuRwdKLa5FJWUOaUmRBRDZNlSt"
    "HbKWiG/C8G0onyKETDV5msMlkr2Gp3sjCvT1FDzi3emodfZzK9XTeyCvW3JGupRxS1NL2Z"
    "9kYmRwbzNluTk6Hgqb8YzZvhqDf5wQ5Iu2FkNNz8mA16EeRNDa/tMggL7/nDCYqzI5ESG1"
    "1bIMNAmcoVBWk4pFFIka5reqYMKJ+Cpz+F5EUR6U+GtV5jcZylPwIk1egQ8tradIhr/J+/"
    "ZV5eM0hruFQ5b6fKSG9vyUhvxxbZx+WsOaRJoFZGfBPq+Xo5TFlAL1fTqFmLXl7KqlPkLH"
    "M3R0h5P1e5n7nn9UN0c2BVk8kmH6Pj1eJ3Olt9zApwsz4YqDpZVYW7VmPsFXKq4q+g2/y9"
    "V3r+rWxsLPopMT+he6u5zT9I3Ly4ZVEKPJzCPXh9drnAf6XWBQ16/YyP5xCBk/sLmiK/sY"
    "wV0JFp6SqSwPyNlrT047ybQNsgFViqKSs0LHahabokq9DUdEwGDQPzn5HgOjzkq3e7Ff/d"
    "8Dsq4LciL/HmHXuLxgb6ucHSkrjovW71kgZs9EVCRrvHGWANSoZ7g578wX2Yh/RhEm5gFT"
    "JJzrL2KWqhjh86xfojOI3H94NRF5C/gjoZTMd334nD1z2Kirv3cfmGhFeW5XaIkK+2K73a"
    "xk1pykuubo6QcuX5KPo5q1oVJ+R6VdzLZS8YMUp5k2yTG+Bwx+GmTGmRr8AMbzKcJtsWZz"
    "FSXgYn8xqN55KXyd7OAiqrqI6SccnBiPCwjFXW7ag8Cs6su02KBK4CjIn3TjNHBm5aa2KA"
    "qVLsiMSLSZRVTIIpdbktfAe60YmmUqbwO3mBVANNEIbUYGbORJ5opjGMKzaNqAeIUhjI2x"
    "fStWB1OstLwbo4OzvHx5cQH7c7Egpf+dw+O/OuLNC1e+WqfXFBbNvLK3AyvWwCTNu66OC/"
    "CHZATzdB66wJWtfU6I27gJShfZXNFUAvsoQwj4Klrq0BZFjQK/NtgsqumQtMjdrm3c3Lgr"
    "fgXLPsEhq0X8CJbfI//TOhEFQWiY5fi16JUb8J1vANYDZ/wXyMG/k/UoIDrBEyMThNTLPA"
    "32c0aaIRbY5csTfnMuhriEsBM+snMHB/ifMo8J7EYFvktfi3myZcrMixIagnj49h9nt8PM"
    "3jY/A2dItJOt8AutvhEOFqUVbn2k/ueaiI58GExnO2tWqAgi/+GRVF8e/I61dwaavs0mlg"
    "tX70ddAF9n9BJXbF20nvr13gHhF3w/fx7wPibCD/BbXfG/UHd5iG/q+G64H73JIBLcWew+"
    "tJc2cnE/oinJ3Th5tvw9nMznJ1DgX1YXQ7mIhYCg0HWD4FzwS1d38/GVOXqHtE5NZvg/7M"
    "dpPaR9WQVYY1X8tmzjDjCC13llbaieZ3V1bTLIOSL9DiCzSqiImOIhaHd2vdshgt370uQ/"
    "WyEHqZnWpsar4cyOFXs80HmXsgRsjBzw++a7sR8QJsbhty0+bkbWujBl1ygM1ibetbntVU"
    "mJLHI1V5KeX2VdaFVIyOL6PikznPlPoQYyjZB5A26CyxAR7psH3zeB70xCNzKokoj8zhkT"
    "mVxjdPZA5jnuJwp4M7eYqv1PbSTkwEaiSH66TMYFWCT6dJYb0meaSd9sWS7OGyvKaFaD+T"
    "nNI5BCf3biFaHS00XQIbpIOHab8PNB0Mb4Gt2zeBsYK6nWaKXpD+RmNEmEmrpb6MV7+tVv"
    "xG/cMNxt/ue6MfXeAcCOr9YDIlG5ja/6vhoMtuxCvaZFehbXzOr9PAe50M7zXfxueg5YBJ"
    "iVQ8hYkbDFbGnagihLUzPxe/wTCUJBIqmQXmAEntAC5x63odkaBUvBqF7C2qkgFPoq8d+q"
    "V4V46r8CE3DTd5rTTezaFujln4kjX2sO0P7bmPT80Mf5GAY6xKG0gsAqeJ3Vbd4CrX/EON"
    "N4MXpCZkbAXuN9OYgZD36E4b0GyFgGaZc+0n2UmIJPEoeEkBSC4FwLQIrrvgVSfReyqQVX"
    "v/XgOBBTTQnwyMDVQNSCtUxy0+xTUtqIL6+ChLj48kB4k8iMWItcbPWrqh6SQTiSQYAagj"
    "r0W4JBlXkUaXsm6YAFqSbAqqbWhqAvkT+gQszHD24/QuWKxw92MKRVs8A00F97bwmv7lrg"
    "kMDciSARbaeo2fxJ+Om0H6J/KNIUMj/twRVj8w9poerrNGcqSedM3agBP8l8SNgSe4MZpO"
    "0TYjV1ZUzMiZJgUqwDARA3MRWVA38tNHMaR9brUuLq5aZxed6/bl1VX7+syzqMVvbTOt3Q"
    "y/EutaaFrdbW57X/dszUNKam/LvH+Y/ipOBv3BkOYdhE4FdTJ+IHt4iV97910QOBFU58HZ"
    "w2QUoLNPBXXWm/4u9ieDHk1cCJ4Jav+uN/wm3j4MxOmY2EzD5+798ffBBF9zbzunTss+ce"
    "jUueuRBs+ce18Gt+JNr/+7c9M9pelhg8l0IEbwYF4W1LthfzDClyeDvzzg1WyAIOlOnOZ2"
    "0B/eskicG3msyMWbhg4fnlBzicKzWwsviuXrMFlrvMUoOcBxgGPZ8lkwZhNzmOMwcxNlIt"
    "QfyHZVprmBmmYYZgbXZLPbvODG0qWqATOHpG5K64oEeiwROT7rLPHfC0gqqZydnYOT+3NS"
    "JEUNljpx6oiQoiNYr3+Fb245FK9YClaZfd2FFW5ywDfvq6j7mcwLBcprUcKNpS2bTqct/H"
    "YLbVHaiYQJfEDOt0hZ3rH3b7Ib2PFSHtNzyJiefVLDysoIq1J4SRk+S0Oz9EWCjzhFjQSP"
    "+oAeYqztjieu7prBCuHSEYXbPhLU4bf78YTaD9yjPBpx8XFVK6hKCsn3lU20zrYYZpGWFc"
    "J/fNInCeIFXo9kEThs6ipb4XJKneJ3sw5DlzXEjU1dQ+BLCRDyQtazyxUWKVexGeXqQzhl"
    "lSts6trFXxUvVcLAZZUqbGouVVLG0eIVvaI9YRWM2DpJhYZsuwsmkHPpEpcugWquOWR4Aj"
    "UHOgXQWUVKYgO5pErV0C5fqATxM6z5ntweaYFz/HaO9+Dah+tjjXDOTxfF77iziDOF7abZ"
    "7gZz6bY5aY5wIbMFaOJ0iYCIF3OyJJIi6FkgDFNxAEW6i2t2BD2yPSGs2ODPhqA7Hkm2GD"
    "Otfkvx3zhpLZSRbU7WMsrOrTE0ugwVRtj5b9PxiA1+iCjKwPLCBP8BimyUVtmg8d9LS6WR"
    "yWBuyYopq8Yn8r7/KUs139IpvzmZxsmdEsW/GfZmkwaineKZ8LSNrMrZapGzaGtgHTn0uL"
    "CDy6nHLId0YlPzbsjcDXaOQK6dQ6OEXKNhl73KFewUIuSxTpWLdfpoVf6TQ+RnY5EGr3eB"
    "e+QEtxOftnNAAs/dGHr3qJFuQJbs5nZidxAkczrKaDVm0XIpyIj5jARIZYr6jNByWVhpWe"
    "h3F3FnUSscZGjvW2v9J7bBa/5nqPlPUcwXaB2i5JW2Kz/ecizfY3R83kqatxT8+8VXTX8m"
    "Sr8E3xgrvR1LBGYLHPBtCwVDI+4b+QlLfiW/EEtuiku1yks1UXtBOu3AvdkgqSXOBVXmAt"
    "cFsZ9+HW/lgGbC7727YeYwcUrUBfQf1qXpbp+37raft/6+nyN/48+Ru/Pnrbv156279+cd"
    "pXUPq6F18wJWH2IA8y0sPtIWFhWbCUvKD89oI4xQcbbdvZMF3w/gcPsBsBi8ALCDRf1rCn"
    "VkYFd6N5GKSea0EO+/qUUAfNnYWOa+xR9v7VZqxNbbSqDsCZYjBCZ2Y3XF7P1qix7JqM5W"
    "WjRcQSoZzrGKZhr+sxvUqR8PPnOarBGwGeqiBLmLUR4lwny7q6QEOZ9SpKiWctWRzvFfWr"
    "kksWZJuwkEq9266OC/CHZATzdB6+ykdXraBYHofiCrS01f28VG4VyzTACBOy3jFlpn55dR"
    "c8c7fIKgbpAKFfOtCRB5eoHIjNYECnrBl2TV2CAaatnEDeNj1a7OQgquNt2mAIZae0aS0y"
    "Kwg4MEdf6GXxf8HH/GdIu6BAq/eLdeZXMlq+ACOC4JQFwSQFsKKqkI41aIaQLHR0TaIXVn"
    "WVSfwJCQOLUvjC6ApgkXK3oiqCePjwGuenzMVfU1eU27TwWWUFG0jNVl4upyMFgr47uNAq"
    "vR8vovfE+nHXVQB6Pe3ewH2cKJHgjqYPRlPOkPvg1Gsy4InAjq3eA7fpD8FdThaHo/6M+G"
    "pBipfyyo0wd8PJriY5HUM5l0QfRKsCKoY6COXMhjki6+AmgVS/+8t52n/OI/vExo4SZge/"
    "bOnLoXI/zQqWe5UhJ4otQ+mQg8VP4DeASdvsoarRYl45I/YYf1fIHsLFIOcQLE+4QDJjdw"
    "OMfg2ZGA/RGyatLkzuRRj3iezFHKF54n82EWQjxPhufJVF281W688TwZnidTC8B5/PSHEF"
    "o8fvojxU/XHV0eQF2qXYrvXlhaRDoPRC8rdHfHbMfhTgc3j/uvcNy/Gx+5J7b1igqOwhqY"
    "kDJH+WcKMM4YNBuNHmYEzjICjHcHzwarVLuRzpkDaNFyTqJUIYlYvTzt0oBPoj4D6MVuEl"
    "yBvXOm0QSShQCJ4TyLhn5SUvrsyfT8lLXb4OFeXNxmg1kCQmlcUdZA0Kzt873+qhPr+RH8"
    "i8OReD8Zf8VCdEriNr0TUi2gPxt++TEcfaWb0TnHgtoff7u/G9D96LzDangg8/keuddxt9"
    "Ujl7+Rexqbx2FE3M/HyL2L9EJu7+KS+I7wSjTHCIuQcv9ilUfZEiGJdtY+XrDtjfC5Kz68"
    "cA+S78u5iPOpK7wvUIOuw4Y9kp/jHboLuGG/N/NSbZyNheOX7eJQzjWy9fC3b4PRrVsrKn"
    "5dUON5QuPZryS9h/7LsyAsPmNnqSkKHqTWJmdYWiI9H2jsReLeNRl5NcajnNuKqMPIKzAe"
    "Y8/b9rtcsXEhSq4iHkU3Zw6Oi9LxmZPHan3QMcRjh+oV4VI/ZwgPcKlobTrX7LNn9TDifP"
    "7iNFUj5Bn1w3bFVrjFwYqNrKiWRCgpsGKvYIkQBzIiJaIcujtMgnrNl0GSjDESV0i6EKzO"
    "1eeFYLUvFpJgff58fQ1Opq0mmF6cdoGmkvJaxA5IohHC5bSgvQcqOQLkS3bFRRT7MkEV1N"
    "kKgaWsG6ZLBlXjFekGDZsgT9GwiT9jEp1UEVvKC7sWGa0fBmQD2EYuJAFSK0xQ7dNfrA1Y"
    "rNACUz8++mYwzTIX2ho9PgIDmadN8LrSDPx6KCuWjnCT+B1Ly4AKWMNnRD9BUJ3PenxkWx"
    "IfHz+BaatL4z/wF7Quu2dn4KRnyPC/piuoPq2gfOpGgUjwzW7TQeIVGgB/z4ZwrES+FF+n"
    "q+HHRwwlBg8z1y+EyDXfAW2DR7CEMZLAQsHfLpGYE9qky0J/wp+tYwyhU3KNGNqBu5UlOJ"
    "ldnn4CgxdZQlhghIqZkfcH2Td9MTMe1XHIqA6+DK+tu+VA4HJ/y05/izNR5OUDZkNV9sA5"
    "nRzob9JnhCJwJ3RKOODLw9SmoAd5+rD4ICp3Cs1qigrScUNUpQ1RhrVeQ/0t3sPJpcsCJF"
    "WWzIV0Z0mbqPtrb8+bzB5j7B5IbmHPMnwVM65nq8LnFE4W96jNuaWJA24D1ihrfVd+hU6i"
    "ZZEQpJxBFknk3FPESJDdI3SMFxVLBXGlwjGPado8tlWQ11tZfdpxQi6q4uPo8HWbqzZYSv"
    "bIsXc/yeyLy775SdVwTuvnCPBXpRJIe54NucHwiATuNrf5Q2D4uV1OkGR0MyZXaq+YWWym"
    "IhjRs925jv7XipSE/hSe8/j+1vGlrCCRnsSwTVahQkS1sA+E1aZWKrWptUVtasXVJqcavD"
    "d00oIdpash3uWoqfK/GDgnq6XO43wpwqq8vIKtdicL1/oUNeTXzmUKdu1cJnIruRUNCVU0"
    "KOUIuI0TcuWkamXcag6ux4J54plDpNyCUmkLSnjpn3YmCFNV2KlbmcnAU6piKN/IT4myKk"
    "hVIzH1udW6uLhqnV10rtuXV1ft6zNPXsVvbRNcN8OvRHaFeiEuzGxFNZ9HPEzK89iqJsti"
    "xrX3tv/0nQ3CtpqB3Iea6axBYmDXsd2hsSSadP5mIlp4C6qB+EZwQhx1QJYYtb9SU/FYyG"
    "pZe8gN1qyiQv0tYQXsUERLvJDer9dy7IZEcQSlF56hb4aj3uQHOxDEfT4omW5+zAY9lhn/"
    "nSQN0uUFc2tv5852meI/U6Z1mUuAQ0oAss+0kzOUdgEfIKmhLafVbqex9bbbybZeci+yis"
    "SDKgPCzuM1RLcUy27iVqy/TcejrUZ01rpcXpjgP0CRjWM09G4Bl4ARms9icY3REMbIZEYa"
    "uHnvyeyP/wdcc93w"
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
