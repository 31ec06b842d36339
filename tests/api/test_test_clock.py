"""The test-only clock (SHENGUAN_TEST_CLOCK, for browser tests): POST /test/clock moves
the service's clock for requests and for the embedded scheduler's sweeps; without the
setting the route does not exist; the setting is refused with a public address or a
broker."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from domain.clock import FixedClock, OffsetClock, SystemClock, current_clock, set_clock, utc_now
from jobs.scheduler import Scheduler, Sweep
from shenguan.settings import Settings, SettingsError, load_settings

pytestmark = pytest.mark.usefixtures("db")

CLOCK = "/test/clock"


@pytest.fixture
def system_clock() -> Iterator[None]:
    """The system clock, as the service starts with; whatever the test installs is
    undone afterwards."""
    previous = set_clock(SystemClock())
    yield
    set_clock(previous)


async def _client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    from api.app import create_app

    app = create_app(settings, manage_db=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
async def clock_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async for c in _client(replace(settings, test_clock=True)):
        yield c


def _close(a: datetime, b: datetime) -> bool:
    return abs(a - b) < timedelta(seconds=5)


@pytest.mark.usefixtures("system_clock")
async def test_clock_route_moves_the_service_clock_forward_to_a_time_and_back(
    clock_client: httpx.AsyncClient,
) -> None:
    start = datetime.now(UTC)
    response = await clock_client.post(CLOCK, json={"advanceSeconds": 3 * 86400})
    assert response.status_code == 200, response.text
    moved = start + timedelta(days=3)
    assert _close(datetime.fromisoformat(response.json()["now"]), moved)
    assert isinstance(current_clock(), OffsetClock)
    assert _close(utc_now(), moved)  # the process's one clock (requests, worker, scheduler)

    target = "2026-12-01T09:30:00+08:00"
    response = await clock_client.post(CLOCK, json={"set": target})
    assert _close(utc_now(), datetime.fromisoformat(target))
    read = (await clock_client.get(CLOCK)).json()
    assert _close(datetime.fromisoformat(read["now"]), datetime.fromisoformat(target))
    assert response.json()["offsetSeconds"] == pytest.approx(read["offsetSeconds"], abs=5)

    response = await clock_client.post(CLOCK, json={"reset": True})
    assert response.json()["offsetSeconds"] == 0
    assert _close(utc_now(), datetime.now(UTC))


@pytest.mark.usefixtures("system_clock")
async def test_clock_route_the_moved_time_is_seen_by_the_embedded_scheduler(
    clock_client: httpx.AsyncClient,
) -> None:
    class Lock:
        async def acquire(self) -> bool:
            return True

        async def renew(self) -> bool:
            return True

        async def release(self) -> None:
            return None

    dispatched: list[datetime] = []

    async def record(sweep: Sweep, now: datetime) -> None:
        dispatched.append(now)

    scheduler = Scheduler(Lock(), sweeps=[Sweep("s", timedelta(minutes=1), "x:y")], dispatch=record)
    assert await scheduler.step() == ["s"]
    assert await scheduler.step() == []  # not due again within the minute
    await clock_client.post(CLOCK, json={"advanceSeconds": 2 * 86400})
    assert await scheduler.step() == ["s"]  # the moved time makes the sweep due at once
    assert dispatched[1] - dispatched[0] >= timedelta(days=2)


async def test_clock_route_moves_the_fixed_clock_of_the_api_tests(
    clock_client: httpx.AsyncClient, clock: FixedClock
) -> None:
    before = clock.now()
    response = await clock_client.post(CLOCK, json={"advanceSeconds": 60})
    assert response.status_code == 200
    assert clock.now() - before == timedelta(seconds=60)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"advanceSeconds": "60"},
        {"advanceSeconds": True},
        {"advanceSeconds": 1e12},
        {"set": "2026-06-01T10:00:00"},  # no time zone
        {"set": "tomorrow"},
        {"reset": False},
        {"advanceSeconds": 1, "reset": True},
        [],
    ],
)
async def test_clock_route_refuses_bad_bodies_and_leaves_the_clock(
    clock_client: httpx.AsyncClient, clock: FixedClock, body: object
) -> None:
    before = clock.now()
    response = await clock_client.post(CLOCK, json=body)
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
    assert clock.now() == before


async def test_clock_route_does_not_exist_without_the_setting(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    before = clock.now()
    response = await client.post(CLOCK, json={"advanceSeconds": 86400})
    assert response.status_code in (404, 405)
    assert clock.now() == before
    response = await client.get(CLOCK)
    assert "offsetSeconds" not in response.text


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        "SHENGUAN_DATA_DIR": str(tmp_path),
        "SHENGUAN_SECRET_KEY": "test-secret-key-that-is-long-enough-000000",
        **extra,
    }


def test_clock_setting_is_off_by_default_and_on_for_a_local_address(tmp_path: Path) -> None:
    assert load_settings(_env(tmp_path)).test_clock is False
    assert load_settings(_env(tmp_path, SHENGUAN_TEST_CLOCK="1")).test_clock is True
    local = _env(tmp_path, SHENGUAN_TEST_CLOCK="1", SHENGUAN_PUBLIC_BASE_URL="http://localhost:9")
    assert load_settings(local).test_clock is True


@pytest.mark.parametrize(
    "extra",
    [
        {"SHENGUAN_PUBLIC_BASE_URL": "https://shenguan.baokang.gov.cn"},
        {"SHENGUAN_BROKER_URL": "redis://127.0.0.1:6379/0"},
    ],
)
def test_clock_setting_is_refused_with_a_public_address_or_a_broker(
    tmp_path: Path, extra: dict[str, str]
) -> None:
    with pytest.raises(SettingsError, match="SHENGUAN_TEST_CLOCK"):
        load_settings(_env(tmp_path, SHENGUAN_TEST_CLOCK="1", **extra))
