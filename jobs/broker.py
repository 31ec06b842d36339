"""The Dramatiq broker, chosen by ``SHENGUAN_BROKER_URL``.

    redis://…   → RedisBroker
    amqp://…    → RabbitmqBroker
    unset       → an in-process StubBroker; ``shenguan serve`` runs its worker in-process

Actors are declared on :func:`get_broker` (see ``jobs/actors.py``); they take ids and call
one domain service. Domain code never sends a message itself while its transaction is
open: :func:`send_after_commit` queues the send for after COMMIT (dropped on rollback).
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import dramatiq
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import default_middleware

from domain.transaction import after_commit

_broker: dramatiq.Broker | None = None


def make_broker(broker_url: str | None) -> dramatiq.Broker:
    """A new broker for ``broker_url`` (None: in-process), without the AsyncIO middleware.

    The worker that consumes adds the AsyncIO middleware fitting its process
    (see ``jobs/worker.py``).
    """
    middleware = [m() for m in default_middleware]
    if broker_url is None:
        return StubBroker(middleware=middleware)
    if broker_url.startswith(("redis://", "rediss://")):
        from dramatiq.brokers.redis import RedisBroker

        return RedisBroker(url=broker_url, middleware=middleware)
    if broker_url.startswith(("amqp://", "amqps://")):
        from dramatiq.brokers.rabbitmq import RabbitmqBroker

        return RabbitmqBroker(url=amqp_url_for_pika(broker_url), middleware=middleware)
    raise ValueError(f"unsupported broker URL scheme: {broker_url.split(':', 1)[0]}")


def amqp_url_for_pika(url: str) -> str:
    """Accept the common ``amqp://host:5672//`` spelling of the default virtual host "/".

    pika reads the path after the first slash as the (percent-encoded) virtual host,
    so ``//`` would name an empty one; ``/%2F`` is what it needs.
    """
    parts = urlsplit(url)
    if parts.path == "//":
        return urlunsplit(parts._replace(path="/%2F"))
    return url


def get_broker() -> dramatiq.Broker:
    """The process's broker, made from the settings on first use."""
    global _broker
    if _broker is None:
        from shenguan.settings import load_settings

        set_broker(make_broker(load_settings().broker_url))
    assert _broker is not None
    return _broker


def set_broker(broker: dramatiq.Broker) -> dramatiq.Broker | None:
    """Install ``broker`` for this process (also as Dramatiq's global one)."""
    global _broker
    previous, _broker = _broker, broker
    dramatiq.set_broker(broker)
    return previous


async def send_after_commit(actor: dramatiq.Actor, *args: object, **kwargs: object) -> None:
    """Enqueue ``actor(*args, **kwargs)`` once the current transaction commits."""

    async def send() -> None:
        actor.send(*args, **kwargs)

    await after_commit(send)
