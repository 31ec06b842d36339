"""Accounts through /graphql: login, cookies and CSRF, lockout, me, users, API tokens."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from api.auth import CSRF_COOKIE, SESSION_COOKIE
from domain.accounts.models import Session, User
from domain.audit.models import AuditEvent
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
    make_people,
    make_session,
    new_user_input,
)

ME = "{ me { username displayName roles department { code kind } } }"


@pytest.fixture
async def people(db: str, clock: FixedClock) -> dict:
    return await make_people()


# ---- login, cookies, me ----------------------------------------------------------------


async def test_anonymous_me_is_null(client: httpx.AsyncClient, people: dict) -> None:
    assert (await gql(client, ME))["data"]["me"] is None


async def test_login_sets_httponly_session_and_readable_csrf_cookies(
    client: httpx.AsyncClient, people: dict
) -> None:
    response = await client.post(
        "/graphql",
        json={
            "query": LOGIN,
            "variables": {"input": {"username": "scj.sup", "password": PASSWORD}},
        },
    )
    result = response.json()["data"]["login"]
    assert result["__typename"] == "LoginSuccess"
    cookies = {c.split("=", 1)[0]: c for c in response.headers.get_list("set-cookie")}
    session_cookie = cookies[SESSION_COOKIE].lower()
    assert "httponly" in session_cookie and "samesite=lax" in session_cookie
    assert "secure" not in session_cookie  # http://: settings.secure_cookies is false
    csrf_cookie = cookies[CSRF_COOKIE].lower()
    assert "httponly" not in csrf_cookie and "samesite=lax" in csrf_cookie
    assert client.cookies[CSRF_COOKIE] == result["csrfToken"]
    # Only the hash of the session token is stored.
    stored = await Session.get()
    assert stored.token_hash != client.cookies[SESSION_COOKIE]

    me = (await gql(client, ME))["data"]["me"]  # a query needs no CSRF token
    assert me == {
        "username": "scj.sup",
        "displayName": "scj.sup",
        "roles": ["SUPERVISOR"],
        "department": {"code": "SCJ", "kind": "SUPERVISION"},
    }


async def test_secure_cookie_on_https(db: str, people: dict, settings: Settings, tmp_path) -> None:
    from api.app import create_app
    from shenguan.settings import load_settings

    secure = load_settings(
        {
            "SHENGUAN_DATA_DIR": str(tmp_path / "var2"),
            "SHENGUAN_SECRET_KEY": settings.secret_key,
            "SHENGUAN_DATABASE_URL": settings.database_url,
            "SHENGUAN_PUBLIC_BASE_URL": "https://shenguan.example.cn",
        }
    )
    transport = httpx.ASGITransport(app=create_app(secure, manage_db=False))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
        response = await c.post(
            "/graphql",
            json={
                "query": LOGIN,
                "variables": {"input": {"username": "scj.sup", "password": PASSWORD}},
            },
        )
    for cookie in response.headers.get_list("set-cookie"):
        assert "secure" in cookie.lower()


async def test_wrong_password_is_invalid_credentials(
    client: httpx.AsyncClient, people: dict
) -> None:
    body = await gql(client, LOGIN, {"input": {"username": "scj.sup", "password": "nope-12345"}})
    result = body["data"]["login"]
    assert result["__typename"] == "InvalidCredentialsError"
    assert result["code"] == "INVALID_CREDENTIALS"
    assert SESSION_COOKIE not in client.cookies


async def test_five_failed_logins_lock_the_account_and_say_until_when(
    client: httpx.AsyncClient, people: dict, clock: FixedClock
) -> None:
    wrong = {"input": {"username": "scj.sup", "password": "wrong-password-1"}}
    codes = [(await gql(client, LOGIN, wrong))["data"]["login"]["code"] for _ in range(5)]
    assert codes == ["INVALID_CREDENTIALS"] * 4 + ["ACCOUNT_LOCKED"]
    right = {"input": {"username": "scj.sup", "password": PASSWORD}}
    locked = (await gql(client, LOGIN, right))["data"]["login"]
    assert locked["__typename"] == "AccountLockedError"
    assert locked["code"] == "ACCOUNT_LOCKED"
    assert "2026-06-01 10:15" in locked["message"]
    assert locked["lockedUntil"].startswith("2026-06-01T02:15:00")
    clock.advance(timedelta(minutes=15))
    assert (await gql(client, LOGIN, right))["data"]["login"]["__typename"] == "LoginSuccess"


# ---- CSRF ---------------------------------------------------------------------------------


async def test_session_mutation_without_csrf_header_is_refused(
    client: httpx.AsyncClient, people: dict
) -> None:
    csrf = await login(client, "admin")
    scj = await department_id(client, "SCJ")
    body = await gql(client, CREATE_USER, new_user_input(scj))
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "CSRF_FAILED"
    body = await gql(client, CREATE_USER, new_user_input(scj), csrf=csrf[::-1])
    assert body["errors"][0]["extensions"]["code"] == "CSRF_FAILED"
    assert not await User.exists(username="scj.new")

    body = await gql(client, CREATE_USER, new_user_input(scj), csrf=csrf)
    assert body["data"]["createUser"]["__typename"] == "CreateUserSuccess"
    assert body["data"]["createUser"]["user"]["department"] == {"code": "SCJ"}


async def test_csrf_token_of_another_session_is_refused(
    client: httpx.AsyncClient, people: dict, settings: Settings
) -> None:
    from api.auth import csrf_token_for

    await login(client, "admin")
    # A valid CSRF token, but of somebody else's session: both cookie and header carry it.
    foreign = csrf_token_for(settings, await make_session(people["scj_admin"]))
    client.cookies.set(CSRF_COOKIE, foreign)
    scj = await department_id(client, "SCJ")
    body = await gql(client, CREATE_USER, new_user_input(scj), csrf=foreign)
    assert body["errors"][0]["extensions"]["code"] == "CSRF_FAILED"
    assert not await User.exists(username="scj.new")


async def test_logout_needs_csrf_then_ends_the_session(
    client: httpx.AsyncClient, people: dict
) -> None:
    csrf = await login(client, "scj.sup")
    session_token = client.cookies[SESSION_COOKIE]
    refused = await gql(client, LOGOUT)
    assert refused["errors"][0]["extensions"]["code"] == "CSRF_FAILED"
    assert (await gql(client, ME))["data"]["me"] is not None

    body = await gql(client, LOGOUT, csrf=csrf)
    assert body["data"]["logout"] == {"__typename": "LogoutSuccess", "endedSessions": 1}
    assert SESSION_COOKIE not in client.cookies
    assert (await gql(client, ME))["data"]["me"] is None
    # The old cookie no longer works, even if replayed.
    client.cookies.set(SESSION_COOKIE, session_token)
    assert (await gql(client, ME))["data"]["me"] is None
    assert await AuditEvent.filter(action="session.revoke").count() == 1


# ---- users and departments ----------------------------------------------------------------


async def test_department_admin_creates_users_in_own_department_only(
    client: httpx.AsyncClient, people: dict
) -> None:
    csrf = await login(client, "scj.admin")
    zjj = await department_id(client, "ZJJ")
    body = await gql(client, CREATE_USER, new_user_input(zjj), csrf=csrf)
    assert body["data"]["createUser"]["__typename"] == "PermissionDeniedError"
    scj = await department_id(client, "SCJ")
    coordinator = new_user_input(scj)
    coordinator["input"]["roles"] = ["COORDINATOR"]
    body = await gql(client, CREATE_USER, coordinator, csrf=csrf)
    assert body["data"]["createUser"]["code"] == "PERMISSION_DENIED"
    body = await gql(client, CREATE_USER, new_user_input(scj), csrf=csrf)
    assert body["data"]["createUser"]["user"]["roles"] == ["SUPERVISOR"]


async def test_users_are_listed_for_own_department_only(
    client: httpx.AsyncClient, people: dict
) -> None:
    await login(client, "scj.sup")
    body = await gql(client, "{ users { nodes { username } pageInfo { hasNextPage } } }")
    names = [u["username"] for u in body["data"]["users"]["nodes"]]
    assert names == ["scj.admin", "scj.sup"]
    zjj = await department_id(client, "ZJJ")
    body = await gql(client, "query($d: ID) { users(departmentId: $d) { nodes { username } } }",
                     {"d": zjj})  # fmt: skip
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


async def test_admin_pages_through_users(client: httpx.AsyncClient, people: dict) -> None:
    await login(client, "admin")
    query = "query($a: String) { users(first: 2, after: $a) { nodes { username } pageInfo { hasNextPage endCursor } } }"  # noqa: E501
    seen, after = [], None
    while True:
        page = (await gql(client, query, {"a": after}))["data"]["users"]
        seen += [u["username"] for u in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == sorted(await User.all().values_list("username", flat=True))


async def test_departments_filter_by_kind_and_node(client: httpx.AsyncClient, people: dict) -> None:
    await login(client, "scj.sup")
    body = await gql(client, "{ departments(kind: APPROVAL) { nodes { id code name kind } } }")
    [spj] = body["data"]["departments"]["nodes"]
    assert spj["code"] == "SPJ" and spj["kind"] == "APPROVAL"
    node = await gql(
        client,
        "query($id: ID!) { node(id: $id) { __typename ... on Department { code } } "
        "department(id: $id) { code } }",
        {"id": spj["id"]},
    )
    assert node["data"] == {"node": {"__typename": "Department", "code": "SPJ"},
                            "department": {"code": "SPJ"}}  # fmt: skip


async def test_departments_need_authentication(client: httpx.AsyncClient, people: dict) -> None:
    body = await gql(client, "{ departments { nodes { code } } }")
    assert body["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"


async def test_schema_exposes_no_password_or_token_hash(
    client: httpx.AsyncClient, people: dict
) -> None:
    body = await gql(
        client,
        '{ u: __type(name: "User") { fields { name } } '
        't: __type(name: "ApiToken") { fields { name } } }',
    )
    names = {f["name"].lower() for t in body["data"].values() for f in t["fields"]}
    assert "username" in names and "prefix" in names
    assert not {n for n in names if "hash" in n or "password" in n or "secret" in n}
