"""Errors of the linkage area (codes in domain/errors.py)."""

from __future__ import annotations

from domain.errors import Conflict, ErrorCode, PermissionDenied


class PushAlreadyClaimed(Conflict):
    """The push was claimed already (by this or another user): P2, one claim wins."""

    code = ErrorCode.PUSH_ALREADY_CLAIMED


class PushStateInvalid(Conflict):
    """The push's status does not allow the action (e.g. returning a claimed push)."""

    code = ErrorCode.PUSH_STATE_INVALID


class NotResponsibleDepartment(PermissionDenied):
    """The push is routed to another department than the actor's."""

    code = ErrorCode.NOT_RESPONSIBLE_DEPARTMENT
