"""The scheduler: a loop that runs the registered sweeps when they are due.

A sweep is periodic work over rows that fell due (``due_at`` columns): every ``every``
the scheduler sends one ``run_sweep`` message, and a worker calls the sweep's domain
function with the time of the tick; the function fans out one message per row if it
needs to. The scheduler never does the work itself, and never enqueues far-future
messages.

Only one scheduler acts at a time, however many are started: each tries to hold a
leader lock (Redis lock with a TTL renewed every tick when Redis is configured, a
PostgreSQL session advisory lock otherwise, a file lock beside the SQLite database in
the embedded default) and only the holder sends anything.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from domain.clock import utc_now
from jobs.locks import LeaderLock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sweep:
    name: str
    every: timedelta
    # "module:function"; the function is ``async def f(now: datetime) -> Any``.
    target: str


# The registry. Later areas add reminder sweeps over their ``due_at`` indexes here.
SWEEPS: list[Sweep] = [
    Sweep(
        "purge_expired_sessions",
        timedelta(minutes=10),
        "domain.accounts.sessions:purge_expired_sessions",
    ),
    # The live task stream's due-soon / overdue events (A2), each once.
    Sweep(
        "signal_linkage_due",
        timedelta(minutes=1),
        "domain.linkage.services.due_events:signal_due",
    ),
    # Reminders (M1): make the due ones, one send_delivery message per delivery.
    Sweep("send_reminders", timedelta(seconds=30), "jobs.reminders:send_due_reminders"),
]


def find_sweep(name: str) -> Sweep:
    for sweep in SWEEPS:
        if sweep.name == name:
            return sweep
    raise LookupError(f"no sweep named {name!r}")


def resolve(target: str) -> Callable[[datetime], Awaitable[Any]]:
    module_name, _, function = target.partition(":")
    return getattr(importlib.import_module(module_name), function)  # type: ignore[no-any-return]


async def send_run_sweep(sweep: Sweep, now: datetime) -> None:
    """Default dispatch: one message for a worker to run the sweep."""
    from jobs.actors import run_sweep

    run_sweep.send(sweep.name, now.isoformat())


Dispatch = Callable[[Sweep, datetime], Awaitable[None]]


class Scheduler:
    def __init__(
        self,
        lock: LeaderLock,
        *,
        sweeps: list[Sweep] | None = None,
        dispatch: Dispatch = send_run_sweep,
        tick: float = 5.0,
    ) -> None:
        self.lock = lock
        self.sweeps = SWEEPS if sweeps is None else sweeps
        self.dispatch = dispatch
        self.tick = tick
        self.is_leader = False
        self._last: dict[str, datetime] = {}

    async def step(self) -> list[str]:
        """One tick: keep or take the lead, then dispatch the sweeps that are due."""
        if self.is_leader:
            self.is_leader = await self.lock.renew()
            if not self.is_leader:
                log.warning("scheduler lost its leader lock")
                self._last.clear()
        if not self.is_leader:
            self.is_leader = await self.lock.acquire()
            if self.is_leader:
                log.info("scheduler is the leader")
        if not self.is_leader:
            return []
        now = utc_now()
        sent = []
        for sweep in self.sweeps:
            last = self._last.get(sweep.name)
            # A clock set back (the system clock stepped, the test clock reset) makes the
            # sweep due at once rather than after the jump back has been lived through.
            if last is not None and timedelta(0) <= now - last < sweep.every:
                continue
            try:
                await self.dispatch(sweep, now)
            except Exception:
                log.exception("could not dispatch sweep", extra={"sweep": sweep.name})
                continue
            self._last[sweep.name] = now
            sent.append(sweep.name)
        return sent

    async def run(self, stop: asyncio.Event) -> None:
        """Tick until ``stop`` is set; then give up the lead."""
        try:
            while not stop.is_set():
                try:
                    await self.step()
                except Exception:
                    log.exception("scheduler tick failed")
                    self.is_leader = False
                try:
                    await asyncio.wait_for(stop.wait(), timeout=self.tick)
                except TimeoutError:
                    pass
        finally:
            await self.lock.release()
            self.is_leader = False
