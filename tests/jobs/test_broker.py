"""Messages through each broker: the in-process one (embedded default) and the real ones."""

from __future__ import annotations

import asyncio
import threading
import uuid

import dramatiq
import pytest
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware.asyncio import AsyncIO
from tortoise import Tortoise

from domain.transaction import transaction
from jobs.broker import make_broker, send_after_commit
from jobs.worker import EmbeddedWorker


def test_the_broker_is_chosen_by_the_url_scheme():
    assert isinstance(make_broker(None), StubBroker)
    assert isinstance(make_broker("redis://127.0.0.1:6379/0"), RedisBroker)
    assert isinstance(make_broker("amqp://guest:guest@127.0.0.1:5672//"), RabbitmqBroker)
    with pytest.raises(ValueError):
        make_broker("kafka://127.0.0.1:9092")


async def test_in_process_worker_runs_async_actors_on_the_service_loop(db: str):
    """Embedded default: the actor runs on this loop, with this process's database."""
    broker = make_broker(None)
    done: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
    loop = asyncio.get_running_loop()

    async def probe(label: str) -> None:
        assert asyncio.get_running_loop() is loop
        _, rows = await Tortoise.get_connection("default").execute_query("SELECT 41 + 1 AS n")
        await done.put((label, rows[0]["n"]))

    actor = dramatiq.actor(probe, broker=broker, actor_name=f"probe_{uuid.uuid4().hex[:8]}")
    worker = EmbeddedWorker(broker, threads=1)
    await worker.start()
    try:
        # enqueued only once the transaction commits; dropped with a rollback
        with pytest.raises(RuntimeError):
            async with transaction():
                await send_after_commit(actor, "rolled back")
                raise RuntimeError("rollback")
        async with transaction():
            await send_after_commit(actor, "committed")
            assert done.empty()
        assert await asyncio.wait_for(done.get(), timeout=10) == ("committed", 42)
        await asyncio.sleep(0.3)
        assert done.empty()
    finally:
        await worker.stop()


def test_a_message_goes_through_the_real_broker(broker_url: str):
    broker = make_broker(broker_url)
    broker.add_middleware(AsyncIO())
    received: list[str] = []
    arrived = threading.Event()
    queue = f"test_{uuid.uuid4().hex[:10]}"

    async def echo(token: str) -> None:
        await asyncio.sleep(0)
        received.append(token)
        arrived.set()

    actor = dramatiq.actor(echo, broker=broker, queue_name=queue, actor_name=f"echo_{queue}")
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=100)
    worker.start()
    try:
        token = uuid.uuid4().hex
        actor.send(token)
        assert arrived.wait(timeout=20), "the message did not come back through the broker"
        assert received == [token]
    finally:
        worker.stop()
        broker.flush_all()
        broker.close()
