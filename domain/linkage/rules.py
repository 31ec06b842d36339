"""Pure rules of the linkage loop (P1–P4, P6, S1): statuses and their transitions,
licensee numbers, contact masking, the approval decision's fields. No I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

from domain.accounts.actor import Actor, Role
from domain.errors import InvalidInput
from domain.linkage.errors import PushAlreadyClaimed, PushStateInvalid

# P2 (制度 Art 19(1)): claimed within 3 working days of the push.
CLAIM_WORKING_DAYS = 3
# S1 (方案 §8): "审批业务办结后……推送……自动生成监管任务。监管部门要在30个工作日内……
# 查看相关审批业务信息，主动采取相应监管措施并将监管结果进行反馈" — the 30 working days
# count from the push (the task is generated with the push), not from the claim.
TASK_WORKING_DAYS = 30

# S2 (方案 §9): a result is fed back by 24:00 of the day the action was completed (T3).
# P5 (制度 Art 20(2)): reverse pushed within 3 working days after the decision, and
# claimed by the approval department within 3 working days.
REVERSE_PUSH_WORKING_DAYS = 3
REVERSE_CLAIM_WORKING_DAYS = 3
# Queue lights (A2): yellow when due within 1 working day, red when overdue.
DUE_SOON_WORKING_DAYS = 1

# Deadline kinds (domain/deadlines) of this area.
CLAIM_DEADLINE = "push.claim"
TASK_DEADLINE = "task.feedback"
SAME_DAY_FEEDBACK_DEADLINE = "task.same_day_feedback"
FOLLOW_UP_DEADLINE = "task.follow_up"
REVERSE_PUSH_DEADLINE = "reverse_push.push"
REVERSE_CLAIM_DEADLINE = "reverse_push.claim"

NAME_MAX = 200
NUMBER_MAX = 100
TEXT_MAX = 5000
REASON_MAX = 1000
MATERIALS_MAX = 200


class PushStatus(StrEnum):
    ROUTING_GAP = "ROUTING_GAP"  # no confirmed link on the decision date: the coordinator routes it
    TO_CLAIM = "TO_CLAIM"  # routed to a department, waiting for its claim (P2)
    CLAIMED = "CLAIMED"  # claimed: a supervision task exists (P4)
    RETURNED = "RETURNED"  # returned with a reason: a dispute is open (P3)


class PushSource(StrEnum):
    RECORDED = "RECORDED"  # recorded by an approval officer in this system
    IMPORTED = "IMPORTED"  # imported from the provincial platform's decisions


class TaskStatus(StrEnum):
    IN_PROGRESS = "IN_PROGRESS"  # claimed, no result fed back yet (S1)
    RECTIFYING = "RECTIFYING"  # rectification ordered: the follow-up check is pending (S3)
    COMPLETED = "COMPLETED"  # a final result is fed back (S2, S3)


class ResultKind(StrEnum):
    """S3: the result of a supervision action."""

    COMPLIANT = "COMPLIANT"  # 合规
    RECTIFICATION_ORDERED = "RECTIFICATION_ORDERED"  # 责令限期整改 (with a deadline)
    REVOCATION_RECOMMENDED = "REVOCATION_RECOMMENDED"  # 建议撤销许可
    PENALTY = "PENALTY"  # 行政处罚
    OTHER = "OTHER"  # 其他 (free text)


class FollowUpOutcome(StrEnum):
    """S3: the follow-up check of a rectification."""

    RECTIFIED = "RECTIFIED"  # 已整改 → compliant
    NOT_RECTIFIED = "NOT_RECTIFIED"  # 未整改 → revocation recommended
    REFUSED = "REFUSED"  # 拒不整改 → revocation recommended


class LicenseStatus(StrEnum):
    """The license a push carries, as changed by S4 decisions (or later K2/K5 revocations)."""

    VALID = "VALID"  # 有效
    CHANGED = "CHANGED"  # 已变更
    WITHDRAWN = "WITHDRAWN"  # 已撤回
    REVOKED = "REVOKED"  # 已撤销
    CANCELLED = "CANCELLED"  # 已注销


class LicenseRequestKind(StrEnum):
    """S4 (制度 Art 20, 28): what a supervision department asks the approval department."""

    CHANGE = "CHANGE"  # 变更
    WITHDRAW = "WITHDRAW"  # 撤回
    REVOKE = "REVOKE"  # 撤销
    CANCEL = "CANCEL"  # 注销


class LicenseRequestStatus(StrEnum):
    SUBMITTED = "SUBMITTED"  # the letter reached the approval department
    UNDER_REVIEW = "UNDER_REVIEW"  # reviewing, a joint meeting may be convened
    APPROVED = "APPROVED"  # decided: granted, the license status changes
    REJECTED = "REJECTED"  # decided: refused, with reasons


class ReversePushKind(StrEnum):
    """P5 (制度 Art 20(2)): supervision information pushed to the approval department."""

    PENALTY = "PENALTY"  # 行政处罚
    ENFORCEMENT = "ENFORCEMENT"  # 行政强制
    LEVY = "LEVY"  # 行政征收
    INSPECTION = "INSPECTION"  # 检查
    SUSPENSION_ORDER = "SUSPENSION_ORDER"  # 责令停产停业
    LICENSE_REVOKED = "LICENSE_REVOKED"  # 吊销许可证


class ReversePushStatus(StrEnum):
    TO_CLAIM = "TO_CLAIM"  # waiting for the approval department's claim (3 working days)
    CLAIMED = "CLAIMED"


class DisputeStatus(StrEnum):
    OPEN = "OPEN"
    RESOLVED = "RESOLVED"


class LicenseeKind(StrEnum):
    COMPANY = "COMPANY"  # 统一社会信用代码 (USCC, GB 32100-2015)
    PERSON = "PERSON"  # 居民身份证号 (GB 11643)


class LinkageEventKind(StrEnum):
    PUSH_RECEIVED = "PUSH_RECEIVED"  # a push reached a department (routed or reassigned)
    ROUTING_GAP = "ROUTING_GAP"  # a push without a route reached the coordinator
    PUSH_RETURNED = "PUSH_RETURNED"  # a push was returned: a dispute for the coordinator
    TASK_CREATED = "TASK_CREATED"  # a claim created a supervision task
    CLAIM_DUE_SOON = "CLAIM_DUE_SOON"  # a push's claim is due within 1 working day
    CLAIM_OVERDUE = "CLAIM_OVERDUE"  # a push's claim due time passed unclaimed
    TASK_DUE_SOON = "TASK_DUE_SOON"  # a task (or its follow-up check) is due within 1 working day
    TASK_OVERDUE = "TASK_OVERDUE"  # a task's due time passed without its result
    TASK_FED_BACK = "TASK_FED_BACK"  # a result was fed back (for the approval department too)
    REVERSE_PUSH_RECEIVED = "REVERSE_PUSH_RECEIVED"  # P5: to the approval department
    LICENSE_REQUEST_RECEIVED = "LICENSE_REQUEST_RECEIVED"  # S4: to the approval department
    LICENSE_REQUEST_DECIDED = "LICENSE_REQUEST_DECIDED"  # S4: the decision, pushed back


# ---- transitions ------------------------------------------------------------------


def check_claim(status: PushStatus) -> None:
    """P2: only a push waiting for its claim can be claimed."""
    if status == PushStatus.CLAIMED:
        raise PushAlreadyClaimed("该推送已被认领。")
    if status != PushStatus.TO_CLAIM:
        raise PushStateInvalid(f"该推送当前状态（{STATUS_NAMES[status]}）不能认领。")


def check_return(status: PushStatus) -> None:
    """P3: a department returns a push it has not claimed."""
    if status != PushStatus.TO_CLAIM:
        raise PushStateInvalid(f"该推送当前状态（{STATUS_NAMES[status]}）不能退回。")


def check_reassign(status: PushStatus) -> None:
    """P3: the coordinator assigns a returned push or a routing gap."""
    if status not in (PushStatus.RETURNED, PushStatus.ROUTING_GAP):
        raise PushStateInvalid(
            f"该推送当前状态（{STATUS_NAMES[status]}）不需要重新分派：只有被退回或无关联的推送可以。"
        )


STATUS_NAMES = {
    PushStatus.ROUTING_GAP: "无审管关联",
    PushStatus.TO_CLAIM: "待认领",
    PushStatus.CLAIMED: "已认领",
    PushStatus.RETURNED: "已退回",
}


# ---- licensees (P6) ---------------------------------------------------------------


def licensee_number(value: str, *, field: str = "licensee.number") -> tuple[LicenseeKind, str]:
    """The kind and the normalized number (upper case, no spaces) of a USCC or ID number,
    checked with its check digit; ``InvalidInput`` otherwise."""
    compact = "".join((value or "").split()).upper()
    if not compact:
        raise InvalidInput("请填写统一社会信用代码或身份证号。", field=field)
    if compact[:1].isdigit() and len(compact) == 18 and compact[:17].isdigit():
        # An ID number is 17 digits and a check character; a USCC may be too (e.g.
        # "91…"), so try the ID number first only when its birth date is valid.
        try:
            return LicenseeKind.PERSON, ric.validate(compact)
        except ValidationError:
            pass
    try:
        return LicenseeKind.COMPANY, uscc.validate(compact)
    except ValidationError:
        pass
    raise InvalidInput(
        f"{value} 不是有效的统一社会信用代码或身份证号（校验位不符或格式错误）。", field=field
    )


def mask_phone(phone: str) -> str:
    """138****5678: the first 3 and last 4 characters kept, the rest starred."""
    if not phone:
        return phone
    if len(phone) <= 7:
        return "*" * (len(phone) - 2) + phone[-2:] if len(phone) > 2 else "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


CONTACT_ROLES = frozenset(
    {Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN, Role.COORDINATOR}
)


def sees_full_contact(actor: Actor, involved_departments: frozenset[int]) -> bool:
    """Who sees a licensee's contact unmasked (P6, docs/linkage.md).

    The coordination group; and the people who act on the licensee's pushes: approval
    officers, supervisors and department admins of a department that decided or
    supervises one of its pushes (``involved_departments``). Everyone else — API
    tokens, auditors, other departments — sees it masked.
    """
    if actor.is_token or not actor.is_authenticated:
        return False
    if actor.has(Role.COORDINATOR):
        return True
    return (
        bool(actor.roles & CONTACT_ROLES)
        and actor.department_id is not None
        and actor.department_id in involved_departments
    )


@dataclass(frozen=True)
class LicenseeData:
    """行政相对人 as given with a decision; ``number`` is a USCC or an ID number."""

    number: str
    name: str
    contact_phone: str = ""
    address: str = ""
    legal_representative: str = ""


@dataclass(frozen=True)
class CleanLicensee:
    kind: LicenseeKind
    number: str
    name: str
    contact_phone: str
    address: str
    legal_representative: str


def clean_text(value: str | None, *, field: str, maximum: int, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput("此项不能为空。", field=field)
    if len(text) > maximum:
        raise InvalidInput(f"不能超过 {maximum} 个字符。", field=field)
    return text


def clean_licensee(data: LicenseeData) -> CleanLicensee:
    kind, number = licensee_number(data.number)
    phone = clean_text(data.contact_phone, field="licensee.contactPhone", maximum=32)
    if phone and not all(c.isdigit() or c in "+- " for c in phone):
        raise InvalidInput("联系电话只能包含数字、空格、+ 和 -。", field="licensee.contactPhone")
    return CleanLicensee(
        kind=kind,
        number=number,
        name=clean_text(data.name, field="licensee.name", maximum=NAME_MAX, required=True),
        contact_phone=phone,
        address=clean_text(data.address, field="licensee.address", maximum=NAME_MAX),
        legal_representative=clean_text(
            data.legal_representative, field="licensee.legalRepresentative", maximum=100
        ),
    )


# ---- approval decisions (P1) ---------------------------------------------------------


@dataclass(frozen=True)
class ApprovalDecision:
    """An approval decision, with every field P1 lists (制度 Art 19(2), 方案 §8).

    ``handling_item`` is the handling item's id (int) or code (str). The license
    date is the decision date: the push is routed by the catalogue in effect then.
    ``approval_department_id`` None: the actor's department.
    """

    handling_item: int | str
    document_number: str
    licensee: LicenseeData
    license_date: date
    valid_from: date | None = None
    valid_until: date | None = None  # None: no end (长期有效)
    license_content: str = ""
    materials: list[str] = field(default_factory=list)
    handling_opinion: str = ""
    commitment_content: str = ""
    approval_department_id: int | None = None


@dataclass(frozen=True)
class CleanDecision:
    document_number: str
    licensee: CleanLicensee
    license_date: date
    valid_from: date
    valid_until: date | None
    license_content: str
    materials: list[str]
    handling_opinion: str
    commitment_content: str


def clean_decision(decision: ApprovalDecision) -> CleanDecision:
    """The decision's fields checked and trimmed; the first wrong one raises."""
    document_number = clean_text(
        decision.document_number, field="documentNumber", maximum=NUMBER_MAX, required=True
    )
    licensee = clean_licensee(decision.licensee)
    valid_from = decision.valid_from or decision.license_date
    if decision.valid_until is not None and decision.valid_until < valid_from:
        raise InvalidInput("有效期截止日期不能早于起始日期。", field="validUntil")
    if len(decision.materials) > MATERIALS_MAX:
        raise InvalidInput(f"材料清单不能超过 {MATERIALS_MAX} 项。", field="materials")
    materials = [clean_text(m, field="materials", maximum=NAME_MAX) for m in decision.materials]
    return CleanDecision(
        document_number=document_number,
        licensee=licensee,
        license_date=decision.license_date,
        valid_from=valid_from,
        valid_until=decision.valid_until,
        license_content=clean_text(
            decision.license_content, field="licenseContent", maximum=TEXT_MAX, required=True
        ),
        materials=[m for m in materials if m],
        handling_opinion=clean_text(
            decision.handling_opinion, field="handlingOpinion", maximum=TEXT_MAX
        ),
        commitment_content=clean_text(
            decision.commitment_content, field="commitmentContent", maximum=TEXT_MAX
        ),
    )


def clean_reason(value: str | None, *, field: str = "reason") -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput("请填写理由。", field=field)
    if len(text) > REASON_MAX:
        raise InvalidInput(f"理由不能超过 {REASON_MAX} 个字符。", field=field)
    return text
