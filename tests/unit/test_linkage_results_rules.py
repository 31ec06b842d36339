"""Pure rules of task results (S2, S3) and license requests (S4): transitions, the
result's fields, follow-up outcome → result, request kind → license status."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from domain.calendar.rules import SHANGHAI
from domain.errors import ErrorCode, InvalidInput
from domain.linkage import rules
from domain.linkage.errors import LicenseRequestStateInvalid, TaskStateInvalid
from domain.linkage.rules import (
    FeedbackData,
    FollowUpOutcome,
    LicenseRequestKind,
    LicenseRequestStatus,
    LicenseStatus,
    ResultKind,
    TaskStatus,
)

PUSHED = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)  # 10:00 Asia/Shanghai
NOW = datetime(2026, 6, 2, 8, 0, tzinfo=UTC)
ACTED = datetime(2026, 6, 2, 9, 30, tzinfo=SHANGHAI)


def data(kind: ResultKind = ResultKind.COMPLIANT, **changes: object) -> FeedbackData:
    base = FeedbackData(result=kind, acted_at=ACTED, summary=" 现场检查合格 ")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_s3_rectification_waits_for_its_follow_up_every_other_result_ends_the_task() -> None:
    assert rules.status_after(ResultKind.RECTIFICATION_ORDERED) == TaskStatus.RECTIFYING
    for kind in (
        ResultKind.COMPLIANT,
        ResultKind.PENALTY,
        ResultKind.OTHER,
        ResultKind.REVOCATION_RECOMMENDED,
    ):
        assert rules.status_after(kind) == TaskStatus.COMPLETED


def test_s3_failing_or_refusing_the_follow_up_leads_to_revocation_recommended() -> None:
    assert rules.result_of_follow_up(FollowUpOutcome.RECTIFIED) == ResultKind.COMPLIANT
    assert rules.result_of_follow_up(FollowUpOutcome.NOT_RECTIFIED) == (
        ResultKind.REVOCATION_RECOMMENDED
    )
    assert rules.result_of_follow_up(FollowUpOutcome.REFUSED) == ResultKind.REVOCATION_RECOMMENDED


def test_s1_s3_a_result_once_in_progress_a_follow_up_only_while_rectifying() -> None:
    rules.check_feed_back(TaskStatus.IN_PROGRESS)
    for status in (TaskStatus.RECTIFYING, TaskStatus.COMPLETED):
        with pytest.raises(TaskStateInvalid) as caught:
            rules.check_feed_back(status)
        assert caught.value.code == ErrorCode.TASK_STATE_INVALID
    rules.check_follow_up(TaskStatus.RECTIFYING)
    for status in (TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED):
        with pytest.raises(TaskStateInvalid):
            rules.check_follow_up(status)


def test_s2_a_valid_result_is_trimmed() -> None:
    clean = rules.clean_feedback(data(), now=NOW, pushed_at=PUSHED)
    assert (clean.result, clean.acted_at, clean.summary) == (
        ResultKind.COMPLIANT,
        ACTED,
        "现场检查合格",
    )
    rectify = rules.clean_feedback(
        data(ResultKind.RECTIFICATION_ORDERED, rectification_deadline=date(2026, 6, 3)),
        now=NOW,
        pushed_at=PUSHED,
    )
    assert rectify.rectification_deadline == date(2026, 6, 3)
    penalty = rules.clean_feedback(
        data(ResultKind.PENALTY, penalty_document_number=" 保市监罚〔2026〕1号 "),
        now=NOW,
        pushed_at=PUSHED,
    )
    assert penalty.penalty_document_number == "保市监罚〔2026〕1号"
    other = rules.clean_feedback(
        data(ResultKind.OTHER, summary="移交公安机关"), now=NOW, pushed_at=PUSHED
    )
    assert other.summary == "移交公安机关"


@pytest.mark.parametrize(
    "changes,field",
    [
        ({"acted_at": ACTED.replace(tzinfo=None)}, "actedAt"),  # naive
        ({"acted_at": NOW + timedelta(seconds=1)}, "actedAt"),  # in the future
        ({"acted_at": PUSHED - timedelta(seconds=1)}, "actedAt"),  # before the push
        ({"summary": ""}, "summary"),  # required, for OTHER too
        ({"summary": "长" * 5001}, "summary"),
        ({"result": ResultKind.RECTIFICATION_ORDERED}, "rectificationDeadline"),
        (  # the deadline must be after the day of the action (Asia/Shanghai)
            {
                "result": ResultKind.RECTIFICATION_ORDERED,
                "rectification_deadline": date(2026, 6, 2),
            },
            "rectificationDeadline",
        ),
        ({"rectification_deadline": date(2026, 6, 9)}, "rectificationDeadline"),
        ({"result": ResultKind.PENALTY}, "penaltyDocumentNumber"),
        (
            {"result": ResultKind.PENALTY, "penalty_document_number": "号" * 101},
            "penaltyDocumentNumber",
        ),
        ({"penalty_document_number": "罚 1 号"}, "penaltyDocumentNumber"),
    ],
)
def test_s2_s3_wrong_result_fields_name_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        rules.clean_feedback(data(**changes), now=NOW, pushed_at=PUSHED)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_s2_the_boundaries_of_acted_at_are_allowed() -> None:
    rules.clean_feedback(data(acted_at=NOW), now=NOW, pushed_at=PUSHED)
    rules.clean_feedback(data(acted_at=PUSHED), now=NOW, pushed_at=PUSHED)


def test_s3_the_rectification_deadline_is_compared_with_the_local_date_of_the_action() -> None:
    # 2 Jun 23:30 Shanghai is 2 Jun 15:30 UTC: a deadline of 3 Jun is the next day.
    late_evening = datetime(2026, 6, 2, 23, 30, tzinfo=SHANGHAI)
    clean = rules.clean_feedback(
        data(
            ResultKind.RECTIFICATION_ORDERED,
            acted_at=late_evening,
            rectification_deadline=date(2026, 6, 3),
        ),
        now=late_evening,
        pushed_at=PUSHED,
    )
    assert clean.rectification_deadline == date(2026, 6, 3)


def test_s3_the_follow_up_is_due_at_the_end_of_the_rectification_day() -> None:
    start = rules.follow_up_due_start(date(2026, 6, 10))
    assert start == datetime(2026, 6, 10, 12, 0, tzinfo=SHANGHAI)


def test_s4_an_approved_request_sets_the_license_status_of_its_kind() -> None:
    assert {kind: rules.license_status_after(kind) for kind in LicenseRequestKind} == {
        LicenseRequestKind.CHANGE: LicenseStatus.CHANGED,
        LicenseRequestKind.WITHDRAW: LicenseStatus.WITHDRAWN,
        LicenseRequestKind.REVOKE: LicenseStatus.REVOKED,
        LicenseRequestKind.CANCEL: LicenseStatus.CANCELLED,
    }


def test_s4_an_ended_license_takes_no_request_a_changed_one_does() -> None:
    rules.check_license_in_force(LicenseStatus.VALID)
    rules.check_license_in_force(LicenseStatus.CHANGED)
    for status in (LicenseStatus.WITHDRAWN, LicenseStatus.REVOKED, LicenseStatus.CANCELLED):
        with pytest.raises(LicenseRequestStateInvalid) as caught:
            rules.check_license_in_force(status)
        assert caught.value.code == ErrorCode.LICENSE_REQUEST_STATE_INVALID


def test_s4_review_from_submitted_decision_from_submitted_or_under_review() -> None:
    rules.check_review(LicenseRequestStatus.SUBMITTED)
    for status in (
        LicenseRequestStatus.UNDER_REVIEW,
        LicenseRequestStatus.APPROVED,
        LicenseRequestStatus.REJECTED,
    ):
        with pytest.raises(LicenseRequestStateInvalid):
            rules.check_review(status)
    rules.check_decide(LicenseRequestStatus.SUBMITTED)
    rules.check_decide(LicenseRequestStatus.UNDER_REVIEW)
    for status in (LicenseRequestStatus.APPROVED, LicenseRequestStatus.REJECTED):
        with pytest.raises(LicenseRequestStateInvalid):
            rules.check_decide(status)


def test_s4_the_letter_needs_reasons_and_evidence() -> None:
    clean = rules.clean_license_request(LicenseRequestKind.REVOKE, " 拒不整改 ", "", (1,))
    assert (clean.kind, clean.reason, clean.legal_basis) == (
        LicenseRequestKind.REVOKE,
        "拒不整改",
        "",
    )
    for args, field in (
        (("", "", (1,)), "reason"),
        (("理由", "", ()), "attachmentIds"),
        (("理由", "法" * 5001, (1,)), "legalBasis"),
    ):
        with pytest.raises(InvalidInput) as caught:
            rules.clean_license_request(LicenseRequestKind.REVOKE, *args)  # type: ignore[arg-type]
        assert caught.value.field == field


def test_s4_approval_names_its_document_refusal_gives_reasons() -> None:
    approved = rules.clean_request_decision(True, "", " 保审批〔2026〕1号 ")
    assert approved.decision_document_number == "保审批〔2026〕1号"
    assert rules.clean_request_decision(False, "证据不足", "").decision_note == "证据不足"
    with pytest.raises(InvalidInput) as no_number:
        rules.clean_request_decision(True, "同意", "")
    assert no_number.value.field == "decisionDocumentNumber"
    with pytest.raises(InvalidInput) as no_reason:
        rules.clean_request_decision(False, " ", "")
    assert no_reason.value.field == "decisionNote"
