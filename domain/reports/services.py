"""Reports from the public (举报, A4): submit, read, look up by receipt.

- ``submit_report``: anyone, without login (the edge passes the hashed client address
  and the rate limit). One transaction: the report, one supervision task per department
  it is routed to (``open_task``: deadline reminded, audited, TASK_CREATED on the
  department's stream) and the audit record, written by :data:`PUBLIC` so the trail
  says it came from the public. Over the rate limit: ``RateLimited``, nothing stored.
- ``reports`` / ``report``: staff read the reports that have a task of a department
  they may read (READ_RECORDS): coordinator and auditor all, a department's staff and
  API tokens their department's.
- ``sees_contact``: the reporter's contact is shown to the staff of the report's
  departments, the coordinator and the auditor; never to API tokens.
- ``report_status``: the public looks a report up by its receipt number (status only).
- ``forward_report``: the coordinator hands a report the coordination group received to
  the supervision department responsible (its task changes department, due as before).

Handling is the task's: feedBackTask / recordFollowUp (S1–S3), nothing here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tortoise import connections
from tortoise.expressions import Q, RawSQL, Subquery
from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor, DepartmentKind, Role
from domain.accounts.models import Department
from domain.accounts.policy import Operation, department_scope, require
from domain.audit.services import record
from domain.calendar.rules import local_date, start_of_day
from domain.clock import utc_now
from domain.deadlines.models import Deadline
from domain.errors import InvalidInput, NotFound
from domain.linkage.models import Licensee, Push, SupervisionTask
from domain.linkage.rules import (
    TASK_WORKING_DAYS,
    LicenseStatus,
    LinkageEventKind,
    PushStatus,
    TaskOrigin,
    TaskStatus,
    clean_reason,
)
from domain.linkage.services.common import emit
from domain.linkage.services.tasks import open_task
from domain.reports import rules
from domain.reports.errors import ReportStateInvalid
from domain.reports.models import Report
from domain.transaction import transaction

# Who submits: the public, without login (the audit trail's actor_username "public").
PUBLIC = Actor(user_id=None, username="public", department_id=None)
# A report's task is fed back like any task (S1): 30 working days after it came in.
REPORT_TASK_WORKING_DAYS = TASK_WORKING_DAYS
_HOUR = timedelta(hours=1)
_DAY = timedelta(days=1)
STAFF_ROLES = frozenset({Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN})
# The licensee's name as compared in SQL: spaces (also full-width) removed, lower case.
_NAME_SQL = "LOWER(REPLACE(REPLACE(name, ' ', ''), '\u3000', ''))"


# ---- matching and routing ---------------------------------------------------------------


async def match_licensee(number: str, name: str) -> Licensee | None:
    """By number (exact), else by name (normalized; one licensee of that name only)."""
    if number:
        licensee = await Licensee.get_or_none(number=number)
        if licensee is not None:
            return licensee
    wanted = rules.normalize_name(name)
    if not wanted:
        return None
    candidates = (
        await Licensee.annotate(compared=RawSQL(_NAME_SQL))
        .filter(compared=wanted)
        .limit(3)
        .values_list("id", "name")
    )
    pk = rules.pick_by_name(candidates, name)
    return None if pk is None else await Licensee.get(id=pk)


async def supervising_departments(licensee_id: int, today: date) -> list[int]:
    """The departments supervising the licensee's licenses in force: its pushes routed to
    a department (not returned), license VALID and not expired."""
    rows = await (
        Push.filter(
            licensee_id=licensee_id,
            department_id__isnull=False,
            license_status=LicenseStatus.VALID,
        )
        .exclude(status=PushStatus.RETURNED)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))
        .distinct()
        .values_list("department_id", flat=True)
    )
    return [int(pk) for pk in rows if pk is not None]


async def coordination_department() -> int:
    department = await Department.filter(kind=DepartmentKind.COORDINATION).order_by("id").first()
    if department is None:
        raise NotFound("系统尚未设置协调小组，暂不能受理举报，请联系管理员。")
    return department.id


# ---- submit -----------------------------------------------------------------------------


async def _lock_address(address_hash: str) -> None:
    """PostgreSQL: serialize the reports of one address across API processes until
    COMMIT, so that two at once cannot both pass the count. (SQLite runs one
    transaction at a time on its connection already.)"""
    connection = connections.get("default")
    if connection.capabilities.dialect == "postgres":
        key = int(address_hash[:15], 16)  # 60 bits: fits a bigint
        await connection.execute_query("SELECT pg_advisory_xact_lock($1)", [key])


async def submit_report(
    data: rules.ReportData, *, address_hash: str, limit: rules.RateLimit
) -> Report:
    """A4: the public's report becomes a task for each supervising department of the
    named licensee, or for the coordination group (docs/reports.md)."""
    clean = rules.clean_report(data)
    now = utc_now()
    licensee = await match_licensee(clean.licensee_number, clean.licensee_name)
    supervising = (
        [] if licensee is None else await supervising_departments(licensee.id, local_date(now))
    )
    target = rules.route(
        None if licensee is None else licensee.id, supervising, await coordination_department()
    )
    named = clean.licensee_name or (licensee.name if licensee else "") or clean.licensee_number
    async with transaction():
        await _lock_address(address_hash)
        rows = Report.filter(address_hash=address_hash)
        rules.check_rate(
            limit,
            last_hour=await rows.filter(submitted_at__gt=now - _HOUR).count(),
            last_day=await rows.filter(submitted_at__gt=now - _DAY).count(),
        )
        receipt = rules.new_receipt_number(local_date(now).strftime("%Y%m%d"))
        report = await Report.create(
            receipt_number=receipt,
            named_number=clean.licensee_number,
            named_name=clean.licensee_name,
            licensee_id=None if licensee is None else licensee.id,
            content=clean.content,
            contact=clean.contact,
            address_hash=address_hash,
            submitted_at=now,
            routing=target.routing,
            department_ids=list(target.department_ids),
        )
        await record(
            PUBLIC,
            "report.submit",
            target_type="Report",
            target_id=report.id,
            before=None,
            after=report.snapshot(),
            department_id=target.department_ids[0],
        )
        for department_id in target.department_ids:
            await open_task(
                PUBLIC,
                origin=TaskOrigin.REPORT,
                department_id=department_id,
                title=rules.task_title(receipt, named, clean.content),
                started_at=now,
                working_days=REPORT_TASK_WORKING_DAYS,
                at=now,
                licensee_id=None if licensee is None else licensee.id,
                subject_id=report.id,
            )
    return report


# ---- forward (the coordination group) ---------------------------------------------------


async def forward_report(actor: Actor, report_id: int, department_id: int, note: str) -> Report:
    """A4: the coordinator hands a report the coordination group received (no licensee
    or no supervising department matched) to the supervision department responsible,
    like a returned push (P3): its task, still without a result, becomes that
    department's, due as before; TASK_CREATED reaches the department's stream."""
    require(actor, Operation.COORDINATE)
    note = clean_reason(note, field="note")
    report = await Report.get_or_none(id=report_id)
    if report is None:
        raise NotFound("举报不存在。", field="reportId")
    target = await Department.get_or_none(id=department_id)
    if target is None or target.kind != DepartmentKind.SUPERVISION:
        raise InvalidInput("请选择一个监管部门。", field="departmentId")
    coordination = await Department.filter(kind=DepartmentKind.COORDINATION).values_list(
        "id", flat=True
    )
    async with transaction():
        task = await (
            SupervisionTask.select_for_update()
            .filter(
                origin=TaskOrigin.REPORT,
                subject_id=report.id,
                department_id__in=list(coordination),
                status=TaskStatus.IN_PROGRESS,
            )
            .first()
        )
        if task is None:
            raise ReportStateInvalid(
                "该举报没有协调小组待分派的任务（已分派或已反馈结果）。", field="reportId"
            )
        if department_id in report.department_ids:
            raise ReportStateInvalid("该部门已有本举报的监管任务。", field="departmentId")
        now = utc_now()
        before_task = task.snapshot()
        before = report.snapshot()
        old = task.department_id
        task.department_id = department_id
        task.updated_at = now
        await task.save(update_fields=["department_id", "updated_at"])
        if task.deadline_id is not None:
            await Deadline.filter(id=task.deadline_id).update(department_id=department_id)
        report.department_ids = [department_id if pk == old else pk for pk in report.department_ids]
        await report.save(update_fields=["department_ids"])
        await record(
            actor,
            "report.forward",
            target_type="Report",
            target_id=report.id,
            before=before,
            after={**report.snapshot(), "note": note},
            department_id=department_id,
        )
        await record(
            actor,
            "task.reassign",
            target_type="SupervisionTask",
            target_id=task.id,
            before=before_task,
            after={**task.snapshot(), "note": note},
            department_id=department_id,
        )
        await emit(
            LinkageEventKind.TASK_CREATED, department_id=department_id, task_id=task.id, at=now
        )
    return report


# ---- reads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportFilter:
    """Filters of reports; None means any."""

    department_id: int | None = None  # has a task of this department
    task_status: TaskStatus | None = None  # has a (visible) task in this status
    submitted_from: date | None = None  # local day, inclusive
    submitted_to: date | None = None  # local day, inclusive
    routing: rules.Routing | None = None
    licensee_number: str | None = None  # the matched licensee's number


def _report_tasks(actor: Actor) -> QuerySet[SupervisionTask]:
    scope = department_scope(actor, Operation.READ_RECORDS)
    tasks = SupervisionTask.filter(origin=TaskOrigin.REPORT)
    return tasks if scope is None else tasks.filter(department_id__in=sorted(scope))


def reports(actor: Actor, filter: ReportFilter) -> QuerySet[Report]:
    """The reports ``actor`` may read, matching ``filter`` (the caller orders)."""
    tasks = _report_tasks(actor)
    if filter.department_id is not None:
        tasks = tasks.filter(department_id=filter.department_id)
    if filter.task_status is not None:
        tasks = tasks.filter(status=filter.task_status)
    queryset = Report.filter(id__in=Subquery(tasks.values("subject_id")))
    if filter.submitted_from is not None:
        queryset = queryset.filter(submitted_at__gte=start_of_day(filter.submitted_from))
    if filter.submitted_to is not None:
        queryset = queryset.filter(submitted_at__lt=start_of_day(filter.submitted_to + _DAY))
    if filter.routing is not None:
        queryset = queryset.filter(routing=filter.routing)
    if filter.licensee_number is not None:
        number = "".join(filter.licensee_number.split()).upper()
        queryset = queryset.filter(licensee__number=number)
    return queryset


async def report(actor: Actor, report_id: int) -> Report | None:
    """One report, if ``actor`` may read it."""
    return await reports(actor, ReportFilter()).filter(id=report_id).first()


async def tasks_of(report_ids: Sequence[int]) -> list[list[SupervisionTask]]:
    """Each report's tasks, in the order they were opened (one query, for a loader)."""
    by_report: dict[int, list[SupervisionTask]] = {pk: [] for pk in report_ids}
    if report_ids:
        for task in await SupervisionTask.filter(
            origin=TaskOrigin.REPORT, subject_id__in=list(set(report_ids))
        ).order_by("id"):
            assert task.subject_id is not None
            by_report[task.subject_id].append(task)
    return [by_report[pk] for pk in report_ids]


def sees_contact(actor: Actor, department_ids: Sequence[int]) -> bool:
    """The reporter's contact: staff of the report's departments, coordinator, auditor."""
    if actor.is_token or not actor.is_authenticated:
        return False
    if actor.has(Role.COORDINATOR) or actor.has(Role.AUDITOR):
        return True
    return bool(actor.roles & STAFF_ROLES) and actor.department_id in set(department_ids)


@dataclass(frozen=True)
class PublicStatus:
    receipt_number: str
    submitted_on: date
    status: rules.ReportStatus


async def report_status(receipt_number: str) -> PublicStatus | None:
    """The public's lookup by receipt number: the day and the status, nothing else."""
    receipt = rules.clean_receipt_number(receipt_number)
    row = await Report.get_or_none(receipt_number=receipt)
    if row is None:
        return None
    statuses = await SupervisionTask.filter(
        origin=TaskOrigin.REPORT, subject_id=row.id
    ).values_list("status", flat=True)
    return PublicStatus(
        receipt_number=row.receipt_number,
        submitted_on=local_date(row.submitted_at),
        status=rules.report_status(str(s) for s in statuses),
    )
