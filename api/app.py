"""The Starlette application: /graphql (HTTP and WebSocket), health checks, the admin page.

``create_app(settings)`` builds it; ``uvicorn --factory api.app:from_environment``
serves it with the settings of the environment.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types.unset import UNSET, UnsetType
from tortoise import Tortoise

from api.attachments.files import UPLOAD_BODY_LIMIT as ATTACHMENT_BODY_LIMIT
from api.attachments.files import UPLOAD_PATH as ATTACHMENT_PATH
from api.attachments.files import attachment_routes
from api.auth import authenticate_http, authenticate_ws
from api.catalogue.files import UPLOAD_BODY_LIMIT, UPLOAD_PATH, file_routes
from api.context import Context
from api.schema import build_schema
from api.testing import testing_routes
from shenguan import db
from shenguan.logs import configure_logging, request_id_var
from shenguan.pubsub import pubsub_for, set_pubsub
from shenguan.settings import Settings, load_settings

log = logging.getLogger("shenguan.http")

MAX_BODY_BYTES = 1_000_000
# Paths with a body limit of their own (file uploads).
BODY_LIMITS = {UPLOAD_PATH: UPLOAD_BODY_LIMIT, ATTACHMENT_PATH: ATTACHMENT_BODY_LIMIT}
WS_INIT_TIMEOUT = timedelta(seconds=10)
MAX_SUBSCRIPTIONS_PER_CONNECTION = 20
READY_TIMEOUT_SECONDS = 3.0
FRONTEND_DIST = Path(__file__).resolve().parent.parent / "frontend" / "dist"
REQUEST_ID_HEADER = b"x-request-id"
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class ShenguanGraphQL(GraphQL[Context, None]):
    """The GraphQL endpoint: POST only, graphql-transport-ws only, orjson-encoded."""

    def __init__(
        self,
        settings: Settings,
        *,
        schema: Any = None,
        ws_init_timeout: timedelta = WS_INIT_TIMEOUT,
        max_subscriptions: int = MAX_SUBSCRIPTIONS_PER_CONNECTION,
    ) -> None:
        super().__init__(
            schema if schema is not None else build_schema(introspection=settings.introspection),
            graphql_ide="graphiql" if settings.introspection else None,
            allow_queries_via_get=False,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            connection_init_wait_timeout=ws_init_timeout,
            max_subscriptions_per_connection=max_subscriptions,
        )
        self.settings = settings

    def encode_json(self, data: object) -> str:
        # orjson is faster than json.dumps; a str (not bytes) keeps WebSocket frames text.
        return orjson.dumps(data).decode()

    async def get_context(  # type: ignore[override]
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        context = Context(
            request=request,
            response=response,
            settings=self.settings,
            request_id=request_id_var.get() or uuid.uuid4().hex,
        )
        if isinstance(request, Request):
            await authenticate_http(context, request)
        return context

    async def on_ws_connect(self, context: Context) -> UnsetType:  # type: ignore[override]
        """Authenticate from the connection-init payload; refuse (4403) the anonymous."""
        await authenticate_ws(context, context.connection_params or {})
        if not context.actor.is_authenticated:
            raise ConnectionRejectionError()
        return UNSET  # a plain connection_ack, without a payload


class _BodyTooLarge(Exception):
    pass


class RequestContextMiddleware:
    """Gives every request an id (X-Request-ID) and bounds the request body size.

    A valid X-Request-ID from the client (8–64 of ``A-Za-z0-9._-``) is kept,
    anything else replaced by a new one; the id is echoed in the response and
    set in ``request_id_var`` for the logs. A body over ``max_body`` bytes is
    answered 413, whether announced by Content-Length or streamed (chunked).
    """

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        given = headers.get(REQUEST_ID_HEADER, b"").decode("latin-1")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        try:
            if scope["type"] == "websocket":
                await self.app(scope, receive, send)
            else:
                await self._http(scope, receive, send, headers, request_id)
        finally:
            request_id_var.reset(token)

    async def _http(
        self, scope: Scope, receive: Receive, send: Send, headers: dict[bytes, bytes], rid: str
    ) -> None:
        started = False

        async def send_with_id(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [
                    *message.get("headers", []),
                    (REQUEST_ID_HEADER, rid.encode()),
                ]
            await send(message)

        length = headers.get(b"content-length")
        if length is not None and not length.isdigit():
            await _error(
                scope, receive, send_with_id, 400, "请求头 Content-Length 无效", "BAD_REQUEST"
            )
            return
        limit = BODY_LIMITS.get(scope.get("path", ""), self.max_body)
        if length is not None and int(length) > limit:
            await _too_large(scope, receive, send_with_id, limit)
            return
        received = 0

        async def bounded_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, bounded_receive, send_with_id)
        except _BodyTooLarge:
            if started:  # pragma: no cover - the body is read before any answer
                raise
            await _too_large(scope, receive, send_with_id, limit)


async def _error(
    scope: Scope, receive: Receive, send: Send, status: int, message: str, code: str
) -> None:
    response = JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": code}}]}, status_code=status
    )
    await response(scope, receive, send)


async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    await _error(scope, receive, send, 413, f"请求体过大：上限 {limit} 字节", "REQUEST_TOO_LARGE")


class SinglePageApp(StaticFiles):
    """The admin page's files; any other path without a file extension gets index.html
    (status 200), so that a deep link such as /calendar opens the app's own route.

    Vite names the files under assets/ by their content: they are cached for a year;
    index.html (and the rest) is revalidated on every visit, so a new build is seen at
    once (docs/performance.md, admin page bundle)."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            response = await super().get_response(path, scope)
        except HTTPException as exc:
            if exc.status_code != 404 or "." in path.rsplit("/", 1)[-1]:
                raise
            response = await super().get_response("index.html", scope)
        hashed = path.startswith("assets/") and response.status_code in (200, 304)
        response.headers["Cache-Control"] = (
            "public, max-age=31536000, immutable" if hashed else "no-cache"
        )
        return response


async def healthz(request: Request) -> Response:
    """Alive: the process answers (no dependency is checked)."""
    return PlainTextResponse("ok")


async def readyz(request: Request) -> Response:
    """Ready: the database answers a query."""
    try:
        connection = Tortoise.get_connection("default")
        await asyncio.wait_for(connection.execute_query("SELECT 1"), READY_TIMEOUT_SECONDS)
    except Exception:  # any failure means not ready
        log.warning("database not reachable", exc_info=True)
        return PlainTextResponse("database unreachable", status_code=503)
    return PlainTextResponse("ready")


def create_app(
    settings: Settings,
    *,
    manage_db: bool = True,
    schema: Any = None,
    ws_init_timeout: timedelta = WS_INIT_TIMEOUT,
    max_subscriptions: int = MAX_SUBSCRIPTIONS_PER_CONNECTION,
    max_body: int = MAX_BODY_BYTES,
) -> Starlette:
    """The ASGI app. With ``manage_db`` it opens and closes the database itself.

    Its lifespan also installs the pub/sub of the settings (Redis when
    ``SHENGUAN_REDIS_URL`` is set, in-memory otherwise). ``schema`` and the
    limits are for tests; the service uses the defaults.
    """

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_db:
            await db.init_db(settings.database_url)
        pubsub = pubsub_for(settings.redis_url)
        previous = set_pubsub(pubsub)
        try:
            yield
        finally:
            set_pubsub(previous)
            await pubsub.close()
            if manage_db:
                await db.close_db()

    graphql = ShenguanGraphQL(
        settings,
        schema=schema,
        ws_init_timeout=ws_init_timeout,
        max_subscriptions=max_subscriptions,
    )
    routes = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        *file_routes(settings),
        *attachment_routes(settings),
        *testing_routes(settings),
    ]
    if FRONTEND_DIST.is_dir():
        app_files = SinglePageApp(directory=FRONTEND_DIST, html=True)
        # Compressed for the browsers that ask (the pages' scripts shrink to ~30%).
        routes.append(Mount("/", GZipMiddleware(app_files, minimum_size=1024), name="frontend"))
    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(RequestContextMiddleware, max_body=max_body)
    return app


def from_environment() -> Starlette:
    """The app with the settings of the environment (``uvicorn --factory``), JSON logs."""
    settings = load_settings()
    configure_logging(settings.log_level)
    return create_app(settings)
