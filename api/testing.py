"""Test-only routes: with ``SHENGUAN_TEST_CLOCK=1`` the app serves ``POST /test/clock``,
which moves the service's clock, so that a browser test can make a deadline fall due
(reminders, M1; overdue, T4) without waiting days. Without the setting the route does
not exist (404). The settings refuse the test clock with a public base URL or a broker
(a separate worker or scheduler process would not see the moved clock); in the
embedded default the in-process worker and scheduler read the same clock as the
requests, so their sweeps see the moved time.

The body is one of::

    {"advanceSeconds": 86400}              # move forward (negative: back)
    {"set": "2026-06-01T10:00:00+08:00"}   # move to a time (with a time zone)
    {"reset": true}                        # back to the system time

and the answer ``{"now": "<ISO 8601>", "offsetSeconds": <float>}``; ``GET`` only reads.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from domain.clock import Clock, OffsetClock, current_clock, set_clock, utc_now
from shenguan.settings import Settings

log = logging.getLogger("shenguan.testing")

TEST_CLOCK_PATH = "/test/clock"
MAX_ADVANCE_SECONDS = 10 * 366 * 86400


def _adjustable() -> Any:
    """The service's clock if tests can move it (an OffsetClock, or the FixedClock of
    the API tests); otherwise an OffsetClock over it, installed for the process."""
    clock: Clock = current_clock()
    if hasattr(clock, "set") and hasattr(clock, "advance"):
        return clock
    offset = OffsetClock(clock)
    set_clock(offset)
    return offset


def _bad(message: str) -> Response:
    return JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": "INVALID_INPUT"}}]},
        status_code=400,
    )


def _state(clock: Any) -> Response:
    offset = getattr(clock, "offset", None)
    return JSONResponse(
        {
            "now": utc_now().isoformat(),
            "offsetSeconds": offset.total_seconds() if isinstance(offset, timedelta) else None,
        }
    )


async def move_clock(request: Request) -> Response:
    clock = _adjustable()
    if request.method == "GET":
        return _state(clock)
    try:
        body = await request.json()
    except ValueError:
        return _bad("请求体须为 JSON 对象。")
    if not isinstance(body, dict) or len(body) != 1:
        return _bad("请求体须只含 advanceSeconds、set 或 reset 之一。")
    ((key, value),) = body.items()
    if key == "advanceSeconds":
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not math.isfinite(value)
            or abs(value) > MAX_ADVANCE_SECONDS
        ):
            return _bad("advanceSeconds 须为秒数（至多 10 年）。")
        clock.advance(timedelta(seconds=value))
    elif key == "set":
        try:
            at = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            at = None
        if at is None or at.tzinfo is None:
            return _bad("set 须为带时区的 ISO 8601 时间，如 2026-06-01T10:00:00+08:00。")
        clock.set(at)
    elif key == "reset" and value is True:
        if not hasattr(clock, "reset"):
            return _bad("该时钟不能重置。")
        clock.reset()
    else:
        return _bad("请求体须只含 advanceSeconds、set 或 reset 之一。")
    log.warning("test clock moved", extra={"now": utc_now().isoformat()})
    return _state(clock)


def testing_routes(settings: Settings) -> list[Route]:
    """The test-only routes of ``settings``: none unless ``SHENGUAN_TEST_CLOCK`` is on."""
    if not settings.test_clock:
        return []
    log.warning(
        "SHENGUAN_TEST_CLOCK is on: POST %s lets anyone move the service's clock. "
        "For browser tests only, never in production.",
        TEST_CLOCK_PATH,
    )
    return [Route(TEST_CLOCK_PATH, move_clock, methods=["GET", "POST"])]
