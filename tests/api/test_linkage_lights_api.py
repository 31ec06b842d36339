"""Deadline lights and the due-soon queues through /graphql (A2): DueState.light, and
the dueSoon filter of pushes and supervisionTasks, by the calendar."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import httpx

from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.linkage.services import claims
from tests.factories import gql, make_api_token
from tests.linkage_factories import make_linked_county, record
from tests.sqlcount import count_queries

PUSHES = """
query Pushes($filter: PushFilter) {
  pushes(filter: $filter, first: 50) {
    nodes { documentNumber status claimDue { light overdue } task { due { light } } }
  }
}
"""

TASKS = """
query Tasks($filter: SupervisionTaskFilter) {
  supervisionTasks(filter: $filter, first: 50) {
    nodes { push { documentNumber } due { light overdue } }
  }
}
"""


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=SHANGHAI)


async def query(
    client: httpx.AsyncClient, token: str, text: str, variables: Any
) -> list[dict[str, Any]]:
    """As SCJ's dashboard token: the clock moves by weeks, past a session's lifetime."""
    body = await gql(client, text, variables, token=token)
    assert "errors" not in body, body
    return next(iter(body["data"].values()))["nodes"]  # type: ignore[no-any-return]


async def test_a2_push_lights_and_the_due_soon_queue(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    await calendar_services.seed_from_package()
    county, catalogue = await make_linked_county()
    token = await make_api_token(department=county.scj)
    await record(county, catalogue, "BK-MON", serial=1)  # Mon 1 June: due Thu 4 June
    claimed = await record(county, catalogue, "BK-DONE", serial=2)
    await claims.claim_push(county.actor("scj.sup"), claimed.id)
    clock.set(at(date(2026, 6, 3)))
    await record(county, catalogue, "BK-WED", serial=3)  # Wed 3 June: due Mon 8 June

    lights = {
        p["documentNumber"]: p["claimDue"]["light"] for p in await query(client, token, PUSHES, {})
    }
    assert lights == {"BK-MON": "YELLOW", "BK-WED": "GREEN", "BK-DONE": "NONE"}
    soon = await query(client, token, PUSHES, {"filter": {"dueSoon": True}})
    assert [p["documentNumber"] for p in soon] == ["BK-MON"]

    clock.set(at(date(2026, 6, 5)))  # Friday: BK-MON overdue, BK-WED due Monday
    lights = {
        p["documentNumber"]: (p["claimDue"]["light"], p["claimDue"]["overdue"])
        for p in await query(client, token, PUSHES, {})
    }
    assert lights == {
        "BK-MON": ("RED", True),
        "BK-WED": ("YELLOW", False),
        "BK-DONE": ("NONE", False),
    }
    soon = await query(client, token, PUSHES, {"filter": {"dueSoon": True}})
    assert [p["documentNumber"] for p in soon] == ["BK-WED"]
    not_soon = await query(client, token, PUSHES, {"filter": {"dueSoon": False}})
    assert {p["documentNumber"] for p in not_soon} == {"BK-MON", "BK-DONE"}
    overdue = await query(
        client, token, PUSHES, {"filter": {"overdue": True, "status": "TO_CLAIM"}}
    )
    assert [p["documentNumber"] for p in overdue] == ["BK-MON"]


async def test_a2_task_lights_and_the_due_soon_queue(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    await calendar_services.seed_from_package()
    county, catalogue = await make_linked_county()
    token = await make_api_token(department=county.scj)
    early = await record(county, catalogue, "BK-1", serial=1)  # tasks due Tue 14 July
    await claims.claim_push(county.actor("scj.sup"), early.id)
    clock.set(at(date(2026, 6, 2)))
    late = await record(county, catalogue, "BK-2", serial=2)  # due Wed 15 July
    await claims.claim_push(county.actor("scj.sup"), late.id)

    clock.set(at(date(2026, 7, 13)))  # Monday: BK-1 due tomorrow
    tasks = await query(client, token, TASKS, {})
    assert [(t["push"]["documentNumber"], t["due"]["light"]) for t in tasks] == [
        ("BK-1", "YELLOW"),
        ("BK-2", "GREEN"),
    ]
    soon = await query(client, token, TASKS, {"filter": {"dueSoon": True}})
    assert [t["push"]["documentNumber"] for t in soon] == ["BK-1"]
    clock.set(at(date(2026, 7, 15)))
    tasks = await query(client, token, TASKS, {})
    assert [(t["push"]["documentNumber"], t["due"]["light"]) for t in tasks] == [
        ("BK-1", "RED"),
        ("BK-2", "YELLOW"),
    ]
    soon = await query(client, token, TASKS, {"filter": {"dueSoon": True}})
    assert [t["push"]["documentNumber"] for t in soon] == ["BK-2"]
    # The same light through the push's task (a nested DueState).
    pushes = await query(client, token, PUSHES, {})
    assert [p["task"]["due"]["light"] for p in pushes] == ["RED", "YELLOW"]


LIGHTS_ONLY = """
query Lights($first: Int) { pushes(first: $first) { nodes { claimDue { light } } } }
"""


async def test_a2_the_light_threshold_is_read_once_per_request_not_per_row(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    county, catalogue = await make_linked_county()
    token = await make_api_token(department=county.scj)
    for serial in range(1, 7):
        await record(county, catalogue, f"BK-{serial}", serial=serial)
    counts = []
    for first in (1, 2, 6):
        with count_queries() as counted:
            body = await gql(client, LIGHTS_ONLY, {"first": first}, token=token)
        assert len(body["data"]["pushes"]["nodes"]) == first, body
        counts.append(counted.count)
        statements = counted.statements
    # The first request warms the process's calendar cache (and marks the token used).
    assert counts[1] == counts[2], (counts, statements)
