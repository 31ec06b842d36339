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


class TaskStateInvalid(Conflict):
    """The task's status does not allow the action (e.g. a second result, a follow-up
    check of a task without rectification)."""

    code = ErrorCode.TASK_STATE_INVALID


class ReversePushStateInvalid(Conflict):
    """The reverse push's status does not allow the action (e.g. claiming it twice)."""

    code = ErrorCode.REVERSE_PUSH_STATE_INVALID


class LicenseRequestStateInvalid(Conflict):
    """The license request's status does not allow the action (e.g. deciding it twice)."""

    code = ErrorCode.LICENSE_REQUEST_STATE_INVALID
