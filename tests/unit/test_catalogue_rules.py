"""Pure rules of the catalogue (C1–C5)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.catalogue.rules import (
    ApprovalItemData,
    CommitmentMode,
    DraftApprovalItem,
    KeyArea,
    LinkAction,
    LinkStatus,
    SupervisionItemData,
    check_approval_item,
    check_commitment,
    check_effective_date,
    check_key_supervision,
    check_publication,
    check_supervision_item,
    clean_code,
    link_transition,
    open_key,
)
from domain.errors import Conflict, InvalidInput


def test_c1_codes_are_normalised_and_checked() -> None:
    assert clean_code("  spj-001 ") == "SPJ-001"
    for bad in ("", "   ", "-A", "A B", "食品", "A" * 65):
        with pytest.raises(InvalidInput):
            clean_code(bad)


def test_c1_item_name_is_required_and_whitespace_collapsed() -> None:
    data = check_approval_item(ApprovalItemData(code="a", name=" 食品  经营 ", department_id=1))
    assert data.name == "食品 经营"
    with pytest.raises(InvalidInput) as raised:
        check_approval_item(ApprovalItemData(code="a", name="  ", department_id=1))
    assert raised.value.field == "name"


@pytest.mark.parametrize(
    ("eligible", "modes", "period", "grades", "field"),
    [
        (True, [], None, ["A"], "commitmentModes"),
        (True, ["DEFERRED_MATERIALS"], None, [], "allowedCreditGrades"),
        (True, ["POST_VERIFICATION"], None, ["A"], "verificationPeriodWorkingDays"),
        (True, ["POST_VERIFICATION"], 0, ["A"], "verificationPeriodWorkingDays"),
        (True, ["POST_VERIFICATION"], 366, ["A"], "verificationPeriodWorkingDays"),
        (True, ["DEFERRED_MATERIALS"], 10, ["A"], "verificationPeriodWorkingDays"),
        (True, ["SOMETHING"], None, ["A"], "commitmentModes"),
        (True, ["DEFERRED_MATERIALS"], None, ["E"], "allowedCreditGrades"),
        (False, ["DEFERRED_MATERIALS"], None, [], "commitmentModes"),
        (False, [], None, ["A"], "allowedCreditGrades"),
        (False, [], 10, [], "verificationPeriodWorkingDays"),
    ],
)
def test_c4_invalid_commitment_configurations(
    eligible: bool, modes: list[str], period: int | None, grades: list[str], field: str
) -> None:
    with pytest.raises(InvalidInput) as raised:
        check_commitment(eligible, modes, period, grades)
    assert raised.value.field == field


def test_c4_valid_configuration_is_sorted_and_deduplicated() -> None:
    modes, period, grades = check_commitment(
        True,
        ["POST_VERIFICATION", "DEFERRED_MATERIALS", "POST_VERIFICATION"],
        20,
        ["b", "A", "B"],
    )
    assert modes == [CommitmentMode.DEFERRED_MATERIALS, CommitmentMode.POST_VERIFICATION]
    assert (period, grades) == (20, ["A", "B"])
    assert check_commitment(False, [], None, []) == ([], None, [])


def test_c2_key_supervision_and_area_go_together() -> None:
    assert check_key_supervision(True, "HEALTH") is KeyArea.HEALTH
    assert check_key_supervision(False, None) is None
    for is_key, area in ((True, None), (False, "HEALTH"), (True, "SPORTS")):
        with pytest.raises(InvalidInput) as raised:
            check_key_supervision(is_key, area)
        assert raised.value.field == "keyArea"
    data = check_supervision_item(
        SupervisionItemData(
            code="s1", name="特种设备", department_id=2, is_key=True, key_area="SPECIAL_EQUIPMENT"
        )
    )
    assert data.key_area is KeyArea.SPECIAL_EQUIPMENT


@pytest.mark.parametrize(
    ("status", "action", "expected"),
    [
        (LinkStatus.PROPOSED, LinkAction.CONFIRM, LinkStatus.CONFIRMED),
        (LinkStatus.PROPOSED, LinkAction.REJECT, LinkStatus.REJECTED),
        (LinkStatus.PROPOSED, LinkAction.UNLINK, LinkStatus.UNLINKED),
        (LinkStatus.CONFIRMED, LinkAction.UNLINK, LinkStatus.UNLINKED),
        (LinkStatus.CONFIRMED, LinkAction.CONFIRM, None),
        (LinkStatus.CONFIRMED, LinkAction.REJECT, None),
        (LinkStatus.REJECTED, LinkAction.CONFIRM, None),
        (LinkStatus.REJECTED, LinkAction.UNLINK, None),
        (LinkStatus.UNLINKED, LinkAction.UNLINK, None),
        (LinkStatus.UNLINKED, LinkAction.CONFIRM, None),
    ],
)
def test_c3_link_transitions(
    status: LinkStatus, action: LinkAction, expected: LinkStatus | None
) -> None:
    if expected is None:
        with pytest.raises(Conflict):
            link_transition(status, action)
    else:
        assert link_transition(status, action) is expected


def test_c3_only_open_links_hold_the_handling_item() -> None:
    assert open_key(7, LinkStatus.PROPOSED) == 7
    assert open_key(7, LinkStatus.CONFIRMED) == 7
    assert open_key(7, LinkStatus.REJECTED) is None
    assert open_key(7, LinkStatus.UNLINKED) is None


def test_c1_c4_publication_problems() -> None:
    check = check_publication(
        [
            DraftApprovalItem("A", "有办理项", [], ["A-1"]),
            DraftApprovalItem("B", "无办理项", [], []),
            DraftApprovalItem("C", "事后核查已关联", ["POST_VERIFICATION"], ["C-1"], ["C-1"]),
            DraftApprovalItem(
                "D", "事后核查缺关联", ["POST_VERIFICATION"], ["D-1", "D-2"], ["D-1"]
            ),
        ]
    )
    assert [p.approval_item_code for p in check.problems] == ["B", "D"]
    assert "D-2" in check.problems[1].message and "D-1" not in check.problems[1].message
    assert check_publication([DraftApprovalItem("A", "x", [], ["A-1"])]).ok


def test_c5_effective_date_rules() -> None:
    today = date(2026, 6, 1)
    check_effective_date(today, today, None)
    check_effective_date(date(2026, 7, 1), today, date(2026, 7, 1))
    with pytest.raises(InvalidInput):
        check_effective_date(date(2026, 5, 31), today, None)
    with pytest.raises(InvalidInput):
        check_effective_date(date(2026, 6, 30), today, date(2026, 7, 1))
