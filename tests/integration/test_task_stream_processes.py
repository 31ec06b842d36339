"""The live task stream across processes (A2): two real API server processes sharing
one database and Redis; a worker process running the due sweep.

- an event caused by a mutation sent to process A reaches a subscriber on process B
  (through Redis pub/sub: within seconds, long before the stream's 30-second poll);
- an event raised by the sweep in a separate worker process (``shenguan worker``, a
  Redis broker) reaches the subscriber on B;
- B stopped, events caused through A, B started again: reconnecting with the last
  cursor gives every missed event in order, once, then live ones.

SQLite file database by default, PostgreSQL with SHENGUAN_TEST_DATABASE_URL; migrated
with ``shenguan migrate`` like a deployment. Needs Redis (SHENGUAN_TEST_REDIS_URL).
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis.asyncio as redis
from httpx_ws import aconnect_ws

from api.relay import to_global_id
from domain.calendar.rules import local_date
from domain.clock import utc_now
from domain.linkage.services.common import channel
from domain.linkage.services.stream import POLL_SECONDS
from shenguan import migrating
from tests.catalogue_factories import County
from tests.conftest import TEST_DATABASE_URL, create_postgres_database, drop_postgres_database
from tests.factories import PASSWORD, make_session
from tests.linkage_factories import Catalogue, company_number, make_linked_county

PROTOCOL = "graphql-transport-ws"
SECRET_KEY = "test-secret-key-that-is-long-enough-000000"
STREAM = """
subscription Stream($after: String) {
  taskStream(after: $after) { cursor kind push { documentNumber claimDue { dueAt } } }
}
"""
LOGIN = """
mutation Login($input: LoginInput!) {
  login(input: $input) { __typename ... on LoginSuccess { csrfToken } }
}
"""
RECORD = """
mutation Record($input: RecordApprovalDecisionInput!) {
  recordApprovalDecision(input: $input) {
    __typename
    ... on RecordApprovalDecisionSuccess { push { documentNumber claimDue { dueAt } } }
    ... on Error { code message field }
  }
}
"""
SEND_SWEEP = """
import sys
from datetime import datetime
from jobs.scheduler import find_sweep, send_run_sweep
import asyncio
asyncio.run(send_run_sweep(find_sweep("signal_linkage_due"), datetime.fromisoformat(sys.argv[1])))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class World:
    env: dict[str, str]
    county: County
    catalogue: Catalogue
    scj_session: str
    tmp_path: Path
    redis_url: str


@pytest.fixture(scope="module")
async def database_url_of_processes(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[str]:
    """A new, empty database of the dialect under test, for the module's processes."""
    if TEST_DATABASE_URL:
        url = await create_postgres_database(TEST_DATABASE_URL)
        yield url
        await drop_postgres_database(url)
    else:
        yield f"sqlite://{tmp_path_factory.mktemp('processes') / 'shenguan.sqlite3'}"


@pytest.fixture(scope="module")
async def world(
    database_url_of_processes: str, redis_url: str, tmp_path_factory: pytest.TempPathFactory
) -> World:
    """The database migrated like a deployment, with a county whose catalogue takes effect
    today (the servers run on the system clock)."""
    url = database_url_of_processes
    tmp_path = tmp_path_factory.mktemp("logs")
    env = {
        **os.environ,
        "SHENGUAN_DATA_DIR": str(tmp_path / "var"),
        "SHENGUAN_SECRET_KEY": SECRET_KEY,
        "SHENGUAN_DATABASE_URL": url,
        "SHENGUAN_REDIS_URL": redis_url,
        "SHENGUAN_LOG_LEVEL": "WARNING",
    }
    env.pop("SHENGUAN_BROKER_URL", None)
    migrated = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "shenguan.cli", "migrate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert migrated.returncode == 0, migrated.stderr
    async with migrating.isolated(url):
        county, catalogue = await make_linked_county(local_date(utc_now()))
        scj_session = await make_session(county.users["scj.sup"])
    return World(env, county, catalogue, scj_session, tmp_path, redis_url)


class Process:
    """A child process (an API server or a worker), its output kept in a file."""

    def __init__(self, world: World, name: str, args: list[str], env: dict[str, str]) -> None:
        self.log = world.tmp_path / f"{name}.log"
        self.name = name
        with self.log.open("ab") as out:
            self.popen = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT)

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(10)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(10)

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


class Server(Process):
    """``uvicorn --factory`` with the app of the environment, as each API process runs."""

    def __init__(self, world: World, name: str) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        args = [sys.executable, "-m", "uvicorn", "--factory", "api.app:from_environment"]
        super().__init__(world, name, [*args, "--port", str(self.port)], world.env)

    def wait_ready(self, deadline: float) -> None:
        while True:
            try:
                if httpx.get(f"{self.base}/readyz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert self.popen.poll() is None, f"{self.name} exited:\n{self.output()}"
            assert time.monotonic() < deadline, f"{self.name} did not start:\n{self.output()}"
            time.sleep(0.1)


def ready(*servers: Server) -> None:
    """Until every server answers /readyz (they start in parallel)."""
    deadline = time.monotonic() + 60
    for server in servers:
        server.wait_ready(deadline)


@pytest.fixture(scope="module")
def server_a(world: World) -> Iterator[Server]:
    """Process A, where the mutations go; it stays up for the module."""
    server = Server(world, "server-a")
    with running(server):
        ready(server)
        yield server


@contextmanager
def running(*processes: Process) -> Iterator[None]:
    try:
        yield
    except BaseException:
        for process in processes:
            print(f"---- {process.name}\n{process.output()}")
        raise
    finally:
        for process in processes:
            process.stop()


@asynccontextmanager
async def subscribed(server: Server, world: World, after: str | None = None) -> AsyncIterator[Any]:
    """A ``taskStream`` of SCJ's supervisor on ``server``; without a cursor, once the server
    is subscribed to SCJ's Redis channel (so that a live event cannot be missed)."""
    async with (
        httpx.AsyncClient(base_url=server.base) as client,
        aconnect_ws("/graphql", client, subprotocols=[PROTOCOL]) as ws,
    ):
        await ws.send_json(
            {"type": "connection_init", "payload": {"sessionToken": world.scj_session}}
        )
        assert (await asyncio.wait_for(ws.receive_json(), 10))["type"] == "connection_ack"
        connection = redis.from_url(world.redis_url)
        name = "shenguan:" + channel(world.county.scj.id)
        before = dict(await connection.pubsub_numsub(name))[name.encode()]
        await ws.send_json(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {"query": STREAM, "variables": {"after": after}},
            }
        )
        try:
            for _ in range(500):
                if dict(await connection.pubsub_numsub(name))[name.encode()] > before:
                    break
                await asyncio.sleep(0.02)
            else:
                raise AssertionError("the server did not subscribe to Redis")
        finally:
            await connection.aclose()
        yield ws


async def next_event(ws: Any, seconds: float = 10) -> dict[str, Any]:
    """The next event: within ``seconds``, well below the stream's 30-second poll, so
    that it came through pub/sub."""
    message = await asyncio.wait_for(ws.receive_json(), seconds)
    assert message["type"] == "next" and "errors" not in message["payload"], message
    return message["payload"]["data"]["taskStream"]  # type: ignore[no-any-return]


class Officer:
    """The approval officer recording decisions through a server (P1: each is pushed)."""

    def __init__(self, world: World, serial: int) -> None:
        self.world = world
        self.serial = serial  # licensee numbers of this test

    async def record(self, server: Server, number: str) -> dict[str, Any]:
        self.serial += 1
        async with httpx.AsyncClient(base_url=server.base) as client:
            login = await client.post(
                "/graphql",
                json={
                    "query": LOGIN,
                    "variables": {"input": {"username": "spj.officer", "password": PASSWORD}},
                },
            )
            csrf = login.json()["data"]["login"]["csrfToken"]
            today = local_date(utc_now()).isoformat()
            variables = {
                "input": {
                    "handlingItemId": to_global_id("HandlingItem", self.world.catalogue.routed),
                    "documentNumber": number,
                    "licensee": {"number": company_number(self.serial), "name": "示例有限公司"},
                    "licenseDate": today,
                    "licenseContent": "食品销售",
                }
            }
            response = await client.post(
                "/graphql",
                json={"query": RECORD, "variables": variables},
                headers={"X-CSRF-Token": csrf},
            )
        result = response.json()["data"]["recordApprovalDecision"]
        assert result["__typename"] == "RecordApprovalDecisionSuccess", result
        return result["push"]  # type: ignore[no-any-return]


async def test_a2_events_of_process_a_and_of_a_worker_reach_a_subscriber_on_process_b(
    world: World, server_a: Server
) -> None:
    b = Server(world, "server-b")
    worker_env = {**world.env, "SHENGUAN_BROKER_URL": world.redis_url}
    worker_args = [sys.executable, "-m", "shenguan.cli", "worker", "--threads", "1"]
    worker = Process(world, "worker", worker_args, worker_env)
    officer = Officer(world, 100)
    with running(b, worker):
        ready(b)
        async with subscribed(b, world) as ws:
            push = await officer.record(server_a, "BK-A-1")
            event = await next_event(ws)
            assert (event["kind"], event["push"]["documentNumber"]) == ("PUSH_RECEIVED", "BK-A-1")
            read_at = time.monotonic()  # B read the table; its next poll is 30 s away

            # The scheduler's message, as of a second past the claim's due time: the worker
            # process runs the sweep; its event reaches B through Redis, before B's poll.
            after_due = datetime.fromisoformat(push["claimDue"]["dueAt"]) + timedelta(seconds=1)
            sent = await asyncio.to_thread(
                subprocess.run,
                [sys.executable, "-c", SEND_SWEEP, after_due.isoformat()],
                env=worker_env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert sent.returncode == 0, sent.stderr
            event = await next_event(ws, POLL_SECONDS - 3 - (time.monotonic() - read_at))
            assert (event["kind"], event["push"]["documentNumber"]) == ("CLAIM_OVERDUE", "BK-A-1")


async def test_a2_after_a_restart_of_process_b_the_missed_events_come_in_order_once(
    world: World, server_a: Server
) -> None:
    officer = Officer(world, 200)
    b = Server(world, "server-b")
    with running(b):
        ready(b)
        async with subscribed(b, world) as ws:
            await officer.record(server_a, "BK-1")
            first = await next_event(ws)
    for number in ("BK-2", "BK-3", "BK-4"):  # while B is down
        await officer.record(server_a, number)
    b = Server(world, "server-b-restarted")
    with running(b):
        ready(b)
        async with subscribed(b, world, after=first["cursor"]) as ws:
            missed = [await next_event(ws) for _ in range(3)]
            await officer.record(server_a, "BK-5")
            live = await next_event(ws)
    numbers = [e["push"]["documentNumber"] for e in [first, *missed, live]]
    assert numbers == ["BK-1", "BK-2", "BK-3", "BK-4", "BK-5"]
    cursors = [int(e["cursor"]) for e in [first, *missed, live]]
    assert cursors == sorted(set(cursors))
