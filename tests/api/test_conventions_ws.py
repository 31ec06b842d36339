"""GraphQL over WebSocket: graphql-transport-ws only, init timeout, subscription limit,
authentication in the connection-init payload."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta

import httpx
import pytest
from httpx_ws import WebSocketDisconnect, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from domain.accounts.actor import Role
from shenguan.pubsub import MemoryPubSub, get_pubsub, set_pubsub
from shenguan.settings import Settings
from tests.api.probe import probe_app
from tests.factories import make_api_token, make_department, make_session, make_user

PROTOCOL = "graphql-transport-ws"


@asynccontextmanager
async def ws_client(settings: Settings, **limits: object) -> AsyncIterator[httpx.AsyncClient]:
    app = probe_app(settings, **limits)
    async with httpx.AsyncClient(
        transport=ASGIWebSocketTransport(app), base_url="http://testserver"
    ) as client:
        yield client


async def closed_code(receive: Callable) -> int:
    with pytest.raises(WebSocketDisconnect) as closed:
        await asyncio.wait_for(receive(), 5)
    return closed.value.code


async def test_legacy_graphql_ws_protocol_is_refused(db: str, settings: Settings) -> None:
    async with ws_client(settings) as client:
        async with aconnect_ws("/graphql", client, subprotocols=["graphql-ws"]) as ws:
            assert await closed_code(ws.receive_json) == 4406


async def test_no_connection_init_within_timeout_closes_4408(db: str, settings: Settings) -> None:
    async with ws_client(settings, ws_init_timeout=timedelta(milliseconds=300)) as client:
        async with aconnect_ws("/graphql", client, subprotocols=[PROTOCOL]) as ws:
            assert ws.subprotocol == PROTOCOL
            assert await closed_code(ws.receive_json) == 4408


async def test_connection_without_credentials_is_closed_4403(db: str, settings: Settings) -> None:
    async with ws_client(settings) as client:
        async with aconnect_ws("/graphql", client, subprotocols=[PROTOCOL]) as ws:
            await ws.send_json({"type": "connection_init", "payload": {}})
            assert await closed_code(ws.receive_json) == 4403


async def _init(ws, payload: dict) -> dict:
    await ws.send_json({"type": "connection_init", "payload": payload})
    return await asyncio.wait_for(ws.receive_json(), 5)


async def test_api_token_in_connection_init_is_acknowledged(db: str, settings: Settings) -> None:
    secret = await make_api_token()
    async with ws_client(settings) as client:
        async with aconnect_ws("/graphql", client, subprotocols=[PROTOCOL]) as ws:
            assert await _init(ws, {"authorization": f"Bearer {secret}"}) == {
                "type": "connection_ack"
            }


async def test_wrong_api_token_is_closed_4403(db: str, settings: Settings) -> None:
    await make_api_token()
    async with ws_client(settings) as client:
        async with aconnect_ws("/graphql", client, subprotocols=[PROTOCOL]) as ws:
            await ws.send_json(
                {"type": "connection_init", "payload": {"authorization": "Bearer sgt_wrong"}}
            )
            assert await closed_code(ws.receive_json) == 4403


async def test_session_in_connection_init_is_acknowledged(db: str, settings: Settings) -> None:
    user = await make_user("ws.user", {Role.SUPERVISOR}, await make_department("SCJ"))
    session_token = await make_session(user)
    async with ws_client(settings) as client:
        async with aconnect_ws("/graphql", client, subprotocols=[PROTOCOL]) as ws:
            assert await _init(ws, {"sessionToken": session_token}) == {"type": "connection_ack"}


async def test_subscription_receives_published_messages(db: str, settings: Settings) -> None:
    secret = await make_api_token()
    previous = set_pubsub(MemoryPubSub())
    try:
        async with ws_client(settings) as client:
            async with aconnect_ws("/graphql", client, subprotocols=[PROTOCOL]) as ws:
                await _init(ws, {"authorization": f"Bearer {secret}"})
                await ws.send_json(
                    {
                        "id": "1",
                        "type": "subscribe",
                        "payload": {"query": 'subscription { messages(channel: "c1") }'},
                    }
                )
                for _ in range(100):  # until the subscriber is registered
                    if get_pubsub()._queues.get("c1"):  # type: ignore[attr-defined]
                        break
                    await asyncio.sleep(0.01)
                await get_pubsub().publish("c1", {"text": "你好"})
                message = await asyncio.wait_for(ws.receive_json(), 5)
                assert message == {
                    "id": "1",
                    "type": "next",
                    "payload": {"data": {"messages": "你好"}},
                }
    finally:
        set_pubsub(previous)


async def test_subscriptions_over_the_limit_are_refused(db: str, settings: Settings) -> None:
    secret = await make_api_token()
    async with ws_client(settings, max_subscriptions=2) as client:
        async with aconnect_ws("/graphql", client, subprotocols=[PROTOCOL]) as ws:
            await _init(ws, {"authorization": f"Bearer {secret}"})
            for i in range(3):
                await ws.send_json(
                    {
                        "id": str(i),
                        "type": "subscribe",
                        "payload": {"query": "subscription { forever }"},
                    }
                )
            refusal = await asyncio.wait_for(ws.receive_json(), 5)
            assert refusal["id"] == "2"
            assert refusal["type"] == "error"
            assert "limit" in refusal["payload"][0]["message"].lower()
            # The first two stay open: completing one frees a place for another.
            await ws.send_json({"id": "0", "type": "complete"})
            await asyncio.sleep(0.1)
            await ws.send_json(
                {"id": "3", "type": "subscribe", "payload": {"query": "subscription { forever }"}}
            )
            await ws.send_json({"type": "ping"})
            assert await asyncio.wait_for(ws.receive_json(), 5) == {"type": "pong"}
