"""The Starlette application: /graphql (HTTP and WebSocket), health checks, the admin page."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from api.auth import authenticate_http, authenticate_ws
from api.context import Context
from api.schema import build_schema
from shenguan import db
from shenguan.logs import request_id_var
from shenguan.settings import Settings

log = logging.getLogger("shenguan.http")

MAX_BODY_BYTES = 1_000_000
WS_INIT_TIMEOUT = timedelta(seconds=10)
MAX_SUBSCRIPTIONS_PER_CONNECTION = 20
FRONTEND_DIST = Path(__file__).resolve().parent.parent / "frontend" / "dist"
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class ShenguanGraphQL(GraphQL[Context, None]):
    def __init__(self, settings: Settings) -> None:
        super().__init__(
            build_schema(introspection=settings.introspection),
            graphql_ide="graphiql" if settings.introspection else None,
            allow_queries_via_get=False,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            connection_init_wait_timeout=WS_INIT_TIMEOUT,
            max_subscriptions_per_connection=MAX_SUBSCRIPTIONS_PER_CONNECTION,
        )
        self.settings = settings

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:  # type: ignore[override]
        context = Context(
            request=request,
            response=response,
            settings=self.settings,
            request_id=request_id_var.get() or uuid.uuid4().hex,
        )
        if isinstance(request, Request):
            await authenticate_http(context, request)
        return context

    async def on_ws_connect(self, context: Context) -> None:  # type: ignore[override]
        await authenticate_ws(context, context.connection_params or {})
        if not context.actor.is_authenticated:
            raise ConnectionRejectionError()


class RequestContextMiddleware:
    """Gives every request an id (X-Request-ID) and bounds the request body size."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        try:
            if scope["type"] == "websocket":
                await self.app(scope, receive, send)
                return
            length = headers.get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.max_body):
                await _too_large(scope, receive, send, self.max_body)
                return
            received = 0

            async def bounded_receive() -> Message:
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > self.max_body:
                        raise _BodyTooLarge
                return message

            async def send_with_id(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message.setdefault("headers", [])
                    message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
                await send(message)

            try:
                await self.app(scope, bounded_receive, send_with_id)
            except _BodyTooLarge:
                await _too_large(scope, receive, send, self.max_body)
        finally:
            request_id_var.reset(token)


class _BodyTooLarge(Exception):
    pass


async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    response = JSONResponse(
        {"errors": [{"message": f"请求体过大：上限 {limit} 字节", "extensions": {"code": "REQUEST_TOO_LARGE"}}]},
        status_code=413,
    )
    await response(scope, receive, send)


async def healthz(request: Request) -> Response:
    return PlainTextResponse("ok")


async def readyz(request: Request) -> Response:
    from tortoise import Tortoise

    try:
        await Tortoise.get_connection("default").execute_query("SELECT 1")
    except Exception:  # noqa: BLE001 - any failure means not ready
        log.warning("database not reachable", exc_info=True)
        return PlainTextResponse("database unreachable", status_code=503)
    return PlainTextResponse("ready")


def create_app(settings: Settings, *, manage_db: bool = True) -> Starlette:
    """The ASGI app. With ``manage_db`` it opens and closes the database itself."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_db:
            await db.init_db(settings.database_url)
        try:
            yield
        finally:
            if manage_db:
                await db.close_db()

    graphql = ShenguanGraphQL(settings)
    routes = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
    ]
    if FRONTEND_DIST.is_dir():
        routes.append(Mount("/", StaticFiles(directory=FRONTEND_DIST, html=True), name="frontend"))
    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(RequestContextMiddleware)
    return app
