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
    "eJztXWtz2kq2/StdfBm7iqRsbGzHc+tWYUwSJg54AGcm53BKaVADGguJo4cd5tz899vdek"
    "stIYEEQu4vNki9W2L1c6/96L9qS1VEsv6+tZJG6jNSarfgr5oClwh/iNyrgxpcrbw75IIB"
    "JzItDKdT1VQMXYArSTDc8hPd0ODUwCVmUNYRviQifapJK0NSydNqrccuGJuXCF2OzevG5f"
    "QWaAiK71RFXgNcJ9J1MFM1ABWAfhpIU6AMRKgvJirUxDpYwvUEAVVBQEQrqBlLpBiAyL4n"
    "TxfVKX68pMyLfpCpSH+aCP/sOTIWSMOP+/0PfFlSRPQT6c7X1bMwk5AsBkCWRFIBvS4Y6x"
    "W91lWMj7Qg+Q0TYarK5lLxCq/WxkJV3NKSYpCrc6QgDRqIVG9oJoFaMWXZbh8HfetNvSLW"
    "K/pkRDSDpkwajEhbL+BdqwlCrz8Shp2RINQijelI+GC3L01VhXQE/Ko6/fVz8grvGueX15"
    "c3F1eXN7gIfU33yvUv69EeMJYghac3qv2i96EBrRIUYw9U+j8Ca3sBNTauTvkQsviVw8g6"
    "OCZB61zwsPX6/j7AXcKfgoyUubHAX8/PzhKg/NYatD+3Bie41Cl5pIoHqzWee/athnWP4O"
    "3hu9LQTPqZBWFPoooYX6WB+Coe4aswwHQCFRZ4/skCclAqH6APO08EYL66TAHz1WUszORW"
    "EOYpXgIwFAI0ojDf4zuGtERsqIOSIahFW/S98+EIe3gC1KPu185w1Pr6SKpf6vqfMsWrNe"
    "qQOw16dR26ehLu/W4l4F/d0WdAvoLf+r0OhVPVjblGn+iVG/1WI+8ETUMVFPVVgKIfE+ey"
    "cynQzBp6wSNjm2YOSubQzPbo4a2cfyvLUDcEU9+qncOyvKXL3NLO5DtZC5m2zxG5zTvp8j"
    "dsPntpD1xPv8kGbkSOg2uBS1S/2TNTT/EwiwL9UdWQNFe+oDXFu4vfCypTlppi6+n3gcqO"
    "C+dfTm9yrnqvqMFXV22OdjIMA/7xyKBADPDMMui2R7WY2SIHkJ90lGYbfaTwRibIALz4LU"
    "Dv6eGhRrv0BE6fX6EmCoG+Te6oDTV0xS0bvbVsLMNXoALnFCPyY8irRzs4g6YKdv8URFVw"
    "8G1mqsbmhzN0g/820c0tgIBWs/bzQSf4qZr6AnEL6OYKaS+SjmWBqgFjgXB5VRMlBZL6wF"
    "xTzdVplKUq6iGcoSoXQzXFHTOLau+Ur5xSnz93cljyr0zQFkH9PeNfxka3o5jLyCoaQNqR"
    "LYoCzAHqWuvxcdD/1nq4Bc6nsTJ8euwMvnWH3X7vFvi+jJV2vz+47/ZaI3rL/y08sx9mLH"
    "CCa9Oe6GgV4ohaEb8p8/qDa5zTo/3hzpb9+GWAZLqBiN8G+22C1dgKB4aNiXf5OyJULUUh"
    "gI6zARUkAy137khWXV1c1fFOIsl4TfEmUFbnePstS8rzjoC1ncoecF1VRcyn2OTRyYZedV"
    "XrZ0Xq20Ok69Z7RpRt51Y9laat+0qnULOvr64nY7M5azbH5uXsHI7Nm4koEm14oqmveF79"
    "mw7wEJCUvzsq77OEwELFv4leoAtcnX7E5YFk6IDYRFnKdpGP4ip3uVRublPnNvVSzOJHq3"
    "L4mxn9XEm4ui2aOSjJm7nUzcxdJ95CKxN9N5u11yexlZ23bGO2YEOvabMB+7E+lg3ctOZH"
    "X6cKGB7brWG7dd85lN2Ros5QgpzWSKEBOe2fSv1pNm7G5lXj4proIVhz1VUFvC5UoojoQM"
    "LqxhItJ0gD6gycQAMs8WRwGnJNZ+o6edXLFZtyKTakc2U1evllKqfUXDRSKDUXjVilhtwK"
    "OUVJ+kqGayErzGG5Cjq/569BaqqMGIzfP4b9XsxW0xEI7zKlqQH+D8iSXtiWpPY/M1OZUm"
    "+LiSnJhqTo78nz/re2/20nASiw43RAPvna+ncY//ZD/y68lSQV3IVDPaCuv6p4Cc1KnEQE"
    "K9j3G81mis6PS8X2fnoviLiEVWPco14YE82dins6VGKWS79cCOwJFiwKbWee329nv+v3Hw"
    "Kd/a47CoH89PWuMzg5p9jjQpK1mYx6vM6gJGNFlfK8At2wZdiksIX3pxOdlXrT4vPOV6eE"
    "DcD4SHJWKiEsy8mEMpMJNJbCGg9bBmL4hXlbl7mtOdn/JprZXIlbNnNQkjdzqZuZh/7w0J"
    "/SksNpQ3+yuUEK9jrE0LW4O6TrjmX57+zqheV5AR3nHJ/Jy4+UnknacteuldXf7xj7Vxg6"
    "hN+Vw5YZtpWm4h0BRy4Lci9Iy2FqczH7ZlVXedik5UrVjLxQ69LaKgRakdbolilKRuclJg"
    "rWd7eeaJkm5QT0kjr6ta8gMF1AZY6IfRhvSA10S6zHdfyHuMC+LqBRBxM0w3tXABURwJmB"
    "tDqRkRQkgsk6xgk3z4o3W6Z/xxBo+K7VFyki9Ku1pdTRnzUs8Ht0s+negVOnU/svqZrgt6"
    "h6t4zaH7HGcFIqOoCkeayeZQvkQy6XwST+odG4uLhunF1c3TQvr6+bN2eulhW9laRu3XU/"
    "EY2r7tecNxvOs9MZnMY4AhrDG4/ZaIyIHKcxonac6GSX1iAclaygRfi8mSrmupkQc92MxF"
    "xbyFmRCFv0aL8g79I849G+5wt7v5RhnmCrDZWYH4rIyRDa0qYObQqKVRDt/H3TAupCRqCZ"
    "kwSHmQWzpe5FMY73AfQkdnICLNlsvG9vP6pbZ4HdFeCob4+6hvDP1rPOKkGpraaVkuFe9K"
    "yy0tBLdj9Wv1DlXOXzBzkrvhzaRGgzpPkpknVuQ/y7RKjdw3WNQTv7b9eTeOepXVAQ7ZKb"
    "iOd48HkYUrnCkAj7yeZTY9Rnu3wSm3p0U0ACgoQbjbr6v6raM67QGQ/Z/P1Dwnt0+j8MhD"
    "k6/euqqU1j1OXNmQw96TKrc7XHVvtL61PnFtgfxgou3W3jC9Z/ksBwMOi0nfSFzuewkS4V"
    "s5F78sKFKkviFkF3YTm+NU6RtYVaYGnm5+yGE7YwZ0Ojs46HVJYOHZQq84xTJquJg9oWsQ"
    "kBSW7tLbW1V0NQz2Zg8CSqtzI0U9kXmgn2haZlXyiZ3jlAVv7GWoLy6Zapp9JANX/xVP5P"
    "JMXfiSSC81OSQWOGO/ECaFAR1SV4gbKJLNckgF6Qtvb5NNHMgfZT2f5PeVVcNpW49Opa0T"
    "qxv4+ln548mQqu9fkn5+ALfWUX+pKtQt8RZGaCCtxPt/qsnaKbT0gGpCxACl4CkAgkBczw"
    "293aqwFWdMlSIBlAIkmcwI8ffor1xw/GQci711e2deatU69OZ0oJq1OcL+CcFjw+WtCeuL"
    "ajqtjCnKqKjgQPqSyb16BUmUdBmagqB7UtkikHJPkOlu9g485OhKIsKYi1e3XvJe5cRX+p"
    "Iq32f9W831Sbyqp3KrOIBUlEVZ0mEdecqHS7Cs+d23pRQV0hRcAy9GfYQ6JGZfHL0y90EP"
    "qeppuT/6Cp5xLrfMerRNqH2iIJz+Rb431ujcNNmnYhC8tVcCnL34roGy8RqBMDGwNyVUoo"
    "vpcIxzSnM7KBL/pExkr17rLHCR3ftO0jyk15a63bkS1zJ679qz/40u19Eu5b34e3wP9trA"
    "xbXzvk4y1wPpVD08Z4a9ulfQtKcrWkdGqJv5l9XoSMjB6x01pYjJMojNBSS2PJOHo8qf2M"
    "nJI4yB7dwCFHl1JTLWSkNE703Q1J7tFx171ytJ67AUogk7XXL8jzCpd5ZNlNJWPwCVW/5Q"
    "q1oRa+YDEGF0/oXNXxVRImOnDiNyuDWehE8CRfCicdXeBE8lQEdW1sNifwnJyHdf1hbF6i"
    "m8nY/HBz/QGctM/roH1JPfFkaYoUHXcKsIQG8cAT0VQSraRjUAHOYzccvFXcg7gfRrnI5i"
    "nupFnoN6c8j33dSL5lDQIqOsfU4bBtpHLxbiS4eDeiKWRkNMfT5wTqEmODNUI/YyaGkNj+"
    "GLha7QCrfOffo8ACH8n94C7yD/3eJ6d4OCFEaMOlLpeSRQ4jWZpLExYPmqhLxtRQmE4Z6f"
    "kVUCk9CMk+I9PhcyxZfg5d8jjZIkfKC9KkmTSlKYWFFf6iituqhWmq4rohI5WbLKuvWMPD"
    "mh5JHjzXYMahElsBHy+5jxeSHUjC9wVSUPB3+YzLS3JFfJXZepURZjKcM8ZPkroQU0EF9l"
    "0hW2bjJo0xs3ETb80k947pYM1Ihz/6czU5l7hNAxwFl8gPh3tzzXxY76eytWxlT4crG9C/"
    "nP60x+PhFlAhztxzak7Y8ZCbz3ZdjjmjIvAXesRN8AgqZrxt6IyqNEYi2Smb2jZ0Tf82z6"
    "8vxubNWfMSnLQvqLnG6SCAdBAwNhvnHy5pNgbdXCGNeHbge16PpMfWSIaOb0/eEZF4K1Fx"
    "jxwrY2WEy7u2JF0SEbDPDNNpVT7xk8dB/7E/7Nyf/h3fgobv3lixj7bTiXUKt4z1Vt6j8D"
    "v3ex+7g69YGqga0BBx7tbBq2Qs8C+x0q+MlZNB5x+d9og+gljAlGcSckzPfiMVP/Ueur0v"
    "nfv3oGWAJV7MgKog4LzWO1V75z5lrFBpjEMQplvw4wcNAgkMaDw//PgBsFaLGx8XiN4bK6"
    "8LSUYUEue1SDUWpjroPT08AJUY3F4l0n3sy9aQBSfkto5/5QrvYU/rY0VXLXBxR5xAHRGo"
    "kDzDBWYmAR4CHWFAResR5HnctFdC0x45mMqM0dZTBAa70iW2R9WcwXXrDjMSCWwPMhII7I"
    "43Z+jeAufTWHEG7K07dMOz3GG8mJkzQIYREiufC0dcgUETcIhcbemcFxLlymCplUH3cNtt"
    "yJ2QLPfELHNL0/3YVoHpIm/ho2jhuASK8V4f1UqguG+PD86Xvolh5S1zk3XGdMpRSe6OUL"
    "Zj+8o2dPJP/yNu0XVDUrzbRoHdQRPNTQmteud1lcms/TcqyLswI0meQzljYHRzskVPTqiB"
    "A77ROhiYB3IwEFbURlUPmQhZ02eMlZC9z+C22HxtsZvmlBzwHnrVDs1Jyg5estkkLewJk2"
    "qKBvAtfTng/qSj46UCNiId3SYEAMavQY2EtViFkCO8AWGGDpwCYkf94PBugDekp8VAe5gA"
    "Yde54xvS4o/8CJWpp/MBefEVT+EGcoXOmmOzedHEf68blzf4ynVjCk7aTeqTsTInsqQvkF"
    "gHM039L1KA+yTqFGCb/YnJHxjwGekAzWZoygwSLupRjtuH/ctJSnfrDsBfoC1juX8Q/wrq"
    "o0EdH/AN3bDLSi9W7WNFUQ37MBL8oBNScCHNF/irYi4n+B9cqsrccq6gEvop92YooTeD1V"
    "oZgPUEeNL4KFfmDBIh6xmoUcm8T0MtxFMkD0KfcRyqO8lt4z8QkuXWkVJbR7zmmmQ/4JMp"
    "XObsj9tGQRWRax6v4Ayw4429TvkKxJjt29IbSEuDITVZFFLskhsjvT/C/+xIlt8gr5cV5h"
    "hpDnMS678V0vEVcLDDYBM/8MwAB4U4qBGzoH/fkM0uGJXkdqqNdio/apyS28QpR7tYZlou"
    "ZuuxYwjbo/Nm4dR8R7a5jo1lC0+8eeHlRKdVEafwYp4XZj6DXdW6WZGkecCEzyDMwyb+NG"
    "R5xM0gDWV+ic7h2Gw2aBhj4wMam9eXZ1deykvKZmNsphqe18ArDOa3pOGDkm6F8SGRRZTn"
    "/wBOTpeLnOZZNHkWzePMoskzDPEMQ+XahVTCWMAjZt5EMwcJ70xbK5Yo94zfzNBEEufvSN"
    "FUlCGoh7gaVnfbId9QDpxDJCNORZAvVGlmE1sM7TmWAUujRvs8E7IfU9EK665Q93zBiDMX"
    "dD27TshL67Z72GlUdd6tKoaS/HvN505HlbA/uN58QL2Zr59FYV4WbuLQYL4xduKA4BZCT/"
    "CI6T3Fo2ftyAzRCvbp81R9+jyhT5/zg2tisd63c9vxHVwTbQz3yvEyoPzkmrKfxMFPrjn4"
    "0sxPrjmu8WJ5lWTZogaF+P50M/Xr4252JH1ZwZhHhnVa4jfYzQ5L+VbWzWwvlG9cavkIqt"
    "ko3vRJ5luhlO7qzB/m61KxTh53NyAeaKpp4PokXF5ZM2jefOolccN9BeGrrzSxuuWfEKqb"
    "VOJyxla/OiVJ1z08aKUkpfoM9zIrzJhesl4r9KZuQDKNQibhyHbXBLKqPpur92C0QGPF53"
    "oIrBVAB1BDVl721wVS6GOCdS+gCBTV92uTEq0HiO1I1hjcvxIKcB784Dw4z7BW/I6a0ekj"
    "KMfzXWzpClJe+XPkQeiyEo1s6QoCX8wh2SS+KtN84pPgennZUri+HXAPZY8oG8LFmyMiMa"
    "5bp8XkKTGzRiNn24PEVlC9np7/LiQCXtYZJraC6qFfyFaEp+A94HzjwrXLnBOppHo9v9h5"
    "xwVwl7knUkn1WqGoSKdnxAjq3xTmZAtxG38GGz/GTIAaguw+vvnwQb98ibt3bdj62Bl9Fx"
    "4H/fun9qjb792CyKWx8rnTehh9vgXW/7Hysd+/F1q9e+F+8PRpeAuC38fK8LHT7rYehM4/"
    "n7qPXzu9Ea41fAnX2vqtNbjvPw2F9ufO12679YCrYlwM0+1pBuBFI8X4u2jEDj9yKzZR3v"
    "Y+v8mVcNaTMRK5aZqbpveNda6m6RSTSA6oVz1hTBj65Jk0s5fAXuzf4TwrSaZwRk6WbFbx"
    "sLaf1kLut/S6Bmf/UeN6fBATyzK+c308CqoUa0c9wfpbHga2bNMZj4U6IqaDx0LxWKjjnR"
    "pKYHssHcQ8FqqysVCcDd2AOmdDORtaGBvq2HAyRfQEhHgUT/KUyKN4OFV6BFjvKYqnSH4u"
    "BS23JRu3HQc3Nq+vxHP8d0Ly7V6im4mbabdBM+36KbUlNMjJcDS0w3/d29KzEvrm/wCe0L"
    "dclBxP6PtmaKKKJfTlGjXXqJP7N1eouUJdNYWapzHnaczLpdIx151jy2/N05i/iWbmlsU9"
    "8l8eaDlQYPeByo4M6LTkV6Sb7ZDFJoF5z5LJxsdoDc1JxZwFC01nw0AumTH04ZuVNHQaez"
    "ficGw2J82zAMdHsrXgVjQApFlZwEolmAJDTc8WZq6VU4ScIiwLtJwiPGaKkCvLXFku1xak"
    "EloUV5bfRDNzb/0DKc4sd4Ad1efqHt1cD+nQMf3uuI4AK1nSgoPozy5m3eVK1YwaQ3kOF6"
    "mn05wlr3QKXfkKnTWxDnvRJH8nsyn+e37VxJrsFdZkSSJUcyWrUEQi0Fd4FyPqC4QMGr32"
    "uoAGmKApfmniFyMxXWzyrp5rz+XSnvHMbJiM6SOdAdeTLrHKV3vs9O67vU+3wP4wVr61Hr"
    "p4E0Mvep/HynDUH9CL9gd85and7nTuO/f4mvNxrHxsdR/IJev/NqbX86s0QRzh/ZUvhuMq"
    "rE3OJBllDpkJCFUwWKYQvZ2Cpkv/ZSAdOx8FZPguk5UmawEbzassndeTqGDPzZ/Nw48zmN"
    "auO0mB2jqOLXWFwkzT2rAOMjkymJO4JjtCwVV/MZp33V5r8J3tkHbHiGi4+z7qtELIGyre"
    "22WYLNzy+5sozo5kllhp6hTpOsqUrsgvwyENQ4o0TdUyRUB5Ejz8KTBf5BH+pJvLJZ6Os7"
    "SHT6QcDUIeW5kGccj/yTrz9pohWsGtynkzVUR6MyEivRnZZB+XsWaflEClSHwDatu1clAy"
    "h1YuJ6lZiVaeSYqd5CxzM4dEeTuXuZ255fVNNLNvV5OJk4/I8WzxG42tHmY5mFmfdFSeqK"
    "rcTauR7hUwquK3oMf8HSo8v4U0abqoMcyE9p16knUQemU22QTjceW2t3LZ3mIzcMQrlD6R"
    "CiqSjWYzjbWm2Yy31pB7oRO88aDKgLBdvILoFpI4LtaoEM9WxZsU9sBWHWaLlxsvFdkp7H"
    "Mx+/X/YN1oyA=="
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
