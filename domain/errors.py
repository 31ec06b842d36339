"""Typed domain errors with stable codes.

Every expected failure of a use case is a :class:`DomainError` subclass with a
``code`` from :class:`ErrorCode`. The API maps them to GraphQL error types in
one place (``api/errors.py``); clients branch on the code, never the message.
Messages are Chinese, for the person on the admin page.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    # generic
    NOT_FOUND = "NOT_FOUND"
    INVALID_INPUT = "INVALID_INPUT"
    CONFLICT = "CONFLICT"
    # access
    NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
    PERMISSION_DENIED = "PERMISSION_DENIED"
    READ_ONLY_TOKEN = "READ_ONLY_TOKEN"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    ACCOUNT_DISABLED = "ACCOUNT_DISABLED"
    CSRF_FAILED = "CSRF_FAILED"
    # calendar
    CALENDAR_YEAR_UNKNOWN = "CALENDAR_YEAR_UNKNOWN"
    CALENDAR_NOTICE_INVALID = "CALENDAR_NOTICE_INVALID"
    # catalogue
    CATALOGUE_INCOMPLETE = "CATALOGUE_INCOMPLETE"
    # linkage (pushes, claims, tasks)
    PUSH_ALREADY_CLAIMED = "PUSH_ALREADY_CLAIMED"
    PUSH_STATE_INVALID = "PUSH_STATE_INVALID"
    NOT_RESPONSIBLE_DEPARTMENT = "NOT_RESPONSIBLE_DEPARTMENT"
    TASK_STATE_INVALID = "TASK_STATE_INVALID"
    REVERSE_PUSH_STATE_INVALID = "REVERSE_PUSH_STATE_INVALID"
    LICENSE_REQUEST_STATE_INVALID = "LICENSE_REQUEST_STATE_INVALID"
    # inquiries (Q1)
    INQUIRY_STATE_INVALID = "INQUIRY_STATE_INVALID"
    # reports from the public (A4)
    RATE_LIMITED = "RATE_LIMITED"


class DomainError(Exception):
    """An expected failure of a use case; nothing was changed."""

    code: ErrorCode = ErrorCode.INVALID_INPUT

    def __init__(self, message: str, *, field: str | None = None, code: ErrorCode | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code


class NotFound(DomainError):
    code = ErrorCode.NOT_FOUND


class InvalidInput(DomainError):
    code = ErrorCode.INVALID_INPUT


class Conflict(DomainError):
    code = ErrorCode.CONFLICT


class NotAuthenticated(DomainError):
    code = ErrorCode.NOT_AUTHENTICATED


class PermissionDenied(DomainError):
    code = ErrorCode.PERMISSION_DENIED
