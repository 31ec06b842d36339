"""Pure rules of reminders (M1): which deadlines are reminded, at which stages, when.

No I/O and no clock reads: the calendar and every time are passed in.

A :class:`Policy` per deadline kind lists its stages. A stage before the due time
(``DUE_SOON``, ``DAY_BEFORE``) is sent at 09:00 Asia/Shanghai of the first day of its
window — for a working-day lead, the first working day of the window "due within N
working days" (the same cut-off as the queues' yellow light,
``domain.linkage.services.due_events.threshold_of``) — or at once when the deadline
is opened after that time. The ``OVERDUE`` stage falls at the first instant after the
due time (23:59:59 → 00:00:00 of the next day), when the automatic steps of the
deadline run too. A stage before the due time whose time would fall after the due
time is dropped; a sweep that comes after the due time sends no due-soon reminder.

Kinds without a policy (the same-day feedback and the reverse push's own 3 working
days, both opened and closed at once) are never reminded. Later areas plug in with one
:func:`register_policy` call at import time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from domain.calendar.rules import (
    SHANGHAI,
    WorkingDayCalendar,
    add_working_days,
    local_date,
    working_days_late,
)
from domain.linkage.rules import (
    CLAIM_DEADLINE,
    DUE_SOON_WORKING_DAYS,
    FOLLOW_UP_DEADLINE,
    REVERSE_CLAIM_DEADLINE,
    TASK_DEADLINE,
)
from domain.reminders.models import ReminderStage

# Reminders before a due time go out at 09:00 Asia/Shanghai (office hours).
SEND_AT = time(9, 0)
# The audience of most stages: the responsible people of the deadline's department
# (the coordinators for a deadline of no department). Others are resolvers
# registered in ``domain.reminders.recipients``.
DEPARTMENT = "department"
# Task feedback (S1) is reminded 3 working days before its 30-working-day due time.
TASK_FEEDBACK_DUE_SOON_WORKING_DAYS = 3
# How far back a working-day window is searched (a lead is a few days).
_MAX_LEAD_DAYS = 400


@dataclass(frozen=True)
class WorkingDaysBefore:
    """Due within ``days`` working days (T1): the window opens on the first day at which
    the due time is no later than ``days`` working days ahead (T2 counting)."""

    days: int

    @property
    def text(self) -> str:
        return f"{self.days}个工作日"


@dataclass(frozen=True)
class CalendarDaysBefore:
    """``days`` calendar days before the due date ("due tomorrow": ``days=1``).

    ``on_working_day``: for a department, sent on the first working day of the
    window (the due day itself when the day before is a rest day); for the applicant
    (K2: 承诺期限截止前一天) on the calendar day whatever it is.
    """

    days: int
    on_working_day: bool = True

    @property
    def text(self) -> str:
        return f"{self.days}天"


Lead = WorkingDaysBefore | CalendarDaysBefore


@dataclass(frozen=True)
class StagePolicy:
    stage: ReminderStage
    before: Lead | None = None  # None: when the due time passes (OVERDUE)
    audience: str = DEPARTMENT
    # False: no message, only the automatic steps registered for the stage.
    send: bool = True

    @property
    def is_before_due(self) -> bool:
        return self.before is not None


@dataclass(frozen=True)
class Policy:
    kind: str  # the deadline kind (``Deadline.kind``)
    name: str  # what is due, in Chinese ("审批信息认领")
    stages: tuple[StagePolicy, ...]


def due_soon(lead: Lead, audience: str = DEPARTMENT) -> StagePolicy:
    return StagePolicy(ReminderStage.DUE_SOON, lead, audience)


def day_before(audience: str) -> StagePolicy:
    """K2: the calendar day before the due date, whatever day it is."""
    return StagePolicy(
        ReminderStage.DAY_BEFORE, CalendarDaysBefore(1, on_working_day=False), audience
    )


def overdue(audience: str = DEPARTMENT, *, send: bool = True) -> StagePolicy:
    return StagePolicy(ReminderStage.OVERDUE, None, audience, send)


_policies: dict[str, Policy] = {}


def register_policy(policy: Policy) -> Policy:
    """Remind deadlines of ``policy.kind`` (replaces an earlier policy of the kind)."""
    stages = [s.stage for s in policy.stages]
    if len(set(stages)) != len(stages):
        raise ValueError(f"{policy.kind}: a stage appears twice")
    _policies[policy.kind] = policy
    return policy


def unregister_policy(kind: str) -> None:
    _policies.pop(kind, None)


def policy_of(kind: str) -> Policy | None:
    return _policies.get(kind)


def policies() -> list[Policy]:
    return sorted(_policies.values(), key=lambda p: p.kind)


# The linkage loop's deadlines. The same-day feedback (S2) and the reverse push's
# 3 working days (P5) are opened and closed in one use case: nothing to remind.
CLAIM_DUE_SOON = WorkingDaysBefore(DUE_SOON_WORKING_DAYS)
for _policy in (
    Policy(CLAIM_DEADLINE, "审批信息认领", (due_soon(CLAIM_DUE_SOON), overdue())),
    Policy(
        TASK_DEADLINE,
        "监管结果反馈",
        (due_soon(WorkingDaysBefore(TASK_FEEDBACK_DUE_SOON_WORKING_DAYS)), overdue()),
    ),
    Policy(FOLLOW_UP_DEADLINE, "整改复查", (due_soon(WorkingDaysBefore(1)), overdue())),
    Policy(REVERSE_CLAIM_DEADLINE, "监管信息认领", (due_soon(WorkingDaysBefore(1)), overdue())),
):
    register_policy(_policy)


# ---- stage times ---------------------------------------------------------------------


class DeadlineLike(Protocol):
    kind: str
    due_at: datetime
    created_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class StageTime:
    stage: StagePolicy
    at: datetime  # UTC


def at_send_time(day: date) -> datetime:
    """09:00 Asia/Shanghai of ``day``, in UTC."""
    return datetime.combine(day, SEND_AT, tzinfo=SHANGHAI).astimezone(UTC)


def window_start(calendar: WorkingDayCalendar, due_at: datetime, lead: Lead) -> date:
    """The first local date on which the deadline is "due within" ``lead``.

    Working days: the earliest day ``d`` whose ``lead.days``-th working day after it
    (T2: ``d`` not counted) is on or after the due date — so on a Friday a Monday due
    date is within 1 working day, and a holiday between counts for nothing.
    """
    due_date = local_date(due_at)
    if isinstance(lead, CalendarDaysBefore):
        return due_date - timedelta(days=lead.days)
    day = due_date
    for _ in range(_MAX_LEAD_DAYS):
        previous = day - timedelta(days=1)
        if add_working_days(calendar, previous, lead.days).date < due_date:
            return day
        day = previous
    return day


def before_due_at(
    calendar: WorkingDayCalendar, due_at: datetime, opened_at: datetime, lead: Lead
) -> datetime | None:
    """When a stage ``lead`` before ``due_at`` is sent (None: it would not be before
    the due time). 09:00 of the window's first working day (of its first day for a
    calendar lead that is not ``on_working_day``); at once (``opened_at``) when the
    deadline was opened later than that."""
    first = window_start(calendar, due_at, lead)
    day = first
    if not isinstance(lead, CalendarDaysBefore) or lead.on_working_day:
        due_date = local_date(due_at)
        while day <= due_date and not calendar.is_working_day(day):
            day += timedelta(days=1)
        if day > due_date:  # no working day in the window: its first day
            day = first
    at = max(at_send_time(day), opened_at)
    return at if at <= due_at else None


def overdue_at(due_at: datetime) -> datetime:
    """The first instant after the due time (due times are whole seconds, T2)."""
    return due_at + timedelta(seconds=1)


def stage_times(
    calendar: WorkingDayCalendar, policy: Policy, due_at: datetime, opened_at: datetime
) -> list[StageTime]:
    """The policy's stages for a due time, in time order (stages before the due first)."""
    times: list[StageTime] = []
    for stage in policy.stages:
        if stage.before is None:
            times.append(StageTime(stage, overdue_at(due_at)))
            continue
        at = before_due_at(calendar, due_at, opened_at, stage.before)
        if at is not None:
            times.append(StageTime(stage, at))
    times.sort(key=lambda t: (t.at, not t.stage.is_before_due))
    return times


def deadline_stage_times(calendar: WorkingDayCalendar, deadline: DeadlineLike) -> list[StageTime]:
    """The stage times of an open deadline (none without a policy)."""
    policy = policy_of(deadline.kind)
    if policy is None or deadline.closed_at is not None:
        return []
    return stage_times(calendar, policy, deadline.due_at, deadline.created_at)


def first_reminder_time(calendar: WorkingDayCalendar, deadline: DeadlineLike) -> datetime | None:
    """The hook of ``domain.deadlines.services.schedules_reminders``: the time of an
    open deadline's first stage (``Deadline.next_reminder_at``)."""
    times = deadline_stage_times(calendar, deadline)
    return times[0].at if times else None


def due_stages(times: Iterable[StageTime], now: datetime, due_at: datetime) -> list[StagePolicy]:
    """The stages due at ``now``: their time has come, and a stage before the due time
    only while the due time has not passed."""
    return [t.stage for t in times if t.at <= now and not (t.stage.is_before_due and now > due_at)]


def next_time(times: Iterable[StageTime], now: datetime) -> datetime | None:
    """The time of the first stage after ``now`` (None: nothing more to do)."""
    later = [t.at for t in times if t.at > now]
    return min(later) if later else None


def reminder_key(deadline_id: int, stage: ReminderStage, due_at: datetime) -> str:
    """One reminder per deadline, stage and due time: a recomputed due time is reminded
    again, the same due time never twice."""
    return f"{deadline_id}:{ReminderStage(stage).value}:{int(due_at.timestamp())}"


def days_late(calendar: WorkingDayCalendar, due_at: datetime, at: datetime) -> int:
    """T4: working days late at ``at`` (0 while not overdue)."""
    return working_days_late(calendar, due_at, at)
