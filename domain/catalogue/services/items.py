"""Approval, handling, supervision and sub-items (C1, C2, C4): create, update, upsert.

``create_*`` refuses a code in use; ``update_*`` takes the changed fields only;
``upsert_*`` creates or updates by code and reports what it did (an import calls
it row by row inside its own transaction). No audit event for an unchanged row.

An upsert has looked its row up by code (``found_by_code``): the code is that row's
or free (the unique index backs this up), so it is not looked up again. A bulk
import may pass the parent (approval or supervision item) it has just written in
the same transaction, so that the parent is not read again for each child.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, fields, replace
from typing import Any, TypeVar

from domain.accounts.actor import Actor, DepartmentKind
from domain.accounts.policy import Operation, require
from domain.catalogue.models import ApprovalItem, HandlingItem, SupervisionItem, SupervisionSubItem
from domain.catalogue.rules import (
    ApprovalItemData,
    HandlingItemData,
    KeyArea,
    SupervisionItemData,
    SupervisionSubItemData,
    check_approval_item,
    check_handling_item,
    check_supervision_item,
    check_supervision_sub_item,
)
from domain.catalogue.services.common import (
    Change,
    department_of_kind,
    ensure_code_free,
    locked,
    use_case,
    write_row,
)
from domain.errors import InvalidInput, NotFound
from domain.transaction import transaction


def _merge(data: Any, changes: Mapping[str, Any]) -> Any:
    known = {f.name for f in fields(data)}
    unknown = sorted(set(changes) - known)
    if unknown:
        raise InvalidInput(f"未知字段：{', '.join(unknown)}", field=unknown[0])
    return replace(data, **changes)


# ---- approval items -----------------------------------------------------------------


def approval_item_data(row: ApprovalItem) -> ApprovalItemData:
    return ApprovalItemData(
        code=row.code,
        name=row.name,
        department_id=row.department_id,
        legal_basis=row.legal_basis,
        commitment_eligible=row.commitment_eligible,
        commitment_modes=tuple(row.commitment_modes),
        verification_period_working_days=row.verification_period_working_days,
        allowed_credit_grades=tuple(row.allowed_credit_grades),
        is_active=row.is_active,
    )


async def _write_approval_item(
    actor: Actor, row: ApprovalItem | None, data: ApprovalItemData, *, found_by_code: bool = False
) -> tuple[ApprovalItem, Change]:
    """Inside a transaction: check and write ``data`` into ``row`` (a new one if None)."""
    if row is not None:
        require(actor, Operation.MANAGE_CATALOGUE, row.department_id)
    data = check_approval_item(data)
    require(actor, Operation.MANAGE_CATALOGUE, data.department_id)
    if row is not None and row.department_id != data.department_id:
        require(actor, Operation.MANAGE_CATALOGUE, row.department_id)
    if row is None or row.department_id != data.department_id:
        await department_of_kind(data.department_id, DepartmentKind.APPROVAL, "departmentId")
    if not found_by_code:
        await ensure_code_free(ApprovalItem, data.code, row.id if row else None, "审批事项")
    values = asdict(data)
    values["commitment_modes"] = [m.value for m in data.commitment_modes]
    values["allowed_credit_grades"] = list(data.allowed_credit_grades)
    return await write_row(
        actor, ApprovalItem, row, values, action="approval_item", department_id=data.department_id
    )


async def create_approval_item(actor: Actor, data: ApprovalItemData) -> ApprovalItem:
    async with transaction():
        row, _ = await _write_approval_item(actor, None, data)
    return row


async def update_approval_item(
    actor: Actor, approval_item_id: int, changes: Mapping[str, Any]
) -> ApprovalItem:
    """Change the fields named in ``changes`` (names of :class:`ApprovalItemData`)."""
    async with transaction():
        row = await locked(ApprovalItem.all(), approval_item_id, what="审批事项")
        data = _merge(approval_item_data(row), changes)
        row, _ = await _write_approval_item(actor, row, data)
    return row


async def upsert_approval_item(actor: Actor, data: ApprovalItemData) -> tuple[ApprovalItem, Change]:
    """Create the item of ``data.code`` or bring it in line with ``data``."""
    async with use_case():
        code = check_approval_item(data).code
        existing = await ApprovalItem.filter(code=code).select_for_update().first()
        return await _write_approval_item(actor, existing, data, found_by_code=True)


# ---- handling items --------------------------------------------------------------------


# The parent of a handling item or a sub-item: its name and input field for errors.
_PARENTS: dict[type, tuple[str, str]] = {
    ApprovalItem: ("审批事项", "approvalItemId"),
    SupervisionItem: ("监管事项", "supervisionItemId"),
}
P = TypeVar("P", ApprovalItem, SupervisionItem)


async def _parent(model: type[P], pk: int, known: P | None = None) -> P:
    """The parent item ``pk`` (``known`` when the caller already holds it)."""
    if known is not None and known.id == pk:
        return known
    item = await model.get_or_none(id=pk)
    if item is None:
        what, field = _PARENTS[model]
        raise NotFound(f"{what}不存在。", field=field)
    return item


async def _write_handling_item(
    actor: Actor,
    row: HandlingItem | None,
    data: HandlingItemData,
    *,
    found_by_code: bool = False,
    parent: ApprovalItem | None = None,
) -> tuple[HandlingItem, Change]:
    """Inside a transaction: check and write ``data`` into ``row`` (a new one if None).

    ``parent``: the approval item ``data.approval_item_id`` if the caller holds it.
    """
    if row is not None:
        current = await _parent(ApprovalItem, row.approval_item_id, parent)
        require(actor, Operation.MANAGE_CATALOGUE, current.department_id)
    data = check_handling_item(data)
    parent = await _parent(ApprovalItem, data.approval_item_id, parent)
    require(actor, Operation.MANAGE_CATALOGUE, parent.department_id)
    if row is not None and row.approval_item_id != data.approval_item_id:
        previous = await _parent(ApprovalItem, row.approval_item_id)
        require(actor, Operation.MANAGE_CATALOGUE, previous.department_id)
    if not found_by_code:
        await ensure_code_free(HandlingItem, data.code, row.id if row else None, "业务办理项")
    values = asdict(data)
    return await write_row(
        actor, HandlingItem, row, values, action="handling_item", department_id=parent.department_id
    )


def handling_item_data(row: HandlingItem) -> HandlingItemData:
    return HandlingItemData(
        code=row.code, name=row.name, approval_item_id=row.approval_item_id, is_active=row.is_active
    )


async def create_handling_item(actor: Actor, data: HandlingItemData) -> HandlingItem:
    async with transaction():
        row, _ = await _write_handling_item(actor, None, data)
    return row


async def update_handling_item(
    actor: Actor, handling_item_id: int, changes: Mapping[str, Any]
) -> HandlingItem:
    async with transaction():
        row = await locked(HandlingItem.all(), handling_item_id, what="业务办理项")
        row, _ = await _write_handling_item(actor, row, _merge(handling_item_data(row), changes))
    return row


async def upsert_handling_item(
    actor: Actor, data: HandlingItemData, *, approval_item: ApprovalItem | None = None
) -> tuple[HandlingItem, Change]:
    """Create the handling item of ``data.code`` or bring it in line with ``data``.

    ``approval_item``: its approval item, when the caller has just read or written it
    in the same transaction (a bulk import), so that it is not read again.
    """
    async with use_case():
        code = check_handling_item(data).code
        existing = await HandlingItem.filter(code=code).select_for_update().first()
        return await _write_handling_item(
            actor, existing, data, found_by_code=True, parent=approval_item
        )


# ---- supervision items -------------------------------------------------------------------


def supervision_item_data(row: SupervisionItem) -> SupervisionItemData:
    return SupervisionItemData(
        code=row.code,
        name=row.name,
        department_id=row.department_id,
        legal_basis=row.legal_basis,
        is_key=row.is_key,
        key_area=row.key_area,
        is_active=row.is_active,
    )


async def _write_supervision_item(
    actor: Actor,
    row: SupervisionItem | None,
    data: SupervisionItemData,
    *,
    found_by_code: bool = False,
) -> tuple[SupervisionItem, Change]:
    """Inside a transaction: check and write ``data`` into ``row`` (a new one if None)."""
    if row is not None:
        require(actor, Operation.MANAGE_CATALOGUE, row.department_id)
    data = check_supervision_item(data)
    require(actor, Operation.MANAGE_CATALOGUE, data.department_id)
    if row is not None and row.department_id != data.department_id:
        require(actor, Operation.MANAGE_CATALOGUE, row.department_id)
    if row is None or row.department_id != data.department_id:
        await department_of_kind(data.department_id, DepartmentKind.SUPERVISION, "departmentId")
    if not found_by_code:
        await ensure_code_free(SupervisionItem, data.code, row.id if row else None, "监管事项")
    values = asdict(data)
    values["key_area"] = KeyArea(data.key_area) if data.key_area else None
    return await write_row(
        actor,
        SupervisionItem,
        row,
        values,
        action="supervision_item",
        department_id=data.department_id,
    )


async def create_supervision_item(actor: Actor, data: SupervisionItemData) -> SupervisionItem:
    async with transaction():
        row, _ = await _write_supervision_item(actor, None, data)
    return row


async def update_supervision_item(
    actor: Actor, supervision_item_id: int, changes: Mapping[str, Any]
) -> SupervisionItem:
    async with transaction():
        row = await locked(SupervisionItem.all(), supervision_item_id, what="监管事项")
        data = _merge(supervision_item_data(row), changes)
        row, _ = await _write_supervision_item(actor, row, data)
    return row


async def upsert_supervision_item(
    actor: Actor, data: SupervisionItemData
) -> tuple[SupervisionItem, Change]:
    async with use_case():
        code = check_supervision_item(data).code
        existing = await SupervisionItem.filter(code=code).select_for_update().first()
        return await _write_supervision_item(actor, existing, data, found_by_code=True)


# ---- supervision sub-items ------------------------------------------------------------------


async def _write_sub_item(
    actor: Actor,
    row: SupervisionSubItem | None,
    data: SupervisionSubItemData,
    *,
    found_by_code: bool = False,
    parent: SupervisionItem | None = None,
) -> tuple[SupervisionSubItem, Change]:
    """Inside a transaction: check and write ``data`` into ``row`` (a new one if None).

    ``parent``: the supervision item ``data.supervision_item_id`` if the caller holds it.
    """
    if row is not None:
        current = await _parent(SupervisionItem, row.supervision_item_id, parent)
        require(actor, Operation.MANAGE_CATALOGUE, current.department_id)
    data = check_supervision_sub_item(data)
    parent = await _parent(SupervisionItem, data.supervision_item_id, parent)
    require(actor, Operation.MANAGE_CATALOGUE, parent.department_id)
    if row is not None and row.supervision_item_id != data.supervision_item_id:
        previous = await _parent(SupervisionItem, row.supervision_item_id)
        require(actor, Operation.MANAGE_CATALOGUE, previous.department_id)
        if previous.department_id != parent.department_id:
            raise InvalidInput("子项只能移到本部门的监管事项下。", field="supervisionItemId")
    if not found_by_code:
        await ensure_code_free(
            SupervisionSubItem, data.code, row.id if row else None, "监管事项子项"
        )
    values = asdict(data)
    return await write_row(
        actor,
        SupervisionSubItem,
        row,
        values,
        action="supervision_sub_item",
        department_id=parent.department_id,
    )


def supervision_sub_item_data(row: SupervisionSubItem) -> SupervisionSubItemData:
    return SupervisionSubItemData(
        code=row.code,
        name=row.name,
        supervision_item_id=row.supervision_item_id,
        is_active=row.is_active,
    )


async def create_supervision_sub_item(
    actor: Actor, data: SupervisionSubItemData
) -> SupervisionSubItem:
    async with transaction():
        row, _ = await _write_sub_item(actor, None, data)
    return row


async def update_supervision_sub_item(
    actor: Actor, sub_item_id: int, changes: Mapping[str, Any]
) -> SupervisionSubItem:
    async with transaction():
        row = await locked(SupervisionSubItem.all(), sub_item_id, what="监管事项子项")
        data = _merge(supervision_sub_item_data(row), changes)
        row, _ = await _write_sub_item(actor, row, data)
    return row


async def upsert_supervision_sub_item(
    actor: Actor, data: SupervisionSubItemData, *, supervision_item: SupervisionItem | None = None
) -> tuple[SupervisionSubItem, Change]:
    """Create the sub-item of ``data.code`` or bring it in line with ``data``.

    ``supervision_item``: its supervision item, when the caller has just read or
    written it in the same transaction (a bulk import), so that it is not read again.
    """
    async with use_case():
        code = check_supervision_sub_item(data).code
        existing = await SupervisionSubItem.filter(code=code).select_for_update().first()
        return await _write_sub_item(
            actor, existing, data, found_by_code=True, parent=supervision_item
        )
