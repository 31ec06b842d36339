"""Pub/sub: in memory within a process, through Redis across instances (processes)."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid

from api.app import create_app
from shenguan.pubsub import MemoryPubSub, PubSub, RedisPubSub, get_pubsub, pubsub_for
from shenguan.settings import Settings


async def _next(messages) -> dict:
    return await asyncio.wait_for(anext(messages), 5)


async def _round_trip(publisher: PubSub, subscriber: PubSub) -> None:
    channel = f"test.{uuid.uuid4().hex}"
    async with subscriber.subscribe(channel) as first, subscriber.subscribe(channel) as second:
        async with subscriber.subscribe(f"{channel}.other") as other:
            await publisher.publish(channel, {"id": 1, "名称": "部门"})
            await publisher.publish(channel, {"id": 2})
            for messages in (first, second):  # every subscriber gets every message, in order
                assert await _next(messages) == {"id": 1, "名称": "部门"}
                assert await _next(messages) == {"id": 2}
            nothing = asyncio.ensure_future(_next(other))
            await asyncio.sleep(0.2)
            assert not nothing.done()
            nothing.cancel()


async def test_memory_pubsub_fans_out_within_a_process() -> None:
    pubsub = MemoryPubSub()
    await _round_trip(pubsub, pubsub)
    assert not pubsub._queues  # unsubscribed on exit


async def test_memory_pubsub_drops_the_oldest_message_of_a_stalled_subscriber() -> None:
    pubsub = MemoryPubSub(queue_size=2)
    async with pubsub.subscribe("c") as messages:
        for i in range(3):
            await pubsub.publish("c", {"i": i})
        assert [await _next(messages), await _next(messages)] == [{"i": 1}, {"i": 2}]


async def test_redis_pubsub_reaches_a_subscriber_of_another_instance(redis_url: str) -> None:
    publisher, subscriber = RedisPubSub(redis_url), RedisPubSub(redis_url)
    try:
        await _round_trip(publisher, subscriber)
    finally:
        await publisher.close()
        await subscriber.close()


def test_pubsub_is_chosen_from_the_redis_url() -> None:
    assert isinstance(pubsub_for(None), MemoryPubSub)
    assert isinstance(pubsub_for("redis://127.0.0.1:6379/0"), RedisPubSub)


async def test_app_lifespan_installs_the_configured_pubsub_and_restores_it(
    settings: Settings, redis_url: str
) -> None:
    configured = dataclasses.replace(settings, redis_url=redis_url)
    before = get_pubsub()
    app = create_app(configured, manage_db=False)
    async with app.router.lifespan_context(app):
        installed = get_pubsub()
        assert isinstance(installed, RedisPubSub)
        await _round_trip(RedisPubSub(redis_url), installed)
    assert get_pubsub() is before
    app = create_app(dataclasses.replace(settings, redis_url=None), manage_db=False)
    async with app.router.lifespan_context(app):
        assert isinstance(get_pubsub(), MemoryPubSub)
    assert get_pubsub() is before
