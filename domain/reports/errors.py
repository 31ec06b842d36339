"""Errors of reports from the public (A4)."""

from __future__ import annotations

from domain.errors import DomainError, ErrorCode


class RateLimited(DomainError):
    """Too many reports from one client address (A4): nothing was stored."""

    code = ErrorCode.RATE_LIMITED
