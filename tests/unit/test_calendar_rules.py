"""Working-day arithmetic (T1–T4) on the statutory calendar, without a database.

Expected dates are read off the State Council notices (2025 National Day: 1–8 October
off, Saturday 11 October worked; 2026 Spring Festival: 15–23 February off, Saturdays
14 and 28 February worked), which the chinese-calendar package encodes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.calendar import rules
from domain.calendar.errors import CalendarNoticeInvalid
from domain.calendar.package import package_calendar, package_days, package_years
from domain.calendar.rules import (
    SHANGHAI,
    HolidayNotice,
    HolidayRange,
    WorkingDayCalendar,
    add_working_days,
    due_after_working_days,
    due_same_day,
    working_days_between,
    working_days_late,
)
from domain.errors import ErrorCode

CALENDAR = package_calendar()


def shanghai(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


# ---- the package calendar ----------------------------------------------------------


def test_t1_package_knows_2004_to_2026_with_holidays_and_adjusted_working_days() -> None:
    assert package_years() == list(range(2004, 2027))
    days = {d.date: d for d in package_days(2025)}
    assert not days[date(2025, 10, 1)].is_working_day
    assert days[date(2025, 10, 1)].holiday_name == "国庆节"
    assert days[date(2025, 10, 11)].is_working_day  # a Saturday, 调休上班
    assert len(days) == 365
    assert CALENDAR.is_working_day(date(2026, 2, 14))  # Saturday, Spring Festival 调休
    assert not CALENDAR.is_working_day(date(2026, 2, 16))  # Monday, Spring Festival
    assert CALENDAR.is_working_day(date(2026, 3, 2))  # an ordinary Monday
    assert not CALENDAR.is_working_day(date(2026, 3, 1))  # an ordinary Sunday


# ---- T2 -----------------------------------------------------------------------------


def test_t2_push_on_the_day_before_national_day_2025_due_on_the_adjusted_saturday() -> None:
    # Event 30 September (not counted); 1–8 October off; 9, 10 October; Saturday 11 worked.
    due = due_after_working_days(CALENDAR, shanghai(2025, 9, 30, 16, 0), 3)
    assert due.due_date == date(2025, 10, 11)
    assert due.due_at == shanghai(2025, 10, 11, 23, 59, 59)
    assert due.due_at.tzinfo == UTC
    assert not due.provisional


def test_t2_spring_festival_2026_skips_the_holiday_and_counts_the_adjusted_saturdays() -> None:
    # 13 Feb (Fri) event: 14 (Sat, worked) is day 1; 15–23 off; 24 is day 2.
    assert add_working_days(CALENDAR, date(2026, 2, 13), 1).date == date(2026, 2, 14)
    assert add_working_days(CALENDAR, date(2026, 2, 13), 2).date == date(2026, 2, 24)
    # 24, 25, 26, 27 (Tue–Fri), 28 (Sat, worked): the 5th after 23 Feb is the Saturday.
    assert add_working_days(CALENDAR, date(2026, 2, 23), 5).date == date(2026, 2, 28)


def test_t2_event_on_a_rest_day_counts_from_the_next_working_day() -> None:
    # Sunday 15 Feb 2026, inside the Spring Festival holiday.
    assert add_working_days(CALENDAR, date(2026, 2, 15), 1).date == date(2026, 2, 24)
    # An ordinary Saturday: due Monday.
    assert add_working_days(CALENDAR, date(2026, 6, 6), 1).date == date(2026, 6, 8)


def test_t2_the_event_date_is_the_shanghai_date_not_the_utc_date() -> None:
    # 2026-06-04 16:30 UTC is Friday 5 June 00:30 in Shanghai: 1 working day → Monday 8.
    due = due_after_working_days(CALENDAR, datetime(2026, 6, 4, 16, 30, tzinfo=UTC), 1)
    assert due.due_date == date(2026, 6, 8)
    # 2026-06-04 15:30 UTC is Thursday 23:30 in Shanghai: → Friday 5.
    due = due_after_working_days(CALENDAR, datetime(2026, 6, 4, 15, 30, tzinfo=UTC), 1)
    assert due.due_date == date(2026, 6, 5)


def test_t2_refuses_naive_times_and_zero_days() -> None:
    with pytest.raises(ValueError):
        due_after_working_days(CALENDAR, datetime(2026, 6, 1, 10, 0), 3)  # noqa: DTZ001
    with pytest.raises(ValueError):
        add_working_days(CALENDAR, date(2026, 6, 1), 0)


# ---- T3 -----------------------------------------------------------------------------


def test_t3_same_day_feedback_is_due_at_23_59_59_shanghai_of_the_work_day() -> None:
    # 20:00 UTC on 1 June is 04:00 on 2 June in Shanghai.
    due = due_same_day(datetime(2026, 6, 1, 20, 0, tzinfo=UTC))
    assert due.due_date == date(2026, 6, 2)
    assert due.due_at == datetime(2026, 6, 2, 15, 59, 59, tzinfo=UTC)
    # On a rest day too: the work was done that day.
    assert due_same_day(shanghai(2026, 2, 16, 9, 0)).due_date == date(2026, 2, 16)


# ---- T4 -----------------------------------------------------------------------------


def test_t4_working_days_late() -> None:
    due = shanghai(2026, 6, 5, 23, 59, 59)  # Friday
    assert working_days_late(CALENDAR, due, shanghai(2026, 6, 5, 18, 0)) == 0
    assert working_days_late(CALENDAR, due, due) == 0
    assert working_days_late(CALENDAR, due, shanghai(2026, 6, 6, 9, 0)) == 1  # Saturday
    assert working_days_late(CALENDAR, due, shanghai(2026, 6, 8, 9, 0)) == 1  # Monday
    assert working_days_late(CALENDAR, due, shanghai(2026, 6, 9, 9, 0)) == 2  # Tuesday
    # Due the day before National Day 2025: the eight days off are not counted.
    due = shanghai(2025, 9, 30, 23, 59, 59)
    assert working_days_late(CALENDAR, due, shanghai(2025, 10, 9, 10, 0)) == 1
    assert working_days_late(CALENDAR, due, shanghai(2025, 10, 11, 10, 0)) == 3


# ---- T1: unknown years ----------------------------------------------------------------


def test_t1_unknown_year_is_counted_monday_to_friday_and_marked_provisional() -> None:
    # 30 working days from Sunday 20 Dec 2026: 21–25, 28–31 Dec (9), then 2027 counted
    # Monday–Friday: 1 Jan (10), 4–8 (15), 11–15 (20), 18–22 (25), 25–29 (30).
    result = add_working_days(CALENDAR, date(2026, 12, 20), 30)
    assert result.date == date(2027, 1, 29)
    assert result.provisional
    # Inside a known year nothing is provisional.
    assert not add_working_days(CALENDAR, date(2026, 12, 1), 10).provisional


def test_t1_a_notice_makes_the_year_known_and_moves_the_count() -> None:
    notice = HolidayNotice(
        2027,
        (HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 3)),),
        (),
    )
    rules.validate_notice(notice)
    entered = CALENDAR.with_year(
        2027, {d.date: d.is_working_day for d in rules.notice_days(notice)}
    )
    result = add_working_days(entered, date(2026, 12, 20), 30)
    assert result == rules.WorkingDayResult(date(2027, 2, 1), False)


def test_t1_warning_from_1_november_when_next_year_is_missing() -> None:
    known = frozenset(range(2004, 2027))
    assert rules.missing_year_warning(known, date(2026, 10, 31)) is None
    warning = rules.missing_year_warning(known, date(2026, 11, 1))
    assert warning is not None and "2027" in warning
    assert rules.missing_year_warning(known | {2027}, date(2026, 11, 1)) is None
    # The current year itself missing: always warned.
    warning = rules.missing_year_warning(known, date(2027, 3, 1))
    assert warning is not None and "2027" in warning


# ---- notices --------------------------------------------------------------------------


def notice(**changes: object) -> HolidayNotice:
    base = {
        "year": 2027,
        "holidays": (
            HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 3)),
            HolidayRange("春节", date(2027, 2, 6), date(2027, 2, 14)),
        ),
        "working_weekend_days": (date(2027, 2, 20),),
    }
    base.update(changes)
    return HolidayNotice(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"year": 1999}, "input.year"),
        ({"holidays": ()}, "input.holidays"),
        (
            {"holidays": (HolidayRange(" ", date(2027, 1, 1), date(2027, 1, 1)),)},
            "input.holidays[0].name",
        ),
        (
            {"holidays": (HolidayRange("元旦", date(2026, 12, 31), date(2027, 1, 1)),)},
            "input.holidays[0].from",
        ),
        (
            {"holidays": (HolidayRange("元旦", date(2027, 12, 31), date(2028, 1, 1)),)},
            "input.holidays[0].to",
        ),
        (
            {"holidays": (HolidayRange("元旦", date(2027, 1, 3), date(2027, 1, 1)),)},
            "input.holidays[0].to",
        ),
        (
            {
                "holidays": (
                    HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 3)),
                    HolidayRange("别的", date(2027, 1, 3), date(2027, 1, 4)),
                )
            },
            "input.holidays[1].from",
        ),
        ({"working_weekend_days": (date(2027, 2, 22),)}, "input.workingWeekendDays[0]"),
        ({"working_weekend_days": (date(2028, 1, 1),)}, "input.workingWeekendDays[0]"),
        ({"working_weekend_days": (date(2027, 2, 7),)}, "input.workingWeekendDays[0]"),
        (
            {"working_weekend_days": (date(2027, 2, 20), date(2027, 2, 20))},
            "input.workingWeekendDays[1]",
        ),
    ],
)
def test_t1_a_wrong_notice_is_refused_naming_the_field(changes: dict, field: str) -> None:
    with pytest.raises(CalendarNoticeInvalid) as raised:
        rules.validate_notice(notice(**changes))
    assert raised.value.field == field
    assert raised.value.code == ErrorCode.CALENDAR_NOTICE_INVALID


def test_t1_notice_days_rest_on_holidays_and_work_on_adjusted_weekend_days() -> None:
    days = {d.date: d for d in rules.notice_days(notice())}
    assert len(days) == 365
    assert not days[date(2027, 2, 8)].is_working_day  # a Monday inside 春节
    assert days[date(2027, 2, 8)].holiday_name == "春节"
    assert days[date(2027, 2, 20)].is_working_day  # a Saturday, 调休上班
    assert not days[date(2027, 2, 21)].is_working_day  # an ordinary Sunday
    assert days[date(2027, 3, 1)].is_working_day and days[date(2027, 3, 1)].holiday_name is None


# ---- properties -------------------------------------------------------------------------

# Any calendar: random exceptions to Monday–Friday over a few years, some years unknown.
calendars = st.builds(
    WorkingDayCalendar,
    known_years=st.frozensets(st.integers(2024, 2028)),
    overrides=st.dictionaries(st.dates(date(2024, 1, 1), date(2028, 12, 31)), st.booleans()),
)
calendar_choices = st.one_of(st.just(CALENDAR), calendars)
start_dates = st.dates(date(2004, 1, 1), date(2027, 12, 31))
event_times = st.datetimes(
    datetime(2004, 1, 1),  # noqa: DTZ001 - hypothesis bounds are naive
    datetime(2027, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)
day_counts = st.integers(1, 60)


@settings(max_examples=300, deadline=None)
@given(calendar_choices, start_dates, day_counts)
def test_t2_a_due_date_is_never_a_rest_day(
    calendar: WorkingDayCalendar, start: date, days: int
) -> None:
    result = add_working_days(calendar, start, days)
    assert calendar.is_working_day(result.date)
    assert working_days_between(calendar, start, result.date) == days


@settings(max_examples=300, deadline=None)
@given(calendar_choices, start_dates, day_counts, st.integers(1, 20))
def test_t2_more_days_never_give_an_earlier_date(
    calendar: WorkingDayCalendar, start: date, days: int, more: int
) -> None:
    assert (
        add_working_days(calendar, start, days + more).date
        > add_working_days(calendar, start, days).date
    )


@settings(max_examples=300, deadline=None)
@given(calendar_choices, event_times, day_counts)
def test_t2_due_is_always_after_the_event(
    calendar: WorkingDayCalendar, event_at: datetime, days: int
) -> None:
    due = due_after_working_days(calendar, event_at, days)
    assert due.due_at > event_at
    assert due.due_date > rules.local_date(event_at)
    assert due.due_at.astimezone(SHANGHAI).time() == rules.END_OF_DAY


@settings(max_examples=200, deadline=None)
@given(calendar_choices, event_times, day_counts)
def test_t1_provisional_exactly_when_a_counted_day_is_in_an_unknown_year(
    calendar: WorkingDayCalendar, event_at: datetime, days: int
) -> None:
    due = due_after_working_days(calendar, event_at, days)
    first_counted = rules.local_date(event_at) + timedelta(days=1)
    counted_years = range(first_counted.year, due.due_date.year + 1)
    assert due.provisional == any(year not in calendar.known_years for year in counted_years)


@settings(max_examples=200, deadline=None)
@given(calendar_choices, start_dates, day_counts, st.integers(0, 30))
def test_t4_acting_at_the_end_of_the_kth_working_day_after_due_is_k_days_late(
    calendar: WorkingDayCalendar, start: date, days: int, k: int
) -> None:
    due = rules.end_of_day(add_working_days(calendar, start, days).date)
    acted = due
    if k:
        acted = rules.end_of_day(add_working_days(calendar, rules.local_date(due), k).date)
    assert working_days_late(calendar, due, acted) == k
    # One second later is the next day: one more if that day works, and late at all is >= 1.
    next_day = rules.local_date(acted + timedelta(seconds=1))
    expected = max(1, k + int(calendar.is_working_day(next_day)))
    assert working_days_late(calendar, due, acted + timedelta(seconds=1)) == expected
