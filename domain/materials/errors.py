"""Errors of the materials store (L1)."""

from __future__ import annotations

from domain.errors import Conflict


class MaterialStateInvalid(Conflict):
    """The material was withdrawn already: it can be neither corrected nor withdrawn."""
