"""Relay conventions: global ids, the ``Node`` interface and keyset connections.

Every list field returns a ``XConnection`` built by :func:`paginate`: forward
pagination with ``first`` (at most :data:`MAX_PAGE_SIZE`) and ``after``. The
cursor carries the sort key of the last row, so the next page is one indexed
range query however deep the client pages (no OFFSET).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar
from uuid import UUID

import orjson
import strawberry
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from domain.errors import InvalidInput

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

T = TypeVar("T")
M = TypeVar("M", bound=Model)


# ---- global ids -------------------------------------------------------------


def to_global_id(type_name: str, pk: int | str) -> strawberry.ID:
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode())


def from_global_id(
    global_id: str, expected_type: str | None = None, field: str = "id"
) -> tuple[str, str]:
    """Decode a global id; ``InvalidInput`` naming ``field`` (the input field or argument
    that held it, camelCase) when it is malformed or of another type."""
    try:
        type_name, _, pk = base64.urlsafe_b64decode(global_id.encode()).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        type_name, pk = "", ""
    if not type_name or not pk:
        raise InvalidInput(f"不是有效的对象编号：{global_id}", field=field)
    if expected_type is not None and type_name != expected_type:
        raise InvalidInput(f"编号 {global_id} 不是 {expected_type} 的编号", field=field)
    return type_name, pk


def int_pk(global_id: str, expected_type: str, field: str = "id") -> int:
    """The integer primary key of a global id of ``expected_type``; ``InvalidInput``
    naming ``field`` when it is malformed, of another type or not an integer key."""
    _, pk = from_global_id(global_id, expected_type, field)
    if not (pk.isascii() and pk.isdigit()):
        raise InvalidInput(f"不是有效的对象编号：{global_id}", field=field)
    return int(pk)


@strawberry.interface(description="可按全局编号获取的对象 (Node)：Relay 规范的对象接口。")
class Node:
    @strawberry.field(description="全局唯一编号 (global id)，可用于 node(id:) 查询。")
    def id(self) -> strawberry.ID:
        return to_global_id(type(self).__name__, self.pk)  # type: ignore[attr-defined]


# A loader per node type: (info, pk) -> the node, or None when not found or not visible.
# ``pk`` is the integer key of the global id (api/node.py turns it into an int).
NodeResolver = Callable[[Any, int], Awaitable[Any]]
NODE_RESOLVERS: dict[str, NodeResolver] = {}


def node_resolver(type_name: str) -> Callable[[NodeResolver], NodeResolver]:
    def register(fn: NodeResolver) -> NodeResolver:
        NODE_RESOLVERS[type_name] = fn
        return fn

    return register


# ---- connections ------------------------------------------------------------


@strawberry.type(description="分页信息 (PageInfo)：是否还有下一页，以及继续翻页的游标。")
class PageInfo:
    has_next_page: bool = strawberry.field(description="向后是否还有更多记录。")
    has_previous_page: bool = strawberry.field(
        description="向前是否还有记录（有 after 游标时为真）。"
    )
    start_cursor: str | None = strawberry.field(description="本页第一条记录的游标。")
    end_cursor: str | None = strawberry.field(
        description="本页最后一条记录的游标；作为 after 传入以取下一页。"
    )


@strawberry.type(description="分页列表中的一条 (Edge)：记录及其游标。")
class Edge(Generic[T]):
    cursor: str = strawberry.field(description="该记录的游标。")
    node: T = strawberry.field(description="记录本身。")


@strawberry.type(description="分页列表 (Connection)：按游标（keyset）分页，每页至多 100 条。")
class Connection(Generic[T]):
    edges: list[Edge[T]] = strawberry.field(description="本页的记录及其游标。")
    page_info: PageInfo = strawberry.field(description="分页信息。")

    @strawberry.field(description="本页的记录（不含游标，便于直接使用）。")
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID | Decimal):
        return str(value)
    return value


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"dt"} and isinstance(value["dt"], str):
            return datetime.fromisoformat(value["dt"])
        if set(value) == {"d"} and isinstance(value["d"], str):
            return date.fromisoformat(value["d"])
        raise ValueError("not a cursor value")
    if isinstance(value, list):
        raise ValueError("not a cursor value")
    return value


def _invalid_cursor() -> InvalidInput:
    return InvalidInput("分页游标无效，请从第一页重新开始。", field="after")


def encode_cursor(values: Sequence[Any]) -> str:
    """An opaque cursor holding the sort key ``values`` of a row."""
    raw = orjson.dumps([_encode_value(v) for v in values])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, length: int) -> list[Any]:
    """The sort key in ``cursor``; ``InvalidInput`` (field ``after``) when malformed."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = orjson.loads(base64.b64decode(padded.encode(), altchars=b"-_", validate=True))
        if not isinstance(values, list) or len(values) != length:
            raise ValueError("wrong length")
        return [_decode_value(v) for v in values]
    except (binascii.Error, ValueError, TypeError, orjson.JSONDecodeError) as exc:
        raise _invalid_cursor() from exc


def page_size(first: int | None) -> int:
    """``first`` checked against the bounds (``InvalidInput`` with field ``first``)."""
    if first is None:
        return DEFAULT_PAGE_SIZE
    if first < 1 or first > MAX_PAGE_SIZE:
        raise InvalidInput(f"每页条数 first 须在 1 到 {MAX_PAGE_SIZE} 之间。", field="first")
    return first


def sort_key(model: type[Model], order: Sequence[str]) -> list[str]:
    """``order`` made total: the primary key is appended unless it is already last.

    Each entry is a field name, ``-name`` for descending. The fields must not be
    NULL (NULLs sort differently in SQLite and PostgreSQL).
    """
    if not order:
        raise ValueError("paginate() needs at least one sort field")
    pk = model._meta.pk_attr
    for entry in order:
        if entry.lstrip("-") not in model._meta.fields_map:
            raise ValueError(f"{model.__name__} has no field {entry.lstrip('-')!r} to sort by")
    if order[-1].lstrip("-") == pk:
        return list(order)
    return [*order, ("-" if order[-1].startswith("-") else "") + pk]


def _typed(model: type[Model], order: Sequence[str], values: Sequence[Any]) -> list[Any]:
    """Cursor values converted to the fields' Python types (a tampered cursor fails here)."""
    typed = []
    for entry, value in zip(order, values, strict=True):
        if value is None or (isinstance(value, datetime) and value.tzinfo is None):
            raise _invalid_cursor()
        field = model._meta.fields_map[entry.lstrip("-")]
        try:
            converted = field.to_python_value(value)
        except (ValueError, TypeError, ArithmeticError) as exc:
            raise _invalid_cursor() from exc
        typed.append(converted)
    return typed


def _after_filter(order: Sequence[str], values: Sequence[Any]) -> Q:
    """Rows strictly after ``values`` in the order ``order`` (each 'field' or '-field')."""
    condition: Q | None = None
    for i in reversed(range(len(order))):
        name = order[i].lstrip("-")
        op = "lt" if order[i].startswith("-") else "gt"
        step = Q(**{f"{name}__{op}": values[i]})
        equal_before = [Q(**{order[j].lstrip("-"): values[j]}) for j in range(i)]
        term = Q(step, *equal_before, join_type="AND") if equal_before else step
        condition = term if condition is None else Q(term, condition, join_type="OR")
    assert condition is not None
    return condition


async def paginate(
    queryset: QuerySet[M],
    *,
    first: int | None,
    after: str | None,
    node: Callable[[M], T],
    order: Sequence[str] = ("id",),
) -> Connection[T]:
    """One page of ``queryset`` in ``order`` (keyset pagination), in one SQL query.

    ``first`` is at most :data:`MAX_PAGE_SIZE` (default :data:`DEFAULT_PAGE_SIZE`);
    ``after`` is the ``endCursor`` of the previous page. Ties on the sort fields
    are broken by the primary key, so no row is skipped or repeated. ``node``
    turns a row into its GraphQL type (no I/O: nested objects use DataLoaders).
    """
    size = page_size(first)
    model = queryset.model
    key = sort_key(model, order)
    if after:
        values = _typed(model, key, decode_cursor(after, len(key)))
        queryset = queryset.filter(_after_filter(key, values))
    rows = await queryset.order_by(*key).limit(size + 1)
    has_next = len(rows) > size
    rows = rows[:size]
    edges = [
        Edge(cursor=encode_cursor([getattr(row, f.lstrip("-")) for f in key]), node=node(row))
        for row in rows
    ]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )
