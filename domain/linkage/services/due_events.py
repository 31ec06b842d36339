"""Due-soon and overdue signals of the live task stream (A2; the in-app side of M1).

:func:`signal_due` is a sweep (jobs/scheduler.py, every minute). It finds

- pushes waiting for their claim (``TO_CLAIM``) whose claim is due within
  ``DUE_SOON_WORKING_DAYS`` working day → ``CLAIM_DUE_SOON``, or past due → ``CLAIM_OVERDUE``;
- tasks in progress or rectifying whose ``due_at`` is due within 1 working day →
  ``TASK_DUE_SOON``, or past due → ``TASK_OVERDUE``,

each once: the row's marker (``claim_due_soon_signalled_at`` …) is set by a conditional
``UPDATE … WHERE marker IS NULL`` and only the sweep whose UPDATE changed the row audits
the signal and emits the event, in that one transaction. Two sweeps at once (a worker
redelivered, two schedulers during a lock hand-over) signal nothing twice.

"Within 1 working day" is measured by the calendar (T1, T2): the threshold is the due
time 1 working day after now (23:59:59 Asia/Shanghai of the next working day), so on a
Friday a claim due on Monday is due soon, and before a holiday the next working day
after it counts.

A marker belongs to one due time: a reassignment (new claim deadline) clears the
push's markers (claims.reassign_push); a task whose due time moves to its follow-up
check has its markers cleared by the feedback use case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.models import Model

from domain.accounts.actor import SYSTEM
from domain.audit.services import record
from domain.calendar.rules import WorkingDayCalendar, due_after_working_days
from domain.calendar.store import get_calendar
from domain.linkage.models import Push, SupervisionTask
from domain.linkage.rules import (
    DUE_SOON_WORKING_DAYS,
    TASK_OPEN_STATUSES,
    LinkageEventKind,
    PushStatus,
)
from domain.linkage.services.common import emit
from domain.transaction import transaction

# At most this many signals per call; the next minute's sweep takes the rest.
BATCH_SIZE = 1000


def threshold_of(calendar: WorkingDayCalendar, now: datetime) -> datetime:
    """The due time 1 working day after ``now`` (T2: 23:59:59 Asia/Shanghai of the next
    working day): what is due at or before it, and not yet overdue, is due soon."""
    return due_after_working_days(calendar, now, DUE_SOON_WORKING_DAYS).due_at


async def due_soon_threshold(now: datetime) -> datetime:
    """:func:`threshold_of` with the stored calendar (A2 yellow light, ``dueSoon`` queues)."""
    return threshold_of(await get_calendar(), now)


@dataclass(frozen=True)
class _Signal:
    kind: LinkageEventKind
    model: type[Model]
    due: str  # the due-time column
    marker: str  # the column that records the signal
    statuses: tuple[str, ...]
    soon: bool  # due soon (True) or overdue (False)
    action: str  # the audit action

    def candidates(self, now: datetime, threshold: datetime) -> dict[str, object]:
        """The filter of the rows to signal, also the condition of the UPDATE."""
        window = (
            {f"{self.due}__gte": now, f"{self.due}__lte": threshold}
            if self.soon
            else {f"{self.due}__lt": now}
        )
        return {"status__in": list(self.statuses), f"{self.marker}__isnull": True, **window}


SIGNALS = (
    _Signal(
        LinkageEventKind.CLAIM_OVERDUE,
        Push,
        "claim_due_at",
        "claim_overdue_signalled_at",
        (PushStatus.TO_CLAIM,),
        soon=False,
        action="push.claim_overdue",
    ),
    _Signal(
        LinkageEventKind.TASK_OVERDUE,
        SupervisionTask,
        "due_at",
        "overdue_signalled_at",
        TASK_OPEN_STATUSES,
        soon=False,
        action="task.overdue",
    ),
    _Signal(
        LinkageEventKind.CLAIM_DUE_SOON,
        Push,
        "claim_due_at",
        "claim_due_soon_signalled_at",
        (PushStatus.TO_CLAIM,),
        soon=True,
        action="push.claim_due_soon",
    ),
    _Signal(
        LinkageEventKind.TASK_DUE_SOON,
        SupervisionTask,
        "due_at",
        "due_soon_signalled_at",
        TASK_OPEN_STATUSES,
        soon=True,
        action="task.due_soon",
    ),
)


async def _signal_one(
    signal: _Signal, row: dict[str, Any], now: datetime, threshold: datetime
) -> bool:
    """Mark, audit and emit one signal in one transaction; False when another sweep (or
    a claim, a result) changed the row first."""
    row_id = row["id"]
    async with transaction():
        changed = await signal.model.filter(id=row_id, **signal.candidates(now, threshold)).update(
            **{signal.marker: now}
        )
        if changed != 1:
            return False
        is_push = signal.model is Push
        department_id = row["department_id"]
        await record(
            SYSTEM,
            signal.action,
            target_type="Push" if is_push else "SupervisionTask",
            target_id=row_id,
            before={signal.marker: None, signal.due: row[signal.due]},
            after={signal.marker: now, signal.due: row[signal.due]},
            department_id=department_id,
        )
        await emit(
            signal.kind,
            department_id=department_id,
            push_id=row_id if is_push else row["push_id"],
            task_id=None if is_push else row_id,
            at=now,
        )
    return True


async def signal_due(now: datetime, *, batch_size: int = BATCH_SIZE) -> int:
    """The sweep: signal what fell due soon or overdue as of ``now``, each once, at most
    ``batch_size`` per call (overdue first, earliest due first); the number signalled."""
    threshold = await due_soon_threshold(now)
    signalled, budget = 0, batch_size
    for signal in SIGNALS:
        if budget <= 0:
            break
        columns = ["id", "department_id", signal.due]
        if signal.model is SupervisionTask:
            columns.append("push_id")
        rows = (
            await signal.model.filter(**signal.candidates(now, threshold))
            .order_by(signal.due, "id")
            .limit(budget)
            .values(*columns)
        )
        budget -= len(rows)
        for row in rows:
            signalled += await _signal_one(signal, row, now, threshold)
    return signalled
