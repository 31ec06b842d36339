"""When reminders fall due (M1), without a database: working days by the statutory
calendar (T1, T2) across weekends, 2026 National Day (1–7 October off, Saturday
10 October worked) and Spring Festival (15–23 February off, Saturdays 14 and 28
February worked), as the chinese-calendar package encodes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from domain.calendar.package import package_calendar
from domain.calendar.rules import SHANGHAI, due_after_working_days
from domain.linkage.rules import (
    CLAIM_DEADLINE,
    CLAIM_WORKING_DAYS,
    FOLLOW_UP_DEADLINE,
    REVERSE_CLAIM_DEADLINE,
    REVERSE_PUSH_DEADLINE,
    SAME_DAY_FEEDBACK_DEADLINE,
    TASK_DEADLINE,
)
from domain.linkage.services.due_events import threshold_of
from domain.reminders.messages import (
    COMMON_VARIABLES,
    candidate_names,
    format_time,
    list_templates,
    render,
)
from domain.reminders.models import Channel, ReminderStage
from domain.reminders.rules import (
    CalendarDaysBefore,
    Policy,
    WorkingDaysBefore,
    day_before,
    due_soon,
    due_stages,
    first_reminder_time,
    next_time,
    overdue,
    policy_of,
    register_policy,
    reminder_key,
    stage_times,
    unregister_policy,
    window_start,
)

CALENDAR = package_calendar()
DUE_SOON = ReminderStage.DUE_SOON
OVERDUE = ReminderStage.OVERDUE


def shanghai(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


def end_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=SHANGHAI)


@dataclass
class FakeDeadline:
    kind: str
    due_at: datetime
    created_at: datetime
    closed_at: datetime | None = None


def times_of(kind: str, due: datetime, opened: datetime) -> list[tuple[ReminderStage, datetime]]:
    policy = policy_of(kind)
    assert policy is not None
    return [(t.stage.stage, t.at) for t in stage_times(CALENDAR, policy, due, opened)]


# ---- policies ------------------------------------------------------------------------


def test_m1_linkage_kinds_have_policies_and_the_at_once_deadlines_none() -> None:
    leads = {
        kind: [(s.stage, s.before) for s in policy_of(kind).stages]  # type: ignore[union-attr]
        for kind in (CLAIM_DEADLINE, TASK_DEADLINE, FOLLOW_UP_DEADLINE, REVERSE_CLAIM_DEADLINE)
    }
    assert leads == {
        CLAIM_DEADLINE: [(DUE_SOON, WorkingDaysBefore(1)), (OVERDUE, None)],
        TASK_DEADLINE: [(DUE_SOON, WorkingDaysBefore(3)), (OVERDUE, None)],
        FOLLOW_UP_DEADLINE: [(DUE_SOON, WorkingDaysBefore(1)), (OVERDUE, None)],
        REVERSE_CLAIM_DEADLINE: [(DUE_SOON, WorkingDaysBefore(1)), (OVERDUE, None)],
    }
    # S2 same-day feedback and P5's own push deadline are opened and closed at once.
    assert policy_of(SAME_DAY_FEEDBACK_DEADLINE) is None
    assert policy_of(REVERSE_PUSH_DEADLINE) is None
    deadline = FakeDeadline(
        SAME_DAY_FEEDBACK_DEADLINE, end_of(date(2026, 6, 1)), shanghai(2026, 6, 1)
    )
    assert first_reminder_time(CALENDAR, deadline) is None


# ---- the claim: 1 working day before ----------------------------------------------------


def test_m1_claim_due_soon_at_9_the_working_day_before() -> None:
    # Mon 1 June: claim due Thu 4 June; due soon from Wed 3 June 09:00, overdue at 00:00 Fri.
    opened = shanghai(2026, 6, 1, 10)
    due = due_after_working_days(CALENDAR, opened, CLAIM_WORKING_DAYS).due_at
    assert due == end_of(date(2026, 6, 4))
    assert times_of(CLAIM_DEADLINE, due, opened) == [
        (DUE_SOON, shanghai(2026, 6, 3, 9)),
        (OVERDUE, shanghai(2026, 6, 5, 0)),
    ]


def test_m1_claim_due_monday_is_reminded_friday_not_on_the_weekend() -> None:
    opened = shanghai(2026, 6, 3, 15)  # Wed: Thu, Fri, Mon 8 June
    due = due_after_working_days(CALENDAR, opened, CLAIM_WORKING_DAYS).due_at
    assert due == end_of(date(2026, 6, 8))
    assert times_of(CLAIM_DEADLINE, due, opened)[0] == (DUE_SOON, shanghai(2026, 6, 5, 9))


def test_m1_claim_due_after_national_day_is_reminded_the_first_working_day_after_it() -> None:
    # Tue 29 Sep 2026: Wed 30 Sep, (1–7 Oct off), Thu 8 Oct, Fri 9 Oct → due Fri 9 Oct.
    opened = shanghai(2026, 9, 29, 10)
    due = due_after_working_days(CALENDAR, opened, CLAIM_WORKING_DAYS).due_at
    assert due == end_of(date(2026, 10, 9))
    assert times_of(CLAIM_DEADLINE, due, opened) == [
        (DUE_SOON, shanghai(2026, 10, 8, 9)),
        (OVERDUE, shanghai(2026, 10, 10, 0)),
    ]


def test_m1_claim_due_on_the_first_day_after_the_holiday_is_reminded_before_it() -> None:
    # Due Thu 8 Oct: the working day before is Wed 30 Sep, the last before the holiday.
    due = end_of(date(2026, 10, 8))
    assert times_of(CLAIM_DEADLINE, due, shanghai(2026, 9, 25, 10))[0] == (
        DUE_SOON,
        shanghai(2026, 9, 30, 9),
    )


def test_m1_worked_saturday_counts_as_the_working_day_before() -> None:
    # Spring Festival: due Tue 24 Feb, the first day back; the working day before it
    # is Saturday 14 Feb (worked), not a day of the holiday.
    due = end_of(date(2026, 2, 24))
    assert times_of(CLAIM_DEADLINE, due, shanghai(2026, 2, 10, 10))[0] == (
        DUE_SOON,
        shanghai(2026, 2, 14, 9),
    )


@pytest.mark.parametrize(
    "due_day",
    [date(2026, 6, 4), date(2026, 6, 8), date(2026, 10, 8), date(2026, 10, 9), date(2026, 2, 24)],
)
def test_m1_claim_due_soon_matches_the_queue_lights_cut_off(due_day: date) -> None:
    """The reminder goes out on the first day the claim's light is yellow (A2)."""
    due = end_of(due_day)
    (stage, at), _ = times_of(CLAIM_DEADLINE, due, shanghai(2026, 1, 5, 10))
    assert stage == DUE_SOON
    assert threshold_of(CALENDAR, at) >= due  # yellow at the reminder
    before = at.astimezone(SHANGHAI).replace(hour=0) - timedelta(seconds=1)
    assert threshold_of(CALENDAR, before) < due  # green the evening before


# ---- task feedback: 3 working days before --------------------------------------------


def test_m1_task_feedback_due_soon_3_working_days_before_across_national_day() -> None:
    # Due Fri 9 Oct: working days before it are Thu 8 Oct, Wed 30 Sep, Tue 29 Sep.
    due = end_of(date(2026, 10, 9))
    assert times_of(TASK_DEADLINE, due, shanghai(2026, 8, 28, 10)) == [
        (DUE_SOON, shanghai(2026, 9, 29, 9)),
        (OVERDUE, shanghai(2026, 10, 10, 0)),
    ]


def test_m1_task_feedback_due_soon_across_spring_festival() -> None:
    # Due Wed 25 Feb: Tue 24 Feb, Sat 14 Feb (worked), Fri 13 Feb.
    due = end_of(date(2026, 2, 25))
    assert times_of(TASK_DEADLINE, due, shanghai(2026, 1, 14, 10))[0] == (
        DUE_SOON,
        shanghai(2026, 2, 13, 9),
    )


def test_m1_task_feedback_window_is_3_working_days_by_the_calendar() -> None:
    due = end_of(date(2026, 10, 9))
    start = window_start(CALENDAR, due, WorkingDaysBefore(3))
    assert start == date(2026, 9, 29)
    start_at = shanghai(2026, 9, 29)
    assert due_after_working_days(CALENDAR, start_at, 3).due_at >= due
    assert due_after_working_days(CALENDAR, start_at - timedelta(days=1), 3).due_at < due


# ---- opened inside the window, and late ------------------------------------------------


def test_m1_deadline_opened_inside_the_window_is_reminded_at_once() -> None:
    due = end_of(date(2026, 6, 4))
    opened = shanghai(2026, 6, 3, 14, 30)  # after 09:00 of the day before
    assert times_of(CLAIM_DEADLINE, due, opened)[0] == (DUE_SOON, opened.astimezone(UTC))
    early = shanghai(2026, 6, 3, 7)  # before 09:00: waits for 09:00
    assert times_of(CLAIM_DEADLINE, due, early)[0] == (DUE_SOON, shanghai(2026, 6, 3, 9))


def test_m1_deadline_opened_after_its_due_time_gets_only_the_overdue_stage() -> None:
    due = end_of(date(2026, 6, 4))
    assert times_of(CLAIM_DEADLINE, due, shanghai(2026, 6, 6, 10)) == [
        (OVERDUE, shanghai(2026, 6, 5, 0))
    ]


def test_m1_no_due_soon_once_the_due_time_has_passed() -> None:
    due = end_of(date(2026, 6, 4))
    times = stage_times(CALENDAR, policy_of(CLAIM_DEADLINE), due, shanghai(2026, 6, 1))  # type: ignore[arg-type]
    assert [s.stage for s in due_stages(times, shanghai(2026, 6, 3, 9), due)] == [DUE_SOON]
    assert due_stages(times, shanghai(2026, 6, 4, 23, 59, 59), due)[0].stage == DUE_SOON
    # A sweep that only runs after the due time (it was down): the overdue one only.
    assert [s.stage for s in due_stages(times, shanghai(2026, 6, 5, 8), due)] == [OVERDUE]
    assert due_stages(times, shanghai(2026, 6, 3, 8, 59), due) == []
    assert next_time(times, shanghai(2026, 6, 3, 8, 59)) == shanghai(2026, 6, 3, 9)
    assert next_time(times, shanghai(2026, 6, 3, 9)) == shanghai(2026, 6, 5, 0)
    assert next_time(times, shanghai(2026, 6, 5, 0)) is None


def test_m1_closed_deadline_has_no_reminder() -> None:
    deadline = FakeDeadline(
        CLAIM_DEADLINE, end_of(date(2026, 6, 4)), shanghai(2026, 6, 1), shanghai(2026, 6, 2)
    )
    assert first_reminder_time(CALENDAR, deadline) is None
    deadline.closed_at = None
    assert first_reminder_time(CALENDAR, deadline) == shanghai(2026, 6, 3, 9)


def test_m1_reminder_key_holds_the_due_time() -> None:
    first = reminder_key(7, DUE_SOON, end_of(date(2026, 6, 4)))
    assert first == reminder_key(7, DUE_SOON, end_of(date(2026, 6, 4)).astimezone(UTC))
    assert first != reminder_key(7, DUE_SOON, end_of(date(2026, 6, 5)))
    assert first != reminder_key(7, OVERDUE, end_of(date(2026, 6, 4)))
    assert len(first) <= 128


# ---- policies plugged in later -----------------------------------------------------------


def test_m1_registered_policy_due_tomorrow_is_a_calendar_day_before() -> None:
    """Joint review / inquiry: "due tomorrow" for the department — the day before on a
    working day, the due day itself when the day before is a rest day."""
    register_policy(
        Policy("test.inquiry", "函询答复", (due_soon(CalendarDaysBefore(1)), overdue()))
    )
    try:
        # Due Thu 4 June: reminded Wed 3 June 09:00.
        assert times_of("test.inquiry", end_of(date(2026, 6, 4)), shanghai(2026, 6, 1))[0] == (
            DUE_SOON,
            shanghai(2026, 6, 3, 9),
        )
        # Due Mon 8 June: the day before is Sunday → Monday 09:00.
        assert times_of("test.inquiry", end_of(date(2026, 6, 8)), shanghai(2026, 6, 1))[0] == (
            DUE_SOON,
            shanghai(2026, 6, 8, 9),
        )
    finally:
        unregister_policy("test.inquiry")
    assert policy_of("test.inquiry") is None


def test_k2_applicant_reminded_the_calendar_day_before_even_on_a_holiday() -> None:
    register_policy(Policy("test.materials", "补交材料", (day_before("applicant"),)))
    try:
        # Due Thu 8 Oct (first day after National Day): the applicant hears on 7 Oct.
        assert times_of("test.materials", end_of(date(2026, 10, 8)), shanghai(2026, 9, 1)) == [
            (ReminderStage.DAY_BEFORE, shanghai(2026, 10, 7, 9))
        ]
    finally:
        unregister_policy("test.materials")


def test_m1_a_policy_names_each_stage_once() -> None:
    with pytest.raises(ValueError):
        register_policy(Policy("test.twice", "x", (overdue(), overdue())))
    assert policy_of("test.twice") is None


# ---- templates ----------------------------------------------------------------------------


def test_m1_templates_have_a_subject_line_and_known_placeholders() -> None:
    templates = list_templates()
    names = {t.name for t in templates}
    for kind in (CLAIM_DEADLINE, TASK_DEADLINE, FOLLOW_UP_DEADLINE, REVERSE_CLAIM_DEADLINE):
        assert {f"{kind}.due_soon", f"{kind}.overdue"} <= names
    subject_variables = {"document_number", "licensee", "item", "from_department"}
    for template in templates:
        assert template.subject and "\n" not in template.subject
        assert template.body
        assert set(template.variables) <= set(COMMON_VARIABLES) | subject_variables, template.name


def test_m1_sms_uses_the_short_text_in_app_and_email_the_long_one() -> None:
    assert candidate_names(CLAIM_DEADLINE, DUE_SOON, Channel.SMS)[:2] == [
        "push.claim.due_soon.sms",
        "default.due_soon.sms",
    ]
    values = {
        "what": "审批信息认领",
        "department": "县市场监督管理局",
        "recipient": "陈监管",
        "due_at": format_time(end_of(date(2026, 6, 4))),
        "due_in": "1个工作日",
        "days_late": "0",
        "subject": "法律文书编号 BK-1，保康县示例食品有限公司",
        "document_number": "BK-1",
        "licensee": "保康县示例食品有限公司",
        "item": "食品经营许可",
    }
    long = render(CLAIM_DEADLINE, DUE_SOON, Channel.EMAIL, values)
    assert long == render(CLAIM_DEADLINE, DUE_SOON, Channel.IN_APP, values)
    assert "BK-1" in long.subject
    assert "保康县示例食品有限公司" in long.body and "2026年6月4日 23:59" in long.body
    short = render(CLAIM_DEADLINE, DUE_SOON, Channel.SMS, values)
    assert "BK-1" in short.body and "2026年6月4日 23:59" in short.body
    assert len(short.body) < 120 and "$" not in short.body


def test_m1_due_time_shown_in_shanghai() -> None:
    assert format_time(datetime(2026, 6, 4, 15, 59, 59, tzinfo=UTC)) == "2026年6月4日 23:59"
