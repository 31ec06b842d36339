"""The live task stream through /graphql over WebSocket (graphql-transport-ws): a
department's events only (A2), every event for the coordinator; resume with the cursor:
the missed events in order, once, then live ones."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from httpx_ws import WebSocketDisconnect, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from api.linkage.subscriptions import TaskStreamEventKind
from domain.linkage.rules import LinkageEventKind
from domain.linkage.services import claims
from domain.linkage.services.common import ALL_CHANNEL, channel
from shenguan.pubsub import get_pubsub
from shenguan.settings import Settings
from tests.catalogue_factories import County
from tests.factories import make_api_token, make_session
from tests.linkage_factories import Catalogue, make_linked_county, record

pytestmark = pytest.mark.usefixtures("db", "clock")

PROTOCOL = "graphql-transport-ws"
STREAM = """
subscription Stream($after: String) {
  taskStream(after: $after) {
    cursor kind occurredAt department { code }
    push { documentNumber status department { code } }
    task { id status }
  }
}
"""


@asynccontextmanager
async def connected(settings: Settings, payload: dict[str, Any]) -> AsyncIterator[Any]:
    from api.app import create_app

    app = create_app(settings, manage_db=False)
    async with (
        httpx.AsyncClient(transport=ASGIWebSocketTransport(app), base_url="http://test") as c,
        aconnect_ws("/graphql", c, subprotocols=[PROTOCOL]) as ws,
    ):
        await ws.send_json({"type": "connection_init", "payload": payload})
        assert (await asyncio.wait_for(ws.receive_json(), 5))["type"] == "connection_ack"
        yield ws


@asynccontextmanager
async def streaming(
    settings: Settings, payload: dict[str, Any], after: str | None = None
) -> AsyncIterator[Any]:
    async with connected(settings, payload) as ws:
        await ws.send_json(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {"query": STREAM, "variables": {"after": after}},
            }
        )
        yield ws


async def next_event(ws: Any) -> dict[str, Any]:
    message = await asyncio.wait_for(ws.receive_json(), 5)
    assert message["type"] == "next", message
    assert "errors" not in message["payload"], message
    return message["payload"]["data"]["taskStream"]  # type: ignore[no-any-return]


async def subscribed(name: str) -> None:
    """Until the in-memory pub/sub has a subscriber on channel ``name``."""
    for _ in range(200):
        if get_pubsub()._queues.get(name):  # type: ignore[attr-defined]
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"nobody subscribed to {name}")


async def session(county: County, username: str) -> dict[str, Any]:
    return {"sessionToken": await make_session(county.users[username])}


async def returned_to_zjj(county: County, catalogue: Catalogue, number: str, serial: int) -> int:
    """A push SCJ returns and the coordinator reassigns to ZJJ (events of SCJ, the
    coordination group, then ZJJ)."""
    push = await record(county, catalogue, number, serial=serial)
    await claims.return_push(county.actor("scj.sup"), push.id, "不属于本部门")
    await claims.reassign_push(county.actor("coordinator"), push.id, county.zjj.id)
    return push.id


def test_a2_every_event_kind_has_a_graphql_value() -> None:
    assert {k.value for k in TaskStreamEventKind} == {k.value for k in LinkageEventKind}


async def test_a2_supervisor_gets_task_created_of_their_department_and_nothing_of_another(
    settings: Settings,
) -> None:
    county, catalogue = await make_linked_county()
    ours = await record(county, catalogue, "BK-SCJ", serial=1)
    theirs = await returned_to_zjj(county, catalogue, "BK-ZJJ", serial=2)
    theirs_too = await returned_to_zjj(county, catalogue, "BK-ZJJ-2", serial=3)
    async with streaming(settings, await session(county, "scj.sup")) as ws:
        await subscribed(channel(county.scj.id))
        await claims.claim_push(county.actor("zjj.sup"), theirs)  # ZJJ's TASK_CREATED
        await claims.claim_push(county.actor("scj.sup"), ours.id)
        event = await next_event(ws)
        assert event["kind"] == "TASK_CREATED"
        assert event["department"] == {"code": "SCJ"}
        assert event["push"] == {
            "documentNumber": "BK-SCJ",
            "status": "CLAIMED",
            "department": {"code": "SCJ"},
        }
        assert event["task"]["status"] == "IN_PROGRESS"
        # Nothing of ZJJ before it (above), nor after it: the next is SCJ's next event.
        await claims.claim_push(county.actor("zjj.sup"), theirs_too)
        await record(county, catalogue, "BK-SCJ-2", serial=4)
        event = await next_event(ws)
        assert (event["kind"], event["push"]["documentNumber"]) == ("PUSH_RECEIVED", "BK-SCJ-2")


async def test_a2_resume_with_the_cursor_gets_the_missed_events_in_order_once_then_live(
    settings: Settings,
) -> None:
    county, catalogue = await make_linked_county()
    payload = await session(county, "scj.sup")
    async with streaming(settings, payload) as ws:
        await subscribed(channel(county.scj.id))
        await record(county, catalogue, "BK-1", serial=1)
        first = await next_event(ws)
    assert (first["kind"], first["push"]["documentNumber"]) == ("PUSH_RECEIVED", "BK-1")

    # Disconnected meanwhile: SCJ's events happen, and ZJJ's, which are not SCJ's.
    second = await record(county, catalogue, "BK-2", serial=2)
    await claims.claim_push(county.actor("scj.sup"), second.id)
    await returned_to_zjj(county, catalogue, "BK-Z", serial=3)

    async with streaming(settings, payload, after=first["cursor"]) as ws:
        missed = [await next_event(ws) for _ in range(3)]
        assert [(e["kind"], e["department"]["code"]) for e in missed] == [
            ("PUSH_RECEIVED", "SCJ"),
            ("TASK_CREATED", "SCJ"),
            ("PUSH_RECEIVED", "SCJ"),  # BK-Z reached SCJ first ...
        ]
        assert [e["push"] and e["push"]["documentNumber"] for e in missed] == [
            "BK-2",
            "BK-2",
            None,  # ... but is ZJJ's now: SCJ may no longer read it
        ]
        await subscribed(channel(county.scj.id))
        await record(county, catalogue, "BK-4", serial=4)
        live = await next_event(ws)
        assert (live["kind"], live["push"]["documentNumber"]) == ("PUSH_RECEIVED", "BK-4")
    cursors = [int(e["cursor"]) for e in [first, *missed, live]]
    assert cursors == sorted(set(cursors))  # in order, none twice


async def test_a2_resume_with_exactly_two_missed_events(settings: Settings) -> None:
    county, catalogue = await make_linked_county()
    payload = await session(county, "scj.admin")
    async with streaming(settings, payload) as ws:
        await subscribed(channel(county.scj.id))
        await record(county, catalogue, "BK-1", serial=1)
        first = await next_event(ws)
    await record(county, catalogue, "BK-2", serial=2)
    await record(county, catalogue, "BK-3", serial=3)
    async with streaming(settings, payload, after=first["cursor"]) as ws:
        missed = [(await next_event(ws))["push"]["documentNumber"] for _ in range(2)]
        assert missed == ["BK-2", "BK-3"]
        await subscribed(channel(county.scj.id))
        await record(county, catalogue, "BK-4", serial=4)
        assert (await next_event(ws))["push"]["documentNumber"] == "BK-4"  # nothing repeated


EVERYTHING = [("PUSH_RECEIVED", "SCJ"), ("PUSH_RETURNED", None), ("PUSH_RECEIVED", "ZJJ")]


def department_kinds(events: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return [(e["kind"], (e["department"] or {}).get("code")) for e in events]


async def test_a2_coordinator_and_auditor_get_every_event_with_the_coordination_groups(
    settings: Settings,
) -> None:
    county, catalogue = await make_linked_county()
    await returned_to_zjj(county, catalogue, "BK-1", serial=1)
    async with (
        streaming(settings, await session(county, "coordinator"), after="0") as coordinator,
        streaming(settings, await session(county, "auditor"), after="0") as auditor,
    ):
        for ws in (coordinator, auditor):
            assert department_kinds([await next_event(ws) for _ in EVERYTHING]) == EVERYTHING
        await subscribed(ALL_CHANNEL)
        await record(county, catalogue, "BK-2", serial=2)
        for ws in (coordinator, auditor):
            live = await next_event(ws)
            assert (live["kind"], live["push"]["documentNumber"]) == ("PUSH_RECEIVED", "BK-2")


async def test_a2_a_department_token_gets_its_departments_events(settings: Settings) -> None:
    county, catalogue = await make_linked_county()
    token = await make_api_token(department=county.zjj)
    push_id = await returned_to_zjj(county, catalogue, "BK-1", serial=1)
    async with streaming(settings, {"authorization": f"Bearer {token}"}, after="0") as ws:
        assert department_kinds([await next_event(ws)]) == [("PUSH_RECEIVED", "ZJJ")]
        await subscribed(channel(county.zjj.id))
        await record(county, catalogue, "BK-2", serial=2)  # SCJ's
        await claims.claim_push(county.actor("zjj.sup"), push_id)
        event = await next_event(ws)
        assert department_kinds([event]) == [("TASK_CREATED", "ZJJ")]
        assert event["push"]["documentNumber"] == "BK-1"


async def test_a2_anonymous_is_refused(settings: Settings) -> None:
    from api.app import create_app

    app = create_app(settings, manage_db=False)
    async with (
        httpx.AsyncClient(transport=ASGIWebSocketTransport(app), base_url="http://test") as c,
        aconnect_ws("/graphql", c, subprotocols=[PROTOCOL]) as ws,
    ):
        await ws.send_json({"type": "connection_init", "payload": {}})
        with pytest.raises(WebSocketDisconnect) as closed:
            await asyncio.wait_for(ws.receive_json(), 5)
    assert closed.value.code == 4403


async def _error_code(settings: Settings, payload: dict[str, Any], after: str | None) -> str:
    async with streaming(settings, payload, after=after) as ws:
        message = await asyncio.wait_for(ws.receive_json(), 5)
    assert message["type"] in ("error", "next"), message
    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    return errors[0]["extensions"]["code"]  # type: ignore[no-any-return]


async def test_a2_bad_cursor_is_invalid_input_and_the_system_admin_is_denied(
    settings: Settings,
) -> None:
    county, _ = await make_linked_county()
    supervisor = await session(county, "scj.sup")
    for cursor in ("abc", "-1", "1.5", "99999999999999999999"):
        assert await _error_code(settings, supervisor, cursor) == "INVALID_INPUT"
    assert await _error_code(settings, await session(county, "admin"), None) == (
        "PERMISSION_DENIED"
    )
