"""Rules of notification-commitment approval (K1–K5), pure."""

from __future__ import annotations

from datetime import date

import pytest

from domain.catalogue.rules import CommitmentMode
from domain.commitments import rules
from domain.commitments.rules import (
    CheckFacts,
    CommitmentData,
    CommitmentStatus,
    ItemTerms,
    RevocationReason,
    check_answer,
    check_issue,
    check_revoke,
    check_usable,
    clean_commitment,
    material_problem,
)
from domain.credit.rules import CreditGrade
from domain.errors import Conflict, ErrorCode, InvalidInput
from domain.materials.rules import MaterialCategory, RequiredMaterial

TODAY = date(2026, 6, 1)
FOOD = ItemTerms(
    name="食品经营许可",
    commitment_eligible=True,
    commitment_modes=("DEFERRED_MATERIALS", "POST_VERIFICATION"),
    allowed_credit_grades=("A", "B"),
)


def test_k1_allowed_when_eligible_not_blacklisted_and_grade_allowed() -> None:
    answer = check_answer(FOOD, CreditGrade.B, blacklisted=False)
    assert answer.allowed
    assert "允许告知承诺审批（材料延期、事后核查）" in answer.reasons


@pytest.mark.parametrize(
    ("terms", "grade", "blacklisted", "reason"),
    [
        (ItemTerms("取水许可", False), CreditGrade.A, False, "不适用告知承诺制"),
        (FOOD, CreditGrade.A, True, "黑名单"),
        (FOOD, CreditGrade.C, False, "信用风险等级 C 不在该事项允许的等级（A、B）之内"),
    ],
)
def test_k1_refused_with_the_reason_of_each_failed_condition(
    terms: ItemTerms, grade: CreditGrade, blacklisted: bool, reason: str
) -> None:
    answer = check_answer(terms, grade, blacklisted)
    assert not answer.allowed
    assert any(reason in r for r in answer.reasons), answer.reasons


def test_k1_no_grades_listed_means_every_grade_but_the_blacklist_still_refuses() -> None:
    terms = ItemTerms("x", True, ("DEFERRED_MATERIALS",), ())
    assert check_answer(terms, CreditGrade.D, blacklisted=False).allowed
    assert not check_answer(terms, CreditGrade.D, blacklisted=True).allowed


def test_k1_every_failed_condition_is_named() -> None:
    answer = check_answer(ItemTerms("x", False, (), ("A",)), CreditGrade.D, True)
    assert len(answer.reasons) == 3


def _facts(**kw: object) -> CheckFacts:
    values: dict[str, object] = {
        "licensee_number": "N",
        "approval_item_id": 1,
        "allowed": True,
        "checked_on": TODAY,
    } | kw
    return CheckFacts(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        (_facts(licensee_number="M"), "行政相对人"),
        (_facts(approval_item_id=2), "审批事项"),
        (_facts(allowed=False), "不允许"),
        (_facts(checked_on=date(2026, 5, 24)), "超过 7 天"),
    ],
)
def test_k1_a_commitment_relies_on_an_allowed_recent_check_of_the_same_licensee_and_item(
    facts: CheckFacts, message: str
) -> None:
    with pytest.raises(InvalidInput) as raised:
        check_usable(facts, licensee_number="N", approval_item_id=1, today=TODAY)
    assert message in raised.value.message and raised.value.field == "creditCheckId"


def test_k1_a_check_of_seven_days_ago_is_still_usable() -> None:
    check_usable(
        _facts(checked_on=date(2026, 5, 25)), licensee_number="N", approval_item_id=1, today=TODAY
    )


def deferred(**kw: object) -> CommitmentData:
    values: dict[str, object] = {
        "credit_check_id": 1,
        "handling_item_id": 1,
        "mode": CommitmentMode.DEFERRED_MATERIALS,
        "licensee_name": "保康县示例食品有限公司",
        "content": "承诺在期限内补交健康证明。",
        "contact_phone": "13812345678",
        "materials": ["从业人员健康证明", " 从业人员健康证明 ", ""],
        "due_on": date(2026, 6, 10),
    } | kw
    return CommitmentData(**values)  # type: ignore[arg-type]


MODES = ("DEFERRED_MATERIALS", "MATERIAL_VERIFICATION", "POST_VERIFICATION")


def test_k2_deferred_materials_lists_materials_and_one_deadline() -> None:
    clean = clean_commitment(deferred(), modes=MODES, today=TODAY)
    assert clean.materials == ("从业人员健康证明",) and clean.due_on == date(2026, 6, 10)
    days = clean_commitment(deferred(due_on=None, due_working_days=10), modes=MODES, today=TODAY)
    assert (days.due_on, days.due_working_days) == (None, 10)


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"materials": []}, "materials"),
        ({"due_on": None}, "dueOn"),
        ({"due_working_days": 5}, "dueOn"),
        ({"due_on": date(2026, 5, 31)}, "dueOn"),
        ({"due_on": None, "due_working_days": 0}, "dueWorkingDays"),
        ({"due_on": None, "due_working_days": 121}, "dueWorkingDays"),
        ({"contact_phone": ""}, "contactPhone"),
        ({"contact_phone": "1380abc"}, "contactPhone"),
        ({"contact_email": "no-at-sign"}, "contactEmail"),
        ({"content": " "}, "content"),
        ({"licensee_name": ""}, "licenseeName"),
    ],
)
def test_k2_bad_commitment_input_names_its_field(kw: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        clean_commitment(deferred(**kw), modes=MODES, today=TODAY)
    assert raised.value.field == field


def test_k2_the_mode_must_be_one_the_item_offers() -> None:
    with pytest.raises(InvalidInput) as raised:
        clean_commitment(deferred(), modes=("POST_VERIFICATION",), today=TODAY)
    assert raised.value.field == "mode" and "材料延期" in raised.value.message


def test_k2_an_email_alone_reaches_the_applicant() -> None:
    clean = clean_commitment(
        deferred(contact_phone="", contact_email="boss@example.com"), modes=MODES, today=TODAY
    )
    assert clean.contact_email == "boss@example.com"


def test_k2_issuing_needs_every_promised_material_handed_in() -> None:
    with pytest.raises(InvalidInput) as raised:
        check_issue(
            CommitmentStatus.PENDING, CommitmentMode.DEFERRED_MATERIALS, ["甲", "乙"], ["甲"]
        )
    assert raised.value.message == "尚未补交：乙。"
    check_issue(CommitmentStatus.PENDING, CommitmentMode.DEFERRED_MATERIALS, ["甲"], ["甲"])


@pytest.mark.parametrize("status", [s for s in CommitmentStatus if s != CommitmentStatus.PENDING])
def test_k2_only_a_pending_commitment_is_issued(status: CommitmentStatus) -> None:
    with pytest.raises(Conflict) as raised:
        check_issue(status, CommitmentMode.POST_VERIFICATION, [], [])
    assert raised.value.code == ErrorCode.CONFLICT


def test_k2_revoked_as_overdue_only_when_pending_deferred_and_past_its_deadline() -> None:
    check_revoke(
        CommitmentStatus.PENDING,
        CommitmentMode.DEFERRED_MATERIALS,
        RevocationReason.OVERDUE,
        overdue=True,
    )
    for status, mode, overdue in [
        (CommitmentStatus.PENDING, CommitmentMode.DEFERRED_MATERIALS, False),
        (CommitmentStatus.ISSUED, CommitmentMode.DEFERRED_MATERIALS, True),
        (CommitmentStatus.PENDING, CommitmentMode.POST_VERIFICATION, True),
        (CommitmentStatus.REVOKED, CommitmentMode.DEFERRED_MATERIALS, True),
    ]:
        with pytest.raises(Conflict):
            check_revoke(status, mode, RevocationReason.OVERDUE, overdue=overdue)


def test_k5_revoked_as_untrue_only_once_issued() -> None:
    for status in (CommitmentStatus.ISSUED, CommitmentStatus.UNTRUE):
        check_revoke(
            status, CommitmentMode.POST_VERIFICATION, RevocationReason.UNTRUE, overdue=False
        )
    for status in (CommitmentStatus.PENDING, CommitmentStatus.REVOKED):
        with pytest.raises(Conflict):
            check_revoke(
                status, CommitmentMode.POST_VERIFICATION, RevocationReason.UNTRUE, overdue=False
            )


def test_k3_material_verification_lists_categorised_materials() -> None:
    data = deferred(
        mode=CommitmentMode.MATERIAL_VERIFICATION,
        materials=[],
        required_materials=[
            RequiredMaterial(MaterialCategory.IDENTITY, " 营业执照 "),
            RequiredMaterial(MaterialCategory.IDENTITY, "营业执照"),
        ],
    )
    clean = clean_commitment(data, modes=MODES, today=TODAY)
    assert clean.required_materials == (RequiredMaterial(MaterialCategory.IDENTITY, "营业执照"),)
    assert clean.due_on is None  # no promise deadline
    with pytest.raises(InvalidInput) as raised:
        clean_commitment(
            deferred(mode=CommitmentMode.MATERIAL_VERIFICATION), modes=MODES, today=TODAY
        )
    assert raised.value.field == "requiredMaterials"


def test_k3_a_material_not_valid_in_the_store_is_named_with_what_is_wrong() -> None:
    assert material_problem("身份类", "营业执照", "VALID") is None
    missing = material_problem("身份类", "营业执照", None)
    expired = material_problem("资格类", "健康证明", "EXPIRED", date(2025, 1, 1), date(2026, 5, 1))
    withdrawn = material_problem("资格类", "健康证明", "WITHDRAWN")
    assert missing is not None and missing.message == "身份类“营业执照”在证照材料库中不存在，须提交"
    assert expired is not None and "已于 2026-05-01 过期" in expired.message
    assert withdrawn is not None and "已撤回" in withdrawn.message


def test_k4_post_verification_has_no_promise_deadline() -> None:
    clean = clean_commitment(
        deferred(mode=CommitmentMode.POST_VERIFICATION, materials=[]), modes=MODES, today=TODAY
    )
    assert (clean.due_on, clean.due_working_days, clean.materials) == (None, None, ())
    assert rules.RESULT_PUSH_WORKING_DAYS == 3
