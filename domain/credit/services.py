"""Credit use cases (R1–R3): credit records, the blacklist, the credit grade.

- ``add_credit_record``: an approval officer, supervisor or department admin for their
  own department's facts, a coordinator for any department (RECORD_CREDIT).
- ``write_credit_record``: the same row written inside another use case's transaction
  (S4 revocation approved, P5 penalty / license revoked; K2/K5 later), once per source
  and subject.
- ``add_to_blacklist`` / ``remove_from_blacklist``: coordinators, and department admins
  of an approval department (MANAGE_BLACKLIST); removal needs a reason; one open entry
  per licensee (a unique column, the licensee row locked while checking).
- ``grade_of`` / ``grades_of``: R3 as of a day, two queries for any number of licensees.

Reads (READ_CREDIT): credit records and the blacklist are county-wide facts; every
user except the system admin, and every API token whatever its department, reads all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from domain.accounts.actor import SYSTEM, Actor, DepartmentKind, Role
from domain.accounts.models import Department
from domain.accounts.policy import Operation, can, require
from domain.attachments.services import attach, register_owner
from domain.audit.services import record
from domain.calendar.rules import local_date, start_of_day
from domain.clock import utc_now
from domain.credit import rules
from domain.credit.errors import AlreadyBlacklisted, BlacklistEntryStateInvalid
from domain.credit.models import BlacklistEntry, CreditRecord
from domain.errors import InvalidInput, NotFound, PermissionDenied
from domain.linkage.models import Licensee
from domain.linkage.rules import licensee_number
from domain.transaction import in_use_case, transaction

CREDIT_RECORD_OWNER = "CreditRecord"
BLACKLIST_ENTRY_OWNER = "BlacklistEntry"
_DAY = timedelta(days=1)


async def _can_read_evidence(actor: Actor, owner_id: int) -> bool:
    return can(actor, Operation.READ_CREDIT)


register_owner(CREDIT_RECORD_OWNER, _can_read_evidence)
register_owner(BLACKLIST_ENTRY_OWNER, _can_read_evidence)


class LicenseeNotFound(NotFound):
    """No licensee of that USCC or ID number (P6)."""


async def _licensee(number: str, *, checked: bool = False) -> Licensee:
    """The licensee of a USCC or ID number; ``checked``: a malformed number (wrong check
    digit, P6) is an ``InvalidInput`` saying so, before it is looked up."""
    if checked:
        number = licensee_number(number, field="licenseeNumber")[1]
    licensee = await Licensee.get_or_none(number=(number or "").strip().upper())
    if licensee is None:
        raise LicenseeNotFound(
            "行政相对人不存在：请核对统一社会信用代码或身份证号。", field="licenseeNumber"
        )
    return licensee


# ---- reads ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CreditRecordFilter:
    """Filters of credit records; None means any."""

    licensee_number: str | None = None
    source: rules.CreditSource | None = None
    severity: rules.CreditSeverity | None = None
    department_id: int | None = None
    occurred_from: date | None = None  # occurred_on on or after
    occurred_to: date | None = None  # occurred_on on or before


def credit_records(actor: Actor, filter: CreditRecordFilter) -> QuerySet[CreditRecord]:
    """Credit records matching ``filter`` (the caller orders: newest first by date, id)."""
    require(actor, Operation.READ_CREDIT)
    queryset = CreditRecord.all()
    if filter.licensee_number is not None:
        queryset = queryset.filter(licensee__number=filter.licensee_number.strip().upper())
    if filter.source is not None:
        queryset = queryset.filter(source=filter.source)
    if filter.severity is not None:
        queryset = queryset.filter(severity=filter.severity)
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.occurred_from is not None:
        queryset = queryset.filter(occurred_on__gte=filter.occurred_from)
    if filter.occurred_to is not None:
        queryset = queryset.filter(occurred_on__lte=filter.occurred_to)
    return queryset


@dataclass(frozen=True)
class BlacklistFilter:
    """Filters of blacklist entries; None means any."""

    active: bool | None = None  # in force today (R2)
    status: rules.BlacklistStatus | None = None  # where it stands today (R2)
    licensee_number: str | None = None
    department_id: int | None = None
    # In force at some time between these days (both inclusive).
    in_force_from: date | None = None
    in_force_to: date | None = None


def _status_on(status: rules.BlacklistStatus, on: date) -> Q:
    """The entries whose :func:`rules.blacklist_status` on ``on`` is ``status``."""
    removed = Q(removed_at__lt=start_of_day(on + _DAY))
    if status == rules.BlacklistStatus.REMOVED:
        return removed
    if status == rules.BlacklistStatus.ACTIVE:
        return _active_on(on)
    kept = Q(Q(removed_at__isnull=True), Q(removed_at__gte=start_of_day(on + _DAY)), join_type="OR")
    if status == rules.BlacklistStatus.PENDING:
        return Q(kept, Q(starts_on__gt=on))
    return Q(kept, Q(starts_on__lte=on), Q(ends_on__lt=on))  # ENDED


def _active_on(on: date) -> Q:
    return Q(
        Q(starts_on__lte=on),
        Q(Q(ends_on__isnull=True), Q(ends_on__gte=on), join_type="OR"),
        Q(Q(removed_at__isnull=True), Q(removed_at__gte=start_of_day(on + _DAY)), join_type="OR"),
    )


def blacklist_entries(
    actor: Actor, filter: BlacklistFilter, today: date
) -> QuerySet[BlacklistEntry]:
    """Blacklist entries matching ``filter`` (the caller orders)."""
    require(actor, Operation.READ_CREDIT)
    queryset = BlacklistEntry.all()
    if filter.active is not None:
        active = _active_on(today)
        queryset = queryset.filter(active if filter.active else ~active)
    if filter.status is not None:
        queryset = queryset.filter(_status_on(filter.status, today))
    if filter.licensee_number is not None:
        queryset = queryset.filter(licensee__number=filter.licensee_number.strip().upper())
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.in_force_to is not None:
        queryset = queryset.filter(starts_on__lte=filter.in_force_to)
    if filter.in_force_from is not None:
        start = filter.in_force_from
        queryset = queryset.filter(
            Q(Q(ends_on__isnull=True), Q(ends_on__gte=start), join_type="OR"),
            Q(
                Q(removed_at__isnull=True),
                Q(removed_at__gte=start_of_day(start + _DAY)),
                join_type="OR",
            ),
        )
    return queryset


async def credit_record(actor: Actor, record_id: int) -> CreditRecord | None:
    require(actor, Operation.READ_CREDIT)
    return await CreditRecord.get_or_none(id=record_id)


async def blacklist_entry(actor: Actor, entry_id: int) -> BlacklistEntry | None:
    require(actor, Operation.READ_CREDIT)
    return await BlacklistEntry.get_or_none(id=entry_id)


# ---- the grade (R3) -------------------------------------------------------------------


def _entry_fact(entry: BlacklistEntry) -> rules.BlacklistFact:
    return rules.BlacklistFact(
        starts_on=entry.starts_on,
        ends_on=entry.ends_on,
        removed_on=local_date(entry.removed_at) if entry.removed_at is not None else None,
    )


async def grades_of(
    licensee_ids: Sequence[int], on: date, grading: rules.GradeRules | None = None
) -> list[rules.GradeResult]:
    """R3: the grade of each licensee as of ``on``, in two queries whatever the number."""
    grading = grading or rules.grade_rules()
    ids = list(set(licensee_ids))
    since = rules.years_before(on, grading.lookback_years)
    records: dict[int, list[rules.RecordFact]] = {i: [] for i in ids}
    entries: dict[int, list[rules.BlacklistFact]] = {i: [] for i in ids}
    if ids:
        for row in await CreditRecord.filter(
            licensee_id__in=ids, occurred_on__gt=since, occurred_on__lte=on
        ):
            records[row.licensee_id].append(
                rules.RecordFact(
                    occurred_on=row.occurred_on,
                    severity=rules.CreditSeverity(row.severity),
                    source=rules.CreditSource(row.source),
                )
            )
        for entry in await BlacklistEntry.filter(licensee_id__in=ids, starts_on__lte=on):
            entries[entry.licensee_id].append(_entry_fact(entry))
    return [rules.grade(records[i], entries[i], on, grading) for i in licensee_ids]


async def grade_of(licensee_id: int, on: date) -> rules.GradeResult:
    """R3 (and K1's credit check): the licensee's grade as of ``on``."""
    return (await grades_of([licensee_id], on))[0]


async def is_blacklisted(licensee_id: int, on: date) -> bool:
    """R2 (and K1): whether a blacklist entry of the licensee is in force on ``on``."""
    return (await grade_of(licensee_id, on)).blacklisted


async def credit_grade(
    actor: Actor, licensee_number: str, on: date
) -> tuple[Licensee, rules.GradeResult]:
    """A reader asks for a licensee's grade by USCC or ID number."""
    require(actor, Operation.READ_CREDIT)
    licensee = await _licensee(licensee_number)
    return licensee, await grade_of(licensee.id, on)


# ---- credit records (R1) --------------------------------------------------------------


async def write_credit_record(
    actor: Actor,
    *,
    licensee_id: int,
    source: rules.CreditSource,
    occurred_on: date,
    department_id: int,
    description: str,
    severity: rules.CreditSeverity | None = None,
    subject_type: str = "",
    subject_id: int | None = None,
) -> CreditRecord:
    """R1: write a credit record inside the calling use case's transaction (which has
    checked its own permission). A record of the same source and subject is written
    once: a second call returns the first."""
    if not in_use_case():
        raise RuntimeError("write_credit_record runs inside a use case's transaction")
    if subject_id is not None:
        existing = await CreditRecord.get_or_none(
            source=source, subject_type=subject_type, subject_id=subject_id
        )
        if existing is not None:
            return existing
    row = await CreditRecord.create(
        licensee_id=licensee_id,
        source=source,
        severity=severity or rules.DEFAULT_SEVERITY[source],
        occurred_on=occurred_on,
        department_id=department_id,
        description=description[: rules.TEXT_MAX],
        subject_type=subject_type,
        subject_id=subject_id,
        recorded_by_id=actor.user_id,
        recorded_at=utc_now(),
    )
    await record(
        actor,
        "credit_record.create",
        target_type="CreditRecord",
        target_id=row.id,
        before=None,
        after=row.snapshot(),
        department_id=department_id,
    )
    return row


async def _recording_department(actor: Actor, department_id: int | None) -> int:
    department_id = department_id if department_id is not None else actor.department_id
    require(actor, Operation.RECORD_CREDIT, department_id)
    if department_id is None or not await Department.exists(id=department_id):
        raise InvalidInput("请选择记录信用信息的部门。", field="departmentId")
    return department_id


async def add_credit_record(actor: Actor, data: rules.CreditRecordData) -> CreditRecord:
    """R1: record a fact in a licensee's credit history, with its evidence."""
    department_id = await _recording_department(actor, data.department_id)
    clean = rules.clean_credit_record(data, today=local_date(utc_now()))
    licensee = await _licensee(data.licensee_number, checked=True)
    async with transaction():
        row = await write_credit_record(
            actor,
            licensee_id=licensee.id,
            source=clean.source,
            severity=clean.severity,
            occurred_on=clean.occurred_on,
            department_id=department_id,
            description=clean.description,
        )
        await attach(actor, data.attachment_ids, owner_type=CREDIT_RECORD_OWNER, owner_id=row.id)
    return row


# ---- the blacklist (R2) ---------------------------------------------------------------


async def _blacklist_department(actor: Actor) -> int:
    """Coordinators (their group), or department admins of an approval department."""
    if actor is SYSTEM:
        department = (
            await Department.filter(kind=DepartmentKind.COORDINATION).order_by("id").first()
        )
        if department is None:
            raise InvalidInput("系统中没有协调小组。", field="departmentId")
        return department.id
    require(actor, Operation.MANAGE_BLACKLIST, actor.department_id)
    if actor.department_id is None:
        raise PermissionDenied("只有协调小组或审批部门的部门管理员可以管理黑名单。")
    if not actor.has(Role.COORDINATOR):
        department = await Department.get_or_none(id=actor.department_id)
        if department is None or department.kind != DepartmentKind.APPROVAL:
            raise PermissionDenied("只有协调小组或审批部门的部门管理员可以管理黑名单。")
    return actor.department_id


async def add_to_blacklist(actor: Actor, data: rules.BlacklistData) -> BlacklistEntry:
    """R2: put a licensee on the blacklist (at most one open entry per licensee)."""
    department_id = await _blacklist_department(actor)
    today = local_date(utc_now())
    clean = rules.clean_blacklist(data, today)
    licensee = await _licensee(data.licensee_number, checked=True)
    try:
        async with transaction():
            await Licensee.select_for_update().get(id=licensee.id)
            current = (
                await BlacklistEntry.select_for_update()
                .filter(open_licensee_id=licensee.id)
                .first()
            )
            if current is not None:
                if current.ends_on is None or current.ends_on >= today:
                    raise AlreadyBlacklisted(
                        f"该行政相对人已在黑名单中（{current.starts_on} 起），不能重复列入。",
                        field="licenseeNumber",
                    )
                current.open_licensee_id = None  # ended: no longer the open entry
                await current.save(update_fields=["open_licensee_id"])
            row = await BlacklistEntry.create(
                licensee_id=licensee.id,
                reason=clean.reason,
                legal_basis=clean.legal_basis,
                starts_on=clean.starts_on,
                ends_on=clean.ends_on,
                department_id=department_id,
                added_by_id=actor.user_id,
                added_at=utc_now(),
                open_licensee_id=licensee.id,
            )
            await record(
                actor,
                "blacklist_entry.add",
                target_type="BlacklistEntry",
                target_id=row.id,
                before=None,
                after=row.snapshot(),
                department_id=department_id,
            )
            await attach(
                actor, data.attachment_ids, owner_type=BLACKLIST_ENTRY_OWNER, owner_id=row.id
            )
    except IntegrityError as exc:  # a concurrent add won
        raise AlreadyBlacklisted(
            "该行政相对人已在黑名单中，不能重复列入。", field="licenseeNumber"
        ) from exc
    return row


async def remove_from_blacklist(actor: Actor, entry_id: int, reason: str) -> BlacklistEntry:
    """R2: remove an entry in force (or not started yet), with a reason. Coordinators
    remove any entry; an approval department's admin the entries of that department."""
    department_id = await _blacklist_department(actor)
    reason = rules.clean_removal_reason(reason)
    if not await BlacklistEntry.exists(id=entry_id):
        raise NotFound("黑名单记录不存在。", field="entryId")
    async with transaction():
        row = await BlacklistEntry.select_for_update().get(id=entry_id)
        if not (actor is SYSTEM or actor.has(Role.COORDINATOR)):
            if row.department_id != department_id:
                raise PermissionDenied("该黑名单记录由其他部门列入，只能由其或协调小组移出。")
        now = utc_now()
        if row.removed_at is not None:
            raise BlacklistEntryStateInvalid("该黑名单记录已移出。", field="entryId")
        if row.ends_on is not None and row.ends_on < local_date(now):
            raise BlacklistEntryStateInvalid("该黑名单记录已到期结束，无需移出。", field="entryId")
        before = row.snapshot()
        row.removed_at = now
        row.removed_by_id = actor.user_id
        row.removal_reason = reason
        row.open_licensee_id = None
        await row.save(
            update_fields=["removed_at", "removed_by_id", "removal_reason", "open_licensee_id"]
        )
        await record(
            actor,
            "blacklist_entry.remove",
            target_type="BlacklistEntry",
            target_id=row.id,
            before=before,
            after=row.snapshot(),
            department_id=row.department_id,
        )
    return row


async def credit_records_by_ids(ids: Sequence[int]) -> list[CreditRecord | None]:
    rows = {row.id: row for row in await CreditRecord.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]
