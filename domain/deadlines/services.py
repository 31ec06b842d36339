"""Deadlines: open one (T2/T3), close it marking lateness (T4), recompute after a
calendar change (T1), find the ones falling due.

``open_deadline`` and ``close_deadline`` are steps of another area's use case:
call them inside that use case's ``transaction()`` (they join it; alone they run
their own). Each records its audit event.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor
from domain.accounts.policy import Operation, can
from domain.audit.services import record
from domain.calendar import rules
from domain.calendar.rules import WorkingDayCalendar
from domain.calendar.store import get_calendar
from domain.clock import utc_now
from domain.deadlines.models import Deadline, DeadlineRule
from domain.deadlines.rules import DueFacts
from domain.errors import Conflict
from domain.transaction import transaction

MAX_DUE_BATCH = 1000


async def open_deadline(
    actor: Actor,
    *,
    subject_type: str,
    subject_id: int,
    kind: str,
    started_at: datetime,
    working_days: int | None = None,
    same_day: bool = False,
    department_id: int | None = None,
) -> Deadline:
    """Open a deadline: ``working_days`` working days after ``started_at`` (T2), or the
    end of the day of ``started_at`` with ``same_day`` (T3).

    A due time counted over a year the calendar does not know is ``provisional``:
    Monday–Friday, recomputed when the year is entered (T1). Never blocks.
    """
    if started_at.tzinfo is None:
        raise ValueError("started_at must be timezone-aware")
    if same_day == (working_days is not None):
        raise ValueError("give either working_days or same_day=True")
    calendar = await get_calendar()
    if same_day:
        due = rules.due_same_day(started_at)
        rule = DeadlineRule.SAME_DAY
    else:
        assert working_days is not None
        due = rules.due_after_working_days(calendar, started_at, working_days)
        rule = DeadlineRule.WORKING_DAYS
    async with transaction():
        deadline = Deadline(
            subject_type=subject_type,
            subject_id=subject_id,
            kind=kind,
            department_id=department_id,
            rule=rule,
            started_at=started_at,
            working_days=working_days,
            due_at=due.due_at,
            provisional=due.provisional,
            created_at=utc_now(),
        )
        deadline.next_reminder_at = first_reminder_at(calendar, deadline)
        await deadline.save()
        await record(
            actor,
            "deadline.open",
            target_type="Deadline",
            target_id=deadline.id,
            before=None,
            after=snapshot(deadline),
            department_id=department_id,
        )
    return deadline


async def close_deadline(actor: Actor, deadline_id: int, at: datetime | None = None) -> Deadline:
    """Close a deadline at ``at`` (default now); late is recorded, not refused (T4)."""
    at = at or utc_now()
    calendar = await get_calendar()
    async with transaction():
        deadline = await Deadline.select_for_update().get(id=deadline_id)
        if deadline.closed_at is not None:
            raise Conflict("该期限已经关闭。")
        before = snapshot(deadline)
        deadline.closed_at = at
        deadline.closed_late_by_working_days = rules.working_days_late(
            calendar, deadline.due_at, at
        )
        deadline.next_reminder_at = None  # nothing more to remind of (M1)
        await deadline.save(
            update_fields=["closed_at", "closed_late_by_working_days", "next_reminder_at"]
        )
        await record(
            actor,
            "deadline.close",
            target_type="Deadline",
            target_id=deadline.id,
            before=before,
            after=snapshot(deadline),
            department_id=deadline.department_id,
        )
    return deadline


async def close_if_open(
    actor: Actor, deadline_id: int | None, at: datetime | None = None
) -> int | None:
    """Close the deadline if it is still open; its working days late either way (T4).
    None when there is no deadline."""
    if deadline_id is None:
        return None
    deadline = await Deadline.get(id=deadline_id)
    if deadline.closed_at is not None:
        return deadline.closed_late_by_working_days
    return (await close_deadline(actor, deadline.id, at=at)).closed_late_by_working_days


def open_due_by(at: datetime, limit: int = MAX_DUE_BATCH) -> QuerySet[Deadline]:
    """The open deadlines due at or before ``at``, earliest first (for sweeps)."""
    return (
        Deadline.filter(closed_at__isnull=True, due_at__lte=at)
        .order_by("due_at", "id")
        .limit(limit)
    )


def due_facts(deadline: Deadline) -> DueFacts:
    """What the deadline's due state is judged from: open until closed, the working days
    late recorded when it was closed."""
    return DueFacts(
        deadline.due_at,
        open_=deadline.closed_at is None,
        working_days_late=deadline.closed_late_by_working_days,
    )


def is_overdue(deadline: Deadline, now: datetime) -> bool:
    """Overdue (逾期, T4): still open after its due time, or closed late."""
    return due_facts(deadline).overdue(now)


def can_view(actor: Actor, deadline: Deadline) -> bool:
    """Deadlines are business records: READ_RECORDS of their department."""
    return can(actor, Operation.READ_RECORDS, deadline.department_id)


async def visible_deadline(actor: Actor, deadline_id: int) -> Deadline | None:
    """The deadline, or None when it does not exist or ``actor`` may not see it."""
    deadline = await Deadline.get_or_none(id=deadline_id)
    return deadline if deadline is not None and can_view(actor, deadline) else None


async def visible_deadlines(actor: Actor, ids: Sequence[int]) -> list[Deadline | None]:
    """For a DataLoader: the deadlines of ``ids`` in order, None where not visible."""
    rows = {row.id: row for row in await Deadline.filter(id__in=list(ids))}
    return [
        row if row is not None and can_view(actor, row) else None
        for row in (rows.get(i) for i in ids)
    ]


def snapshot(deadline: Deadline) -> dict[str, object]:
    return {
        "subject_type": deadline.subject_type,
        "subject_id": deadline.subject_id,
        "kind": deadline.kind,
        "department_id": deadline.department_id,
        "rule": DeadlineRule(deadline.rule).value,
        "started_at": deadline.started_at,
        "working_days": deadline.working_days,
        "due_at": deadline.due_at,
        "provisional": deadline.provisional,
        "closed_at": deadline.closed_at,
        "closed_late_by_working_days": deadline.closed_late_by_working_days,
    }


# ---- reminders (M1) -------------------------------------------------------------

# The reminders area's schedule: the time of an open deadline's first reminder (None:
# no reminder policy for its kind). Registered with :func:`schedules_reminders` when
# ``domain.reminders`` is imported; this area only stores the answer in
# ``Deadline.next_reminder_at`` when a deadline opens or its due time is recomputed,
# and clears it when the deadline closes.
ReminderSchedule = Callable[[WorkingDayCalendar, Deadline], datetime | None]
_reminder_schedule: ReminderSchedule | None = None


def schedules_reminders(schedule: ReminderSchedule) -> ReminderSchedule:
    global _reminder_schedule
    _reminder_schedule = schedule
    return schedule


def first_reminder_at(calendar: WorkingDayCalendar, deadline: Deadline) -> datetime | None:
    if _reminder_schedule is None or deadline.closed_at is not None:
        return None
    return _reminder_schedule(calendar, deadline)


# ---- recomputing after a calendar change (T1) ---------------------------------


@dataclass(frozen=True)
class MovedDeadline:
    deadline: Deadline
    previous_due_at: datetime
    due_at: datetime


# Functions of other areas that keep copies of deadlines' due times on their own rows
# (for their queue's sort index): each takes the ids of recomputed deadlines and
# refreshes its copies, in the recompute's transaction. Registered with
# :func:`keeps_due_time_copies` when the area's module is imported.
DueTimeCopies = Callable[[list[int]], Awaitable[int]]
_due_time_copies: list[DueTimeCopies] = []


def keeps_due_time_copies(refresh: DueTimeCopies) -> DueTimeCopies:
    if refresh not in _due_time_copies:
        _due_time_copies.append(refresh)
    return refresh


async def recompute_deadlines(
    actor: Actor, calendar: WorkingDayCalendar, first: date, last: date, *, reason: str
) -> list[MovedDeadline]:
    """Recompute the deadlines counted over a day from ``first`` to ``last`` with
    ``calendar`` (the calendar as it is after the change).

    Affected: working-day deadlines that are open or provisional, whose counted days
    (event date, due date] include a changed day. Their due time, provisional flag
    and, for closed ones, working days late are updated; every updated deadline is
    audited. Returns the ones whose due time moved, earliest new due first. Call
    inside the calendar change's transaction.
    """
    candidates = await Deadline.filter(
        Q(closed_at__isnull=True) | Q(provisional=True),
        rule=DeadlineRule.WORKING_DAYS,
        started_at__lt=rules.start_of_day(last),
        due_at__gte=rules.start_of_day(first),
    ).order_by("id")
    moved: list[MovedDeadline] = []
    updated: list[int] = []
    for deadline in candidates:
        assert deadline.working_days is not None
        due = rules.due_after_working_days(calendar, deadline.started_at, deadline.working_days)
        late = deadline.closed_late_by_working_days
        if deadline.closed_at is not None:
            late = rules.working_days_late(calendar, due.due_at, deadline.closed_at)
        if (due.due_at, due.provisional, late) == (
            deadline.due_at,
            deadline.provisional,
            deadline.closed_late_by_working_days,
        ):
            continue
        before = snapshot(deadline)
        previous_due_at = deadline.due_at
        deadline.due_at = due.due_at
        deadline.provisional = due.provisional
        deadline.closed_late_by_working_days = late
        if deadline.closed_at is None:  # the reminders follow the new due time (M1)
            deadline.next_reminder_at = first_reminder_at(calendar, deadline)
        await deadline.save(
            update_fields=[
                "due_at",
                "provisional",
                "closed_late_by_working_days",
                "next_reminder_at",
            ]
        )
        await record(
            actor,
            "deadline.recompute",
            target_type="Deadline",
            target_id=deadline.id,
            before=before,
            after={**snapshot(deadline), "reason": reason},
            department_id=deadline.department_id,
        )
        updated.append(deadline.id)
        if previous_due_at != due.due_at:
            moved.append(MovedDeadline(deadline, previous_due_at, due.due_at))
    for refresh in _due_time_copies:
        await refresh(updated)
    moved.sort(key=lambda m: (m.due_at, m.deadline.id))
    return moved


async def recompute_provisional(actor: Actor, year: int) -> list[MovedDeadline]:
    """Recompute the deadlines counted over ``year`` with the stored calendar
    (entering a notice does this itself; for a year seeded from a newer package)."""
    async with transaction():
        calendar = await get_calendar()
        return await recompute_deadlines(
            actor, calendar, date(year, 1, 1), date(year, 12, 31), reason="calendar.recompute"
        )
