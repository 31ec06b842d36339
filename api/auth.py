"""Who is calling: the session cookie or the API token of a request.

HTTP:
- ``Authorization: Bearer sgt_…`` — an API token (read-only, maybe one department);
- otherwise the ``sg_session`` cookie (HttpOnly, SameSite=Lax, Secure on https) set by
  the ``login`` mutation. Mutations authenticated by the cookie must carry the
  ``X-CSRF-Token`` header equal to the readable ``sg_csrf`` cookie (double submit;
  the value is an HMAC of the session token, so it cannot be forged either).

WebSocket (graphql-transport-ws), in the connection-init payload:
- ``{"authorization": "Bearer sgt_…"}`` — an API token;
- ``{"sessionToken": "…"}`` — a session token (non-browser clients: the value of
  the ``sg_session`` cookie the login response set);
- ``{"csrfToken": "…"}`` — a browser: the handshake carries the session cookie and
  the payload the ``sg_csrf`` value, proving the page is ours.

:class:`MutationGuard` (a schema extension) refuses every mutation of an API token
(READ_ONLY_TOKEN) and every cookie-authenticated mutation without a valid CSRF
token (CSRF_FAILED), whatever the mutation.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import GraphQLError
from starlette.requests import HTTPConnection, Request
from starlette.responses import Response
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from api.context import Context
from domain.accounts.errors import CsrfFailed, ReadOnlyToken
from domain.accounts.sessions import actor_for_session
from domain.accounts.tokens import actor_for_api_token
from shenguan.settings import Settings

SESSION_COOKIE = "sg_session"
CSRF_COOKIE = "sg_csrf"
CSRF_HEADER = "x-csrf-token"


def csrf_token_for(settings: Settings, session_token: str) -> str:
    """The CSRF token that belongs to a session: HMAC-SHA256(secret key, session token)."""
    return hmac.new(
        settings.secret_key.encode(), session_token.encode(), hashlib.sha256
    ).hexdigest()


def _bearer(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, credentials = value.strip().partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        return None
    return credentials.strip()


def _csrf_matches(settings: Settings, session_token: str, given: str | None) -> bool:
    if not given:
        return False
    return hmac.compare_digest(csrf_token_for(settings, session_token), given)


async def authenticate_http(context: Context, request: Request) -> None:
    """Set ``context.actor`` (and ``auth_method``, ``csrf_ok``) from the request."""
    token = _bearer(request.headers.get("authorization"))
    if token is not None:
        actor = await actor_for_api_token(token)
        if actor is not None:
            context.actor, context.auth_method, context.csrf_ok = actor, "token", True
        return
    session_token = request.cookies.get(SESSION_COOKIE)
    if not session_token:
        return
    actor = await actor_for_session(session_token)
    if actor is None:
        return
    context.actor, context.auth_method = actor, "session"
    header = request.headers.get(CSRF_HEADER)
    context.csrf_ok = header == request.cookies.get(CSRF_COOKIE) and _csrf_matches(
        context.settings, session_token, header
    )


async def authenticate_ws(context: Context, connection_params: dict[str, object]) -> None:
    """Set ``context.actor`` from the graphql-transport-ws connection-init payload."""
    params = connection_params if isinstance(connection_params, dict) else {}
    authorization = params.get("authorization") or params.get("Authorization")
    if isinstance(authorization, str):
        token = _bearer(authorization)
        actor = await actor_for_api_token(token) if token else None
        if actor is not None:
            context.actor, context.auth_method = actor, "token"
        return
    session_token = params.get("sessionToken")
    if isinstance(session_token, str):
        actor = await actor_for_session(session_token)
        if actor is not None:
            context.actor, context.auth_method = actor, "session"
        return
    csrf_token = params.get("csrfToken")
    cookie = _cookie(context.request, SESSION_COOKIE)
    if (
        isinstance(csrf_token, str)
        and cookie
        and _csrf_matches(context.settings, cookie, csrf_token)
    ):
        actor = await actor_for_session(cookie)
        if actor is not None:
            context.actor, context.auth_method = actor, "session"


def _cookie(connection: object, name: str) -> str | None:
    if isinstance(connection, HTTPConnection):
        return connection.cookies.get(name)
    return None


def set_session_cookies(context: Context, session_token: str, max_age: int) -> None:
    """Put the session and CSRF cookies on the response (HTTP only)."""
    response = context.response
    if not isinstance(response, Response):
        return
    secure = context.settings.secure_cookies
    response.set_cookie(
        SESSION_COOKIE,
        session_token,
        max_age=max_age,
        path="/",
        httponly=True,
        secure=secure,
        samesite="lax",
    )
    response.set_cookie(
        CSRF_COOKIE,
        csrf_token_for(context.settings, session_token),
        max_age=max_age,
        path="/",
        httponly=False,
        secure=secure,
        samesite="lax",
    )


def clear_session_cookies(context: Context) -> None:
    response = context.response
    if not isinstance(response, Response):
        return
    secure = context.settings.secure_cookies
    for name, httponly in ((SESSION_COOKIE, True), (CSRF_COOKIE, False)):
        response.delete_cookie(name, path="/", secure=secure, httponly=httponly, samesite="lax")


def session_token_of(context: Context) -> str | None:
    """The session token of the current request (cookie), if any."""
    return _cookie(context.request, SESSION_COOKIE)


class MutationGuard(SchemaExtension):
    """Refuses mutations from API tokens and cookie sessions without a CSRF token."""

    def on_execute(self) -> Iterator[None]:
        ec = self.execution_context
        context = ec.context
        if (
            isinstance(context, Context)
            and ec.result is None
            and ec.operation_type is OperationType.MUTATION
        ):
            refusal = None
            if context.auth_method == "token":
                refusal = ReadOnlyToken("API 令牌只能读取数据，不能进行修改。")
            elif context.auth_method == "session" and not context.csrf_ok:
                refusal = CsrfFailed(
                    "缺少或错误的 CSRF 令牌：请在 X-CSRF-Token 请求头中带上 sg_csrf Cookie 的值。"
                )
            if refusal is not None:
                ec.result = GraphQLExecutionResult(
                    data=None,
                    errors=[GraphQLError(refusal.message, original_error=refusal)],
                )
        yield
