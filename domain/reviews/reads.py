"""Reads of joint reviews (J1, J2): who sees a request and its responses, the filtered
list, the key-supervision flag from the catalogue, late responses per department (T4).

A request is seen by its approval department and the departments it addresses; the
coordination group and auditors see all; an API token its department's (or all). The
approval department (and those who see all) reads every response side by side; an
addressed department reads its own response only (each opinion is given independently).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor
from domain.accounts.policy import Operation, department_scope
from domain.calendar.rules import start_of_day
from domain.catalogue.models import SupervisionItem
from domain.catalogue.rules import LinkStatus
from domain.reviews.models import JointReviewRequest, JointReviewResponse
from domain.reviews.rules import (
    WAITING,
    DepartmentCount,
    JointReviewKind,
    JointReviewStatus,
    ResponseRecord,
    ResponseStatus,
    count_by_department,
)


def _scope(actor: Actor) -> frozenset[int] | None:
    return department_scope(actor, Operation.READ_RECORDS)


def visible_requests(actor: Actor) -> QuerySet[JointReviewRequest]:
    scope = _scope(actor)
    if scope is None:
        return JointReviewRequest.all()
    ids = sorted(scope)
    addressed = JointReviewResponse.filter(department_id__in=ids).values("request_id")
    return JointReviewRequest.filter(
        Q(approval_department_id__in=ids) | Q(id__in=Subquery(addressed))
    )


async def visible_request(actor: Actor, request_id: int) -> JointReviewRequest | None:
    if not actor.is_authenticated:
        return None
    return await visible_requests(actor).get_or_none(id=request_id)


def sees_all_responses(actor: Actor, request: JointReviewRequest) -> bool:
    """The approval department, the coordination group and auditors (scope None)."""
    scope = _scope(actor)
    return scope is None or request.approval_department_id in scope


def responses_for(
    actor: Actor, request: JointReviewRequest, rows: Sequence[JointReviewResponse]
) -> list[JointReviewResponse]:
    """The responses of ``request`` that ``actor`` may read (all, or its own)."""
    if sees_all_responses(actor, request):
        return list(rows)
    scope = _scope(actor) or frozenset()
    return [row for row in rows if row.department_id in scope]


async def can_read_response(actor: Actor, response_id: int) -> bool:
    """The written opinion of a response: whoever may read the response."""
    if not actor.is_authenticated:
        return False
    response = await JointReviewResponse.get_or_none(id=response_id)
    if response is None:
        return False
    request = await visible_request(actor, response.request_id)
    return request is not None and bool(responses_for(actor, request, [response]))


@dataclass(frozen=True)
class JointReviewFilter:
    """Filters of joint review requests; None means any."""

    status: JointReviewStatus | None = None
    kind: JointReviewKind | None = None
    approval_department_id: int | None = None  # sent by
    addressed_department_id: int | None = None  # addressed to
    response_status: ResponseStatus | None = None  # of the addressed department's response
    is_key: bool | None = None
    licensee_number: str | None = None
    notice_from: date | None = None
    notice_to: date | None = None


def joint_review_requests(actor: Actor, filter: JointReviewFilter) -> QuerySet[JointReviewRequest]:
    """The requests ``actor`` may see matching ``filter`` (the caller orders)."""
    queryset = visible_requests(actor)
    if filter.status is not None:
        queryset = queryset.filter(status=filter.status)
    if filter.kind is not None:
        queryset = queryset.filter(kind=filter.kind)
    if filter.approval_department_id is not None:
        queryset = queryset.filter(approval_department_id=filter.approval_department_id)
    if filter.addressed_department_id is not None or filter.response_status is not None:
        responses = JointReviewResponse.all()
        if filter.addressed_department_id is not None:
            responses = responses.filter(department_id=filter.addressed_department_id)
        if filter.response_status is not None:
            responses = responses.filter(status=filter.response_status)
        queryset = queryset.filter(id__in=Subquery(responses.values("request_id")))
    if filter.is_key is not None:
        queryset = queryset.filter(is_key=filter.is_key)
    if filter.licensee_number is not None:
        queryset = queryset.filter(licensee_number=filter.licensee_number.strip().upper())
    if filter.notice_from is not None:
        queryset = queryset.filter(notice_date__gte=filter.notice_from)
    if filter.notice_to is not None:
        queryset = queryset.filter(notice_date__lte=filter.notice_to)
    return queryset


async def responses_of(request_ids: Sequence[int]) -> list[list[JointReviewResponse]]:
    """For a DataLoader: the responses of each request, in the order addressed."""
    grouped: dict[int, list[JointReviewResponse]] = {i: [] for i in request_ids}
    rows = await JointReviewResponse.filter(request_id__in=list(set(request_ids))).order_by("id")
    for row in rows:
        grouped[row.request_id].append(row)
    return [grouped[i] for i in request_ids]


async def is_key_item(approval_item_id: int) -> bool:
    """The approval item is linked (a confirmed link of one of its handling items) to a
    supervision item under key supervision (重点监管, C2, 制度 Art 12)."""
    return await SupervisionItem.filter(
        is_key=True,
        sub_items__links__status=LinkStatus.CONFIRMED,
        sub_items__links__handling_item__approval_item_id=approval_item_id,
    ).exists()


async def late_responses(
    actor: Actor, *, notice_from: date | None, notice_to: date | None, now: datetime
) -> list[DepartmentCount]:
    """T4, A3: per addressed department, its responses and the late ones, over the
    requests ``actor`` may see whose notice date is in the period."""
    requests = visible_requests(actor)
    if notice_from is not None:
        requests = requests.filter(notice_date__gte=notice_from)
    if notice_to is not None:
        requests = requests.filter(notice_date__lte=notice_to)
    rows = await JointReviewResponse.filter(
        request_id__in=Subquery(requests.values("id"))
    ).values_list("department_id", "status", "late_working_days", "due_at")
    return count_by_department(
        ResponseRecord(
            department_id=department_id,
            status=ResponseStatus(status),
            late_working_days=late,
            overdue_now=ResponseStatus(status) in WAITING and now > due_at,
        )
        for department_id, status, late, due_at in rows
    )


def notice_started_at(notice_date: date) -> datetime:
    """The deadline's triggering event: the notice's day (T2: not counted)."""
    return start_of_day(notice_date)
