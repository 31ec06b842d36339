"""Pure rules of joint reviews (J1, J2, T4): the request's and the response's fields,
the transitions, when a decision may be taken, late responses counted per department."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.errors import InvalidInput
from domain.reviews import rules
from domain.reviews.errors import JointReviewStateInvalid
from domain.reviews.rules import Recommendation, ResponseStatus
from tests.linkage_factories import company_number

TODAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)


def data(**kw: object) -> rules.JointReviewData:
    values: dict[str, object] = {
        "kind": rules.JointReviewKind.HEARING,
        "licensee_number": company_number(1).lower(),
        "licensee_name": " 示例公司 ",
        "approval_item_id": 1,
        "subject": "听证",
        "notice_date": TODAY,
        "department_ids": (2, 3, 2),
        "attachment_ids": (7,),
        "staff": (" 王审批 ", "", "王审批"),
    } | kw
    return rules.JointReviewData(**values)  # type: ignore[arg-type]


def test_j1_a_request_is_cleaned_departments_once_staff_trimmed() -> None:
    clean = rules.clean_joint_review(data(), approval_department_id=1, today=TODAY)
    assert clean.licensee_number == company_number(1)
    assert (clean.licensee_name, clean.department_ids, clean.staff) == (
        "示例公司",
        (2, 3),
        ("王审批",),
    )


def test_j1_the_six_kinds() -> None:
    assert set(rules.KIND_NAMES.values()) == {
        "联合审查材料",
        "现场踏勘",
        "技术评估",
        "检验检测",
        "听证",
        "专家评审",
    }


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"attachment_ids": ()}, "attachmentIds"),
        ({"department_ids": ()}, "departmentIds"),
        ({"department_ids": (1, 2)}, "departmentIds"),
        ({"notice_date": TODAY + timedelta(days=1)}, "noticeDate"),
        ({"subject": "  "}, "subject"),
        ({"licensee_name": ""}, "licenseeName"),
        ({"licensee_number": "91420626MA0000001X"}, "licenseeNumber"),
        ({"staff": tuple(f"人{i}" for i in range(21))}, "staff"),
    ],
)
def test_j1_bad_request_names_its_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        rules.clean_joint_review(data(**change), approval_department_id=1, today=TODAY)
    assert caught.value.field == field


def test_j2_a_response_needs_an_opinion_and_the_written_opinion() -> None:
    with pytest.raises(InvalidInput) as caught:
        rules.clean_response(rules.ResponseData("同意", Recommendation.AGREE, ()))
    assert caught.value.field == "attachmentIds"
    with pytest.raises(InvalidInput) as caught:
        rules.clean_response(rules.ResponseData(" ", Recommendation.AGREE, (1,)))
    assert caught.value.field == "opinion"
    clean = rules.clean_response(rules.ResponseData(" 同意 ", Recommendation.DISAGREE, (1,)))
    assert (clean.opinion, clean.recommendation) == ("同意", Recommendation.DISAGREE)


def test_j2_claim_then_respond_once() -> None:
    rules.check_claim(ResponseStatus.PENDING)
    rules.check_respond(ResponseStatus.CLAIMED)
    for status in (ResponseStatus.CLAIMED, ResponseStatus.RESPONDED, ResponseStatus.NO_RESPONSE):
        with pytest.raises(JointReviewStateInvalid):
            rules.check_claim(status)
    for status in (ResponseStatus.PENDING, ResponseStatus.RESPONDED, ResponseStatus.NO_RESPONSE):
        with pytest.raises(JointReviewStateInvalid):
            rules.check_respond(status)
    with pytest.raises(JointReviewStateInvalid):
        rules.check_open(rules.JointReviewStatus.DECIDED)


def test_j2_decision_once_all_answered_or_the_silent_ones_past_due() -> None:
    due = NOW + timedelta(days=3)
    answered = rules.ResponseFact(1, ResponseStatus.RESPONDED, due)
    waiting = rules.ResponseFact(2, ResponseStatus.CLAIMED, due)
    rules.check_decide([answered], NOW)
    with pytest.raises(JointReviewStateInvalid):
        rules.check_decide([answered, waiting], NOW)
    with pytest.raises(JointReviewStateInvalid):
        rules.check_decide([answered, waiting], due)  # at the due time: still in time
    rules.check_decide([answered, waiting], due + timedelta(seconds=1))
    with pytest.raises(InvalidInput):
        rules.clean_decision(rules.Outcome.APPROVED, " ")


def test_j2_t4_late_responses_counted_per_department() -> None:
    records = [
        rules.ResponseRecord(2, ResponseStatus.RESPONDED, 0, False),
        rules.ResponseRecord(2, ResponseStatus.RESPONDED, 2, False),
        rules.ResponseRecord(2, ResponseStatus.NO_RESPONSE, 3, False),
        rules.ResponseRecord(3, ResponseStatus.PENDING, None, True),
        rules.ResponseRecord(3, ResponseStatus.CLAIMED, None, False),
    ]
    two, three = rules.count_by_department(records)
    assert (two.addressed, two.responded, two.responded_late, two.no_response) == (3, 2, 1, 1)
    assert (two.late, two.late_working_days) == (2, 5)
    assert (three.addressed, three.overdue_open, three.late) == (2, 1, 1)
