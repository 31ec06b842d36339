"""Shared test helpers: departments, users, sessions, API tokens, GraphQL calls.

dept = await make_department("SCJ")
user = await make_user("scj.sup", {Role.SUPERVISOR}, dept)
csrf = await login(client, "scj.sup")             # cookies now in client
data = await gql(client, "mutation {...}", csrf=csrf)
secret = await make_api_token(department=dept)     # Authorization: Bearer secret
session_token = await make_session(user)           # WS: {"sessionToken": ...}
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

from domain.accounts import passwords
from domain.accounts.actor import SYSTEM, Actor, DepartmentKind, Role
from domain.accounts.models import Department, User
from domain.accounts.services import create_department, create_user
from domain.accounts.sessions import login as login_service
from domain.accounts.tokens import create_api_token

PASSWORD = "Test-password-2026"

# argon2 at its production cost takes ~0.5 s a hash on a busy test machine; the
# tests that use these helpers need the algorithm, not the cost.
passwords.set_cost(time_cost=1, memory_cost=1024)

_KINDS = {"SPJ": DepartmentKind.APPROVAL, "XTZ": DepartmentKind.COORDINATION}


async def make_department(
    code: str = "SCJ", name: str | None = None, kind: DepartmentKind | None = None
) -> Department:
    return await create_department(
        SYSTEM,
        code=code,
        name=name or f"测试部门 {code}",
        kind=kind or _KINDS.get(code, DepartmentKind.SUPERVISION),
    )


async def make_user(
    username: str,
    roles: Iterable[Role],
    department: Department | None = None,
    *,
    password: str = PASSWORD,
    display_name: str | None = None,
) -> User:
    return await create_user(
        SYSTEM,
        username=username,
        display_name=display_name or username,
        department_id=department.id if department else None,
        roles=roles,
        password=password,
    )


def actor_of(user: User) -> Actor:
    return user.actor()


async def make_session(user: User, password: str = PASSWORD) -> str:
    """Log ``user`` in through the domain; the session token (cookie value)."""
    outcome = await login_service(user.username, password)
    return outcome.session_token


async def make_api_token(name: str = "看板", department: Department | None = None) -> str:
    """A new read-only API token; its secret (for ``Authorization: Bearer``)."""
    created = await create_api_token(
        SYSTEM, name=name, department_id=department.id if department else None
    )
    return created.secret


async def gql(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    csrf: str | None = None,
    token: str | None = None,
) -> dict[str, Any]:
    """POST a GraphQL operation; the JSON response (``data`` and maybe ``errors``)."""
    headers = {}
    if csrf is not None:
        headers["X-CSRF-Token"] = csrf
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
    )
    assert response.status_code == 200, response.text
    return response.json()


LOGIN = """
mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on LoginSuccess { csrfToken user { username } }
    ... on Error { code message field }
    ... on AccountLockedError { lockedUntil }
  }
}
"""


async def login(client: httpx.AsyncClient, username: str, password: str = PASSWORD) -> str:
    """Log in over HTTP (the client keeps the cookies); the CSRF token."""
    body = await gql(client, LOGIN, {"input": {"username": username, "password": password}})
    result = body["data"]["login"]
    assert result["__typename"] == "LoginSuccess", result
    return result["csrfToken"]


# ---- a small county for API tests ----------------------------------------------------

CREATE_USER = """
mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on CreateUserSuccess { user { id username roles department { code } } }
    ... on Error { code message field }
  }
}
"""

LOGOUT = "mutation { logout { __typename ... on LogoutSuccess { endedSessions } } }"


async def make_people() -> dict[str, Any]:
    """Departments SCJ, ZJJ, SPJ; users admin, scj.admin, scj.sup, zjj.sup."""
    scj = await make_department("SCJ")
    zjj = await make_department("ZJJ")
    await make_department("SPJ")
    return {
        "scj": scj,
        "zjj": zjj,
        "admin": await make_user("admin", {Role.SYSTEM_ADMIN}),
        "scj_admin": await make_user("scj.admin", {Role.DEPARTMENT_ADMIN}, scj),
        "scj_sup": await make_user("scj.sup", {Role.SUPERVISOR}, scj),
        "zjj_sup": await make_user("zjj.sup", {Role.SUPERVISOR}, zjj),
    }


def new_user_input(department_id: str, username: str = "scj.new") -> dict[str, Any]:
    """Variables of CREATE_USER: a supervisor of ``department_id`` (a global id)."""
    return {
        "input": {
            "username": username,
            "displayName": "新同事",
            "departmentId": department_id,
            "roles": ["SUPERVISOR"],
            "password": PASSWORD,
        }
    }


async def department_id(client: httpx.AsyncClient, code: str) -> str:
    """The global id of the department ``code`` (the client must be signed in)."""
    body = await gql(client, "{ departments(first: 100) { nodes { id code } } }")
    return next(d["id"] for d in body["data"]["departments"]["nodes"] if d["code"] == code)
