"""Errors of the inquiries area (Q1); codes in domain/errors.py."""

from __future__ import annotations

from domain.errors import Conflict, ErrorCode


class InquiryStateInvalid(Conflict):
    """The inquiry cannot be answered: answered already, or its due time passed and
    silence counts as consent (Q1)."""

    code = ErrorCode.INQUIRY_STATE_INVALID
