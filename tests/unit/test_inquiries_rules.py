"""Inquiry rules (Q1), pure: the input's checks, when a reply is refused, what the
overdue step may turn into deemed consent, overdue, and the reminder times of the
reply deadline ("due tomorrow" at 09:00, deemed consent the first instant after)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from domain.calendar.package import package_calendar
from domain.calendar.rules import SHANGHAI, due_after_working_days
from domain.errors import InvalidInput
from domain.inquiries.reminders import POLICY
from domain.inquiries.rules import (
    REPLY_DEADLINE,
    InquiryData,
    InquiryStatus,
    InquiryTopic,
    ReplyRefusal,
    clean_inquiry,
    clean_reply,
    deems_consent,
    is_overdue,
    reply_refusal,
)
from domain.reminders.models import ReminderStage
from domain.reminders.rules import policy_of, stage_times

DUE = datetime(2026, 6, 4, 23, 59, 59, tzinfo=SHANGHAI)


def data(**changes: object) -> InquiryData:
    values: dict[str, object] = {
        "asked_department_id": 2,
        "topic": InquiryTopic.HANDLING_STANDARD,
        "subject": "  办理标准  ",
        "question": " 请答复 ",
        "reply_working_days": 3,
    }
    return InquiryData(**(values | changes))  # type: ignore[arg-type]


def test_q1_an_inquiry_is_cleaned_and_goes_to_another_department() -> None:
    clean = clean_inquiry(data(), asking_department_id=1)
    assert (clean.subject, clean.question, clean.reply_working_days) == ("办理标准", "请答复", 3)
    with pytest.raises(InvalidInput) as caught:
        clean_inquiry(data(asked_department_id=1), asking_department_id=1)
    assert caught.value.field == "askedDepartmentId"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"subject": ""}, "subject"),
        ({"subject": "标" * 201}, "subject"),
        ({"question": "   "}, "question"),
        ({"reply_working_days": 0}, "replyWorkingDays"),
        ({"reply_working_days": 31}, "replyWorkingDays"),
    ],
)
def test_q1_bad_input_names_its_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        clean_inquiry(data(**changes), asking_department_id=1)
    assert caught.value.field == field


def test_q1_the_reply_period_is_1_to_30_working_days() -> None:
    assert clean_inquiry(data(reply_working_days=1), 1).reply_working_days == 1
    assert clean_inquiry(data(reply_working_days=30), 1).reply_working_days == 30


def test_q1_a_reply_is_accepted_only_while_open_and_not_past_due() -> None:
    assert reply_refusal(InquiryStatus.OPEN, DUE, DUE) is None  # 23:59:59 itself is in time
    assert reply_refusal(InquiryStatus.OPEN, DUE, DUE + timedelta(seconds=1)) == (
        ReplyRefusal.PAST_DUE
    )
    assert reply_refusal(InquiryStatus.ANSWERED, DUE, DUE) == ReplyRefusal.ANSWERED
    assert reply_refusal(InquiryStatus.DEEMED_CONSENT, DUE, DUE) == ReplyRefusal.DEEMED_CONSENT
    with pytest.raises(InvalidInput):
        clean_reply(" ")


def test_q1_only_an_open_inquiry_becomes_deemed_consent() -> None:
    assert deems_consent(InquiryStatus.OPEN)
    assert not deems_consent(InquiryStatus.ANSWERED)
    assert not deems_consent(InquiryStatus.DEEMED_CONSENT)


def test_q1_overdue_is_open_past_due_or_deemed_consent() -> None:
    late = DUE + timedelta(seconds=1)
    assert not is_overdue(InquiryStatus.OPEN, DUE, DUE)
    assert is_overdue(InquiryStatus.OPEN, DUE, late)
    assert is_overdue(InquiryStatus.DEEMED_CONSENT, DUE, DUE)
    assert not is_overdue(InquiryStatus.ANSWERED, DUE, late)


def test_q1_reply_deadline_reminds_due_tomorrow_then_deems_consent_at_the_due_time() -> None:
    assert policy_of(REPLY_DEADLINE) is POLICY
    calendar = package_calendar()
    sent = datetime(2026, 6, 1, 10, 0, tzinfo=SHANGHAI)  # Monday
    due = due_after_working_days(calendar, sent, 3).due_at
    assert due == DUE
    times = stage_times(calendar, POLICY, due, sent)
    assert [(t.stage.stage, t.at) for t in times] == [
        (ReminderStage.DUE_SOON, datetime(2026, 6, 3, 9, 0, tzinfo=SHANGHAI)),
        (ReminderStage.OVERDUE, DUE + timedelta(seconds=1)),
    ]
    # Due on a Monday: reminded on that Monday at 09:00, not on Sunday.
    friday = datetime(2026, 6, 5, 10, 0, tzinfo=SHANGHAI)
    monday_due = due_after_working_days(calendar, friday, 1).due_at
    assert monday_due.astimezone(SHANGHAI).date() == date(2026, 6, 8)
    first = stage_times(calendar, POLICY, monday_due, friday)[0]
    assert first.at == datetime(2026, 6, 8, 9, 0, tzinfo=SHANGHAI)
