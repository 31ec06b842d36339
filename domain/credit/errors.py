"""Errors of the credit area (R1–R3): both are conflicts (code CONFLICT)."""

from __future__ import annotations

from domain.errors import Conflict


class AlreadyBlacklisted(Conflict):
    """The licensee has an open blacklist entry already (R2: at most one)."""


class BlacklistEntryStateInvalid(Conflict):
    """The entry was removed already, or has ended (R2)."""
