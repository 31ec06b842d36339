"""Pushes (P1, P6): an approval decision recorded or imported becomes a push, routed by
the catalogue in effect on the decision date; no confirmed link → a routing gap for
the coordinator, never dropped. The claim deadline (P2) opens at the push time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError

from domain.accounts.actor import SYSTEM, Actor, DepartmentKind
from domain.accounts.models import Department
from domain.attachments.models import Attachment
from domain.attachments.services import MAX_PER_RECORD, attach, register_owner
from domain.audit.services import record
from domain.catalogue.models import HandlingItem, PublishedApprovalItem
from domain.catalogue.services.publication import published_route
from domain.clock import utc_now
from domain.errors import Conflict, DomainError, InvalidInput, PermissionDenied
from domain.linkage.models import Licensee, Push
from domain.linkage.rules import (
    CLAIM_DEADLINE,
    CLAIM_WORKING_DAYS,
    ApprovalDecision,
    CleanDecision,
    CleanLicensee,
    LinkageEventKind,
    PushSource,
    PushStatus,
    clean_decision,
)
from domain.linkage.services.common import (
    APPROVING_ROLES,
    emit,
    open_working_day_deadline,
    require_role_in_department,
)
from domain.linkage.services.reads import visible_pushes
from domain.transaction import transaction

PUSH_OWNER = "Push"


async def _can_read_push(actor: Actor, push_id: int) -> bool:
    """The archive's attachments are read by whoever may read the push."""
    try:
        return await visible_pushes(actor).filter(id=push_id).exists()
    except DomainError:  # anonymous
        return False


register_owner(PUSH_OWNER, _can_read_push)


@dataclass(frozen=True)
class Route:
    """Where a decision goes: names as published on the decision date, and the route."""

    handling_item_id: int
    handling_item_code: str
    handling_item_name: str
    approval_item_id: int | None
    approval_item_code: str
    approval_item_name: str
    approval_department_id: int | None
    catalogue_version_id: int | None
    department_id: int | None = None
    supervision_item_id: int | None = None
    supervision_item_name: str | None = None
    supervision_sub_item_id: int | None = None
    supervision_sub_item_name: str | None = None


async def resolve_route(decision: ApprovalDecision) -> Route:
    """The published route of the decision's handling item on its license date."""
    published = await published_route(decision.handling_item, decision.license_date)
    if published is not None:
        item = await PublishedApprovalItem.get(id=published.published_approval_item_id)
        return Route(
            handling_item_id=published.handling_item_id,
            handling_item_code=published.handling_item_code,
            handling_item_name=published.handling_item_name,
            approval_item_id=item.approval_item_id,
            approval_item_code=item.code,
            approval_item_name=item.name,
            approval_department_id=item.department_id,
            catalogue_version_id=published.version_id,
            department_id=published.department_id,
            supervision_item_id=published.supervision_item_id,
            supervision_item_name=published.supervision_item_name,
            supervision_sub_item_id=published.supervision_sub_item_id,
            supervision_sub_item_name=published.supervision_sub_item_name,
        )
    # Not in the catalogue in effect: a routing gap, named from the draft.
    key = decision.handling_item
    draft = await (
        HandlingItem.get_or_none(code=key.strip().upper())
        if isinstance(key, str)
        else HandlingItem.get_or_none(id=key)
    ).prefetch_related("approval_item")
    if draft is None:
        raise InvalidInput("业务办理项不存在。", field="handlingItemId")
    return Route(
        handling_item_id=draft.id,
        handling_item_code=draft.code,
        handling_item_name=draft.name,
        approval_item_id=draft.approval_item_id,
        approval_item_code=draft.approval_item.code,
        approval_item_name=draft.approval_item.name,
        approval_department_id=draft.approval_item.department_id,
        catalogue_version_id=None,
    )


async def _approval_department(actor: Actor, decision: ApprovalDecision, route: Route) -> int:
    department_id = decision.approval_department_id or actor.department_id
    if department_id is None:  # SYSTEM importing: the item's approval department
        department_id = route.approval_department_id
    if department_id is None:
        raise InvalidInput("请指定审批部门。", field="approvalDepartmentId")
    require_role_in_department(actor, APPROVING_ROLES, department_id, "审批人员或部门管理员")
    department = await Department.get_or_none(id=department_id)
    if department is None or department.kind != DepartmentKind.APPROVAL:
        raise PermissionDenied("审批决定只能由审批部门录入。")
    if route.approval_department_id is not None and route.approval_department_id != department_id:
        raise PermissionDenied("该业务办理项不属于本审批部门。", field="handlingItemId")
    return department_id


async def upsert_licensee(actor: Actor, data: CleanLicensee, *, department_id: int) -> Licensee:
    """P6: the licensee of ``data.number``, created or updated (name, contact, address,
    legal representative from the latest decision), audited. Inside a use case."""
    now = utc_now()
    licensee = await Licensee.select_for_update().get_or_none(number=data.number)
    values = {
        "name": data.name,
        "contact_phone": data.contact_phone,
        "address": data.address,
        "legal_representative": data.legal_representative,
    }
    if licensee is None:
        licensee = await Licensee.create(
            kind=data.kind, number=data.number, created_at=now, updated_at=now, **values
        )
        await record(
            actor,
            "licensee.create",
            target_type="Licensee",
            target_id=licensee.id,
            before=None,
            after=licensee.snapshot(),
            department_id=department_id,
        )
        return licensee
    # An empty field of a later decision does not erase what is known.
    changed = {k: v for k, v in values.items() if v and getattr(licensee, k) != v}
    if changed:
        before = licensee.snapshot()
        for name, value in changed.items():
            setattr(licensee, name, value)
        licensee.updated_at = now
        await licensee.save(update_fields=[*changed, "updated_at"])
        await record(
            actor,
            "licensee.update",
            target_type="Licensee",
            target_id=licensee.id,
            before=before,
            after=licensee.snapshot(),
            department_id=department_id,
        )
    return licensee


async def _create_push(
    actor: Actor,
    clean: CleanDecision,
    route: Route,
    approval_department_id: int,
    source: PushSource,
    attachment_ids: Sequence[int] = (),
) -> Push:
    """Write the push, its licensee, its claim deadline, its attachments, audit and event
    (in a transaction)."""
    if await Push.filter(document_number=clean.document_number).exists():
        raise Conflict(f"法律文书编号 {clean.document_number} 已推送过。", field="documentNumber")
    licensee = await upsert_licensee(actor, clean.licensee, department_id=approval_department_id)
    now = utc_now()
    status = PushStatus.TO_CLAIM if route.department_id is not None else PushStatus.ROUTING_GAP
    push = Push(
        document_number=clean.document_number,
        source=source,
        approval_department_id=approval_department_id,
        licensee_id=licensee.id,
        handling_item_id=route.handling_item_id,
        handling_item_code=route.handling_item_code,
        handling_item_name=route.handling_item_name,
        approval_item_id=route.approval_item_id,
        approval_item_code=route.approval_item_code,
        approval_item_name=route.approval_item_name,
        catalogue_version_id=route.catalogue_version_id,
        department_id=route.department_id,
        supervision_item_id=route.supervision_item_id,
        supervision_item_name=route.supervision_item_name,
        supervision_sub_item_id=route.supervision_sub_item_id,
        supervision_sub_item_name=route.supervision_sub_item_name,
        license_date=clean.license_date,
        valid_from=clean.valid_from,
        valid_until=clean.valid_until,
        license_content=clean.license_content,
        materials=clean.materials,
        handling_opinion=clean.handling_opinion,
        commitment_content=clean.commitment_content,
        recorded_by_id=actor.user_id,
        pushed_at=now,
        status=status,
        claim_due_at=now,
        updated_at=now,
    )
    try:
        await push.save()
    except IntegrityError as exc:
        raise Conflict(
            f"法律文书编号 {clean.document_number} 已推送过。", field="documentNumber"
        ) from exc
    await set_claim_deadline(actor, push, started_at=now)
    await record(
        actor,
        "push.create",
        target_type="Push",
        target_id=push.id,
        before=None,
        after=push.snapshot(),
        department_id=approval_department_id,
    )
    await attach(actor, attachment_ids, owner_type=PUSH_OWNER, owner_id=push.id)
    if route.department_id is None:
        await emit(LinkageEventKind.ROUTING_GAP, department_id=None, push_id=push.id, at=now)
    else:
        await emit(
            LinkageEventKind.PUSH_RECEIVED,
            department_id=route.department_id,
            push_id=push.id,
            at=now,
        )
    return push


async def set_claim_deadline(actor: Actor, push: Push, *, started_at: datetime) -> None:
    """Open the push's claim deadline (P2: 3 working days) from ``started_at`` for its
    department (None for a routing gap: the coordinator's) and copy its due time."""
    deadline = await open_working_day_deadline(
        actor,
        subject_type="Push",
        subject_id=push.id,
        kind=CLAIM_DEADLINE,
        started_at=started_at,
        working_days=CLAIM_WORKING_DAYS,
        department_id=push.department_id,
    )
    push.claim_deadline_id = deadline.id
    push.claim_due_at = deadline.due_at
    push.claim_due_provisional = deadline.provisional
    await push.save(update_fields=["claim_deadline_id", "claim_due_at", "claim_due_provisional"])


async def record_approval_decision(actor: Actor, decision: ApprovalDecision) -> Push:
    """P1: an approval officer records a decision of their department; it is pushed at once."""
    clean = clean_decision(decision)
    route = await resolve_route(decision)
    approval_department_id = await _approval_department(actor, decision, route)
    async with transaction():
        return await _create_push(
            actor,
            clean,
            route,
            approval_department_id,
            PushSource.RECORDED,
            decision.attachment_ids,
        )


async def _check_attachments(actor: Actor, attachment_ids: Sequence[int]) -> None:
    """The checks ``attach`` makes, without attaching (an import validates every row first)."""
    ids = list(dict.fromkeys(attachment_ids))
    if len(ids) > MAX_PER_RECORD:
        raise InvalidInput(f"附件不能超过 {MAX_PER_RECORD} 个。", field="attachmentIds")
    rows = {row.id: row for row in await Attachment.filter(id__in=ids)} if ids else {}
    for attachment_id in ids:
        row = rows.get(attachment_id)
        if row is None or (actor.user_id is not None and row.uploaded_by_id != actor.user_id):
            raise InvalidInput(
                f"附件 {attachment_id} 不存在或不是本人上传的。", field="attachmentIds"
            )
        if row.owner_type is not None:
            raise InvalidInput(f"附件“{row.file_name}”已属于另一条记录。", field="attachmentIds")


# ---- bulk import from the provincial platform -------------------------------------------


@dataclass(frozen=True)
class RowError:
    row: int  # 1-based position in the list
    field: str | None
    message: str


class DecisionImportRejected(InvalidInput):
    """Some decisions are wrong: none was imported; ``errors`` names each row."""

    def __init__(self, errors: list[RowError]) -> None:
        shown = "；".join(f"第 {e.row} 条：{e.message}" for e in errors[:5])
        more = f"；另有 {len(errors) - 5} 处错误" if len(errors) > 5 else ""
        super().__init__(f"审批决定未导入：{shown}{more}。", field="decisions")
        self.errors = errors


async def import_approval_decisions(
    actor: Actor, decisions: Sequence[ApprovalDecision]
) -> list[Push]:
    """P1: decisions made in the provincial platform, pushed all or nothing.

    Every row is checked first (fields, licensee number, handling item, department,
    document numbers unique in the list and not pushed before); any wrong row rejects
    the whole list with the errors of every row. ``actor``: SYSTEM (a scheduled
    import) or an approval officer / department admin of the decisions' department.
    """
    if actor is not SYSTEM:  # the actor itself must be allowed before any row is read
        require_role_in_department(
            actor, APPROVING_ROLES, actor.department_id, "审批人员或部门管理员"
        )
    prepared: list[tuple[CleanDecision, Route, int, list[int]]] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for row, decision in enumerate(decisions, start=1):
        try:
            clean = clean_decision(decision)
            route = await resolve_route(decision)
            approval_department_id = await _approval_department(actor, decision, route)
            if clean.document_number in seen:
                raise InvalidInput(
                    f"法律文书编号与第 {seen[clean.document_number]} 条重复。",
                    field="documentNumber",
                )
            seen[clean.document_number] = row
            if await Push.filter(document_number=clean.document_number).exists():
                raise Conflict(
                    f"法律文书编号 {clean.document_number} 已推送过。", field="documentNumber"
                )
            await _check_attachments(actor, decision.attachment_ids)
        except DomainError as exc:
            errors.append(RowError(row, exc.field, exc.message))
            continue
        prepared.append((clean, route, approval_department_id, decision.attachment_ids))
    if errors:
        raise DecisionImportRejected(errors)
    pushes: list[Push] = []
    async with transaction():
        for row, (clean, route, approval_department_id, attachment_ids) in enumerate(
            prepared, start=1
        ):
            try:
                pushes.append(
                    await _create_push(
                        actor,
                        clean,
                        route,
                        approval_department_id,
                        PushSource.IMPORTED,
                        attachment_ids,
                    )
                )
            except DomainError as exc:  # a race with another import: nothing is kept
                raise DecisionImportRejected([RowError(row, exc.field, exc.message)]) from exc
    return pushes
