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
    "eJztXWtz2rga/isafznpDNtJCCRZzpmdIYR22SYhQ2j3UnZcYQvwiZGobJMw3fz3lWQb34"
    "lNgRiqLwmW9EryI+nVe5P8TZkSHZnW2+bM6JMHhJUG+KZgOEXsRyKvAhQ4mwU5PMGGQ1MU"
    "hppGHGxbKpwZqr0sP7RsCjWblRhB00IsSUeWRo2ZbRDemtK864CBU0OoNnDOqzWtASiC+k"
    "8EmwvA6kSWBUaEAogBerIRxdAEOrQmQwKpXgFTuBgiQDACOppBak8RtgGnfctb14nGmjfw"
    "eNsNOdj46iD22mNkTxBlzX3+myUbWEdPyPIfZw/qyECmHgHZ0HkFIl21FzOR1sH2O1GQv8"
    "NQ1YjpTHFQeLawJwQvSxvY5qljhBGFNuLV29ThUGPHNL3x8dF3exoUcbsYotHRCDomHzBO"
    "7XYgSFNU9bbbV+/bfVVVEoPpU4Rg95I0gvlEYF21xNuPeRd+qp7UzmsXp2e1C1ZEdHOZcv"
    "7sNh0A4xIKeG77yrPIhzZ0SwiMA1DF/wSsrQmk6bj65WPIsi7HkfVxXAWtnxBgG8z9XYA7"
    "hU+qifDYnrDHk+PjFVB+avZavzZ7R6zUG94kYYvVXc+3XlbVzeN4B/jOKBoZT0UQDigOEe"
    "OzPBCfZSN8FgdYMFB1wvhPEZCjVJsB+nX5RATms1oOmM9qmTDzrCjMGtsCGBQqtJMwX7Ec"
    "25iidKijlDGodY/0rf9jD2f4Cqj7nZv2fb95c8ern1rWV1Pg1ey3eU5VpC5iqUfx2b+sBP"
    "ze6f8K+CP4q3vbFnASyx5T0WJQrv+XwvsEHZuomDyqUA9j4if7SZFhpmjOVsY6wxyl3MAw"
    "e6tHjvLmR9mElq061lrjHKeVI13mkfaZ73ChFhKfE3QvS9LlH9jNyNIBuIF+UwzcBJ0E1w"
    "WXq36jh1Q9JcAsCfQ7QpExxh/QQuDdYf2CWEtTUzw9/SpS2X7h/OzPJj816CKFj0u1OTnJ"
    "GAzs5ZEtgOgxztLrtPpKBrfYAMgfLZRHjN5TeBMMMgIv6wW4/Xh9rYgpPYTawyOkuhqZ2z"
    "yHVEksZVk2mTWtTuMpEMOxwIi/DO96coKnmKmi0z+HoSq6+F62VA2cn4/RBftbRxcNAIGo"
    "ZhG2Bx2xVimZQzYCljNDdG5YjBYQCuwJYuUJ1Q0MeX1gTIkze5O0Um2rEWmhKpeFSmMTs4"
    "hq75c/OKV+87aT1zX+lQnabZj+HtibpaPbxs40sYtGkPZpt2UC3ADUSvPurtf91LxuAP/X"
    "AN9/vGv3PnXuO93bBgg9DHCr2+1ddW6bfZEVfopz9tdZC9LA9ZJMtLcKcUKtyBbKgvmwdM"
    "5Zyflw6dG++9BDphAgssXgsE/wMEThyLJxmJT/nQgdlqLwvE25/h5ZltvPhFDvZ+WT6K1Q"
    "6Rzi/PnZ+XDg1Ef1+sCpjU7gwLkY6jqXuoeUPLLx+48FTDI28H990frBQGBC2DuJBLGQKu"
    "InKw8M2wLc95Im1G+zKSnal0u0l7476bsrBRffW9EmPMzoaWaw6tYY5iilHOZSD7N00f4I"
    "o8zl6mJepRDFWv6ksq3ZLTuUHE/r2I2Xo2zg5nVzhCZVxMHRat63mlft1/JvCNRTlCB/NH"
    "JoQP7451J/6tWLgXNWPT3nesiMabwEg8cJ4YqIBQymbkzRdIgoICNwBG0wZczgTSwENlXX"
    "2VS9UrEpl2LDJ1dR43qY5uCUmtNqDqXmtJqp1PCsWPCFYc1MuFCLwhynO8Ag281rkJSYKM"
    "XK99t99zZD1PQJ4lKmodngH2Aa1tZEEuV/Iwdrwqs7dAzTNrD1lrf3i7J7sZMDFJE4fZCP"
    "bpp/xPFvXXcv46Ikr+AyHlIOLeuRsC20qOEkQXiAc79ar+eY/KxU5uwXeVHEDaYasxk1T2"
    "E0l4TNdIgztsswXQzsISPcFto+n9/tZL/sdq8jk/2y04+B/PHmst07OhHYs0KGK0wmI+tG"
    "0DCZoirsvKoQ2AoIKenEu9OJjksttISigInGrQEMH8MsakqI00pjQpmNCSJm210PawZ8h4"
    "nlWJd5rKWx/4cYZmemrznMUUo5zKUeZnnEQB4xKK1xOO8Rg2LhVqq3D6XoWjLsyofLi9/5"
    "zsirUMzQfvL43UZfNR3dsNvzjFMVodzKSg8EL6eiee7TFF2MgDaBeIy4H4AxHhs1uJegwv"
    "7wUKfHCbQrYIhGjEcBiHUARzaiFU5jYKSD4SIj2GqTFb/sgfjMIKAs152EAhHx6LIOC31V"
    "GMHnJFNZ5kDNn83hJELVsOU8yLKVvzOdHrxUcuUY48z91CPYjBGhDK6Pn6vV09Pz6vHp2U"
    "W9dn5evzhe7qbJrFXb6mXnPd9ZIxLSyw6S4mKrFFf3QFwN1mMxcTVBJ8XVpL0uyezyGv6T"
    "lAdo+T+p5zrDU19xhqeeOMPjIudGnK4xo8OEckrLE/S75heevFSAT6TrCwfBH7Zxxi8m0u"
    "YOYY+SHSDam49BiKgLBYFOZRIS5jSYXXUviXF2rEdA8V3BHiXjxruO6hC6dRHYlwQS9fVR"
    "p4i9tlWUq0Sp1mIrJcN921xlRtG8eLxSmOjgQiI3D3JRfCW0K6EtcGx8m1bnFmTvpUN6BR"
    "dKitk5nF1ZZXfWvIKq7pV8yfCcDb4MNy9XuDm3fqbbUzPUZ6/8Kmvq3rGAFQhy22gypPOR"
    "0AdWob8eisV1xoh3GNz5OhBuMLjTIg7VMtTll2/GCajLrM4pd83Wh+b7dgN4PwaYle60WI"
    "L7n1+I0+u1W/51OP7vuJMul2Vj45fhTIhp6GscrojTSdE4x+l84YEVNwkWd5ykE0traJLr"
    "BEgVmdBRqjJznDJ5TXzU1ohBjVBKb2+pvb0UQauYgyGgOLydoZ7Lv1Bf4V+ou/6FkumdPe"
    "Tem6qsUD6XZSq5NFAaLp4r/olf5XRk6ODkDT8pPWKTeAIoxDqZgjk0HeSGJgE0R3QRimkS"
    "N0R5rabHP22q4rKpxKVX17atE4fnWH72FNAc4F6/+UPYcqM/2I2+ZLvQnwim3vgRyc+3+y"
    "z8oi9/cQ/wsgBhtgUgHRgYjFjvGt5uwBRdvhUYNjD4ZR3gy5ewifXLl5QP631/fWXbZ350"
    "06s/mXLC6heXG7g0C+6fWdBjXOuZqtKJpakquRICpIoIr1GqMq+CMpmqfNTWuDQzQiklWC"
    "nBZn2LB+qmgVGa9LrMWym56uFS2/Taf1OCd1I0kwRf+dMZIT9RVRGXxVL/9KFXRRDO7XZU"
    "JTOEVUYjXsNbEoqgZZ0XD2IRhlqznOH/kRaExPrPbJfI26hHsqJNKRrvUjSOD2nejSxOd4"
    "Bb2ea9iKH1koB65cHGCN0hXRy7kxOOeb72kw78tr/wc1Czu+znhPaPbYcM5Y65ttbt05Z5"
    "Eiu/d3sfOrfv1avmn/cNEH4a4PvmTZv/bAD/Vzk0bYY3Xe96nyilVEtKp5aEhzkURZhylU"
    "cmW4uTSSNKytFSV2MpuHoCqt2snJIEyO7dwuHfdRWuWphydeXK2N0Y5Q4Dd5cpexu5GzEJ"
    "FPL2hgnl/ZFlXlneUJkMfG6qX3OHeqEWuWGlLC55ceehrq+SWKKbiBraREm7u8zNqay8ty"
    "woI0+O7ReTybbRzhEtGiQXIimz2r+m7Wor3w/gi6oAwl7xA0R3K3ewsBbt1Etbs+9OCJHs"
    "/gMlr7NRbuz6hFfdzJ7/BYlTeAo="
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
