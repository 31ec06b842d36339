"""Reminders (M1), the sweep's speed without a change of what is sent: one sweep reads a
department's responsible people and name once (a Directory per sweep, so a user changed
between sweeps is seen by the next); the SMS HTTP gateway keeps one client (its
keep-alive connection) for the process."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from domain.accounts.models import Department, User
from domain.calendar import services as calendar_services
from domain.reminders import recipients
from domain.reminders.channels import HttpGateway
from domain.reminders.models import Delivery, Reminder
from domain.reminders.recipients import Directory
from domain.reminders.services import sweep_reminders
from tests.integration.test_reminders import (
    FRIDAY_0,
    WEDNESDAY_9,
    deliveries,
    pushed_county,
    responsible,
)
from tests.linkage_factories import make_linked_county, record

pytestmark = pytest.mark.usefixtures("clock")


async def test_m1_one_sweep_reads_a_departments_people_once(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    await calendar_services.seed_from_package()
    county, catalogue = await make_linked_county()
    for number in ("BK-1", "BK-2", "BK-3"):  # three claims of one department, due together
        await record(county, catalogue, number)
    await responsible(county, "scj.sup", email="sup@scj.example", phone="13800000001")
    reads: list[int | None] = []
    real = recipients.department_people

    async def counted(department_id: int | None) -> list[recipients.Recipient]:
        reads.append(department_id)
        return await real(department_id)

    monkeypatch.setattr(recipients, "department_people", counted)

    made = await sweep_reminders(WEDNESDAY_9)

    assert await Reminder.all().count() == 3
    assert len(made) == 9  # in-app, e-mail and SMS to the one responsible person, each
    assert reads == [county.scj.id]
    sup = county.users["scj.sup"].id
    assert {(c, u, a) for _s, c, u, a in await deliveries()} == {
        ("IN_APP", sup, str(sup)),
        ("EMAIL", sup, "sup@scj.example"),
        ("SMS", sup, "13800000001"),
    }
    bodies = await Delivery.filter(id__in=made).values_list("body", flat=True)
    assert all(county.scj.name in body for body in bodies)


async def test_m1_a_user_or_department_changed_between_sweeps_is_seen_by_the_next(
    db: str,
) -> None:
    county, _push = await pushed_county()
    await responsible(county, "scj.sup", phone="13800000001")
    await sweep_reminders(WEDNESDAY_9)
    sup = county.users["scj.sup"].id
    assert await deliveries() == [
        ("DUE_SOON", "IN_APP", sup, str(sup)),
        ("DUE_SOON", "SMS", sup, "13800000001"),
    ]
    await User.filter(id=sup).update(phone="13900000002")
    await Department.filter(id=county.scj.id).update(name="保康县市场监督管理局（新）")

    await sweep_reminders(FRIDAY_0)

    assert (await deliveries())[2:] == [
        ("OVERDUE", "IN_APP", sup, str(sup)),
        ("OVERDUE", "SMS", sup, "13900000002"),
    ]
    overdue = await Delivery.filter(reminder__stage="OVERDUE").first()
    assert overdue is not None and "保康县市场监督管理局（新）" in overdue.body


async def test_m1_a_directory_keeps_what_it_read_and_a_new_one_reads_again(db: str) -> None:
    county, _push = await pushed_county()
    await responsible(county, "scj.sup")
    directory = Directory()
    first = await directory.department_people(county.scj.id)
    assert [r.user_id for r in first] == [county.users["scj.sup"].id]
    assert await directory.department_name(county.scj.id) == county.scj.name
    assert await directory.department_name(999_999) is None

    await User.filter(id=county.users["scj.sup"].id).update(receives_reminders=False)
    assert await directory.department_people(county.scj.id) == first  # the same sweep
    fresh = await Directory().department_people(county.scj.id)  # the next sweep
    assert [r.user_id for r in fresh] == [county.users["scj.admin"].id]


# ---- the SMS gateway's one client ------------------------------------------------------


class KeepAliveGateway:
    """An HTTP/1.1 SMS gateway keeping connections open; records each message's client
    port (one port: one connection reused)."""

    def __init__(self) -> None:
        self.ports: list[int] = []
        self.ids: list[str] = []
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                gateway.ids.append(json.loads(self.rfile.read(length))["id"])
                gateway.ports.append(self.client_address[1])
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/sms"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def keep_alive() -> Iterator[KeepAliveGateway]:
    server = KeepAliveGateway()
    yield server
    server.stop()


async def test_m1_the_sms_gateway_reuses_one_client_for_the_process(
    db: str, keep_alive: KeepAliveGateway
) -> None:
    gateway = HttpGateway(keep_alive.url)
    for n in range(3):
        await gateway.send(f"key-{n}", "13800000001", "短信")
    client = gateway.client()
    await gateway.send("key-3", "13800000001", "短信")

    assert keep_alive.ids == ["key-0", "key-1", "key-2", "key-3"]
    assert len(set(keep_alive.ports)) == 1  # one connection for the four messages
    assert gateway.client() is client
    await gateway.aclose()
    assert client.is_closed
    await gateway.send("key-4", "13800000001", "短信")  # after closing: a new client
    assert keep_alive.ids[-1] == "key-4"
    await gateway.aclose()


def test_m1_the_sms_gateway_makes_a_new_client_on_another_event_loop(
    keep_alive: KeepAliveGateway,
) -> None:
    gateway = HttpGateway(keep_alive.url)

    async def send(key: str) -> object:
        await gateway.send(key, "13800000001", "短信")
        return gateway.client()

    first = asyncio.run(send("a"))
    second = asyncio.run(send("b"))  # the first loop is closed: its client is not used
    assert first is not second
    assert keep_alive.ids == ["a", "b"]
    asyncio.run(gateway.aclose())
