"""Audit trail rules (A1): the canonical form of an event, its hash and the chain check.

Pure functions, no I/O and no clock. The canonical form is documented in
docs/audit.md so that anyone can re-verify the chain without this code.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any
from uuid import UUID

# The predecessor of the first event.
GENESIS_HASH = "0" * 64

# The fields covered by the hash, in the order of docs/audit.md (the JSON object sorts them).
HASHED_FIELDS = (
    "seq",
    "at",
    "actor_user_id",
    "actor_username",
    "actor_token_id",
    "department_id",
    "action",
    "target_type",
    "target_id",
    "before",
    "after",
    "request_id",
    "prev_hash",
)

_ACTION = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
_MAX_INT = 2**63 - 1


def check_action(action: str) -> str:
    """An action is a dotted lower-case verb such as ``user.create`` or ``push.claim``."""
    if not _ACTION.match(action) or len(action) > 100:
        raise ValueError(f"audit action {action!r} is not a dotted lower-case name")
    return action


def format_at(at: datetime) -> str:
    """``at`` in the canonical form: UTC, microseconds, a ``Z``: 2026-06-01T02:00:00.000000Z."""
    if at.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def to_json_value(value: Any) -> Any:
    """A snapshot value as the JSON the trail stores and hashes.

    The result survives a round trip through SQLite's JSON text and PostgreSQL's
    JSONB unchanged: integral floats become integers, datetimes become UTC strings,
    decimals, UUIDs and dates become strings, enums their values, tuples lists and
    sets sorted lists. Anything else is a programming error.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, Enum):
        return to_json_value(value.value)
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("audit snapshots cannot contain NUL characters")
        return value
    if isinstance(value, int):
        if abs(value) > _MAX_INT:
            raise ValueError(f"integer {value} does not fit in 64 bits")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("audit snapshots cannot contain NaN or infinity")
        if value.is_integer():
            return to_json_value(int(value))
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return format_at(value)
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for key, item in value.items():
            name = key.value if isinstance(key, Enum) else key
            if not isinstance(name, str | int) or isinstance(name, bool):
                raise TypeError(f"audit snapshot keys must be strings, not {type(key).__name__}")
            name = str(name)
            if name in result:
                raise ValueError(f"audit snapshot has the key {name!r} twice")
            result[name] = to_json_value(item)
        return result
    if isinstance(value, list | tuple):
        return [to_json_value(item) for item in value]
    if isinstance(value, set | frozenset):
        items = [to_json_value(item) for item in value]
        return sorted(items, key=canonical_json)
    raise TypeError(f"audit snapshots cannot hold a {type(value).__name__}")


def canonical_json(value: Any) -> str:
    """Sorted keys, no whitespace, UTF-8 characters as they are, no NaN."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


@dataclass(frozen=True)
class EventFields:
    """Everything of an audit event that its hash covers."""

    seq: int
    at: datetime
    actor_user_id: int | None
    actor_username: str
    actor_token_id: int | None
    department_id: int | None
    action: str
    target_type: str
    target_id: str
    before: Any
    after: Any
    request_id: str | None
    prev_hash: str

    def canonical(self) -> bytes:
        document = {name: getattr(self, name) for name in HASHED_FIELDS}
        document["at"] = format_at(self.at)
        return canonical_json(document).encode("utf-8")

    def hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()


class BreakReason(StrEnum):
    EDITED = "EDITED"  # the event's stored hash is not the hash of its fields
    CHAIN_BROKEN = "CHAIN_BROKEN"  # prev_hash is not the hash of the event before it
    SEQUENCE_GAP = "SEQUENCE_GAP"  # events are missing before this one

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    BreakReason.EDITED: "事件内容被修改 (edited)",
    BreakReason.CHAIN_BROKEN: "哈希链断裂 (chain broken)",
    BreakReason.SEQUENCE_GAP: "序号缺失 (sequence gap)",
}


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: BreakReason
    detail: str


@dataclass(frozen=True)
class ChainHead:
    """The last event checked so far: its sequence number and hash."""

    seq: int = 0
    hash: str = GENESIS_HASH


def check_link(head: ChainHead, event: EventFields, stored_hash: str) -> ChainBreak | None:
    """Whether ``event`` (with its ``stored_hash``) correctly follows ``head``."""
    if event.seq != head.seq + 1:
        return ChainBreak(
            event.seq,
            BreakReason.SEQUENCE_GAP,
            f"expected seq {head.seq + 1}, found {event.seq}",
        )
    if event.hash() != stored_hash:
        return ChainBreak(event.seq, BreakReason.EDITED, "stored hash differs from the fields")
    if event.prev_hash != head.hash:
        return ChainBreak(
            event.seq,
            BreakReason.CHAIN_BROKEN,
            f"prev_hash {event.prev_hash[:12]}… is not the hash of event {head.seq}",
        )
    return None


@dataclass(frozen=True)
class VerifyReport:
    """The result of walking the chain: intact with ``count`` events, or the first break."""

    count: int
    head: ChainHead
    broken: ChainBreak | None = None

    @property
    def ok(self) -> bool:
        return self.broken is None
