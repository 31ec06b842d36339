"""In-app reminders pushed through the task stream (M1) over WebSocket: a NOTIFICATION
event goes to its user only — not to the rest of the department, not to the coordinator
or the auditor who see every department's events — and carries the notification."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from httpx_ws import aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from api.relay import to_global_id
from domain.clock import utc_now
from domain.linkage.models import LinkageEvent
from domain.linkage.rules import LinkageEventKind
from domain.linkage.services.common import ALL_CHANNEL, channel
from domain.reminders.models import Channel, Delivery, DeliveryStatus, Reminder, ReminderStage
from domain.reminders.services import deliver
from shenguan.pubsub import get_pubsub
from shenguan.settings import Settings
from tests.catalogue_factories import County
from tests.factories import make_session
from tests.linkage_factories import make_linked_county, record

pytestmark = pytest.mark.usefixtures("db", "clock")

PROTOCOL = "graphql-transport-ws"
STREAM = """
subscription Stream($after: String) {
  taskStream(after: $after) {
    cursor kind department { code }
    push { documentNumber }
    notification { id title body read subjectType subjectId }
  }
}
"""


@asynccontextmanager
async def streaming(
    settings: Settings, county: County, username: str, after: str | None = None
) -> AsyncIterator[Any]:
    from api.app import create_app

    payload = {"sessionToken": await make_session(county.users[username])}
    app = create_app(settings, manage_db=False)
    async with (
        httpx.AsyncClient(transport=ASGIWebSocketTransport(app), base_url="http://test") as c,
        aconnect_ws("/graphql", c, subprotocols=[PROTOCOL]) as ws,
    ):
        await ws.send_json({"type": "connection_init", "payload": payload})
        assert (await asyncio.wait_for(ws.receive_json(), 5))["type"] == "connection_ack"
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


async def subscribed(name: str, count: int = 1) -> None:
    for _ in range(200):
        if len(get_pubsub()._queues.get(name) or ()) >= count:  # type: ignore[attr-defined]
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"not {count} subscribers on {name}")


async def notify(county: County, username: str, push_id: int, serial: int) -> int:
    """An in-app reminder of ``push_id`` for ``username``, delivered as the worker does
    (``domain.reminders.services.deliver``: notification, audit record, linkage event)."""
    user = county.users[username]
    push_deadline = f"push-{push_id}-{serial}"
    reminder = await Reminder.create(
        key=push_deadline,
        deadline_id=serial,
        stage=ReminderStage.DUE_SOON,
        kind="push.claim",
        subject_type="Push",
        subject_id=push_id,
        department_id=user.department_id,
        due_at=utc_now(),
        created_at=utc_now(),
    )
    delivery = await Delivery.create(
        reminder=reminder,
        key=f"{push_deadline}:IN_APP:{user.id}",
        channel=Channel.IN_APP,
        recipient_user_id=user.id,
        address=str(user.id),
        subject=f"审批信息待认领 {serial}",
        body="请在期限前认领。",
        created_at=utc_now(),
    )
    assert await deliver(delivery.id, {}) == DeliveryStatus.SENT
    event = await LinkageEvent.get(notification_id__isnull=False, user_id=user.id, push_id=push_id)
    assert event.kind == LinkageEventKind.NOTIFICATION
    assert event.notification_id is not None
    return event.notification_id


async def test_m1_notification_reaches_its_user_only_through_the_task_stream(
    settings: Settings,
) -> None:
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-N-1", serial=1)
    async with (
        streaming(settings, county, "scj.sup") as sup,
        streaming(settings, county, "scj.admin") as admin,
        streaming(settings, county, "coordinator") as coordinator,
    ):
        await subscribed(channel(county.scj.id), 2)
        await subscribed(ALL_CHANNEL)
        notification_id = await notify(county, "scj.sup", push.id, serial=1)
        event = await next_event(sup)
        assert event["kind"] == "NOTIFICATION"
        assert event["department"] == {"code": "SCJ"}
        assert event["push"] == {"documentNumber": "BK-N-1"}
        assert event["notification"] == {
            "id": to_global_id("Notification", notification_id),
            "title": "审批信息待认领 1",
            "body": "请在期限前认领。",
            "read": False,
            "subjectType": "Push",
            "subjectId": to_global_id("Push", push.id),
        }
        # The department admin and the coordinator get nothing of it: their next event
        # is the next department event.
        await record(county, catalogue, "BK-N-2", serial=2)
        for ws in (admin, coordinator):
            event = await next_event(ws)
            assert (event["kind"], event["push"]["documentNumber"]) == (
                "PUSH_RECEIVED",
                "BK-N-2",
            )
            assert event["notification"] is None
        event = await next_event(sup)
        assert (event["kind"], event["notification"]) == ("PUSH_RECEIVED", None)


async def test_m1_resume_replays_the_users_own_notifications_only(settings: Settings) -> None:
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-N-1", serial=1)
    first = await LinkageEvent.filter(push_id=push.id).order_by("id").first()
    assert first is not None
    admins = await notify(county, "scj.admin", push.id, serial=1)
    sups = await notify(county, "scj.sup", push.id, serial=2)
    await record(county, catalogue, "BK-N-2", serial=2)
    for username, own in (("scj.sup", sups), ("scj.admin", admins)):
        async with streaming(settings, county, username, after=str(first.id)) as ws:
            replayed = [await next_event(ws) for _ in range(2)]
        assert [(e["kind"], (e["notification"] or {}).get("id")) for e in replayed] == [
            ("NOTIFICATION", to_global_id("Notification", own)),
            ("PUSH_RECEIVED", None),
        ]
