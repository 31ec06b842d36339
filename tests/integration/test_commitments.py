"""Notification-commitment approval on a database: K1 credit checks recorded and audited,
K2 材料延期 commitments (promise deadline, the applicant's reminder the day before,
issuing and pushing, overdue revocation with a credit record and a blacklist entry)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.commitments.models import Commitment, CreditCheck
from domain.commitments.rules import CommitmentStatus, RevocationReason
from domain.commitments.services import checks, commitments
from domain.commitments.services.commitments import RevocationData
from domain.credit import services as credit
from domain.credit.models import BlacklistEntry, CreditRecord
from domain.credit.rules import BlacklistData, CreditGrade, CreditSource
from domain.deadlines.models import Deadline
from domain.errors import Conflict, ErrorCode, InvalidInput, PermissionDenied
from domain.linkage.models import Licensee, Push
from domain.reminders.models import Delivery
from domain.reminders.services import sweep_reminders
from tests.commitment_factories import (
    commitment_data,
    credit_check,
    issue_data,
    make_commitment,
    make_commitment_county,
)
from tests.linkage_factories import company_number, person_number

pytestmark = pytest.mark.usefixtures("db", "clock")

NUMBER = company_number(1)


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI).astimezone(UTC)


async def _snapshot() -> tuple[object, ...]:
    return (
        await CreditCheck.all().count(),
        await Commitment.all().values_list("id", "status"),
        await CreditRecord.all().count(),
        await BlacklistEntry.all().count(),
        await Push.all().count(),
        await Deadline.all().count(),
        await AuditEvent.all().count(),
    )


# ---- K1 -----------------------------------------------------------------------------------


async def test_k1_an_unknown_applicant_is_grade_a_allowed_and_the_check_is_recorded() -> None:
    county, items = await make_commitment_county()
    row = await credit_check(county, f" {NUMBER.lower()} ")
    assert (row.licensee_number, row.licensee_id, row.grade, row.blacklisted, row.allowed) == (
        NUMBER,
        None,
        CreditGrade.A,
        False,
        True,
    )
    assert (row.asked_by_id, row.department_id, row.approval_item_id) == (
        county.users["spj.officer"].id,
        county.spj.id,
        items.food,
    )
    assert "按低风险（A）处理" in row.reasons[0] and "允许告知承诺审批" in row.reasons[-1]
    audit = await AuditEvent.get(target_type="CreditCheck", target_id=str(row.id))
    assert audit.action == "credit_check.run" and audit.after["allowed"] is True


async def test_k1_a_person_by_id_number_and_a_blacklisted_company_refused() -> None:
    county, items = await make_commitment_county()
    person = await credit_check(county, person_number(7))
    assert person.licensee_kind == "PERSON" and person.allowed
    # A known licensee on the blacklist: grade D, hit, refused with the reasons.
    await make_commitment(county, items, await credit_check(county, NUMBER))
    await credit.add_to_blacklist(
        county.actor("coordinator"),
        BlacklistData(
            licensee_number=NUMBER,
            reason="承诺不实",
            legal_basis="依据",
            starts_on=date(2026, 6, 1),
        ),
    )
    row = await credit_check(county, NUMBER)
    licensee = await Licensee.get(number=NUMBER)
    assert (row.licensee_id, row.grade, row.blacklisted, row.allowed) == (
        licensee.id,
        CreditGrade.D,
        True,
        False,
    )
    assert any("黑名单" in r for r in row.reasons)


async def test_k1_an_item_not_eligible_is_refused() -> None:
    county, items = await make_commitment_county()
    row = await credit_check(county, NUMBER, items.water)
    assert not row.allowed and "不适用告知承诺制" in row.reasons[-1]


async def test_k1_a_wrong_check_digit_is_a_field_error_and_nothing_is_recorded() -> None:
    county, _ = await make_commitment_county()
    before = await _snapshot()
    with pytest.raises(InvalidInput) as raised:
        await credit_check(county, NUMBER[:-1] + ("0" if NUMBER[-1] != "0" else "1"))
    assert raised.value.field == "licenseeNumber" and "校验位" in raised.value.message
    assert await _snapshot() == before


@pytest.mark.parametrize(
    ("username", "error"),
    [
        ("scj.sup", PermissionDenied),
        ("scj.admin", PermissionDenied),
        ("coordinator", PermissionDenied),
        ("auditor", PermissionDenied),
    ],
)
async def test_k1_only_the_approval_department_runs_credit_checks(
    username: str, error: type[Exception]
) -> None:
    county, _ = await make_commitment_county()
    with pytest.raises(error):
        await credit_check(county, NUMBER, user=username)
    assert await CreditCheck.all().count() == 0


async def test_k1_checks_are_read_by_their_department_coordinators_and_auditors() -> None:
    county, _ = await make_commitment_county()
    row = await credit_check(county, NUMBER, user="spj.admin")
    for username, seen in [("spj.officer", 1), ("coordinator", 1), ("auditor", 1), ("scj.sup", 0)]:
        found = await checks.credit_checks(county.actor(username), checks.CreditCheckFilter())
        assert len(found) == seen, username
    assert await checks.credit_check(county.actor("scj.sup"), row.id) is None


# ---- K2 -----------------------------------------------------------------------------------


async def test_k2_a_commitment_relies_on_an_allowed_check_of_its_item() -> None:
    county, items = await make_commitment_county()
    refused = await credit_check(county, NUMBER, items.water)
    with pytest.raises(InvalidInput) as raised:
        await make_commitment(county, items, refused)
    assert raised.value.field == "creditCheckId"
    with pytest.raises(InvalidInput) as raised:
        await commitments.create_commitment(
            county.actor("spj.officer"),
            commitment_data(await credit_check(county, NUMBER), items.water_new),
        )
    assert raised.value.field == "handlingItemId"
    assert await Commitment.all().count() == 0


async def test_k2_the_promise_deadline_and_the_applicants_reminder_the_day_before(
    clock: FixedClock,
) -> None:
    await calendar_services.seed_from_package()
    county, items = await make_commitment_county()
    row = await make_commitment(county, items, await credit_check(county, NUMBER))
    licensee = await Licensee.get(id=row.licensee_id)
    assert (licensee.number, licensee.name) == (NUMBER, "保康县示例食品有限公司")  # P6
    deadline = await Deadline.get(id=row.deadline_id)
    assert (deadline.subject_type, deadline.kind, deadline.department_id) == (
        "Commitment",
        "commitment.materials",
        county.spj.id,
    )
    assert row.due_at == deadline.due_at == at(date(2026, 6, 10), 23, 59) + timedelta(seconds=59)
    assert deadline.next_reminder_at == at(date(2026, 6, 9))  # 承诺期限截止前一天 09:00
    assert await sweep_reminders(at(date(2026, 6, 8), 18)) == []
    made = await sweep_reminders(at(date(2026, 6, 9)))
    rows = await Delivery.filter(id__in=made).order_by("id")
    assert sorted((str(d.channel), d.address, d.recipient_user_id) for d in rows) == [
        ("EMAIL", "boss@shipin.example", None),
        ("SMS", "13812345678", None),
    ]
    sms = next(d for d in rows if d.channel == "SMS")
    assert "食品经营许可" in sms.body and "保康县示例食品有限公司" in sms.body


async def test_k2_a_deadline_of_n_working_days_counts_working_days() -> None:
    await calendar_services.seed_from_package()
    county, items = await make_commitment_county()
    row = await make_commitment(
        county, items, await credit_check(county, NUMBER), due_on=None, due_working_days=5
    )
    # Mon 1 June 2026 + 5 working days = Mon 8 June.
    assert row.due_at == at(date(2026, 6, 8), 23, 59) + timedelta(seconds=59)


async def test_k2_materials_handed_in_on_time_issue_and_push_the_license(
    clock: FixedClock,
) -> None:
    county, items = await make_commitment_county()
    row = await make_commitment(county, items, await credit_check(county, NUMBER))
    with pytest.raises(InvalidInput) as raised:
        await commitments.issue_committed_license(
            county.actor("spj.officer"), issue_data(row, handed_in_materials=[])
        )
    assert raised.value.field == "handedInMaterials" and "从业人员健康证明" in raised.value.message
    clock.set(at(date(2026, 6, 5), 15))
    issued = await commitments.issue_committed_license(county.actor("spj.officer"), issue_data(row))
    assert (issued.status, issued.materials_late_working_days) == (CommitmentStatus.ISSUED, 0)
    push = await Push.get(id=issued.push_id)
    assert (push.document_number, push.department_id, push.licensee_id) == (
        "BKSP-2026-K001",
        county.scj.id,
        row.licensee_id,
    )
    assert push.commitment_content.startswith("告知承诺（材料延期）：本单位承诺")
    assert push.materials == ["从业人员健康证明"]
    assert (await Deadline.get(id=row.deadline_id)).closed_at == at(date(2026, 6, 5), 15)
    assert await AuditEvent.filter(action="commitment.issue", target_id=str(row.id)).exists()
    with pytest.raises(Conflict):  # K2 revoke: only pending ones
        await commitments.revoke_commitment(
            county.actor("spj.officer"),
            RevocationData(row.id, RevocationReason.OVERDUE, "逾期"),
        )


async def test_k2_issued_twice_is_a_conflict_and_changes_nothing(clock: FixedClock) -> None:
    county, items = await make_commitment_county()
    row = await make_commitment(county, items, await credit_check(county, NUMBER))
    await commitments.issue_committed_license(county.actor("spj.officer"), issue_data(row))
    before = await _snapshot()
    with pytest.raises(Conflict) as raised:
        await commitments.issue_committed_license(
            county.actor("spj.officer"), issue_data(row, "BKSP-2026-K002")
        )
    assert raised.value.code == ErrorCode.CONFLICT
    assert await _snapshot() == before


async def test_k2_overdue_revocation_writes_an_overdue_commitment_credit_record(
    clock: FixedClock,
) -> None:
    county, items = await make_commitment_county()
    row = await make_commitment(county, items, await credit_check(county, NUMBER))
    data = RevocationData(row.id, RevocationReason.OVERDUE, "逾期未补交健康证明。")
    with pytest.raises(Conflict) as raised:  # not overdue yet
        await commitments.revoke_commitment(county.actor("spj.officer"), data)
    assert raised.value.code == ErrorCode.CONFLICT
    clock.set(at(date(2026, 6, 11), 10))
    revoked = await commitments.revoke_commitment(county.actor("spj.officer"), data)
    assert (revoked.status, revoked.revocation_reason) == (
        CommitmentStatus.REVOKED,
        RevocationReason.OVERDUE,
    )
    record = await CreditRecord.get(id=revoked.credit_record_id)
    assert (record.source, record.subject_type, record.subject_id, record.department_id) == (
        CreditSource.OVERDUE_COMMITMENT,
        "Commitment",
        row.id,
        county.spj.id,
    )
    assert revoked.materials_late_working_days == 1  # Thu 11 June, one working day late
    assert (await credit.grade_of(row.licensee_id, date(2026, 6, 11))).grade == CreditGrade.B
    assert revoked.blacklist_entry_id is None and revoked.referral_record_id is None


async def test_k2_revocation_with_a_blacklist_entry_by_the_departments_admin(
    clock: FixedClock,
) -> None:
    county, items = await make_commitment_county()
    row = await make_commitment(county, items, await credit_check(county, NUMBER))
    clock.set(at(date(2026, 6, 11), 10))
    data = RevocationData(
        row.id,
        RevocationReason.OVERDUE,
        "逾期未补交且拒不说明。",
        blacklist=True,
        blacklist_legal_basis="《保康县审批监管协调联动工作制度》第二十三条",
    )
    before = await _snapshot()
    # R2: an approval officer may not blacklist: nothing is written.
    with pytest.raises(PermissionDenied):
        await commitments.revoke_commitment(county.actor("spj.officer"), data)
    assert await _snapshot() == before
    revoked = await commitments.revoke_commitment(county.actor("spj.admin"), data)
    entry = await BlacklistEntry.get(id=revoked.blacklist_entry_id)
    assert (entry.licensee_id, entry.department_id) == (row.licensee_id, county.spj.id)
    # The next credit check refuses commitment approval (K1).
    again = await credit_check(county, NUMBER)
    assert (again.grade, again.blacklisted, again.allowed) == (CreditGrade.D, True, False)
