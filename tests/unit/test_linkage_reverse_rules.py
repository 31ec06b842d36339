"""Pure rules of reverse pushes (P5): the fields, the start of the push period, the
license status a revocation sets, the claim transition."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.calendar.rules import SHANGHAI
from domain.errors import InvalidInput
from domain.linkage.errors import ReversePushStateInvalid
from domain.linkage.rules import (
    LicenseeKind,
    LicenseStatus,
    ReversePushData,
    ReversePushKind,
    ReversePushStatus,
    check_reverse_claim,
    clean_reverse_push,
    license_status_of_reverse_push,
    reverse_push_started_at,
)
from tests.linkage_factories import company_number, person_number

TODAY = date(2026, 6, 1)


def data(**kw: object) -> ReversePushData:
    values: dict[str, object] = {
        "kind": ReversePushKind.PENALTY,
        "document_number": " 保市监罚〔2026〕1号 ",
        "licensee_number": company_number(1).lower(),
        "decision_date": TODAY,
        "content": " 罚款五千元。 ",
    }
    values.update(kw)
    return ReversePushData(**values)  # type: ignore[arg-type]


def test_p5_fields_are_trimmed_and_the_number_normalized() -> None:
    clean = clean_reverse_push(data(licensee_name=" 甲商行 "), today=TODAY)
    assert clean.document_number == "保市监罚〔2026〕1号"
    assert clean.content == "罚款五千元。"
    assert (clean.licensee_kind, clean.licensee_number) == (
        LicenseeKind.COMPANY,
        company_number(1),
    )
    assert clean.licensee_name == "甲商行"
    person = clean_reverse_push(data(licensee_number=person_number(7)), today=TODAY)
    assert person.licensee_kind == LicenseeKind.PERSON


@pytest.mark.parametrize(
    "change,field",
    [
        ({"decision_date": date(2026, 6, 2)}, "decisionDate"),
        ({"document_number": "  "}, "documentNumber"),
        ({"content": ""}, "content"),
        ({"content": "长" * 5001}, "content"),
        ({"licensee_number": "91420626MA0000000X"}, "licenseeNumber"),
        ({"licensee_name": "名" * 201}, "licenseeName"),
    ],
)
def test_p5_a_wrong_field_is_named(change: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as error:
        clean_reverse_push(data(**change), today=TODAY)
    assert error.value.field == field


def test_p5_t2_the_push_period_starts_on_the_decision_date_not_counted() -> None:
    assert reverse_push_started_at(date(2026, 9, 30)) == datetime(2026, 9, 30, 12, tzinfo=SHANGHAI)


def test_p5_only_a_revocation_changes_the_license() -> None:
    assert license_status_of_reverse_push(ReversePushKind.LICENSE_REVOKED) == LicenseStatus.REVOKED
    others = [k for k in ReversePushKind if k != ReversePushKind.LICENSE_REVOKED]
    assert all(license_status_of_reverse_push(k) is None for k in others)


def test_p5_a_reverse_push_is_claimed_once() -> None:
    check_reverse_claim(ReversePushStatus.TO_CLAIM)
    with pytest.raises(ReversePushStateInvalid):
        check_reverse_claim(ReversePushStatus.CLAIMED)
