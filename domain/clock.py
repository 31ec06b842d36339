"""The one clock of the service.

Everything that needs the current time calls :func:`utc_now`. Tests and the
embedded demo inject another clock with :func:`set_clock`; nothing else reads
the system time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until moved; for tests."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._at = at.astimezone(UTC)

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._at = at.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self._at += delta


class OffsetClock:
    """The system time moved by an offset that tests change while the service runs
    (``SHENGUAN_TEST_CLOCK``, for browser tests only): it keeps ticking, and everything
    of the process that reads :func:`utc_now` — requests, the embedded worker and
    scheduler — sees the moved time."""

    def __init__(self, base: Clock | None = None) -> None:
        self._base = base or SystemClock()
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return self._base.now() + self.offset

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("OffsetClock needs a timezone-aware datetime")
        self.offset = at.astimezone(UTC) - self._base.now()

    def advance(self, delta: timedelta) -> None:
        self.offset += delta

    def reset(self) -> None:
        self.offset = timedelta(0)


_clock: Clock = SystemClock()


def current_clock() -> Clock:
    return _clock


def set_clock(clock: Clock) -> Clock:
    """Install ``clock`` for the whole process; returns the previous one."""
    global _clock
    previous, _clock = _clock, clock
    return previous


def utc_now() -> datetime:
    return _clock.now()
