"""The live task stream: a resumable, ordered feed of a department's linkage events.

Events are rows of the outbox ``LinkageEvent`` (written in their use case's transaction,
after its first audit record), so the stream is the table read in ``id`` order; pub/sub
messages only say "there is something new". :func:`task_stream`:

1. subscribes to the pub/sub channel first (the department's, or ``linkage:all`` for
   those who see every department), so nothing committed from now on goes unnoticed
   (a notification's event, M1, is published on its user's department channel and on
   ``linkage:all``, and read from the table for its user only);
2. replays from the table every event after the cursor, in order;
3. on each message — and every ``POLL_SECONDS`` without one, in case a message was
   lost — reads the table again after the last event it yielded.

It never yields an id at or below the last one yielded, so a client that resumes with
the cursor of the last event it saw receives each missed event once, in order, then the
live ones. Order without gaps holds because ids commit in order: on PostgreSQL every
event is written under the audit chain's transaction lock (taken by the use case's first
audit record and held until COMMIT), on SQLite writes are serialised by the database.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from tortoise.expressions import Q

from domain.accounts.actor import Actor
from domain.accounts.policy import Operation, department_scope
from domain.errors import InvalidInput, PermissionDenied
from domain.linkage.models import LinkageEvent
from domain.linkage.services.common import ALL_CHANNEL, channel
from shenguan.pubsub import get_pubsub

BATCH_SIZE = 500  # events read per query while catching up
POLL_SECONDS = 30.0  # read the table at least this often, even without a message
CURSOR_MAX = 2**63 - 1  # LinkageEvent.id is a BIGINT


def parse_cursor(cursor: str | None) -> int | None:
    """The event id of a cursor (the decimal id, as ``TaskStreamEvent.cursor`` gives it);
    None for no cursor. ``InvalidInput`` (field ``after``) otherwise."""
    if cursor is None:
        return None
    text = cursor.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 19 or int(text) > CURSOR_MAX:
        raise InvalidInput(f"不是有效的事件游标：{cursor[:40]}", field="after")
    return int(text)


def stream_scope(actor: Actor) -> frozenset[int] | None:
    """Whose events ``actor`` receives: a department's people (approval officer,
    supervisor, department admin) and a department's API token their department's; the
    coordinator and the auditor (and an unlimited token) every event, the coordination
    group's included (None). Anonymous: ``NotAuthenticated``; anyone else (the system
    administrator reads no business records): ``PermissionDenied``."""
    scope = department_scope(actor, Operation.READ_RECORDS)
    if scope is not None and not scope:
        raise PermissionDenied("您无权订阅任务动态。")
    return scope


def _channel(scope: frozenset[int] | None) -> str:
    if scope is None:
        return ALL_CHANNEL
    (department_id,) = scope  # a person or a token acts for one department
    return channel(department_id)


async def events_after(
    scope: frozenset[int] | None,
    after_id: int,
    limit: int = BATCH_SIZE,
    *,
    user_id: int | None = None,
) -> list[LinkageEvent]:
    """The events of ``scope`` after ``after_id``, in order (index: department, id).

    An event for one user (a notification, M1: ``LinkageEvent.user_id``) goes to that
    user only, whatever the scope: not to the rest of the department, nor to the
    coordinator or the auditor who see every department's events."""
    queryset = LinkageEvent.filter(id__gt=after_id)
    everyone = Q(user_id__isnull=True)
    if scope is not None:
        everyone = Q(everyone, Q(department_id__in=sorted(scope)))
    queryset = queryset.filter(everyone if user_id is None else everyone | Q(user_id=user_id))
    return list(await queryset.order_by("id").limit(limit))


async def latest_event_id() -> int:
    """The id of the newest event (0 when there is none): where a stream without a
    cursor starts."""
    latest = await LinkageEvent.all().order_by("-id").first().values_list("id", flat=True)
    return int(latest or 0)  # type: ignore[call-overload]


class _Wakeups:
    """Messages of a channel as a flag: a pump task reads them and sets an event."""

    def __init__(self, messages: AsyncIterator[dict[str, Any]]) -> None:
        self._event = asyncio.Event()
        self._task = asyncio.create_task(self._pump(messages))

    async def _pump(self, messages: AsyncIterator[dict[str, Any]]) -> None:
        async for _ in messages:  # the message's ids are not trusted: the table is read
            self._event.set()

    async def wait(self, seconds: float) -> None:
        """Until a message came (or ``seconds`` passed); re-raises a failure of the pub/sub
        connection, so that the subscription ends and the client resumes elsewhere."""
        if self._task.done():
            self._task.result()
            raise ConnectionError("the pub/sub subscription ended")
        waiter = asyncio.create_task(self._event.wait())
        try:
            await asyncio.wait(
                {waiter, self._task}, timeout=seconds, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            waiter.cancel()
        self._event.clear()
        if self._task.done():
            self._task.result()
            raise ConnectionError("the pub/sub subscription ended")

    async def close(self) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task


async def task_stream(
    actor: Actor, after: int | None, *, poll_seconds: float | None = None
) -> AsyncIterator[LinkageEvent]:
    """The events ``actor`` may receive after event ``after`` (None: from now on), then
    live ones, in order and each once (see the module's docstring)."""
    scope = stream_scope(actor)
    poll = POLL_SECONDS if poll_seconds is None else poll_seconds
    async with get_pubsub().subscribe(_channel(scope)) as messages:
        wakeups = _Wakeups(messages)
        try:
            last = await latest_event_id() if after is None else after
            while True:
                while True:  # catch up from the table
                    batch = await events_after(scope, last, user_id=actor.user_id)
                    for event in batch:
                        if event.id <= last:  # never again, never backwards
                            continue
                        last = event.id
                        yield event
                    if len(batch) < BATCH_SIZE:
                        break
                await wakeups.wait(poll)
        finally:
            await wakeups.close()
