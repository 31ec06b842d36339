"""Errors of joint reviews (J1, J2): a state conflict (code CONFLICT)."""

from __future__ import annotations

from domain.errors import Conflict


class JointReviewStateInvalid(Conflict):
    """The request or the department's response is not in a state that allows the step
    (e.g. a second response, a decision while departments may still respond)."""
