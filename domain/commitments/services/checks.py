"""K1 事前信用查询: before approval, an approval officer (or the department admin) of
the item's approval department asks for the applicant's credit by USCC or ID number.

The answer: the credit grade as of today (R3; an applicant unknown to the system is
grade A with no blacklist hit), whether a blacklist entry is in force (R2), and whether
commitment approval is allowed for the item (``rules.check_answer``). The question and
the answer are recorded (``CreditCheck``) and audited in one transaction (方案 §6, §12).
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.queryset import QuerySet

from domain.accounts.actor import SYSTEM, Actor, DepartmentKind
from domain.accounts.models import Department
from domain.accounts.policy import Operation, department_scope
from domain.audit.services import record
from domain.calendar.rules import local_date
from domain.catalogue.models import ApprovalItem
from domain.clock import utc_now
from domain.commitments import rules
from domain.commitments.models import CreditCheck
from domain.credit.rules import CreditGrade
from domain.credit.services import grade_of
from domain.errors import InvalidInput, NotFound, PermissionDenied
from domain.linkage.models import Licensee
from domain.linkage.rules import licensee_number
from domain.linkage.services.common import APPROVING_ROLES, require_role_in_department
from domain.transaction import transaction

UNKNOWN_LICENSEE_REASON = "系统中无该行政相对人的信用记录，按低风险（A）处理"


def item_terms(item: ApprovalItem) -> rules.ItemTerms:
    return rules.ItemTerms(
        name=item.name,
        commitment_eligible=item.commitment_eligible,
        commitment_modes=tuple(str(m) for m in item.commitment_modes),
        allowed_credit_grades=tuple(str(g) for g in item.allowed_credit_grades),
    )


async def approving_department(actor: Actor) -> int:
    """The approval department ``actor`` acts for (an approval officer or its admin)."""
    department_id = actor.department_id
    require_role_in_department(actor, APPROVING_ROLES, department_id, "审批人员或部门管理员")
    department = None if department_id is None else await Department.get_or_none(id=department_id)
    if department is None or department.kind != DepartmentKind.APPROVAL:
        raise PermissionDenied("只有审批部门可以进行事前信用查询和告知承诺审批。")
    return department.id


async def item_of_department(approval_item_id: int, department_id: int | None) -> ApprovalItem:
    item = await ApprovalItem.get_or_none(id=approval_item_id)
    if item is None or not item.is_active:
        raise NotFound("审批事项不存在或已停用。", field="approvalItemId")
    if department_id is not None and item.department_id != department_id:
        raise PermissionDenied("该审批事项不属于本审批部门。", field="approvalItemId")
    return item


async def run_credit_check(actor: Actor, number: str, approval_item_id: int) -> CreditCheck:
    """K1: the credit check, recorded and audited (``credit_check.run``)."""
    department_id = await approving_department(actor) if actor is not SYSTEM else None
    kind, normalized = licensee_number(number, field="licenseeNumber")
    item = await item_of_department(approval_item_id, department_id)
    now = utc_now()
    today = local_date(now)
    licensee = await Licensee.get_or_none(number=normalized)
    if licensee is None:
        grade, blacklisted, grade_reasons = CreditGrade.A, False, (UNKNOWN_LICENSEE_REASON,)
    else:
        result = await grade_of(licensee.id, today)
        grade, blacklisted, grade_reasons = result.grade, result.blacklisted, result.reasons
    answer = rules.check_answer(item_terms(item), grade, blacklisted)
    async with transaction():
        row = await CreditCheck.create(
            asked_by_id=actor.user_id,
            department_id=department_id if department_id is not None else item.department_id,
            checked_at=now,
            licensee_number=normalized,
            licensee_kind=kind,
            licensee_id=None if licensee is None else licensee.id,
            approval_item_id=item.id,
            approval_item_name=item.name,
            grade=grade,
            blacklisted=blacklisted,
            allowed=answer.allowed,
            reasons=[*grade_reasons, *answer.reasons],
        )
        await record(
            actor,
            "credit_check.run",
            target_type="CreditCheck",
            target_id=row.id,
            before=None,
            after=row.snapshot(),
            department_id=row.department_id,
        )
    return row


# ---- reads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CreditCheckFilter:
    licensee_number: str | None = None
    allowed: bool | None = None


def credit_checks(actor: Actor, filter: CreditCheckFilter) -> QuerySet[CreditCheck]:
    """The credit checks of the departments ``actor`` reads (READ_RECORDS)."""
    scope = department_scope(actor, Operation.READ_RECORDS)
    queryset = CreditCheck.all()
    if scope is not None:
        queryset = queryset.filter(department_id__in=list(scope))
    if filter.licensee_number:
        queryset = queryset.filter(licensee_number="".join(filter.licensee_number.split()).upper())
    if filter.allowed is not None:
        queryset = queryset.filter(allowed=filter.allowed)
    return queryset


async def credit_check(actor: Actor, check_id: int) -> CreditCheck | None:
    return await credit_checks(actor, CreditCheckFilter()).filter(id=check_id).first()


async def usable_check(check_id: int, *, department_id: int, approval_item_id: int) -> CreditCheck:
    """K1: the check a commitment relies on (``rules.check_usable``): the commitment's
    applicant is the checked licensee, so the licensee is the same by construction."""
    row = await CreditCheck.get_or_none(id=check_id)
    if row is None or row.department_id != department_id:
        raise InvalidInput("信用查询记录不存在。", field="creditCheckId")
    rules.check_usable(
        rules.CheckFacts(
            licensee_number=row.licensee_number,
            approval_item_id=row.approval_item_id,
            allowed=row.allowed,
            checked_on=local_date(row.checked_at),
        ),
        licensee_number=row.licensee_number,
        approval_item_id=approval_item_id,
        today=local_date(utc_now()),
    )
    return row
