"""Storing a checked catalogue spreadsheet (C6) in the draft catalogue.

Called by ``imports.run_import`` inside its one transaction. Every row goes
through the catalogue's own use cases (``domain.catalogue.services``), which
join that transaction: a spreadsheet change and the same change made in a form
write the same rows, pass the same checks and record the same audit events.
A row that equals its record is left alone and audited not at all (so importing
the same file twice changes nothing). Nothing is deleted: a record absent from
the file stays as it is.

Links (C3): a row describes the one open link of its handling item. The same
department, state and sub-item: unchanged; the open link PROPOSED to the same
department and the row CONFIRMED: confirmed with the row's sub-item; anything
else: the open link is unlinked (reason: the import) and the row's link
proposed, then confirmed if the row says so.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from domain.accounts.actor import Actor
from domain.accounts.models import Department
from domain.catalogue.models import CatalogueLink, HandlingItem, SupervisionSubItem
from domain.catalogue.rules import (
    OPEN_LINK_STATUSES,
    ApprovalItemData,
    HandlingItemData,
    LinkStatus,
    SupervisionItemData,
    SupervisionSubItemData,
)
from domain.catalogue.services.common import Change, bulk
from domain.catalogue.services.items import (
    upsert_approval_item,
    upsert_handling_item,
    upsert_supervision_item,
    upsert_supervision_sub_item,
)
from domain.catalogue.services.links import confirm_link, propose_link, unlink_link
from domain.catalogue.spreadsheet import (
    APPROVAL_SHEET,
    LINK_SHEET,
    SUPERVISION_SHEET,
    CellError,
    LinkRow,
)
from domain.catalogue.spreadsheet_checks import (
    ApprovalItemPlan,
    ImportPlan,
    KnownRecords,
    KnownSubItem,
    SupervisionItemPlan,
)
from domain.errors import DomainError

Progress = Callable[[int], Awaitable[None]]
UNLINK_REASON = "表格导入：以导入文件中的关联替换"


class StoreFailed(Exception):
    """A row could not be stored after all; the transaction is rolled back."""

    def __init__(self, error: CellError) -> None:
        super().__init__(error.message)
        self.error = error


async def load_known_records() -> KnownRecords:
    """Departments, handling items and sub-items by code (three queries)."""
    departments = await Department.all().values_list("code", "kind")
    handling = await HandlingItem.all().values_list("code", "approval_item__code")
    subs = await SupervisionSubItem.all().values_list(
        "code", "supervision_item__code", "supervision_item__department__code"
    )
    return KnownRecords(
        departments={code: str(getattr(kind, "value", kind)) for code, kind in departments},
        handling_items=dict(handling),
        sub_items={code: KnownSubItem(item, dept) for code, item, dept in subs},
    )


@dataclass
class _Counter:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    done: int = 0

    def count(self, change: Change) -> None:
        if change is Change.CREATED:
            self.created += 1
        elif change is Change.UPDATED:
            self.updated += 1
        else:
            self.unchanged += 1

    def as_json(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged}


def _failed(sheet: str, row: int, exc: DomainError) -> StoreFailed:
    return StoreFailed(CellError(sheet, row, None, exc.message))


async def _store_approval_item(
    actor: Actor,
    item: ApprovalItemPlan,
    departments: dict[str, int],
    handling: dict[str, int],
    counter: _Counter,
    progress: Progress,
) -> None:
    data = ApprovalItemData(
        code=item.code,
        name=item.name,
        department_id=departments[item.department_code],
        legal_basis=item.legal_basis,
        commitment_eligible=item.commitment_eligible,
        commitment_modes=item.commitment_modes,
        verification_period_working_days=item.verification_period_working_days,
        allowed_credit_grades=item.allowed_credit_grades,
    )
    try:
        approval, change = await upsert_approval_item(actor, data)
    except DomainError as exc:
        raise _failed(APPROVAL_SHEET, item.row, exc) from exc
    counter.count(change)
    for code, name, row in item.handling_items:
        try:
            handling_item, change = await upsert_handling_item(
                actor,
                HandlingItemData(code=code, name=name, approval_item_id=approval.id),
                approval_item=approval,
            )
        except DomainError as exc:
            raise _failed(APPROVAL_SHEET, row, exc) from exc
        handling[code] = handling_item.id
        counter.count(change)
        counter.done += 1
        await progress(counter.done)


async def _store_supervision_item(
    actor: Actor,
    item: SupervisionItemPlan,
    departments: dict[str, int],
    subs: dict[str, int],
    counter: _Counter,
    progress: Progress,
) -> None:
    data = SupervisionItemData(
        code=item.code,
        name=item.name,
        department_id=departments[item.department_code],
        legal_basis=item.legal_basis,
        is_key=item.is_key,
        key_area=item.key_area,
    )
    try:
        supervision, change = await upsert_supervision_item(actor, data)
    except DomainError as exc:
        raise _failed(SUPERVISION_SHEET, item.row, exc) from exc
    counter.count(change)
    for code, name, row in item.sub_items:
        try:
            sub_item, change = await upsert_supervision_sub_item(
                actor,
                SupervisionSubItemData(code=code, name=name, supervision_item_id=supervision.id),
                supervision_item=supervision,
            )
        except DomainError as exc:
            raise _failed(SUPERVISION_SHEET, row, exc) from exc
        subs[code] = sub_item.id
        counter.count(change)
        counter.done += 1
        await progress(counter.done)


async def _store_link(
    actor: Actor,
    row: LinkRow,
    link: CatalogueLink | None,
    handling_item_id: int,
    department_id: int,
    sub_item_id: int | None,
) -> Change:
    """Bring the open link of one handling item in line with ``row``."""
    status = LinkStatus(row.status)
    same_department = link is not None and link.department_id == department_id
    if (
        link is not None
        and same_department
        and link.status == status
        and link.supervision_sub_item_id == sub_item_id
    ):
        return Change.UNCHANGED
    if (
        link is not None
        and same_department
        and link.status == LinkStatus.PROPOSED
        and status == LinkStatus.CONFIRMED
        and sub_item_id is not None
    ):
        await confirm_link(actor, link.id, sub_item_id)
        return Change.UPDATED
    if link is not None:
        await unlink_link(actor, link.id, UNLINK_REASON)
    link = await propose_link(actor, handling_item_id, department_id)
    if status == LinkStatus.CONFIRMED and sub_item_id is not None:
        await confirm_link(actor, link.id, sub_item_id)
    return Change.CREATED


async def _store_links(
    actor: Actor,
    links: tuple[LinkRow, ...],
    departments: dict[str, int],
    handling: dict[str, int],
    subs: dict[str, int],
    counter: _Counter,
    progress: Progress,
) -> None:
    open_links = {
        link.handling_item_id: link
        for link in await CatalogueLink.filter(status__in=sorted(OPEN_LINK_STATUSES))
    }
    for row in links:
        handling_item_id = handling[row.handling_code]
        try:
            change = await _store_link(
                actor,
                row,
                open_links.get(handling_item_id),
                handling_item_id,
                departments[row.department_code],
                subs[row.sub_item_code] if row.sub_item_code else None,
            )
        except DomainError as exc:
            raise _failed(LINK_SHEET, row.row, exc) from exc
        counter.count(change)
        counter.done += 1
        await progress(counter.done)


async def store_plan(actor: Actor, plan: ImportPlan, progress: Progress) -> dict[str, int]:
    """Store ``plan`` in the current transaction; the counts of created/updated/unchanged."""
    department_rows = await Department.all()
    departments = {d.code: d.id for d in department_rows}
    # Codes of the records the links may name: those in the database, then the file's.
    handling: dict[str, int] = dict(await HandlingItem.all().values_list("code", "id"))
    subs: dict[str, int] = dict(await SupervisionSubItem.all().values_list("code", "id"))
    counter = _Counter()
    # One change of many rows: the services join this transaction without a savepoint
    # per row and check departments against the rows just read (see ``bulk``).
    with bulk(department_rows):
        for approval in plan.approval_items:
            await _store_approval_item(actor, approval, departments, handling, counter, progress)
        for supervision in plan.supervision_items:
            await _store_supervision_item(actor, supervision, departments, subs, counter, progress)
        await _store_links(actor, plan.links, departments, handling, subs, counter, progress)
    return counter.as_json()
