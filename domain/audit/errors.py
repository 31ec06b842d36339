"""Errors of the audit area.

Reading the trail fails with the common ``NotAuthenticated`` / ``PermissionDenied``
(domain/errors.py). The two below are programming errors, not expected failures
of a use case: they are never shown to a user as such (the API masks them).
"""

from __future__ import annotations


class AuditEventImmutable(RuntimeError):
    """Something tried to change or delete an audit event (A1: the trail is append-only)."""

    def __init__(self, what: str) -> None:
        super().__init__(f"审计事件不可修改或删除 (audit events are append-only): {what}")


class AuditOutsideUseCase(RuntimeError):
    """``record()`` was called outside ``domain.transaction.transaction()``."""

    def __init__(self) -> None:
        super().__init__(
            "审计事件必须在业务事务内记录 (audit.record() must be called inside transaction())"
        )
