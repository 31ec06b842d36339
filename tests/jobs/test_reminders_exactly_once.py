"""Reminders are sent exactly once across processes (M1), through each real broker.

A database migrated like a deployment (SQLite file; PostgreSQL with
SHENGUAN_TEST_DATABASE_URL), a recording SMTP server (aiosmtpd) and a recording HTTP SMS
gateway in this process, real ``shenguan worker`` processes on Redis and on RabbitMQ
(the ``broker_url`` fixture). Messages go in as the scheduler sends them: ``run_sweep``
of the ``send_reminders`` sweep (which enqueues one ``send_delivery`` per delivery), or
``send_delivery`` itself.

- 1,000 due reminders (an e-mail and an SMS each): the worker is killed (SIGKILL) when
  about a third went out, another is started, the sweep re-enqueues what the dead worker
  held: every delivery key reaches its receiver, none is lost, all are SENT. A receiver
  may see a key a second time only for a send in flight at the kill (accepted by the
  channel, not yet marked SENT): at most one per worker thread and kill; the count is
  printed (docs/reminders.md, "Channels and processes").
- a message delivered twice sends once;
- two sweeps at once (two schedulers' messages, two worker processes) over 100 due
  deadlines make each reminder and delivery once and send each delivery once.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import dramatiq
import orjson
import pytest

from domain.accounts.actor import Role
from domain.accounts.models import User
from domain.clock import utc_now
from domain.deadlines.models import Deadline, DeadlineRule
from domain.linkage.rules import FOLLOW_UP_DEADLINE
from domain.reminders.models import (
    Channel,
    Delivery,
    DeliveryStatus,
    Notification,
    Reminder,
    ReminderStage,
)
from jobs.broker import make_broker
from shenguan import migrating
from tests.conftest import TEST_DATABASE_URL, create_postgres_database, drop_postgres_database
from tests.factories import make_department, make_user
from tests.reminder_recorders import Received, RecordingGateway, RecordingSmtp

SECRET_KEY = "test-secret-key-that-is-long-enough-000000"
LEASE_SECONDS = 3
THREADS = 2  # worker threads: sends in flight at once in one worker process


@dataclass
class World:
    url: str
    env: dict[str, str]
    smtp: RecordingSmtp
    gateway: RecordingGateway
    logs: Path


@pytest.fixture(scope="module")
async def world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    """A migrated database and the two recorders, for the module's worker processes."""
    logs = tmp_path_factory.mktemp("reminder-workers")
    if TEST_DATABASE_URL:
        url = await create_postgres_database(TEST_DATABASE_URL)
    else:
        url = f"sqlite://{logs / 'shenguan.sqlite3'}"
    smtp, gateway = RecordingSmtp().start(), RecordingGateway().start()
    env = {
        **os.environ,
        "SHENGUAN_DATA_DIR": str(logs / "var"),
        "SHENGUAN_SECRET_KEY": SECRET_KEY,
        "SHENGUAN_DATABASE_URL": url,
        "SHENGUAN_SMTP_URL": smtp.url,
        "SHENGUAN_MAIL_FROM": "审管联动 <noreply@baokang.gov.cn>",
        "SHENGUAN_SMS_GATEWAY_URL": gateway.url,
        "SHENGUAN_REMINDER_LEASE_SECONDS": str(LEASE_SECONDS),
        "SHENGUAN_REMINDER_GRACE_SECONDS": str(LEASE_SECONDS),
        "SHENGUAN_LOG_LEVEL": "INFO",
    }
    env.pop("SHENGUAN_REDIS_URL", None)
    try:
        migrated = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-m", "shenguan.cli", "migrate"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert migrated.returncode == 0, migrated.stderr
        yield World(url, env, smtp, gateway, logs)
    finally:
        smtp.stop()
        gateway.stop()
        if TEST_DATABASE_URL:
            await drop_postgres_database(url)


class Worker:
    """A ``shenguan worker`` process on ``broker_url``; its log kept in a file."""

    def __init__(self, world: World, broker_url: str, name: str, threads: int) -> None:
        # a file of its own (the module's tests run once per broker)
        self.log = world.logs / f"{name}-{uuid.uuid4().hex[:8]}.log"
        self.name = name
        env = {**world.env, "SHENGUAN_BROKER_URL": broker_url}
        args = [sys.executable, "-m", "shenguan.cli", "worker", "--threads", str(threads)]
        with self.log.open("ab") as out:
            self.popen = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no ack, no SENT mark of what was in flight."""
        self.popen.send_signal(signal.SIGKILL)
        self.popen.wait(10)

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(30)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(10)

    def started(self) -> bool:
        return '"message":"worker started"' in self.log.read_text(errors="replace")

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    def done(self) -> dict[int, list[str]]:
        """The ``send_delivery`` messages this worker finished: statuses per delivery id."""
        finished: dict[int, list[str]] = {}
        for line in self.log.read_text(errors="replace").splitlines():
            if '"delivery done"' not in line:
                continue
            entry = orjson.loads(line)
            finished.setdefault(int(entry["delivery_id"]), []).append(str(entry["status"]))
        return finished


WorkerFactory = Callable[..., Worker]


@pytest.fixture
def workers(world: World) -> Iterator[WorkerFactory]:
    """Start workers with ``workers(broker_url, name)``; all stopped after the test
    (their logs printed, shown when the test failed)."""
    started: list[Worker] = []

    def start(broker_url: str, name: str, threads: int = THREADS) -> Worker:
        worker = Worker(world, broker_url, name, threads)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()
        print(f"---- {worker.name}\n{worker.output()}")


class Messages:
    """Messages into the real broker, as the scheduler and the sweep send them."""

    def __init__(self, broker_url: str) -> None:
        self.broker = make_broker(broker_url)
        # no message of an earlier run (naming ids of another database) is left over
        for queue in ("sweeps", "reminders"):
            self.broker.declare_queue(queue)
        self.broker.flush_all()

    def sweep(self) -> None:
        """The scheduler's tick: run the reminders' sweep as of now."""
        self._send("sweeps", "run_sweep", "send_reminders", utc_now().isoformat())

    def send_delivery(self, delivery_id: int) -> None:
        self._send("reminders", "send_delivery", delivery_id)

    def _send(self, queue: str, actor: str, *args: object) -> None:
        self.broker.declare_queue(queue)
        message = dramatiq.Message(
            queue_name=queue, actor_name=actor, args=args, kwargs={}, options={}
        )
        self.broker.enqueue(message)

    def close(self) -> None:
        self.broker.close()


@pytest.fixture
def messages(broker_url: str) -> Iterator[Messages]:
    sender = Messages(broker_url)
    yield sender
    sender.close()


async def make_deliveries(prefix: str, reminders: int) -> dict[int, Delivery]:
    """``reminders`` due reminders with an e-mail and an SMS delivery each, PENDING
    since an hour (their messages lost, for all the sweep knows)."""
    since = utc_now() - timedelta(hours=1)
    await Reminder.bulk_create(
        [
            Reminder(
                key=f"{prefix}:{n}",
                deadline_id=-n,  # of no deadline
                stage=ReminderStage.OVERDUE,
                kind="push.claim",
                subject_type="Push",
                subject_id=n,
                due_at=since,
                created_at=since,
            )
            for n in range(1, reminders + 1)
        ],
        batch_size=500,
    )
    rows = []
    async for reminder in Reminder.filter(key__startswith=f"{prefix}:").order_by("id"):
        number = f"BK-2026-{reminder.subject_id:04d}"
        for channel, address in (
            (Channel.EMAIL, f"supervisor{reminder.subject_id}@baokang.gov.cn"),
            (Channel.SMS, f"138{reminder.subject_id:08d}"),
        ):
            rows.append(
                Delivery(
                    reminder_id=reminder.id,
                    key=f"{reminder.key}:{channel.value}",
                    channel=channel,
                    address=address,
                    subject=f"【审管联动】审批推送 {number} 认领已逾期",
                    body=f"您好：审批推送 {number} 已超过认领期限，请尽快认领。",
                    lease_until=since,  # its grace period is over: the sweep enqueues it
                    created_at=since,
                )
            )
    await Delivery.bulk_create(rows, batch_size=500)
    saved = await Delivery.filter(key__startswith=f"{prefix}:")
    return {delivery.id: delivery for delivery in saved}


def of(received: Received, prefix: str) -> list[str]:
    """The keys of this test that ``received`` got, a key per raw reception."""
    with received.lock:
        return [key for key in received.keys if key.startswith(f"{prefix}:")]


def keys_of(deliveries: dict[int, Delivery], channel: Channel) -> set[str]:
    return {d.key for d in deliveries.values() if d.channel == channel}


async def sent_count(prefix: str) -> int:
    return await Delivery.filter(key__startswith=f"{prefix}:", status=DeliveryStatus.SENT).count()


async def until(condition: Callable[[], object], seconds: float, *alive: Worker) -> None:
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return
        for worker in alive:
            assert worker.popen.poll() is None, f"{worker.name} exited:\n{worker.output()}"
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.2)


async def sweep_until_all_sent(
    messages: Messages, prefix: str, total: int, seconds: float, *alive: Worker
) -> None:
    """The scheduler's ticks (every lease) until every delivery of the test is SENT."""
    deadline = time.monotonic() + seconds
    while await sent_count(prefix) < total:
        messages.sweep()
        tick = time.monotonic() + LEASE_SECONDS
        while time.monotonic() < tick and await sent_count(prefix) < total:
            for worker in alive:
                assert worker.popen.poll() is None, f"{worker.name} exited:\n{worker.output()}"
            assert time.monotonic() < deadline, (
                f"timed out: {await sent_count(prefix)} of {total} SENT"
            )
            await asyncio.sleep(0.2)


def finished(worker: Worker) -> int:
    """The ``send_delivery`` messages ``worker`` finished."""
    return sum(len(statuses) for statuses in worker.done().values())


def sweep_results(worker: Worker) -> list[dict[str, int]]:
    """The results of the ``send_reminders`` sweeps this worker ran."""
    return [
        entry["result"]
        for line in worker.log.read_text(errors="replace").splitlines()
        if '"sweep done"' in line and (entry := orjson.loads(line))["sweep"] == "send_reminders"
    ]


async def test_m1_a_worker_killed_mid_run_loses_no_reminder_and_sends_each_once(
    world: World, broker_url: str, workers: WorkerFactory, messages: Messages
) -> None:
    prefix = f"crash-{uuid.uuid4().hex[:8]}"
    async with migrating.isolated(world.url):
        deliveries = await make_deliveries(prefix, 1000)
        total = len(deliveries)
        assert total == 2000

        def received() -> int:
            return len(
                set(of(world.smtp.received, prefix)) | set(of(world.gateway.received, prefix))
            )

        first = workers(broker_url, "first")
        started = time.monotonic()
        messages.sweep()
        await until(lambda: received() >= total // 3, 60, first)
        first.kill()
        at_kill = received()
        killed_after = time.monotonic() - started
        assert at_kill < total, "the worker was killed after the run, not in it"

        second = workers(broker_url, "second")
        await sweep_until_all_sent(messages, prefix, total, 90, second)
        elapsed = time.monotonic() - started

        emails = of(world.smtp.received, prefix)
        texts = of(world.gateway.received, prefix)
        # every delivery reached its receiver, none lost, nothing else arrived
        assert set(emails) == keys_of(deliveries, Channel.EMAIL)
        assert set(texts) == keys_of(deliveries, Channel.SMS)
        # raw repeats: only sends in flight at the kill (accepted, not yet marked SENT)
        repeats = len(emails) - len(set(emails)) + len(texts) - len(set(texts))
        print(
            f"{broker_url.split(':')[0]}: {total} deliveries, killed at {at_kill} received "
            f"({killed_after:.1f} s), all SENT after {elapsed:.1f} s; raw repeats: {repeats} "
            f"(kills: 1, threads per worker: {THREADS})"
        )
        assert repeats <= 1 * THREADS
        statuses = await Delivery.filter(key__startswith=f"{prefix}:").values_list(
            "status", flat=True
        )
        assert set(statuses) == {DeliveryStatus.SENT} and len(statuses) == total
        assert second.done(), "the restarted worker sent nothing"


async def test_m1_a_message_delivered_twice_sends_once(
    world: World, broker_url: str, workers: WorkerFactory, messages: Messages
) -> None:
    prefix = f"twice-{uuid.uuid4().hex[:8]}"
    async with migrating.isolated(world.url):
        deliveries = await make_deliveries(prefix, 25)
        worker = workers(broker_url, "twice")
        for delivery_id in deliveries:
            messages.send_delivery(delivery_id)
            messages.send_delivery(delivery_id)  # the broker's redelivery of the same message

        def both_copies_done() -> bool:
            done = worker.done()
            return all(len(done.get(i, [])) >= 2 for i in deliveries)

        await until(both_copies_done, 60, worker)
        assert await sent_count(prefix) == len(deliveries)
        emails, texts = of(world.smtp.received, prefix), of(world.gateway.received, prefix)
        assert sorted(emails) == sorted(keys_of(deliveries, Channel.EMAIL))
        assert sorted(texts) == sorted(keys_of(deliveries, Channel.SMS))
        done = worker.done()
        assert all(len(done[i]) == 2 for i in deliveries)


async def make_due_deadlines(tag: str, count: int) -> set[int]:
    """``count`` open deadlines of a department, overdue since an hour and not yet
    reminded of; its one responsible person has an e-mail address and a phone number."""
    department = await make_department(tag, f"测试部门 {tag}")
    user = await make_user(f"{tag.lower()}.supervisor", [Role.SUPERVISOR], department)
    await User.filter(id=user.id).update(
        receives_reminders=True, email=f"{tag.lower()}@baokang.gov.cn", phone="13800000000"
    )
    now = utc_now()
    await Deadline.bulk_create(
        [
            Deadline(
                subject_type="SupervisionTask",
                subject_id=n,
                kind=FOLLOW_UP_DEADLINE,
                department_id=department.id,
                rule=DeadlineRule.WORKING_DAYS,
                started_at=now - timedelta(days=10),
                working_days=5,
                due_at=now - timedelta(hours=1),
                next_reminder_at=now - timedelta(hours=1),
                created_at=now - timedelta(days=10),
            )
            for n in range(1, count + 1)
        ]
    )
    return set(await Deadline.filter(department_id=department.id).values_list("id", flat=True))


async def test_m1_two_sweeps_at_once_make_and_send_each_reminder_once(
    world: World, broker_url: str, workers: WorkerFactory, messages: Messages
) -> None:
    """Two schedulers' messages of one tick, run at once by two worker processes: each
    reminder and delivery is made once, each delivery sent once."""
    tag = f"R{uuid.uuid4().hex[:6].upper()}"
    async with migrating.isolated(world.url):
        deadline_ids = await make_due_deadlines(tag, 100)
        a, b = workers(broker_url, "sweeps-a", 1), workers(broker_url, "sweeps-b", 1)
        await until(lambda: a.started() and b.started(), 60, a, b)
        messages.sweep()
        messages.sweep()
        await until(lambda: len(sweep_results(a) + sweep_results(b)) >= 2, 60, a, b)
        results = sweep_results(a) + sweep_results(b)
        enqueued = sum(r["enqueued"] for r in results)
        await until(lambda: finished(a) + finished(b) >= enqueued, 60, a, b)

        reminders = await Reminder.filter(deadline_id__in=deadline_ids).values_list(
            "deadline_id", "stage"
        )
        assert {d for d, _ in reminders} == deadline_ids
        assert len(reminders) == len(set(reminders))  # one per deadline and stage
        deliveries = {
            d.id: d async for d in Delivery.filter(reminder__deadline_id__in=deadline_ids)
        }
        assert sum(r["made"] for r in results) == len(deliveries)
        assert {Channel(d.channel) for d in deliveries.values()} == set(Channel)
        assert {DeliveryStatus(d.status) for d in deliveries.values()} == {DeliveryStatus.SENT}
        prefixes = {d.key.rsplit(":", 2)[0] for d in deliveries.values()}
        emails = [k for k in world.smtp.received.keys if k.rsplit(":", 2)[0] in prefixes]
        texts = [k for k in world.gateway.received.keys if k.rsplit(":", 2)[0] in prefixes]
        assert sorted(emails) == sorted(keys_of(deliveries, Channel.EMAIL))
        assert sorted(texts) == sorted(keys_of(deliveries, Channel.SMS))
        in_app = [i for i, d in deliveries.items() if d.channel == Channel.IN_APP]
        assert await Notification.filter(delivery_id__in=in_app).count() == len(in_app)
