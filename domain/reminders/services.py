"""Reminders (M1): the sweep that creates them, and the delivery of each exactly once.

**The sweep** (:func:`sweep_reminders`, run by the scheduler every minute) reads the
deadlines with ``next_reminder_at <= now`` (index ``deadline_next_reminder``: the open
deadlines that are not due for anything are never read). For each, in one
transaction, it

1. claims the deadline: ``UPDATE … SET next_reminder_at = <its next stage's time>
   WHERE id = … AND next_reminder_at = <as read> AND due_at = <as read>``; a second
   sweep at once, a close or a recompute in between changes the row first and this
   sweep leaves it (the next sweep reads it again);
2. creates a :class:`Reminder` per due stage (key: deadline, stage, due time — one
   due time is never reminded twice, a recomputed one is reminded again), with one
   :class:`Delivery` per recipient and channel, its message rendered now;
3. records the reminder in the audit trail (by the system, A1), then runs the
   automatic steps registered for the kind and stage (:func:`register_step`) — once
   per deadline and stage, the first time the stage is reached.

It returns the ids of the deliveries it created: the caller enqueues one job per id
after the commit. :func:`pending_deliveries` finds the ones whose job was lost (still
PENDING after a grace period), due for a retry, or whose worker died (SENDING with an
expired lease), for the scheduler to enqueue again.

**Delivery** (:func:`deliver`, the job): claim — one conditional UPDATE
PENDING → SENDING with a lease, whose row count decides — send, then mark SENT
conditionally on the same attempt. A failure puts it back to PENDING with
``last_error`` and a later retry time, FAILED after :data:`MAX_ATTEMPTS`. The in-app
channel needs no sender: the claim, the :class:`Notification`, its audit record, the
``NOTIFICATION`` linkage event and the SENT mark are one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Mapping
from datetime import datetime, timedelta
from typing import Protocol

from tortoise.expressions import F, Q
from tortoise.queryset import QuerySet

from domain.accounts.actor import SYSTEM
from domain.accounts.models import User
from domain.audit.services import record
from domain.calendar.rules import WorkingDayCalendar
from domain.calendar.store import get_calendar
from domain.clock import utc_now
from domain.deadlines.models import Deadline
from domain.linkage.models import SupervisionTask
from domain.linkage.rules import LinkageEventKind
from domain.linkage.services.common import emit
from domain.reminders import subjects as _subjects  # noqa: F401  (registers the describers)
from domain.reminders.messages import describe, format_time, render
from domain.reminders.models import (
    Channel,
    Delivery,
    DeliveryStatus,
    Notification,
    Reminder,
    ReminderStage,
)
from domain.reminders.recipients import Directory, recipients_of
from domain.reminders.rules import (
    StagePolicy,
    days_late,
    deadline_stage_times,
    due_stages,
    next_time,
    policy_of,
    reminder_key,
)
from domain.transaction import transaction

log = logging.getLogger(__name__)

# At most this many deadlines per sweep; the next minute's sweep takes the rest.
SWEEP_LIMIT = 1000
# A worker owns a claimed delivery this long; after it, another may claim it again.
LEASE = timedelta(minutes=5)
# A delivery whose job has not run this long after it was made due is enqueued again.
GRACE = timedelta(minutes=2)
# Attempts before a delivery is given up (FAILED); retried after 1, 2, 4, 8 … minutes.
MAX_ATTEMPTS = 5
RETRY_BASE = timedelta(minutes=1)
RETRY_MAX = timedelta(hours=1)
ERROR_MAX = 2000
COORDINATION_NAME = "协调小组"


class Sender(Protocol):
    """A channel (``domain.reminders.channels``): sends a delivery or raises."""

    channel: Channel

    async def send(self, delivery: Delivery) -> None: ...


# ---- automatic steps ---------------------------------------------------------------

Step = Callable[[Deadline], Awaitable[None]]
_steps: dict[tuple[str, ReminderStage], list[Step]] = {}


def register_step(kind: str, stage: ReminderStage, step: Step) -> Step:
    """Run ``step(deadline)`` when a deadline of ``kind`` reaches ``stage`` (Q1: an
    unanswered inquiry's OVERDUE → deemed consent): in the sweep's transaction, after
    the reminder's audit record, once per deadline and stage. The kind's policy must
    have the stage (``StagePolicy(..., send=False)`` for a step without a message).
    An exception rolls the reminder back; the next sweep tries again."""
    steps = _steps.setdefault((kind, ReminderStage(stage)), [])
    if step not in steps:
        steps.append(step)
    return step


def unregister_step(kind: str, stage: ReminderStage, step: Step) -> None:
    steps = _steps.get((kind, ReminderStage(stage)), [])
    if step in steps:
        steps.remove(step)


# ---- the sweep ---------------------------------------------------------------------


def due_deadlines(now: datetime, limit: int = SWEEP_LIMIT) -> QuerySet[Deadline]:
    """The deadlines with something due at ``now``, earliest first (index scan on
    ``deadline_next_reminder``)."""
    return (
        Deadline.filter(next_reminder_at__lte=now).order_by("next_reminder_at", "id").limit(limit)
    )


async def sweep_reminders(
    now: datetime,
    limit: int = SWEEP_LIMIT,
    *,
    grace: timedelta = GRACE,
    channels: Collection[Channel] = tuple(Channel),
) -> list[int]:
    """Create the reminders due at ``now`` (each once); the ids of the deliveries made
    due, for the caller to enqueue after this returns (every transaction committed).
    A delivery whose job has not run ``grace`` after now is found by
    :func:`pending_deliveries`. Deliveries are made for ``channels`` only (the
    configured ones: ``channels.configured_channels``).

    The departments' names and responsible people are read once per call (a
    :class:`~domain.reminders.recipients.Directory`): a user changed during a sweep is
    seen by the next one."""
    calendar = await get_calendar()
    sweep = _Sweep(calendar, now, grace, channels, Directory())
    made: list[int] = []
    for deadline in await due_deadlines(now, limit):
        made += await _remind(sweep, deadline)
    return made


class _Sweep:
    """What one sweep's deadlines share: its instant, settings and directory."""

    def __init__(
        self,
        calendar: WorkingDayCalendar,
        now: datetime,
        grace: timedelta,
        channels: Collection[Channel],
        directory: Directory,
    ) -> None:
        self.calendar = calendar
        self.now = now
        self.grace = grace
        self.channels = channels
        self.directory = directory


async def _remind(sweep: _Sweep, deadline: Deadline) -> list[int]:
    times = deadline_stage_times(sweep.calendar, deadline)
    stages = due_stages(times, sweep.now, deadline.due_at)
    async with transaction():
        claimed = await Deadline.filter(
            id=deadline.id,
            next_reminder_at=deadline.next_reminder_at,
            due_at=deadline.due_at,
        ).update(next_reminder_at=next_time(times, sweep.now))
        if claimed != 1:
            return []
        # The deadline's reminders so far (read after the claim: a sweep that claimed
        # it before has committed them), by stage: their keys.
        existing: dict[str, set[str]] = {}
        if stages:
            rows = await Reminder.filter(deadline_id=deadline.id).values_list("stage", "key")
            for stage_value, key in rows:
                existing.setdefault(ReminderStage(stage_value).value, set()).add(key)
        made: list[int] = []
        for stage in stages:
            keys = existing.get(ReminderStage(stage.stage).value, set())
            made += await _create_reminder(sweep, deadline, stage, keys)
    return made


async def _create_reminder(
    sweep: _Sweep, deadline: Deadline, stage: StagePolicy, keys: set[str]
) -> list[int]:
    """``keys``: the keys of the deadline's reminders of this stage so far."""
    now = sweep.now
    key = reminder_key(deadline.id, stage.stage, deadline.due_at)
    if key in keys:  # already reminded of this due time
        return []
    first_of_stage = not keys
    reminder = await Reminder.create(
        key=key,
        deadline_id=deadline.id,
        stage=stage.stage,
        kind=deadline.kind,
        subject_type=deadline.subject_type,
        subject_id=deadline.subject_id,
        department_id=deadline.department_id,
        due_at=deadline.due_at,
        created_at=now,
    )
    deliveries = await _create_deliveries(sweep, deadline, stage, reminder)
    await record(
        SYSTEM,
        "reminder.create",
        target_type="Reminder",
        target_id=reminder.id,
        before=None,
        after={
            "deadline_id": deadline.id,
            "kind": deadline.kind,
            "stage": stage.stage.value,
            "due_at": deadline.due_at,
            "deliveries": [
                {"channel": d.channel.value, "recipient_user_id": d.recipient_user_id}
                for d in deliveries
            ],
        },
        department_id=deadline.department_id,
    )
    if first_of_stage:
        for step in list(_steps.get((deadline.kind, stage.stage), [])):
            await step(deadline)
    return [d.id for d in deliveries]


async def _create_deliveries(
    sweep: _Sweep, deadline: Deadline, stage: StagePolicy, reminder: Reminder
) -> list[Delivery]:
    if not stage.send:
        return []
    now, grace = sweep.now, sweep.grace
    recipients = await recipients_of(stage.audience, deadline, sweep.directory)
    if not recipients:
        log.warning(
            "reminder %s: nobody to remind (department %s)", reminder.key, deadline.department_id
        )
        return []
    values = await _values(sweep, deadline, stage)
    deliveries: list[Delivery] = []
    for recipient in recipients:
        for channel, address in recipient.addresses():
            if channel not in sweep.channels:
                continue
            message = render(
                deadline.kind, stage.stage, channel, {**values, "recipient": recipient.name}
            )
            deliveries.append(
                await Delivery.create(
                    reminder_id=reminder.id,
                    key=f"{reminder.key}:{channel.value}:{recipient.key}",
                    channel=channel,
                    recipient_user_id=recipient.user_id,
                    address=address,
                    subject=message.subject,
                    body=message.body,
                    status=DeliveryStatus.PENDING,
                    lease_until=now + grace,  # enqueued again after this if its job is lost
                    created_at=now,
                )
            )
    return deliveries


async def _values(sweep: _Sweep, deadline: Deadline, stage: StagePolicy) -> dict[str, str]:
    policy = policy_of(deadline.kind)
    department = COORDINATION_NAME
    if deadline.department_id is not None:
        name = await sweep.directory.department_name(deadline.department_id)
        department = name if name is not None else department
    return {
        "what": policy.name if policy else deadline.kind,
        "department": department,
        "due_at": format_time(deadline.due_at),
        "due_in": stage.before.text if stage.before is not None else "",
        "days_late": str(days_late(sweep.calendar, deadline.due_at, sweep.now)),
        **await describe(deadline.subject_type, deadline.subject_id),
    }


async def pending_deliveries(
    now: datetime, limit: int = SWEEP_LIMIT, *, grace: timedelta = GRACE
) -> list[int]:
    """The deliveries to enqueue again: PENDING past their time (job lost, or a retry
    due) and SENDING whose lease expired (the worker died: back to PENDING). Each gets
    a new grace period, so a busy queue is not flooded with copies."""
    rows = (
        await Delivery.filter(
            status__in=[DeliveryStatus.PENDING, DeliveryStatus.SENDING], lease_until__lte=now
        )
        .order_by("lease_until", "id")
        .limit(limit)
        .values_list("id", flat=True)
    )
    ids = list(rows)
    if ids:
        await Delivery.filter(
            id__in=ids,
            status__in=[DeliveryStatus.PENDING, DeliveryStatus.SENDING],
            lease_until__lte=now,
        ).update(status=DeliveryStatus.PENDING, lease_until=now + grace)
    return ids


# ---- delivery ----------------------------------------------------------------------


def _claimable(delivery: Delivery, now: datetime) -> Q:
    """The claim's condition: the row as read, PENDING or SENDING with an expired lease."""
    return Q(id=delivery.id, attempts=delivery.attempts) & (
        Q(status=DeliveryStatus.PENDING) | Q(status=DeliveryStatus.SENDING, lease_until__lt=now)
    )


def retry_after(attempt: int) -> timedelta:
    """The wait before attempt ``attempt + 1`` (1, 2, 4 … minutes, at most an hour)."""
    return min(RETRY_BASE * 2 ** (attempt - 1), RETRY_MAX)


async def deliver(
    delivery_id: int, senders: Mapping[Channel, Sender], *, lease: timedelta = LEASE
) -> DeliveryStatus:
    """Send one delivery at most once; its status afterwards.

    SENT and FAILED are final (never sent again); SENDING with a live lease belongs to
    another worker (left alone). PENDING after a failure: the retry is due at
    ``lease_until`` and :func:`pending_deliveries` enqueues it then (the job need not
    raise to be retried). Raises ``LookupError`` for an unknown id.
    """
    now = utc_now()
    delivery = await Delivery.get_or_none(id=delivery_id)
    if delivery is None:
        raise LookupError(f"no delivery {delivery_id}")
    if delivery.status in (DeliveryStatus.SENT, DeliveryStatus.FAILED):
        return DeliveryStatus(delivery.status)
    if delivery.channel == Channel.IN_APP:
        return await _deliver_in_app(delivery, now)
    attempt = delivery.attempts + 1
    claimed = await Delivery.filter(_claimable(delivery, now)).update(
        status=DeliveryStatus.SENDING, lease_until=now + lease, attempts=F("attempts") + 1
    )
    if claimed != 1:
        return await _status(delivery_id)
    delivery.status, delivery.attempts = DeliveryStatus.SENDING, attempt
    if attempt > MAX_ATTEMPTS:  # earlier attempts died with their worker
        return await _failed(delivery, "多次发送均未完成（发送进程中断）", now)
    sender = senders.get(Channel(delivery.channel))
    try:
        if sender is None:
            raise LookupError(f"未配置发送渠道 {Channel(delivery.channel).value}")
        await sender.send(delivery)
    except Exception as error:  # any failure of the channel: retried, then FAILED
        log.warning("delivery %s attempt %s failed: %r", delivery.id, attempt, error)
        return await _failed(delivery, f"{type(error).__name__}: {error}", utc_now())
    marked = await Delivery.filter(
        id=delivery.id, status=DeliveryStatus.SENDING, attempts=attempt
    ).update(status=DeliveryStatus.SENT, sent_at=utc_now(), lease_until=None, last_error="")
    if marked != 1:  # the lease expired meanwhile and another worker took it over
        log.warning("delivery %s: sent, but attempt %s no longer owned it", delivery.id, attempt)
        return await _status(delivery_id)
    return DeliveryStatus.SENT


async def _status(delivery_id: int) -> DeliveryStatus:
    statuses = await Delivery.filter(id=delivery_id).values_list("status", flat=True)
    return DeliveryStatus(statuses[0])


async def _failed(delivery: Delivery, error: str, now: datetime) -> DeliveryStatus:
    """Back to PENDING with ``last_error`` and a retry time, FAILED after the last."""
    final = delivery.attempts >= MAX_ATTEMPTS
    status = DeliveryStatus.FAILED if final else DeliveryStatus.PENDING
    marked = await Delivery.filter(
        id=delivery.id, status=DeliveryStatus.SENDING, attempts=delivery.attempts
    ).update(
        status=status,
        lease_until=None if final else now + retry_after(delivery.attempts),
        last_error=error[:ERROR_MAX],
    )
    return status if marked == 1 else await _status(delivery.id)


async def _deliver_in_app(delivery: Delivery, now: datetime) -> DeliveryStatus:
    """The notification, its audit record and linkage event, and SENT: one transaction."""
    async with transaction():
        claimed = await Delivery.filter(_claimable(delivery, now)).update(
            status=DeliveryStatus.SENT,
            sent_at=now,
            lease_until=None,
            attempts=F("attempts") + 1,
        )
        if claimed != 1:
            return await _status(delivery.id)
        reminder = await Reminder.get(id=delivery.reminder_id)
        assert delivery.recipient_user_id is not None
        user_id = delivery.recipient_user_id
        departments = await User.filter(id=user_id).values_list("department_id", flat=True)
        department_id = departments[0] if departments else None
        notification = await Notification.create(
            user_id=user_id,
            delivery_id=delivery.id,
            title=delivery.subject,
            body=delivery.body,
            subject_type=reminder.subject_type,
            subject_id=reminder.subject_id,
            created_at=now,
        )
        await record(
            SYSTEM,
            "notification.create",
            target_type="Notification",
            target_id=notification.id,
            before=None,
            after={
                "user_id": user_id,
                "delivery_id": delivery.id,
                "reminder_id": reminder.id,
                "title": notification.title,
            },
            department_id=department_id,
        )
        await emit(
            LinkageEventKind.NOTIFICATION,
            department_id=department_id,
            **await _linkage_ids(reminder),
            user_id=user_id,
            notification_id=notification.id,
            at=now,
        )
    return DeliveryStatus.SENT


async def _linkage_ids(reminder: Reminder) -> dict[str, int | None]:
    """The linkage records a notification is about, for the task stream's event."""
    if reminder.subject_type == "Push":
        return {"push_id": reminder.subject_id}
    if reminder.subject_type == "ReversePush":
        return {"reverse_push_id": reminder.subject_id}
    if reminder.subject_type == "SupervisionTask":
        pushes = await SupervisionTask.filter(id=reminder.subject_id).values_list(
            "push_id", flat=True
        )
        return {"task_id": reminder.subject_id, "push_id": pushes[0] if pushes else None}
    return {}
