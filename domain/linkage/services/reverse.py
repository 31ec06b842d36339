"""Reverse pushes (P5, 制度 Art 20(2)): supervision information about a licensee —
penalty, enforcement, levy, inspection, suspension order, license revoked — pushed by
a supervision department to the approval department within 3 working days after its
decision, and claimed there within 3 working days.

Both periods go through ``domain.deadlines``: the push deadline is opened at the
decision date (noon Asia/Shanghai) and closed at once, recording how many working
days late the push was (T4: late is allowed and recorded); the claim deadline counts
from the push. A claim is a conditional ``UPDATE … WHERE status = 'TO_CLAIM'``: of two
concurrent claims exactly one wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor, DepartmentKind
from domain.accounts.models import Department
from domain.accounts.policy import Operation, department_scope
from domain.attachments.services import attach, register_owner
from domain.audit.services import record
from domain.calendar.rules import local_date
from domain.clock import utc_now
from domain.credit.rules import CreditSource
from domain.credit.services import write_credit_record
from domain.deadlines.models import Deadline
from domain.deadlines.services import close_deadline
from domain.errors import DomainError, InvalidInput, NotFound, PermissionDenied
from domain.linkage.errors import NotResponsibleDepartment, ReversePushStateInvalid
from domain.linkage.models import Licensee, Push, ReversePush
from domain.linkage.rules import (
    REVERSE_CLAIM_DEADLINE,
    REVERSE_CLAIM_WORKING_DAYS,
    REVERSE_PUSH_DEADLINE,
    REVERSE_PUSH_WORKING_DAYS,
    CleanLicensee,
    LicenseStatus,
    LinkageEventKind,
    ReversePushData,
    ReversePushKind,
    ReversePushStatus,
    check_reverse_claim,
    clean_reverse_push,
    license_status_of_reverse_push,
    reverse_push_started_at,
)
from domain.linkage.services.common import (
    APPROVING_ROLES,
    SUPERVISING_ROLES,
    emit,
    open_working_day_deadline,
    require_role_in_department,
)
from domain.linkage.services.pushes import upsert_licensee
from domain.transaction import transaction

REVERSE_PUSH_OWNER = "ReversePush"
# R1: the reverse pushes that write a credit record for the licensee.
_CREDIT_SOURCES = {
    ReversePushKind.PENALTY: CreditSource.PENALTY,
    ReversePushKind.LICENSE_REVOKED: CreditSource.REVOCATION,
}


# ---- reads ----------------------------------------------------------------------------


def visible_reverse_pushes(actor: Actor) -> QuerySet[ReversePush]:
    """Reverse pushes ``actor`` may read: those its department pushed or received; all
    for the coordination group and auditors; an API token its department's (or all)."""
    scope = department_scope(actor, Operation.READ_RECORDS)
    if scope is None:
        return ReversePush.all()
    ids = sorted(scope)
    return ReversePush.filter(Q(department_id__in=ids) | Q(approval_department_id__in=ids))


async def visible_reverse_push(actor: Actor, reverse_push_id: int) -> ReversePush | None:
    return await visible_reverse_pushes(actor).get_or_none(id=reverse_push_id)


async def _can_read(actor: Actor, reverse_push_id: int) -> bool:
    try:
        return await visible_reverse_pushes(actor).filter(id=reverse_push_id).exists()
    except DomainError:  # anonymous
        return False


register_owner(REVERSE_PUSH_OWNER, _can_read)


@dataclass(frozen=True)
class ReversePushFilter:
    """Filters of the reverse push queue; None means any."""

    status: ReversePushStatus | None = None
    kind: ReversePushKind | None = None
    department_id: int | None = None  # the pushing supervision department
    approval_department_id: int | None = None
    # T4: open past the claim due time, claimed late, or pushed late.
    overdue: bool | None = None


def reverse_pushes(actor: Actor, filter: ReversePushFilter, now: datetime) -> QuerySet[ReversePush]:
    """The reverse pushes ``actor`` may see matching ``filter`` (order: claim due, id)."""
    queryset = visible_reverse_pushes(actor)
    if filter.status is not None:
        queryset = queryset.filter(status=filter.status)
    if filter.kind is not None:
        queryset = queryset.filter(kind=filter.kind)
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.approval_department_id is not None:
        queryset = queryset.filter(approval_department_id=filter.approval_department_id)
    if filter.overdue is not None:
        late = Q(
            Q(status=ReversePushStatus.TO_CLAIM, claim_due_at__lt=now),
            Q(claim_late_working_days__gt=0),
            Q(push_late_working_days__gt=0),
            join_type="OR",
        )
        queryset = queryset.filter(late if filter.overdue else ~late)
    return queryset


async def reverse_pushes_by_ids(ids: Sequence[int]) -> list[ReversePush | None]:
    rows = {row.id: row for row in await ReversePush.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]


async def deadlines_by_ids(ids: Sequence[int]) -> list[Deadline | None]:
    """For a DataLoader: deadlines of records the caller already may read."""
    rows = {row.id: row for row in await Deadline.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]


# ---- pushing (P5) ---------------------------------------------------------------------


async def _pushing_department(actor: Actor) -> int:
    """A supervisor or department admin of a supervision department."""
    require_role_in_department(
        actor, SUPERVISING_ROLES, actor.department_id, "监管部门的监管人员或部门管理员"
    )
    department = await Department.get_or_none(id=actor.department_id)
    if department is None or department.kind != DepartmentKind.SUPERVISION:
        raise PermissionDenied("监管信息只能由监管部门推送。")
    return department.id


async def _approval_department(data: ReversePushData, push: Push | None) -> int:
    """The push's approval department; else the county's (the given one if several)."""
    if push is not None:
        if (
            data.approval_department_id is not None
            and data.approval_department_id != push.approval_department_id
        ):
            raise InvalidInput("审批部门与该许可的审批部门不一致。", field="approvalDepartmentId")
        return push.approval_department_id
    approvals = await Department.filter(kind=DepartmentKind.APPROVAL).order_by("id")
    if data.approval_department_id is not None:
        if data.approval_department_id not in {d.id for d in approvals}:
            raise InvalidInput("所选部门不是审批部门。", field="approvalDepartmentId")
        return data.approval_department_id
    if not approvals:
        raise InvalidInput("系统中没有审批部门。", field="approvalDepartmentId")
    if len(approvals) > 1:
        raise InvalidInput("有多个审批部门，请指定接收的审批部门。", field="approvalDepartmentId")
    return approvals[0].id


async def reverse_push(actor: Actor, data: ReversePushData) -> ReversePush:
    """P5: a supervision department pushes supervision information to the approval
    department. Late pushes are allowed and recorded (T4); a LICENSE_REVOKED push of
    a known license marks that license revoked."""
    department_id = await _pushing_department(actor)
    now = utc_now()
    clean = clean_reverse_push(data, today=local_date(now))
    push: Push | None = None
    if data.push_id is not None:
        push = await Push.get_or_none(id=data.push_id)
        if push is None:
            raise NotFound("许可（推送）不存在。", field="pushId")
        if push.department_id != department_id:
            raise NotResponsibleDepartment("该许可不由本部门监管，不能推送其监管信息。")
    approval_department_id = await _approval_department(data, push)
    licensee = await Licensee.get_or_none(number=clean.licensee_number)
    if licensee is None and not clean.licensee_name:
        raise InvalidInput(
            f"行政相对人 {clean.licensee_number} 尚未登记：请同时填写名称。",
            field="licenseeName",
        )
    if push is not None and (licensee is None or push.licensee_id != licensee.id):
        raise InvalidInput("行政相对人与该许可的行政相对人不一致。", field="licenseeNumber")
    async with transaction():
        if clean.licensee_name:  # P6: entered once, shared (created, or its name updated)
            licensee = await upsert_licensee(
                actor,
                CleanLicensee(
                    kind=clean.licensee_kind,
                    number=clean.licensee_number,
                    name=clean.licensee_name,
                    contact_phone="",
                    address="",
                    legal_representative="",
                ),
                department_id=department_id,
            )
        assert licensee is not None
        row = await ReversePush.create(
            kind=clean.kind,
            document_number=clean.document_number,
            department_id=department_id,
            approval_department_id=approval_department_id,
            licensee_id=licensee.id,
            push_id=push.id if push is not None else None,
            decision_date=clean.decision_date,
            content=clean.content,
            pushed_at=now,
            pushed_by_id=actor.user_id,
            status=ReversePushStatus.TO_CLAIM,
            claim_due_at=now,  # replaced by the claim deadline's due time below
            updated_at=now,
        )
        # P5: within 3 working days after the decision; closed now, late recorded (T4).
        push_deadline = await open_working_day_deadline(
            actor,
            subject_type="ReversePush",
            subject_id=row.id,
            kind=REVERSE_PUSH_DEADLINE,
            started_at=reverse_push_started_at(clean.decision_date),
            working_days=REVERSE_PUSH_WORKING_DAYS,
            department_id=department_id,
        )
        closed = await close_deadline(actor, push_deadline.id, at=now)
        claim_deadline = await open_working_day_deadline(
            actor,
            subject_type="ReversePush",
            subject_id=row.id,
            kind=REVERSE_CLAIM_DEADLINE,
            started_at=now,
            working_days=REVERSE_CLAIM_WORKING_DAYS,
            department_id=approval_department_id,
        )
        row.push_deadline_id = push_deadline.id
        row.push_late_working_days = closed.closed_late_by_working_days or 0
        row.claim_deadline_id = claim_deadline.id
        row.claim_due_at = claim_deadline.due_at
        row.claim_due_provisional = claim_deadline.provisional
        await row.save(
            update_fields=[
                "push_deadline_id",
                "push_late_working_days",
                "claim_deadline_id",
                "claim_due_at",
                "claim_due_provisional",
            ]
        )
        await attach(actor, data.attachment_ids, owner_type=REVERSE_PUSH_OWNER, owner_id=row.id)
        await record(
            actor,
            "reverse_push.create",
            target_type="ReversePush",
            target_id=row.id,
            before=None,
            after={**row.snapshot(), "content": row.content},
            department_id=department_id,
        )
        status = license_status_of_reverse_push(clean.kind)
        if push is not None and status is not None:
            await _set_license_status(actor, push.id, status, now)
        source = _CREDIT_SOURCES.get(clean.kind)
        if source is not None:  # R1: a penalty or a revoked license is a credit record
            await write_credit_record(
                actor,
                licensee_id=licensee.id,
                source=source,
                occurred_on=clean.decision_date,
                department_id=department_id,
                description=f"{clean.document_number}：{clean.content}",
                subject_type="ReversePush",
                subject_id=row.id,
            )
        await emit(
            LinkageEventKind.REVERSE_PUSH_RECEIVED,
            department_id=approval_department_id,
            reverse_push_id=row.id,
            push_id=row.push_id,
            at=now,
        )
    return row


async def _set_license_status(
    actor: Actor, push_id: int, status: LicenseStatus, at: datetime
) -> None:
    """吊销: the supervising department revoked the license the push carries (audited)."""
    push = await Push.select_for_update().get(id=push_id)
    if push.license_status == status:
        return
    before = push.snapshot()
    push.license_status = status
    push.updated_at = at
    await push.save(update_fields=["license_status", "updated_at"])
    await record(
        actor,
        "push.license_revoked",
        target_type="Push",
        target_id=push.id,
        before=before,
        after=push.snapshot(),
        department_id=push.department_id,
    )


# ---- claiming (P5) --------------------------------------------------------------------


async def _reverse_push(reverse_push_id: int) -> ReversePush:
    row = await ReversePush.get_or_none(id=reverse_push_id)
    if row is None:
        raise NotFound("监管信息推送不存在。", field="reversePushId")
    return row


async def claim_reverse_push(actor: Actor, reverse_push_id: int) -> ReversePush:
    """P5: an approval officer or department admin of the receiving approval department
    claims the reverse push; late is recorded (T4). One of two concurrent claims wins."""
    row = await _reverse_push(reverse_push_id)
    require_role_in_department(
        actor, APPROVING_ROLES, row.approval_department_id, "审批人员或部门管理员"
    )
    check_reverse_claim(row.status)
    async with transaction():
        now = utc_now()
        changed = await ReversePush.filter(id=row.id, status=ReversePushStatus.TO_CLAIM).update(
            status=ReversePushStatus.CLAIMED,
            claimed_at=now,
            claimed_by_id=actor.user_id,
            updated_at=now,
        )
        if changed != 1:  # someone else was quicker
            check_reverse_claim((await _reverse_push(reverse_push_id)).status)
            raise ReversePushStateInvalid("该监管信息推送已被认领。")
        before = row.snapshot()
        row = await ReversePush.get(id=row.id)
        if row.claim_deadline_id is not None:
            closed = await close_deadline(actor, row.claim_deadline_id, at=now)
            row.claim_late_working_days = closed.closed_late_by_working_days
            await row.save(update_fields=["claim_late_working_days"])
        await record(
            actor,
            "reverse_push.claim",
            target_type="ReversePush",
            target_id=row.id,
            before=before,
            after=row.snapshot(),
            department_id=row.approval_department_id,
        )
    return row
