"""paginate(): keyset pages over a real model (Department), and the SQL it issues."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest

from api.relay import MAX_PAGE_SIZE, encode_cursor, paginate
from domain.accounts.actor import DepartmentKind
from domain.accounts.models import Department
from domain.errors import InvalidInput
from tests.sqlcount import count_queries

T0 = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)
KINDS = list(DepartmentKind)


async def seed(n: int) -> list[Department]:
    """``n`` departments whose kind and created_at repeat (ties on every sort key)."""
    await Department.bulk_create(
        [
            Department(
                code=f"D{i:03d}",
                name=f"部门{(i * 7) % n:03d}",
                kind=KINDS[i % 3],
                created_at=T0 + timedelta(minutes=i % 4),
            )
            for i in range(n)
        ]
    )
    return await Department.all().order_by("id")


async def walk(order: tuple[str, ...], first: int) -> list[int]:
    ids: list[int] = []
    after = None
    for _ in range(100):
        page = await paginate(
            Department.all(), first=first, after=after, node=lambda d: d, order=order
        )
        ids += [edge.node.id for edge in page.edges]
        assert page.page_info.has_previous_page is (after is not None)
        if page.edges:
            assert page.page_info.start_cursor == page.edges[0].cursor
            assert page.page_info.end_cursor == page.edges[-1].cursor
        if not page.page_info.has_next_page:
            return ids
        assert len(page.edges) == first
        after = page.page_info.end_cursor
    raise AssertionError("pagination does not end")


@pytest.mark.parametrize(
    ("order", "key"),
    [
        (("id",), lambda d: d.id),
        (("-id",), lambda d: -d.id),
        (("kind",), lambda d: (d.kind.value, d.id)),
        (("-kind",), lambda d: (_desc(d.kind.value), -d.id)),
        (("-created_at",), lambda d: (-d.created_at.timestamp(), -d.id)),
        (("kind", "-created_at"), lambda d: (d.kind.value, -d.created_at.timestamp(), -d.id)),
        (("name", "id"), lambda d: (d.name, d.id)),
    ],
)
async def test_pages_cover_every_row_once_in_order_despite_ties(db: str, order, key) -> None:
    rows = await seed(23)
    expected = [d.id for d in sorted(rows, key=key)]
    for first in (1, 4, 7, 23, 50):
        assert await walk(order, first) == expected, (order, first)


def _desc(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


async def test_empty_page(db: str) -> None:
    page = await paginate(Department.all(), first=5, after=None, node=lambda d: d)
    assert page.edges == []
    assert not page.page_info.has_next_page
    assert page.page_info.end_cursor is None


async def test_filtered_queryset_stays_filtered_across_pages(db: str) -> None:
    rows = await seed(20)
    approval = [d.id for d in rows if d.kind is DepartmentKind.APPROVAL]
    first = await paginate(
        Department.filter(kind=DepartmentKind.APPROVAL), first=3, after=None, node=lambda d: d
    )
    rest = await paginate(
        Department.filter(kind=DepartmentKind.APPROVAL),
        first=100,
        after=first.page_info.end_cursor,
        node=lambda d: d,
    )
    assert [e.node.id for e in first.edges + rest.edges] == approval


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage!",
        encode_cursor([1]),  # the order ("-created_at", "id") needs two values
        encode_cursor(["not a date", 1]),  # tampered: wrong type for the field
        encode_cursor([T0, "abc"]),
        encode_cursor([None, 1]),
        base64.urlsafe_b64encode(b'[{"dt": "2026-06-01T02:00:00"}, 1]').decode(),  # naive
    ],
)
async def test_invalid_cursor_is_invalid_input_on_after(db: str, cursor: str) -> None:
    await seed(3)
    with pytest.raises(InvalidInput) as raised:
        await paginate(
            Department.all(), first=2, after=cursor, node=lambda d: d, order=("-created_at",)
        )
    assert raised.value.field == "after"


@pytest.mark.parametrize("first", [0, -5, MAX_PAGE_SIZE + 1])
async def test_first_out_of_bounds_is_invalid_input(db: str, first: int) -> None:
    with pytest.raises(InvalidInput) as raised:
        await paginate(Department.all(), first=first, after=None, node=lambda d: d)
    assert raised.value.field == "first"


async def test_sort_on_unknown_field_is_a_programming_error(db: str) -> None:
    with pytest.raises(ValueError, match="no field"):
        await paginate(Department.all(), first=1, after=None, node=lambda d: d, order=("nope",))


async def test_a_page_is_one_statement_whatever_its_size(db: str) -> None:
    await seed(120)
    order = ("kind", "-created_at")
    counts = {}
    for first in (10, 100):
        with count_queries() as counted:
            page = await paginate(
                Department.all(), first=first, after=None, node=lambda d: d, order=order
            )
            await paginate(
                Department.all(),
                first=first,
                after=page.page_info.end_cursor,
                node=lambda d: d,
                order=order,
            )
        assert len(page.edges) == first
        counts[first] = counted.count
    assert counts == {10: 2, 100: 2}


async def test_sqlcount_counts_reads_and_writes(db: str) -> None:
    with count_queries() as counted:
        department = await Department.create(
            code="X1", name="计数", kind=DepartmentKind.APPROVAL, created_at=T0
        )
        department.name = "计数二"
        await department.save()
        await Department.filter(id=department.id).first()
        await Department.all().count()
    assert counted.count == 4, counted.statements
    assert "INSERT" in counted.statements[0].upper()
    assert "UPDATE" in counted.statements[1].upper()
    with count_queries() as nothing:
        pass
    assert nothing.count == 0
