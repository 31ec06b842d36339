"""The Relay ``node(id:)`` query: the key of a global id reaches the node resolver as an int."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.relay import NODE_RESOLVERS, to_global_id
from domain.clock import FixedClock
from tests.factories import gql, login, make_people

NODE = "query($id: ID!) { node(id: $id) { __typename id } }"


@pytest.fixture
async def people(db: str, clock: FixedClock) -> dict:
    return await make_people()


async def test_node_resolver_gets_an_integer_key(
    client: httpx.AsyncClient, people: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys: list[Any] = []

    async def spy(info: Any, pk: int) -> None:
        keys.append(pk)

    monkeypatch.setitem(NODE_RESOLVERS, "Department", spy)
    body = await gql(client, NODE, {"id": to_global_id("Department", 42)})
    assert body == {"data": {"node": None}}
    assert keys == [42] and isinstance(keys[0], int)


async def test_node_key_that_is_not_a_number_is_null_without_calling_the_resolver(
    client: httpx.AsyncClient, people: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys: list[Any] = []

    async def spy(info: Any, pk: int) -> None:
        keys.append(pk)

    monkeypatch.setitem(NODE_RESOLVERS, "Department", spy)
    for key in ("x1", "-1", "1.5", " 1", "²", "٣"):
        body = await gql(client, NODE, {"id": to_global_id("Department", key)})
        assert body == {"data": {"node": None}}, key
    assert keys == []


async def test_node_of_every_registered_type_with_a_non_numeric_key_is_null(
    client: httpx.AsyncClient, people: dict
) -> None:
    await login(client, "admin")
    assert len(NODE_RESOLVERS) > 20  # every area registered its node types
    for type_name in NODE_RESOLVERS:
        body = await gql(client, NODE, {"id": to_global_id(type_name, "x1")})
        assert body == {"data": {"node": None}}, type_name


async def test_node_with_an_integer_key_resolves_the_row(
    client: httpx.AsyncClient, people: dict
) -> None:
    await login(client, "admin")
    global_id = to_global_id("User", people["scj_sup"].id)
    body = await gql(client, NODE, {"id": global_id})
    assert body == {"data": {"node": {"__typename": "User", "id": global_id}}}
