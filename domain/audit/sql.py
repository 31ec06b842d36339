"""Database triggers that make the ``audit_event`` table append-only (A1).

The migrations install them (PostgreSQL and SQLite each have their own); they
refuse UPDATE and DELETE (and, on PostgreSQL, TRUNCATE) of audit events for
every database user that cannot drop a trigger. Whoever can drop them can also
rewrite rows: that is what the hash chain and ``shenguan audit verify`` catch.

Each constant is a complete script: run it with ``connection.execute_script``.
"""

from __future__ import annotations

TABLE = "audit_event"

POSTGRES_APPEND_ONLY = """
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

POSTGRES_DROP_APPEND_ONLY = """
DROP TRIGGER IF EXISTS audit_event_no_update_delete ON audit_event;
DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event;
DROP FUNCTION IF EXISTS audit_event_append_only();
"""

SQLITE_APPEND_ONLY = """
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

SQLITE_DROP_APPEND_ONLY = """
DROP TRIGGER IF EXISTS audit_event_no_update;
DROP TRIGGER IF EXISTS audit_event_no_delete;
"""


def append_only_sql(dialect: str) -> str:
    """The script that installs the triggers for ``dialect`` ("postgres" or "sqlite")."""
    return POSTGRES_APPEND_ONLY if dialect == "postgres" else SQLITE_APPEND_ONLY


def drop_append_only_sql(dialect: str) -> str:
    return POSTGRES_DROP_APPEND_ONLY if dialect == "postgres" else SQLITE_DROP_APPEND_ONLY
