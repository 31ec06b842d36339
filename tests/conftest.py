"""Shared fixtures.

The database is SQLite in a temporary folder unless ``SHENGUAN_TEST_DATABASE_URL``
names a PostgreSQL server: then a fresh database is created on it for the run and
dropped afterwards. ``SHENGUAN_TEST_REDIS_URL`` likewise turns on the Redis tests.
With ``SHENGUAN_TEST_REQUIRE_SERVICES=1`` (set by .ci/run) a missing service is
a failure, never a skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx
import pytest
from tortoise import Tortoise

from domain.clock import FixedClock, set_clock
from shenguan import db as shenguan_db
from shenguan.settings import Settings, load_settings

TEST_DATABASE_URL = os.environ.get("SHENGUAN_TEST_DATABASE_URL") or None
TEST_REDIS_URL = os.environ.get("SHENGUAN_TEST_REDIS_URL") or None
REQUIRE_SERVICES = os.environ.get("SHENGUAN_TEST_REQUIRE_SERVICES") == "1"


def service_url(name: str, url: str | None) -> str:
    """The URL of a real service for a test, or skip (fail under CI) when none is given."""
    if url:
        return url
    message = f"{name} is not configured (SHENGUAN_TEST_{name.upper()}_URL)"
    if REQUIRE_SERVICES:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def redis_url() -> str:
    return service_url("redis", TEST_REDIS_URL)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The PostgreSQL server under test (for tests that need PostgreSQL itself)."""
    return service_url("database", TEST_DATABASE_URL)


# Dramatiq brokers to test against: comma-separated redis:// and amqp:// URLs.
TEST_BROKER_URLS = [
    url.strip()
    for url in (os.environ.get("SHENGUAN_TEST_BROKER_URLS") or "").split(",")
    if url.strip()
]


@pytest.fixture(params=["redis", "amqp"])
def broker_url(request: pytest.FixtureRequest) -> str:
    """A real broker of each kind named in SHENGUAN_TEST_BROKER_URLS (skip/fail if absent)."""
    url = next((u for u in TEST_BROKER_URLS if u.startswith(request.param)), None)
    if url:
        return url
    message = f"no {request.param}:// broker in SHENGUAN_TEST_BROKER_URLS"
    if REQUIRE_SERVICES:
        pytest.fail(message)
    pytest.skip(message)


# ---- databases --------------------------------------------------------------


def _server_and_name(url: str) -> tuple[str, str]:
    base, _, name = url.rpartition("/")
    return base, name


async def create_postgres_database(server_url: str) -> str:
    """Create an empty database on the server of ``server_url``; return its URL."""
    base, admin_db = _server_and_name(server_url)
    name = f"shenguan_test_{uuid.uuid4().hex[:12]}"
    connection = await asyncpg.connect(f"postgresql://{base.split('://', 1)[1]}/{admin_db}")
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return f"{base}/{name}"


async def drop_postgres_database(url: str) -> None:
    base, name = _server_and_name(url)
    _, admin_db = _server_and_name(TEST_DATABASE_URL or "")
    connection = await asyncpg.connect(f"postgresql://{base.split('://', 1)[1]}/{admin_db}")
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def tmp_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("shenguan")


@pytest.fixture
async def empty_database_url(tmp_path: Path) -> AsyncIterator[str]:
    """A URL of a new, empty database of the dialect under test (for migration tests)."""
    if TEST_DATABASE_URL:
        url = await create_postgres_database(TEST_DATABASE_URL)
        yield url
        await drop_postgres_database(url)
    else:
        yield f"sqlite://{tmp_path / 'empty.sqlite3'}"


@pytest.fixture(scope="session")
async def database_url(tmp_root: Path) -> AsyncIterator[str]:
    """The run's database, schema created from the models, open for the whole session."""
    if TEST_DATABASE_URL:
        url = await create_postgres_database(TEST_DATABASE_URL)
    else:
        url = f"sqlite://{tmp_root / 'test.sqlite3'}"
    await shenguan_db.init_db(url)
    await Tortoise.generate_schemas()
    yield url
    await shenguan_db.close_db()
    if TEST_DATABASE_URL:
        await drop_postgres_database(url)


async def _empty_all_tables() -> None:
    connection = Tortoise.get_connection("default")
    tables = [
        model._meta.db_table
        for app in Tortoise.apps.values()
        for model in app.values()
        if model._meta.db_table != "aerich"
    ]
    if TEST_DATABASE_URL:
        quoted = ", ".join(f'"{t}"' for t in tables)
        await connection.execute_script(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
    else:
        await connection.execute_script("PRAGMA foreign_keys = OFF;")
        for table in tables:
            await connection.execute_script(f'DELETE FROM "{table}";')
        await connection.execute_script("DELETE FROM sqlite_sequence;" if tables else "")
        await connection.execute_script("PRAGMA foreign_keys = ON;")


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[str]:
    """An empty database with the current schema; emptied again after the test."""
    await _empty_all_tables()
    yield database_url
    await _empty_all_tables()


# ---- clock, settings, HTTP client ------------------------------------------


@pytest.fixture
def clock() -> Iterator[FixedClock]:
    """The service's clock, fixed at 2026-06-01 10:00 Asia/Shanghai until moved."""
    fixed = FixedClock(datetime(2026, 6, 1, 2, 0, tzinfo=UTC))
    previous = set_clock(fixed)
    yield fixed
    set_clock(previous)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return load_settings(
        {
            "SHENGUAN_DATA_DIR": str(tmp_path / "var"),
            "SHENGUAN_SECRET_KEY": "test-secret-key-that-is-long-enough-000000",
            "SHENGUAN_DATABASE_URL": database_url,
        }
    )


@pytest.fixture
async def client(db: str, settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client talking to the app in-process (the database is the test's)."""
    from api.app import create_app

    app = create_app(settings, manage_db=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c
