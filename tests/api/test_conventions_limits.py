"""Query limits, batching, GET, body size and introspection, through the real view."""

from __future__ import annotations

import httpx
import pytest

from api.app import create_app
from api.schema import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS
from shenguan.settings import Settings, load_settings
from tests.api.probe import CALLS, probe_app, probe_client_fixture  # noqa: F401 - fixture


def nested(depth: int) -> str:
    """``{ probe { child { ... { value } } } }`` nested ``depth`` selection sets deep."""
    inner = "value"
    for _ in range(depth - 1):
        inner = f"child {{ {inner} }}"
    return f"{{ probe {{ {inner} }} }}"


def errors_of(response: httpx.Response) -> list[dict]:
    body = response.json()
    assert body.get("data") is None, body
    return body["errors"]


async def test_query_within_depth_limit_runs(probe_client: httpx.AsyncClient) -> None:
    response = await probe_client.post("/graphql", json={"query": nested(MAX_DEPTH)})
    assert response.status_code == 200
    assert "errors" not in response.json()
    assert CALLS["probe"] == 1


async def test_over_deep_query_is_refused_before_any_resolver(
    probe_client: httpx.AsyncClient,
) -> None:
    response = await probe_client.post("/graphql", json={"query": nested(MAX_DEPTH + 1)})
    errors = errors_of(response)
    assert "exceeds maximum operation depth" in errors[0]["message"]
    assert sum(CALLS.values()) == 0


async def test_too_many_aliases_are_refused_before_any_resolver(
    probe_client: httpx.AsyncClient,
) -> None:
    aliases = " ".join(f"a{i}: probe {{ value }}" for i in range(MAX_ALIASES + 1))
    response = await probe_client.post("/graphql", json={"query": f"{{ {aliases} }}"})
    errors = errors_of(response)
    assert "aliases found" in errors[0]["message"]
    assert sum(CALLS.values()) == 0


async def test_too_many_tokens_are_refused_before_any_resolver(settings: Settings) -> None:
    # Repeated fields (no aliases) merge into one: only the token count can trip.
    def query(values: int) -> str:
        return "{ probe { " + "value " * values + "} }"

    transport = httpx.ASGITransport(app=probe_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        within = await client.post("/graphql", json={"query": query(MAX_TOKENS // 6)})
        assert within.json() == {"data": {"probe": {"value": 0}}}
        CALLS.clear()
        for _ in range(2):  # the second time the parser cache must not bypass the limit
            response = await client.post("/graphql", json={"query": query(MAX_TOKENS)})
            message = errors_of(response)[0]["message"]
            assert f"more than {MAX_TOKENS} tokens" in message
    assert sum(CALLS.values()) == 0


async def test_batched_request_is_refused(probe_client: httpx.AsyncClient) -> None:
    response = await probe_client.post(
        "/graphql", json=[{"query": "{ probe { value } }"}, {"query": "mutation { touch }"}]
    )
    assert response.status_code == 400
    assert sum(CALLS.values()) == 0


@pytest.mark.parametrize("query", ["{ probe { value } }", "mutation { touch }"])
async def test_operations_via_get_are_refused(probe_client: httpx.AsyncClient, query: str) -> None:
    response = await probe_client.get("/graphql", params={"query": query})
    assert response.status_code == 400
    assert sum(CALLS.values()) == 0


async def test_mutation_via_get_is_refused_by_the_service_schema(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/graphql", params={"query": "mutation { __typename }"})
    assert response.status_code == 400
    assert "mutations are not allowed" in response.text


async def test_body_over_limit_with_content_length_is_413(
    probe_client: httpx.AsyncClient,
) -> None:
    query = "{ probe { value } }" + " " * 1000
    response = await probe_client.post("/graphql", json={"query": query})
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"
    assert response.headers["x-request-id"]
    assert sum(CALLS.values()) == 0


async def test_body_over_limit_when_chunked_is_413(probe_client: httpx.AsyncClient) -> None:
    async def chunks():
        yield b'{"query": "{ probe { value } }", "variables": {"pad": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}}'

    response = await probe_client.post(
        "/graphql", content=chunks(), headers={"content-type": "application/json"}
    )
    assert "content-length" not in response.request.headers
    assert response.request.headers["transfer-encoding"] == "chunked"
    assert response.status_code == 413
    assert sum(CALLS.values()) == 0


async def test_chunked_body_under_limit_is_served(probe_client: httpx.AsyncClient) -> None:
    async def chunks():
        yield b'{"query": '
        yield b'"{ probe { value } }"}'

    response = await probe_client.post(
        "/graphql", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 200
    assert response.json() == {"data": {"probe": {"value": 0}}}


# ---- introspection ------------------------------------------------------------------


def _settings(base: Settings, **env: str) -> Settings:
    return load_settings(
        {
            "SHENGUAN_DATA_DIR": str(base.data_dir),
            "SHENGUAN_SECRET_KEY": base.secret_key,
            "SHENGUAN_DATABASE_URL": base.database_url,
            **env,
        }
    )


async def _client(settings: Settings) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_app(settings, manage_db=False))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


INTROSPECTION_QUERIES = [
    "{ __schema { queryType { name } } }",
    '{ __type(name: "Query") { name } }',
]


@pytest.mark.parametrize("query", INTROSPECTION_QUERIES)
async def test_introspection_is_on_by_default(settings: Settings, query: str) -> None:
    async with await _client(settings) as client:
        response = await client.post("/graphql", json={"query": query})
    body = response.json()
    assert "errors" not in body, body
    assert body["data"]


async def test_graphiql_is_served_by_default(settings: Settings) -> None:
    async with await _client(settings) as client:
        response = await client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


@pytest.mark.parametrize("query", INTROSPECTION_QUERIES)
async def test_introspection_off_refuses_schema_queries(settings: Settings, query: str) -> None:
    async with await _client(_settings(settings, SHENGUAN_INTROSPECTION="false")) as client:
        response = await client.post("/graphql", json={"query": query})
    body = response.json()
    assert body.get("data") is None
    assert "introspection" in body["errors"][0]["message"].lower()


async def test_introspection_off_serves_no_ide(settings: Settings) -> None:
    async with await _client(_settings(settings, SHENGUAN_INTROSPECTION="false")) as client:
        response = await client.get("/graphql", headers={"accept": "text/html"})
        typename = await client.post("/graphql", json={"query": "{ __typename }"})
    assert response.status_code != 200
    assert "graphiql" not in response.text.lower()
    assert typename.json() == {"data": {"__typename": "Query"}}
