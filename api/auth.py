"""Who is calling: the session cookie or the API token of a request.

Filled by the accounts area: see ``resolve_http`` and ``resolve_ws``.
"""

from __future__ import annotations

from starlette.requests import Request

from api.context import Context


async def authenticate_http(context: Context, request: Request) -> None:
    """Set ``context.actor`` (and ``auth_method``, ``csrf_ok``) from the request."""
    return None


async def authenticate_ws(context: Context, connection_params: dict[str, object]) -> None:
    """Set ``context.actor`` from the graphql-transport-ws connection-init payload."""
    return None
