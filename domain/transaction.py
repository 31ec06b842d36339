"""One transaction per use case, with work that goes out only after it commits.

    async with transaction():
        ... write rows, audit.record(...) ...
        after_commit(publish_event)   # runs once the transaction committed

Hooks registered inside a transaction run after COMMIT, in order, and are
dropped on rollback. Outside any transaction a hook runs at once. Nested
``transaction()`` blocks join the outer one (savepoint in the database) and
their hooks run when the outermost commits (or are dropped with it).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

log = logging.getLogger(__name__)

Hook = Callable[[], Awaitable[None]]

_pending: ContextVar[list[Hook] | None] = ContextVar("shenguan_after_commit", default=None)


@asynccontextmanager
async def transaction() -> AsyncIterator[BaseDBAsyncClient]:
    enclosing = _pending.get()
    hooks: list[Hook] = []
    token = _pending.set(hooks)
    try:
        async with in_transaction() as connection:
            yield connection
    finally:
        _pending.reset(token)
    if enclosing is not None:  # a savepoint: its hooks wait for the outermost commit
        enclosing.extend(hooks)
    else:
        for hook in hooks:
            try:
                await hook()
            except Exception:  # a hook's failure must not undo a committed use case
                log.exception("after-commit hook failed")


def in_use_case() -> bool:
    return _pending.get() is not None


async def after_commit(hook: Hook) -> None:
    """Run ``hook`` after the current transaction commits (or now, outside one)."""
    hooks = _pending.get()
    if hooks is None:
        await hook()
    else:
        hooks.append(hook)
