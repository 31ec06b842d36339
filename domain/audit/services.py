"""Audit trail (A1): the interface the other areas call. Implemented by the audit area."""

from __future__ import annotations

from typing import Any

from domain.accounts.actor import Actor


async def record(
    actor: Actor,
    action: str,
    *,
    target_type: str,
    target_id: int | str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    department_id: int | None = None,
) -> None:
    """Write one audit event in the current transaction (call inside ``transaction()``).

    ``action`` is a dotted verb such as ``"user.create"``; ``before``/``after`` are
    JSON-able snapshots of the target (no secrets: never password hashes or tokens).
    """
    raise NotImplementedError("the audit area implements this")
