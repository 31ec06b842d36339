"""Statistics per department and period (A3): pushes claimed on time and late, tasks fed
back on time and late, reverse pushes late, open disputes, inquiries left silent (Q1:
deemed consent, by ``deemed_consent_at``, the asked department's) (不作为、慢作为 tracking).

The period is a range of dates in Asia/Shanghai, both ends included: a push counts by
its ``pushed_at``, a task's first result and a same-day feedback by their
``fed_back_at``, a reverse push by its ``pushed_at``. The open counts
(``unclaimed_overdue``, ``tasks_open_overdue``, ``open_disputes``) are the state now,
whatever the period: an external dashboard shows them as the current backlog.

Late is what the deadlines recorded when the work was done (T4): a claim's
``Push.claim_late_working_days``, a task's ``feedback_late_working_days`` (its first
result against the 30 working days of S1), a feedback's ``late_working_days`` (S2),
a reverse push's ``push_late_working_days`` and ``claim_late_working_days`` (P5).

Every figure is counted in the database, grouped by department: one statement per
table whatever the number of departments (a constant number of statements).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta

from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor, DepartmentKind
from domain.accounts.models import Department
from domain.accounts.policy import Operation, department_scope, require
from domain.calendar.rules import start_of_day
from domain.clock import utc_now
from domain.errors import InvalidInput, NotFound
from domain.inquiries.models import Inquiry
from domain.inquiries.rules import InquiryStatus
from domain.linkage.models import Dispute, Push, ReversePush, SupervisionTask, TaskFeedback
from domain.linkage.rules import DisputeStatus, PushStatus, TaskStatus
from domain.reviews.models import JointReviewResponse

# A period longer than this many years is refused (INVALID_INPUT): one query over
# a decade of pushes is not what a dashboard needs.
MAX_PERIOD_YEARS = 3


@dataclass(frozen=True)
class Period:
    """Dates in Asia/Shanghai, both included; ``start``/``end`` the UTC bounds [start, end)."""

    first: date
    last: date
    start: datetime
    end: datetime


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def period(first: date, last: date) -> Period:
    """The period from ``first`` to ``last`` (Asia/Shanghai dates, both included).

    ``last`` before ``first``, or a period longer than 3 years (``last`` on or after
    the same date 3 years after ``first``), raise ``InvalidInput``.
    """
    if last < first:
        raise InvalidInput("统计期间的结束日期不能早于开始日期。", field="to")
    if last >= _add_years(first, MAX_PERIOD_YEARS):
        raise InvalidInput(f"统计期间不能超过 {MAX_PERIOD_YEARS} 年。", field="to")
    return Period(first, last, start_of_day(first), start_of_day(last + timedelta(days=1)))


@dataclass
class Figures:
    """The figures of one department (or the total) — see docs/statistics.md."""

    pushes_received: int = 0  # pushes routed to it, pushed in the period
    claimed_on_time: int = 0  # of those, claimed by the claim due time (P2)
    claimed_late: int = 0  # of those, claimed after it (T4)
    unclaimed_overdue: int = 0  # now: waiting for its claim past the due time
    tasks_fed_back_on_time: int = 0  # first result in the period, within S1's 30 days
    tasks_fed_back_late: int = 0  # first result in the period, after them (T4)
    tasks_open_overdue: int = 0  # now: open past their due time (S1, or the follow-up check)
    same_day_feedback_late: int = 0  # results fed back in the period after 24:00 of the day (S2)
    reverse_pushes_on_time: int = 0  # pushed by it in the period within 3 working days (P5)
    reverse_pushes_late: int = 0  # pushed by it in the period after them (T4)
    reverse_claims_late: int = 0  # pushed in the period to it, claimed late by it (P5, T4)
    open_disputes: int = 0  # now: pushes it returned, the dispute still open (P3)
    # inquiries to it left silent: consent deemed in the period (Q1)
    inquiries_deemed_consent: int = 0
    # joint review responses due from it in the period: answered within 3 working days,
    # or late / not at all (J2, T4)
    joint_reviews_on_time: int = 0
    joint_reviews_late: int = 0

    def add(self, other: Figures) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass(frozen=True)
class DepartmentFigures:
    department: Department
    figures: Figures


@dataclass(frozen=True)
class Statistics:
    period: Period
    at: datetime  # "now" of the open counts
    rows: list[DepartmentFigures]
    total: Figures


STATISTICS_KINDS = (DepartmentKind.APPROVAL, DepartmentKind.SUPERVISION)


async def _departments(actor: Actor, department_id: int | None) -> list[Department]:
    """The departments whose rows ``actor`` may read (READ_RECORDS), or the one asked for."""
    if department_id is not None:
        require(actor, Operation.READ_RECORDS, department_id)
        department = await Department.get_or_none(id=department_id)
        if department is None:
            raise NotFound("部门不存在。", field="departmentId")
        return [department]
    scope = department_scope(actor, Operation.READ_RECORDS)
    if scope is None:
        return await Department.filter(kind__in=list(STATISTICS_KINDS)).order_by("id")
    if not scope:
        return []
    return await Department.filter(id__in=sorted(scope)).order_by("id")


async def _grouped(
    queryset: QuerySet,  # type: ignore[type-arg]
    key: str,
    counts: dict[str, Q],
) -> dict[int, dict[str, int]]:
    """``{department id: {name: count}}``: one ``SELECT key, COUNT(CASE …) … GROUP BY key``."""
    annotations = {name: Count("id", _filter=condition) for name, condition in counts.items()}
    rows = await queryset.annotate(**annotations).group_by(key).values(key, *counts)
    return {row[key]: {name: int(row[name] or 0) for name in counts} for row in rows}


async def linkage_statistics(
    actor: Actor, first: date, last: date, department_id: int | None = None
) -> Statistics:
    """A3: the figures per department for the period ``first``–``last`` and their total.

    Visibility (READ_RECORDS): a department's people and a department's API token read
    its row; the coordination group, auditors and unlimited tokens every department's
    (approval and supervision departments). ``department_id`` narrows to one row
    (``PermissionDenied`` when it is not the actor's to read).
    """
    span = period(first, last)
    departments = await _departments(actor, department_id)
    now = utc_now()
    ids = [d.id for d in departments]
    rows = {d.id: Figures() for d in departments}
    if ids:

        def pushed(**conditions: object) -> Q:
            return Q(pushed_at__gte=span.start, pushed_at__lt=span.end, **conditions)

        pushes = await _grouped(
            Push.filter(department_id__in=ids).filter(
                Q(pushed_at__gte=span.start, pushed_at__lt=span.end)
                | Q(status=PushStatus.TO_CLAIM, claim_due_at__lt=now)
            ),
            "department_id",
            {
                "pushes_received": pushed(),
                "claimed_on_time": pushed(claimed_at__isnull=False, claim_late_working_days=0),
                "claimed_late": pushed(claimed_at__isnull=False, claim_late_working_days__gt=0),
                "unclaimed_overdue": Q(status=PushStatus.TO_CLAIM, claim_due_at__lt=now),
            },
        )
        fed_back = Q(fed_back_at__gte=span.start, fed_back_at__lt=span.end)
        open_overdue = Q(status__in=[TaskStatus.IN_PROGRESS, TaskStatus.RECTIFYING], due_at__lt=now)
        tasks = await _grouped(
            SupervisionTask.filter(department_id__in=ids).filter(fed_back | open_overdue),
            "department_id",
            {
                "tasks_fed_back_on_time": fed_back & Q(feedback_late_working_days=0),
                "tasks_fed_back_late": fed_back & Q(feedback_late_working_days__gt=0),
                "tasks_open_overdue": open_overdue,
            },
        )
        feedbacks = await _grouped(
            TaskFeedback.filter(department_id__in=ids, late_working_days__gt=0).filter(fed_back),
            "department_id",
            {"same_day_feedback_late": Q(late_working_days__gt=0)},
        )
        reverse_pushed = ReversePush.filter(pushed_at__gte=span.start, pushed_at__lt=span.end)
        reverse_sent = await _grouped(
            reverse_pushed.filter(department_id__in=ids),
            "department_id",
            {
                "reverse_pushes_on_time": Q(push_late_working_days=0),
                "reverse_pushes_late": Q(push_late_working_days__gt=0),
            },
        )
        reverse_received = await _grouped(
            reverse_pushed.filter(approval_department_id__in=ids, claim_late_working_days__gt=0),
            "approval_department_id",
            {"reverse_claims_late": Q(claim_late_working_days__gt=0)},
        )
        disputes = await _grouped(
            Dispute.filter(department_id__in=ids, status=DisputeStatus.OPEN),
            "department_id",
            {"open_disputes": Q(status=DisputeStatus.OPEN)},
        )
        silent = await _grouped(
            Inquiry.filter(
                asked_department_id__in=ids,
                status=InquiryStatus.DEEMED_CONSENT,
                deemed_consent_at__gte=span.start,
                deemed_consent_at__lt=span.end,
            ),
            "asked_department_id",
            {"inquiries_deemed_consent": Q(status=InquiryStatus.DEEMED_CONSENT)},
        )
        reviews = await _grouped(
            JointReviewResponse.filter(
                department_id__in=ids,
                due_at__gte=span.start,
                due_at__lt=span.end,
                late_working_days__isnull=False,
            ),
            "department_id",
            {
                "joint_reviews_on_time": Q(late_working_days=0),
                "joint_reviews_late": Q(late_working_days__gt=0),
            },
        )
        counts = (
            pushes,
            tasks,
            feedbacks,
            reverse_sent,
            reverse_received,
            disputes,
            silent,
            reviews,
        )
        for counted in counts:
            _merge(rows, counted.items())
    total = Figures()
    for figures in rows.values():
        total.add(figures)
    return Statistics(
        period=span,
        at=now,
        rows=[DepartmentFigures(d, rows[d.id]) for d in departments],
        total=total,
    )


def _merge(rows: dict[int, Figures], counted: Iterable[tuple[int, dict[str, int]]]) -> None:
    for department_id, values in counted:
        figures = rows.get(department_id)
        if figures is None:
            continue
        for name, value in values.items():
            setattr(figures, name, getattr(figures, name) + value)
