"""The stored calendar (T1): seeding, notices, corrections, the cache, the warning."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain.accounts.actor import SYSTEM, Actor, Role
from domain.accounts.errors import ReadOnlyToken
from domain.audit.models import AuditEvent
from domain.calendar import services, store
from domain.calendar.errors import CalendarNoticeInvalid
from domain.calendar.models import CalendarDay, CalendarRevision, CalendarYear
from domain.calendar.rules import SHANGHAI, DaySource, HolidayNotice, HolidayRange
from domain.clock import FixedClock
from domain.errors import NotAuthenticated, PermissionDenied

ADMIN = Actor(user_id=1, username="admin", department_id=None, roles=frozenset({Role.SYSTEM_ADMIN}))
SUPERVISOR = Actor(
    user_id=2, username="scj.sup", department_id=1, roles=frozenset({Role.SUPERVISOR})
)
TOKEN = Actor(user_id=None, username="token", department_id=None, roles=frozenset(), token_id=1)
ANONYMOUS = Actor(user_id=None, username="anonymous", department_id=None)

# An invented arrangement for tests: NOT the real 2027 holidays.
NOTICE_2027 = HolidayNotice(
    2027,
    (
        HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 3)),
        HolidayRange("春节", date(2027, 2, 6), date(2027, 2, 14)),
    ),
    (date(2027, 2, 20),),
)


async def test_t1_seed_from_package_enters_every_known_year_once(
    db: str, clock: FixedClock
) -> None:
    years = await services.seed_from_package()
    assert years == list(range(2004, 2027))
    assert await CalendarYear.all().count() == 23
    days = await CalendarDay.all().count()
    assert days == sum(366 if y % 4 == 0 else 365 for y in years)
    national_day = await CalendarDay.get(date=date(2025, 10, 1))
    assert not national_day.is_working_day
    assert national_day.holiday_name == "国庆节"
    assert national_day.source == DaySource.PACKAGE
    assert (await CalendarDay.get(date=date(2025, 10, 11))).is_working_day  # 调休 Saturday

    assert await services.seed_from_package() == []  # idempotent
    assert await CalendarDay.all().count() == days
    assert await AuditEvent.filter(action="calendar.seed").count() == 1


async def test_t1_seed_keeps_a_day_corrected_before_it(db: str, clock: FixedClock) -> None:
    await services.correct_calendar_day(ADMIN, date(2010, 3, 1), False, "测试：更正")
    await services.seed_from_package()
    day = await CalendarDay.get(date=date(2010, 3, 1))
    assert day.source == DaySource.CORRECTION and not day.is_working_day
    assert (await CalendarDay.get(date=date(2010, 3, 2))).source == DaySource.PACKAGE


async def test_t1_enter_notice_makes_the_year_known_and_is_audited(
    db: str, clock: FixedClock
) -> None:
    await services.seed_from_package()
    assert 2027 not in (await store.get_calendar()).known_years

    result = await services.enter_holiday_notice(ADMIN, NOTICE_2027)

    assert result.year == 2027 and result.moved == []
    calendar = await store.get_calendar()
    assert 2027 in calendar.known_years
    assert not calendar.is_working_day(date(2027, 2, 8))  # Monday in the (invented) 春节
    assert calendar.is_working_day(date(2027, 2, 20))  # Saturday, 调休上班
    assert (
        await CalendarDay.filter(date__gte=date(2027, 1, 1), date__lte=date(2027, 12, 31)).count()
        == 365
    )
    year = await CalendarYear.get(year=2027)
    assert year.source == DaySource.NOTICE and year.entered_by == "admin"
    event = await AuditEvent.get(action="calendar.enter_notice")
    assert event.target_id == "2027" and event.actor_username == "admin"
    assert event.after["working_weekend_days"] == ["2027-02-20"]
    assert event.before["known"] is False


async def test_t1_entering_a_year_again_replaces_it(db: str, clock: FixedClock) -> None:
    await services.enter_holiday_notice(ADMIN, NOTICE_2027)
    changed = HolidayNotice(2027, (HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 1)),), ())
    await services.enter_holiday_notice(ADMIN, changed)
    calendar = await store.get_calendar()
    assert calendar.is_working_day(date(2027, 2, 8))
    assert not calendar.is_working_day(date(2027, 2, 20))
    assert (await CalendarDay.get(date=date(2027, 2, 8))).holiday_name is None


async def test_t1_a_wrong_notice_changes_nothing(db: str, clock: FixedClock) -> None:
    wrong = HolidayNotice(2027, NOTICE_2027.holidays, (date(2027, 2, 22),))  # a Monday
    with pytest.raises(CalendarNoticeInvalid) as raised:
        await services.enter_holiday_notice(ADMIN, wrong)
    assert raised.value.field == "input.workingWeekendDays[0]"
    assert await CalendarDay.all().count() == 0
    assert await CalendarYear.all().count() == 0


async def test_only_a_system_admin_manages_the_calendar(db: str, clock: FixedClock) -> None:
    with pytest.raises(PermissionDenied):
        await services.enter_holiday_notice(SUPERVISOR, NOTICE_2027)
    with pytest.raises(ReadOnlyToken):
        await services.correct_calendar_day(TOKEN, date(2026, 6, 1), False, "测试")
    with pytest.raises(NotAuthenticated):
        await services.correct_calendar_day(ANONYMOUS, date(2026, 6, 1), False, "测试")
    assert await CalendarDay.all().count() == 0
    # The service itself (the command line) may.
    await services.correct_calendar_day(SYSTEM, date(2026, 6, 1), False, "测试")
    assert (await CalendarDay.get(date=date(2026, 6, 1))).changed_by == "system"


async def test_t1_correction_needs_a_reason_and_is_audited(db: str, clock: FixedClock) -> None:
    with pytest.raises(CalendarNoticeInvalid) as raised:
        await services.correct_calendar_day(ADMIN, date(2026, 6, 1), False, "  ")
    assert raised.value.field == "input.reason"
    await services.seed_from_package()
    result = await services.correct_calendar_day(ADMIN, date(2026, 6, 1), False, "临时放假")
    assert result.day.source == DaySource.CORRECTION
    assert not (await store.get_calendar()).is_working_day(date(2026, 6, 1))
    event = await AuditEvent.get(action="calendar.correct_day")
    assert event.before["is_working_day"] is True and event.before["source"] == "PACKAGE"
    assert event.after["is_working_day"] is False and event.after["reason"] == "临时放假"


async def test_the_cache_follows_changes_made_by_another_process(
    db: str, clock: FixedClock
) -> None:
    await services.seed_from_package()
    day = date(2026, 6, 1)  # an ordinary Monday
    assert (await store.get_calendar()).is_working_day(day)

    # Another process writes the row; without a new revision this process keeps its copy,
    await CalendarDay.filter(date=day).update(is_working_day=False)
    assert (await store.get_calendar()).is_working_day(day)
    # and with one (every change writes one in its transaction) it reloads.
    await CalendarRevision.filter(id=1).update(revision="changed-elsewhere")
    assert not (await store.get_calendar()).is_working_day(day)


async def test_t1_warning_from_1_november_shanghai_time(db: str, clock: FixedClock) -> None:
    await services.seed_from_package()
    clock.set(datetime(2026, 10, 31, 23, 30, tzinfo=SHANGHAI))
    status = await services.calendar_status(SUPERVISOR)
    assert status.warning is None and status.today == date(2026, 10, 31)
    # 1 November 00:30 in Shanghai is still 31 October in UTC.
    clock.set(datetime(2026, 10, 31, 16, 30, tzinfo=UTC))
    status = await services.calendar_status(SUPERVISOR)
    assert status.today == date(2026, 11, 1)
    assert status.warning is not None and "2027" in status.warning
    assert status.known_years == list(range(2004, 2027))
    await services.enter_holiday_notice(ADMIN, NOTICE_2027)
    assert (await services.calendar_status(SUPERVISOR)).warning is None


async def test_calendar_days_marks_unknown_years_provisional(db: str, clock: FixedClock) -> None:
    await services.seed_from_package()
    days = await services.calendar_days(SUPERVISOR, date(2026, 12, 30), date(2027, 1, 2))
    assert [d.date for d in days] == [
        date(2026, 12, 30),
        date(2026, 12, 31),
        date(2027, 1, 1),
        date(2027, 1, 2),
    ]
    assert [d.provisional for d in days] == [False, False, True, True]
    assert [d.source for d in days] == [DaySource.PACKAGE, DaySource.PACKAGE, None, None]
    assert [d.is_working_day for d in days] == [True, True, True, False]  # Mon–Fri guess
    with pytest.raises(NotAuthenticated):
        await services.calendar_days(ANONYMOUS, date(2026, 1, 1), date(2026, 1, 2))
