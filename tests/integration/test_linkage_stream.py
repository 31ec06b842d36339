"""The task stream's domain side: who may subscribe, and an event whose pub/sub message
was lost still arrives (the table is read again every poll interval)."""

from __future__ import annotations

import asyncio

import pytest

from domain.accounts.actor import ANONYMOUS
from domain.errors import NotAuthenticated
from domain.linkage.services import stream
from domain.linkage.services.common import channel
from shenguan.pubsub import MemoryPubSub, get_pubsub, set_pubsub
from tests.linkage_factories import make_linked_county, record

pytestmark = pytest.mark.usefixtures("db", "clock")


async def test_a2_anonymous_cannot_subscribe() -> None:
    with pytest.raises(NotAuthenticated):
        await anext(stream.task_stream(ANONYMOUS, None))


async def test_a2_an_event_whose_message_was_lost_arrives_by_the_poll() -> None:
    county, catalogue = await make_linked_county()
    events = stream.task_stream(county.actor("scj.sup"), None, poll_seconds=0.2)
    first = asyncio.create_task(anext(events))
    pubsub = get_pubsub()
    for _ in range(200):  # until the stream subscribed
        if pubsub._queues.get(channel(county.scj.id)):  # type: ignore[attr-defined]
            break
        await asyncio.sleep(0.01)
    set_pubsub(MemoryPubSub())  # the push's message goes where nobody listens
    try:
        push = await record(county, catalogue, "BK-1")
    finally:
        set_pubsub(pubsub)
    event = await asyncio.wait_for(first, 5)
    assert (event.kind, event.push_id, event.department_id) == (
        "PUSH_RECEIVED",
        push.id,
        county.scj.id,
    )
    await events.aclose()  # type: ignore[attr-defined]
