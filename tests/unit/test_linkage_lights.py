"""Deadline lights and the due-soon threshold (A2): green, yellow within 1 working day
(by the calendar, T1/T2), red overdue, none when done."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from domain.calendar.rules import SHANGHAI, WorkingDayCalendar
from domain.linkage.rules import DeadlineLight, deadline_light, is_due_soon
from domain.linkage.services.due_events import threshold_of


def at(day: date, hour: int = 10, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=SHANGHAI)


def end_of(day: date) -> datetime:
    return at(day, 23, 59, 59)


NOW = at(date(2026, 6, 1))  # Monday
THRESHOLD = end_of(date(2026, 6, 2))  # Tuesday 23:59:59


def test_a2_light_is_green_when_due_later_than_one_working_day() -> None:
    due = end_of(date(2026, 6, 3))
    assert deadline_light(due, NOW, THRESHOLD, closed=False) == DeadlineLight.GREEN
    assert deadline_light(THRESHOLD + timedelta(seconds=1), NOW, THRESHOLD, closed=False) == (
        DeadlineLight.GREEN
    )


def test_a2_light_is_yellow_when_due_within_one_working_day() -> None:
    for due in (end_of(date(2026, 6, 1)), THRESHOLD, NOW):  # today, the threshold, right now
        assert deadline_light(due, NOW, THRESHOLD, closed=False) == DeadlineLight.YELLOW
        assert is_due_soon(due, NOW, THRESHOLD)


def test_a2_light_is_red_when_overdue_and_overdue_is_not_due_soon() -> None:
    due = NOW - timedelta(seconds=1)
    assert deadline_light(due, NOW, THRESHOLD, closed=False) == DeadlineLight.RED
    assert not is_due_soon(due, NOW, THRESHOLD)


def test_a2_done_things_have_no_light_even_when_they_were_late() -> None:
    for due in (NOW - timedelta(days=3), NOW, end_of(date(2026, 6, 10))):
        assert deadline_light(due, NOW, THRESHOLD, closed=True) == DeadlineLight.NONE


def test_a2_t2_threshold_is_the_end_of_the_next_working_day() -> None:
    calendar = WorkingDayCalendar(frozenset({2026}))
    assert threshold_of(calendar, NOW) == end_of(date(2026, 6, 2))
    # Late in the evening it is still the next working day, not 24 hours.
    assert threshold_of(calendar, at(date(2026, 6, 1), 23, 30)) == end_of(date(2026, 6, 2))


def test_a2_t1_threshold_on_a_friday_reaches_over_the_weekend_to_monday() -> None:
    calendar = WorkingDayCalendar(frozenset({2026}))
    friday = at(date(2026, 6, 5))
    threshold = threshold_of(calendar, friday)
    assert threshold == end_of(date(2026, 6, 8))
    # A claim due on Monday is yellow on Friday; one due on Tuesday is green.
    assert deadline_light(end_of(date(2026, 6, 8)), friday, threshold, closed=False) == (
        DeadlineLight.YELLOW
    )
    assert deadline_light(end_of(date(2026, 6, 9)), friday, threshold, closed=False) == (
        DeadlineLight.GREEN
    )


def test_a2_t1_threshold_before_a_holiday_is_the_first_working_day_after_it() -> None:
    # Dragon Boat Festival 2026: Fri 19 – Sun 21 June off (as the State Council notice).
    holiday = {date(2026, 6, 19): False}
    calendar = WorkingDayCalendar(frozenset({2026}), holiday)
    thursday = at(date(2026, 6, 18))
    threshold = threshold_of(calendar, thursday)
    assert threshold == end_of(date(2026, 6, 22))
    assert deadline_light(end_of(date(2026, 6, 22)), thursday, threshold, closed=False) == (
        DeadlineLight.YELLOW
    )
    # An adjusted working weekend day (调休上班) counts as the next working day.
    calendar = WorkingDayCalendar(
        frozenset({2026}), {date(2026, 6, 19): False, date(2026, 6, 20): True}
    )
    assert threshold_of(calendar, thursday) == end_of(date(2026, 6, 20))
