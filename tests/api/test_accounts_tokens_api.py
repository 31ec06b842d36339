"""API tokens and WebSocket authentication through /graphql: secret once, read-only,
department limit, revocation; the browser session on a WebSocket."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from httpx_ws import WebSocketDisconnect, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from api.auth import SESSION_COOKIE
from domain.accounts.models import ApiToken, Session, User
from domain.clock import FixedClock
from shenguan.settings import Settings
from tests.factories import (
    CREATE_USER,
    LOGIN,
    LOGOUT,
    PASSWORD,
    department_id,
    gql,
    login,
    make_api_token,
    make_people,
    make_session,
    new_user_input,
)


@pytest.fixture
async def people(db: str, clock: FixedClock) -> dict:
    return await make_people()


# ---- API tokens -----------------------------------------------------------------------------

CREATE_TOKEN = """
mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    __typename
    ... on CreateApiTokenSuccess { secret apiToken { id name prefix department { code } } }
    ... on Error { code }
  }
}
"""
REVOKE_TOKEN = """
mutation($id: ID!) { revokeApiToken(input: {id: $id}) {
  __typename ... on RevokeApiTokenSuccess { apiToken { revokedAt } } ... on Error { code } } }
"""


async def test_api_token_secret_is_shown_once_and_works_until_revoked(
    client: httpx.AsyncClient, people: dict
) -> None:
    csrf = await login(client, "scj.admin")
    scj = await department_id(client, "SCJ")
    body = await gql(client, CREATE_TOKEN, {"input": {"name": "大屏", "departmentId": scj}},
                     csrf=csrf)  # fmt: skip
    created = body["data"]["createApiToken"]
    assert created["__typename"] == "CreateApiTokenSuccess"
    secret = created["secret"]
    assert secret.startswith(created["apiToken"]["prefix"])
    assert created["apiToken"]["department"] == {"code": "SCJ"}
    assert (await ApiToken.get()).token_hash != secret

    listed = await gql(client, "{ apiTokens { nodes { name prefix } } }")
    assert listed["data"]["apiTokens"]["nodes"] == [
        {"name": "大屏", "prefix": created["apiToken"]["prefix"]}
    ]

    async with httpx.AsyncClient(transport=client._transport, base_url="http://testserver") as d:
        ok = await gql(d, "{ departments { nodes { code } } me { username } }", token=secret)
        assert ok["data"]["me"] is None and len(ok["data"]["departments"]["nodes"]) == 3
        revoked = await gql(client, REVOKE_TOKEN, {"id": created["apiToken"]["id"]}, csrf=csrf)
        assert revoked["data"]["revokeApiToken"]["apiToken"]["revokedAt"] is not None
        after = await gql(d, "{ departments { nodes { code } } }", token=secret)
        assert after["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"


async def test_any_mutation_with_a_token_is_read_only_token(
    client: httpx.AsyncClient, people: dict
) -> None:
    secret = await make_api_token()
    scj = str(people["scj"].id)
    from api.relay import to_global_id

    for query, variables in [
        (CREATE_USER, new_user_input(to_global_id("Department", scj))),
        (LOGOUT, None),
        (LOGIN, {"input": {"username": "admin", "password": PASSWORD}}),
        (CREATE_TOKEN, {"input": {"name": "x"}}),
    ]:
        body = await gql(client, query, variables, token=secret)
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"
    assert await User.filter(username="scj.new").count() == 0
    assert await Session.all().count() == 0


async def test_department_token_reads_only_what_its_department_may(
    client: httpx.AsyncClient, people: dict
) -> None:
    secret = await make_api_token(department=people["scj"])
    body = await gql(client, "{ users { nodes { username } } }", token=secret)
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    body = await gql(client, "{ apiTokens { nodes { name } } }", token=secret)
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


async def test_a_token_cannot_be_combined_with_a_session_to_write(
    client: httpx.AsyncClient, people: dict
) -> None:
    csrf = await login(client, "admin")
    secret = await make_api_token()
    scj = await department_id(client, "SCJ")
    body = await gql(client, CREATE_USER, new_user_input(scj), csrf=csrf, token=secret)
    assert body["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"


# ---- WebSocket: the browser's session cookie plus the CSRF token in connection-init ----------


async def _ws_init(settings: Settings, cookies: dict[str, str], payload: dict) -> dict | int:
    from api.app import create_app

    app = create_app(settings, manage_db=False)
    async with httpx.AsyncClient(
        transport=ASGIWebSocketTransport(app), base_url="http://testserver", cookies=cookies
    ) as ws_client:
        async with aconnect_ws("/graphql", ws_client, subprotocols=["graphql-transport-ws"]) as ws:
            await ws.send_json({"type": "connection_init", "payload": payload})
            try:
                return await asyncio.wait_for(ws.receive_json(), 5)
            except WebSocketDisconnect as closed:
                return closed.code


async def test_ws_browser_session_needs_the_csrf_token(
    db: str, people: dict, settings: Settings
) -> None:
    from api.auth import csrf_token_for

    session_token = await make_session(people["scj_sup"])
    csrf = csrf_token_for(settings, session_token)
    cookies = {SESSION_COOKIE: session_token}
    assert await _ws_init(settings, cookies, {"csrfToken": csrf}) == {"type": "connection_ack"}
    assert await _ws_init(settings, cookies, {}) == 4403
    assert await _ws_init(settings, cookies, {"csrfToken": csrf[::-1]}) == 4403
    assert await _ws_init(settings, {}, {"csrfToken": csrf}) == 4403
