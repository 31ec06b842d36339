"""Pure rules of the linkage loop (P1–P4, P6, S1): statuses and their transitions,
licensee numbers, contact masking, the approval decision's fields. No I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

from domain.accounts.actor import Actor, Role
from domain.calendar.rules import SHANGHAI, local_date
from domain.errors import InvalidInput
from domain.linkage.errors import (
    LicenseRequestStateInvalid,
    PushAlreadyClaimed,
    PushStateInvalid,
    ReversePushStateInvalid,
    TaskStateInvalid,
)
from domain.text import clean_reason as clean_reason
from domain.text import clean_text

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
MATERIALS_MAX = 200


class PushStatus(StrEnum):
    ROUTING_GAP = "ROUTING_GAP"  # no confirmed link on the decision date: the coordinator routes it
    TO_CLAIM = "TO_CLAIM"  # routed to a department, waiting for its claim (P2)
    CLAIMED = "CLAIMED"  # claimed: a supervision task exists (P4)
    RETURNED = "RETURNED"  # returned with a reason: a dispute is open (P3)


class PushSource(StrEnum):
    RECORDED = "RECORDED"  # recorded by an approval officer in this system
    IMPORTED = "IMPORTED"  # imported from the provincial platform's decisions


class TaskOrigin(StrEnum):
    """Where a supervision task came from: most from a claimed push (P4); others from a
    random inspection's draw (R4) or a report from the public (A4). All are fed back
    alike (S1–S3)."""

    PUSH = "PUSH"  # 审批推送
    RANDOM_INSPECTION = "RANDOM_INSPECTION"  # 双随机抽查
    REPORT = "REPORT"  # 群众举报


TASK_ORIGIN_NAMES = {
    TaskOrigin.PUSH: "审批推送",
    TaskOrigin.RANDOM_INSPECTION: "双随机抽查",
    TaskOrigin.REPORT: "群众举报",
}


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
    NOTIFICATION = "NOTIFICATION"  # M1: an in-app reminder for one user of the department
    JOINT_REVIEW_RECEIVED = "JOINT_REVIEW_RECEIVED"  # J1: to each addressed department
    JOINT_REVIEW_DECIDED = "JOINT_REVIEW_DECIDED"  # J2: the decision, to those that took part
    INQUIRY_RECEIVED = "INQUIRY_RECEIVED"  # Q1: to the asked department
    INQUIRY_ANSWERED = "INQUIRY_ANSWERED"  # Q1: the reply, to the asking department
    INQUIRY_DEEMED_CONSENT = "INQUIRY_DEEMED_CONSENT"  # Q1: silence past the deadline, to both


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
    # The archive's files (P1 "archive … and attachments"), uploaded before: attached in
    # the push's transaction (``domain.attachments``, owner "Push").
    attachment_ids: list[int] = field(default_factory=list)


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


# ---- results (S2, S3) and license requests (S4) -------------------------------------

PENALTY_NUMBER_MAX = NUMBER_MAX


def check_feed_back(status: TaskStatus) -> None:
    """S1, S3: a task answers once with its first result, while in progress."""
    if status != TaskStatus.IN_PROGRESS:
        raise TaskStateInvalid(
            f"该监管任务当前状态（{TASK_STATUS_NAMES[status]}）不能反馈结果："
            "结果已反馈过；整改复查请用复查结果。"
        )


def check_follow_up(status: TaskStatus) -> None:
    """S3: a follow-up check answers a rectification order only."""
    if status != TaskStatus.RECTIFYING:
        raise TaskStateInvalid(
            f"该监管任务当前状态（{TASK_STATUS_NAMES[status]}）不能录入复查结果："
            "只有责令限期整改的任务需要复查。"
        )


TASK_STATUS_NAMES = {
    TaskStatus.IN_PROGRESS: "办理中",
    TaskStatus.RECTIFYING: "整改中",
    TaskStatus.COMPLETED: "已办结",
}


def status_after(result: ResultKind) -> TaskStatus:
    """S3: rectification ordered waits for its follow-up check; every other result ends
    the task."""
    return (
        TaskStatus.RECTIFYING
        if result == ResultKind.RECTIFICATION_ORDERED
        else (TaskStatus.COMPLETED)
    )


def result_of_follow_up(outcome: FollowUpOutcome) -> ResultKind:
    """S3 (方案 §9): rectified → compliant; not rectified or refused → revocation
    recommended."""
    if outcome == FollowUpOutcome.RECTIFIED:
        return ResultKind.COMPLIANT
    return ResultKind.REVOCATION_RECOMMENDED


@dataclass(frozen=True)
class FeedbackData:
    """S2, S3: the result of a supervision action on a task.

    ``acted_at``: when the action was completed (aware); the result is due by 24:00
    Asia/Shanghai that day (T3). ``rectification_deadline`` for RECTIFICATION_ORDERED
    only, ``penalty_document_number`` for PENALTY only; OTHER is explained in
    ``summary`` (always required). ``attachment_ids``: the evidence, uploaded first.
    """

    result: ResultKind
    acted_at: datetime
    summary: str
    rectification_deadline: date | None = None
    penalty_document_number: str = ""
    attachment_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class FollowUpData:
    """S3: the follow-up check of a rectification order."""

    outcome: FollowUpOutcome
    acted_at: datetime
    summary: str
    attachment_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CleanFeedback:
    result: ResultKind
    acted_at: datetime
    summary: str
    rectification_deadline: date | None
    penalty_document_number: str


def clean_acted_at(
    acted_at: datetime, *, now: datetime, not_before: datetime, what: str
) -> datetime:
    """The time a supervision action was completed: aware, not in the future, not
    before ``not_before`` (``what`` names it in the message)."""
    if acted_at.tzinfo is None:
        raise InvalidInput("完成时间必须带时区。", field="actedAt")
    if acted_at > now:
        raise InvalidInput("完成时间不能晚于当前时间。", field="actedAt")
    if acted_at < not_before:
        raise InvalidInput(f"完成时间不能早于{what}。", field="actedAt")
    return acted_at


def clean_feedback(data: FeedbackData, *, now: datetime, pushed_at: datetime) -> CleanFeedback:
    """S2, S3: the result's fields checked; the first wrong one raises ``InvalidInput``."""
    acted_at = clean_acted_at(data.acted_at, now=now, not_before=pushed_at, what="推送时间")
    summary = clean_text(data.summary, field="summary", maximum=TEXT_MAX, required=True)
    result = ResultKind(data.result)
    deadline = data.rectification_deadline
    if result == ResultKind.RECTIFICATION_ORDERED:
        if deadline is None:
            raise InvalidInput("责令限期整改须填写整改期限。", field="rectificationDeadline")
        if deadline <= local_date(acted_at):
            raise InvalidInput("整改期限须晚于完成监管措施的当天。", field="rectificationDeadline")
    elif deadline is not None:
        raise InvalidInput("只有责令限期整改才填写整改期限。", field="rectificationDeadline")
    number = clean_text(
        data.penalty_document_number, field="penaltyDocumentNumber", maximum=PENALTY_NUMBER_MAX
    )
    if result == ResultKind.PENALTY and not number:
        raise InvalidInput("行政处罚须填写处罚决定书文号。", field="penaltyDocumentNumber")
    if result != ResultKind.PENALTY and number:
        raise InvalidInput("只有行政处罚才填写处罚决定书文号。", field="penaltyDocumentNumber")
    return CleanFeedback(result, acted_at, summary, deadline, number)


def follow_up_due_start(rectification_deadline: date) -> datetime:
    """S3: the follow-up check falls due at the end of the rectification deadline's day;
    a same-day deadline started at noon Asia/Shanghai of that day."""
    return datetime.combine(rectification_deadline, time(12), tzinfo=SHANGHAI)


# S4: what an approved request does to the license.
LICENSE_STATUS_OF = {
    LicenseRequestKind.CHANGE: LicenseStatus.CHANGED,
    LicenseRequestKind.WITHDRAW: LicenseStatus.WITHDRAWN,
    LicenseRequestKind.REVOKE: LicenseStatus.REVOKED,
    LicenseRequestKind.CANCEL: LicenseStatus.CANCELLED,
}
# A license withdrawn, revoked or cancelled is no longer in force: nothing more to ask.
LICENSE_ENDED = frozenset({LicenseStatus.WITHDRAWN, LicenseStatus.REVOKED, LicenseStatus.CANCELLED})
OPEN_LICENSE_REQUEST = (LicenseRequestStatus.SUBMITTED, LicenseRequestStatus.UNDER_REVIEW)

LICENSE_STATUS_NAMES = {
    LicenseStatus.VALID: "有效",
    LicenseStatus.CHANGED: "已变更",
    LicenseStatus.WITHDRAWN: "已撤回",
    LicenseStatus.REVOKED: "已撤销",
    LicenseStatus.CANCELLED: "已注销",
}
LICENSE_REQUEST_STATUS_NAMES = {
    LicenseRequestStatus.SUBMITTED: "已提交",
    LicenseRequestStatus.UNDER_REVIEW: "审查中",
    LicenseRequestStatus.APPROVED: "已同意",
    LicenseRequestStatus.REJECTED: "已不予同意",
}
LICENSE_REQUEST_KIND_NAMES = {
    LicenseRequestKind.CHANGE: "变更",
    LicenseRequestKind.WITHDRAW: "撤回",
    LicenseRequestKind.REVOKE: "撤销",
    LicenseRequestKind.CANCEL: "注销",
}


def license_status_after(kind: LicenseRequestKind) -> LicenseStatus:
    """S4: the license status an approved request of ``kind`` sets."""
    return LICENSE_STATUS_OF[LicenseRequestKind(kind)]


def check_license_in_force(status: LicenseStatus) -> None:
    """S4: a withdrawn, revoked or cancelled license takes no further request."""
    if status in LICENSE_ENDED:
        raise LicenseRequestStateInvalid(
            f"该许可已{LICENSE_STATUS_NAMES[status][1:]}，不再受理变更、撤回、撤销或注销申请。"
        )


def check_review(status: LicenseRequestStatus) -> None:
    """S4: a submitted request goes under review once."""
    if status != LicenseRequestStatus.SUBMITTED:
        raise LicenseRequestStateInvalid(
            f"该申请当前状态（{LICENSE_REQUEST_STATUS_NAMES[status]}）不能开始审查。"
        )


def check_decide(status: LicenseRequestStatus) -> None:
    """S4: a submitted or reviewed request is decided once."""
    if status not in OPEN_LICENSE_REQUEST:
        raise LicenseRequestStateInvalid(
            f"该申请当前状态（{LICENSE_REQUEST_STATUS_NAMES[status]}）不能再作出决定。"
        )


@dataclass(frozen=True)
class CleanLicenseRequest:
    kind: LicenseRequestKind
    reason: str
    legal_basis: str


def clean_license_request(
    kind: LicenseRequestKind, reason: str, legal_basis: str, attachment_ids: tuple[int, ...]
) -> CleanLicenseRequest:
    """S4 (制度 Art 20, 28): a letter with reasons and evidence (at least one attachment)."""
    clean = CleanLicenseRequest(
        kind=LicenseRequestKind(kind),
        reason=clean_text(reason, field="reason", maximum=TEXT_MAX, required=True),
        legal_basis=clean_text(legal_basis, field="legalBasis", maximum=TEXT_MAX),
    )
    if not attachment_ids:
        raise InvalidInput("请附上证据材料（至少一个附件）。", field="attachmentIds")
    return clean


@dataclass(frozen=True)
class CleanRequestDecision:
    approved: bool
    decision_note: str
    decision_document_number: str


def clean_request_decision(
    approved: bool, decision_note: str, decision_document_number: str
) -> CleanRequestDecision:
    """S4: an approval names its decision document; a refusal gives its reasons."""
    note = clean_text(decision_note, field="decisionNote", maximum=TEXT_MAX)
    number = clean_text(
        decision_document_number, field="decisionDocumentNumber", maximum=NUMBER_MAX
    )
    if approved and not number:
        raise InvalidInput("同意时须填写决定书文号。", field="decisionDocumentNumber")
    if not approved and not note:
        raise InvalidInput("不予同意时须说明理由。", field="decisionNote")
    return CleanRequestDecision(approved, note, number)


# ---- reverse pushes (P5) -------------------------------------------------------------


@dataclass(frozen=True)
class ReversePushData:
    """监管信息推送 (P5, 制度 Art 20(2)) as the supervision department gives it.

    ``licensee_number``: a licensee known to the system (P6), or a new one when
    ``licensee_name`` is given. ``push_id``: the license (push) it concerns, if known.
    ``approval_department_id``: needed only when the county has several approval
    departments and no push is given.
    """

    kind: ReversePushKind
    document_number: str
    licensee_number: str
    decision_date: date
    content: str
    licensee_name: str = ""
    push_id: int | None = None
    approval_department_id: int | None = None
    attachment_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class CleanReversePush:
    kind: ReversePushKind
    document_number: str
    licensee_kind: LicenseeKind
    licensee_number: str
    licensee_name: str
    decision_date: date
    content: str


def clean_reverse_push(data: ReversePushData, *, today: date) -> CleanReversePush:
    """P5: the fields checked and trimmed (``today`` in Asia/Shanghai); the first wrong
    one raises ``InvalidInput``. A decision cannot be dated after today."""
    document_number = clean_text(
        data.document_number, field="documentNumber", maximum=NUMBER_MAX, required=True
    )
    licensee_kind, licensee_number_ = licensee_number(data.licensee_number, field="licenseeNumber")
    licensee_name = clean_text(data.licensee_name, field="licenseeName", maximum=NAME_MAX)
    if data.decision_date > today:
        raise InvalidInput("决定日期不能晚于今天。", field="decisionDate")
    content = clean_text(data.content, field="content", maximum=TEXT_MAX, required=True)
    return CleanReversePush(
        kind=ReversePushKind(data.kind),
        document_number=document_number,
        licensee_kind=licensee_kind,
        licensee_number=licensee_number_,
        licensee_name=licensee_name,
        decision_date=data.decision_date,
        content=content,
    )


def reverse_push_started_at(decision_date: date) -> datetime:
    """P5: the 3 working days count from the decision date (T2: that day not counted);
    the deadline starts at noon Asia/Shanghai of that day."""
    return datetime.combine(decision_date, time(12), tzinfo=SHANGHAI)


def license_status_of_reverse_push(kind: ReversePushKind) -> LicenseStatus | None:
    """The license status a reverse push sets on its push: 吊销 revokes the license."""
    return LicenseStatus.REVOKED if kind == ReversePushKind.LICENSE_REVOKED else None


REVERSE_STATUS_NAMES = {
    ReversePushStatus.TO_CLAIM: "待认领",
    ReversePushStatus.CLAIMED: "已认领",
}


def check_reverse_claim(status: ReversePushStatus) -> None:
    """P5: the approval department claims a reverse push once."""
    if status != ReversePushStatus.TO_CLAIM:
        raise ReversePushStateInvalid(
            f"该监管信息推送当前状态（{REVERSE_STATUS_NAMES[ReversePushStatus(status)]}）"
            "不能认领：已被认领。"
        )


# ---- deadline lights (A2) -------------------------------------------------------------

# The statuses in which a due time is still to be met: a push waiting for its claim
# (or, for the coordination group, its routing), a task waiting for its result or its
# follow-up check. Everything else is done: its lateness is recorded (T4), not lit.
CLAIM_OPEN_STATUSES = (PushStatus.TO_CLAIM, PushStatus.ROUTING_GAP)
TASK_OPEN_STATUSES = (TaskStatus.IN_PROGRESS, TaskStatus.RECTIFYING)


class DeadlineLight(StrEnum):
    """The queue's light of a due time (A2)."""

    GREEN = "GREEN"  # open, due later than 1 working day from now
    YELLOW = "YELLOW"  # open, due within 1 working day (DUE_SOON_WORKING_DAYS), not overdue
    RED = "RED"  # open and past its due time (逾期)
    NONE = "NONE"  # done (claimed, returned, completed): no light; see working days late


def is_due_soon(due_at: datetime, now: datetime, threshold: datetime) -> bool:
    """Due within 1 working day and not overdue: ``now <= due_at <= threshold``, where
    ``threshold`` is the due time 1 working day after ``now`` (23:59:59 Asia/Shanghai of
    the next working day, computed by the calendar)."""
    return now <= due_at <= threshold


def deadline_light(
    due_at: datetime, now: datetime, threshold: datetime, *, closed: bool
) -> DeadlineLight:
    """A2: NONE when done, RED when overdue (``now > due_at``, as ``DueState.overdue``),
    YELLOW when due within 1 working day, GREEN otherwise."""
    if closed:
        return DeadlineLight.NONE
    if now > due_at:
        return DeadlineLight.RED
    if is_due_soon(due_at, now, threshold):
        return DeadlineLight.YELLOW
    return DeadlineLight.GREEN
