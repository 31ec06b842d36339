"""Links (C3): the approval side proposes the supervising department; that department
confirms by naming its sub-item, or rejects with a reason; either side's coordinator,
or the approval side, ends a link (unlink).

Who may act (policy MANAGE_CATALOGUE, department D):
- propose, unlink: D = the approval item's department (and the coordinator);
- confirm, reject: D = the department the link is proposed to (and the coordinator).
"""

from __future__ import annotations

from tortoise.exceptions import IntegrityError

from domain.accounts.actor import Actor, DepartmentKind
from domain.accounts.policy import Operation, require
from domain.audit.services import record
from domain.catalogue.models import ApprovalItem, CatalogueLink, HandlingItem, SupervisionSubItem
from domain.catalogue.rules import LinkAction, LinkStatus, clean_reason, link_transition, open_key
from domain.catalogue.services.common import department_of_kind, locked, use_case
from domain.clock import utc_now
from domain.errors import Conflict, InvalidInput, NotFound


async def _approval_department(handling_item_id: int) -> int:
    rows = await ApprovalItem.filter(handling_items__id=handling_item_id).values_list(
        "department_id", flat=True
    )
    if not rows:
        raise NotFound("业务办理项不存在。", field="handlingItemId")
    return int(rows[0])  # type: ignore[arg-type]


async def propose_link(actor: Actor, handling_item_id: int, department_id: int) -> CatalogueLink:
    """C3: propose ``department_id`` as the supervising department of a handling item.

    Refused (``Conflict``) while the handling item has a proposed or confirmed link.
    """
    async with use_case():
        # The handling item, locked, with its approval item (not locked) in one query.
        handling_item = await locked(
            HandlingItem.all().select_related("approval_item"),
            handling_item_id,
            what="业务办理项",
            field="handlingItemId",
            of=(HandlingItem._meta.db_table,),
        )
        approval_department_id = handling_item.approval_item.department_id
        require(actor, Operation.MANAGE_CATALOGUE, approval_department_id)
        if not handling_item.is_active:
            raise InvalidInput("业务办理项已停用，不能关联。", field="handlingItemId")
        await department_of_kind(department_id, DepartmentKind.SUPERVISION, "departmentId")
        if await CatalogueLink.filter(open_handling_item_id=handling_item.id).exists():
            raise Conflict(
                "该业务办理项已有待确认或已确认的审管关联，请先解除。", field="handlingItemId"
            )
        now = utc_now()
        link = CatalogueLink(
            handling_item_id=handling_item.id,
            department_id=department_id,
            status=LinkStatus.PROPOSED,
            open_handling_item_id=open_key(handling_item.id, LinkStatus.PROPOSED),
            proposed_by_id=actor.user_id,
            proposed_at=now,
            updated_at=now,
        )
        try:
            await link.save()
        except IntegrityError as exc:
            raise Conflict(
                "该业务办理项已有待确认或已确认的审管关联。", field="handlingItemId"
            ) from exc
        await record(
            actor,
            "catalogue_link.propose",
            target_type="CatalogueLink",
            target_id=link.id,
            before=None,
            after=link.snapshot(),
            department_id=approval_department_id,
        )
    return link


async def _locked_link(link_id: int) -> CatalogueLink:
    return await locked(CatalogueLink.all(), link_id, what="审管关联")


async def confirm_link(actor: Actor, link_id: int, supervision_sub_item_id: int) -> CatalogueLink:
    """C3: the proposed department confirms by linking one of its own sub-items."""
    async with use_case():
        link = await _locked_link(link_id)
        require(actor, Operation.MANAGE_CATALOGUE, link.department_id)
        status = link_transition(link.status, LinkAction.CONFIRM)
        sub_item = await SupervisionSubItem.get_or_none(id=supervision_sub_item_id).select_related(
            "supervision_item"
        )
        if sub_item is None:
            raise NotFound("监管事项子项不存在。", field="supervisionSubItemId")
        if sub_item.supervision_item.department_id != link.department_id:
            raise InvalidInput("只能关联本部门监管事项下的子项。", field="supervisionSubItemId")
        if not (sub_item.is_active and sub_item.supervision_item.is_active):
            raise InvalidInput("该监管事项子项已停用。", field="supervisionSubItemId")
        before = link.snapshot()
        now = utc_now()
        link.status = status
        link.supervision_sub_item_id = sub_item.id
        link.open_handling_item_id = open_key(link.handling_item_id, status)
        link.confirmed_by_id = actor.user_id
        link.confirmed_at = now
        link.updated_at = now
        await link.save(
            update_fields=[
                "status",
                "supervision_sub_item_id",
                "open_handling_item_id",
                "confirmed_by_id",
                "confirmed_at",
                "updated_at",
            ]
        )
        await record(
            actor,
            "catalogue_link.confirm",
            target_type="CatalogueLink",
            target_id=link.id,
            before=before,
            after=link.snapshot(),
            department_id=link.department_id,
        )
    return link


async def _end_link(actor: Actor, link_id: int, reason: str, action: LinkAction) -> CatalogueLink:
    async with use_case():
        link = await _locked_link(link_id)
        if action is LinkAction.REJECT:
            require(actor, Operation.MANAGE_CATALOGUE, link.department_id)
            audit_department = link.department_id
        else:
            audit_department = await _approval_department(link.handling_item_id)
            require(actor, Operation.MANAGE_CATALOGUE, audit_department)
        status = link_transition(link.status, action)
        text = clean_reason(reason)
        before = link.snapshot()
        now = utc_now()
        link.status = status
        link.open_handling_item_id = open_key(link.handling_item_id, status)
        link.ended_by_id = actor.user_id
        link.ended_at = now
        link.reason = text
        link.updated_at = now
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
        await record(
            actor,
            f"catalogue_link.{action.value.lower()}",
            target_type="CatalogueLink",
            target_id=link.id,
            before=before,
            after=link.snapshot(),
            department_id=audit_department,
        )
    return link


async def reject_link(actor: Actor, link_id: int, reason: str) -> CatalogueLink:
    """C3: the proposed department refuses the link, with a reason."""
    return await _end_link(actor, link_id, reason, LinkAction.REJECT)


async def unlink_link(actor: Actor, link_id: int, reason: str) -> CatalogueLink:
    """C3: the approval side (or the coordinator) ends a proposed or confirmed link."""
    return await _end_link(actor, link_id, reason, LinkAction.UNLINK)
