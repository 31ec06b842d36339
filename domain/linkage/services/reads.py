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
from domain.deadlines.models import Deadline
from domain.linkage.models import (
    Dispute,
    Licensee,
    LicenseRequest,
    Push,
    SupervisionTask,
    TaskFeedback,
)
from domain.linkage.rules import (
    CLAIM_OPEN_STATUSES,
    TASK_OPEN_STATUSES,
    DisputeStatus,
    LicenseRequestKind,
    LicenseRequestStatus,
    PushStatus,
    TaskStatus,
)


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
    # A2: open and due within 1 working day, not overdue (give ``threshold``).
    due_soon: bool | None = None


def _due_soon(statuses: Sequence[str], due: str, now: datetime, threshold: datetime | None) -> Q:
    """A2 due soon: open, ``now <= due <= threshold`` (the due time 1 working day after
    now, ``due_events.due_soon_threshold``)."""
    if threshold is None:
        raise ValueError("the dueSoon filter needs the threshold")
    return Q(**{"status__in": statuses, f"{due}__gte": now, f"{due}__lte": threshold})


def pushes(
    actor: Actor, filter: PushFilter, now: datetime, threshold: datetime | None = None
) -> QuerySet[Push]:
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
    if filter.due_soon is not None:
        soon = _due_soon(CLAIM_OPEN_STATUSES, "claim_due_at", now, threshold)
        queryset = queryset.filter(soon if filter.due_soon else ~soon)
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
    due_soon: bool | None = None  # A2: open and due within 1 working day (give ``threshold``)


def supervision_tasks(
    actor: Actor, filter: TaskFilter, now: datetime, threshold: datetime | None = None
) -> QuerySet[SupervisionTask]:
    queryset = visible_tasks(actor)
    if filter.status is not None:
        queryset = queryset.filter(status=filter.status)
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.due_before is not None:
        queryset = queryset.filter(due_at__lt=filter.due_before)
    if filter.overdue is not None:
        late = Q(status__in=TASK_OPEN_STATUSES, due_at__lt=now)
        queryset = queryset.filter(late if filter.overdue else ~late)
    if filter.due_soon is not None:
        soon = _due_soon(TASK_OPEN_STATUSES, "due_at", now, threshold)
        queryset = queryset.filter(soon if filter.due_soon else ~soon)
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


def can_read_push(actor: Actor, push: Push) -> bool:
    """Whether ``actor`` may read ``push`` now, as :func:`visible_pushes` decides: a
    department that returned a push reads it no more once it is reassigned elsewhere
    (it keeps reading its dispute and the dispute's resolution, docs/linkage.md P3)."""
    scope = _scope(actor)
    return scope is None or push.department_id in scope or push.approval_department_id in scope


async def visible_task(actor: Actor, task_id: int) -> SupervisionTask | None:
    return await visible_tasks(actor).get_or_none(id=task_id)


async def visible_dispute(actor: Actor, dispute_id: int) -> Dispute | None:
    return await disputes(actor).get_or_none(id=dispute_id)


async def visible_licensee(actor: Actor, licensee_id: int) -> Licensee | None:
    return await licensees(actor).get_or_none(id=licensee_id)


# ---- results (S2, S3) and license requests (S4) ----------------------------------------


def visible_license_requests(actor: Actor) -> QuerySet[LicenseRequest]:
    """License requests: the requesting and the approval department; the coordination
    group and auditors all; an API token its department's (or all)."""
    scope = _scope(actor)
    if scope is None:
        return LicenseRequest.all()
    ids = sorted(scope)
    return LicenseRequest.filter(Q(department_id__in=ids) | Q(approval_department_id__in=ids))


@dataclass(frozen=True)
class LicenseRequestFilter:
    status: LicenseRequestStatus | None = None
    kind: LicenseRequestKind | None = None
    department_id: int | None = None  # the requesting (supervision) department
    approval_department_id: int | None = None
    push_id: int | None = None


def license_requests(actor: Actor, filter: LicenseRequestFilter) -> QuerySet[LicenseRequest]:
    """The license requests ``actor`` may see matching ``filter`` (order: id)."""
    queryset = visible_license_requests(actor)
    if filter.status is not None:
        queryset = queryset.filter(status=filter.status)
    if filter.kind is not None:
        queryset = queryset.filter(kind=filter.kind)
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.approval_department_id is not None:
        queryset = queryset.filter(approval_department_id=filter.approval_department_id)
    if filter.push_id is not None:
        queryset = queryset.filter(push_id=filter.push_id)
    return queryset


async def visible_license_request(actor: Actor, request_id: int) -> LicenseRequest | None:
    return await visible_license_requests(actor).get_or_none(id=request_id)


async def visible_feedback(actor: Actor, feedback_id: int) -> TaskFeedback | None:
    """A result is visible to whoever sees its task, or its task's push (the approval
    department too)."""
    feedback = await TaskFeedback.get_or_none(id=feedback_id)
    if feedback is None:
        return None
    if await visible_tasks(actor).filter(id=feedback.task_id).exists():
        return feedback
    of_pushes = SupervisionTask.filter(push_id__in=Subquery(visible_pushes(actor).values("id")))
    return feedback if await of_pushes.filter(id=feedback.task_id).exists() else None


async def feedbacks_of(task_ids: Sequence[int]) -> list[list[TaskFeedback]]:
    """For a DataLoader: the results of each task, in the order they were fed back."""
    grouped: dict[int, list[TaskFeedback]] = {i: [] for i in task_ids}
    for row in await TaskFeedback.filter(task_id__in=list(set(task_ids))).order_by("id"):
        grouped[row.task_id].append(row)
    return [grouped[i] for i in task_ids]


async def license_requests_of(push_ids: Sequence[int]) -> list[list[LicenseRequest]]:
    """For a DataLoader: the license requests of each push, oldest first."""
    grouped: dict[int, list[LicenseRequest]] = {i: [] for i in push_ids}
    for row in await LicenseRequest.filter(push_id__in=list(set(push_ids))).order_by("id"):
        grouped[row.push_id].append(row)
    return [grouped[i] for i in push_ids]


async def tasks_by_ids(ids: Sequence[int]) -> list[SupervisionTask | None]:
    rows = {row.id: row for row in await SupervisionTask.filter(id__in=list(set(ids)))}
    return _ordered(rows, ids)


async def deadlines_by_ids(ids: Sequence[int]) -> list[Deadline | None]:
    """For a DataLoader: deadlines of records already checked for visibility."""
    rows = {row.id: row for row in await Deadline.filter(id__in=list(set(ids)))}
    return _ordered(rows, ids)
