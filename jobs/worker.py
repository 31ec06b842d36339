"""Dramatiq workers: in-process (embedded default) or a process of their own.

Async actors run on an event loop through Dramatiq's AsyncIO middleware:

- in-process (``shenguan serve`` without a broker URL) on the service's own loop, where
  the database connections already live (:class:`SharedLoopAsyncIO`);
- in ``shenguan worker`` on a loop thread of the worker, which opens the database (and
  the pub/sub of ``SHENGUAN_REDIS_URL``, so that events raised by actors reach the API
  processes' subscribers) on that loop at boot and closes them at shutdown
  (:class:`DatabaseAsyncIO`).
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import threading

import dramatiq
from dramatiq.asyncio import EventLoopThread, get_event_loop_thread, set_event_loop_thread
from dramatiq.middleware import Middleware
from dramatiq.middleware.asyncio import AsyncIO

from shenguan import db
from shenguan.pubsub import PubSub, pubsub_for, set_pubsub

log = logging.getLogger(__name__)

# Modules that declare actors; imported before a worker starts.
ACTOR_MODULES = ["jobs.actors"]


class _ExistingLoop(EventLoopThread):
    """Dramatiq's loop handle, pointing at a loop that already runs in another thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.logger = log
        self.interrupt_check_ival = 0.1
        self.loop = loop  # not started, stopped or closed by Dramatiq

    def start(self, *, timeout: float | None = None) -> None:  # pragma: no cover - unused
        pass

    def stop(self) -> None:
        pass


class SharedLoopAsyncIO(Middleware):
    """Run async actors on ``loop`` (the embedded service's loop)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def before_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        set_event_loop_thread(_ExistingLoop(self.loop))

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        set_event_loop_thread(None)


class DatabaseAsyncIO(AsyncIO):
    """Dramatiq's AsyncIO middleware, with the database opened on its loop."""

    def __init__(self, database_url: str, redis_url: str | None = None) -> None:
        super().__init__()
        self.database_url = database_url
        self.redis_url = redis_url
        self._pubsub: PubSub | None = None

    async def _open(self) -> None:
        await db.init_db(self.database_url)
        self._pubsub = pubsub_for(self.redis_url)
        set_pubsub(self._pubsub)

    async def _close(self) -> None:
        if self._pubsub is not None:
            await self._pubsub.close()
        await db.close_db()

    def before_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        super().before_worker_boot(broker, worker)
        thread = get_event_loop_thread()
        assert thread is not None
        thread.run_coroutine(self._open())

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        thread = get_event_loop_thread()
        if thread is not None:
            thread.run_coroutine(self._close())
        super().after_worker_shutdown(broker, worker)


def import_actors() -> None:
    for module in ACTOR_MODULES:
        importlib.import_module(module)


def _replace_asyncio_middleware(broker: dramatiq.Broker, middleware: Middleware) -> None:
    broker.middleware[:] = [
        m for m in broker.middleware if not isinstance(m, AsyncIO | SharedLoopAsyncIO)
    ]
    broker.add_middleware(middleware)


class EmbeddedWorker:
    """A Dramatiq worker in the service's process, running async actors on its loop."""

    def __init__(self, broker: dramatiq.Broker, *, threads: int = 2) -> None:
        self.broker = broker
        self.threads = threads
        self.worker: dramatiq.Worker | None = None

    async def start(self) -> None:
        import_actors()
        _replace_asyncio_middleware(self.broker, SharedLoopAsyncIO(asyncio.get_running_loop()))
        self.worker = dramatiq.Worker(self.broker, worker_threads=self.threads, worker_timeout=100)
        # start() emits before_worker_boot; keep the loop free while threads come up
        await asyncio.to_thread(self.worker.start)
        log.info("in-process worker started", extra={"threads": self.threads})

    async def stop(self) -> None:
        if self.worker is None:
            return
        # Worker threads may be waiting on this loop: stop them from another thread.
        await asyncio.to_thread(self.worker.stop, 10_000)
        self.worker = None
        log.info("in-process worker stopped")


def run_worker_process(
    broker: dramatiq.Broker,
    database_url: str,
    stop: threading.Event,
    *,
    threads: int = 8,
    redis_url: str | None = None,
) -> None:
    """Consume ``broker``'s queues in this process until ``stop`` is set; events go out
    through Redis pub/sub when ``redis_url`` is given."""
    import_actors()
    _replace_asyncio_middleware(broker, DatabaseAsyncIO(database_url, redis_url))
    worker = dramatiq.Worker(broker, worker_threads=threads)
    worker.start()
    log.info(
        "worker started", extra={"threads": threads, "queues": sorted(broker.get_declared_queues())}
    )
    try:
        stop.wait()
    finally:
        worker.stop(timeout=30_000)
        log.info("worker stopped")
