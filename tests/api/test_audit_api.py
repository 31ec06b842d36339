"""A1 through /graphql: who reads which audit trail, and the auditors' event stream."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from httpx_ws import aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from api.relay import to_global_id
from domain.accounts.actor import SYSTEM, Actor, DepartmentKind, Role
from domain.accounts.services import create_department, create_user
from domain.accounts.sessions import login
from domain.audit import services as audit
from domain.clock import FixedClock
from domain.transaction import transaction
from shenguan.settings import Settings

PASSWORD = "Baokang2026pw"
SESSION_COOKIE = "sg_session"

TRAIL = """
query Trail($type: String!, $id: ID!, $first: Int, $after: String) {
  auditTrail(targetType: $type, targetId: $id, first: $first, after: $after) {
    edges { cursor node { id seq action targetType targetId actorUsername
                          before after prevHash hash department { code } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

EVENTS = """
query Events($filter: AuditEventFilter) {
  auditEvents(filter: $filter, first: 100) { nodes { seq action targetType targetId } }
}
"""


@dataclass
class World:
    scj: int  # 县市场监督管理局
    zjj: int  # 县住房和城乡建设局
    sessions: dict[str, str]


async def make_world(*usernames: str) -> World:
    """Three departments and the named users (each signed in: argon2 is slow, so few)."""
    scj = await create_department(
        SYSTEM, code="SCJ", name="保康县市场监督管理局", kind=DepartmentKind.SUPERVISION
    )
    zjj = await create_department(
        SYSTEM, code="ZJJ", name="保康县住房和城乡建设局", kind=DepartmentKind.SUPERVISION
    )
    xtz = await create_department(
        SYSTEM, code="XTZ", name="保康县放管服改革协调小组", kind=DepartmentKind.COORDINATION
    )
    people = {
        "auditor": (None, Role.AUDITOR),
        "coordinator": (xtz.id, Role.COORDINATOR),
        "scj_supervisor": (scj.id, Role.SUPERVISOR),
        "zjj_supervisor": (zjj.id, Role.SUPERVISOR),
        "sysadmin": (None, Role.SYSTEM_ADMIN),
    }
    sessions = {}
    for username in usernames:
        department_id, role = people[username]
        await create_user(
            SYSTEM,
            username=username,
            display_name=username,
            department_id=department_id,
            roles=[role],
            password=PASSWORD,
        )
        sessions[username] = (await login(username, PASSWORD)).session_token
    return World(scj=scj.id, zjj=zjj.id, sessions=sessions)


async def record_push_events(world: World, push_id: int, n: int) -> None:
    actor = Actor(user_id=None, username="scj_supervisor", department_id=world.scj)
    for i in range(n):
        async with transaction():
            await audit.record(
                actor,
                "push.update",
                target_type="Push",
                target_id=push_id,
                before={"version": i},
                after={"version": i + 1},
            )


async def gql(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any],
    as_user: str | None,
    world: World,
) -> dict[str, Any]:
    client.cookies.clear()
    if as_user:
        client.cookies.set(SESSION_COOKIE, world.sessions[as_user])
    response = await client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    return response.json()


def trail_nodes(body: dict[str, Any]) -> list[dict[str, Any]]:
    assert "errors" not in body, body
    return [edge["node"] for edge in body["data"]["auditTrail"]["edges"]]


@pytest.mark.parametrize(
    ("user", "sees"),
    [
        ("auditor", True),
        ("coordinator", True),
        ("scj_supervisor", True),
        ("zjj_supervisor", False),
        ("sysadmin", False),
    ],
)
async def test_a1_audit_trail_permission_matrix(
    client: httpx.AsyncClient, clock: FixedClock, user: str, sees: bool
) -> None:
    world = await make_world(user)
    await record_push_events(world, push_id=42, n=2)
    body = await gql(client, TRAIL, {"type": "Push", "id": "42"}, user, world)
    nodes = trail_nodes(body)
    if sees:
        assert [n["action"] for n in nodes] == ["push.update", "push.update"]
        assert nodes[0]["department"] == {"code": "SCJ"}
        assert nodes[1]["prevHash"] == nodes[0]["hash"]
        assert nodes[1]["before"] == {"version": 1} and nodes[1]["after"] == {"version": 2}
    else:
        assert nodes == []


async def test_a1_audit_trail_needs_a_signed_in_user(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    world = await make_world()
    body = await gql(client, TRAIL, {"type": "Push", "id": "42"}, None, world)
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"


async def test_a1_audit_trail_accepts_a_global_id_and_shows_recorded_changes(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    """The accounts area's own events: creating a department is on its trail."""
    world = await make_world("auditor")
    department_id = to_global_id("Department", world.scj)
    body = await gql(client, TRAIL, {"type": "Department", "id": department_id}, "auditor", world)
    (created,) = trail_nodes(body)
    assert created["action"] == "department.create"
    assert created["targetId"] == str(world.scj)
    assert created["actorUsername"] == "system"
    assert created["before"] is None and created["after"]["code"] == "SCJ"


async def test_a1_audit_trail_pages_in_seq_order(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    world = await make_world("auditor")
    await record_push_events(world, push_id=7, n=5)
    seen: list[int] = []
    after = None
    for _ in range(3):
        body = await gql(
            client, TRAIL, {"type": "Push", "id": "7", "first": 2, "after": after}, "auditor", world
        )
        seen += [n["seq"] for n in trail_nodes(body)]
        page = body["data"]["auditTrail"]["pageInfo"]
        after = page["endCursor"]
        if not page["hasNextPage"]:
            break
    assert len(seen) == 5 and seen == sorted(seen)


async def test_a1_node_query_hides_other_departments_events(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    world = await make_world("auditor", "scj_supervisor", "zjj_supervisor")
    await record_push_events(world, push_id=9, n=1)
    body = await gql(client, TRAIL, {"type": "Push", "id": "9"}, "auditor", world)
    event_id = trail_nodes(body)[0]["id"]
    query = "query($id: ID!) { node(id: $id) { ... on AuditEvent { seq action } } }"
    own = await gql(client, query, {"id": event_id}, "scj_supervisor", world)
    assert own["data"]["node"]["action"] == "push.update"
    other = await gql(client, query, {"id": event_id}, "zjj_supervisor", world)
    assert other["data"]["node"] is None


async def test_a1_audit_events_are_for_auditors_with_filters(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    world = await make_world("auditor", "coordinator", "scj_supervisor")
    await record_push_events(world, push_id=3, n=2)
    body = await gql(client, EVENTS, {"filter": {"actionPrefix": "push."}}, "auditor", world)
    assert [n["action"] for n in body["data"]["auditEvents"]["nodes"]] == ["push.update"] * 2
    body = await gql(
        client,
        EVENTS,
        {"filter": {"departmentId": to_global_id("Department", world.zjj)}},
        "auditor",
        world,
    )
    assert {(n["targetType"], n["targetId"]) for n in body["data"]["auditEvents"]["nodes"]} >= {
        ("Department", str(world.zjj))
    }
    assert all(n["action"] != "push.update" for n in body["data"]["auditEvents"]["nodes"])
    for user in ("coordinator", "scj_supervisor"):
        denied = await gql(client, EVENTS, {}, user, world)
        assert denied["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


# ---- subscription ---------------------------------------------------------------

SUBSCRIBE = "subscription { auditEventRecorded { seq action targetId department { code } } }"


async def _subscribe(ws: Any, session_token: str) -> None:
    await ws.send_json({"type": "connection_init", "payload": {"sessionToken": session_token}})
    assert (await ws.receive_json())["type"] == "connection_ack"
    await ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIBE}})


async def test_a1_auditor_receives_newly_recorded_events(
    db: str, settings: Settings, clock: FixedClock
) -> None:
    from api.app import create_app

    world = await make_world("auditor")
    app = create_app(settings, manage_db=False)
    async with (
        httpx.AsyncClient(transport=ASGIWebSocketTransport(app), base_url="http://test") as c,
        aconnect_ws("/graphql", c, subprotocols=["graphql-transport-ws"]) as ws,
    ):
        await _subscribe(ws, world.sessions["auditor"])
        await asyncio.sleep(0.05)  # the resolver subscribes to pub/sub
        await record_push_events(world, push_id=77, n=1)
        message = await asyncio.wait_for(ws.receive_json(), 5)
    assert message["type"] == "next", message
    event = message["payload"]["data"]["auditEventRecorded"]
    assert event["action"] == "push.update" and event["targetId"] == "77"
    assert event["department"] == {"code": "SCJ"}


async def test_a1_non_auditor_subscription_is_rejected(
    db: str, settings: Settings, clock: FixedClock
) -> None:
    from api.app import create_app

    world = await make_world("scj_supervisor")
    app = create_app(settings, manage_db=False)
    async with (
        httpx.AsyncClient(transport=ASGIWebSocketTransport(app), base_url="http://test") as c,
        aconnect_ws("/graphql", c, subprotocols=["graphql-transport-ws"]) as ws,
    ):
        await _subscribe(ws, world.sessions["scj_supervisor"])
        message = await asyncio.wait_for(ws.receive_json(), 5)
    assert message["type"] in ("error", "next"), message
    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    assert errors[0]["extensions"]["code"] == "PERMISSION_DENIED"
