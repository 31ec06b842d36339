"""Leader locks: only the holder of the lock acts (used by the scheduler).

Every lock is non-blocking: :meth:`acquire` answers at once whether this process now
holds it; :meth:`renew` (called every tick) answers whether it still does.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import uuid
from pathlib import Path
from typing import IO, Protocol

import asyncpg

from shenguan.settings import Settings

log = logging.getLogger(__name__)

LOCK_NAME = "shenguan:scheduler"


class LeaderLock(Protocol):
    async def acquire(self) -> bool: ...

    async def renew(self) -> bool: ...

    async def release(self) -> None: ...


class FileLock:
    """An exclusive ``flock`` on a file: one holder among the processes of one machine
    (and among lock objects of one process). For the embedded SQLite default."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    async def acquire(self) -> bool:
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        self._handle = handle
        return True

    async def renew(self) -> bool:
        return self._handle is not None

    async def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


def _advisory_key(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class PostgresAdvisoryLock:
    """A PostgreSQL session advisory lock, held on a connection of its own.

    If that connection dies, the server releases the lock and :meth:`renew` says so.
    """

    def __init__(self, database_url: str, name: str = LOCK_NAME) -> None:
        self.dsn = "postgresql://" + database_url.split("://", 1)[1]
        self.key = _advisory_key(name)
        self._connection: asyncpg.Connection | None = None
        self._held = False

    async def acquire(self) -> bool:
        if self._held:
            return True
        try:
            if self._connection is None or self._connection.is_closed():
                self._connection = await asyncpg.connect(self.dsn)
            self._held = bool(
                await self._connection.fetchval("SELECT pg_try_advisory_lock($1)", self.key)
            )
        except (OSError, asyncpg.PostgresError):
            log.warning("advisory lock: database unreachable", exc_info=True)
            await self._drop_connection()
        return self._held

    async def renew(self) -> bool:
        if not self._held or self._connection is None:
            return False
        try:
            await self._connection.fetchval("SELECT 1")
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
            await self._drop_connection()
        return self._held

    async def release(self) -> None:
        if self._connection is not None and self._held:
            try:
                await self._connection.execute("SELECT pg_advisory_unlock($1)", self.key)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
                pass
        await self._drop_connection()

    async def _drop_connection(self) -> None:
        self._held = False
        if self._connection is not None:
            connection, self._connection = self._connection, None
            try:
                await connection.close(timeout=5)
            except Exception:  # it is going away anyway
                connection.terminate()


_RENEW = """
if redis.call('get', KEYS[1]) == ARGV[1] then
    return redis.call('pexpire', KEYS[1], ARGV[2])
end
return 0
"""
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
    return redis.call('del', KEYS[1])
end
return 0
"""


class RedisLock:
    """A Redis key set with NX and a TTL, renewed by its holder every tick.

    A holder that stops renewing (crashed, partitioned) loses the lock after ``ttl_ms``.
    """

    def __init__(self, redis_url: str, name: str = LOCK_NAME, ttl_ms: int = 30_000) -> None:
        import redis.asyncio as redis

        self.client = redis.from_url(redis_url)
        self.key = name
        self.ttl_ms = ttl_ms
        self.token = f"{os.getpid()}:{uuid.uuid4().hex}"
        self._held = False

    async def acquire(self) -> bool:
        if self._held:
            return await self.renew()
        try:
            self._held = bool(await self.client.set(self.key, self.token, nx=True, px=self.ttl_ms))
        except OSError:
            log.warning("redis lock: redis unreachable", exc_info=True)
            self._held = False
        except Exception:  # redis.exceptions.ConnectionError is not an OSError
            log.warning("redis lock: could not acquire", exc_info=True)
            self._held = False
        return self._held

    async def renew(self) -> bool:
        if not self._held:
            return False
        try:
            renewed = await self.client.eval(_RENEW, 1, self.key, self.token, self.ttl_ms)
        except Exception:
            log.warning("redis lock: could not renew", exc_info=True)
            renewed = 0
        self._held = bool(renewed)
        return self._held

    async def release(self) -> None:
        try:
            if self._held:
                await self.client.eval(_RELEASE, 1, self.key, self.token)
        except Exception:
            log.warning("redis lock: could not release", exc_info=True)
        finally:
            self._held = False
            await self.client.aclose()


def leader_lock(settings: Settings) -> LeaderLock:
    """The scheduler's lock for this configuration."""
    if settings.redis_url:
        return RedisLock(settings.redis_url)
    if not settings.is_sqlite:
        return PostgresAdvisoryLock(settings.database_url)
    return FileLock(settings.data_dir / "scheduler.lock")
