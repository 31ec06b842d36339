"""The credit grade (R3) from records and blacklist status (R2) as of a day: the
thresholds of grading.toml, their boundaries, ended and removed entries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from domain.credit.rules import (
    BlacklistData,
    BlacklistFact,
    BlacklistStatus,
    CreditGrade,
    CreditRecordData,
    CreditSeverity,
    CreditSource,
    GradeRules,
    RecordFact,
    blacklist_active,
    blacklist_status,
    clean_blacklist,
    clean_credit_record,
    grade,
    grade_rules,
    load_grade_rules,
    years_before,
)
from domain.errors import InvalidInput

ON = date(2026, 6, 1)
RULES = GradeRules()
SERIOUS, MINOR = CreditSeverity.SERIOUS, CreditSeverity.MINOR


def rec(day: date, severity: CreditSeverity = MINOR) -> RecordFact:
    return RecordFact(occurred_on=day, severity=severity)


def test_r3_grading_file_holds_the_documented_defaults() -> None:
    assert grade_rules() == GradeRules(
        serious_window_years=3,
        serious_for_d=2,
        minor_window_years=3,
        minor_for_c=3,
        minor_recent_years=1,
    )


def test_r3_thresholds_are_configurable_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "grading.toml"
    path.write_text("serious_for_d = 1\n", encoding="utf-8")
    strict = load_grade_rules(path)
    assert strict.serious_for_d == 1 and strict.minor_for_c == 3
    assert grade([rec(date(2026, 1, 1), SERIOUS)], [], ON, strict).grade == CreditGrade.D
    path.write_text("serious_for_e = 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown"):
        load_grade_rules(path)
    with pytest.raises(ValueError):
        GradeRules(minor_for_c=0)


def test_r3_no_records_is_a() -> None:
    result = grade([], [], ON, RULES)
    assert result.grade == CreditGrade.A and not result.blacklisted
    assert result.reasons == ("无计入等级的失信记录",)


def test_r3_a_minor_record_within_a_year_is_b_and_a_year_and_a_day_later_a() -> None:
    # Within the last year: after 2025-06-01, up to and including the day asked.
    assert grade([rec(date(2025, 6, 2))], [], ON, RULES).grade == CreditGrade.B
    assert grade([rec(ON)], [], ON, RULES).grade == CreditGrade.B
    assert grade([rec(date(2025, 6, 1))], [], ON, RULES).grade == CreditGrade.A


def test_r3_a_record_after_the_day_asked_does_not_count() -> None:
    assert grade([rec(date(2026, 6, 2), SERIOUS)], [], ON, RULES).grade == CreditGrade.A


def test_r3_three_minor_records_in_three_years_is_c_two_is_not() -> None:
    two = [rec(date(2024, 1, 1)), rec(date(2024, 2, 1))]
    assert grade(two, [], ON, RULES).grade == CreditGrade.A
    three = [*two, rec(date(2023, 6, 2))]
    assert grade(three, [], ON, RULES).grade == CreditGrade.C
    # The third falls out of the window on its third anniversary.
    aged = [*two, rec(date(2023, 6, 1))]
    assert grade(aged, [], ON, RULES).grade == CreditGrade.A


def test_r3_one_serious_record_in_three_years_is_c_until_its_third_anniversary() -> None:
    result = grade([rec(date(2023, 6, 2), SERIOUS)], [], ON, RULES)
    assert result.grade == CreditGrade.C
    assert result.reasons == ("近 3 年严重失信记录 1 条",)
    assert grade([rec(date(2023, 6, 1), SERIOUS)], [], ON, RULES).grade == CreditGrade.A


def test_r3_two_serious_records_in_three_years_is_d() -> None:
    records = [rec(date(2024, 3, 1), SERIOUS), rec(date(2026, 5, 1), SERIOUS)]
    assert grade(records, [], ON, RULES).grade == CreditGrade.D
    assert grade(records, [], date(2027, 3, 1), RULES).grade == CreditGrade.C


def test_r3_blacklisted_is_d_whatever_the_records() -> None:
    entry = BlacklistFact(starts_on=date(2026, 5, 1), ends_on=None)
    result = grade([], [entry], ON, RULES)
    assert result.grade == CreditGrade.D and result.blacklisted
    assert result.reasons[0] == "列入黑名单（联合惩戒）"


def test_r2_r3_an_ended_entry_is_no_longer_active_its_last_day_is() -> None:
    entry = BlacklistFact(starts_on=date(2025, 6, 1), ends_on=date(2026, 5, 31))
    assert blacklist_active(entry, date(2026, 5, 31))
    assert not blacklist_active(entry, ON)
    assert grade([], [entry], ON, RULES).grade == CreditGrade.A
    assert grade([], [entry], date(2026, 5, 31), RULES).grade == CreditGrade.D


def test_r2_r3_a_removed_entry_is_inactive_from_its_removal_day_and_not_before_start() -> None:
    removed = BlacklistFact(starts_on=date(2026, 1, 1), ends_on=None, removed_on=ON)
    assert blacklist_active(removed, date(2026, 5, 31)) and not blacklist_active(removed, ON)
    future = BlacklistFact(starts_on=date(2026, 6, 2), ends_on=None)
    assert not blacklist_active(future, ON) and blacklist_active(future, date(2026, 6, 2))


def test_r3_29_february_counts_back_to_28_february() -> None:
    assert years_before(date(2028, 2, 29), 3) == date(2025, 2, 28)


def test_r1_a_source_gives_its_default_severity_unless_given() -> None:
    today = ON
    revoke = clean_credit_record(
        CreditRecordData("X", CreditSource.REVOCATION, ON, " 撤销 "), today
    )
    assert (revoke.severity, revoke.description) == (SERIOUS, "撤销")
    penalty = clean_credit_record(CreditRecordData("X", CreditSource.PENALTY, ON, "罚款"), today)
    assert penalty.severity == MINOR
    serious_penalty = clean_credit_record(
        CreditRecordData("X", CreditSource.PENALTY, ON, "罚款", severity=SERIOUS), today
    )
    assert serious_penalty.severity == SERIOUS


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CreditRecordData("X", CreditSource.OTHER, date(2026, 6, 2), "明天"), "occurredOn"),
        (CreditRecordData("X", CreditSource.OTHER, ON, "  "), "description"),
    ],
)
def test_r1_invalid_records_name_their_field(data: CreditRecordData, field: str) -> None:
    with pytest.raises(InvalidInput) as error:
        clean_credit_record(data, ON)
    assert error.value.field == field


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"reason": ""}, "reason"),
        ({"legal_basis": " "}, "legalBasis"),
        ({"ends_on": date(2026, 4, 30)}, "endsOn"),  # before the start
        ({"starts_on": date(2026, 1, 1), "ends_on": date(2026, 5, 31)}, "endsOn"),  # past
    ],
)
def test_r2_invalid_blacklist_entries_name_their_field(kw: dict[str, object], field: str) -> None:
    values: dict[str, object] = {
        "licensee_number": "X",
        "reason": "严重失信",
        "legal_basis": "《失信联合惩戒备忘录》",
        "starts_on": date(2026, 5, 1),
    } | kw
    with pytest.raises(InvalidInput) as error:
        clean_blacklist(BlacklistData(**values), ON)  # type: ignore[arg-type]
    assert error.value.field == field


def test_r2_an_entrys_status_is_removed_pending_ended_or_active() -> None:
    def status(**kw: object) -> BlacklistStatus:
        values: dict[str, object] = {"starts_on": date(2026, 5, 1), "ends_on": None} | kw
        return blacklist_status(BlacklistFact(**values), ON)  # type: ignore[arg-type]

    assert status() == BlacklistStatus.ACTIVE
    assert status(ends_on=ON) == BlacklistStatus.ACTIVE  # its last day
    assert status(ends_on=date(2026, 5, 31)) == BlacklistStatus.ENDED
    assert status(starts_on=date(2026, 6, 2)) == BlacklistStatus.PENDING
    assert status(removed_on=ON) == BlacklistStatus.REMOVED  # from its removal day
    assert status(starts_on=date(2026, 6, 2), removed_on=ON) == BlacklistStatus.REMOVED
    assert status(removed_on=date(2026, 6, 2)) == BlacklistStatus.ACTIVE  # not yet removed
