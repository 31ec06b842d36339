"""Statistics per department and period (A3), each figure by the rule that defines it:
claims on time and late (P2, T4), tasks fed back on time and late (S1, T4), same-day
feedback late (S2), reverse pushes late (P5), open disputes (P3); the period's bounds
in Asia/Shanghai; visibility (READ_RECORDS)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock, utc_now
from domain.errors import InvalidInput, PermissionDenied
from domain.linkage.models import ReversePush, SupervisionTask, TaskFeedback
from domain.linkage.rules import ResultKind, ReversePushKind, ReversePushStatus, TaskStatus
from domain.linkage.services import claims
from domain.linkage.services.statistics import Figures, linkage_statistics, period
from tests.catalogue_factories import County
from tests.linkage_factories import Catalogue, make_linked_county, record

pytestmark = pytest.mark.usefixtures("db", "clock")

JUNE = (date(2026, 6, 1), date(2026, 6, 30))


def at(day: int, hour: int = 10, minute: int = 0, month: int = 6) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI)


async def figures(county: County, department: str, first: date, last: date) -> Figures:
    """The row of ``department`` as the coordinator reads it."""
    result = await linkage_statistics(county.actor("coordinator"), first, last)
    rows = {row.department.code: row.figures for row in result.rows}
    return rows[department]


async def _claimed(county: County, catalogue: Catalogue, number: str, serial: int) -> int:
    """A push recorded now and claimed by SCJ at once; its task id."""
    push = await record(county, catalogue, number, serial=serial)
    return (await claims.claim_push(county.actor("scj.sup"), push.id)).id


async def test_a3_p2_t4_claims_on_time_late_and_unclaimed_overdue(clock: FixedClock) -> None:
    county, catalogue = await make_linked_county()
    clock.set(at(1))  # Mon 1 June: claims due Thu 4 June 23:59:59 (P2)
    on_time = await record(county, catalogue, "BK-1", serial=1)
    late = await record(county, catalogue, "BK-2", serial=2)
    await record(county, catalogue, "BK-3", serial=3)  # never claimed: overdue from 5 June
    gap = await record(county, catalogue, "BK-4", serial=4, handling=catalogue.gap)
    clock.set(at(2))
    await claims.claim_push(county.actor("scj.sup"), on_time.id)
    # The coordinator routes the gap to ZJJ on 2 June: its claim is due 5 June.
    await claims.reassign_push(county.actor("coordinator"), gap.id, county.zjj.id)
    clock.set(at(8))  # Mon 8 June: Fri 5 and Mon 8 late
    await claims.claim_push(county.actor("scj.admin"), late.id)
    await record(county, catalogue, "BK-5", serial=5)  # pushed today: not due yet

    scj = await figures(county, "SCJ", *JUNE)
    assert scj.pushes_received == 4
    assert (scj.claimed_on_time, scj.claimed_late, scj.unclaimed_overdue) == (1, 1, 1)
    zjj = await figures(county, "ZJJ", *JUNE)
    # A reassigned push counts for the department it is routed to now, and its claim
    # deadline runs from the reassignment (due Fri 5 June): overdue on 8 June.
    assert (zjj.pushes_received, zjj.claimed_on_time, zjj.unclaimed_overdue) == (1, 0, 1)


async def test_a3_t4_a_late_claim_counts_late_not_on_time(clock: FixedClock) -> None:
    county, catalogue = await make_linked_county()
    clock.set(at(1))
    push = await record(county, catalogue, "BK-1")
    clock.set(at(5, 0, 1))  # Fri 5 June 00:01, one minute into the 1st working day late
    await claims.claim_push(county.actor("scj.sup"), push.id)
    scj = await figures(county, "SCJ", *JUNE)
    assert (scj.claimed_on_time, scj.claimed_late, scj.unclaimed_overdue) == (0, 1, 0)


async def test_a3_period_bounds_are_dates_in_asia_shanghai(clock: FixedClock) -> None:
    county, catalogue = await make_linked_county()
    clock.set(at(30, 23, 59))  # 30 June 23:59 in Baokang = 15:59 UTC
    await record(county, catalogue, "BK-JUNE", serial=1)
    clock.set(at(1, 0, 0, month=7))  # 1 July 00:00 in Baokang = still 30 June in UTC
    await record(county, catalogue, "BK-JULY", serial=2)
    assert utc_now().date() == date(2026, 6, 30)
    june = await figures(county, "SCJ", *JUNE)
    july = await figures(county, "SCJ", date(2026, 7, 1), date(2026, 7, 31))
    both = await figures(county, "SCJ", date(2026, 6, 30), date(2026, 7, 1))
    only_30 = await figures(county, "SCJ", date(2026, 6, 30), date(2026, 6, 30))
    assert (june.pushes_received, july.pushes_received) == (1, 1)
    assert (both.pushes_received, only_30.pushes_received) == (2, 1)


async def test_a3_s1_t4_tasks_fed_back_on_time_and_late_by_their_first_result(
    clock: FixedClock,
) -> None:
    county, catalogue = await make_linked_county()
    clock.set(at(1))
    tasks = [await _claimed(county, catalogue, f"BK-{i}", i) for i in range(1, 5)]
    # The feedback service writes these fields with the first result (S1: closes the
    # 30-working-day deadline, T4: working days late); set here as it records them.
    clock.set(at(20, month=7))
    await SupervisionTask.filter(id=tasks[0]).update(
        status=TaskStatus.COMPLETED,
        fed_back_at=at(10),
        feedback_late_working_days=0,
        result=ResultKind.COMPLIANT,
    )
    await SupervisionTask.filter(id=tasks[1]).update(
        status=TaskStatus.RECTIFYING,  # a first result, rectification pending: fed back
        fed_back_at=at(15, month=7),
        feedback_late_working_days=2,
        result=ResultKind.RECTIFICATION_ORDERED,
        due_at=at(31, month=7),
    )
    await SupervisionTask.filter(id=tasks[2]).update(  # fed back in July: not in June
        status=TaskStatus.COMPLETED,
        fed_back_at=at(1, month=7),
        feedback_late_working_days=0,
        result=ResultKind.PENALTY,
    )
    # tasks[3]: no result; its 30 working days from 1 June ran out in July.
    task = await SupervisionTask.get(id=tasks[3])
    assert task.status == TaskStatus.IN_PROGRESS and task.due_at < utc_now()

    june = await figures(county, "SCJ", *JUNE)
    assert (june.tasks_fed_back_on_time, june.tasks_fed_back_late) == (1, 0)
    july = await figures(county, "SCJ", date(2026, 7, 1), date(2026, 7, 31))
    assert (july.tasks_fed_back_on_time, july.tasks_fed_back_late) == (1, 1)
    # Open overdue is counted now, whatever the period.
    assert june.tasks_open_overdue == july.tasks_open_overdue == 1
    clock.set(at(3, month=8))  # the rectifying task's follow-up check is due 31 July
    assert (await figures(county, "SCJ", *JUNE)).tasks_open_overdue == 2


async def test_a3_s2_same_day_feedback_late_counts_results_fed_back_after_the_day(
    clock: FixedClock,
) -> None:
    county, catalogue = await make_linked_county()
    clock.set(at(1))
    task_id = await _claimed(county, catalogue, "BK-1", 1)

    async def feedback(acted: datetime, fed_back: datetime, late: int) -> None:
        await TaskFeedback.create(
            task_id=task_id,
            department_id=county.scj.id,
            result=ResultKind.COMPLIANT,
            acted_at=acted,
            summary="现场检查",
            late_working_days=late,
            fed_back_at=fed_back,
        )

    await feedback(at(2, 9), at(2, 23, 59), 0)  # S2: by 24:00 the same day
    await feedback(at(3, 9), at(4, 0, 1), 1)  # the next day: 1 working day late
    await feedback(at(30, 9), at(1, 9, month=7), 1)  # fed back in July
    june = await figures(county, "SCJ", *JUNE)
    assert june.same_day_feedback_late == 1
    july_1 = await figures(county, "SCJ", date(2026, 7, 1), date(2026, 7, 1))
    assert july_1.same_day_feedback_late == 1


async def test_a3_p5_reverse_pushes_late_by_the_pushing_and_claims_late_by_the_approval_department(
    clock: FixedClock,
) -> None:
    county, catalogue = await make_linked_county()
    clock.set(at(1))
    push = await record(county, catalogue, "BK-1")

    async def reverse(number: str, pushed: datetime, late: int, claim_late: int | None) -> None:
        await ReversePush.create(
            kind=ReversePushKind.PENALTY,
            document_number=number,
            department_id=county.scj.id,
            approval_department_id=county.spj.id,
            licensee_id=push.licensee_id,
            push_id=push.id,
            decision_date=date(2026, 6, 1),
            content="行政处罚决定",
            pushed_at=pushed,
            push_late_working_days=late,
            status=ReversePushStatus.TO_CLAIM if claim_late is None else ReversePushStatus.CLAIMED,
            claim_due_at=pushed + timedelta(days=3),
            claim_late_working_days=claim_late,
            updated_at=pushed,
        )

    await reverse("罚-1", at(2), 0, 0)
    await reverse("罚-2", at(10), 4, 2)  # pushed 4 working days late, claimed 2 late
    await reverse("罚-3", at(11), 0, None)  # not claimed yet
    await reverse("罚-4", at(2, month=7), 1, 1)  # July
    scj = await figures(county, "SCJ", *JUNE)
    assert (scj.reverse_pushes_on_time, scj.reverse_pushes_late) == (2, 1)
    assert scj.reverse_claims_late == 0  # SCJ claims nothing: it pushed them
    spj = await figures(county, "SPJ", *JUNE)
    assert (spj.reverse_claims_late, spj.reverse_pushes_late) == (1, 0)


async def test_a3_p3_open_disputes_are_those_the_department_returned_still_open(
    clock: FixedClock,
) -> None:
    county, catalogue = await make_linked_county()
    clock.set(at(1))
    first = await record(county, catalogue, "BK-1", serial=1)
    second = await record(county, catalogue, "BK-2", serial=2)
    await claims.return_push(county.actor("scj.sup"), first.id, "不属于本部门")
    await claims.return_push(county.actor("scj.sup"), second.id, "不属于本部门")
    await claims.reassign_push(county.actor("coordinator"), second.id, county.zjj.id)
    # Counted now, whatever the period: a dispute stays open until it is resolved.
    for first_day, last_day in (JUNE, (date(2027, 1, 1), date(2027, 1, 31))):
        assert (await figures(county, "SCJ", first_day, last_day)).open_disputes == 1
    assert (await figures(county, "ZJJ", *JUNE)).open_disputes == 0


async def test_a3_total_is_the_sum_of_the_rows(clock: FixedClock) -> None:
    county, catalogue = await make_linked_county()
    clock.set(at(1))
    await _claimed(county, catalogue, "BK-1", 1)
    gap = await record(county, catalogue, "BK-2", serial=2, handling=catalogue.gap)
    await claims.reassign_push(county.actor("coordinator"), gap.id, county.zjj.id)
    result = await linkage_statistics(county.actor("auditor"), *JUNE)
    assert [row.department.code for row in result.rows] == ["SPJ", "SCJ", "ZJJ"]
    expected = Figures()
    for row in result.rows:
        expected.add(row.figures)
    assert result.total == expected
    assert (result.total.pushes_received, result.total.claimed_on_time) == (2, 1)


async def test_a3_visibility_follows_read_records() -> None:
    county, _ = await make_linked_county()
    own = await linkage_statistics(county.actor("scj.sup"), *JUNE)
    assert [row.department.code for row in own.rows] == ["SCJ"]
    with pytest.raises(PermissionDenied):
        await linkage_statistics(county.actor("scj.sup"), *JUNE, department_id=county.zjj.id)
    for reader in ("coordinator", "auditor"):
        every = await linkage_statistics(county.actor(reader), *JUNE)
        # Approval and supervision departments: the coordination group has no figures.
        assert [row.department.code for row in every.rows] == ["SPJ", "SCJ", "ZJJ"]
    one = await linkage_statistics(county.actor("coordinator"), *JUNE, department_id=county.zjj.id)
    assert [row.department.code for row in one.rows] == ["ZJJ"]
    # The system administrator reads no business records (三员分立).
    assert (await linkage_statistics(county.actor("admin"), *JUNE)).rows == []


async def test_a3_a_period_longer_than_3_years_or_backwards_is_invalid_input() -> None:
    assert period(date(2024, 1, 1), date(2026, 12, 31)).last == date(2026, 12, 31)
    with pytest.raises(InvalidInput) as too_long:
        period(date(2024, 1, 1), date(2027, 1, 1))
    assert too_long.value.field == "to"
    with pytest.raises(InvalidInput):
        period(date(2024, 2, 29), date(2027, 2, 28))
    with pytest.raises(InvalidInput) as backwards:
        period(date(2026, 6, 2), date(2026, 6, 1))
    assert backwards.value.field == "to"
    one_day = period(date(2026, 6, 1), date(2026, 6, 1))
    assert (one_day.start, one_day.end) == (
        datetime(2026, 6, 1, 0, 0, tzinfo=SHANGHAI),
        datetime(2026, 6, 2, 0, 0, tzinfo=SHANGHAI),
    )
