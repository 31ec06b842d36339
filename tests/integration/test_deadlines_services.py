"""Deadlines: opened with the calendar (T2/T3), closed late (T4), recomputed (T1)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.accounts.actor import SYSTEM, Actor, Role
from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI, HolidayNotice, HolidayRange
from domain.clock import FixedClock
from domain.deadlines import services
from domain.deadlines.models import Deadline
from domain.errors import Conflict

ADMIN = Actor(user_id=1, username="admin", department_id=None, roles=frozenset({Role.SYSTEM_ADMIN}))

# An invented arrangement for tests: NOT the real 2027 holidays.
NOTICE_2027 = HolidayNotice(
    2027,
    (
        HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 3)),
        HolidayRange("春节", date(2027, 2, 6), date(2027, 2, 14)),
    ),
    (date(2027, 2, 20),),
)


def shanghai(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


async def open_claim(started_at: datetime, days: int, subject_id: int = 1) -> Deadline:
    return await services.open_deadline(
        SYSTEM,
        subject_type="Push",
        subject_id=subject_id,
        kind="push.claim",
        started_at=started_at,
        working_days=days,
        department_id=7,
    )


async def test_t2_open_deadline_uses_the_stored_calendar(db: str, clock: FixedClock) -> None:
    await calendar_services.seed_from_package()
    deadline = await open_claim(shanghai(2025, 9, 30, 16, 0), 3)
    assert deadline.due_at == shanghai(2025, 10, 11, 23, 59, 59)
    assert not deadline.provisional
    stored = await Deadline.get(id=deadline.id)
    assert stored.due_at == datetime(2025, 10, 11, 15, 59, 59, tzinfo=UTC)
    event = await AuditEvent.get(action="deadline.open")
    assert event.target_id == str(deadline.id) and event.department_id == 7


async def test_t3_same_day_deadline(db: str, clock: FixedClock) -> None:
    deadline = await services.open_deadline(
        SYSTEM,
        subject_type="SupervisionTask",
        subject_id=3,
        kind="task.feedback",
        started_at=datetime(2026, 6, 1, 20, 0, tzinfo=UTC),  # 04:00 on 2 June in Shanghai
        same_day=True,
    )
    assert deadline.due_at == shanghai(2026, 6, 2, 23, 59, 59)
    assert deadline.working_days is None and not deadline.provisional


async def test_t1_an_unknown_year_never_blocks_and_is_recomputed_when_entered(
    db: str, clock: FixedClock
) -> None:
    await calendar_services.seed_from_package()
    clock.set(shanghai(2026, 12, 20, 9, 0))
    # 30 working days from Sunday 20 Dec 2026, 2027 counted Monday–Friday: 29 Jan 2027.
    long = await open_claim(shanghai(2026, 12, 20, 9, 0), 30, subject_id=1)
    # 3 working days from Wed 30 Dec: 31 Dec, Fri 1 Jan (guessed), Mon 4 Jan.
    short = await open_claim(shanghai(2026, 12, 30, 9, 0), 3, subject_id=2)
    # Inside 2026: not provisional, not touched.
    known = await open_claim(shanghai(2026, 12, 21, 9, 0), 3, subject_id=3)
    assert (long.provisional, short.provisional, known.provisional) == (True, True, False)
    assert long.due_at == shanghai(2027, 1, 29, 23, 59, 59)
    assert short.due_at == shanghai(2027, 1, 4, 23, 59, 59)
    # 1 working day from Wed 30 Dec ends on 31 Dec, inside 2026.
    unmoved = await open_claim(shanghai(2026, 12, 30, 9, 0), 1, subject_id=4)
    assert unmoved.provisional is False  # 31 Dec is in 2026

    clock.set(shanghai(2026, 12, 22, 9, 0))
    result = await calendar_services.enter_holiday_notice(ADMIN, NOTICE_2027)

    moved = {(m.deadline.id, m.previous_due_at, m.due_at) for m in result.moved}
    assert moved == {
        # 1 Jan is a holiday now: the count ends one working day later.
        (short.id, shanghai(2027, 1, 4, 23, 59, 59), shanghai(2027, 1, 5, 23, 59, 59)),
        (long.id, shanghai(2027, 1, 29, 23, 59, 59), shanghai(2027, 2, 1, 23, 59, 59)),
    }
    assert [m.deadline.id for m in result.moved] == [short.id, long.id]  # by new due time
    for deadline_id in (long.id, short.id):
        stored = await Deadline.get(id=deadline_id)
        assert not stored.provisional
    assert (await Deadline.get(id=known.id)).due_at == known.due_at
    recomputed = await AuditEvent.filter(action="deadline.recompute").order_by("seq")
    assert {e.target_id for e in recomputed} == {str(long.id), str(short.id)}
    assert recomputed[0].before["provisional"] is True
    assert recomputed[0].after["provisional"] is False


async def test_t1_a_correction_moves_open_deadlines_over_that_day_only(
    db: str, clock: FixedClock
) -> None:
    await calendar_services.seed_from_package()
    over = await open_claim(shanghai(2026, 6, 1, 9, 0), 3, subject_id=1)  # due Thu 4 June
    before = await open_claim(shanghai(2026, 6, 8, 9, 0), 3, subject_id=2)  # after the day
    closed = await open_claim(shanghai(2026, 6, 1, 9, 0), 3, subject_id=3)
    await services.close_deadline(SYSTEM, closed.id, shanghai(2026, 6, 2, 9, 0))

    result = await calendar_services.correct_calendar_day(
        ADMIN, date(2026, 6, 3), False, "测试：临时放假"
    )

    assert [(m.deadline.id, m.due_at) for m in result.moved] == [
        (over.id, shanghai(2026, 6, 5, 23, 59, 59))
    ]
    assert (await Deadline.get(id=before.id)).due_at == before.due_at
    assert (await Deadline.get(id=closed.id)).due_at == closed.due_at  # history kept


async def test_t4_closing_late_records_the_working_days_late(db: str, clock: FixedClock) -> None:
    await calendar_services.seed_from_package()
    on_time = await open_claim(shanghai(2025, 9, 30, 16, 0), 3, subject_id=1)  # due Sat 11 Oct
    late = await open_claim(shanghai(2025, 9, 30, 16, 0), 3, subject_id=2)

    closed = await services.close_deadline(SYSTEM, on_time.id, shanghai(2025, 10, 11, 17, 0))
    assert closed.closed_late_by_working_days == 0
    assert not services.is_overdue(closed, shanghai(2025, 12, 1, 0, 0))

    # Sunday 12 Oct is a rest day; Monday 13 and Tuesday 14 are working days.
    closed = await services.close_deadline(SYSTEM, late.id, shanghai(2025, 10, 14, 10, 0))
    assert closed.closed_late_by_working_days == 2
    assert services.is_overdue(closed, shanghai(2025, 12, 1, 0, 0))
    stored = await Deadline.get(id=late.id)
    assert stored.closed_at == shanghai(2025, 10, 14, 10, 0)
    assert stored.closed_late_by_working_days == 2
    event = await AuditEvent.get(action="deadline.close", target_id=str(late.id))
    assert event.after["closed_late_by_working_days"] == 2

    with pytest.raises(Conflict):
        await services.close_deadline(SYSTEM, late.id)


async def test_t1_deadlines_work_with_no_calendar_at_all(db: str, clock: FixedClock) -> None:
    deadline = await open_claim(shanghai(2026, 6, 5, 10, 0), 1)  # Friday
    assert deadline.provisional
    assert deadline.due_at == shanghai(2026, 6, 8, 23, 59, 59)


async def test_open_deadlines_falling_due_are_found_by_due_time(db: str, clock: FixedClock) -> None:
    await calendar_services.seed_from_package()
    first = await open_claim(shanghai(2026, 6, 1, 9, 0), 1, subject_id=1)  # due 2 June
    second = await open_claim(shanghai(2026, 6, 1, 9, 0), 3, subject_id=2)  # due 4 June
    closed = await open_claim(shanghai(2026, 6, 1, 9, 0), 1, subject_id=3)
    await services.close_deadline(SYSTEM, closed.id, shanghai(2026, 6, 1, 12, 0))

    due = await services.open_due_by(first.due_at + timedelta(days=1))
    assert [d.id for d in due] == [first.id]
    due = await services.open_due_by(second.due_at)
    assert [d.id for d in due] == [first.id, second.id]


async def test_t1_seeding_a_year_recomputes_its_provisional_deadlines(
    db: str, clock: FixedClock
) -> None:
    # Opened before the calendar knew 2025: Monday–Friday gives Friday 3 October.
    deadline = await open_claim(shanghai(2025, 9, 30, 16, 0), 3)
    assert deadline.provisional
    assert deadline.due_at == shanghai(2025, 10, 3, 23, 59, 59)

    await calendar_services.seed_from_package()

    stored = await Deadline.get(id=deadline.id)
    assert stored.due_at == shanghai(2025, 10, 11, 23, 59, 59) and not stored.provisional
    assert await AuditEvent.filter(action="deadline.recompute").count() == 1
