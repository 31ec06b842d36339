"""Inquiry rules (Q1), pure: topics and statuses, the reply deadline, the cleaning of
inputs and the transitions. No I/O, no clock: times are passed in.

An inquiry (业务函询) is a question from one department to another about a plan, a
policy or a handling standard. The asking department gives the reply period as a
number of working days (1–:data:`MAX_REPLY_WORKING_DAYS`), counted as T2 counts: the
day it is sent is not counted, due at 23:59:59 Asia/Shanghai of the Nth working day
(``domain.deadlines``). A reply by then closes it (ANSWERED). No reply by then counts
as consent (逾期不回复的视为同意): at the first instant after the due time the
reminders sweep records DEEMED_CONSENT against the silent (asked) department; a reply
after the due time is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from domain.deadlines.rules import DueFacts
from domain.errors import InvalidInput
from domain.text import clean_text

# The deadline kind of an inquiry's reply (``Deadline.kind``), and its subject type.
REPLY_DEADLINE = "inquiry.reply"
SUBJECT_TYPE = "Inquiry"
MIN_REPLY_WORKING_DAYS = 1
MAX_REPLY_WORKING_DAYS = 30
DEFAULT_REPLY_WORKING_DAYS = 3
SUBJECT_MAX = 200
TEXT_MAX = 4000


class InquiryTopic(StrEnum):
    """What the inquiry is about (制度 Art 24)."""

    PLAN = "PLAN"  # 方案
    POLICY = "POLICY"  # 政策
    HANDLING_STANDARD = "HANDLING_STANDARD"  # 办理标准


TOPIC_NAMES: dict[InquiryTopic, str] = {
    InquiryTopic.PLAN: "方案",
    InquiryTopic.POLICY: "政策",
    InquiryTopic.HANDLING_STANDARD: "办理标准",
}


class InquiryStatus(StrEnum):
    OPEN = "OPEN"  # 待回复: waiting for the asked department's reply
    ANSWERED = "ANSWERED"  # 已回复: replied by the due time
    DEEMED_CONSENT = "DEEMED_CONSENT"  # 视为同意: no reply by the due time (Q1)


@dataclass(frozen=True)
class InquiryData:
    """What the asking department sends (the API's input, ids already decoded)."""

    asked_department_id: int
    topic: InquiryTopic
    subject: str
    question: str
    reply_working_days: int = DEFAULT_REPLY_WORKING_DAYS
    attachment_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class CleanInquiry:
    asked_department_id: int
    topic: InquiryTopic
    subject: str
    question: str
    reply_working_days: int


def clean_inquiry(data: InquiryData, asking_department_id: int) -> CleanInquiry:
    """Q1: the inquiry as it is stored; ``InvalidInput`` naming the input field."""
    if data.asked_department_id == asking_department_id:
        raise InvalidInput("不能向本部门发出函询。", field="askedDepartmentId")
    days = data.reply_working_days
    if not MIN_REPLY_WORKING_DAYS <= days <= MAX_REPLY_WORKING_DAYS:
        raise InvalidInput(
            f"答复期限须为 {MIN_REPLY_WORKING_DAYS}–{MAX_REPLY_WORKING_DAYS} 个工作日。",
            field="replyWorkingDays",
        )
    return CleanInquiry(
        asked_department_id=data.asked_department_id,
        topic=InquiryTopic(data.topic),
        subject=clean_text(data.subject, field="subject", maximum=SUBJECT_MAX, required=True),
        question=clean_text(data.question, field="question", maximum=TEXT_MAX, required=True),
        reply_working_days=days,
    )


def clean_reply(reply: str) -> str:
    return clean_text(reply, field="reply", maximum=TEXT_MAX, required=True)


class ReplyRefusal(StrEnum):
    """Why a reply is refused (the messages are the service's)."""

    ANSWERED = "ANSWERED"
    DEEMED_CONSENT = "DEEMED_CONSENT"
    PAST_DUE = "PAST_DUE"


def reply_refusal(status: InquiryStatus, due_at: datetime, now: datetime) -> ReplyRefusal | None:
    """Q1: a reply is accepted only while the inquiry is open and its due time has not
    passed; after it, silence already counts as consent (recorded by the sweep)."""
    if status == InquiryStatus.ANSWERED:
        return ReplyRefusal.ANSWERED
    if status == InquiryStatus.DEEMED_CONSENT:
        return ReplyRefusal.DEEMED_CONSENT
    if now > due_at:
        return ReplyRefusal.PAST_DUE
    return None


def deems_consent(status: InquiryStatus) -> bool:
    """Q1: the overdue step turns only an open inquiry into deemed consent (an answered
    one stays answered; a second run changes nothing)."""
    return status == InquiryStatus.OPEN


def reply_due_facts(status: InquiryStatus, due_at: datetime) -> DueFacts:
    """The reply's due state (T4): open while OPEN; a reply is accepted only by the due
    time, so ANSWERED is 0 working days late; DEEMED_CONSENT closed by the due time
    passing (lapsed), overdue with no working days counted."""
    return DueFacts(
        due_at,
        open_=status == InquiryStatus.OPEN,
        working_days_late=0 if status == InquiryStatus.ANSWERED else None,
        lapsed=status == InquiryStatus.DEEMED_CONSENT,
    )


def is_overdue(status: InquiryStatus, due_at: datetime, now: datetime) -> bool:
    """Open past the due time (the sweep has not run yet), or deemed consent."""
    return reply_due_facts(status, due_at).overdue(now)
