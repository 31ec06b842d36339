"""Helpers shared by the catalogue use cases."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.models import Model
from tortoise.queryset import QuerySet

from domain.accounts.actor import DepartmentKind
from domain.accounts.models import Department
from domain.errors import Conflict, InvalidInput, NotFound

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


async def department_of_kind(department_id: int, kind: DepartmentKind, field: str) -> Department:
    department = await Department.get_or_none(id=department_id)
    if department is None:
        raise NotFound("部门不存在。", field=field)
    if department.kind != kind:
        raise InvalidInput(
            f"{department.name} 不是{_KIND_NAMES[kind]}。",
            field=field,
        )
    return department


async def locked(queryset: QuerySet[M], pk: int, *, what: str, field: str = "id") -> M:
    """The row ``pk`` of ``queryset``, locked for update (PostgreSQL) until the commit."""
    row = await queryset.select_for_update().get_or_none(id=pk)
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
