"""The queue's nested objects come from loads made once for the page (api/linkage/preload.py):
resolved at once when loaded, awaited otherwise; only the relations the query selects are
loaded (A2: the page's statements do not grow with the page, nor with what is not asked)."""

from __future__ import annotations

import asyncio
import inspect

import httpx
import pytest

from api.linkage.preload import now_or_later
from tests.api.test_linkage_sqlcount import _fill
from tests.catalogue_factories import sign_in, signed_out
from tests.factories import gql
from tests.linkage_factories import make_linked_county
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")


async def test_a2_a_loaded_object_is_converted_at_once() -> None:
    done = asyncio.get_running_loop().create_future()
    done.set_result(41)
    assert now_or_later(done, lambda n: n + 1) == 42


async def test_a2_an_object_not_loaded_yet_is_awaited() -> None:
    pending = asyncio.get_running_loop().create_future()
    result = now_or_later(pending, lambda n: n + 1)
    assert inspect.isawaitable(result)
    pending.set_result(1)
    assert await result == 2


async def test_a2_a_failed_load_fails_when_awaited() -> None:
    failed = asyncio.get_running_loop().create_future()
    failed.set_exception(LookupError("gone"))
    result = now_or_later(failed, lambda n: n)
    with pytest.raises(LookupError):
        await result


@pytest.mark.parametrize(
    "selection,statements",
    [
        ("documentNumber", 2),  # the session, the page
        ("documentNumber licensee { name }", 3),
        ("department { code } approvalDepartment { code } handlingItem { code }", 4),
        ("licensee { name } task { id } department { code } handlingItem { code }", 6),
        ("openDispute { reason }", 3),
    ],
)
async def test_a2_the_queue_loads_only_the_relations_asked_for(
    client: httpx.AsyncClient, selection: str, statements: int
) -> None:
    signed_out(client)
    county, catalogue = await make_linked_county()
    await _fill(county, catalogue)
    csrf = await sign_in(client, "scj.sup")
    query = "{ pushes(first: 50) { nodes { " + selection + " } } }"
    with count_queries() as counted:
        body = await gql(client, query, {}, csrf=csrf)
    assert "errors" not in body, body
    assert len(body["data"]["pushes"]["nodes"]) == 50
    assert counted.count == statements, counted.statements


async def test_a2_the_lights_of_a_page_read_the_calendar_once(client: httpx.AsyncClient) -> None:
    signed_out(client)
    county, catalogue = await make_linked_county()
    await _fill(county, catalogue)
    csrf = await sign_in(client, "scj.sup")
    counts = []
    for task in ("id", "id due { light }"):
        query = f"{{ pushes(first: 50) {{ nodes {{ claimDue {{ light }} task {{ {task} }} }} }} }}"
        with count_queries() as counted:
            body = await gql(client, query, {}, csrf=csrf)
        assert "errors" not in body, body
        counts.append(counted.count)
    nodes = body["data"]["pushes"]["nodes"]
    # Claims due 0-49 hours after Monday 1 June 10:00: lit while waiting for the claim;
    # claimed pushes (odd) have a task due in 40 days: green.
    assert all(n["claimDue"]["light"] != "NONE" for n in nodes[::2]), nodes
    assert [n["task"]["due"]["light"] for n in nodes[1::2]] == ["GREEN"] * 25
    # The tasks' lights share the page's threshold: no statement more.
    assert counts[0] == counts[1], counts


async def test_a2_a_task_nested_below_a_push_of_the_page_still_loads(
    client: httpx.AsyncClient,
) -> None:
    signed_out(client)
    county, catalogue = await make_linked_county()
    await _fill(county, catalogue)
    csrf = await sign_in(client, "scj.sup")
    body = await gql(
        client,
        "{ supervisionTasks(first: 5) { nodes { push { department { code } licensee { name }"
        " task { department { code } } } } } }",
        {},
        csrf=csrf,
    )
    assert "errors" not in body, body
    nodes = body["data"]["supervisionTasks"]["nodes"]
    assert len(nodes) == 5
    assert {n["push"]["department"]["code"] for n in nodes} == {"SCJ"}
    assert all(n["push"]["task"]["department"]["code"] == "SCJ" for n in nodes)
