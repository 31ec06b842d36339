"""Storing a checked catalogue spreadsheet (C6) in the draft catalogue.

Called by ``imports.run_import`` inside its one transaction. Existing records
are matched by code and read in a few bulk queries up front; a row that equals
the record is left alone (so importing the same file twice changes nothing),
any other row creates or updates its record and is audited like the same change
made in a form. Nothing is deleted: a record absent from the file stays as it is.

Links (C3): a row describes the one open link of its handling item. The same
department and state: unchanged; the open link PROPOSED to the same department
and the row CONFIRMED: confirmed with the row's sub-item; anything else: the
open link is unlinked (reason: the import) and the row's link proposed, then
confirmed if the row says so.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from domain.accounts.actor import Actor
from domain.accounts.models import Department
from domain.audit.services import record
from domain.catalogue.models import (
    ApprovalItem,
    CatalogueLink,
    HandlingItem,
    SupervisionItem,
    SupervisionSubItem,
)
from domain.catalogue.rules import LinkStatus, open_key
from domain.catalogue.spreadsheet import (
    APPROVAL_SHEET,
    LINK_SHEET,
    SUPERVISION_SHEET,
    CellError,
)
from domain.catalogue.spreadsheet_checks import (
    ApprovalItemPlan,
    ImportPlan,
    KnownRecords,
    KnownSubItem,
    SupervisionItemPlan,
)
from domain.clock import utc_now
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

    def as_json(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged}


async def _audit(actor: Actor, action: str, target: Any, before: Any, department_id: int | None):
    await record(
        actor,
        action,
        target_type=type(target).__name__,
        target_id=target.id,
        before=before,
        after=target.snapshot(),
        department_id=department_id,
    )


async def _upsert(
    actor: Actor,
    model: type[Any],
    existing: Any,
    values: dict[str, Any],
    action_prefix: str,
    department_id: int | None,
    counter: _Counter,
) -> Any:
    """Create ``model`` with ``values``, or update ``existing`` where it differs."""
    now = utc_now()
    if existing is None:
        created = await model.create(**values, created_at=now, updated_at=now)
        await _audit(actor, f"{action_prefix}.create", created, None, department_id)
        counter.created += 1
        return created
    changed = {k: v for k, v in values.items() if getattr(existing, k) != v}
    if not changed:
        counter.unchanged += 1
        return existing
    before = existing.snapshot()
    for key, value in changed.items():
        setattr(existing, key, value)
    existing.updated_at = now
    await existing.save(update_fields=[*changed, "updated_at"])
    await _audit(actor, f"{action_prefix}.update", existing, before, department_id)
    counter.updated += 1
    return existing


async def _store_approval_items(
    actor: Actor,
    items: tuple[ApprovalItemPlan, ...],
    departments: dict[str, int],
    counter: _Counter,
    progress: Progress,
) -> dict[str, HandlingItem]:
    codes = [i.code for i in items]
    existing = {a.code: a for a in await ApprovalItem.filter(code__in=codes)} if codes else {}
    handling = {h.code: h for h in await HandlingItem.all()}
    for item in items:
        department_id = departments[item.department_code]
        try:
            approval = await _upsert(
                actor,
                ApprovalItem,
                existing.get(item.code),
                {
                    "code": item.code,
                    "name": item.name,
                    "department_id": department_id,
                    "legal_basis": item.legal_basis,
                    "commitment_eligible": item.commitment_eligible,
                    "commitment_modes": list(item.commitment_modes),
                    "verification_period_working_days": item.verification_period_working_days,
                    "allowed_credit_grades": list(item.allowed_credit_grades),
                    "requires_post_verification": "POST_VERIFICATION" in item.commitment_modes,
                    "is_active": True,
                },
                "approval_item",
                department_id,
                counter,
            )
        except DomainError as exc:
            raise StoreFailed(CellError(APPROVAL_SHEET, item.row, None, exc.message)) from exc
        for code, name, row in item.handling_items:
            try:
                handling[code] = await _upsert(
                    actor,
                    HandlingItem,
                    handling.get(code),
                    {
                        "code": code,
                        "name": name,
                        "approval_item_id": approval.id,
                        "is_active": True,
                    },
                    "handling_item",
                    department_id,
                    counter,
                )
            except DomainError as exc:
                raise StoreFailed(CellError(APPROVAL_SHEET, row, None, exc.message)) from exc
            counter.done += 1
            await progress(counter.done)
    return handling


async def _store_supervision_items(
    actor: Actor,
    items: tuple[SupervisionItemPlan, ...],
    departments: dict[str, int],
    counter: _Counter,
    progress: Progress,
) -> dict[str, SupervisionSubItem]:
    codes = [i.code for i in items]
    existing = {s.code: s for s in await SupervisionItem.filter(code__in=codes)} if codes else {}
    subs = {s.code: s for s in await SupervisionSubItem.all()}
    for item in items:
        department_id = departments[item.department_code]
        try:
            supervision = await _upsert(
                actor,
                SupervisionItem,
                existing.get(item.code),
                {
                    "code": item.code,
                    "name": item.name,
                    "department_id": department_id,
                    "legal_basis": item.legal_basis,
                    "is_key": item.is_key,
                    "key_area": item.key_area,
                    "is_active": True,
                },
                "supervision_item",
                department_id,
                counter,
            )
        except DomainError as exc:
            raise StoreFailed(CellError(SUPERVISION_SHEET, item.row, None, exc.message)) from exc
        for code, name, row in item.sub_items:
            try:
                subs[code] = await _upsert(
                    actor,
                    SupervisionSubItem,
                    subs.get(code),
                    {
                        "code": code,
                        "name": name,
                        "supervision_item_id": supervision.id,
                        "is_active": True,
                    },
                    "supervision_sub_item",
                    department_id,
                    counter,
                )
            except DomainError as exc:
                raise StoreFailed(CellError(SUPERVISION_SHEET, row, None, exc.message)) from exc
            counter.done += 1
            await progress(counter.done)
    return subs


async def _end_link(actor: Actor, link: CatalogueLink) -> None:
    before = link.snapshot()
    now = utc_now()
    link.status = LinkStatus.UNLINKED
    link.open_handling_item_id = None
    link.ended_by_id = actor.user_id
    link.ended_at = link.updated_at = now
    link.reason = UNLINK_REASON
    await link.save(
        update_fields=[
            "status",
            "open_handling_item_id",
            "ended_by_id",
            "ended_at",
            "reason",
            "updated_at",
        ]
    )
    await _audit(actor, "catalogue_link.unlink", link, before, link.department_id)


async def _confirm_link(actor: Actor, link: CatalogueLink, sub_item_id: int) -> None:
    before = link.snapshot()
    now = utc_now()
    link.status = LinkStatus.CONFIRMED
    link.supervision_sub_item_id = sub_item_id
    link.confirmed_by_id = actor.user_id
    link.confirmed_at = link.updated_at = now
    await link.save(
        update_fields=[
            "status",
            "supervision_sub_item_id",
            "confirmed_by_id",
            "confirmed_at",
            "updated_at",
        ]
    )
    await _audit(actor, "catalogue_link.confirm", link, before, link.department_id)


async def _propose_link(actor: Actor, handling_item_id: int, department_id: int) -> CatalogueLink:
    now = utc_now()
    link = await CatalogueLink.create(
        handling_item_id=handling_item_id,
        department_id=department_id,
        status=LinkStatus.PROPOSED,
        open_handling_item_id=open_key(handling_item_id, LinkStatus.PROPOSED),
        proposed_by_id=actor.user_id,
        proposed_at=now,
        updated_at=now,
    )
    await _audit(actor, "catalogue_link.propose", link, None, department_id)
    return link


async def _store_links(
    actor: Actor,
    plan: ImportPlan,
    departments: dict[str, int],
    handling: dict[str, HandlingItem],
    subs: dict[str, SupervisionSubItem],
    counter: _Counter,
    progress: Progress,
) -> None:
    open_links = {
        link.handling_item_id: link
        for link in await CatalogueLink.filter(
            status__in=[LinkStatus.PROPOSED, LinkStatus.CONFIRMED]
        )
    }
    for row in plan.links:
        item = handling[row.handling_code]
        department_id = departments[row.department_code]
        sub_id = subs[row.sub_item_code].id if row.sub_item_code else None
        status = LinkStatus(row.status)
        link = open_links.get(item.id)
        try:
            if (
                link is not None
                and link.department_id == department_id
                and link.status == status
                and link.supervision_sub_item_id == sub_id
            ):
                counter.unchanged += 1
            elif (
                link is not None
                and link.department_id == department_id
                and link.status == LinkStatus.PROPOSED
                and status == LinkStatus.CONFIRMED
            ):
                await _confirm_link(actor, link, sub_id or 0)
                counter.updated += 1
            else:
                if link is not None:
                    await _end_link(actor, link)
                link = await _propose_link(actor, item.id, department_id)
                if status == LinkStatus.CONFIRMED and sub_id is not None:
                    await _confirm_link(actor, link, sub_id)
                counter.created += 1
        except DomainError as exc:
            raise StoreFailed(CellError(LINK_SHEET, row.row, None, exc.message)) from exc
        counter.done += 1
        await progress(counter.done)


async def store_plan(actor: Actor, plan: ImportPlan, progress: Progress) -> dict[str, int]:
    """Store ``plan`` in the current transaction; the counts of created/updated/unchanged."""
    departments = dict(await Department.all().values_list("code", "id"))
    counter = _Counter()
    handling = await _store_approval_items(
        actor, plan.approval_items, departments, counter, progress
    )
    subs = await _store_supervision_items(
        actor, plan.supervision_items, departments, counter, progress
    )
    await _store_links(actor, plan, departments, handling, subs, counter, progress)
    return counter.as_json()
