"""A1: the canonical form and hash of an audit event, and the chain check (pure)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum

import pytest

from domain.audit.rules import (
    GENESIS_HASH,
    BreakReason,
    ChainHead,
    EventFields,
    check_action,
    check_link,
    format_at,
    to_json_value,
)

AT = datetime(2026, 6, 1, 2, 0, 0, 123456, tzinfo=UTC)


def event(**changes: object) -> EventFields:
    values: dict[str, object] = {
        "seq": 1,
        "at": AT,
        "actor_user_id": 7,
        "actor_username": "张三",
        "actor_token_id": None,
        "department_id": 3,
        "action": "push.claim",
        "target_type": "Push",
        "target_id": "42",
        "before": {"status": "PENDING"},
        "after": {"status": "CLAIMED", "note": "认领"},
        "request_id": "req-0001",
        "prev_hash": GENESIS_HASH,
    }
    values.update(changes)
    return EventFields(**values)  # type: ignore[arg-type]


def test_a1_canonical_form_is_sorted_compact_utf8_json() -> None:
    expected = (
        '{"action":"push.claim","actor_token_id":null,"actor_user_id":7,'
        '"actor_username":"张三","after":{"note":"认领","status":"CLAIMED"},'
        '"at":"2026-06-01T02:00:00.123456Z","before":{"status":"PENDING"},'
        '"department_id":3,"prev_hash":"' + GENESIS_HASH + '","request_id":"req-0001",'
        '"seq":1,"target_id":"42","target_type":"Push"}'
    ).encode()
    assert event().canonical() == expected
    assert event().hash() == hashlib.sha256(expected).hexdigest()


@pytest.mark.parametrize(
    "change",
    [
        {"seq": 2},
        {"at": AT + timedelta(microseconds=1)},
        {"actor_user_id": 8},
        {"actor_username": "李四"},
        {"actor_token_id": 1},
        {"department_id": 4},
        {"action": "push.return"},
        {"target_type": "ReversePush"},
        {"target_id": "43"},
        {"before": None},
        {"after": {"status": "CLAIMED", "note": "认领 "}},
        {"request_id": None},
        {"prev_hash": "f" * 64},
    ],
)
def test_a1_hash_covers_every_field(change: dict[str, object]) -> None:
    assert event(**change).hash() != event().hash()


def test_a1_at_is_utc_with_microseconds_whatever_the_zone() -> None:
    shanghai = timezone(timedelta(hours=8))
    assert format_at(datetime(2026, 6, 1, 10, 0, tzinfo=shanghai)) == "2026-06-01T02:00:00.000000Z"
    with pytest.raises(ValueError):
        format_at(datetime(2026, 6, 1, 10, 0))  # noqa: DTZ001 - the naive case under test


class Colour(Enum):
    RED = "red"


def test_a1_snapshot_values_are_normalised_to_round_trip_json() -> None:
    value = {
        "amount": Decimal("12.50"),
        "count": 3.0,
        "ratio": 0.25,
        "day": date(2026, 6, 1),
        "when": datetime(2026, 6, 1, 10, 0, tzinfo=timezone(timedelta(hours=8))),
        "colour": Colour.RED,
        "tags": {"b", "a"},
        "pair": (1, 2),
        5: "five",
    }
    assert to_json_value(value) == {
        "amount": "12.50",
        "count": 3,
        "ratio": 0.25,
        "day": "2026-06-01",
        "when": "2026-06-01T02:00:00.000000Z",
        "colour": "red",
        "tags": ["a", "b"],
        "pair": [1, 2],
        "5": "five",
    }
    normalised = to_json_value(value)
    assert json.loads(json.dumps(normalised)) == normalised


@pytest.mark.parametrize("bad", [float("nan"), object(), "a\x00b", 2**64, {(1, 2): 1}])
def test_a1_snapshot_rejects_what_json_cannot_keep(bad: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        to_json_value({"x": bad} if not isinstance(bad, dict) else bad)


@pytest.mark.parametrize("action", ["user.create", "push.claim", "calendar_day.set_holiday"])
def test_a1_action_is_dotted_lower_case(action: str) -> None:
    assert check_action(action) == action


@pytest.mark.parametrize("action", ["create", "User.create", "user.", "user create", ""])
def test_a1_action_rejects_other_forms(action: str) -> None:
    with pytest.raises(ValueError):
        check_action(action)


def test_a1_chain_link_accepts_the_next_event() -> None:
    first = event()
    assert check_link(ChainHead(), first, first.hash()) is None
    second = event(seq=2, prev_hash=first.hash())
    assert check_link(ChainHead(1, first.hash()), second, second.hash()) is None


def test_a1_chain_link_detects_edit_gap_and_broken_chain() -> None:
    first = event()
    head = ChainHead(1, first.hash())
    edited = event(seq=2, prev_hash=first.hash(), after={"status": "RETURNED"})
    stored = event(seq=2, prev_hash=first.hash()).hash()
    assert check_link(head, edited, stored).reason is BreakReason.EDITED  # type: ignore[union-attr]

    gap = event(seq=3, prev_hash=first.hash())
    broken = check_link(head, gap, gap.hash())
    assert broken is not None and broken.reason is BreakReason.SEQUENCE_GAP and broken.seq == 3

    forged = event(seq=2, prev_hash="a" * 64)  # consistent in itself, not linked
    broken = check_link(head, forged, forged.hash())
    assert broken is not None and broken.reason is BreakReason.CHAIN_BROKEN
