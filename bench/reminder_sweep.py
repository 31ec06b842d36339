"""The reminder sweep over 1,000,000 open deadlines, and reminders through a worker (M1).

    uv run python bench/reminder_sweep.py            # --reseed: drop the database, seed again

1. Creates the database (default ``shenguan_bench_reminders``) if missing, migrates it,
   loads the demo (departments, users: the supervisors are their departments'
   responsible people, with an e-mail and a mobile), and seeds, unless it is seeded:
   - the reminders' subjects: 2,000 licensees and 20,000 pushes with their supervision
     tasks (``bench/linkage_seed.py``; their own deadlines get no reminder time);
   - ``--deadlines`` open deadlines with COPY, of the kinds with a reminder policy
     (push.claim, task.feedback, task.follow_up; the reverse push's claim is left out:
     the bench seeds no reverse pushes), each pointing at a seeded push or task of a
     supervision department that has responsible people. Each was opened on a working
     day of the last N + 2 working days of its kind (N: its working days), 08:30–17:30;
     its due time comes from the calendar's rules and ``next_reminder_at`` from the real
     schedule (``domain.deadlines.services.first_reminder_at`` with the stored
     calendar: computed once per kind and opening date, then ``max(window, opened)``
     per row, checked against the real function on a sample). ``--due`` of them have
     their first reminder at or before the seeding instant ("now": the backlog the sweep
     meets), the others after it. ANALYZE.
2. Measures, as of the seeding instant (kept in ``bench_reminder_seed``):
   a. ``EXPLAIN (ANALYZE, BUFFERS)`` of the sweep's own query
      (``domain.reminders.services.due_deadlines(now).sql()``), and of the same query
      without its LIMIT;
   b. the sweep: ``sweep_reminders(now)`` in batches until no deadline is due; time,
      deadlines, reminders and deliveries made per second;
   c. the worker: a ``shenguan worker --threads T`` process on Redis, e-mail to an
      aiosmtpd SMTP server in this process, SMS through the logging gateway; every
      delivery the sweep made is enqueued as the dispatcher does
      (``jobs.reminders``: ``send_after_commit(send_delivery, id)``); time until all
      are SENT.
   Before measuring, a database a previous run swept is put back as seeded (reminders,
   deliveries and notifications deleted, the due deadlines' reminder times restored;
   the audit trail is append-only and keeps the earlier runs' records).

``--profile``: the sweep's first batch under cProfile (top functions printed), then the
rest as usual. Only local services; bounded in time (``--timeout`` for the worker).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import pstats
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/shenguan_bench_reminders"
# Not db 0: the exactly-once tests' workers may consume db 0's queues at the same time.
DEFAULT_BROKER = "redis://127.0.0.1:6379/7"
SUBJECT_LICENSEES = 2_000
SUBJECT_PUSHES = 20_000
CHUNK = 100_000
SAMPLE = 2_000  # rows checked against the real schedule function
# The kinds seeded, with their share of the open deadlines (most open deadlines are the
# 30 working days of task feedback).
KIND_SHARES = (("task.feedback", 0.80), ("push.claim", 0.12), ("task.follow_up", 0.08))
DEADLINE_COLUMNS = [
    "id", "subject_type", "subject_id", "kind", "department_id", "rule", "started_at",
    "working_days", "due_at", "provisional", "closed_at", "closed_late_by_working_days",
    "created_at", "next_reminder_at",
]  # fmt: skip


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name, query=""))


def _name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


async def ensure_database(url: str, *, fresh: bool) -> None:
    admin = await asyncpg.connect(_with_database(url, "postgres"))
    try:
        if fresh:
            await admin.execute(f'DROP DATABASE IF EXISTS "{_name(url)}" WITH (FORCE)')
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", _name(url)):
            await admin.execute(f'CREATE DATABASE "{_name(url)}"')
            print(f"created database {_name(url)}")
    finally:
        await admin.close()


def shenguan(env: dict[str, str], *args: str) -> None:
    command = [str(Path(sys.executable).parent / "shenguan"), *args]
    subprocess.run(command, env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# ---- seeding ---------------------------------------------------------------------


@dataclass(frozen=True)
class Opening:
    """What a deadline opened on one date has: due time, provisional, reminder window."""

    due_at: datetime
    provisional: bool
    window: datetime | None  # the real schedule's first time for an opening at 00:00


class Openings:
    """The calendar's answers per kind and opening date, from the real functions."""

    def __init__(self, calendar) -> None:
        self.calendar = calendar
        self._cache: dict[tuple[str, date], Opening] = {}

    def get(self, kind: str, working_days: int, day: date) -> Opening:
        key = (kind, day)
        if key not in self._cache:
            from domain.calendar import rules as calendar_rules

            start = calendar_rules.start_of_day(day)
            due = calendar_rules.due_after_working_days(self.calendar, start, working_days)
            window = schedule(self.calendar, kind, start, working_days, due.due_at, start)
            self._cache[key] = Opening(due.due_at, due.provisional, window)
        return self._cache[key]


def schedule(
    calendar, kind: str, started_at: datetime, working_days: int, due_at: datetime, opened: datetime
) -> datetime | None:
    """``domain.deadlines.services.first_reminder_at`` of an open deadline."""
    from domain.deadlines.models import Deadline, DeadlineRule
    from domain.deadlines.services import first_reminder_at

    deadline = Deadline(
        subject_type="Push",
        subject_id=0,
        kind=kind,
        rule=DeadlineRule.WORKING_DAYS,
        started_at=started_at,
        working_days=working_days,
        due_at=due_at,
        created_at=opened,
    )
    return first_reminder_at(calendar, deadline)


def working_days_back(calendar, today: date, count: int) -> list[date]:
    """The last ``count`` working days up to ``today`` (included when working)."""
    days: list[date] = []
    day = today
    while len(days) < count:
        if calendar.is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return days


async def subjects(connection: asyncpg.Connection) -> dict[str, list[tuple[int, int]]]:
    """(id, department) of the pushes and tasks of departments that have someone to remind."""
    reached = "department_id IN (SELECT department_id FROM accounts_user WHERE is_active " \
        "AND receives_reminders AND department_id IS NOT NULL)"  # fmt: skip
    pushes = await connection.fetch(f"SELECT id, department_id FROM linkage_push WHERE {reached}")
    tasks = await connection.fetch(
        f"SELECT id, department_id FROM linkage_supervision_task WHERE {reached}"
    )
    return {
        "Push": [(r["id"], r["department_id"]) for r in pushes],
        "SupervisionTask": [(r["id"], r["department_id"]) for r in tasks],
    }


async def seed_deadlines(
    url: str, calendar, *, count: int, due: int, now: datetime, log=print
) -> None:
    from domain.calendar.rules import local_date, start_of_day
    from domain.linkage.rules import (
        CLAIM_DEADLINE,
        CLAIM_WORKING_DAYS,
        FOLLOW_UP_DEADLINE,
        TASK_DEADLINE,
        TASK_WORKING_DAYS,
    )

    working_days = {CLAIM_DEADLINE: CLAIM_WORKING_DAYS, TASK_DEADLINE: TASK_WORKING_DAYS,
                    FOLLOW_UP_DEADLINE: 20}  # fmt: skip
    subject_type = {CLAIM_DEADLINE: "Push", TASK_DEADLINE: "SupervisionTask",
                    FOLLOW_UP_DEADLINE: "SupervisionTask"}  # fmt: skip
    started = time.perf_counter()
    rng = random.Random(2026)
    openings = Openings(calendar)
    today = local_date(now)
    days = {k: working_days_back(calendar, today, n + 2) for k, n in working_days.items()}
    kinds = [k for k, _ in KIND_SHARES]
    weights = [w for _, w in KIND_SHARES]
    connection = await asyncpg.connect(url)
    try:
        pool = await subjects(connection)
        await connection.execute(
            "UPDATE deadline SET next_reminder_at = NULL WHERE next_reminder_at IS NOT NULL"
        )
        next_id = await connection.fetchval("SELECT coalesce(max(id), 0) FROM deadline") + 1
        quota = {True: due, False: count - due}
        sample: list[tuple] = []
        due_rows: list[tuple[int, datetime]] = []
        rows: list[tuple] = []
        written = 0
        while quota[True] or quota[False]:
            kind = rng.choices(kinds, weights)[0]
            n = working_days[kind]
            day = rng.choice(days[kind])
            opening = openings.get(kind, n, day)
            opened = start_of_day(day) + timedelta(seconds=rng.randint(30_600, 63_000))
            if opened > now:
                continue
            first = None if opening.window is None else max(opening.window, opened)
            is_due = first is not None and first <= now
            if not quota[is_due]:
                continue
            quota[is_due] -= 1
            subject_id, department_id = rng.choice(pool[subject_type[kind]])
            row = (
                next_id, subject_type[kind], subject_id, kind, department_id, "WORKING_DAYS",
                opened, n, opening.due_at, opening.provisional, None, None, opened, first,
            )  # fmt: skip
            rows.append(row)
            if is_due:
                due_rows.append((next_id, first))
            if len(sample) < SAMPLE and rng.random() < 0.01:
                sample.append(row)
            next_id += 1
            if len(rows) == CHUNK:
                await connection.copy_records_to_table(
                    "deadline", records=rows, columns=DEADLINE_COLUMNS
                )
                written += len(rows)
                rows = []
                log(f"  {written:,} deadlines ({time.perf_counter() - started:.0f} s)")
        if rows:
            await connection.copy_records_to_table(
                "deadline", records=rows, columns=DEADLINE_COLUMNS
            )
        # The vectorised schedule is the real one: check a sample row by row.
        for row in sample:
            kind, n, due_at, opened, first = row[3], row[7], row[8], row[12], row[13]
            real = schedule(calendar, kind, opened, n, due_at, opened)
            assert real == first, (row, real)
        log(f"  schedule checked on {len(sample):,} rows against first_reminder_at")
        await connection.execute(
            "SELECT setval(pg_get_serial_sequence('deadline', 'id'), "
            "(SELECT max(id) + 1 FROM deadline), false)"
        )
        await connection.execute(
            "CREATE TABLE bench_reminder_due (deadline_id int PRIMARY KEY, "
            "next_reminder_at timestamptz NOT NULL)"
        )
        await connection.copy_records_to_table("bench_reminder_due", records=due_rows)
        await connection.execute(
            "CREATE TABLE bench_reminder_seed (now timestamptz, deadlines int, due int)"
        )
        await connection.execute(
            "INSERT INTO bench_reminder_seed VALUES ($1, $2, $3)", now, count, due
        )
        await connection.execute("ANALYZE")
        log(f"  seeded and analyzed in {time.perf_counter() - started:.0f} s")
    finally:
        await connection.close()


async def prepare(args: argparse.Namespace, env: dict[str, str]) -> datetime:
    """The seeded database's "now" (seeding it first when it is not seeded)."""
    url = args.database_url
    await ensure_database(url, fresh=args.reseed)
    shenguan(env, "migrate")
    connection = await asyncpg.connect(url)
    try:
        if not await connection.fetchval("SELECT count(*) FROM accounts_department"):
            shenguan(env, "load-demo")
        seeded = None
        if await connection.fetchval("SELECT to_regclass('bench_reminder_seed') IS NOT NULL"):
            seeded = await connection.fetchrow("SELECT * FROM bench_reminder_seed")
    finally:
        await connection.close()
    if seeded is not None and (seeded["deadlines"], seeded["due"]) == (args.deadlines, args.due):
        print(f"database holds {seeded['deadlines']:,} seeded deadlines: not seeding")
        return seeded["now"]
    if seeded is not None:
        raise SystemExit("seeded with other counts: run with --reseed")
    from linkage_seed import seed

    from domain.calendar.store import get_calendar
    from shenguan import db

    await db.init_db(url)
    try:
        calendar = await get_calendar()
    finally:
        await db.close_db()
    print(f"seeding the subjects: {SUBJECT_PUSHES:,} pushes with their tasks …")
    await seed(url, calendar, licensees=SUBJECT_LICENSEES, pushes=SUBJECT_PUSHES)
    now = datetime.now(UTC).replace(microsecond=0)
    print(f"seeding {args.deadlines:,} open deadlines, {args.due:,} due at {now:%Y-%m-%d %H:%M}Z …")
    await seed_deadlines(url, calendar, count=args.deadlines, due=args.due, now=now)
    return now


async def reset(url: str) -> None:
    """Put a swept database back as seeded."""
    connection = await asyncpg.connect(url)
    try:
        if not await connection.fetchval("SELECT count(*) FROM reminder"):
            return
        async with connection.transaction():
            await connection.execute("DELETE FROM notification")
            await connection.execute("DELETE FROM reminder_delivery")
            await connection.execute("DELETE FROM reminder")
            await connection.execute(
                "UPDATE deadline d SET next_reminder_at = s.next_reminder_at "
                "FROM bench_reminder_due s WHERE d.id = s.deadline_id"
            )
        await connection.execute("VACUUM ANALYZE deadline")
        print("reset: the reminders of the previous run deleted, reminder times restored")
    finally:
        await connection.close()


# ---- measuring ---------------------------------------------------------------------


async def explain(url: str, now: datetime) -> None:
    from domain.reminders.services import SWEEP_LIMIT, due_deadlines

    sql = due_deadlines(now, SWEEP_LIMIT).sql(params_inline=True)
    connection = await asyncpg.connect(url)
    try:
        total = await connection.fetchval("SELECT count(*) FROM deadline WHERE closed_at IS NULL")
        due = await connection.fetchval(
            "SELECT count(*) FROM deadline WHERE next_reminder_at <= $1", now
        )
        print(f"\nopen deadlines: {total:,}; due at {now.isoformat()}: {due:,}")
        without_limit = sql.rsplit(" LIMIT ", 1)[0]
        for title, statement in (("the sweep's query", sql), ("without its LIMIT", without_limit)):
            plan = await connection.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {statement}")
            print(f"\n-- {title}:\n{statement}")
            print("\n".join(row[0] for row in plan))
    finally:
        await connection.close()


async def sweep(now: datetime, *, profile: bool) -> list[int]:
    from domain.reminders.models import Reminder
    from domain.reminders.services import SWEEP_LIMIT, due_deadlines, sweep_reminders

    made: list[int] = []
    batches = 0
    load = load_average()
    started, cpu = time.perf_counter(), time.process_time()
    while await due_deadlines(now, 1).exists():
        if profile and batches == 0:
            profiler = cProfile.Profile()
            profiler.enable()
            made += await sweep_reminders(now, SWEEP_LIMIT)
            profiler.disable()
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
            print(out.getvalue())
        else:
            made += await sweep_reminders(now, SWEEP_LIMIT)
        batches += 1
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    reminders = await Reminder.all().count()
    deadlines = len(set(await Reminder.all().values_list("deadline_id", flat=True)))
    print(
        f"\nsweep: {batches} batches of up to {SWEEP_LIMIT} in {elapsed:.1f} s "
        f"(this process's CPU {cpu:.1f} s; load average before {load}, after {load_average()})\n"
        f"  {deadlines:,} deadlines, {reminders:,} reminders, {len(made):,} deliveries: "
        f"{deadlines / elapsed:,.0f} deadlines/s, {reminders / elapsed:,.0f} reminders/s, "
        f"{len(made) / elapsed:,.0f} deliveries/s"
    )
    return made


class Smtp:
    """A recording SMTP server (aiosmtpd) counting the messages it accepted."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.count = 0
        self.lock = threading.Lock()
        recorder = self

        class Handler:
            async def handle_DATA(self, server, session, envelope) -> str:
                with recorder.lock:
                    recorder.count += 1
                return "250 OK"

        with socket.socket() as probe:  # a free port (aiosmtpd cannot take port 0)
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=port)

    def start(self) -> str:
        self.controller.start()
        return f"smtp://127.0.0.1:{self.controller.port}"

    def stop(self) -> None:
        self.controller.stop()


async def through_worker(
    args: argparse.Namespace, env: dict[str, str], made: list[int], url: str
) -> None:
    from domain.reminders.models import Delivery, DeliveryStatus
    from jobs.actors import send_delivery
    from jobs.broker import send_after_commit

    smtp = Smtp()
    smtp_url = smtp.start()
    logs = Path(tempfile.mkdtemp(prefix="reminder-worker-"))
    worker_env = {**env, "SHENGUAN_SMTP_URL": smtp_url, "SHENGUAN_LOG_LEVEL": "INFO",
                  "SHENGUAN_MAIL_FROM": "审管联动 <noreply@baokang.gov.cn>"}  # fmt: skip
    worker_env.pop("SHENGUAN_SMS_GATEWAY_URL", None)  # the logging gateway
    worker_env.pop("SHENGUAN_REDIS_URL", None)
    log_file = logs / "worker.log"
    process = start_worker(args.threads, worker_env, log_file)
    connection = await asyncpg.connect(url)
    try:
        for _ in range(600):
            if '"worker started"' in log_file.read_text(errors="replace"):
                break
            if process.poll() is not None:
                raise SystemExit(f"worker exited: {log_file.read_text()[-2000:]}")
            await asyncio.sleep(0.1)
        load = load_average()
        started = time.perf_counter()
        for delivery_id in made:  # as jobs/reminders.py's dispatcher enqueues them
            await send_after_commit(send_delivery, delivery_id)
        enqueued = time.perf_counter() - started
        cpu = cpu_seconds(process.pid)
        sent = 0
        while time.perf_counter() - started < args.timeout:
            sent = await connection.fetchval(
                "SELECT count(*) FROM reminder_delivery WHERE status = 'SENT'"
            )
            if sent >= len(made):
                break
            await asyncio.sleep(0.2)
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(process.pid) - cpu
        statuses = await connection.fetch(
            "SELECT channel, status, count(*) AS n FROM reminder_delivery "
            "GROUP BY channel, status ORDER BY channel, status"
        )
        print(
            f"\nworker (--threads {args.threads}, Redis {args.broker_url}): enqueued "
            f"{len(made):,} in {enqueued:.1f} s; {sent:,} SENT after {elapsed:.1f} s: "
            f"{sent / elapsed:,.0f} deliveries/s (worker CPU {cpu:.1f} s, "
            f"{cpu / max(sent, 1) * 1000:.1f} ms per delivery; load average before {load}, "
            f"after {load_average()})"
        )
        for row in statuses:
            print(f"  {row['channel']:7} {row['status']:8} {row['n']:,}")
        print(f"  e-mails received by the SMTP server: {smtp.count:,}")
        if sent < len(made):
            print(f"  NOT ALL SENT within {args.timeout} s (worker log: {log_file})")
        assert await Delivery.filter(status=DeliveryStatus.SENT).count() == sent
    finally:
        await connection.close()
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        smtp.stop()


def start_worker(threads: int, env: dict[str, str], log_file: Path) -> subprocess.Popen:
    command = [str(Path(sys.executable).parent / "shenguan"), "worker", "--threads", str(threads)]
    with log_file.open("ab") as out:
        return subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--broker-url", default=DEFAULT_BROKER)
    parser.add_argument("--deadlines", type=int, default=1_000_000)
    parser.add_argument("--due", type=int, default=5_000)
    parser.add_argument("--threads", type=int, default=8, help="the worker's threads")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds for the worker")
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--no-worker", action="store_true", help="only the plan and the sweep")
    args = parser.parse_args()
    env = {
        **os.environ,
        "SHENGUAN_DATABASE_URL": args.database_url,
        "SHENGUAN_BROKER_URL": args.broker_url,
        "SHENGUAN_LOG_LEVEL": "WARNING",
        "SHENGUAN_DATA_DIR": tempfile.mkdtemp(prefix="shenguan-bench-"),
    }
    env.setdefault("SHENGUAN_SECRET_KEY", "bench-secret-key-that-is-long-enough-0000")
    os.environ.update(env)  # this process: the same database and broker
    print(f"load average at start: {load_average()} ({os.cpu_count()} cores)")
    now = await prepare(args, env)
    await reset(args.database_url)

    from shenguan import db

    await db.init_db(args.database_url)
    try:
        await explain(args.database_url, now)
        made = await sweep(now, profile=args.profile)
        if not args.no_worker:
            await through_worker(args, env, made, args.database_url)
    finally:
        await db.close_db()


if __name__ == "__main__":
    asyncio.run(main())
