"""Errors of the calendar area."""

from __future__ import annotations

from domain.errors import ErrorCode, InvalidInput


class CalendarNoticeInvalid(InvalidInput):
    """A holiday notice or a day correction that cannot be entered; ``field`` names the input."""

    code = ErrorCode.CALENDAR_NOTICE_INVALID
