"""Fan-out of events to subscribers: in memory in one process, Redis across processes.

One small interface of our own (see ARCHITECTURE.md): ``publish(channel, message)``
and ``subscribe(channel)``, an async iterator of messages. Messages are small JSON
objects carrying ids; subscribers load what they need and check permissions.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol

import orjson
import redis.asyncio as redis

log = logging.getLogger(__name__)


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


class RedisPubSub:
    """Across processes: every API process publishes to and subscribes on one Redis.

    Each subscriber holds its own Redis pub/sub connection (a WebSocket has at
    most a few subscriptions), so a slow subscriber never stalls another.
    ``subscribe`` returns once Redis confirmed the subscription: a message
    published after that reaches it.
    """

    def __init__(self, url: str, *, prefix: str = "shenguan:") -> None:
        self._redis = redis.from_url(url)
        self._prefix = prefix

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        await self._redis.publish(self._prefix + channel, orjson.dumps(message))

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[AsyncIterator[dict[str, Any]]]:
        pubsub = self._redis.pubsub()
        try:
            await pubsub.subscribe(self._prefix + channel)
            while True:  # wait for the confirmation before handing the iterator out
                confirmation = await pubsub.get_message(timeout=5.0)
                if confirmation is None:
                    raise TimeoutError(f"Redis did not confirm the subscription to {channel!r}")
                if confirmation["type"] == "subscribe":
                    break

            async def messages() -> AsyncIterator[dict[str, Any]]:
                while True:
                    raw = await pubsub.get_message(ignore_subscribe_messages=True, timeout=None)
                    if raw is None or raw["type"] != "message":
                        continue
                    try:
                        message = orjson.loads(raw["data"])
                    except orjson.JSONDecodeError:
                        log.warning("dropped a non-JSON message on channel %s", channel)
                        continue
                    yield message

            yield messages()
        finally:
            await pubsub.aclose()

    async def close(self) -> None:
        await self._redis.aclose()


def pubsub_for(redis_url: str | None) -> PubSub:
    """Redis when a URL is configured, in-memory otherwise."""
    return RedisPubSub(redis_url) if redis_url else MemoryPubSub()


_pubsub: PubSub = MemoryPubSub()


def get_pubsub() -> PubSub:
    return _pubsub


def set_pubsub(pubsub: PubSub) -> PubSub:
    global _pubsub
    previous, _pubsub = _pubsub, pubsub
    return previous
