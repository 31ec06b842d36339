"""Errors of the accounts area (codes in domain/errors.py)."""

from __future__ import annotations

from datetime import datetime

from domain.errors import DomainError, ErrorCode


class InvalidCredentials(DomainError):
    code = ErrorCode.INVALID_CREDENTIALS


class AccountLocked(DomainError):
    code = ErrorCode.ACCOUNT_LOCKED

    def __init__(self, message: str, *, locked_until: datetime) -> None:
        super().__init__(message)
        self.locked_until = locked_until


class AccountDisabled(DomainError):
    code = ErrorCode.ACCOUNT_DISABLED


class ReadOnlyToken(DomainError):
    code = ErrorCode.READ_ONLY_TOKEN


class CsrfFailed(DomainError):
    code = ErrorCode.CSRF_FAILED
