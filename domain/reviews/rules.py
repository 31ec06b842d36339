"""Pure rules of joint reviews (J1, J2, 制度 Art 21, 24): kinds, statuses and their
transitions, the request's and the response's fields, when a decision may be taken,
late responses counted per department (T4). No I/O, no clock reads.

    request:  OPEN ──decide──► DECIDED
    response: PENDING ──claim──► CLAIMED ──respond──► RESPONDED
              PENDING | CLAIMED ──(request decided, past due)──► NO_RESPONSE
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from domain.errors import InvalidInput
from domain.linkage.rules import NAME_MAX, TEXT_MAX, licensee_number
from domain.reviews.errors import JointReviewStateInvalid
from domain.text import clean_text

# J2 (制度 Art 21): each addressed department responds within 3 working days of the
# written notice (T2: the notice's day is not counted).
RESPONSE_WORKING_DAYS = 3
# The deadline kind (domain/deadlines) of a response, reminded 1 working day before.
RESPONSE_DEADLINE = "joint_review.response"
SUBJECT_MAX = 2000
STAFF_MAX = 20
DEPARTMENTS_MAX = 20


class JointReviewKind(StrEnum):
    """J1: the kinds of joint review."""

    MATERIALS_REVIEW = "MATERIALS_REVIEW"  # 联合审查材料
    SITE_SURVEY = "SITE_SURVEY"  # 现场踏勘
    TECHNICAL_EVALUATION = "TECHNICAL_EVALUATION"  # 技术评估
    INSPECTION_AND_TESTING = "INSPECTION_AND_TESTING"  # 检验检测
    HEARING = "HEARING"  # 听证
    EXPERT_REVIEW = "EXPERT_REVIEW"  # 专家评审


KIND_NAMES = {
    JointReviewKind.MATERIALS_REVIEW: "联合审查材料",
    JointReviewKind.SITE_SURVEY: "现场踏勘",
    JointReviewKind.TECHNICAL_EVALUATION: "技术评估",
    JointReviewKind.INSPECTION_AND_TESTING: "检验检测",
    JointReviewKind.HEARING: "听证",
    JointReviewKind.EXPERT_REVIEW: "专家评审",
}


class JointReviewStatus(StrEnum):
    OPEN = "OPEN"  # 会审中: waiting for responses and the decision
    DECIDED = "DECIDED"  # 已决定


class ResponseStatus(StrEnum):
    PENDING = "PENDING"  # 待认领
    CLAIMED = "CLAIMED"  # 已认领, not responded yet
    RESPONDED = "RESPONDED"  # 已答复
    NO_RESPONSE = "NO_RESPONSE"  # 未答复: the request was decided without it (past due)


RESPONSE_STATUS_NAMES = {
    ResponseStatus.PENDING: "待认领",
    ResponseStatus.CLAIMED: "已认领",
    ResponseStatus.RESPONDED: "已答复",
    ResponseStatus.NO_RESPONSE: "未答复",
}
WAITING = (ResponseStatus.PENDING, ResponseStatus.CLAIMED)


class Recommendation(StrEnum):
    """J2: the addressed department's recommendation."""

    AGREE = "AGREE"  # 同意
    AGREE_WITH_CONDITIONS = "AGREE_WITH_CONDITIONS"  # 附条件同意
    DISAGREE = "DISAGREE"  # 不同意


class Outcome(StrEnum):
    """J2: the approval department's decision after the joint review."""

    APPROVED = "APPROVED"  # 准予许可
    APPROVED_WITH_CONDITIONS = "APPROVED_WITH_CONDITIONS"  # 附条件准予
    REJECTED = "REJECTED"  # 不予许可


# ---- the request (J1) -----------------------------------------------------------------


@dataclass(frozen=True)
class JointReviewData:
    """商请函 as the approval officer gives it."""

    kind: JointReviewKind
    licensee_number: str
    licensee_name: str
    approval_item_id: int
    subject: str
    notice_date: date
    department_ids: tuple[int, ...]
    attachment_ids: tuple[int, ...]  # the written notice (required)
    staff: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class CleanJointReview:
    kind: JointReviewKind
    licensee_number: str
    licensee_name: str
    subject: str
    notice_date: date
    department_ids: tuple[int, ...]
    staff: tuple[str, ...]


def clean_staff(names: Iterable[str], *, field: str = "staff") -> tuple[str, ...]:
    """Staff sent (名单): names, trimmed, blanks dropped, each once, at most STAFF_MAX."""
    cleaned = tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))
    if len(cleaned) > STAFF_MAX:
        raise InvalidInput(f"派出人员不能超过 {STAFF_MAX} 人。", field=field)
    for name in cleaned:
        if len(name) > NAME_MAX:
            raise InvalidInput(f"人员姓名不能超过 {NAME_MAX} 个字符。", field=field)
    return cleaned


def clean_joint_review(
    data: JointReviewData, *, approval_department_id: int, today: date
) -> CleanJointReview:
    """J1: a kind, the application (licensee and approval item), a subject, the notice
    (dated, not in the future, attached) and one or more other departments."""
    _, number = licensee_number(data.licensee_number, field="licenseeNumber")
    name = clean_text(data.licensee_name, field="licenseeName", maximum=NAME_MAX, required=True)
    subject = clean_text(data.subject, field="subject", maximum=SUBJECT_MAX, required=True)
    if data.notice_date > today:
        raise InvalidInput("书面通知日期不能晚于今天。", field="noticeDate")
    departments = tuple(dict.fromkeys(data.department_ids))
    if not departments:
        raise InvalidInput("请至少选择一个会审部门。", field="departmentIds")
    if len(departments) > DEPARTMENTS_MAX:
        raise InvalidInput(f"会审部门不能超过 {DEPARTMENTS_MAX} 个。", field="departmentIds")
    if approval_department_id in departments:
        raise InvalidInput("会审部门不能是本部门。", field="departmentIds")
    if not data.attachment_ids:
        raise InvalidInput("请附上书面通知（商请函）。", field="attachmentIds")
    return CleanJointReview(
        kind=JointReviewKind(data.kind),
        licensee_number=number,
        licensee_name=name,
        subject=subject,
        notice_date=data.notice_date,
        department_ids=departments,
        staff=clean_staff(data.staff),
    )


# ---- responses (J2) -------------------------------------------------------------------


@dataclass(frozen=True)
class ResponseData:
    """答复: the opinion, the recommendation, the signed and sealed written opinion."""

    opinion: str
    recommendation: Recommendation
    attachment_ids: tuple[int, ...]
    staff: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class CleanResponse:
    opinion: str
    recommendation: Recommendation
    staff: tuple[str, ...]


def clean_response(data: ResponseData) -> CleanResponse:
    """J2: an opinion and a recommendation, with the written opinion attached."""
    opinion = clean_text(data.opinion, field="opinion", maximum=TEXT_MAX, required=True)
    if not data.attachment_ids:
        raise InvalidInput("请附上签字盖章的书面意见。", field="attachmentIds")
    return CleanResponse(opinion, Recommendation(data.recommendation), clean_staff(data.staff))


def check_open(status: JointReviewStatus) -> None:
    if status != JointReviewStatus.OPEN:
        raise JointReviewStateInvalid("该会审已作出决定，不能再操作。")


def check_claim(status: ResponseStatus) -> None:
    if status != ResponseStatus.PENDING:
        raise JointReviewStateInvalid(
            f"本部门的会审答复当前为“{RESPONSE_STATUS_NAMES[status]}”，不能认领。"
        )


def check_respond(status: ResponseStatus) -> None:
    if status != ResponseStatus.CLAIMED:
        if status == ResponseStatus.PENDING:
            raise JointReviewStateInvalid("请先认领该商请函，再答复。")
        raise JointReviewStateInvalid(
            f"本部门的会审答复当前为“{RESPONSE_STATUS_NAMES[status]}”，不能再答复。"
        )


@dataclass(frozen=True)
class ResponseFact:
    """What the decision rule needs of a response."""

    department_id: int
    status: ResponseStatus
    due_at: datetime


def check_decide(responses: Sequence[ResponseFact], now: datetime) -> None:
    """J2: the approval department decides on the responses: once every addressed
    department has responded, or the ones that have not are past their due time (a
    silent department does not block the decision; its silence is recorded, T4)."""
    waiting = [r for r in responses if r.status in WAITING and now <= r.due_at]
    if waiting:
        raise JointReviewStateInvalid(
            f"尚有 {len(waiting)} 个部门未答复且未到答复期限，暂不能作出决定。"
        )


@dataclass(frozen=True)
class CleanDecision:
    outcome: Outcome
    decision: str


def clean_decision(outcome: Outcome, decision: str) -> CleanDecision:
    text = clean_text(decision, field="decision", maximum=TEXT_MAX, required=True)
    return CleanDecision(Outcome(outcome), text)


# ---- statistics (T4) ------------------------------------------------------------------


@dataclass(frozen=True)
class ResponseRecord:
    """A response as the statistics count it."""

    department_id: int
    status: ResponseStatus
    late_working_days: int | None  # set when responded (or closed at the decision)
    overdue_now: bool  # still waiting after its due time


@dataclass
class DepartmentCount:
    department_id: int
    addressed: int = 0
    responded: int = 0
    responded_late: int = 0
    late_working_days: int = 0
    no_response: int = 0
    overdue_open: int = 0

    @property
    def late(self) -> int:
        """T4: late responses, unanswered ones and open ones past due."""
        return self.responded_late + self.no_response + self.overdue_open


def count_by_department(records: Iterable[ResponseRecord]) -> list[DepartmentCount]:
    """Responses and late ones per department (A3), by department id."""
    counts: dict[int, DepartmentCount] = {}
    for r in records:
        c = counts.setdefault(r.department_id, DepartmentCount(r.department_id))
        c.addressed += 1
        if r.status == ResponseStatus.RESPONDED:
            c.responded += 1
            if r.late_working_days:
                c.responded_late += 1
                c.late_working_days += r.late_working_days
        elif r.status == ResponseStatus.NO_RESPONSE:
            c.no_response += 1
            c.late_working_days += r.late_working_days or 0
        elif r.overdue_now:
            c.overdue_open += 1
    return [counts[k] for k in sorted(counts)]
