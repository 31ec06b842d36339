"""The supervisor's queue over HTTP on PostgreSQL, against a hand-written-SQL floor.

    uv run python bench/linkage_queue.py --concurrency 8 --seconds 20

1. Creates the database (default ``shenguan_bench``) if missing, migrates it, loads the
   demo, and seeds 100,000 licensees and 1,000,000 pushes with COPY
   (``bench/linkage_seed.py``) unless it already holds them. ``--reseed`` drops the
   database and does it all again (after a change of the migrations, for instance).
2. Starts two servers, one uvicorn process each, same pool size: the app
   (``api.app:from_environment``, /graphql) and the floor (``bench/floor_app.py``).
3. Logs in as ``scj.supervisor`` (session cookie + CSRF), checks that both answer the
   same data, then loads each in turn with ``bench/http_load.py``'s worker (same
   concurrency, duration and warm-up) and prints a table: req/s, p50, p99, and the
   app's throughput as a share of the floor's.

``--profile N``: instead of the load, N requests through the app in-process (httpx ASGI
transport) under cProfile, with the SQL statements per request; prints the top functions.
Only local servers; bounded in time.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import orjson

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import http_load  # noqa: E402  (bench/http_load.py: the load generator's worker)

QUERY_FILE = HERE / "queries" / "supervisor_queue.graphql"
SUPERVISOR = "scj.supervisor"
PASSWORD = "Baokang2026!"  # the demo users' password (domain/demo.py)
LOGIN = """
mutation($input: LoginInput!) {
  login(input: $input) { __typename ... on LoginSuccess { csrfToken } }
}
"""


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name, query=""))


async def ensure_database(url: str, *, fresh: bool) -> None:
    """Create the database if missing; with ``fresh``, drop it first."""
    name = urlsplit(url).path.lstrip("/")
    admin = await asyncpg.connect(_with_database(url, "postgres"))
    try:
        if fresh:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await admin.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")
    finally:
        await admin.close()


def shenguan(env: dict[str, str], *args: str) -> None:
    command = [str(Path(sys.executable).parent / "shenguan"), *args]
    subprocess.run(command, env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


async def prepare(args: argparse.Namespace, env: dict[str, str]) -> None:
    url = args.database_url
    await ensure_database(url, fresh=args.reseed)
    shenguan(env, "migrate")
    connection = await asyncpg.connect(_with_database(url, urlsplit(url).path.lstrip("/")))
    try:
        if not await connection.fetchval("SELECT count(*) FROM accounts_department"):
            shenguan(env, "load-demo")
        pushes = await connection.fetchval("SELECT count(*) FROM linkage_push")
        licensees = await connection.fetchval("SELECT count(*) FROM linkage_licensee")
    finally:
        await connection.close()
    if not args.reseed and pushes == args.pushes and licensees == args.licensees:
        print(f"database holds {pushes:,} pushes and {licensees:,} licensees: not seeding")
        return
    print(f"seeding {args.licensees:,} licensees and {args.pushes:,} pushes …")
    from linkage_seed import seed

    from domain.calendar.store import get_calendar
    from shenguan import db

    await db.init_db(url)
    try:
        calendar = await get_calendar()
    finally:
        await db.close_db()
    await seed(url, calendar, licensees=args.licensees, pushes=args.pushes)


@dataclass
class Result:
    name: str
    rps: float
    p50: float
    p99: float
    ok: int
    failed: int
    server_cpu: float  # seconds of the server process's CPU per request
    client_cpu: float  # seconds of this process's CPU (the load generator) per request


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure(
    name: str, pid: int, client: httpx.AsyncClient, url: str, body: dict, args
) -> Result:
    """Like bench/http_load.py's main(): warm-up, then ``concurrency`` workers; with the
    CPU time the server (``pid``) and the load generator spent."""
    await http_load.worker(client, url, body, time.perf_counter() + args.warmup, [])
    latencies: list[float] = []
    server_cpu, client_cpu = cpu_seconds(pid), time.process_time()
    started = time.perf_counter()
    stop_at = started + args.seconds
    failed = sum(
        await asyncio.gather(
            *(
                http_load.worker(client, url, body, stop_at, latencies)
                for _ in range(args.concurrency)
            )
        )
    )
    elapsed = time.perf_counter() - started
    server_cpu, client_cpu = cpu_seconds(pid) - server_cpu, time.process_time() - client_cpu
    if not latencies:
        raise SystemExit(f"{name}: no successful request ({failed} failed)")
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    n = len(latencies) + failed
    return Result(
        name,
        len(latencies) / elapsed,
        statistics.median(latencies),
        p99,
        len(latencies),
        failed,
        server_cpu / n,
        client_cpu / n,
    )


@contextmanager
def server(name: str, app: str, port: int, env: dict[str, str]) -> Iterator[tuple[str, int]]:
    command = [
        str(Path(sys.executable).parent / "uvicorn"),
        "--factory", app, "--host", "127.0.0.1", "--port", str(port),
        "--workers", "1", "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None:
                raise SystemExit(f"{name} server exited with {process.returncode}")
            time.sleep(0.1)
        else:
            raise SystemExit(f"{name} server did not start")
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


async def login(client: httpx.AsyncClient, graphql_url: str) -> None:
    response = await client.post(
        graphql_url,
        json={
            "query": LOGIN,
            "variables": {"input": {"username": SUPERVISOR, "password": PASSWORD}},
        },
    )
    body = response.json()
    if body.get("data", {}).get("login", {}).get("__typename") != "LoginSuccess":
        raise SystemExit(f"login failed: {body}")
    client.headers["X-CSRF-Token"] = body["data"]["login"]["csrfToken"]


async def run_load(args: argparse.Namespace, env: dict[str, str]) -> None:
    body = {"query": QUERY_FILE.read_text()}
    app_env = {**env, "SHENGUAN_DATABASE_URL": f"{args.database_url}?maxsize={args.pool_size}"}
    floor_env = {
        **env,
        "BENCH_DATABASE_URL": args.database_url,
        "BENCH_POOL_SIZE": str(args.pool_size),
        "PYTHONPATH": str(ROOT),
    }
    with (
        server("app", "api.app:from_environment", args.port, app_env) as (app_base, app_pid),
        server("floor", "bench.floor_app:create_app", args.port + 1, floor_env) as (
            floor_base,
            floor_pid,
        ),
    ):
        limits = httpx.Limits(max_connections=args.concurrency)
        async with httpx.AsyncClient(limits=limits, timeout=30) as client:
            await login(client, app_base + "/graphql")
            answers = [
                (await client.post(url, json=body)).json()
                for url in (app_base + "/graphql", floor_base + "/queue")
            ]
            if answers[0] != answers[1]:
                raise SystemExit(f"the app and the floor answer differently:\n{answers}")
            nodes = answers[0]["data"]["pushes"]["nodes"]
            print(
                f"same answer from both: {len(nodes)} pushes, {len(orjson.dumps(answers[0])):,} B"
            )
            targets = [
                ("floor", floor_pid, floor_base + "/queue"),
                ("app", app_pid, app_base + "/graphql"),
            ]
            if args.only:
                targets = [t for t in targets if t[0] == args.only]
            results = [
                await measure(name, pid, client, url, body, args) for name, pid, url in targets
            ]
    print(
        f"\nconcurrency {args.concurrency}, {args.seconds:.0f} s each after {args.warmup:.0f} s"
        f" warm-up, 1 uvicorn process each, pool max {args.pool_size}"
    )
    print(
        f"{'server':<8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'ok':>8}{'failed':>8}"
        f"{'÷ floor':>9}{'server CPU ms/req':>19}{'client CPU ms/req':>19}"
    )
    floor = next((r.rps for r in results if r.name == "floor"), None)
    for r in results:
        ratio = f"{r.rps / floor:.1%}" if floor else "-"
        print(
            f"{r.name:<8}{r.rps:>9.1f}{r.p50 * 1000:>9.1f}{r.p99 * 1000:>9.1f}"
            f"{r.ok:>8}{r.failed:>8}{ratio:>9}{r.server_cpu * 1000:>19.1f}"
            f"{r.client_cpu * 1000:>19.1f}"
        )


class GcTimer:
    """Time spent in the garbage collector (gc.callbacks)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started = 0.0
        self.by_generation = [0.0, 0.0, 0.0]
        self.count = [0, 0, 0]
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.thread_time()
        else:
            spent = time.thread_time() - self._started
            self.seconds += spent
            self.by_generation[info["generation"]] += spent
            self.count[info["generation"]] += 1


async def timed(client: httpx.AsyncClient, url: str, body: dict, n: int, gc_timer: GcTimer) -> str:
    """``n`` requests one after the other: wall and CPU (this process) per request."""
    wall, cpu, in_gc = time.perf_counter(), time.process_time(), gc_timer.seconds
    by_generation, count = list(gc_timer.by_generation), list(gc_timer.count)
    for _ in range(n):
        response = await client.post(url, json=body)
        assert response.status_code == 200 and "errors" not in response.json(), response.text
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    in_gc = gc_timer.seconds - in_gc
    spent = [(gc_timer.by_generation[g] - by_generation[g]) / n * 1000 for g in range(3)]
    generations = ", ".join(
        f"gen{g} {gc_timer.count[g] - count[g]}× {spent[g]:.1f} ms" for g in range(3)
    )
    return (
        f"{wall / n * 1000:.1f} ms wall, {cpu / n * 1000:.1f} ms CPU"
        f" (of which GC {in_gc / n * 1000:.1f} ms: {generations}) per request"
    )


@contextmanager
def phases(spent: dict[str, float]) -> Iterator[None]:
    """CPU time (this thread) spent in the steps of a request, added up in ``spent``: the
    session, the page, the preload, strawberry's execution (which holds the page and the
    preload), the JSON encoding. Meant for one request at a time."""
    from strawberry.schema.schema import Schema

    import api.app
    import api.linkage.queries

    def timed_async(owner: object, name: str, label: str) -> tuple[object, str, object]:
        original = getattr(owner, name)

        async def wrapper(*args: object, **kwargs: object) -> object:
            started = time.thread_time()
            try:
                return await original(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.thread_time() - started

        setattr(owner, name, wrapper)
        return owner, name, original

    encode = api.app.ShenguanGraphQL.encode_json

    def timed_encode(self: object, data: object) -> str:
        started = time.thread_time()
        try:
            return encode(self, data)  # type: ignore[arg-type]
        finally:
            spent["JSON encoding"] = spent.get("JSON encoding", 0.0) + time.thread_time() - started

    patched = [
        timed_async(api.app, "authenticate_http", "session (1 statement)"),
        timed_async(api.linkage.queries, "paginate", "page (1 statement, 51 rows, cursors)"),
        timed_async(api.linkage.queries, "preload_pushes", "preload"),
        timed_async(Schema, "execute", "strawberry execute (page and preload included)"),
    ]
    api.app.ShenguanGraphQL.encode_json = timed_encode  # type: ignore[method-assign]
    try:
        yield
    finally:
        api.app.ShenguanGraphQL.encode_json = encode  # type: ignore[method-assign]
        for owner, name, original in patched:
            setattr(owner, name, original)


async def run_profile(args: argparse.Namespace, env: dict[str, str]) -> None:
    """In-process (httpx ASGI transport, one request at a time): SQL statements per
    request, wall and CPU time per request of the app and the floor, then the app under
    cProfile for ``--profile`` requests."""
    os.environ.update(
        {**env, "SHENGUAN_DATABASE_URL": f"{args.database_url}?maxsize={args.pool_size}"}
    )
    os.environ.update(BENCH_DATABASE_URL=args.database_url, BENCH_POOL_SIZE=str(args.pool_size))
    from floor_app import create_app as create_floor

    from api.app import create_app
    from shenguan.settings import load_settings
    from tests.sqlcount import count_queries

    app, floor = create_app(load_settings()), create_floor()
    body = {"query": args.query_file.read_text()}
    with_floor = args.query_file.resolve() == QUERY_FILE
    gc_timer = GcTimer()
    async with app.router.lifespan_context(app), floor.router.lifespan_context(floor):
        transport = httpx.ASGITransport(app=app)
        async with (
            httpx.AsyncClient(transport=transport, base_url="http://bench") as client,
            httpx.AsyncClient(
                transport=httpx.ASGITransport(app=floor), base_url="http://bench"
            ) as floor_client,
        ):
            await login(client, "/graphql")
            floor_client.cookies = client.cookies
            for _ in range(20):  # warm the caches (parser, validation, calendar, statements)
                await client.post("/graphql", json=body)
                await floor_client.post("/queue", json=body)
            with count_queries() as counted:
                await client.post("/graphql", json=body)
            print(f"app: {counted.count} SQL statements per request")
            for statement in counted.statements:
                print(f"  {statement[:120]}")
            print(f"objects tracked by the GC: {len(gc.get_objects()):,}")
            print(f"app:   {await timed(client, '/graphql', body, args.profile, gc_timer)}")
            print(f"objects tracked by the GC: {len(gc.get_objects()):,}")
            if with_floor:
                floor_timing = await timed(floor_client, "/queue", body, args.profile, gc_timer)
                print(f"floor: {floor_timing}")
            spent: dict[str, float] = {}
            with phases(spent):
                total = time.thread_time()
                for _ in range(args.profile):
                    await client.post("/graphql", json=body)
                total = time.thread_time() - total
            print(f"app, CPU per request by step (of {total / args.profile * 1000:.1f} ms):")
            for label, seconds in spent.items():
                print(f"  {label}: {seconds / args.profile * 1000:.1f} ms")
            profile = cProfile.Profile()
            started = time.perf_counter()
            profile.enable()
            for _ in range(args.profile):
                await client.post("/graphql", json=body)
            profile.disable()
            elapsed = time.perf_counter() - started
    print(f"app: {elapsed / args.profile * 1000:.1f} ms per request under cProfile")
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats("tottime")
    stats.print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)
    # Where the request goes, by step (cumulative times).
    stats.print_stats(
        r"authenticate_http|\(paginate\)|preload_pushes|execute_select|_init_from_db"
        r"|from_model|encode_json|parse_http_body|\(execute\)|to_global_id|encode_cursor"
    )
    print(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/shenguan_bench"
    )
    parser.add_argument(
        "--reseed", action="store_true", help="drop the database and start again (new schema)"
    )
    parser.add_argument("--licensees", type=int, default=100_000)
    parser.add_argument("--pushes", type=int, default=1_000_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--pool-size", type=int, default=5, help="database pool max, both")
    parser.add_argument("--port", type=int, default=8791, help="the app; the floor: +1")
    parser.add_argument("--only", choices=["app", "floor"], help="load one server only")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--top", type=int, default=35, help="profile lines shown")
    parser.add_argument(
        "--query-file",
        type=Path,
        default=QUERY_FILE,
        help="with --profile: another operation of the app (the floor answers only the default)",
    )
    args = parser.parse_args()
    if args.query_file.resolve() != QUERY_FILE and not args.profile:
        parser.error("--query-file goes with --profile: the floor answers only the default")

    data_dir = tempfile.mkdtemp(prefix="shenguan-bench-")
    env = {
        **os.environ,
        "SHENGUAN_DATABASE_URL": args.database_url,
        "SHENGUAN_DATA_DIR": data_dir,
        "SHENGUAN_LOG_LEVEL": "WARNING",
    }
    asyncio.run(prepare(args, env))
    asyncio.run(run_profile(args, env) if args.profile else run_load(args, env))


if __name__ == "__main__":
    main()
