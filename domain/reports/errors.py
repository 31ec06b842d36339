"""Errors of reports from the public (A4)."""

from __future__ import annotations

from domain.errors import Conflict, DomainError, ErrorCode


class RateLimited(DomainError):
    """Too many reports from one client address (A4): nothing was stored."""

    code = ErrorCode.RATE_LIMITED


class ReportStateInvalid(Conflict):
    """The report has no task the coordination group may still forward (A4)."""
