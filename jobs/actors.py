"""The actors: thin, idempotent, taking ids (or names) and calling one domain function."""

from __future__ import annotations

import logging
from datetime import datetime

import dramatiq

from jobs.broker import get_broker

log = logging.getLogger(__name__)


@dramatiq.actor(broker=get_broker(), queue_name="sweeps", max_retries=3, time_limit=300_000)
async def run_sweep(name: str, now: str) -> None:
    """Run the registered sweep ``name`` as of ``now`` (ISO 8601, from the scheduler)."""
    from jobs.scheduler import find_sweep, resolve

    sweep = find_sweep(name)
    try:
        function = resolve(sweep.target)
    except (ImportError, AttributeError):
        log.warning(
            "sweep target is missing; skipped", extra={"sweep": name, "target": sweep.target}
        )
        return
    result = await function(datetime.fromisoformat(now))
    log.info("sweep done", extra={"sweep": name, "result": result})


@dramatiq.actor(broker=get_broker(), queue_name="imports", max_retries=3, time_limit=1_800_000)
async def run_catalogue_import(import_id: int) -> None:
    """Check and store the catalogue spreadsheet of import ``import_id`` (C6)."""
    from domain.catalogue.imports import run_import

    status = await run_import(import_id)
    log.info("catalogue import done", extra={"import_id": import_id, "status": status})


@dramatiq.actor(
    broker=get_broker(),
    queue_name="reminders",
    max_retries=8,
    min_backoff=5_000,
    max_backoff=600_000,
    time_limit=120_000,
    throws=(LookupError,),  # an unknown delivery (a stale message): not retried
)
async def send_delivery(delivery_id: int) -> None:
    """Send reminder delivery ``delivery_id`` once (M1); raises to be retried with backoff."""
    from domain.reminders.services import deliver
    from jobs.reminders import reminder_lease, reminder_senders

    status = await deliver(delivery_id, reminder_senders(), lease=reminder_lease())
    log.info("delivery done", extra={"delivery_id": delivery_id, "status": status})
