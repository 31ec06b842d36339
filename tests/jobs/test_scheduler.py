"""The scheduler: sweeps when due, and only one scheduler acts however many run."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from domain.clock import FixedClock
from jobs.locks import FileLock, LeaderLock, PostgresAdvisoryLock, RedisLock
from jobs.scheduler import SWEEPS, Scheduler, Sweep, find_sweep

SWEEP = Sweep("test_sweep", timedelta(seconds=0), "nowhere:nothing")


def _recorder(calls: list[tuple[str, str]], who: str):
    async def dispatch(sweep: Sweep, now: datetime) -> None:
        calls.append((who, sweep.name))

    return dispatch


LockFactory = Callable[[], LeaderLock]


@pytest.fixture(params=["file", "postgres", "redis"])
def make_lock(request: pytest.FixtureRequest, tmp_path: Path) -> LockFactory:
    name = f"shenguan:test:{uuid.uuid4().hex}"
    if request.param == "file":
        return lambda: FileLock(tmp_path / "scheduler.lock")
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")
        return lambda: PostgresAdvisoryLock(url, name)
    url = request.getfixturevalue("redis_url")
    return lambda: RedisLock(url, name, ttl_ms=2_000)


async def _until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_two_schedulers_started_at_once_only_one_acts(make_lock: LockFactory):
    calls: list[tuple[str, str]] = []
    first = Scheduler(make_lock(), sweeps=[SWEEP], dispatch=_recorder(calls, "a"), tick=0.02)
    second = Scheduler(make_lock(), sweeps=[SWEEP], dispatch=_recorder(calls, "b"), tick=0.02)
    stop_first, stop_second = asyncio.Event(), asyncio.Event()
    tasks = [
        asyncio.create_task(first.run(stop_first)),
        asyncio.create_task(second.run(stop_second)),
    ]
    try:
        await _until(lambda: len(calls) >= 10)
        actors = {who for who, _ in calls}
        assert len(actors) == 1, f"both schedulers acted: {calls}"
        assert first.is_leader != second.is_leader

        # the leader stops: the other one takes over, and still only one acts at a time
        leader, stop_leader = (first, stop_first) if first.is_leader else (second, stop_second)
        follower = second if leader is first else first
        stop_leader.set()
        await tasks[0 if leader is first else 1]
        acted_before = len(calls)
        await _until(lambda: follower.is_leader and len(calls) >= acted_before + 5)
        assert {who for who, _ in calls[acted_before:]} == {"b" if leader is first else "a"}
    finally:
        stop_first.set()
        stop_second.set()
        await asyncio.gather(*tasks)


async def test_a_redis_leader_that_stops_renewing_loses_the_lock(redis_url: str):
    name = f"shenguan:test:{uuid.uuid4().hex}"
    crashed, other = RedisLock(redis_url, name, ttl_ms=300), RedisLock(redis_url, name, ttl_ms=300)
    try:
        assert await crashed.acquire()
        assert not await other.acquire()
        await asyncio.sleep(0.5)  # the holder died without releasing: the TTL runs out
        assert await other.acquire()
        assert not await crashed.renew()
    finally:
        await other.release()
        await crashed.release()


async def test_a_sweep_is_dispatched_once_per_period(clock: FixedClock, tmp_path: Path):
    calls: list[tuple[str, str]] = []
    sweep = Sweep("every_ten_minutes", timedelta(minutes=10), "nowhere:nothing")
    scheduler = Scheduler(
        FileLock(tmp_path / "lock"), sweeps=[sweep], dispatch=_recorder(calls, "a")
    )
    try:
        assert await scheduler.step() == ["every_ten_minutes"]
        clock.advance(timedelta(minutes=9))
        assert await scheduler.step() == []
        clock.advance(timedelta(minutes=1))
        assert await scheduler.step() == ["every_ten_minutes"]
        assert len(calls) == 2
    finally:
        await scheduler.lock.release()


async def test_a_clock_set_back_makes_the_sweeps_due_at_once(clock: FixedClock, tmp_path: Path):
    calls: list[tuple[str, str]] = []
    sweep = Sweep("every_ten_minutes", timedelta(minutes=10), "nowhere:nothing")
    scheduler = Scheduler(
        FileLock(tmp_path / "lock"), sweeps=[sweep], dispatch=_recorder(calls, "a")
    )
    try:
        clock.advance(timedelta(days=3))  # the test clock moved ahead …
        assert await scheduler.step() == ["every_ten_minutes"]
        clock.advance(timedelta(days=-3))  # … and back: not three days without a sweep
        assert await scheduler.step() == ["every_ten_minutes"]
        clock.advance(timedelta(minutes=1))
        assert await scheduler.step() == []
    finally:
        await scheduler.lock.release()


def test_the_registry_has_the_session_purge():
    sweep = find_sweep("purge_expired_sessions")
    assert sweep in SWEEPS
    assert sweep.target == "domain.accounts.sessions:purge_expired_sessions"
