"""The typed context every resolver receives (``info.context``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import strawberry
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.dataloader import DataLoader

from domain.accounts.actor import ANONYMOUS, Actor
from shenguan.settings import Settings

K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | WebSocket | None
    settings: Settings
    request_id: str
    actor: Actor = ANONYMOUS
    # How the actor was authenticated: "session" (cookie), "token" (API token) or None.
    auth_method: str | None = None
    # The session's CSRF check passed (or does not apply: token or anonymous).
    csrf_ok: bool = True
    # The graphql-transport-ws connection-init payload (WebSocket only).
    connection_params: dict[str, object] | None = None
    _loaders: dict[str, DataLoader[Any, Any]] = field(default_factory=dict)

    def loader(
        self, name: str, load: Callable[[Sequence[K]], Awaitable[Sequence[V]]]
    ) -> DataLoader[K, V]:
        """The per-request DataLoader called ``name`` (one per entity and key).

        Over HTTP a loader batches and caches for the request. A WebSocket
        context lives as long as the connection, so there it only batches:
        each subscription event loads fresh rows, never ones cached by an
        earlier event.
        """
        loader = self._loaders.get(name)
        if loader is None:
            loader = self._loaders[name] = DataLoader(  # type: ignore[arg-type]
                load_fn=load, cache=not isinstance(self.request, WebSocket)
            )
        return loader  # type: ignore[return-value]


Info = strawberry.Info[Context, None]
