"""Claims, returns and reassignment (P2, P3, P4, S1, T4).

A claim is a conditional ``UPDATE … WHERE status = 'TO_CLAIM'``: of two concurrent
claims exactly one changes the row, the other finds it claimed. The claim closes
the claim deadline (late is recorded, T4) and creates the supervision task, due 30
working days after the push (S1, 方案 §8).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from domain.accounts.actor import Actor, DepartmentKind
from domain.accounts.models import Department
from domain.accounts.policy import Operation, require
from domain.audit.services import record
from domain.clock import utc_now
from domain.deadlines.services import close_if_open
from domain.errors import DomainError, InvalidInput, NotFound
from domain.linkage.errors import PushStateInvalid
from domain.linkage.models import Dispute, Push, SupervisionTask
from domain.linkage.rules import (
    TASK_WORKING_DAYS,
    DisputeStatus,
    LinkageEventKind,
    PushStatus,
    TaskOrigin,
    check_claim,
    check_reassign,
    check_return,
    clean_reason,
    clean_text,
)
from domain.linkage.services.common import (
    SUPERVISING_ROLES,
    emit,
    require_role_in_department,
)
from domain.linkage.services.pushes import set_claim_deadline
from domain.linkage.services.tasks import open_task
from domain.transaction import transaction


async def _push(push_id: int) -> Push:
    push = await Push.get_or_none(id=push_id)
    if push is None:
        raise NotFound("推送不存在。", field="pushId")
    return push


async def _close_claim_deadline(actor: Actor, push: Push, at: datetime) -> int | None:
    """Close the push's open claim deadline at ``at``; the working days late (T4)."""
    return await close_if_open(actor, push.claim_deadline_id, at)


@dataclass(frozen=True)
class ClaimOutcome:
    push_id: int
    task: SupervisionTask | None = None
    error: DomainError | None = None


async def claim_push(actor: Actor, push_id: int) -> SupervisionTask:
    """P2, P4: a supervisor or department admin of the routed department claims the push."""
    push = await _push(push_id)
    require_role_in_department(actor, SUPERVISING_ROLES, push.department_id, "监管人员或部门管理员")
    check_claim(push.status)
    async with transaction():
        now = utc_now()
        changed = await Push.filter(
            id=push.id, status=PushStatus.TO_CLAIM, department_id=push.department_id
        ).update(
            status=PushStatus.CLAIMED, claimed_at=now, claimed_by_id=actor.user_id, updated_at=now
        )
        if changed != 1:  # someone else was quicker, or the push moved meanwhile
            current = await _push(push_id)
            check_claim(current.status)
            raise PushStateInvalid("该推送已被重新分派，请刷新后重试。")
        before = push.snapshot()
        push = await Push.get(id=push.id)
        late = await _close_claim_deadline(actor, push, now)
        push.claim_late_working_days = late
        await push.save(update_fields=["claim_late_working_days"])
        await record(
            actor,
            "push.claim",
            target_type="Push",
            target_id=push.id,
            before=before,
            after=push.snapshot(),
            department_id=push.department_id,
        )
        assert push.department_id is not None
        task = await create_task(actor, push, at=now)
    return task


async def create_task(actor: Actor, push: Push, *, at: datetime) -> SupervisionTask:
    """P4, S1: the supervision task of a claimed push, due 30 working days after the push
    (K4: within the item's verification period for a post-verification commitment)."""
    assert push.department_id is not None
    return await open_task(
        actor,
        origin=TaskOrigin.PUSH,
        department_id=push.department_id,
        title=push.approval_item_name or push.handling_item_name,
        started_at=push.pushed_at,
        working_days=push.verification_period_working_days or TASK_WORKING_DAYS,
        at=at,
        licensee_id=push.licensee_id,
        push_id=push.id,
    )


MAX_BATCH = 100


def check_batch_size(count: int) -> None:
    if count < 1:
        raise InvalidInput("请选择要认领的推送。", field="pushIds")
    if count > MAX_BATCH:
        raise InvalidInput(f"一次最多认领 {MAX_BATCH} 条推送。", field="pushIds")


async def claim_pushes(actor: Actor, push_ids: Sequence[int]) -> list[ClaimOutcome]:
    """Claim several pushes at once: each on its own, a result per push, in order."""
    check_batch_size(len(push_ids))
    outcomes: list[ClaimOutcome] = []
    for push_id in push_ids:
        try:
            outcomes.append(ClaimOutcome(push_id, task=await claim_push(actor, push_id)))
        except DomainError as exc:
            outcomes.append(ClaimOutcome(push_id, error=exc))
    return outcomes


async def return_push(actor: Actor, push_id: int, reason: str) -> Dispute:
    """P3: the routed department returns a push it believes is not its own, with a
    reason; a dispute opens for the coordinator. The claim deadline closes (acted)."""
    reason = clean_reason(reason)
    push = await _push(push_id)
    require_role_in_department(actor, SUPERVISING_ROLES, push.department_id, "监管人员或部门管理员")
    check_return(push.status)
    assert push.department_id is not None
    async with transaction():
        now = utc_now()
        changed = await Push.filter(
            id=push.id, status=PushStatus.TO_CLAIM, department_id=push.department_id
        ).update(status=PushStatus.RETURNED, updated_at=now)
        if changed != 1:
            current = await _push(push_id)
            check_return(current.status)
            raise PushStateInvalid("该推送已被重新分派，请刷新后重试。")
        before = push.snapshot()
        push = await Push.get(id=push.id)
        push.claim_late_working_days = await _close_claim_deadline(actor, push, now)
        await push.save(update_fields=["claim_late_working_days"])
        dispute = await Dispute.create(
            push_id=push.id,
            department_id=push.department_id,
            reason=reason,
            status=DisputeStatus.OPEN,
            opened_at=now,
            opened_by_id=actor.user_id,
        )
        await record(
            actor,
            "push.return",
            target_type="Push",
            target_id=push.id,
            before=before,
            after={**push.snapshot(), "reason": reason},
            department_id=push.department_id,
        )
        await record(
            actor,
            "dispute.open",
            target_type="Dispute",
            target_id=dispute.id,
            before=None,
            after=dispute.snapshot(),
            department_id=push.department_id,
        )
        await emit(LinkageEventKind.PUSH_RETURNED, department_id=None, push_id=push.id, at=now)
    return dispute


async def reassign_push(actor: Actor, push_id: int, department_id: int, note: str = "") -> Push:
    """P3: the coordinator assigns a returned push (resolving its dispute) or a routing
    gap to a supervision department — another one, or back to the same. A new claim
    deadline counts from the reassignment."""
    require(actor, Operation.COORDINATE)
    note = clean_text(note, field="note", maximum=1000)
    department = await Department.get_or_none(id=department_id)
    if department is None:
        raise NotFound("部门不存在。", field="departmentId")
    if department.kind != DepartmentKind.SUPERVISION:
        raise InvalidInput(f"{department.name} 不是监管部门。", field="departmentId")
    push = await _push(push_id)
    check_reassign(push.status)
    async with transaction():
        push = await Push.select_for_update().get(id=push_id)
        check_reassign(push.status)
        now = utc_now()
        before = push.snapshot()
        if push.status == PushStatus.ROUTING_GAP:  # the coordinator's routing deadline ends
            await _close_claim_deadline(actor, push, now)
        if push.department_id != department.id:  # the catalogue's sub-item was another's
            push.supervision_item_id = push.supervision_item_name = None
            push.supervision_sub_item_id = push.supervision_sub_item_name = None
        push.department_id = department.id
        push.status = PushStatus.TO_CLAIM
        push.claim_late_working_days = None
        # A new claim deadline: its due-soon / overdue events are still to come.
        push.claim_due_soon_signalled_at = push.claim_overdue_signalled_at = None
        push.updated_at = now
        await push.save()
        await set_claim_deadline(actor, push, started_at=now)
        await record(
            actor,
            "push.reassign",
            target_type="Push",
            target_id=push.id,
            before=before,
            after={**push.snapshot(), "note": note},
            department_id=push.department_id,
        )
        for dispute in await Dispute.filter(push_id=push.id, status=DisputeStatus.OPEN):
            dispute_before = dispute.snapshot()
            dispute.status = DisputeStatus.RESOLVED
            dispute.resolved_at = now
            dispute.resolved_by_id = actor.user_id
            dispute.assigned_department_id = department.id
            dispute.resolution_note = note
            await dispute.save()
            await record(
                actor,
                "dispute.resolve",
                target_type="Dispute",
                target_id=dispute.id,
                before=dispute_before,
                after=dispute.snapshot(),
                department_id=dispute.department_id,
            )
        await emit(
            LinkageEventKind.PUSH_RECEIVED, department_id=department.id, push_id=push.id, at=now
        )
    return push
