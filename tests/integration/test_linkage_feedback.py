"""Task results (S1–S3): same-day feedback (S2, T3, T4), the first result closing the
30-working-day deadline (S1, T4), rectification and its follow-up check (S3), audit (A1)
and events, typed errors that change nothing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from domain.attachments.models import Attachment
from domain.attachments.services import can_read
from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.deadlines.models import Deadline
from domain.errors import ErrorCode, InvalidInput, NotFound, PermissionDenied
from domain.linkage.errors import NotResponsibleDepartment, TaskStateInvalid
from domain.linkage.models import LinkageEvent, SupervisionTask, TaskFeedback
from domain.linkage.rules import (
    FollowUpData,
    FollowUpOutcome,
    ResultKind,
    TaskStatus,
)
from domain.linkage.services import feedback
from tests.linkage_factories import make_linked_county
from tests.results_factories import claimed_task, evidence, result

pytestmark = pytest.mark.usefixtures("db", "clock")


def at(day: int, hour: int, minute: int = 0, month: int = 6) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI)


async def _snapshot() -> tuple[object, ...]:
    return (
        await SupervisionTask.all()
        .order_by("id")
        .values_list("status", "result", "fed_back_at", "due_at", "follow_up_deadline_id"),
        await TaskFeedback.all().count(),
        await Deadline.all().order_by("id").values_list("closed_at", flat=True),
        await AuditEvent.all().count(),
        await LinkageEvent.all().count(),
        await Attachment.all().order_by("id").values_list("owner_type", "owner_id"),
    )


@pytest.fixture
async def calendar() -> None:
    await calendar_services.seed_from_package()  # 2026 known: Dragon Boat, weekends


async def test_s2_fed_back_at_2359_the_same_day_is_on_time(
    clock: FixedClock, calendar: None
) -> None:
    county, catalogue = await make_linked_county()
    push, task = await claimed_task(county, catalogue, "BK-1")
    ids = await evidence(county, "scj.sup", 2)
    clock.set(at(1, 23, 59))
    row = await feedback.feed_back_task(
        county.actor("scj.sup"),
        task.id,
        result(ResultKind.COMPLIANT, at(1, 15), attachment_ids=ids),
    )
    assert (row.result, row.late_working_days, row.fed_back_at) == (
        ResultKind.COMPLIANT,
        0,
        clock.now(),
    )
    same_day = await Deadline.get(id=row.same_day_deadline_id)
    assert (same_day.kind, same_day.closed_late_by_working_days) == ("task.same_day_feedback", 0)
    assert same_day.due_at == datetime(2026, 6, 1, 23, 59, 59, tzinfo=SHANGHAI)
    # S1: the first result answers the task's 30-working-day deadline, on time.
    stored = await SupervisionTask.get(id=task.id)
    assert (stored.status, stored.result, stored.fed_back_at) == (
        TaskStatus.COMPLETED,
        ResultKind.COMPLIANT,
        clock.now(),
    )
    assert stored.feedback_late_working_days == 0
    s1 = await Deadline.get(id=task.deadline_id)
    assert (s1.closed_at, s1.closed_late_by_working_days) == (clock.now(), 0)
    attached = await Attachment.filter(id__in=ids).values_list("owner_type", "owner_id")
    assert attached == [("TaskFeedback", row.id), ("TaskFeedback", row.id)]
    # The result goes to the supervising department and to the approval department.
    events = (
        await LinkageEvent.filter(task_id=task.id, kind="TASK_FED_BACK")
        .order_by("id")
        .values_list("department_id", "push_id")
    )
    assert events == [(county.scj.id, push.id), (county.spj.id, push.id)]


async def test_s2_fed_back_at_0001_the_next_day_is_late_by_1_working_day(
    clock: FixedClock, calendar: None
) -> None:
    county, catalogue = await make_linked_county()
    _, task = await claimed_task(county, catalogue, "BK-1")
    clock.set(at(2, 0, 1))  # Tue 00:01, the action was on Mon
    row = await feedback.feed_back_task(
        county.actor("scj.admin"), task.id, result(ResultKind.COMPLIANT, at(1, 20))
    )
    assert row.late_working_days == 1
    stored = await SupervisionTask.get(id=task.id)
    assert stored.feedback_late_working_days == 0  # S1 itself is far from due


async def test_s2_over_a_weekend_late_counts_working_days_not_calendar_days(
    clock: FixedClock, calendar: None
) -> None:
    county, catalogue = await make_linked_county()
    _, saturday_task = await claimed_task(county, catalogue, "BK-1", serial=1)
    _, monday_task = await claimed_task(county, catalogue, "BK-2", serial=2)
    friday = at(5, 17)
    clock.set(at(6, 10))  # Saturday: late on a rest day is still late (T4)
    sat = await feedback.feed_back_task(
        county.actor("scj.sup"), saturday_task.id, result(ResultKind.COMPLIANT, friday)
    )
    clock.set(at(8, 9))  # Monday: 3 calendar days, 1 working day
    mon = await feedback.feed_back_task(
        county.actor("scj.sup"), monday_task.id, result(ResultKind.COMPLIANT, friday)
    )
    assert (sat.late_working_days, mon.late_working_days) == (1, 1)


async def test_t4_s1_a_result_after_30_working_days_is_recorded_late(
    clock: FixedClock, calendar: None
) -> None:
    county, catalogue = await make_linked_county()
    _, task = await claimed_task(county, catalogue, "BK-1")
    clock.set(task.due_at + timedelta(minutes=5))  # 00:04:59 the day after the due day
    acted = clock.now() - timedelta(minutes=1)
    await feedback.feed_back_task(
        county.actor("scj.sup"),
        task.id,
        result(ResultKind.PENALTY, acted, penalty_document_number="保市监罚〔2026〕12号"),
    )
    stored = await SupervisionTask.get(id=task.id)
    assert stored.feedback_late_working_days == 1 and stored.status == TaskStatus.COMPLETED
    assert (await Deadline.get(id=task.deadline_id)).closed_late_by_working_days == 1


async def test_s3_rectification_then_failing_follow_up_leads_to_revocation_recommended(
    clock: FixedClock, calendar: None
) -> None:
    county, catalogue = await make_linked_county()
    _, task = await claimed_task(county, catalogue, "BK-1")
    await SupervisionTask.filter(id=task.id).update(
        due_soon_signalled_at=clock.now(), overdue_signalled_at=clock.now()
    )
    clock.set(at(2, 16))
    order = await feedback.feed_back_task(
        county.actor("scj.sup"),
        task.id,
        result(
            ResultKind.RECTIFICATION_ORDERED,
            at(2, 11),
            summary="冷藏设施温度不达标，责令 6 月 10 日前整改。",
            rectification_deadline=date(2026, 6, 10),
        ),
    )
    rectifying = await SupervisionTask.get(id=task.id)
    assert (rectifying.status, rectifying.result) == (
        TaskStatus.RECTIFYING,
        ResultKind.RECTIFICATION_ORDERED,
    )
    assert rectifying.feedback_late_working_days == 0  # S1 answered on time
    follow_up = await Deadline.get(id=rectifying.follow_up_deadline_id)
    assert follow_up.kind == "task.follow_up"
    assert follow_up.due_at == datetime(2026, 6, 10, 23, 59, 59, tzinfo=SHANGHAI)
    # The queue key moves to the follow-up check, and its reminders are to come again.
    assert rectifying.due_at == follow_up.due_at
    assert rectifying.due_soon_signalled_at is None and rectifying.overdue_signalled_at is None
    with pytest.raises(TaskStateInvalid):  # the first result is given
        await feedback.feed_back_task(
            county.actor("scj.sup"), task.id, result(ResultKind.COMPLIANT, at(2, 12))
        )

    clock.set(at(12, 9))  # Fri 12 Jun: Thu 11 and Fri 12 past the follow-up due day
    with pytest.raises(InvalidInput) as early:
        await feedback.record_follow_up(
            county.actor("scj.sup"),
            task.id,
            FollowUpData(FollowUpOutcome.NOT_RECTIFIED, at(2, 10), "复查"),
        )
    assert early.value.field == "actedAt"  # before the rectification order
    check = await feedback.record_follow_up(
        county.actor("scj.sup"),
        task.id,
        FollowUpData(
            FollowUpOutcome.NOT_RECTIFIED,
            at(11, 15),
            "复查：冷藏设施仍不达标。",
            await evidence(county, "scj.sup"),
        ),
    )
    assert (check.result, check.follow_up_outcome) == (
        ResultKind.REVOCATION_RECOMMENDED,
        FollowUpOutcome.NOT_RECTIFIED,
    )
    assert check.late_working_days == 1  # S2: acted Thu, fed back Fri
    done = await SupervisionTask.get(id=task.id)
    assert (done.status, done.result) == (
        TaskStatus.COMPLETED,
        ResultKind.REVOCATION_RECOMMENDED,
    )
    assert done.fed_back_at == order.fed_back_at  # the first result's time stays
    closed = await Deadline.get(id=follow_up.id)
    assert (closed.closed_at, closed.closed_late_by_working_days) == (clock.now(), 2)
    results = await TaskFeedback.filter(task_id=task.id).order_by("id").values_list("result")
    assert results == [("RECTIFICATION_ORDERED",), ("REVOCATION_RECOMMENDED",)]
    events = await LinkageEvent.filter(task_id=task.id, kind="TASK_FED_BACK").count()
    assert events == 4  # two per result: supervising and approval department
    with pytest.raises(TaskStateInvalid):
        await feedback.record_follow_up(
            county.actor("scj.sup"),
            task.id,
            FollowUpData(FollowUpOutcome.RECTIFIED, at(12, 8), "再次复查"),
        )
    # A1: every change on record.
    actions = await AuditEvent.filter(target_type="SupervisionTask", target_id=task.id).values_list(
        "action", flat=True
    )
    assert sorted(actions) == ["task.create", "task.feed_back", "task.follow_up"]
    deadline_actions = await AuditEvent.filter(target_type="Deadline").values_list(
        "action", flat=True
    )
    # push: claim opened; claim: claim closed, S1 opened; result: same-day opened and
    # closed, S1 closed, follow-up opened; follow-up check: same-day opened and closed,
    # follow-up closed.
    assert sorted(deadline_actions) == sorted(["deadline.open"] * 5 + ["deadline.close"] * 5), (
        deadline_actions
    )


@pytest.mark.parametrize(
    "outcome,expected",
    [
        (FollowUpOutcome.REFUSED, ResultKind.REVOCATION_RECOMMENDED),
        (FollowUpOutcome.RECTIFIED, ResultKind.COMPLIANT),
    ],
)
async def test_s3_refusing_leads_to_revocation_recommended_and_rectifying_to_compliant(
    clock: FixedClock, outcome: FollowUpOutcome, expected: ResultKind
) -> None:
    county, catalogue = await make_linked_county()
    _, task = await claimed_task(county, catalogue, "BK-1")
    await feedback.feed_back_task(
        county.actor("scj.sup"),
        task.id,
        result(
            ResultKind.RECTIFICATION_ORDERED, at(1, 10), rectification_deadline=date(2026, 6, 3)
        ),
    )
    clock.set(at(3, 17))
    check = await feedback.record_follow_up(
        county.actor("scj.admin"), task.id, FollowUpData(outcome, at(3, 16), "复查")
    )
    assert check.result == expected and check.late_working_days == 0
    done = await SupervisionTask.get(id=task.id)
    assert (done.status, done.result) == (TaskStatus.COMPLETED, expected)
    assert (await Deadline.get(id=done.follow_up_deadline_id)).closed_late_by_working_days == 0


async def test_s2_s3_typed_errors_change_nothing(clock: FixedClock) -> None:
    county, catalogue = await make_linked_county()
    _, task = await claimed_task(county, catalogue, "BK-1")
    mine = await evidence(county, "scj.sup")
    theirs = await evidence(county, "scj.admin")
    before = await _snapshot()
    sup = county.actor("scj.sup")
    with pytest.raises(NotResponsibleDepartment):
        await feedback.feed_back_task(
            county.actor("zjj.sup"), task.id, result(ResultKind.COMPLIANT, at(1, 9))
        )
    for username in ("spj.officer", "auditor", "coordinator"):
        with pytest.raises(PermissionDenied):
            await feedback.feed_back_task(
                county.actor(username), task.id, result(ResultKind.COMPLIANT, at(1, 9))
            )
    with pytest.raises(NotFound) as missing:
        await feedback.feed_back_task(sup, 999, result(ResultKind.COMPLIANT, at(1, 9)))
    assert missing.value.field == "taskId"
    with pytest.raises(TaskStateInvalid) as no_order:
        await feedback.record_follow_up(
            sup, task.id, FollowUpData(FollowUpOutcome.RECTIFIED, at(1, 9), "复查")
        )
    assert no_order.value.code == ErrorCode.TASK_STATE_INVALID
    wrong: list[tuple[object, str]] = [
        (result(ResultKind.COMPLIANT, at(1, 11)), "actedAt"),  # in the future
        (result(ResultKind.COMPLIANT, at(1, 9)), "actedAt"),  # before the push (10:00)
        (result(ResultKind.COMPLIANT, at(1, 10, 30), summary="  "), "summary"),
        (result(ResultKind.COMPLIANT, at(1, 10, 30), summary="长" * 5001), "summary"),
        (result(ResultKind.RECTIFICATION_ORDERED, at(1, 10, 30)), "rectificationDeadline"),
        (
            result(
                ResultKind.RECTIFICATION_ORDERED,
                at(1, 10, 30),
                rectification_deadline=date(2026, 6, 1),
            ),
            "rectificationDeadline",
        ),
        (
            result(ResultKind.COMPLIANT, at(1, 10, 30), rectification_deadline=date(2026, 6, 9)),
            "rectificationDeadline",
        ),
        (result(ResultKind.PENALTY, at(1, 10, 30)), "penaltyDocumentNumber"),
        (
            result(ResultKind.OTHER, at(1, 10, 30), penalty_document_number="罚 1 号"),
            "penaltyDocumentNumber",
        ),
        # Evidence uploaded by someone else, or missing: nothing is stored.
        (result(ResultKind.COMPLIANT, at(1, 10, 30), attachment_ids=(*mine, *theirs)), ""),
        (result(ResultKind.COMPLIANT, at(1, 10, 30), attachment_ids=(12345,)), ""),
    ]
    clock.set(at(1, 10, 45))
    for data, field in wrong:
        with pytest.raises(InvalidInput) as caught:
            await feedback.feed_back_task(sup, task.id, data)  # type: ignore[arg-type]
        assert caught.value.field == (field or "attachmentIds"), data
    assert await _snapshot() == before


async def test_s2_evidence_is_read_by_whoever_sees_the_push(clock: FixedClock) -> None:
    county, catalogue = await make_linked_county()
    _, task = await claimed_task(county, catalogue, "BK-1")
    ids = await evidence(county, "scj.sup")
    await feedback.feed_back_task(
        county.actor("scj.sup"),
        task.id,
        result(ResultKind.OTHER, at(1, 10, 0), summary="约谈负责人", attachment_ids=ids),
    )
    attachment = await Attachment.get(id=ids[0])
    readers = {}
    for username in ("scj.sup", "scj.admin", "spj.officer", "coordinator", "auditor", "zjj.sup"):
        readers[username] = await can_read(county.actor(username), attachment)
    assert readers == {
        "scj.sup": True,
        "scj.admin": True,
        "spj.officer": True,  # the approval department follows its license
        "coordinator": True,
        "auditor": True,
        "zjj.sup": False,
    }


async def test_t1_s3_a_recomputed_calendar_leaves_the_follow_up_due_time(
    clock: FixedClock, calendar: None
) -> None:
    from domain.accounts.actor import SYSTEM
    from domain.calendar.rules import HolidayNotice, HolidayRange

    clock.set(datetime(2026, 12, 30, 9, 0, tzinfo=SHANGHAI))
    county, catalogue = await make_linked_county(date(2026, 12, 30))
    _, task = await claimed_task(county, catalogue, "BK-1", license_date=date(2026, 12, 30))
    assert task.due_provisional  # S1 reaches into 2027, not known yet
    clock.set(datetime(2026, 12, 30, 16, 0, tzinfo=SHANGHAI))
    await feedback.feed_back_task(
        county.actor("scj.sup"),
        task.id,
        result(
            ResultKind.RECTIFICATION_ORDERED,
            clock.now(),
            rectification_deadline=date(2027, 1, 8),
        ),
    )
    follow_up_due = datetime(2027, 1, 8, 23, 59, 59, tzinfo=SHANGHAI)
    assert (await SupervisionTask.get(id=task.id)).due_at == follow_up_due
    # An invented 2027 arrangement for the test (NOT the real one): 1–3 Jan off. The
    # task's S1 deadline (closed, provisional) is recounted; the queue key stays the
    # follow-up check's.
    notice = HolidayNotice(2027, (HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 3)),), ())
    await calendar_services.enter_holiday_notice(SYSTEM, notice)
    s1 = await Deadline.get(id=task.deadline_id)
    assert not s1.provisional and s1.due_at != task.due_at  # recomputed
    stored = await SupervisionTask.get(id=task.id)
    assert stored.due_at == follow_up_due
    assert stored.feedback_late_working_days == s1.closed_late_by_working_days == 0
