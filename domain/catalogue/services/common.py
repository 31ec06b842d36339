"""Helpers shared by the catalogue use cases."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.models import Model
from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor, DepartmentKind
from domain.accounts.models import Department
from domain.audit.services import record
from domain.clock import utc_now
from domain.errors import Conflict, InvalidInput, NotFound
from domain.transaction import in_use_case, transaction

M = TypeVar("M", bound=Model)

_KIND_NAMES = {
    DepartmentKind.APPROVAL: "审批部门",
    DepartmentKind.SUPERVISION: "监管部门",
    DepartmentKind.COORDINATION: "协调小组",
}


class Change(StrEnum):
    """What an upsert did."""

    CREATED = "CREATED"
    UPDATED = "UPDATED"
    UNCHANGED = "UNCHANGED"


@dataclass
class _Bulk:
    departments: dict[int, Department]
    failed: bool = False


_bulk: ContextVar[_Bulk | None] = ContextVar("catalogue_bulk", default=None)


@contextmanager
def bulk(departments: Iterable[Department]) -> Iterator[None]:
    """Inside the caller's ``transaction()``: many catalogue use cases as one change.

    For a bulk import that stores all rows or none. The upserts and link use cases
    called inside join the caller's transaction without a savepoint each (a failed
    row rolls back everything, so a savepoint per row buys nothing), and check each
    row's department against ``departments``, read once in that transaction. Every
    check still runs. A use case that fails inside poisons the block: leaving it
    normally afterwards raises, so the caller's transaction cannot commit a half.
    """
    if not in_use_case():
        raise RuntimeError("bulk() runs inside a transaction()")
    state = _Bulk({d.id: d for d in departments})
    token = _bulk.set(state)
    try:
        yield
    finally:
        _bulk.reset(token)
    if state.failed:
        raise RuntimeError("a catalogue use case failed inside bulk(): roll back")


@asynccontextmanager
async def use_case() -> AsyncIterator[None]:
    """The transaction of one use case: its own (a savepoint when nested), or, inside
    :func:`bulk`, the bulk caller's."""
    state = _bulk.get()
    if state is None:
        async with transaction():
            yield
        return
    try:
        yield
    except BaseException:
        state.failed = True
        raise


async def department_of_kind(department_id: int, kind: DepartmentKind, field: str) -> Department:
    state = _bulk.get()
    department = state.departments.get(department_id) if state is not None else None
    if department is None:
        department = await Department.get_or_none(id=department_id)
    if department is None:
        raise NotFound("部门不存在。", field=field)
    if department.kind != kind:
        raise InvalidInput(
            f"{department.name} 不是{_KIND_NAMES[kind]}。",
            field=field,
        )
    return department


async def locked(
    queryset: QuerySet[M], pk: int, *, what: str, field: str = "id", of: tuple[str, ...] = ()
) -> M:
    """The row ``pk`` of ``queryset``, locked for update (PostgreSQL) until the commit
    (only the rows of the tables ``of``, when it joins others)."""
    row = await queryset.select_for_update(of=of).get_or_none(id=pk)
    if row is None:
        raise NotFound(f"{what}不存在。", field=field)
    return row


async def ensure_code_free(model: type[Model], code: str, own_id: int | None, what: str) -> None:
    taken = model.filter(code=code)
    if own_id is not None:
        taken = taken.exclude(id=own_id)
    if await taken.exists():
        raise Conflict(f"{what}编码 {code} 已存在。", field="code")


async def save_row(row: Model, *, update_fields: list[str] | None = None) -> None:
    """Save, turning a unique-constraint race into ``Conflict`` on ``code``."""
    try:
        await row.save(update_fields=update_fields)
    except IntegrityError as exc:
        raise Conflict("编码已存在（可能刚被他人使用）。", field="code") from exc


def changed_fields(row: Model, values: dict[str, Any]) -> list[str]:
    """Set ``values`` on ``row``; the names of those that changed."""
    changed = []
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


async def write_row(
    actor: Actor,
    model: type[M],
    row: M | None,
    values: dict[str, Any],
    *,
    action: str,
    department_id: int,
) -> tuple[M, Change]:
    """Create a ``model`` row from ``values`` (``row`` is None) or bring ``row`` in line
    with them, with the audit event ``<action>.create`` / ``<action>.update`` under
    ``department_id``; no event when nothing changed. Checks are the caller's."""
    now = utc_now()
    if row is None:
        row = model(**values, created_at=now, updated_at=now)
        await save_row(row)
        await record(
            actor,
            f"{action}.create",
            target_type=model.__name__,
            target_id=row.pk,
            before=None,
            after=row.snapshot(),  # type: ignore[attr-defined]
            department_id=department_id,
        )
        return row, Change.CREATED
    before = row.snapshot()  # type: ignore[attr-defined]
    changed = changed_fields(row, values)
    if not changed:
        return row, Change.UNCHANGED
    row.updated_at = now  # type: ignore[attr-defined]
    await save_row(row, update_fields=[*changed, "updated_at"])
    await record(
        actor,
        f"{action}.update",
        target_type=model.__name__,
        target_id=row.pk,
        before=before,
        after=row.snapshot(),  # type: ignore[attr-defined]
        department_id=department_id,
    )
    return row, Change.UPDATED
