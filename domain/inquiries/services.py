"""Inquiry use cases (Q1): send, answer, and the deemed consent of silence.

- ``send_inquiry``: anyone who acts on their department's records (approval officer,
  supervisor, department admin, coordinator: ACT_ON_RECORDS of their own department)
  sends an inquiry to another department, with a reply period of N working days; the
  reply deadline (``inquiry.reply``) is the asked department's.
- ``answer_inquiry``: the same roles of the asked department answer while it is open
  and not past its due time.
- ``record_deemed_consent``: the reminders' automatic step at the OVERDUE stage
  (``domain.inquiries.reminders``): an inquiry still open becomes DEEMED_CONSENT at the
  first instant after its due time, the deadline closes late, the audit record is the
  silent department's, and both departments get a stream event.

Reads (READ_RECORDS): the inquiries the actor's department sent or received; the
coordination group and auditors all; an API token its department's (or all).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from domain.accounts.actor import SYSTEM, Actor
from domain.accounts.models import Department, User
from domain.accounts.policy import Operation, department_scope, require
from domain.attachments.services import attach, register_owner
from domain.audit.services import record
from domain.clock import utc_now
from domain.deadlines.models import Deadline
from domain.deadlines.services import close_deadline, close_if_open, open_deadline
from domain.errors import DomainError, InvalidInput, NotFound
from domain.inquiries import rules
from domain.inquiries.errors import InquiryStateInvalid
from domain.inquiries.models import Inquiry
from domain.inquiries.rules import InquiryStatus, InquiryTopic, ReplyRefusal
from domain.linkage.errors import NotResponsibleDepartment
from domain.linkage.rules import LinkageEventKind
from domain.linkage.services.common import emit
from domain.transaction import transaction

INQUIRY_OWNER = rules.SUBJECT_TYPE


# ---- reads ----------------------------------------------------------------------------


def visible_inquiries(actor: Actor) -> QuerySet[Inquiry]:
    """The inquiries ``actor`` may read: sent or received by its department (all for
    the coordination group and auditors; an API token its department's, or all)."""
    scope = department_scope(actor, Operation.READ_RECORDS)
    if scope is None:
        return Inquiry.all()
    ids = sorted(scope)
    return Inquiry.filter(Q(asking_department_id__in=ids) | Q(asked_department_id__in=ids))


async def visible_inquiry(actor: Actor, inquiry_id: int) -> Inquiry | None:
    return await visible_inquiries(actor).get_or_none(id=inquiry_id)


async def _can_read(actor: Actor, inquiry_id: int) -> bool:
    try:
        return await visible_inquiries(actor).filter(id=inquiry_id).exists()
    except DomainError:  # anonymous
        return False


register_owner(INQUIRY_OWNER, _can_read)


@dataclass(frozen=True)
class InquiryFilter:
    """Filters of inquiries; None means any."""

    status: InquiryStatus | None = None
    topic: InquiryTopic | None = None
    asking_department_id: int | None = None
    asked_department_id: int | None = None
    # Open past the due time, or deemed consent (T4, Q1).
    overdue: bool | None = None


def inquiries(actor: Actor, filter: InquiryFilter, now: datetime) -> QuerySet[Inquiry]:
    """The inquiries ``actor`` may read matching ``filter`` (the caller orders)."""
    queryset = visible_inquiries(actor)
    if filter.status is not None:
        queryset = queryset.filter(status=filter.status)
    if filter.topic is not None:
        queryset = queryset.filter(topic=filter.topic)
    if filter.asking_department_id is not None:
        queryset = queryset.filter(asking_department_id=filter.asking_department_id)
    if filter.asked_department_id is not None:
        queryset = queryset.filter(asked_department_id=filter.asked_department_id)
    if filter.overdue is not None:
        late = Q(
            Q(status=InquiryStatus.DEEMED_CONSENT),
            Q(status=InquiryStatus.OPEN, due_at__lt=now),
            join_type="OR",
        )
        queryset = queryset.filter(late if filter.overdue else ~late)
    return queryset


async def inquiries_by_ids(ids: Sequence[int]) -> list[Inquiry | None]:
    rows = {row.id: row for row in await Inquiry.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]


# ---- sending --------------------------------------------------------------------------


async def _name_of(actor: Actor) -> str:
    if actor.user_id is None:
        return ""
    names = await User.filter(id=actor.user_id).values_list("display_name", flat=True)
    return names[0] if names else ""


async def send_inquiry(actor: Actor, data: rules.InquiryData) -> Inquiry:
    """Q1: a department asks another a question, to be answered within N working days."""
    require(actor, Operation.ACT_ON_RECORDS, actor.department_id)
    if actor.department_id is None:
        raise InvalidInput("发函部门不明：请以部门人员身份发出函询。", field="askedDepartmentId")
    clean = rules.clean_inquiry(data, actor.department_id)
    if not await Department.exists(id=clean.asked_department_id):
        raise NotFound("受函部门不存在。", field="askedDepartmentId")
    now = utc_now()
    name = await _name_of(actor)
    async with transaction():
        row = await Inquiry.create(
            asking_department_id=actor.department_id,
            asked_department_id=clean.asked_department_id,
            topic=clean.topic,
            subject=clean.subject,
            question=clean.question,
            status=InquiryStatus.OPEN,
            reply_working_days=clean.reply_working_days,
            sent_at=now,
            sent_by_id=actor.user_id,
            sent_by_name=name,
            due_at=now,  # replaced by the deadline's due time below
            updated_at=now,
        )
        await record(
            actor,
            "inquiry.send",
            target_type="Inquiry",
            target_id=row.id,
            before=None,
            after={**row.snapshot(), "question": row.question},
            department_id=row.asking_department_id,
        )
        deadline = await open_deadline(
            actor,
            subject_type=rules.SUBJECT_TYPE,
            subject_id=row.id,
            kind=rules.REPLY_DEADLINE,
            started_at=now,
            working_days=clean.reply_working_days,
            department_id=clean.asked_department_id,
        )
        row.deadline_id = deadline.id
        row.due_at = deadline.due_at
        row.due_provisional = deadline.provisional
        await row.save(update_fields=["deadline_id", "due_at", "due_provisional"])
        await attach(actor, data.attachment_ids, owner_type=INQUIRY_OWNER, owner_id=row.id)
        await emit(
            LinkageEventKind.INQUIRY_RECEIVED,
            department_id=row.asked_department_id,
            subject_type=rules.SUBJECT_TYPE,
            subject_id=row.id,
            at=now,
        )
    return row


# ---- answering ------------------------------------------------------------------------

_REFUSALS = {
    ReplyRefusal.ANSWERED: "该函询已经答复，不能重复答复。",
    ReplyRefusal.DEEMED_CONSENT: "该函询逾期未答复，已视为同意，不能再答复。",
    ReplyRefusal.PAST_DUE: "答复期限已过：逾期未答复视为同意，不能再答复。",
}


async def answer_inquiry(actor: Actor, inquiry_id: int, reply: str) -> Inquiry:
    """Q1: the asked department replies while the inquiry is open and not past due."""
    row = await Inquiry.get_or_none(id=inquiry_id)
    if row is None or not await visible_inquiries(actor).filter(id=inquiry_id).exists():
        raise NotFound("函询不存在。", field="inquiryId")
    if actor is not SYSTEM:
        require(actor, Operation.ACT_ON_RECORDS, actor.department_id)
        if actor.department_id != row.asked_department_id:
            raise NotResponsibleDepartment("该函询不是发给本部门的，不能答复。")
    text = rules.clean_reply(reply)
    now = utc_now()
    refusal = rules.reply_refusal(InquiryStatus(row.status), row.due_at, now)
    if refusal is not None:
        raise InquiryStateInvalid(_REFUSALS[refusal], field="inquiryId")
    name = await _name_of(actor)
    async with transaction():
        changed = await Inquiry.filter(id=row.id, status=InquiryStatus.OPEN).update(
            status=InquiryStatus.ANSWERED,
            reply=text,
            replied_at=now,
            replied_by_id=actor.user_id,
            replied_by_name=name,
            updated_at=now,
        )
        if changed != 1:  # answered (or deemed consent) meanwhile
            current = InquiryStatus((await Inquiry.get(id=row.id)).status)
            raise InquiryStateInvalid(
                _REFUSALS[rules.reply_refusal(current, row.due_at, now) or ReplyRefusal.ANSWERED],
                field="inquiryId",
            )
        before = row.snapshot()
        row = await Inquiry.get(id=row.id)
        await record(
            actor,
            "inquiry.answer",
            target_type="Inquiry",
            target_id=row.id,
            before=before,
            after={**row.snapshot(), "reply": row.reply},
            department_id=row.asked_department_id,
        )
        if row.deadline_id is not None:
            await close_deadline(actor, row.deadline_id, at=now)
        await emit(
            LinkageEventKind.INQUIRY_ANSWERED,
            department_id=row.asking_department_id,
            subject_type=rules.SUBJECT_TYPE,
            subject_id=row.id,
            at=now,
        )
    return row


# ---- deemed consent (the reminders' OVERDUE step) -------------------------------------


async def record_deemed_consent(deadline: Deadline, at: datetime) -> Inquiry | None:
    """Q1: silence past the due time counts as consent. Runs in the reminders sweep's
    transaction (``domain.inquiries.reminders``); ``at`` is when consent took effect
    (the first instant after the due time). An inquiry answered meanwhile, or one
    already deemed, is left as it is (None)."""
    if deadline.subject_type != rules.SUBJECT_TYPE:
        return None
    row = await Inquiry.select_for_update().get_or_none(id=deadline.subject_id)
    if row is None or not rules.deems_consent(InquiryStatus(row.status)):
        return None
    before = row.snapshot()
    row.status = InquiryStatus.DEEMED_CONSENT
    row.deemed_consent_at = at
    row.updated_at = utc_now()
    await row.save(update_fields=["status", "deemed_consent_at", "updated_at"])
    # The silent department bears it: the record is its department's.
    await record(
        SYSTEM,
        "inquiry.deemed_consent",
        target_type="Inquiry",
        target_id=row.id,
        before=before,
        after={**row.snapshot(), "responsible_department_id": row.asked_department_id},
        department_id=row.asked_department_id,
    )
    await close_if_open(SYSTEM, row.deadline_id, at=at)
    for department_id in (row.asked_department_id, row.asking_department_id):
        await emit(
            LinkageEventKind.INQUIRY_DEEMED_CONSENT,
            department_id=department_id,
            subject_type=rules.SUBJECT_TYPE,
            subject_id=row.id,
            at=at,
        )
    return row
