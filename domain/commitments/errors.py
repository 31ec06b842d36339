"""Errors of notification-commitment approval (K1–K5): state conflicts (code CONFLICT);
bad input is ``domain.errors.InvalidInput`` with the input field."""

from __future__ import annotations

from domain.errors import Conflict, NotFound


class CommitmentNotFound(NotFound):
    """No commitment of that id visible to the actor."""


class CommitmentStateInvalid(Conflict):
    """The commitment's status does not allow the step (issue twice, revoke twice …)."""
