"""Reminders (M1) through the broker: the sweep that fans out one ``send_delivery``
message per delivery, and the senders of this process.

The scheduler runs :func:`send_due_reminders` every 30 seconds (``jobs/scheduler.py``
SWEEPS, as a ``run_sweep`` message that a worker executes). It

1. makes the reminders and deliveries that fell due (``sweep_reminders``; idempotent:
   two sweeps at once make each delivery once),
2. finds the deliveries that are waiting too long or whose worker died — PENDING past
   a grace period, SENDING with the lease expired (``pending_deliveries``),
3. enqueues one ``send_delivery(delivery_id)`` per delivery, after the transaction that
   made the deliveries committed.

A message may be enqueued twice (two sweeps, a redelivery, a retry): ``deliver``
claims the delivery with one conditional UPDATE, so only one of them sends.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from domain.reminders.channels import Sender, configured_channels, senders_from_settings
from domain.reminders.models import Channel
from jobs.broker import send_after_commit
from shenguan.settings import Settings, load_settings

log = logging.getLogger(__name__)

BATCH = 1000  # deliveries made or re-enqueued per call of each domain function
MAX_BATCHES = 20  # the sweep's own rounds per run; the rest waits for the next run

_senders: dict[Channel, Sender] | None = None
_settings: Settings | None = None


def _settings_of_process() -> Settings:
    global _settings
    if _settings is None:
        _settings = load_settings()
    return _settings


def reminder_senders() -> Mapping[Channel, Sender]:
    """The senders of this process, made once from the settings."""
    global _senders
    if _senders is None:
        _senders = senders_from_settings(_settings_of_process())
    return _senders


def reminder_lease() -> timedelta:
    """How long a worker holds a claimed delivery (``SHENGUAN_REMINDER_LEASE_SECONDS``)."""
    return timedelta(seconds=_settings_of_process().reminder_lease_seconds)


def reminder_grace() -> timedelta:
    """How long a queued delivery may wait for its job before the sweep enqueues it
    again (``SHENGUAN_REMINDER_GRACE_SECONDS``)."""
    return timedelta(seconds=_settings_of_process().reminder_grace_seconds)


def set_reminder_senders(senders: Mapping[Channel, Sender] | None) -> None:
    """Install ``senders`` for this process (None: from the settings at next use)."""
    global _senders
    _senders = None if senders is None else dict(senders)


async def send_due_reminders(now: datetime) -> dict[str, Any]:
    """The scheduler's sweep: make what fell due, then one message per delivery to send."""
    from domain.reminders.services import pending_deliveries, sweep_reminders
    from jobs.actors import send_delivery

    grace = reminder_grace()
    # no e-mail delivery is made without an SMTP server (SHENGUAN_SMTP_URL)
    channels = configured_channels(_settings_of_process())
    made: list[int] = []
    for _ in range(MAX_BATCHES):
        batch = await sweep_reminders(now, limit=BATCH, grace=grace, channels=channels)
        made.extend(batch)
        if not batch:
            break
    again = await pending_deliveries(now, limit=BATCH, grace=grace)
    ids = sorted(set(made) | set(again))
    # sweep_reminders committed before it returned; queued for after any enclosing
    # transaction too, so a message never names a delivery that is not in the database.
    for delivery_id in ids:
        await send_after_commit(send_delivery, delivery_id)
    return {"made": len(made), "retried": len(set(again) - set(made)), "enqueued": len(ids)}
