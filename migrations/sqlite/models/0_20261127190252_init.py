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
    "kind" VARCHAR(32) NOT NULL /* PUSH_RECEIVED: PUSH_RECEIVED\nROUTING_GAP: ROUTING_GAP\nPUSH_RETURNED: PUSH_RETURNED\nTASK_CREATED: TASK_CREATED\nCLAIM_DUE_SOON: CLAIM_DUE_SOON\nCLAIM_OVERDUE: CLAIM_OVERDUE\nTASK_DUE_SOON: TASK_DUE_SOON\nTASK_OVERDUE: TASK_OVERDUE\nTASK_FED_BACK: TASK_FED_BACK\nREVERSE_PUSH_RECEIVED: REVERSE_PUSH_RECEIVED\nLICENSE_REQUEST_RECEIVED: LICENSE_REQUEST_RECEIVED\nLICENSE_REQUEST_DECIDED: LICENSE_REQUEST_DECIDED\nNOTIFICATION: NOTIFICATION\nJOINT_REVIEW_RECEIVED: JOINT_REVIEW_RECEIVED\nJOINT_REVIEW_DECIDED: JOINT_REVIEW_DECIDED\nINQUIRY_RECEIVED: INQUIRY_RECEIVED\nINQUIRY_ANSWERED: INQUIRY_ANSWERED\nINQUIRY_DEEMED_CONSENT: INQUIRY_DEEMED_CONSENT */,
    "push_id" INT,
    "task_id" INT,
    "reverse_push_id" INT,
    "license_request_id" INT,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" INT,
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
    "verification_period_working_days" INT,
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
    "origin" VARCHAR(24) NOT NULL /* PUSH: PUSH\nRANDOM_INSPECTION: RANDOM_INSPECTION\nREPORT: REPORT */,
    "title" VARCHAR(200) NOT NULL,
    "subject_id" INT,
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
    "licensee_id" INT REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT,
    "push_id" INT UNIQUE REFERENCES "linkage_push" ("id") ON DELETE RESTRICT
) /* 监管任务 (P4): the work a claimed push creates, due in 30 working days of the push (S1) */;
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
CREATE TABLE IF NOT EXISTS "credit_blacklist_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "reason" TEXT NOT NULL,
    "legal_basis" VARCHAR(500) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "added_by_id" INT,
    "added_at" TIMESTAMP NOT NULL,
    "removed_at" TIMESTAMP,
    "removed_by_id" INT,
    "removal_reason" TEXT NOT NULL,
    "open_licensee_id" INT UNIQUE,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT
) /* 黑名单 (R2): a licensee under joint punishment, from ``starts_on`` to ``ends_on`` */;
CREATE INDEX IF NOT EXISTS "blacklist_licensee" ON "credit_blacklist_entry" ("licensee_id", "starts_on", "id");
CREATE INDEX IF NOT EXISTS "blacklist_starts" ON "credit_blacklist_entry" ("starts_on", "id");
CREATE TABLE IF NOT EXISTS "credit_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "source" VARCHAR(32) NOT NULL /* REVOCATION: REVOCATION\nOVERDUE_COMMITMENT: OVERDUE_COMMITMENT\nUNTRUE_COMMITMENT: UNTRUE_COMMITMENT\nPENALTY: PENALTY\nJUDICIAL_REFERRAL: JUDICIAL_REFERRAL\nOTHER: OTHER */,
    "severity" VARCHAR(16) NOT NULL /* MINOR: MINOR\nSERIOUS: SERIOUS */,
    "occurred_on" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" INT,
    "recorded_by_id" INT,
    "recorded_at" TIMESTAMP NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_credit_reco_source_373638" UNIQUE ("source", "subject_type", "subject_id")
) /* 信用记录 (R1): one fact in a licensee's credit history. */;
CREATE INDEX IF NOT EXISTS "credit_record_licensee" ON "credit_record" ("licensee_id", "occurred_on", "id");
CREATE INDEX IF NOT EXISTS "credit_record_occurred" ON "credit_record" ("occurred_on", "id");
CREATE TABLE IF NOT EXISTS "joint_review_request" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* MATERIALS_REVIEW: MATERIALS_REVIEW\nSITE_SURVEY: SITE_SURVEY\nTECHNICAL_EVALUATION: TECHNICAL_EVALUATION\nINSPECTION_AND_TESTING: INSPECTION_AND_TESTING\nHEARING: HEARING\nEXPERT_REVIEW: EXPERT_REVIEW */,
    "licensee_number" VARCHAR(18) NOT NULL,
    "licensee_name" VARCHAR(200) NOT NULL,
    "subject" TEXT NOT NULL,
    "notice_date" DATE NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: OPEN\nDECIDED: DECIDED */,
    "is_key" INT NOT NULL,
    "staff" JSON NOT NULL,
    "outcome" VARCHAR(32) /* APPROVED: APPROVED\nAPPROVED_WITH_CONDITIONS: APPROVED_WITH_CONDITIONS\nREJECTED: REJECTED */,
    "decision" TEXT NOT NULL,
    "decided_at" TIMESTAMP,
    "decided_by_id" INT,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approval_department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "approval_item_id" INT NOT NULL REFERENCES "catalogue_approval_item" ("id") ON DELETE RESTRICT
) /* 商请函 \/ 会审 (J1): the approval department asks other departments to review an */;
CREATE INDEX IF NOT EXISTS "idx_joint_revie_license_969d69" ON "joint_review_request" ("licensee_number");
CREATE INDEX IF NOT EXISTS "idx_joint_revie_status_fbb23a" ON "joint_review_request" ("status");
CREATE INDEX IF NOT EXISTS "joint_review_created" ON "joint_review_request" ("created_at", "id");
CREATE INDEX IF NOT EXISTS "joint_review_sender" ON "joint_review_request" ("approval_department_id", "created_at");
CREATE TABLE IF NOT EXISTS "joint_review_response" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: PENDING\nCLAIMED: CLAIMED\nRESPONDED: RESPONDED\nNO_RESPONSE: NO_RESPONSE */,
    "deadline_id" INT NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "due_provisional" INT NOT NULL,
    "claimed_at" TIMESTAMP,
    "claimed_by_id" INT,
    "opinion" TEXT NOT NULL,
    "recommendation" VARCHAR(32) /* AGREE: AGREE\nAGREE_WITH_CONDITIONS: AGREE_WITH_CONDITIONS\nDISAGREE: DISAGREE */,
    "staff" JSON NOT NULL,
    "late_working_days" INT,
    "responded_at" TIMESTAMP,
    "responded_by_id" INT,
    "updated_at" TIMESTAMP NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "request_id" INT NOT NULL REFERENCES "joint_review_request" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_joint_revie_request_a3d963" UNIQUE ("request_id", "department_id")
) /* 会审答复 (J2): one addressed department's claim and response. */;
CREATE INDEX IF NOT EXISTS "joint_review_inbox" ON "joint_review_response" ("department_id", "status");
CREATE TABLE IF NOT EXISTS "material" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "category" VARCHAR(32) NOT NULL /* IDENTITY: IDENTITY\nQUALIFICATION: QUALIFICATION\nPROPERTY: PROPERTY\nRIGHTS: RIGHTS\nCREDIT: CREDIT\nSOCIAL_RELATIONS: SOCIAL_RELATIONS */,
    "name" VARCHAR(200) NOT NULL,
    "document_number" VARCHAR(100) NOT NULL,
    "issuer" VARCHAR(200) NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "recorded_by_id" INT,
    "recorded_at" TIMESTAMP NOT NULL,
    "corrected_at" TIMESTAMP,
    "corrected_by_id" INT,
    "withdrawn_at" TIMESTAMP,
    "withdrawn_by_id" INT,
    "withdrawal_reason" TEXT NOT NULL,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT
) /* 证照材料 (L1): one e-license or material of a licensee. */;
CREATE INDEX IF NOT EXISTS "material_licensee" ON "material" ("licensee_id", "category", "id");
CREATE INDEX IF NOT EXISTS "material_category" ON "material" ("category", "id");
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
CREATE TABLE IF NOT EXISTS "commitment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "department_id" INT NOT NULL,
    "licensee_id" INT NOT NULL,
    "handling_item_id" INT NOT NULL,
    "approval_item_id" INT NOT NULL,
    "approval_item_name" VARCHAR(200) NOT NULL,
    "mode" VARCHAR(32) NOT NULL /* DEFERRED_MATERIALS: DEFERRED_MATERIALS\nMATERIAL_VERIFICATION: MATERIAL_VERIFICATION\nPOST_VERIFICATION: POST_VERIFICATION */,
    "credit_check_id" INT NOT NULL,
    "content" TEXT NOT NULL,
    "materials" JSON NOT NULL,
    "required_materials" JSON NOT NULL,
    "handed_in_materials" JSON NOT NULL,
    "contact_phone" VARCHAR(32) NOT NULL,
    "contact_email" VARCHAR(200) NOT NULL,
    "deadline_id" INT,
    "due_at" TIMESTAMP,
    "status" VARCHAR(16) NOT NULL /* PENDING: PENDING\nISSUED: ISSUED\nVERIFIED: VERIFIED\nUNTRUE: UNTRUE\nREVOKED: REVOKED */,
    "push_id" INT,
    "issued_at" TIMESTAMP,
    "materials_late_working_days" INT,
    "verification_outcome" VARCHAR(16) /* TRUE: TRUE\nUNTRUE: UNTRUE */,
    "verified_at" TIMESTAMP,
    "verification_summary" TEXT NOT NULL,
    "result_late_working_days" INT,
    "revocation_reason" VARCHAR(16) /* OVERDUE: OVERDUE\nUNTRUE: UNTRUE */,
    "revocation_note" TEXT NOT NULL,
    "revoked_at" TIMESTAMP,
    "revoked_by_id" INT,
    "credit_record_id" INT,
    "blacklist_entry_id" INT,
    "referral_record_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT,
    "updated_at" TIMESTAMP NOT NULL
) /* 告知承诺 (K2–K5): approval on the applicant's written promise, in one of the */;
CREATE INDEX IF NOT EXISTS "idx_commitment_license_2e9aab" ON "commitment" ("licensee_id");
CREATE INDEX IF NOT EXISTS "idx_commitment_status_0d1646" ON "commitment" ("status");
CREATE INDEX IF NOT EXISTS "commitment_queue" ON "commitment" ("department_id", "status", "id");
CREATE TABLE IF NOT EXISTS "commitment_credit_check" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "asked_by_id" INT,
    "department_id" INT NOT NULL,
    "checked_at" TIMESTAMP NOT NULL,
    "licensee_number" VARCHAR(18) NOT NULL,
    "licensee_kind" VARCHAR(16) NOT NULL /* COMPANY: COMPANY\nPERSON: PERSON */,
    "licensee_id" INT,
    "approval_item_id" INT NOT NULL,
    "approval_item_name" VARCHAR(200) NOT NULL,
    "grade" VARCHAR(1) NOT NULL /* A: A\nB: B\nC: C\nD: D */,
    "blacklisted" INT NOT NULL,
    "allowed" INT NOT NULL,
    "reasons" JSON NOT NULL
) /* 事前信用查询 (K1): who asked, for which applicant and item, and the answer. */;
CREATE INDEX IF NOT EXISTS "idx_commitment__departm_5f89b1" ON "commitment_credit_check" ("department_id");
CREATE INDEX IF NOT EXISTS "credit_check_department" ON "commitment_credit_check" ("department_id", "checked_at", "id");
CREATE INDEX IF NOT EXISTS "credit_check_number" ON "commitment_credit_check" ("licensee_number", "checked_at", "id");
CREATE TABLE IF NOT EXISTS "inquiry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "topic" VARCHAR(24) NOT NULL /* PLAN: PLAN\nPOLICY: POLICY\nHANDLING_STANDARD: HANDLING_STANDARD */,
    "subject" VARCHAR(200) NOT NULL,
    "question" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: OPEN\nANSWERED: ANSWERED\nDEEMED_CONSENT: DEEMED_CONSENT */,
    "reply_working_days" INT NOT NULL,
    "sent_at" TIMESTAMP NOT NULL,
    "sent_by_id" INT,
    "sent_by_name" VARCHAR(100) NOT NULL,
    "deadline_id" INT,
    "due_at" TIMESTAMP NOT NULL,
    "due_provisional" INT NOT NULL,
    "reply" TEXT NOT NULL,
    "replied_at" TIMESTAMP,
    "replied_by_id" INT,
    "replied_by_name" VARCHAR(100) NOT NULL,
    "deemed_consent_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "asked_department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "asking_department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT
) /* 业务函询 (Q1): a question from ``asking_department`` to ``asked_department``. */;
CREATE INDEX IF NOT EXISTS "inquiry_asked" ON "inquiry" ("asked_department_id", "sent_at", "id");
CREATE INDEX IF NOT EXISTS "inquiry_asking" ON "inquiry" ("asking_department_id", "sent_at", "id");
CREATE INDEX IF NOT EXISTS "inquiry_sent" ON "inquiry" ("sent_at", "id");
CREATE INDEX IF NOT EXISTS "inquiry_status" ON "inquiry" ("status", "deemed_consent_at");
CREATE TABLE IF NOT EXISTS "report" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "receipt_number" VARCHAR(32) NOT NULL UNIQUE,
    "named_number" VARCHAR(18) NOT NULL,
    "named_name" VARCHAR(200) NOT NULL,
    "content" TEXT NOT NULL,
    "contact" VARCHAR(254) NOT NULL,
    "address_hash" VARCHAR(64) NOT NULL,
    "submitted_at" TIMESTAMP NOT NULL,
    "routing" VARCHAR(32) NOT NULL /* SUPERVISING_DEPARTMENT: SUPERVISING_DEPARTMENT\nNO_LICENSEE: NO_LICENSEE\nNO_DEPARTMENT: NO_DEPARTMENT */,
    "department_ids" JSON NOT NULL,
    "licensee_id" INT REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT
) /* 举报 (A4): what a member of the public reported about a licensee. */;
CREATE INDEX IF NOT EXISTS "report_address" ON "report" ("address_hash", "submitted_at");
CREATE INDEX IF NOT EXISTS "report_submitted" ON "report" ("submitted_at", "id");
CREATE TABLE IF NOT EXISTS "inspection_plan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "rates" JSON NOT NULL,
    "inspectors_per_target" INT NOT NULL,
    "working_days" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* DRAFT: DRAFT\nDRAWN: DRAWN\nPUBLISHED: PUBLISHED */,
    "seed" VARCHAR(64) NOT NULL,
    "candidates" JSON NOT NULL,
    "pool" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT,
    "drawn_at" TIMESTAMP,
    "drawn_by_id" INT,
    "published_at" TIMESTAMP,
    "published_by_id" INT,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "supervision_item_id" INT NOT NULL REFERENCES "catalogue_supervision_item" ("id") ON DELETE RESTRICT
) /* 抽查计划 (R4): a draw of targets under one supervision item of one department. */;
CREATE INDEX IF NOT EXISTS "inspection_plan_department" ON "inspection_plan" ("department_id", "created_at", "id");
CREATE INDEX IF NOT EXISTS "inspection_plan_created" ON "inspection_plan" ("created_at", "id");
CREATE INDEX IF NOT EXISTS "inspection_plan_published" ON "inspection_plan" ("status", "published_at", "id");
CREATE TABLE IF NOT EXISTS "inspection_target" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" INT NOT NULL,
    "grade" VARCHAR(1) NOT NULL /* A: A\nB: B\nC: C\nD: D */,
    "inspector_ids" JSON NOT NULL,
    "task_id" INT,
    "published_result" VARCHAR(32) /* COMPLIANT: COMPLIANT\nRECTIFICATION_ORDERED: RECTIFICATION_ORDERED\nREVOCATION_RECOMMENDED: REVOCATION_RECOMMENDED\nPENALTY: PENALTY\nOTHER: OTHER */,
    "licensee_id" INT NOT NULL REFERENCES "linkage_licensee" ("id") ON DELETE RESTRICT,
    "plan_id" INT NOT NULL REFERENCES "inspection_plan" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_inspection__plan_id_940467" UNIQUE ("plan_id", "licensee_id")
) /* 抽查对象 (R4): a licensee drawn, its grade at the draw, its inspectors and task. */;
CREATE INDEX IF NOT EXISTS "inspection_target_plan" ON "inspection_target" ("plan_id", "position");
CREATE TABLE IF NOT EXISTS "inspection_inspector" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "added_at" TIMESTAMP NOT NULL,
    "added_by_id" INT,
    "department_id" INT NOT NULL REFERENCES "accounts_department" ("id") ON DELETE RESTRICT,
    "user_id" INT NOT NULL REFERENCES "accounts_user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_inspection__departm_0090a1" UNIQUE ("department_id", "user_id")
) /* 检查人员名录 (R4): a person of the department's pool that inspectors are drawn from. */;
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
    "eJztXXtz4jqW/yoq/pl0Fbc3ISFJM1tbRYi7m+4EMkD6bu94yjFYJJ4GmfEjudnZ+91Xkh"
    "/4IYNlHhGOqlLB2DqS+Uk6ks7z37W5ZcCZ87G9MEfWL4hqLfDvGtLnEF9kntVBTV8slk/I"
    "DVcfz2hhfTKxPOQ6mr4wNTcqP3ZcW5+4uMRUnzkQ3zKgM7HNhWtapLVa+64LVO8MwjPVu2"
    "icTVrAhrrxm4VmrwDXCR0HTC0b6AjAP1xoI30GDN15Glu6bdTBXH8dQ2AhCAy40G13DpEL"
    "CO1H0rphTXDzJnrcdUMeMv/lQfyzH6H7BG3c3N//gW+byIB/QCf8uvilTU04MxIgmwapgN"
    "7X3NcFvddF7mdakPyGsTaxZt4cLQsvXt0nC0WlTeSSu48QQVt3IanetT0CNfJms6B/QvT9"
    "N10W8V8xRmPAqe7NSIcRav8Flvdqmtbrj7ShMtK0WqYzQ4oY7MGtiYXIQMCv6tBf/0he4b"
    "fGydnF2eXp+dklLkJfM7pz8aff9BIYn5DC0xvV/qTPdVf3S1CMl6DSzwysnSfdZuMalk8h"
    "i185jWyI4ypowxtLbJdjfx/gzvU/tBlEj+4T/npyfLwCyh/tQedre3CES30gTVp4svrzuR"
    "c8avjPCN5LfBc2nJp/8CC8pKgixudFID7PR/g8DTBloNoT5j88ICeptgP02/KJBMznZwVg"
    "Pj/LhZk8SsI8wUsAhkLT3SzM1/iJa84hG+okZQpqIyD9GF4c4AhfAfWoe6sMR+3bO1L93H"
    "H+NaN4tUcKedKgd19Td4/Soz+qBPzeHX0F5Cv4n35PoXBajvto0xaX5Ub/UyPvpHuupSHr"
    "RdONOCbh7fBWoptt+IxnRpluTlJuoZuD2SN7efu9PNMdV/OcUv2cppU9LXJPh8x3/KpxbZ"
    "8zdOt30uJ37Hb20ktwl+cbPnAzdBJcH1xy9Jv+Yp5Tlphlgf5s2dB8RN/hK8W7i99LRxPW"
    "MSU4p18nKjssnP8MR1N4d/mKtv4SHZuzgwzDgH88dCkQA8xZBt3OqJbDLbYA8r0Di2yjDx"
    "TeDINMwIvfAvTub25qdEiP9cmvF902tMTYJk+shpW6E5XNPpo35uk7OtIfKUbkx5BXzw5w"
    "hpgqOfwLCKqSk2+9pEr1Ph3DS/y/CS9bQAe0mte4POgIt2pbzzruAcdbQPvZdDAtsGzgPk"
    "Fc3rINE+mkPvBoW97iQ1ZKtatGpIRKLAnVBA9MnqN9WL5yh/rty07eVvgnErS7EP39wr+M"
    "ja6CvHlmFU0gHdLuSgS4Bahr7bu7Qf9H+6YFwisVDe/vlMGP7rDb77VA7IuKOv3+4Lrba4"
    "/oo/i3NGd/m7kgBVzr9kQHeyDOHCvyN2XL8RAp55zseLgKaD9/H8AZ3UDkb4PjOsFqbIUT"
    "08bDu/wNEarWQSGBTrgB1UwXzjceSH5dXVzV4TKR1XhN8CZwZj3i7ffMRL82BKwTVnaD66"
    "oqYrGDzTYG2XBZXZXHmWE6C8+FG4J17ddSVZBm5gSvflCzIX5nx3XwxQSaz5CxqeVB7cav"
    "duDX+l7Ak5itx2zhOU+QSJsmprHpKLvzfNV+dXHaCz6HuOmy4TPek0ItGE7b4VoDv9IqD6"
    "skbhIujp2Xqzub7lZjO68Rrq2qqI1nGJOZ6bgaRLi6TcfZVVidgmt7rSpoExsapks4mWUb"
    "m56KaF0DWlVV8fqnhR9guJ5N+OJoDlNpzIPZN1LfgFZX8S1YHDn84Sxw6U3naAI9v8aqwj"
    "fHv8c29dmGiN0G1VQVJhP9yzMJ89/S5qxL66ss+1/CtTkrqzxUzgJOSNXaYqZvKrvvRrXd"
    "4coqjpm1qRy/G9ZTJaB2aaUzhI7jv2fGRCd8VC9kn+PEShcwzrk4vxirXnPabKre2fREV7"
    "3LsWEQG5qxbb040P6LA2bWo4n+GhrK/DIheLLwb6I3qFqsTi9xeWC6DiCeFCwTnV02JQ11"
    "xDLUkZ440hNHCC5+sIYK8W6GfyxMXF2Jbk5Sym4Wupulw9V76GViJcPnIxKjKOUdItqc3b"
    "F7iBfYEO3HZ0E0cIs6LcQGVcJdodMedtrXylt5K1DUGYegsDcKnIDC/i90/Gk2LlXvvHF6"
    "Qc4hC2g7FgIvTxY5iDjAxMeNOZyPoQ2sKTjSXTDHzOBDKqAF86yzrXrlwUasgw0ZXLym8n"
    "Gayh1qThsFDjWnjdxDDXmUcqU0ncVMf9V4YU7TVTBkxvZPkLY1Y+l0vg37vZytZkiQ3mWa"
    "Exf8HyD6113BXPvPqYeoCBaMPXPmmsj5SNr7r9r+t50EoMSOMwT56Lb932n8Ozf9q/RWkl"
    "RwlQ4QozvOi4WXUF7BSYawgmO/0WwWGPy4VO7op8+SiJv4aIxH1DOD0VxZeKTrKGe5jNOl"
    "wB5jwl2hHfL5/Q72q37/JjHYr7qjFMj3t1fK4OiEYo8Lmf5mMusnD+e6OeMZ2hHB/oZ0bV"
    "f8JD2gi3BzXGrFgM7w8wXGiGvVjAgqh+/2dyaBhpqoqufkBzK1ZKvYBruCPfKP6M7BMpAp"
    "ZgfQ0KiiSKMnPo5TDpt4f0KV410N/C1HM5lZEyJOxPiwmPWaoEApWimNFFkaSUM4+fOhZP"
    "ynOLHsa5H7WmoL30U3ewujZDcnKWU3C93NMuKYjDgmrHapaMQxvugLWrAOMU5dMgpD5Ivk"
    "GwBu6oK0NCM8TB7PFVyAlJ6a9nzTocUbZuAQx1caOog2dtB9j7AtbAvvCCRyPMgRP9LNWV"
    "uE2Q+/usrDZs4Xlr1p2IEItS6traKghcFANGuBf9yGk7N4TJBDhCpyFdGs6WY4SWcRTiOp"
    "tmeYrvKcE9I19rS+0mCKlNPgc+FQrn0EweRJR4+QmC3hY44LW8SoqY7/Ec+MlyfdrYMxnO"
    "ITEdCRAfSpC+06oTHxZALj1xzfkG1WvN5g6u8YAhs/9YchRYR+9Q8qDvxXDRP8PXuEiZ7o"
    "k3A8x2/hiRA39Fk+cmv/yLXRIqWyc8d8zD29BwTbUVmIYKn1qdE4Pb1oHJ+eXzbPLi6al8"
    "fR2T37aNUh/qr7hZzj63F5zHp7Ln4hmRSOHYBwbDkf+YRjGTopHMtqB7PMrqixQZaygoZK"
    "J81CAYSbKwIINzMBhH3kfAe5EiM6TiiHtEzfsW9+EeyXOPgE+8RQCf6wiwDjqS1tYY/bJF"
    "kF0d6+yXTiuMAJNJNJSJhZMPvHvSzG+abpS4qNbNMF48b7NkKnZ2se2CMCiXp51IPYsJxc"
    "JUlViq0IhvuuucrChs/87hVxosp5cG0fZF58JbQroc0YpryNa25Hx7/L0O1r/bXGEDvHH9"
    "dXyZ0nQUHNCEquEzzngy+9Y8XyjiXST7Y8Nef4HJRfJU09OBawAkEiG816oL1Y9i9cYTgf"
    "+NzQUsR79CV5Gwi36EriWJ49yTkur0/LtaQW+ThXu2t3vre/KC0QXKgIl+528A3/k2TjGg"
    "yUTpiLK7xOK+kKSTa2nonryZqZRglf8DSd3BoXCCZGNbA0jSm/4oRNLKWhWa6zRIpnQCep"
    "ROY4ImlNQtRKeLwkKKW2V2htrw11h0/BsKSo3srQLKRfaK7QLzR9/YJg504SNj4vRm6mTL"
    "3QCdSOFy9k/0Qizx6ZBjj5QAI7TfEgfgK2jgxrDp71mQd90yRAUp68xmyaaEDboFW2/dO2"
    "KhbtSCz8cW3XZ+L4GCvOnpY0FVzrtx+ZQS70lV3oBVuFfkKdGaAw8bzY6vMaFl278rQBKQ"
    "sgwksANICJwBS/XStYDfBBlywFpgtMElsQPDzERawPD9kFZwv1ibbOvHfRaziYCsIaFpcL"
    "uBQLHp5YMGBc5URVbGIpqmIEa4uQ4tm8JqlEngUiiapC1ErE+E9Qyh2s3MGyd7DXUDdmJo"
    "Ks3Wv0bOXO1YiX2qXW/t+15W+qTWbETzoY3gYmJB5VdZrbwg5jHQRVLM25/RelbpwapqE/"
    "I5gSNUqLX55+oZMw1prjjf8JJ0uT2PA7XiWKNhqQFG8T4UdRSMDgh3K0lyBf0arckO9zQ5"
    "4eSEWXzzRdBRfQ7esuY7M0A/VKd8oEXZWya+zFr3LZAb/wr+UZ5WF5OboLjG7RvZMOj23H"
    "xPPerPRZP6QVeRDXfu8Pvnd7X7Tr9s9hC8S/qWjYvlXIZQuEV2Kc7zHedrkQhklKeRgS7j"
    "AU7+aY7SIjOk0uW0uTSdENw6HVPydxzp4l1X5mjiBmuQc3cRa25SuIdUZ47pUWwylKGXqe"
    "w144IYjg0jHHCWWMbJFnVtBVMww+URCUXKHW1CIXrOzkYsnAeOYYi15ONaGnmgxHX9VuFk"
    "Tj0V6Q7Y4+67pwXmNFyos/r6+22QmDaeoBjWaGRAXSjDbH+glJB3rxSfXO4OVY9T5dXnwC"
    "R52TOuicUYvPmTmByMGDAsx1l1h6GnBiGn5wOx2BsNk1eUd315C09xFLvTDBg5RH4BqWlz"
    "7Wa8WtvM5mu45l9nbYNgq5EjRWuBI0sqGKZvARs8+x7piMLfUIb+PYKKfIKpCubtUqr/z3"
    "KLHAZ2KMRIv8Tb/3JSyeDjySOr9a87npqwPgzHw0xyzJ90rpQU4NO5MiZEZ+BYQISwjJPo"
    "Mr9y6LVqbhXT1PSsTieYa2OTUnNGq1tsBfLKOsIKBIVVIawAgZOJtZL/iEh096JEj1o61z"
    "TpXcCuR82fp8IVGoTPxcIwW1+JDnXF5WVyRXmdKrjDad6Y+M+bPquJBTQQX2XSntdeOyiP"
    "q6cZmvvybPDimveGbAH3xacSlLLNMBByFLlKkt3103v629m2g9W9nclqIB/Wc4nvaY3PJJ"
    "R8SI/5GqEzZM0fU1qCtUZ1QE/gRr+KeFH9C4HfBlQ7i+kaoGtKaBH0e3SqDt1hc+nnWQ6Q"
    "yfSktYRLM2C8sWVqhd0P/Nk4tT1bs8bp6Bo84p1XGFswqQWQVUr3Hy6YyGSnG8BbSJARR+"
    "tpzGNKeU6Tr48fg3QpKvWttdkypS0QiXjxRwjmlAEKSJdGhVMfKju0H/rj9Urj/8FT/S3d"
    "gzFQXZTB2i0sM947/Vsin8zv3e5+7gFlMDywY2JD4QDngx3Sf8S/zYSCo6GijflM6INkHU"
    "hugXiQdA032Siu97N93ed+X6I2i7YI53AMBCEISv9Ztl/xa1oiJKjXFIwtQCDw/UQyvBBT"
    "FTfXgAeEbizscFss9U9PJkziCFJHwtUo2PqQN69zc3wCJayheTDJ/gtj9lwRF57OBfucAb"
    "/w91FTmWDy4eiGPdgQQqOJviAlOPAK8DB2JADb8J0p7UhwqoDyVZ47wcEUcBr/2IWmAlXi"
    "2cXK1omhE3/WCSES/9aL6FU7cFwisVhRO2FU3dNJd7G2N/JgfgmCG59FsRrFdg0iTshhcl"
    "bVhTpPIELfQJOspnXkYilqKVVpQi9zTdj5WKGmHIHj6IHs6LbppvKlOt6Kb7NpORQuZ3Ma"
    "2Wy9z4lTPWeZZS2nCIllNTtKmz/dhcRomhm6KSwzYL7AYn0a0dQqs+eKPDJO/4zRLKIcyI"
    "YBmKnDEwjjcuMZJX1CABX6tSTfCBLWhVK6rYq6f0qiz2maNaZe8zpAJ7uwrsdTxlC3gPl9"
    "UOvXHBAS4YNykK+wqmWqADYkvfFnC/d+DhigLWIp3dJiQAxq9BlYS13AOhRHgNwowzcAGI"
    "w+OHhHcNvKlzWg60b+NVHRl3/IB2fj6eVJl6MRuQ51jxAmYg5/C4qXrN0yb+f9E4u8R3Lh"
    "oTcNRpUpuMhTeemc4TNOpgalv/CxGIWqJGAYHan6j8gav/gg6A0ymcMD2rd9VUaPYR/HKS"
    "b8F/AvAXPaDxzT+IfQW10aCGD/iB4wZlzWe/dhUhyw0yBeGGjkjBJ/PxCX9F3nyMP/S5hR"
    "594wpK4XyQ1gwCWjP4vcUB7JJAZnTIysrCSaLxJijOUm47VfFOLEW2IdBn5CqOmFwZ+4EU"
    "rdSOCK0dWXbXmD/7LpNY5CCpZV3HdpEIAq/gDLDzlb1h+Qo45u1b05uI5YMh9VgipNwlN4"
    "d6fwL/4wNZfpNyPV6Yc6glzKuk/qWQzq9Agp0Gm9iBcwOcJJKgZtSC8X0Dn14wSyn1VGv1"
    "VHHUpEhunUw5O8S4xXI5W48NHdnuwjdLxzM8sM11IQdAwkO3hVfonVZFnNKL+bYwiynsqj"
    "bMdik0T6jwGQLztIq/iLA8Y2ZQRGR+Bk901Ws2qBtj4xNUvYuz4/NlnFAqzcbYTGzM18CL"
    "ngwKSt0HTcd344MGS1C+/QakcFos4bQMPSpDjx5m6FEZlkmGZRJrF1IJZYH0mHkX3ZwUeH"
    "NtrVik0jJ+vYQmk21gQxFNRSUE9ZSshjXcNgjStAWZQyYiTkWQ3+mhmS3YYpyecyVgRY7R"
    "McsE/twe7fTZVXeWtmDEmEuPLLuOyEs7gXnYh+zRebOqGIfkv9di5nT0EPYPeW5+w3OzXD"
    "93hbkosom3BvOdSSfeENydiCekx/Se/NF5BzKDtIJj+qTQmD5ZMaZPZLafXKz3bdx2eNl+"
    "sp0R3TlcCahM9yN6+hKZ7ufNl2aZ7uew5otvVcKzRU0Syf3petFvTHazodCX5Yx5YFgXFf"
    "wmh9nbinwra2a2F5FvXmj5DKp8It7iQebbqZDu1jTu5huJYsM47pFDPLAtz8X1mbg8emWI"
    "ebdTL/Eb7iOI777QwOq+fUKqblJJJDP2x9UHEnR9iQetlIRUn+JR5rsZ01v+a6XeNHJIpl"
    "7IxB05GJpgZlm/vMVHMHqCKoqZHgJ/BXCAbkM/LvvLE0S0mWTdT7oBkBX7tasCrScE25mo"
    "MXh8rSgg5eBvLgeXEdZ2v6NmDPoMyvnyLjZ1BUVe25eRJ6HjFTSyqSsI/G4yixP/Ki5+Eq"
    "OQ53LRQri+H3DfSh8hGsK7V0dkfFxLh8WUITF5vZH59iC5FVRvpG9/F5IBj5fD5FZQPfR3"
    "shWRIXjfkN9EcG3CczKVVG/k75bvRABuwnsylVSvF3bl6fQLMpz617k5BURSx8+h48eYab"
    "oNdfYYX598ME4v8PCuDdufldFP7W7Qv77vjLr9Xgtkbqnoq9K+GX1tAf9TRZ/7/Wut3bvW"
    "rgf3X4YtkPyuouGd0um2bzTlb/fdu1ulN8K1pm/hWtv/0x5c9++HWuerctvttG9wVYybaX"
    "F7kQl42igw/04budOPPMoNlFfe5nd1JVLqyZiJUjUtVdP7xnqrqukCTGQLqFc9YEwa+tWc"
    "lNtKYC/673SclVWqcEZMFj6tePq0X1RDHtf0RgrneKpxJ9+JiaUZ37g+6QUlxNpRX6H9FU"
    "cCKxo7k75QByTpkL5Q0hfqcFmDALpH4SCWvlCV9YWS0tA1qEtpqJSG7kwaGupwuDx6EkTS"
    "i2c1S5RePFJUegBY78mLZ5fyuQJiuZLSuHIyONW7ODdO8P8xibd7Bi/HUaTdBo20GxepzX"
    "WXZIajrh3x+8stPSug7/YbkAF9xRLJyYC+70ZMVLGAvvJELU/Uq8e3PFDLA3XVDtQyjLkM"
    "Yy7WkY657hxafGsZxvxddLPULO5R/rUEbQsisOtEZQcGdFHhV2aYbRDFZoXknSeSTUyiNf"
    "TGFTMWTO6skLOAEz9820xHG+LWjWq7w5VVCbM9iVjD0bZayhobk7yC1nCCbCZsVb3muHmc"
    "kIuSCDe4F12g00g2YGERTIFrFZewctcqxapSrCoKtFKseshiVSlgkAIGsbYglTh5SgHDu+"
    "hm6eHwRsIGlgnFhiKH6qa7rqfkDjnj7rDSpgkW6OFNzs8RZt35wrLdGuPwnC5SL3ZyNpel"
    "C5yVz+FxE59hT5vk/3g6wf9Pzpv4JHuOT7IkeKy3mFm6AQ3gLPAuxnCeIHSpx9/Lk+6CMZ"
    "zglya2RCbTLGnb1cvTs1inZ8yZXY/BPoopvZfUAh/5andK77rb+9ICwYWKfrRvungTQ28u"
    "r1U0HPUH9GZwge/cdzqKcq1c43vhpYo+t7s35Jb/WUZdfXJexPElvb+K+b2cp0+TU3MGud"
    "2MEkQVdDDaybmdguaY/8tAOpcfJWjkLpMVWuxJbzTPeQbvkqKCI3f70jzcnMvUEF6ZSLdf"
    "86SlEVFa0vTq+slfDgzmVbKmwKsjOv5iNK+6vfbgJ9uI74rhBXL1c6S0U8i7Ft7bcTCLqP"
    "z+GMXxgXCJhW1NoONArhBPcRoJaRpSaNuWzeU1tqSQLmMJfrENlzHHm88xO+bpjxiJGB1C"
    "mq1Mh4TC//Er9/aaQVrBrcpJs5AXf3OFF38zs8k+LGXNPkUClRLiu7pdrpeTlFvoZTGFmp"
    "Xo5amJgsBw3N2cIpX9LHI/S83ru+jm2K6GSyafoZMR9tcqW5eYbUHNeu9AcTzRtq5azQyv"
    "hFIVvwVNjfhWIQ2uTWfh0VfJ6AnDR/VV+kGi5sU1a0ascAH14OXx2QT/Nxqn1Oj1E74e6x"
    "Ac3Z3SsAILz3kCNnQ9G0EDjF9pGNClbXwdWAuIgIdcc0bNYieWZRsm0l3LxmS64+Dx5+So"
    "DvfZ9Hq14r9ry46K6a1II9G646e1rME/FphbEhV91K2Ro4WPvkbIaPcEE6xGyXBv0C9/Sh"
    "3mPnWYZDSwgr/ke6YvKSpxHN+3W/p7UBr375ReC5D/Khoow/7ND6LwDa/S7O5tVL4J5sWz"
    "3U4Qyt220LttXJU1ey7VzSlSeXg+iH7mPVZlCeW5Kqvl8jeMGKWyjsn5FUi4s3DTQelRF0"
    "9kuQylyarNWYZUhg7i3qNJ//tdDu9gA8XLqtNkknMwLDw854k3hVdEIQfrepEigWsLwsS7"
    "oJoDA7eoNDE2qApkkZIBOHYVgIPJdaUsfA266YVGKFH4jTmByIEDiCF1mJ4zqRL1IoLxmU"
    "+j2TGiAgLy5qlxqXrn59Mz1Ts9Pj7B12c6vm6eGzB551Pz+Di6M4GX4Z2L5ukpkW1PL8DR"
    "8KwOMG3j9Bz/h/o5aNsuaBzXQeOSCr1xF5DQvS+m+wTgs2lAPEbB1LbmQGdI0IV5NxWx4w"
    "wD16Ky+TDhW/yRPrY8P4QG7Rdw5Iv8P/yVUKiIRWLjZuELEerXwVx/BXiYP+NxjCv5JwnB"
    "AeYQuhicOqaZ4Pdz6tTRiFZH7vgJzRzaDFEp4MH6ESjhLwmKgqgkBtsjzeLf7rr65IlcOy"
    "o6enhIDr+Hhw9ldAxRErwMp1sKQNcrHFKjWjPR2PpDah4E0Ty4uvOLb68ao5Cbf0YUVvw7"
    "yuoVQlqRVTo1fKzvfVFawP9UEZErXg/av7dAeEXUDT/63xWibCCfKuq0ex3lBtPQTzFUD1"
    "Lnlg/oTuQ5Mga3VHYyod+GsnN4f3XbHY18L9fgUkX3vWtloGEu1FUwf4p/U1H77m7QpyrR"
    "8IrwrW9KZ+SrSf0rMXiV443nplvSzDhFK5WlQivRlt3FK5plUMoNWnaDRg9iWnAQy8K7Mm"
    "5ZhlZm/OOIXpZAj1upxqaW24ESejVffMDdAxlCCX558EPZjYY3YGNfkFvUJ29VHRXokj0k"
    "2PWlb2V2U0lKaY8k8lYq7CvejVSGTm6jsou59JR6F3MoXwdQ1OgstwJp6cCYVtLoSVrmiI"
    "6otMyRljlC41vGMoexTkm4i8Gdv8QLlZI7sImAtXxznYIerLN46SIurJfEj/S8eTolOVym"
    "lzQQ7SfiUzrWwdFdGIjWhhPLNsAC2uB+2OkAywbda+Cf7evAedJt380UPkP7ldqIMJ1Wd9"
    "qYjH4rlv1G9c0N+rd37d7PFgguVHSnDIYk6av/KYaCjl+It22RnUBpfE4ui8B7mQ/vpUzj"
    "s9dwwCREKl7CtAUGizMTVYqwcuLn7Sdl1g2DmErywBwjqRzAOxnQvs2QDYlRKt6N6uwUVf"
    "mA59FXDv2daFcOK/ChFA3XZaw02c2Jbs5I+PJP7EnZH9wwj0/FBH8pg2N8lHagtg2cBn5d"
    "VYaL+BlsLx/1CNd2eErbQkCNZxgSEh9bw1sV29x0aF2F1Sm4tteqji680zBMV/OlYJsmH6"
    "N1DWhVVcVrjn+PbeqzDaG6DaqpKkz4yGDZ7sbMPUyfVkFuZUa57jVXtx/hpmB1o/pGtLoq"
    "jazdakOoLkN5hijHgTn2vF5EKwKjomtVIqMnCCzPHVt/kMR6xKd1hk/YgCz5ANNCfd4CLz"
    "YxZkfARH46eweCie7AvzgYGx05Ou3zrAJke1WrSEUPD6bx8EBccklBvKv25risZzuWTRxz"
    "ib8t0G0Y1ahPiQNyqtKpaTsu0D28SKjIX3HqwPwIPwIPDzi/OH0KJk+4+zHFzJr8AhYCd/"
    "5efvi3mzpwLGAaDphY8zkuiV8dVwPtj+QdE3o3/Lo9C0GMvWUnw44Sl+FH2/IW4Aj/J2bU"
    "4FFfOPUghqlTykk4o/Mr4hEcGzApfes2nIKvzMf3olf61Gicnl40jk/PL5tnFxfNy+NIwZ"
    "R9tErTdNX9QpRN9fgpc7326W2tlQRb/qQnMR+wtbv74VdtoHSULnXDS3xV0aB/T1Jaal/a"
    "dy0Q+6KioODoftCL0flfVTRqD79rnYHSpn588W8q6ty0u7fa9b2iDftEhZj8Hj7v/1AG+F"
    "74OPga1LwkTnwNnkak8W/Bs8/KtXbV7nwPHoZfqbe0MhgqWgoP5m0V3XQ7Sg/fHih/u1eG"
    "oxhB3pMszbXS6V6zSIIHKsL91v3c7bRHXfJT499U9K2PB2vgRxlrnnk7VTpqmHVXRd3e3+"
    "67g5+xStN3lmXaveHvyiBeJryzLHOtKLcY5k4f/8beaFkyeb+MCnn7eqH92yZWnH/K0BZb"
    "j4i5FGDyBnjNUEqAswBnQuXwYMwmljAz8vR643/CieuDwtxg5TpYJ+gqpw3e/qIWQsbryB"
    "4jkiOY4XzlQJsP0xiFBDQLKLJcc2pOqIyED1gGpQQ4C7C0CcmF+h0ZC+xSoE114QxBdqgj"
    "Xy/ADp2XCgXdHOskUGXjgljWTyG5Pj6f4v+nOgldeXx8Ao7uTkhUShSPLRkEbiRRHl0HvO"
    "ivYfzJKDoleozFk2TZ9++x5U1FwcvQUZOZbs41A1dWNE8VPSrg1j24QixMOEzsBUq2YvC0"
    "sfFv8itY06h0otinE8UmsTh2FYJDJHv+XRiJOpZnT3KOXwWC0kXUezyEDZROf3AdxITjkH"
    "OHdESk61+pqHt71x9QCXV4VUYKuX1HlicdGTMSYMl04ZxvJ8wi3ZXP9OFxnzyIJ3g/wsNw"
    "2NQi63lKcp3zswJj+/wsd2yTR6uA5/UpYlNXEPideGREPsL8fIVFKo/YjPxgCZx4+Qqbun"
    "Iizu1zlSRwvFyFTS25SkHHRbyjn1mP+AhG9Evcsrs8csldWEqTyJa+BA/PoZZAFwCal6Xk"
    "VlCKq4iG9u6ZShw/xxtvONpTNcgRv3rER3BtMuozlciRX8xtOjAhIMoUtppmtelBSLdKSX"
    "OAG5kVQBOlSwpEvJkzDY1kneKBMEklAdQ85JozfgQjsg0hFGzy8yEYzkcSnoMZx2xFtpUs"
    "aSUOI6uUrLuI873CX+7bsN9jg58gSg9gc+KC/wPEMXNnR/D/nHqI+r6AsWfOXBM5H0l7/7"
    "Wro/mKTvkWhHbK75Q0/vWkNptUkO6USIRnLUxk8iV/YtFWQDqy73nhuy9RjVkJ7sSmlt3A"
    "3Q3PmM9EVkt442xahvZi2b/IADf0VwbXyj3sFKlKnnpY1tTEEbBEePosoYSXHeq5lL1Zgl"
    "CamwlnbvbeMtvl+8GN+hr1UGuB8CrwYCNmBcEF8S4LHeXCq1qxCbljS4PAfArqZFsFOQX3"
    "LFrJBRlmtykbNS7D2xSt5IVC88JldxGNIhWE6gwBysr8drl1yDx3HHnuKIrlbN0TlDK7lP"
    "DzrcT2PUMn1628dWuGf3/ZY+mKGiTgqzYKjkU0aOYj5vyz8kwsvyrJ1YTnapr1DG3agRsP"
    "g7ya5CgQeRSEWqDNztfZWvYoqf3RvulyW+pTohagH/gs/bXd+0LP0v6Figjy14P2770WiC"
    "5p/Jb+9yBiC7nAlO1eR7m5obThpRinbhm0+V1MYJm28T2lbRRsJdxRWBROGWGKSg7b9dkb"
    "ZQ68/eXAYw3wLYAdT2RXUahTE1voDJqCceaiEG+eyDEGvuksPHfTqPTXfi0VGtarIn9tCF"
    "bABAZ+ZVXF7O3yaRzIrOaLH54MnJgPZx/BkYX/vef0G5yhaeKjixGhJjX41geqiY98SlEg"
    "YM3FuXGC/9PgMblhY5p1oHrNxuk5/g/1c9C2XdA4Pmp8+NACMQcLYKKpZc/9iOL62PJcoI"
    "NwWcY1NI5PztLijjd4BRUtINJn7msdQFJ6AsmKVgcz+IxvLRMR1HHF+Br5AXJIVPV6WBXA"
    "UFu/oBHUCHzjIBWNX3Fz8ddZrphhXJ1Y7J3o0YvpPpkInIJAJQGISgJYUxWRoDxhkJ46CH"
    "REpB4SXJ5F9RF0CUkQfsRpAd119ckT/aKio4eH2Kh6eCgV2j1/T7tJEJxELFDOAD/Z43Lc"
    "WIuzbWeLIedlCB6Zx3hNsHOl174Z/SRpi+mFipTe5/6go9zSyNSxLyq6UX7gguQ/CWU9vF"
    "M6fhju5bWKhvf4ujfE1xoJKTNogfSdeNjvQECdulFGJL39GKEiRl96aznP7uMvyejYWxcB"
    "+6s3t/dkhvBde/+V8gqRvmqbOINIU/l3oBEM+orXWi1NJjk/29WkpCE7i1RCnAPxJuaA+R"
    "XsTzF4fCBgvwevmiK+M2WOR9JP5iD5i/STeTcbIeknI/1kRGdvlZtv0k9G+slUAnBpP/0u"
    "mJa0n35P9tNVR1caUO9ULiWT9u7MIl0aou/KdHfNaifhLga3tPsX2O4/tI/cENtqWQWnYY"
    "0tSNxW/lwGxpxGs2nrYYbhLMPAeL3xbDxQeGjpzG1AC6djYqWqE4vVsw8tavBJjs9Aj2w3"
    "Ca7AT17q1IHhQUBsOI/Tpp+UlJY9Gvois1VWs7tqV0WBgatlk2c6soiBKHh4sGzz0UQPDy"
    "3cgq0jw5rHDGf/4gBXtx+hC44GZx/qpAhcWDb+2j4rZXG6wtCUx8SUWirxmpby1i8TOIpj"
    "PeqP0rIayyX1HuMT3N0Pv9b44KY0LUD+q2jQ7l33b7W4eWjmFglNQJILksgE5LOMQrNRJG"
    "FSIz9hUiOTMMk13RlXaoeIoAKBfveSv2T8T8yfeVOWxInkyfR9WkV0e9rdoP8Fb/2GxNo8"
    "+kIYCeYon392e19oFtPgWkWd/u3djUITmUaXZdjM9u0myllMSFuJ9bLaUlYS0j6ifhiqj8"
    "0sI6RNBL1R2iZiSjTe+PxcYoalSKVVhMizbAqhQTtrE9396krk2sVKuuCQ9yu5iVtSC5xQ"
    "rkb3Yd028SqMLsMNXLfTHkUOgkFG+uxtP6RdcI/krL+9VXrXYYS77H0VZb0b+6OvxCmRfp"
    "TZEG7fz3BqzWZ4knqLksa0ufRyorE3iRtHkpUxZA9ybdtG9FgZN/YQe95XO5Sy6E1QyiPi"
    "QXQzt0lvmk6unNLC9J3OIWnxWE2Lx4pzp7c3eDx4RfYKc8e3MQgTbMjuzh5Mmje+ZSDYUF"
    "q5YahOYun1OaiqQsgzgnWuM2QMI3Hu1ozxTfntjowYNzJMTAxAhlVieoCuN0mk9mTTOAmn"
    "PeIFNE5V7/zi00T1mqcTQ/U+fbq8BEfDRh0MTz+0gIVIKEsivabmfYnQlbqf8p1cAfImH9"
    "Pi2p02piIVjZ4gmJq244ZkOnJeoO1QG0VSitoo/pXaF2L6MNu0H6sTmA7wRbPQACQup4r8"
    "r795CzB5ghNM/fCwFN5anjux5vDhATjQ/VAHL0+Wg5vXzZlnQ2L/aMOp5+gzMNd/QfoKKg"
    "pe6+GBLf9+ePgIho0WNbbEb9A4ax0fg6O2Y+r/MXzS0eOTbn4ITS4N/dWvM0DiRXcAfp8F"
    "GbEGeVN8n57hHh4+EKNLBw+u3whRKHQG1gJPYANjZIDJDL+7QQw8aZXhECJ2mTbGUA/Cmx"
    "L1EAjTRoOj0dmHj0B5Ng2I+UUicChpPz58iwcOlfaO+7R3lIfHyioJ9wSu1BKu1RIGC0XZ"
    "ccCsSGS9cdDJsf4mfUYoYk8SX8kI+Hw/9CnoRZk+3L7pX7iE8gpQ43RSfCq0+NTx5nPdfs"
    "32cH6Y0BiJyJx5K925izChib13ZAPBnmPsHsivYcOQt2JKsFg9w4h4GyQp0DaIg72iisr5"
    "TOwkGjY5ZRHDuZKmQXnkUoPAUM1sYPAoA3gWglgoI+JDWjYPbRcU9RavJUaWULKq7Dzaf4"
    "4E0SbLjvWd7Exj3Ko4/kRjouFcVM8RG19CBWtoRzLkGkMjEntaX6UP0ZPl1ilB8tHlDDtg"
    "veDB4g8qghH9tj4KwPJtNUpCf4qMBvD20vGpOYMa/ZLBNv8IlSCqhHxgD67mQeaVaOoUBT"
    "tNV0G8d3NMNf+XgXP+sTQoLrciLH/+J73RPOcZtUuKCo7X8yJxPs7z43ycZ+J8eIuZpRsl"
    "zMSzhPJwIlrI1IqDGw3BMlb4CVIpQRFagpLc+hddCZJUAit1hVkMokNVBuUr8zGXV8WpKs"
    "SmPjUap6cXjePT88vm2cVF8/I44lfZR6sY11X3C+FdiV7IMjP/oFpOI54kld6XovGyjHDt"
    "reU/nSAZ50oxUFioXkwapMUyfK43jSXWpONXFzp+JMuYfSM4Ioo6YBofsjauhamkLaRY0h"
    "7ygLWqIN1+zdkBBxTpwESk96u1HbsiVhxx7oVX6Kturz34yTYECcvHOdPVz5HSZonx34bT"
    "XM1wNTPTcRXk2q8sNpMqsZLHTGxomK42Dkk0GNEUMMH/BIlVfPPs2CCW8M0mOBo0qNF26J"
    "oEPEQs1P9p4b4CCzxgHMpR6mBqW3Pw8OC4+CjmaBZ6eACuhW9AZPhfM/xpp62p6Mh0HTDT"
    "HZcYqP8V9CwEW7g+15wBG86tZ1iY+yUk6ykfregNyJf1EvZlt8Qd43Jk7Kl4vqWb8gmlMF"
    "8Q9m5D3bEYoX3z7fyWFJUQ0+3bzG8GH/WZNtYdMyfYaY5pTpKsEtAnD8XNQhL95gqJfpMh"
    "0Y+zqaJ2lAmiDU0nRcOcz3YyWMF4wIuRvGerU3yuLCGaT1FVSCazNdGxD1EJUYshhcZ1cQ"
    "UtSUt4uiMu0clJSilOO4Re5uWRGTrJJVk+lnOaNqvM9j5NWQEXh31v8okPuVYuSBKLVAb2"
    "EUs7L9riX53wXlVEdoWBtsxQGOPOMiKVABhvHpFql9qJDtUnDGiolRpDN5F4Xi+gmbCXRQ"
    "soJM6mkAToaTYuVe9yPD5WveaUKgpOgrA8U1wBCRezVBr8xQF+U+DJdFzLfmWF/9lavQz1"
    "wd9rjuXZ/rgOs1CFljWxrFT/4FAzWJOJZ+PGC0v/E2CXUDZs2GBILpUOgigdliMyK/4ukO"
    "srohZZCl5bRmmJR2xRUf+HMri+VzQSuKU7ulVIiJjsPRXd90aDVLHMLVbMl2/3191Ot32j"
    "DZTPymDQvmmBzC0RI8M48BnapsuIOVFwWMTohR4Yt91eH0NPP1Q0VAbd/v2wBYKLMp2x/R"
    "AvKY5bVPifInvXupN4IxkI8+UvKTKRR7Kw4pf0PqewB0qKrgKSr51zbZkNdXs7pkQwIBpN"
    "soR0PE0o4V0BbxkVU4JUqhKFVjJJObGUEx8KslJOLOXEB4Ox2HLib8RGewCfTfgygBhXh+"
    "kwwyhVXyUzppbfmk0J8MeSooDouNk8OyfC3ekFvj6ZGuA/AJH7nuj461g/AUffiKyXRDDH"
    "7dtEAw+WEAPd+eUAi4h0Y3cdYmXuvw3QEUOsvPM2VYQJZ2G4+FDqXMaQPZmfbr2AN9EVAX"
    "FxeXL4c7XMKI69B88bOJC4Bkj5siDy5V/4Z5UVI4a0Igteard4bz3otm+G2kD50VV+b4H0"
    "HRUNuyNFG94Pfig/WyD2RUUjpfO11+20bzTlR/vmPpBRs+6qqNsb3pF41P2e1u5dayPM2L"
    "u9Ly3Avq+ir0p7QAsEFypS/vtOGYyiF018FUPyHO0X+CPDMkh3NXD2OkGT4uXLIuLly3zx"
    "8mU+4pxhpDKEIk/TknDvJJRUIHLjkUTHSCqB8r6l0Mhy8WjVQmVHUR1Kiuxd61DwGu16OX"
    "5SBTSCEbXAPLnWv1Pw6kv+q+ha6XRpio/gQgxloOlovyBDL3tlWTOoo5y9akSU9gPHVLsa"
    "uNGdPfuB9/s3CfZx1U3zh/vbKwXDTlHHhUz/nMwIm+bq02kW6m/Dfi/XWc0nSDMKc+KC/w"
    "PE53ZnSqv/nHrIT7M19syZayLnI2nvv3alzFrRBQSg1Rw8zazrSWkzqSBjxr1ZipoDSUzT"
    "vrsb9H8QrhNeqSi80oiIXuv0e9ddstcfLsukn5BkNd/wicDPVuNfibG9N+CExi7m2fvEaS"
    "qgBd731ofAV069lqSUHlxiK9f8vuLVUWfopIo6uxEIJZG84GboJLj54PLzpySl1P4LzaC8"
    "hVGym5OUspuF7uZ8dU5BnplfgTROYIVgCOHCp9h5SaRjpBLj9QYgjBGaRV1aKrAsFfIndw"
    "HDkMR43QLi7aC+blBd1TGPTXNuA5FExugFbhIyJMFXAenn7wM403Os5ln2Hn6NFeqDP/dm"
    "UBNAt86iZolwYZOaGEkhd8zQlEX1LsbNM3z96dgAR98agdsk3kMQ8w1oxCxYiOPkTDfnQE"
    "cGCFtkO2VutXama2ZgRBTMkCSDWumRmeFlga6Dx2jFRGPrD9ob0mbl7W1WRFd1bUXUfKf0"
    "rql1SHChos5NG58ArlsguCBi5OFdP0x0H1ySPOma/22okCzp0RcxNGTl0tpuI5utaKvT1g"
    "O9YJ5ZQoocUcmju9BHd9JRZKtIlS36jLG/W6VjZlBLZTOHspluVcqJQROUUk0j8hwL+4pb"
    "k5Cmk5qE7BSyFibi1C3HSKRqmVu1TPwv5/jgY0SH/TL75WwtQltofBkoeNtLP1REPxiGGa"
    "zbKrruDgPy8KrMlnkHjuPS0EkcQ6cZBkx7sexf+KU0Q39lnEPz3TlZtHKpYDmdE3FQWa/z"
    "JK3ccYm841r2Fn/4hgylnEqs/KFSsf8O5pGM3rDb9SiufCjMoOJEEtf1qvuYo/iGymO2v/"
    "qBoV1UhZwcaDKGw7uL4XCLAbdNfVZj6JmjZ/VVyuV5vFQBffLleEJ0vSfnF6p3ftE8xv+b"
    "nz6Bo5swDC/8LfA/BZYNwtppQtMoLi9Lk7y1ejfLDjjBFT9afvrF9REWwtcoEa63ZENxMq"
    "mSFkAlHe+QMkK2OL3QaunutdIbdUkU3fBKRX+7b990P3fDCL6Jryq6G/RJGAMSdze4UtGg"
    "++XraNgC/qeKOgPlujtqAf9TRcN+EIP3ph2I7NJ3xJDM8frkS1d8Pld8/BIeXXT5w00wSC"
    "ugQkhZZxTC/GQF5idZzE3H8figXlLIcV1sXD/rMxPvD22LYSibH+4gSfWuox34UNCs0PwI"
    "RmTvOeumDJsrw+YKOFIPTvCK+wp3WEkPyRStVFUdRk9zmwdlKSXPzPLMF9N9Mmz9BZWYSm"
    "laOZVEnkrL3uKdSgxKOZXyp1KpvLZM4gocnvcf2kXqZGVE/cNAdoVWVkbUjzEPGVFfAIzF"
    "1sZew5n5DO3XGkMbGz2rr9LG2nBOesAmP2pZfJ1aNh9mTmXo0kNyhpd/uJSXrddQhi+sLS"
    "AyyDvUpYJyj6vjijjvrKik+SJ9djzSkpu+twU25c9aSGNyvkJjcp6R5k+edIQgQxBdUPe7"
    "JBdZf4IHmda+uyPx7MmnipTbdvemBeiHioa3REt7W0oxWyRoen7M9EzIdBtOzIVJVgfPwU"
    "yUV7qdpZUnTEZkIz+kAw9TiZGIPNDLKgqbZ0UUhc2zfEUheVYwFv3azJxVRXkX6tixZTBW"
    "x3wBSVi+EvjuWypyeNE7wlgcnHIpRgiPYXhnGLszol9HKvqMF1ISy8P/FGAh1V0Xzhcuj4"
    "tbnGR/wpXjA1k0U+cpHgVHilTqN0TWbzhkA8mvxIqRyf4VuX9nuuNq0LYthp1c/rYhSSUV"
    "KtxbBxmL+l3Mrkj8yXlyT1BJzU4Rfzsfsi3oHQaxqg4M5OJudokBJpTOoWe55jTILltj6B"
    "0Sz+urdA8oXbKAN9iFbnwieXMvm6r36ZjEAr24gE0/X66JfsONgTl0HPzqvqdWqCWog6ll"
    "U7cuImxj+YNtsWZOJUhM/IfXjuLpduP4ybihQulA+KXBm8qARWN1Ww85Gar7OO1bElRbka"
    "5XYOAuYXVNd8blVxYRVEIiKSW+e9nw7E/i62skfNQ4RnWargIn5uTQPi+iMTrPVxid5+mL"
    "mPz4ynzMZclJugrpOz81GqenF43j0/PL5tnFRfPyOGLO2UeruPRV9wth1ImekNmy3q2EQi"
    "/n2aVLVx9R+zcjJ3mbk3wkSGGc4uNClvXWg4VO75sYDcrTq7Tg278FX6OIkhuXyrfga2QU"
    "3UInpTi8QZww9ngsnRQ8Ihb51FW7vle0YZ8EvgmvVNT/oQzwtxYILlR03f6pXSmf+wMSXT"
    "q6Tks8i5mwFrJg5UjJ8gsjwsVagvIid4twJ7LDOfxWAOw3OP4KB/WbnH/f1uVRsBORTPAk"
    "D5088SWk7Kiq3cwhW8go18xNc7nGfQ4Ps9/3m8C1Y83npu9Cy5DBxJ7WV0lhJslyBawomm"
    "dngX2D6p03LqYkGu5UB0ffG6rXOD45/d780AJhumBgIWoEgb/PzIlO06m+2KbrQgRwiblJ"
    "2jARNYGwpqRo+qyx+xZVRHIa42IEHqcObDh7xW2TinT8N5tZL9AAmHkZpgsmT3DyCzd98q"
    "GMtUZektd6EZONZVdpuE1vVfheKfLap8hLBtB4twE0Dm8YL4F90hGRCz7GU7oXRJdFKgcv"
    "y/00WJVKYMwilRivxZg31jWbuoJirJ0YKJEtU1m5eUgrMta1a+WzMhgo19otPpQNuu2bYQ"
    "tk76kovNR+4I9lkHnmbRXd9YejVMnMrTJC9+2Hjve3vRrd9nJGk8xSSvbFssWxkMsMqpRv"
    "5hcjEXnyCGvpFyYoYUgs8rOVJohkxtLVnVIiYylJD2VinqGV6h02teymrXcT2fpjmE1Urp"
    "9yyGVHbb2jyCKhT1xtgYHl2hFnCCtn0LyDbVKAGZzrrJgJ68GOCCsH9m4y7ryZJZRU3u5a"
    "eSsYwoeu1DukoEZbEKcywhl1h8N7ErDI/1SRf8omd8IrFd33RgNiCed/qmig/Oh/J0WCiz"
    "Kn8e2bwC0854mP5cUoJLvLsjuaE6yMLUOCUDI9kZledNDQZvhKe7HsX0R1YeivPBHD1tQi"
    "J1d2chGrkCjGgOW5EytPNL9+7cmrq9RKtB/ca/6K4q8nyfVFjNXEx7QU+0uRSgYoMgNMzB"
    "3Hm891VgbgfHFzHn0Fjqr7ljzjXsXvv9FCtKoKuQqxUhw+W8HYzcsxVGwJYlYk8vqTde8R"
    "cRWKwYosl7FByGdMDFLJk0rwpGfrV8kUoHFKuQkQeRMQ9hV/Ht0UnVxjmPE0iK2DnxK3lJ"
    "lEglRCnIV4PNMnv4iCToPI5Q3lxSaWMLN2S1No2zSlIv9YZhNLmGUAnne66IadxZ2JOU0n"
    "51B2DnkLo+QcSlLKOSTcHBIkyFGH7s06xIK1xvKxiz2uF3Oy0+JWsZSogMfdGbwcq16zcW"
    "bg6yk8Ub2LZuNS9c6pR9zlGDaoQ1oLvDxZQHfwbt2PK/zyZE6elo5wQEcGIFbudXpFneSQ"
    "88KOaLyXNjf1nqMowuJBjxMmycl8pjmOdITfxN4g8ipC3nzsh67a6B2W1UhHPgEc+eg45l"
    "6sU1RyqRYt3kbF/fiSHIjrLJGglPsg4fZBTD/Y5aJR1MiUQVoJv5GUaqJQxL0VAfcy8fYi"
    "3PJDj61XG2UqERn6Wqd/e9fu/WyB4EJFd8pgSB3U6KcYOqO38wmv+EIt/ZX3jbH0V96n38"
    "CjrZd3WI6IRUa71m6BtoquWuBKRR3Mx1V03QLl7JeLsO18rp1JZhEqYSAr7KFlzaCO1qhv"
    "IIurjDGpOPhvY2961e/fJLalV920Hv/+9koJ0ceFTD+/F4PZ+OGLOAGPUUmwi4PtmwVx+q"
    "1GJNIHMtENZX0gBZEddxFxSH6tMeTG4aP6KpmxGStUSEZMss41G/oJyUM3NUIZ7d+IjFYH"
    "eEw4tJ+ntjUHDw+649sNRvKVhwfgWv4DaCTus6XDO22NUy6criWMrbZMU7xeLBvArdG6ig"
    "uEM79sw7YJwoUbL9WIwyXwXrp8GRDOMcpkQgfNFm0wqkLKuAWQcbvWwpyU3QFHxELvgO9u"
    "2kRegf+TSDs33c5PEl6HfKroa7t3fdPtfdGGI3zVHuC9ceZWmb1yo0iQ8EZ+kPBGXpBwnr"
    "NhjETkDhLpQBguVVmY882O4zSVwHnfFseiuyEzdsr9O6XHuSumNC1A/quo3Rv+rgyIQ3F4"
    "hc/linKrXGudfm+o9EYkrlj8uxiSVhsuZq/lXVVYxFIoyMpAs9zL8WjwYmRSfSe0+o72FK"
    "9pQZJIKixy5g1GiFeMnqargN9QaikotFs6WbFbOpFhd/Y2jAUIuyOZ/+6YP+koorYziaRE"
    "ZwQIWymNZ1DvUSof3TlgsTzehvIc8CKCCqwK+/cmXczKxZRIUkpvUpEZWthX/N6kKTq5GW"
    "DzqwAk3m0tg7QCPGwvO9u0eoN3L8aqQDIxkZmYdCB7F92cox7m8u6QqZoKWTbmaMOLQ80k"
    "l1gHWGdMW1ZAn8X9s2VD8xF9h68Z/UpeRsZ4ZQeG95/h6ErlZMS3bf0lsjbIHXQYDgwC9M"
    "+UA8yEBt3OqLaSsUjIC0POYqk5iL+N+dYALizbrTGst4In9VXGW/ayTCHbrVNIMlvqTXDU"
    "PqM+tboLdDCHxFsnyFIJFt54Zk6AXzU0gD62PFIq9Gpg22ltrWZemyzDIIZB2pPuPFH5jD"
    "eekyScRgHLIf9FtKAKCmwxY6V4G/UiRlFBSxHhirakldI+rZRsOIH4rUr4umUpt3MAflu4"
    "d5y+gnwaJcBO01VP1rB1n8IAMk65TpKqcjDvxLRLJlbbu/A/yGbDM7JjJNUb1s1CVqHNFW"
    "ahzYxdaHpnVdhxMEVXiQGexPu8CNzn+Wifs4xwE1tKLtusFK0UEwotJrTxoSdwvyhjlRoj"
    "F3lm1Yb3d8rgR3dIDN6vlbv2YHRLjU/Z91XU62s33Y7SGypKC8S+0CfxChJf02fRt9nWJk"
    "QMXG55WUrpnbd6t1AiQ6GM4rAf2XCI2Bbkkzexqg4L46LCydTwEkooiftnASlHuJvpqMZ0"
    "LU2UqK/2MA3LaouwcAFp5XljbCzjAFIP0MZJAxwNzqjvp4HRpIJF3X6ErgM83N02sBAEjr"
    "eAtm/ERkMCklLk/pLXskSYu25u4xiEiXi8RfwwE6iXCkO4aZsBPYdkdelyQ2TFztMGjUc1"
    "SGGrIMLWMsIo0fe5ItkWETT4gkKEBPvfdL7NYXEn28uA8Vi2o+GVQPNXCB72kUcv7REYth"
    "8lXQSlc2ARJ6fD85e9HrQ/jzgPqj5RC9APFeGP33v02+/Ekf/+6qY7/Eo8aKPLMlKG7bvI"
    "4sNCTnDIPNczZmSlwxd3b1/8OtGRYRq8y2eSSgputr6yLgJ3o6IdEpaXXbH1rpCJZMp0xc"
    "EpJ2QimV0639r6Cyrj8hGjk54eIk8fv6d4J0+KSk6d7NRJiwN5pk+aVk4hkafQsrd4pxGD"
    "Uk6lA8yRctDoxrRBJWLb51BLpNcrn6V7DK8GuowrUnqAbgHr4bLKblBjRQHPmd3cqv9YkF"
    "VfG53thauA8PP3AZzpOUEkM7r8UaR6qEgP/LkfK4kAt5V2EktsC1lKLLVAvLYSzfH0k+pd"
    "Ts5PIuOF0NaEWjGgOjBdB9AkE0B3qWcWue/fXiqj/ESKuvNrnbXEbhpk2Ev8vUYV+/6sid"
    "vP/GOVJUWMBu9VTQpacVMCvx8iwxVpRyCAHUHUjRxngxiJ3E0x9q0yYc3bJayJWCCv9XCG"
    "UNpxbKDiIEsP33EtRiElDauEdhh18qYl2QurnlKcZj9409yGN902cVaILlU0UDqj7udupz"
    "3q9ntaf3Dth+lm3ialf/SDe7hE//ZW6V37xVn3SfbEXvtmRBIQ+Bcq6o++KoMWoB9lmNz2"
    "3STezg5fNNa29Zm23OMW3RDFdsUS0bXSpXD/v6GsI2s2f2AwFxV1xIZXAanS2ziOHCq2B+"
    "A5Ytm1fGGIZReWgpgJiiKCkMvJcSiXOINjkjzsrHlJ/h8b+P+02YxkFAtoOxYKY9MshaF/"
    "cQCxI8J3dTchnbADcQbNNsYUiuy1caaAJCPT9Rxos0QkUmKxT4mFbhilVNdxOmk5JbTe2u"
    "8qXp11ikqeIqW+er/ohutDcVxjFBJRqZcWQy9NBuUW8L0PqqkosrGpK9SpoQ1tc/JUYxwZ"
    "gicrzwv6ssy6E0I+ouvds+WOeZ875md8QGKq+PL9nWIkIuuhikOcivHVLCCPxaVWxPhqZm"
    "J84UnFgXBQvILo7sQfOzcw4AqXstzAgFKXt06Xl9mE7XMx+/P/AVdKY+Y="
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
