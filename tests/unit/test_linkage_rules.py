"""Pure rules of the linkage loop: transitions (P2, P3), licensee numbers and contact
masking (P6), the decision's fields (P1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.accounts.actor import ANONYMOUS, Actor, Role
from domain.errors import ErrorCode, InvalidInput
from domain.linkage import rules
from domain.linkage.errors import PushAlreadyClaimed, PushStateInvalid
from domain.linkage.rules import LicenseeKind, PushStatus
from tests.linkage_factories import company_number, decision, person_number


def test_p2_only_a_push_to_claim_can_be_claimed() -> None:
    rules.check_claim(PushStatus.TO_CLAIM)
    with pytest.raises(PushAlreadyClaimed) as twice:
        rules.check_claim(PushStatus.CLAIMED)
    assert twice.value.code == ErrorCode.PUSH_ALREADY_CLAIMED
    for status in (PushStatus.RETURNED, PushStatus.ROUTING_GAP):
        with pytest.raises(PushStateInvalid):
            rules.check_claim(status)


def test_p3_only_an_unclaimed_push_is_returned_and_only_returned_or_gaps_reassigned() -> None:
    rules.check_return(PushStatus.TO_CLAIM)
    for status in (PushStatus.CLAIMED, PushStatus.RETURNED, PushStatus.ROUTING_GAP):
        with pytest.raises(PushStateInvalid) as caught:
            rules.check_return(status)
        assert caught.value.code == ErrorCode.PUSH_STATE_INVALID
    rules.check_reassign(PushStatus.RETURNED)
    rules.check_reassign(PushStatus.ROUTING_GAP)
    for status in (PushStatus.TO_CLAIM, PushStatus.CLAIMED):
        with pytest.raises(PushStateInvalid):
            rules.check_reassign(status)


@pytest.mark.parametrize("serial", [0, 1, 42, 9999999])
def test_p6_generated_uscc_is_a_company(serial: int) -> None:
    number = company_number(serial)
    assert rules.licensee_number(number) == (LicenseeKind.COMPANY, number)
    assert rules.licensee_number(" " + number.lower() + " ") == (LicenseeKind.COMPANY, number)


@pytest.mark.parametrize("serial", [1, 2, 123])
def test_p6_generated_id_number_is_a_person(serial: int) -> None:
    number = person_number(serial)
    assert rules.licensee_number(number) == (LicenseeKind.PERSON, number)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "123",
        company_number(5)[:-1] + ("0" if company_number(5)[-1] != "0" else "1"),
        person_number(5)[:-1] + ("0" if person_number(5)[-1] != "0" else "1"),
        "42062619901301001X",  # month 13
    ],
)
def test_p6_wrong_numbers_are_refused_with_the_field(value: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        rules.licensee_number(value)
    assert caught.value.field == "licensee.number"


@pytest.mark.parametrize(
    "phone,masked",
    [
        ("13812345678", "138****5678"),
        ("0710-1234567", "071*****4567"),
        ("12345", "***45"),
        ("", ""),
    ],
)
def test_p6_contact_masking(phone: str, masked: str) -> None:
    assert rules.mask_phone(phone) == masked


def _actor(*roles: Role, department: int | None = 1, token: bool = False) -> Actor:
    return Actor(
        user_id=None if token else 1,
        username="x",
        department_id=department,
        roles=frozenset(roles),
        token_id=1 if token else None,
        token_department_id=department if token else None,
    )


def test_p6_who_sees_the_full_contact() -> None:
    involved = frozenset({1, 2})
    assert rules.sees_full_contact(_actor(Role.SUPERVISOR, department=1), involved)
    assert rules.sees_full_contact(_actor(Role.APPROVAL_OFFICER, department=2), involved)
    assert rules.sees_full_contact(_actor(Role.COORDINATOR, department=9), involved)
    assert not rules.sees_full_contact(_actor(Role.SUPERVISOR, department=3), involved)
    assert not rules.sees_full_contact(_actor(Role.AUDITOR, department=1), involved)
    assert not rules.sees_full_contact(_actor(department=1, token=True), involved)
    assert not rules.sees_full_contact(ANONYMOUS, involved)


def test_p1_decision_fields_are_checked() -> None:
    good = decision(1, " BK-1 ")
    clean = rules.clean_decision(good)
    assert clean.document_number == "BK-1"
    assert clean.valid_from == good.license_date  # defaults to the license date
    cases = {
        "documentNumber": replace(good, document_number=" "),
        "validUntil": replace(good, valid_until=date(2020, 1, 1)),
        "licenseContent": replace(good, license_content=""),
        "licensee.name": replace(good, licensee=replace(good.licensee, name="")),
        "licensee.contactPhone": replace(
            good, licensee=replace(good.licensee, contact_phone="call me")
        ),
    }
    for field, wrong in cases.items():
        with pytest.raises(InvalidInput) as caught:
            rules.clean_decision(wrong)
        assert caught.value.field == field


def test_s1_the_task_counts_30_working_days_and_the_claim_3() -> None:
    assert (rules.CLAIM_WORKING_DAYS, rules.TASK_WORKING_DAYS) == (3, 30)
