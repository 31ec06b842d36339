"""Claims (P2, T4), the supervision task (P4, S1), returns, disputes and reassignment (P3)."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta

import pytest

from domain.accounts.actor import SYSTEM
from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.deadlines.models import Deadline
from domain.errors import ErrorCode, InvalidInput, PermissionDenied
from domain.linkage.errors import NotResponsibleDepartment, PushAlreadyClaimed, PushStateInvalid
from domain.linkage.models import Dispute, LinkageEvent, Push, SupervisionTask
from domain.linkage.rules import DisputeStatus, PushStatus, TaskStatus
from domain.linkage.services import claims
from tests.linkage_factories import make_linked_county, record

pytestmark = pytest.mark.usefixtures("db", "clock")


async def _snapshot() -> tuple[object, ...]:
    return (
        await Push.all().order_by("id").values_list("status", "department_id", "claimed_at"),
        await SupervisionTask.all().count(),
        await Dispute.all().values_list("status", flat=True),
        await AuditEvent.all().count(),
        await LinkageEvent.all().count(),
    )


async def test_p4_s1_claim_creates_the_task_due_30_working_days_after_the_push(
    clock: FixedClock,
) -> None:
    await calendar_services.seed_from_package()
    clock.set(datetime(2025, 9, 30, 16, 0, tzinfo=SHANGHAI))
    county, catalogue = await make_linked_county(date(2025, 9, 30))
    push = await record(county, catalogue, "BK-1", license_date=date(2025, 9, 30))
    clock.set(datetime(2025, 10, 9, 9, 0, tzinfo=SHANGHAI))  # 2nd working day after the push
    task = await claims.claim_push(county.actor("scj.sup"), push.id)
    # 30 working days counted from the push (方案 §8), over the National Day holiday
    # (1–8 Oct off; Sun 28 Sep and Sat 11 Oct worked): 9, 10, 11 Oct, then 27 more.
    assert task.due_at == datetime(2025, 11, 18, 23, 59, 59, tzinfo=SHANGHAI)
    assert (task.status, task.department_id, task.push_id) == (
        TaskStatus.IN_PROGRESS,
        county.scj.id,
        push.id,
    )
    deadline = await Deadline.get(id=task.deadline_id)
    assert (deadline.kind, deadline.working_days, deadline.started_at) == (
        "task.feedback",
        30,
        push.pushed_at,
    )
    claimed = await Push.get(id=push.id)
    assert claimed.status == PushStatus.CLAIMED and claimed.claim_late_working_days == 0
    assert (await Deadline.get(id=push.claim_deadline_id)).closed_late_by_working_days == 0
    kinds = await LinkageEvent.filter(push_id=push.id).order_by("id").values_list("kind", flat=True)
    assert kinds == ["PUSH_RECEIVED", "TASK_CREATED"]


async def test_t4_p2_a_late_claim_is_allowed_and_marked_with_working_days_late(
    clock: FixedClock,
) -> None:
    await calendar_services.seed_from_package()
    clock.set(datetime(2025, 9, 30, 16, 0, tzinfo=SHANGHAI))
    county, catalogue = await make_linked_county(date(2025, 9, 30))
    push = await record(county, catalogue, "BK-1", license_date=date(2025, 9, 30))
    # Due Sat 11 Oct (a working day); claimed Tue 14 Oct: Mon 13 and Tue 14 late.
    clock.set(datetime(2025, 10, 14, 9, 0, tzinfo=SHANGHAI))
    await claims.claim_push(county.actor("scj.admin"), push.id)
    claimed = await Push.get(id=push.id)
    assert claimed.claim_late_working_days == 2
    assert (await Deadline.get(id=push.claim_deadline_id)).closed_late_by_working_days == 2


async def test_p2_exactly_one_of_two_concurrent_claims_wins() -> None:
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-1")
    results = await asyncio.gather(
        claims.claim_push(county.actor("scj.sup"), push.id),
        claims.claim_push(county.actor("scj.admin"), push.id),
        return_exceptions=True,
    )
    won = [r for r in results if isinstance(r, SupervisionTask)]
    lost = [r for r in results if isinstance(r, BaseException)]
    assert len(won) == 1 and len(lost) == 1, results
    assert isinstance(lost[0], PushAlreadyClaimed)
    assert await SupervisionTask.filter(push_id=push.id).count() == 1
    assert await AuditEvent.filter(action="push.claim").count() == 1


async def test_p2_illegal_claims_are_typed_errors_and_change_nothing() -> None:
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-1")
    gap = await record(county, catalogue, "BK-2", handling=catalogue.gap, serial=2)
    before = await _snapshot()
    with pytest.raises(NotResponsibleDepartment) as other:
        await claims.claim_push(county.actor("zjj.sup"), push.id)
    assert other.value.code == ErrorCode.NOT_RESPONSIBLE_DEPARTMENT
    with pytest.raises(PermissionDenied):  # an approval officer does not claim
        await claims.claim_push(county.actor("spj.officer"), push.id)
    with pytest.raises(PermissionDenied):  # the auditor changes nothing
        await claims.claim_push(county.actor("auditor"), push.id)
    with pytest.raises(NotResponsibleDepartment):  # a routing gap is nobody's yet
        await claims.claim_push(county.actor("scj.sup"), gap.id)
    assert await _snapshot() == before
    await claims.claim_push(county.actor("scj.sup"), push.id)
    after_claim = await _snapshot()
    with pytest.raises(PushAlreadyClaimed):
        await claims.claim_push(county.actor("scj.admin"), push.id)
    with pytest.raises(PushStateInvalid) as returned:
        await claims.return_push(county.actor("scj.sup"), push.id, "不属于本部门")
    assert returned.value.code == ErrorCode.PUSH_STATE_INVALID
    assert await _snapshot() == after_claim


async def test_p2_claiming_several_pushes_returns_a_result_per_push() -> None:
    county, catalogue = await make_linked_county()
    a = await record(county, catalogue, "BK-1", serial=1)
    b = await record(county, catalogue, "BK-2", serial=2)
    await claims.claim_push(county.actor("scj.sup"), b.id)
    outcomes = await claims.claim_pushes(county.actor("scj.sup"), [a.id, b.id, 999])
    assert [o.push_id for o in outcomes] == [a.id, b.id, 999]
    assert outcomes[0].task is not None and outcomes[0].error is None
    assert outcomes[1].error is not None and outcomes[1].error.code == "PUSH_ALREADY_CLAIMED"
    assert outcomes[2].error is not None and outcomes[2].error.code == "NOT_FOUND"
    with pytest.raises(InvalidInput):
        await claims.claim_pushes(county.actor("scj.sup"), [])


async def test_p3_return_opens_a_dispute_and_the_coordinator_reassigns(
    clock: FixedClock,
) -> None:
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-1")
    clock.advance(timedelta(hours=2))
    with pytest.raises(InvalidInput):
        await claims.return_push(county.actor("scj.sup"), push.id, "  ")
    dispute = await claims.return_push(county.actor("scj.sup"), push.id, "该经营项目由住建局监管")
    assert dispute.status == DisputeStatus.OPEN and dispute.department_id == county.scj.id
    returned = await Push.get(id=push.id)
    assert returned.status == PushStatus.RETURNED
    assert (await Deadline.get(id=push.claim_deadline_id)).closed_at is not None
    with pytest.raises(PermissionDenied):  # only the coordinator reassigns
        await claims.reassign_push(county.actor("scj.admin"), push.id, county.zjj.id)
    with pytest.raises(InvalidInput):  # to a supervision department only
        await claims.reassign_push(county.actor("coordinator"), push.id, county.spj.id)

    clock.advance(timedelta(days=1))
    moved = await claims.reassign_push(
        county.actor("coordinator"), push.id, county.zjj.id, "按三定方案属住建局"
    )
    assert moved.status == PushStatus.TO_CLAIM and moved.department_id == county.zjj.id
    assert moved.supervision_sub_item_id is None
    new_deadline = await Deadline.get(id=moved.claim_deadline_id)
    assert new_deadline.id != push.claim_deadline_id
    assert new_deadline.started_at == clock.now()  # counted from the reassignment
    assert new_deadline.department_id == county.zjj.id
    resolved = await Dispute.get(id=dispute.id)
    assert resolved.status == DisputeStatus.RESOLVED
    assert resolved.assigned_department_id == county.zjj.id
    with pytest.raises(PushStateInvalid):  # nothing left to reassign
        await claims.reassign_push(county.actor("coordinator"), push.id, county.scj.id)
    with pytest.raises(NotResponsibleDepartment):  # the old department no longer claims
        await claims.claim_push(county.actor("scj.sup"), push.id)
    task = await claims.claim_push(county.actor("zjj.sup"), push.id)
    assert task.department_id == county.zjj.id
    actions = await AuditEvent.filter(target_type__in=["Push", "Dispute"]).values_list(
        "action", flat=True
    )
    assert set(actions) >= {
        "push.create",
        "push.return",
        "dispute.open",
        "push.reassign",
        "dispute.resolve",
        "push.claim",
    }


async def test_p3_the_coordinator_routes_a_routing_gap() -> None:
    county, catalogue = await make_linked_county()
    gap = await record(county, catalogue, "BK-G", handling=catalogue.gap)
    moved = await claims.reassign_push(county.actor("coordinator"), gap.id, county.scj.id)
    assert moved.status == PushStatus.TO_CLAIM and moved.department_id == county.scj.id
    assert (await Deadline.get(id=gap.claim_deadline_id)).closed_at is not None
    events = (
        await LinkageEvent.filter(push_id=gap.id)
        .order_by("id")
        .values_list("kind", "department_id")
    )
    assert events == [("ROUTING_GAP", None), ("PUSH_RECEIVED", county.scj.id)]


async def test_t1_queue_due_times_follow_a_recomputed_calendar(clock: FixedClock) -> None:
    from domain.calendar.rules import HolidayNotice, HolidayRange

    await calendar_services.seed_from_package()
    clock.set(datetime(2026, 12, 30, 9, 0, tzinfo=SHANGHAI))
    county, catalogue = await make_linked_county(date(2026, 12, 30))
    push = await record(county, catalogue, "BK-1", license_date=date(2026, 12, 30))
    task = await claims.claim_push(county.actor("scj.sup"), push.id)
    assert push.claim_due_provisional and task.due_provisional  # 2027 is not known yet
    # An invented 2027 arrangement for the test (NOT the real one): 1–3 Jan off.
    notice = HolidayNotice(2027, (HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 3)),), ())
    await calendar_services.enter_holiday_notice(SYSTEM, notice)
    deadline = await Deadline.get(id=task.deadline_id)
    assert not deadline.provisional
    # The notice's recompute refreshed the queues' copies in the same transaction.
    stored = await SupervisionTask.get(id=task.id)
    assert (stored.due_at, stored.due_provisional) == (deadline.due_at, False)
    assert stored.due_at > task.due_at  # 1 Jan is a holiday after all: one day later
    moved = await Push.get(id=push.id)
    assert moved.claim_due_at == datetime(2027, 1, 5, 23, 59, 59, tzinfo=SHANGHAI)


async def test_t1_t4_a_late_claim_over_a_provisional_year_is_recounted(
    clock: FixedClock,
) -> None:
    from domain.calendar.rules import HolidayNotice, HolidayRange

    await calendar_services.seed_from_package()
    clock.set(datetime(2026, 12, 30, 9, 0, tzinfo=SHANGHAI))
    county, catalogue = await make_linked_county(date(2026, 12, 30))
    push = await record(county, catalogue, "BK-1", license_date=date(2026, 12, 30))
    # 2027 unknown: counted Monday–Friday, the claim is due on 4 Jan (31 Dec, 1 Jan, 4 Jan).
    assert push.claim_due_provisional
    clock.set(datetime(2027, 1, 5, 10, 0, tzinfo=SHANGHAI))
    await claims.claim_push(county.actor("scj.sup"), push.id)
    assert (await Push.get(id=push.id)).claim_late_working_days == 1
    # An invented 2027 arrangement for the test (NOT the real one): 1–3 Jan off, so the
    # claim was due on 5 Jan and made on time; the statistics read the recounted copy.
    notice = HolidayNotice(2027, (HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 3)),), ())
    await calendar_services.enter_holiday_notice(SYSTEM, notice)
    recounted = await Push.get(id=push.id)
    assert recounted.claim_late_working_days == 0
    assert recounted.claim_due_at == datetime(2027, 1, 5, 23, 59, 59, tzinfo=SHANGHAI)
