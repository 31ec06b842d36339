"""A probe schema for the convention tests: resolvers that count their calls, fail
on purpose or wait for pub/sub messages, served through the real app and view
(``create_app(..., schema=probe_schema())``) with the service's extensions."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncGenerator, AsyncIterator

import httpx
import pytest
import strawberry

from api.app import create_app
from api.schema import build_schema
from domain.errors import InvalidInput, NotFound
from shenguan.pubsub import get_pubsub
from shenguan.settings import Settings

CALLS: Counter[str] = Counter()


@strawberry.type
class Probe:
    depth: int

    @strawberry.field
    def child(self) -> Probe:
        CALLS["child"] += 1
        return Probe(depth=self.depth + 1)

    @strawberry.field
    def value(self) -> int:
        CALLS["value"] += 1
        return self.depth


@strawberry.type
class ProbeQuery:
    @strawberry.field
    def probe(self) -> Probe:
        CALLS["probe"] += 1
        return Probe(depth=0)

    @strawberry.field
    def boom(self) -> int:
        CALLS["boom"] += 1
        raise RuntimeError("secret internal detail 7f3a")

    @strawberry.field
    def missing(self) -> int:
        raise NotFound("部门不存在")

    @strawberry.field
    def invalid(self) -> int:
        raise InvalidInput("名称不能为空", field="name")


@strawberry.type
class ProbeMutation:
    @strawberry.mutation
    def touch(self) -> int:
        CALLS["touch"] += 1
        return CALLS["touch"]


@strawberry.type
class ProbeSubscription:
    @strawberry.subscription
    async def messages(self, channel: str) -> AsyncGenerator[str, None]:
        async with get_pubsub().subscribe(channel) as messages:
            async for message in messages:
                yield str(message["text"])

    @strawberry.subscription
    async def forever(self) -> AsyncGenerator[int, None]:
        await asyncio.Event().wait()
        yield 0  # pragma: no cover


def probe_schema() -> strawberry.Schema:
    return build_schema(query=ProbeQuery, mutation=ProbeMutation, subscription=ProbeSubscription)


def probe_app(settings: Settings, **limits: object):
    return create_app(settings, manage_db=False, schema=probe_schema(), **limits)  # type: ignore[arg-type]


@pytest.fixture(name="probe_client")
async def probe_client_fixture(db: str, settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the real app serving the probe schema (body limit 1000 bytes)."""
    CALLS.clear()
    app = probe_app(settings, max_body=1000)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
