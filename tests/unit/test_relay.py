"""Relay helpers without a database: global ids, cursors, page sizes."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from api.relay import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    decode_cursor,
    encode_cursor,
    from_global_id,
    int_pk,
    page_size,
    to_global_id,
)
from domain.accounts.actor import DepartmentKind
from domain.errors import ErrorCode, InvalidInput


def test_global_id_round_trip() -> None:
    gid = to_global_id("Department", 42)
    assert from_global_id(gid) == ("Department", "42")
    assert int_pk(gid, "Department") == 42


@pytest.mark.parametrize("bad", ["", "not base64!", base64.b64encode(b"nocolon").decode(), "@@@"])
def test_malformed_global_id_is_invalid_input_on_id(bad: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        from_global_id(bad)
    assert raised.value.field == "id"


@pytest.mark.parametrize(
    "bad",
    [
        "bm9wZQ==",  # "nope": no type name
        "not base64!",
        to_global_id("User", 1),  # another type
        to_global_id("Department", "x1"),  # not an integer key
        to_global_id("Department", "²"),  # a digit int() does not take
        to_global_id("Department", "٣"),  # not an ASCII digit
    ],
)
def test_malformed_global_id_names_the_input_field_the_client_sent(bad: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        int_pk(bad, "Department", "departmentIds")
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_INPUT, "departmentIds")
    if bad not in {to_global_id("Department", key) for key in ("x1", "²", "٣")}:
        with pytest.raises(InvalidInput) as decoded:
            from_global_id(bad, "Department", "departmentIds")
        assert decoded.value.field == "departmentIds"


def test_global_id_of_another_type_is_refused() -> None:
    with pytest.raises(InvalidInput):
        int_pk(to_global_id("User", 1), "Department")
    with pytest.raises(InvalidInput):
        int_pk(to_global_id("Department", "x1"), "Department")


@pytest.mark.parametrize(
    "values",
    [
        [1],
        ["部门", 7],
        [datetime(2026, 6, 1, 2, 0, 0, 123456, tzinfo=UTC), 3],
        [datetime(2026, 6, 1, 10, 0, tzinfo=timezone(timedelta(hours=8))), 3],
        [date(2026, 6, 1), None, True, 1.5],
    ],
)
def test_cursor_round_trip(values: list) -> None:
    assert decode_cursor(encode_cursor(values), len(values)) == values


def test_cursor_of_enum_holds_its_value() -> None:
    assert decode_cursor(encode_cursor([DepartmentKind.APPROVAL, 1]), 2) == ["APPROVAL", 1]


def test_cursor_is_url_safe_and_unpadded() -> None:
    cursor = encode_cursor(["??>>" * 5, 10**12])
    assert set(cursor) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "%%%",
        "bm90IGpzb24",  # "not json"
        encode_cursor([1, 2]),  # wrong length for a one-field order
        base64.urlsafe_b64encode(b'{"a": 1}').decode(),  # not a list
        base64.urlsafe_b64encode(b'[{"x": 1}]').decode(),  # not a cursor value
        base64.urlsafe_b64encode(b"[[1]]").decode(),
        base64.urlsafe_b64encode(b'[{"dt": "yesterday"}]').decode(),
    ],
)
def test_invalid_cursor_is_invalid_input_on_after(cursor: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        decode_cursor(cursor, 1)
    assert raised.value.field == "after"
    assert raised.value.code is ErrorCode.INVALID_INPUT


def test_page_size_bounds() -> None:
    assert page_size(None) == DEFAULT_PAGE_SIZE
    assert page_size(1) == 1
    assert page_size(MAX_PAGE_SIZE) == MAX_PAGE_SIZE
    for bad in (0, -1, MAX_PAGE_SIZE + 1, 10**9):
        with pytest.raises(InvalidInput) as raised:
            page_size(bad)
        assert raised.value.field == "first"
