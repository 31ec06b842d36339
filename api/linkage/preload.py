"""A page's nested objects without a coroutine per field (docs/performance.md).

An ``async`` resolver costs a coroutine, and graphql-core then completes its object,
and the list holding it, asynchronously: for the supervisor's queue (50 pushes with
department, approval department, handling item, licensee and task) that is ~300 tasks
and ~1,000 event-loop callbacks per request. So the nested fields of :class:`Push` (and
the due states' ``light``) are plain resolvers returning :func:`now_or_later`: the object
at once when the request's DataLoader already holds it, else an awaitable, batched like
any ``load``. The queue resolver calls :func:`preload_pushes` first: one call of each
batch function the query needs, the same statements the DataLoaders would issue (A2: a
constant number), its rows put in the request's DataLoaders.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField

from api.context import Info
from domain.accounts import services as accounts_services
from domain.calendar.store import get_calendar
from domain.catalogue.services import reads as catalogue_reads
from domain.linkage import models
from domain.linkage.services import due_events, reads

R = TypeVar("R")


def now_or_later(result: Awaitable[R], convert: Callable[[R], Any]) -> Any:
    """``convert`` of a DataLoader's ``load``: at once when the load is already done,
    else an awaitable of it (a resolver may return either; graphql-core awaits it)."""
    if isinstance(result, asyncio.Future) and result.done() and not result.cancelled():
        if result.exception() is None:
            return convert(result.result())

    async def later() -> Any:
        return convert(await result)

    return later()


# The request's loaders of a push's relations (one per entity and key, api/context.py).
DEPARTMENTS = ("department_by_id", accounts_services.departments_by_ids)
HANDLING_ITEMS = ("handling_item_by_id", catalogue_reads.handling_items_by_ids)
LICENSEES = ("licensee_by_id", reads.licensees_by_ids)
TASKS_BY_PUSH = ("task_by_push_id", reads.tasks_by_push_ids)
OPEN_DISPUTES_BY_PUSH = ("open_dispute_by_push_id", reads.open_disputes_by_push_ids)


async def due_soon_thresholds(nows: Sequence[datetime]) -> list[datetime]:
    """A2's yellow-light threshold (1 working day after ``now``) of each time."""
    calendar = await get_calendar()
    return [due_events.threshold_of(calendar, now) for now in nows]


# Keyed by the time the lights are judged at: once per request, not per row.
THRESHOLDS = ("due_soon_threshold", due_soon_thresholds)
Loader = tuple[str, Callable[[Sequence[Any]], Awaitable[Sequence[Any]]]]


def loader(info: Info, which: Loader) -> DataLoader[int, Any]:
    return info.context.loader(*which)


def departments(info: Info) -> DataLoader[int, Any]:
    return loader(info, DEPARTMENTS)


def handling_items(info: Info) -> DataLoader[int, Any]:
    return loader(info, HANDLING_ITEMS)


def licensees(info: Info) -> DataLoader[int, Any]:
    return loader(info, LICENSEES)


def tasks_by_push(info: Info) -> DataLoader[int, Any]:
    return loader(info, TASKS_BY_PUSH)


async def _prime(info: Info, which: Loader, keys: Iterable[Any]) -> None:
    """One batch of ``which`` for ``keys``, put in the request's loader: cheaper than a
    ``load`` (a future, a callback) per key."""
    wanted = sorted({k for k in keys if k is not None})
    if wanted:
        loader(info, which).prime_many(dict(zip(wanted, await which[1](wanted), strict=True)))


def _names(selections: Iterable[SelectedField | FragmentSpread | InlineFragment]) -> set[str]:
    names: set[str] = set()
    for selection in selections:
        if isinstance(selection, SelectedField):
            names.add(selection.name)
        names |= _names(selection.selections)
    return names


async def preload_pushes(
    info: Info, rows: Sequence[models.Push], now: datetime | None = None
) -> None:
    """Load the relations of a page of pushes that the query selects (anywhere below the
    list field: a superset is harmless), one batch each, at the same time; and the lights'
    threshold for ``now``, the time the page's due states are judged at."""
    if not rows or not departments(info).cache:
        return  # nothing to show, or a WebSocket context (its loaders do not cache)
    wanted = _names(info.selected_fields)
    loads: list[Awaitable[None]] = []
    if wanted & {"department", "approvalDepartment"}:
        ids = [r.department_id for r in rows] + [r.approval_department_id for r in rows]
        loads.append(_prime(info, DEPARTMENTS, ids))
    if "handlingItem" in wanted:
        loads.append(_prime(info, HANDLING_ITEMS, [r.handling_item_id for r in rows]))
    if "licensee" in wanted:
        loads.append(_prime(info, LICENSEES, [r.licensee_id for r in rows]))
    if "task" in wanted:
        loads.append(_prime(info, TASKS_BY_PUSH, [r.id for r in rows]))
    if "openDispute" in wanted:
        loads.append(_prime(info, OPEN_DISPUTES_BY_PUSH, [r.id for r in rows]))
    if "light" in wanted and now is not None:
        loads.append(_prime(info, THRESHOLDS, [now]))
    await asyncio.gather(*loads)
