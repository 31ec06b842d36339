"""Fan-out of events to subscribers: in memory in one process, Redis across processes.

One small interface of our own (see ARCHITECTURE.md): ``publish(channel, message)``
and ``subscribe(channel)``, an async iterator of messages. Messages are small JSON
objects carrying ids; subscribers load what they need and check permissions.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol


class PubSub(Protocol):
    async def publish(self, channel: str, message: dict[str, Any]) -> None: ...

    def subscribe(self, channel: str) -> Any:
        """An async context manager yielding an async iterator of messages."""
        ...

    async def close(self) -> None: ...


class MemoryPubSub:
    """For the embedded default: subscribers in this process only."""

    def __init__(self, queue_size: int = 1000) -> None:
        self._queues: dict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)
        self._queue_size = queue_size

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        for queue in list(self._queues.get(channel, ())):
            if queue.full():  # a stalled subscriber loses its oldest message, not the process
                queue.get_nowait()
            queue.put_nowait(message)

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[AsyncIterator[dict[str, Any]]]:
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(self._queue_size)
        self._queues[channel].add(queue)

        async def messages() -> AsyncIterator[dict[str, Any]]:
            while True:
                yield await queue.get()

        try:
            yield messages()
        finally:
            self._queues[channel].discard(queue)
            if not self._queues[channel]:
                del self._queues[channel]

    async def close(self) -> None:
        self._queues.clear()


_pubsub: PubSub = MemoryPubSub()


def get_pubsub() -> PubSub:
    return _pubsub


def set_pubsub(pubsub: PubSub) -> PubSub:
    global _pubsub
    previous, _pubsub = _pubsub, pubsub
    return previous
