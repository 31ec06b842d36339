"""Inquiries (Q1) on a database: sending opens the asked department's reply deadline
(T2) and tells it on the stream; a reply by the due time closes it; silence past it
becomes deemed consent through the reminders sweep — once, against the silent
department, to both departments' streams — and a reply after it is refused; the
statistics count it as inaction (A3)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from domain.accounts.actor import SYSTEM
from domain.audit.models import AuditEvent
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.deadlines.models import Deadline
from domain.errors import ErrorCode, InvalidInput, NotFound, PermissionDenied
from domain.inquiries import services
from domain.inquiries.errors import InquiryStateInvalid
from domain.inquiries.models import Inquiry
from domain.inquiries.rules import InquiryData, InquiryStatus, InquiryTopic
from domain.linkage.errors import NotResponsibleDepartment
from domain.linkage.models import LinkageEvent
from domain.linkage.rules import LinkageEventKind
from domain.linkage.services.statistics import linkage_statistics
from domain.reminders.models import Channel, Delivery, Reminder, ReminderStage
from domain.reminders.services import sweep_reminders
from tests.inquiry_factories import inquiry_county, send

pytestmark = pytest.mark.usefixtures("db", "clock")

# The clock stands at Mon 1 June 2026 10:00; 3 working days: due Thu 4 June 23:59:59.
DUE = datetime(2026, 6, 4, 23, 59, 59, tzinfo=SHANGHAI)
DUE_SOON = datetime(2026, 6, 3, 9, 0, tzinfo=SHANGHAI)  # "due tomorrow", 09:00
FRIDAY_0 = datetime(2026, 6, 5, 0, 0, tzinfo=SHANGHAI)


async def events(inquiry: Inquiry) -> list[tuple[str, int | None]]:
    rows = await LinkageEvent.filter(subject_type="Inquiry", subject_id=inquiry.id).order_by("id")
    return [(str(r.kind), r.department_id) for r in rows]


async def test_q1_sending_opens_the_asked_departments_reply_deadline_in_working_days() -> None:
    county = await inquiry_county()
    inquiry = await send(county)
    assert inquiry.status == InquiryStatus.OPEN
    assert inquiry.due_at == DUE  # T2: Mon not counted; Tue, Wed, Thu
    deadline = await Deadline.get(id=inquiry.deadline_id)
    assert (deadline.kind, deadline.subject_type, deadline.subject_id) == (
        "inquiry.reply",
        "Inquiry",
        inquiry.id,
    )
    assert deadline.department_id == county.scj.id and deadline.due_at == DUE
    assert deadline.next_reminder_at == DUE_SOON
    assert await events(inquiry) == [(LinkageEventKind.INQUIRY_RECEIVED, county.scj.id)]
    sent = await AuditEvent.get(action="inquiry.send")
    assert sent.department_id == county.spj.id and sent.target_id == str(inquiry.id)


async def test_q1_sending_refuses_bad_input_and_writes_nothing() -> None:
    county = await inquiry_county()
    officer = county.actor("spj.officer")
    bad = [
        (InquiryData(county.spj.id, InquiryTopic.PLAN, "标题", "内容"), "askedDepartmentId"),
        (InquiryData(county.scj.id, InquiryTopic.PLAN, " ", "内容"), "subject"),
        (InquiryData(county.scj.id, InquiryTopic.POLICY, "标题", ""), "question"),
        (InquiryData(county.scj.id, InquiryTopic.PLAN, "标题", "内容", 0), "replyWorkingDays"),
        (InquiryData(county.scj.id, InquiryTopic.PLAN, "标题", "内容", 31), "replyWorkingDays"),
        (InquiryData(county.scj.id, InquiryTopic.PLAN, "标题", "内容", 3, [999]), "attachmentIds"),
    ]
    for data, field in bad:
        with pytest.raises(InvalidInput) as caught:
            await services.send_inquiry(officer, data)
        assert caught.value.field == field
    with pytest.raises(NotFound):
        await services.send_inquiry(
            officer, InquiryData(999_999, InquiryTopic.PLAN, "标题", "内容")
        )
    with pytest.raises(PermissionDenied):
        await services.send_inquiry(
            county.actor("auditor"), InquiryData(county.scj.id, InquiryTopic.PLAN, "标题", "内容")
        )
    assert await Inquiry.all().count() == 0
    assert await Deadline.all().count() == 0
    assert await LinkageEvent.all().count() == 0


async def test_q1_a_reply_by_the_due_time_closes_it_on_time_and_tells_the_asking_department(
    clock: FixedClock,
) -> None:
    county = await inquiry_county()
    inquiry = await send(county)
    clock.set(DUE - timedelta(minutes=5))
    answered = await services.answer_inquiry(county.actor("scj.sup"), inquiry.id, "同意该方案。")
    assert answered.status == InquiryStatus.ANSWERED
    assert answered.reply == "同意该方案。" and answered.replied_by_name == "scj.sup"
    deadline = await Deadline.get(id=inquiry.deadline_id)
    assert deadline.closed_late_by_working_days == 0 and deadline.next_reminder_at is None
    assert (await events(inquiry))[-1] == (LinkageEventKind.INQUIRY_ANSWERED, county.spj.id)
    # The sweep past the due time leaves an answered inquiry alone.
    assert await sweep_reminders(FRIDAY_0) == []
    assert (await Inquiry.get(id=inquiry.id)).status == InquiryStatus.ANSWERED
    with pytest.raises(InquiryStateInvalid) as caught:
        await services.answer_inquiry(county.actor("scj.admin"), inquiry.id, "再答复")
    assert caught.value.code == ErrorCode.INQUIRY_STATE_INVALID


async def test_q1_only_the_asked_department_answers() -> None:
    county = await inquiry_county()
    inquiry = await send(county)
    with pytest.raises(NotResponsibleDepartment):
        await services.answer_inquiry(county.actor("spj.officer"), inquiry.id, "自己答复")
    with pytest.raises(NotFound):  # 住建局 does not even see it
        await services.answer_inquiry(county.actor("zjj.sup"), inquiry.id, "答复")
    with pytest.raises(PermissionDenied):
        await services.answer_inquiry(county.actor("auditor"), inquiry.id, "答复")
    with pytest.raises(InvalidInput) as caught:
        await services.answer_inquiry(county.actor("scj.sup"), inquiry.id, "  ")
    assert caught.value.field == "reply"
    assert (await Inquiry.get(id=inquiry.id)).status == InquiryStatus.OPEN


async def test_q1_silence_past_the_deadline_is_deemed_consent_through_the_reminders_sweep(
    clock: FixedClock,
) -> None:
    county = await inquiry_county()
    inquiry = await send(county)
    # "Due tomorrow" to the asked department (its admin: nobody named responsible).
    assert len(await sweep_reminders(DUE_SOON)) == 1
    soon = await Delivery.get(channel=Channel.IN_APP)
    assert soon.recipient_user_id == county.users["scj.admin"].id
    assert "明天到期" in soon.subject and "食品经营许可现场核查方案" in soon.subject
    assert county.spj.name in soon.body and "视为同意" in soon.body
    assert (await Inquiry.get(id=inquiry.id)).status == InquiryStatus.OPEN

    clock.set(FRIDAY_0 + timedelta(seconds=20))
    assert len(await sweep_reminders(FRIDAY_0 + timedelta(seconds=20))) == 1
    deemed = await Inquiry.get(id=inquiry.id)
    assert deemed.status == InquiryStatus.DEEMED_CONSENT
    assert deemed.deemed_consent_at == DUE + timedelta(seconds=1)  # the first instant after
    deadline = await Deadline.get(id=inquiry.deadline_id)
    assert deadline.closed_at == DUE + timedelta(seconds=1)
    assert deadline.closed_late_by_working_days == 1  # T4: late is recorded
    overdue = await Reminder.get(deadline_id=deadline.id, stage=ReminderStage.OVERDUE)
    message = await Delivery.get(reminder_id=overdue.id, channel=Channel.IN_APP)
    assert "已视为同意" in message.subject
    # The silent department bears it: its audit record, and both are told.
    audit = await AuditEvent.get(action="inquiry.deemed_consent")
    assert audit.department_id == county.scj.id and audit.actor_username == SYSTEM.username
    assert audit.after["responsible_department_id"] == county.scj.id  # type: ignore[index]
    assert (await events(inquiry))[1:] == [
        (LinkageEventKind.INQUIRY_DEEMED_CONSENT, county.scj.id),
        (LinkageEventKind.INQUIRY_DEEMED_CONSENT, county.spj.id),
    ]
    # Once: later sweeps change nothing.
    assert await sweep_reminders(FRIDAY_0 + timedelta(days=1)) == []
    assert await AuditEvent.filter(action="inquiry.deemed_consent").count() == 1
    assert len(await events(inquiry)) == 3


async def test_q1_a_reply_after_deemed_consent_is_refused_and_changes_nothing(
    clock: FixedClock,
) -> None:
    county = await inquiry_county()
    inquiry = await send(county, days=1)  # due Tue 2 June
    clock.set(datetime(2026, 6, 3, 0, 0, 30, tzinfo=SHANGHAI))
    await sweep_reminders(clock.now())
    assert (await Inquiry.get(id=inquiry.id)).status == InquiryStatus.DEEMED_CONSENT
    with pytest.raises(InquiryStateInvalid) as caught:
        await services.answer_inquiry(county.actor("scj.sup"), inquiry.id, "迟到的答复")
    assert "视为同意" in caught.value.message
    row = await Inquiry.get(id=inquiry.id)
    assert row.status == InquiryStatus.DEEMED_CONSENT and row.reply == ""
    assert await AuditEvent.filter(action="inquiry.answer").count() == 0


async def test_q1_a_reply_past_the_due_time_is_refused_before_the_sweep_runs(
    clock: FixedClock,
) -> None:
    county = await inquiry_county()
    inquiry = await send(county, days=1)
    clock.set(datetime(2026, 6, 3, 0, 0, 1, tzinfo=SHANGHAI))  # the sweep has not run
    with pytest.raises(InquiryStateInvalid) as caught:
        await services.answer_inquiry(county.actor("scj.sup"), inquiry.id, "迟到的答复")
    assert "期限已过" in caught.value.message
    assert (await Inquiry.get(id=inquiry.id)).status == InquiryStatus.OPEN
    await sweep_reminders(clock.now())
    assert (await Inquiry.get(id=inquiry.id)).status == InquiryStatus.DEEMED_CONSENT


async def test_q1_reads_are_the_two_departments_and_the_coordination_group() -> None:
    county = await inquiry_county()
    inquiry = await send(county)
    for username, sees in [
        ("spj.officer", True),
        ("scj.sup", True),
        ("zjj.sup", False),
        ("coordinator", True),
        ("auditor", True),
    ]:
        found = await services.visible_inquiry(county.actor(username), inquiry.id)
        assert (found is not None) is sees, username


async def test_a3_statistics_count_inquiries_deemed_consent_for_the_silent_department(
    clock: FixedClock,
) -> None:
    county = await inquiry_county()
    silent = await send(county, days=1)
    answered = await send(county, days=1, to="zjj")
    await send(county, days=1, by="scj.sup", to="zjj")  # still open in the period
    await services.answer_inquiry(county.actor("zjj.sup"), answered.id, "同意")
    clock.set(datetime(2026, 6, 3, 0, 1, tzinfo=SHANGHAI))
    await sweep_reminders(clock.now())
    assert (await Inquiry.get(id=silent.id)).status == InquiryStatus.DEEMED_CONSENT
    stats = await linkage_statistics(SYSTEM, date(2026, 6, 1), date(2026, 6, 30))
    figures = {row.department.code: row.figures.inquiries_deemed_consent for row in stats.rows}
    # scj's silence, and zjj's (scj.sup's inquiry went unanswered too).
    assert figures == {"SPJ": 0, "SCJ": 1, "ZJJ": 1}
    assert stats.total.inquiries_deemed_consent == 2
    before = await linkage_statistics(SYSTEM, date(2026, 5, 1), date(2026, 6, 1))
    assert before.total.inquiries_deemed_consent == 0  # counted by the time consent took effect
