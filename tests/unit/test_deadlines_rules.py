"""The due-state rule (T4), pure: one ``is_overdue`` for every deadline of the system —
open past the due time, or done late; a closed, on-time piece of work is not overdue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.deadlines.rules import DueFacts, is_overdue
from domain.inquiries.rules import InquiryStatus, reply_due_facts

DUE = datetime(2025, 12, 1, 15, 59, 59, tzinfo=UTC)  # 23:59:59 Asia/Shanghai
BEFORE = DUE - timedelta(hours=1)
AFTER = DUE + timedelta(seconds=1)


def test_t4_open_is_overdue_only_after_its_due_time() -> None:
    assert not is_overdue(DUE, open_=True, working_days_late=None, now=BEFORE)
    assert not is_overdue(DUE, open_=True, working_days_late=None, now=DUE)  # the due second
    assert is_overdue(DUE, open_=True, working_days_late=None, now=AFTER)


def test_t4_open_ignores_lateness_and_lapse_until_closed() -> None:
    # While open, only the clock counts (a stale count or lapse is not looked at).
    assert not is_overdue(DUE, open_=True, working_days_late=3, now=BEFORE, lapsed=True)
    assert is_overdue(DUE, open_=True, working_days_late=0, now=AFTER)


@pytest.mark.parametrize(
    ("late", "overdue"),
    [(None, False), (0, False), (1, True), (12, True)],
)
def test_t4_done_is_overdue_when_done_late(late: int | None, overdue: bool) -> None:
    # Closed: judged by the working days late recorded when done, at any later time.
    for now in (BEFORE, AFTER, AFTER + timedelta(days=400)):
        assert is_overdue(DUE, open_=False, working_days_late=late, now=now) is overdue


def test_t4_closed_on_time_is_not_overdue_even_long_after_its_due_time() -> None:
    facts = DueFacts(DUE, open_=False, working_days_late=0)
    assert not facts.overdue(AFTER + timedelta(days=30))


def test_q1_lapsed_deemed_consent_is_overdue_without_working_days() -> None:
    facts = DueFacts(DUE, open_=False, lapsed=True)
    assert facts.overdue(AFTER)
    assert facts.shown_working_days_late is None


def test_t4_working_days_late_shown_once_done_none_while_open() -> None:
    assert DueFacts(DUE, open_=True, working_days_late=2).shown_working_days_late is None
    assert DueFacts(DUE, open_=False, working_days_late=2).shown_working_days_late == 2
    assert DueFacts(DUE, open_=False, working_days_late=0).shown_working_days_late == 0


def test_q1_inquiry_reply_due_facts_keep_deemed_consent_as_lapsed() -> None:
    opened = reply_due_facts(InquiryStatus.OPEN, DUE)
    assert (opened.overdue(DUE), opened.overdue(AFTER)) == (False, True)
    answered = reply_due_facts(InquiryStatus.ANSWERED, DUE)
    assert answered.shown_working_days_late == 0  # a reply is accepted only by the due time
    assert not answered.overdue(AFTER)
    deemed = reply_due_facts(InquiryStatus.DEEMED_CONSENT, DUE)
    assert deemed.overdue(AFTER)
    assert deemed.shown_working_days_late is None
