"""Reads of the linkage loop: the queues (A2), disputes, licensees, and batch loaders.

Visibility (READ_RECORDS): a department sees the pushes it decided or must supervise,
its tasks and its disputes; the coordination group and auditors see all; an API token
its department's (or all). Each function returns a query set the edge paginates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor
from domain.accounts.policy import Operation, department_scope
from domain.linkage.models import Dispute, Licensee, LinkageEvent, Push, SupervisionTask
from domain.linkage.rules import DisputeStatus, PushStatus, TaskStatus


def _scope(actor: Actor) -> frozenset[int] | None:
    return department_scope(actor, Operation.READ_RECORDS)


def visible_pushes(actor: Actor) -> QuerySet[Push]:
    scope = _scope(actor)
    if scope is None:
        return Push.all()
    ids = sorted(scope)
    return Push.filter(Q(department_id__in=ids) | Q(approval_department_id__in=ids))


@dataclass(frozen=True)
class PushFilter:
    """Filters of the push queue; None means any."""

    status: PushStatus | None = None
    department_id: int | None = None  # the supervising department
    approval_department_id: int | None = None
    due_before: datetime | None = None  # claim due before (exclusive)
    overdue: bool | None = None  # T4: open past the claim due time, or claimed late
    text: str | None = None  # document number, licensee name or number, item name


def pushes(actor: Actor, filter: PushFilter, now: datetime) -> QuerySet[Push]:
    """The pushes ``actor`` may see matching ``filter`` (order: claim due time, id)."""
    queryset = visible_pushes(actor)
    if filter.status is not None:
        queryset = queryset.filter(status=filter.status)
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.approval_department_id is not None:
        queryset = queryset.filter(approval_department_id=filter.approval_department_id)
    if filter.due_before is not None:
        queryset = queryset.filter(claim_due_at__lt=filter.due_before)
    if filter.overdue is not None:
        late = Q(
            Q(status__in=[PushStatus.TO_CLAIM, PushStatus.ROUTING_GAP], claim_due_at__lt=now),
            Q(claim_late_working_days__gt=0),
            join_type="OR",
        )
        queryset = queryset.filter(late if filter.overdue else ~late)
    term = (filter.text or "").strip()
    if term:
        licensees = Licensee.filter(Q(name__icontains=term) | Q(number__icontains=term))
        queryset = queryset.filter(
            Q(document_number__icontains=term)
            | Q(approval_item_name__icontains=term)
            | Q(handling_item_name__icontains=term)
            | Q(licensee_id__in=Subquery(licensees.values("id")))
        )
    return queryset


def visible_tasks(actor: Actor) -> QuerySet[SupervisionTask]:
    scope = _scope(actor)
    if scope is None:
        return SupervisionTask.all()
    return SupervisionTask.filter(department_id__in=sorted(scope))


@dataclass(frozen=True)
class TaskFilter:
    status: TaskStatus | None = None
    department_id: int | None = None
    due_before: datetime | None = None
    overdue: bool | None = None  # open past its due time


def supervision_tasks(actor: Actor, filter: TaskFilter, now: datetime) -> QuerySet[SupervisionTask]:
    queryset = visible_tasks(actor)
    if filter.status is not None:
        queryset = queryset.filter(status=filter.status)
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.due_before is not None:
        queryset = queryset.filter(due_at__lt=filter.due_before)
    if filter.overdue is not None:
        late = Q(status=TaskStatus.IN_PROGRESS, due_at__lt=now)
        queryset = queryset.filter(late if filter.overdue else ~late)
    return queryset


def disputes(
    actor: Actor, *, status: DisputeStatus | None = None, department_id: int | None = None
) -> QuerySet[Dispute]:
    """Disputes: the coordination group sees all; a department those it opened."""
    scope = _scope(actor)
    queryset = Dispute.all() if scope is None else Dispute.filter(department_id__in=sorted(scope))
    if status is not None:
        queryset = queryset.filter(status=status)
    if department_id is not None:
        queryset = queryset.filter(department_id=department_id)
    return queryset


def licensees(actor: Actor, search: str | None = None) -> QuerySet[Licensee]:
    """Licensees: all for the coordination group and auditors; for a department those
    of the pushes it sees."""
    scope = _scope(actor)
    queryset = Licensee.all()
    if scope is not None:
        queryset = queryset.filter(id__in=Subquery(visible_pushes(actor).values("licensee_id")))
    term = (search or "").strip()
    if term:
        queryset = queryset.filter(Q(name__icontains=term) | Q(number__icontains=term.upper()))
    return queryset


def licensee_contact_departments(actor: Actor) -> frozenset[int]:
    """The departments through which ``actor`` is involved with every licensee it sees in
    :func:`licensees` (for contact masking): its own when its view is scoped."""
    scope = _scope(actor)
    if scope is None or actor.department_id is None:
        return frozenset()
    return frozenset({actor.department_id})


# ---- batch loaders (DataLoaders of the API) -------------------------------------------


def _ordered(rows: dict[int, object], ids: Sequence[int]) -> list:  # type: ignore[type-arg]
    return [rows.get(i) for i in ids]


async def licensees_by_ids(ids: Sequence[int]) -> list[Licensee | None]:
    rows = {row.id: row for row in await Licensee.filter(id__in=list(set(ids)))}
    return _ordered(rows, ids)


async def pushes_by_ids(ids: Sequence[int]) -> list[Push | None]:
    rows = {row.id: row for row in await Push.filter(id__in=list(set(ids)))}
    return _ordered(rows, ids)


async def tasks_by_push_ids(push_ids: Sequence[int]) -> list[SupervisionTask | None]:
    rows = {
        row.push_id: row for row in await SupervisionTask.filter(push_id__in=list(set(push_ids)))
    }
    return _ordered(rows, push_ids)  # type: ignore[arg-type]


async def open_disputes_by_push_ids(push_ids: Sequence[int]) -> list[Dispute | None]:
    rows: dict[int, Dispute] = {}
    for row in await Dispute.filter(
        push_id__in=list(set(push_ids)), status=DisputeStatus.OPEN
    ).order_by("id"):
        rows[row.push_id] = row
    return _ordered(rows, push_ids)  # type: ignore[arg-type]


async def visible_push(actor: Actor, push_id: int) -> Push | None:
    return await visible_pushes(actor).get_or_none(id=push_id)


async def visible_task(actor: Actor, task_id: int) -> SupervisionTask | None:
    return await visible_tasks(actor).get_or_none(id=task_id)


async def visible_dispute(actor: Actor, dispute_id: int) -> Dispute | None:
    return await disputes(actor).get_or_none(id=dispute_id)


async def visible_licensee(actor: Actor, licensee_id: int) -> Licensee | None:
    return await licensees(actor).get_or_none(id=licensee_id)


def events_after(
    department_id: int | None, after_id: int, limit: int = 1000
) -> QuerySet[LinkageEvent]:
    """The outbox of a department (None: the coordination group's) after a cursor, in order:
    for the live task stream's resume."""
    queryset = (
        LinkageEvent.filter(department_id__isnull=True)
        if department_id is None
        else LinkageEvent.filter(department_id=department_id)
    )
    return queryset.filter(id__gt=after_id).order_by("id").limit(limit)
