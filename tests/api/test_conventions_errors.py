"""Error masking, domain error codes, request ids and the JSON log line."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import httpx
import pytest

from shenguan.logs import json_handler
from tests.api.probe import CALLS, probe_client_fixture  # noqa: F401 - fixture


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """What the service's JSON log handler writes, captured from the root logger."""
    stream = io.StringIO()
    handler = json_handler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield stream
    finally:
        root.removeHandler(handler)


def parsed(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


async def test_unexpected_error_is_masked_with_request_id_and_logged_in_full(
    probe_client: httpx.AsyncClient, log_lines: io.StringIO
) -> None:
    response = await probe_client.post(
        "/graphql",
        json={"query": "{ boom }"},
        headers={"x-request-id": "client-req-0001"},
    )
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "client-req-0001"
    [error] = response.json()["errors"]
    assert error["extensions"] == {"code": "INTERNAL_ERROR", "requestId": "client-req-0001"}
    assert "服务器内部错误" in error["message"]
    assert "client-req-0001" in error["message"]
    assert "secret internal detail" not in response.text
    assert error["path"] == ["boom"]

    entries = [e for e in parsed(log_lines) if e.get("request_id") == "client-req-0001"]
    logged = [e for e in entries if e["level"] == "ERROR"]
    assert len(logged) == 1, entries
    assert logged[0]["logger"] == "shenguan.graphql"
    assert "Traceback" in logged[0]["exception"]
    assert "RuntimeError: secret internal detail 7f3a" in logged[0]["exception"]
    # One JSON object per line: the traceback's newlines are escaped inside it.
    assert all(line.startswith("{") for line in log_lines.getvalue().splitlines())


async def test_domain_error_in_query_surfaces_with_its_code_and_field(
    probe_client: httpx.AsyncClient, log_lines: io.StringIO
) -> None:
    response = await probe_client.post("/graphql", json={"query": "{ invalid }"})
    [error] = response.json()["errors"]
    assert error["message"] == "名称不能为空"
    assert error["extensions"] == {"code": "INVALID_INPUT", "field": "name"}

    response = await probe_client.post("/graphql", json={"query": "{ missing }"})
    [error] = response.json()["errors"]
    assert error["message"] == "部门不存在"
    assert error["extensions"] == {"code": "NOT_FOUND"}
    assert not [e for e in parsed(log_lines) if e["level"] == "ERROR"]


async def test_masked_and_fine_fields_in_one_request(probe_client: httpx.AsyncClient) -> None:
    response = await probe_client.post("/graphql", json={"query": "{ probe { value } boom }"})
    body = response.json()
    assert body["data"] is None  # boom is non-null: the error bubbles to the root
    assert body["errors"][0]["extensions"]["code"] == "INTERNAL_ERROR"
    assert CALLS["probe"] == 1 and CALLS["boom"] == 1


async def test_validation_errors_are_shown_unmasked(probe_client: httpx.AsyncClient) -> None:
    response = await probe_client.post("/graphql", json={"query": "{ nosuchfield }"})
    [error] = response.json()["errors"]
    assert "nosuchfield" in error["message"]
    assert "INTERNAL_ERROR" not in response.text


async def test_request_id_is_echoed_when_valid(probe_client: httpx.AsyncClient) -> None:
    response = await probe_client.get("/healthz", headers={"x-request-id": "abc.DEF-123_x"})
    assert response.headers["x-request-id"] == "abc.DEF-123_x"


@pytest.mark.parametrize(
    "given", [None, "", "short", "has space in it", "x" * 65, "semi;colon-1234", "ünïcode-1234"]
)
async def test_request_id_is_generated_when_absent_or_garbage(
    probe_client: httpx.AsyncClient, given: str | None
) -> None:
    headers = {} if given is None else {"x-request-id": given.encode()}
    first = await probe_client.post("/graphql", json={"query": "{ boom }"}, headers=headers)
    second = await probe_client.post("/graphql", json={"query": "{ boom }"}, headers=headers)
    rid = first.headers["x-request-id"]
    assert rid != given
    assert len(rid) == 32 and int(rid, 16) >= 0
    assert rid != second.headers["x-request-id"]
    assert first.json()["errors"][0]["extensions"]["requestId"] == rid
