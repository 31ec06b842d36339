"""Credit (R1, R2, R3): records with source, date and evidence; the blacklist with one
open entry per licensee, removal with a reason; who may do what; audit (A1); records
written by an approved revocation (S4) and by penalty / license-revoked reverse pushes
(P5); typed errors that change nothing."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time

import pytest

from domain.accounts.actor import ANONYMOUS, Actor
from domain.accounts.errors import ReadOnlyToken
from domain.attachments.models import Attachment
from domain.attachments.services import can_read
from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.credit import services as credit
from domain.credit.errors import AlreadyBlacklisted, BlacklistEntryStateInvalid
from domain.credit.models import BlacklistEntry, CreditRecord
from domain.credit.rules import (
    BlacklistData,
    BlacklistStatus,
    CreditGrade,
    CreditRecordData,
    CreditSeverity,
    CreditSource,
)
from domain.errors import (
    ErrorCode,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    PermissionDenied,
)
from domain.linkage.models import Licensee
from domain.linkage.rules import LicenseRequestKind, ReversePushData, ReversePushKind
from domain.linkage.services import requests, reverse
from tests.catalogue_factories import County
from tests.linkage_factories import company_number, make_linked_county, record
from tests.results_factories import claimed_task, evidence

pytestmark = pytest.mark.usefixtures("db", "clock")

TODAY = date(2026, 6, 1)
NUMBER = company_number(1)


def fact(source: CreditSource = CreditSource.PENALTY, **kw: object) -> CreditRecordData:
    values: dict[str, object] = {
        "licensee_number": NUMBER,
        "source": source,
        "occurred_on": date(2026, 5, 20),
        "description": "超范围经营，罚款人民币五千元。",
    } | kw
    return CreditRecordData(**values)  # type: ignore[arg-type]


def entry(**kw: object) -> BlacklistData:
    values: dict[str, object] = {
        "licensee_number": NUMBER,
        "reason": "承诺不实且拒不整改，撤销许可。",
        "legal_basis": "《关于建立完善守信联合激励和失信联合惩戒制度的指导意见》",
        "starts_on": TODAY,
    } | kw
    return BlacklistData(**values)  # type: ignore[arg-type]


async def _county() -> tuple[County, object]:
    county, catalogue = await make_linked_county()
    await record(county, catalogue, "BK-1", serial=1)
    return county, catalogue


async def _snapshot() -> tuple[object, ...]:
    return (
        await CreditRecord.all().order_by("id").values_list("id", "source", "severity"),
        await BlacklistEntry.all()
        .order_by("id")
        .values_list("id", "removed_at", "removal_reason", "open_licensee_id"),
        await AuditEvent.all().count(),
        await Attachment.filter(owner_type__isnull=False).count(),
    )


async def test_r1_a_credit_record_with_source_date_evidence_and_audit() -> None:
    county, _ = await _county()
    files = await evidence(county, "scj.sup", 2)
    row = await credit.add_credit_record(
        county.actor("scj.sup"), fact(attachment_ids=files, severity=CreditSeverity.SERIOUS)
    )
    licensee = await Licensee.get(number=NUMBER)
    assert (row.licensee_id, row.source, row.severity, row.occurred_on) == (
        licensee.id,
        CreditSource.PENALTY,
        CreditSeverity.SERIOUS,
        date(2026, 5, 20),
    )
    assert (row.department_id, row.recorded_by_id) == (
        county.scj.id,
        county.users["scj.sup"].id,
    )
    owners = await Attachment.filter(id__in=files).values_list("owner_type", "owner_id")
    assert owners == [("CreditRecord", row.id)] * 2
    # Evidence is readable like the record: by any reader, an auditor included.
    assert await can_read(county.actor("auditor"), await Attachment.get(id=files[0]))
    audit = await AuditEvent.get(target_type="CreditRecord", target_id=str(row.id))
    assert audit.action == "credit_record.create" and audit.after["source"] == "PENALTY"
    assert audit.department_id == county.scj.id
    # R3: one serious record in three years.
    assert (await credit.grade_of(licensee.id, TODAY)).grade == CreditGrade.C


@pytest.mark.parametrize(
    ("username", "department", "allowed"),
    [
        ("spj.officer", "spj", True),
        ("spj.admin", "spj", True),
        ("scj.sup", "scj", True),
        ("scj.admin", "scj", True),
        ("coordinator", "scj", True),  # any department
        ("scj.sup", "spj", False),  # another department's facts
        ("spj.officer", "scj", False),
        ("auditor", None, False),
        ("admin", None, False),
    ],
)
async def test_r1_who_may_record_credit(
    username: str, department: str | None, allowed: bool
) -> None:
    county, _ = await _county()
    department_id = getattr(county, department).id if department else None
    before = await _snapshot()
    if allowed:
        row = await credit.add_credit_record(
            county.actor(username), fact(department_id=department_id)
        )
        assert row.department_id == department_id
        return
    with pytest.raises(PermissionDenied):
        await credit.add_credit_record(county.actor(username), fact(department_id=department_id))
    assert await _snapshot() == before


@pytest.mark.parametrize(
    ("username", "allowed"),
    [
        ("coordinator", True),
        ("spj.admin", True),  # the approval department's admin
        ("spj.officer", False),
        ("scj.admin", False),  # a supervision department's admin
        ("scj.sup", False),
        ("auditor", False),
        ("admin", False),
    ],
)
async def test_r2_who_may_add_and_remove_blacklist_entries(username: str, allowed: bool) -> None:
    county, _ = await _county()
    actor = county.actor(username)
    before = await _snapshot()
    if not allowed:
        with pytest.raises(PermissionDenied):
            await credit.add_to_blacklist(actor, entry())
        assert await _snapshot() == before
        row = await credit.add_to_blacklist(county.actor("coordinator"), entry())
        before = await _snapshot()
        with pytest.raises(PermissionDenied):
            await credit.remove_from_blacklist(actor, row.id, "已信用修复。")
        assert await _snapshot() == before
        return
    row = await credit.add_to_blacklist(actor, entry())
    assert row.department_id == actor.department_id
    removed = await credit.remove_from_blacklist(actor, row.id, "已信用修复。")
    assert removed.removed_by_id == actor.user_id


async def test_r2_tokens_and_anonymous_change_nothing(clock: FixedClock) -> None:
    await _county()
    token = Actor(None, "token:all", None, token_id=1)
    with pytest.raises(ReadOnlyToken):
        await credit.add_to_blacklist(token, entry())
    with pytest.raises(ReadOnlyToken):
        await credit.add_credit_record(token, fact())
    with pytest.raises(NotAuthenticated):
        await credit.add_to_blacklist(ANONYMOUS, entry())
    assert await CreditRecord.all().count() == 0 and await BlacklistEntry.all().count() == 0


async def test_r2_blacklist_one_open_entry_removal_with_reason_audited(clock: FixedClock) -> None:
    county, _ = await _county()
    licensee = await Licensee.get(number=NUMBER)
    coordinator = county.actor("coordinator")
    row = await credit.add_to_blacklist(coordinator, entry())
    assert (row.starts_on, row.ends_on, row.open_licensee_id) == (TODAY, None, licensee.id)
    assert (await credit.grade_of(licensee.id, TODAY)).grade == CreditGrade.D
    # R2: at most one open entry per licensee, whoever asks.
    before = await _snapshot()
    with pytest.raises(AlreadyBlacklisted) as error:
        await credit.add_to_blacklist(county.actor("spj.admin"), entry(reason="再次列入"))
    assert (error.value.code, error.value.field) == (ErrorCode.CONFLICT, "licenseeNumber")
    # Removal needs a reason.
    with pytest.raises(InvalidInput) as invalid:
        await credit.remove_from_blacklist(coordinator, row.id, "  ")
    assert invalid.value.field == "reason"
    with pytest.raises(NotFound):
        await credit.remove_from_blacklist(coordinator, row.id + 99, "理由")
    assert await _snapshot() == before

    clock.set(datetime.combine(date(2026, 6, 10), time(15), tzinfo=SHANGHAI))
    removed = await credit.remove_from_blacklist(coordinator, row.id, "已信用修复。")
    assert (removed.removal_reason, removed.open_licensee_id) == ("已信用修复。", None)
    with pytest.raises(BlacklistEntryStateInvalid):
        await credit.remove_from_blacklist(coordinator, row.id, "再次移出")
    # Active until the day of its removal (R3 as of a day).
    assert (await credit.grade_of(licensee.id, date(2026, 6, 9))).grade == CreditGrade.D
    assert (await credit.grade_of(licensee.id, date(2026, 6, 10))).grade == CreditGrade.A
    # A1: both changes on record, before and after.
    events = (
        await AuditEvent.filter(target_type="BlacklistEntry", target_id=str(row.id))
        .order_by("seq")
        .values_list("action", flat=True)
    )
    assert events == ["blacklist_entry.add", "blacklist_entry.remove"]
    removal = await AuditEvent.get(action="blacklist_entry.remove")
    assert (
        removal.before["removal_reason"] == "" and removal.after["removal_reason"] == "已信用修复。"
    )
    # Removed: the licensee may be listed again.
    again = await credit.add_to_blacklist(coordinator, entry(starts_on=date(2026, 6, 10)))
    assert again.open_licensee_id == licensee.id


async def test_r2_an_ended_entry_is_no_longer_active_and_makes_room(clock: FixedClock) -> None:
    county, _ = await _county()
    licensee = await Licensee.get(number=NUMBER)
    coordinator = county.actor("coordinator")
    row = await credit.add_to_blacklist(
        coordinator, entry(starts_on=date(2026, 5, 1), ends_on=date(2026, 6, 30))
    )
    assert (await credit.grade_of(licensee.id, date(2026, 6, 30))).blacklisted
    clock.set(datetime.combine(date(2026, 7, 1), time(9), tzinfo=SHANGHAI))
    assert not (await credit.grade_of(licensee.id, date(2026, 7, 1))).blacklisted
    with pytest.raises(BlacklistEntryStateInvalid):
        await credit.remove_from_blacklist(coordinator, row.id, "已到期")
    active = credit.blacklist_entries(
        coordinator, credit.BlacklistFilter(active=True), date(2026, 7, 1)
    )
    assert await active.count() == 0
    second = await credit.add_to_blacklist(coordinator, entry(starts_on=date(2026, 7, 1)))
    assert (await BlacklistEntry.get(id=row.id)).open_licensee_id is None
    assert second.open_licensee_id == licensee.id


async def test_r2_blacklist_entries_filter_by_their_status_today() -> None:
    county, catalogue = await _county()
    for serial in (2, 3, 4):
        await record(county, catalogue, f"BK-{serial}", serial=serial)
    coordinator = county.actor("coordinator")
    rows = {
        "ACTIVE": await credit.add_to_blacklist(coordinator, entry(starts_on=date(2026, 5, 1))),
        "PENDING": await credit.add_to_blacklist(
            coordinator, entry(licensee_number=company_number(2), starts_on=date(2026, 7, 1))
        ),
        "ENDED": await credit.add_to_blacklist(
            coordinator,
            entry(
                licensee_number=company_number(3),
                starts_on=date(2026, 5, 1),
                ends_on=date(2026, 6, 10),
            ),
        ),
        "REMOVED": await credit.add_to_blacklist(
            coordinator, entry(licensee_number=company_number(4), starts_on=date(2026, 5, 1))
        ),
    }
    await credit.remove_from_blacklist(coordinator, rows["REMOVED"].id, "已信用修复。")
    later = date(2026, 6, 15)  # the ENDED entry's last day has passed, PENDING not begun
    for status in BlacklistStatus:
        found = credit.blacklist_entries(coordinator, credit.BlacklistFilter(status=status), later)
        assert await found.values_list("id", flat=True) == [rows[status.value].id], status
    active = credit.blacklist_entries(coordinator, credit.BlacklistFilter(active=True), later)
    assert await active.values_list("id", flat=True) == [rows["ACTIVE"].id]


async def test_r2_two_concurrent_adds_make_one_entry() -> None:
    county, _ = await _county()
    results = await asyncio.gather(
        credit.add_to_blacklist(county.actor("coordinator"), entry()),
        credit.add_to_blacklist(county.actor("spj.admin"), entry()),
        return_exceptions=True,
    )
    assert sorted(type(r).__name__ for r in results) == ["AlreadyBlacklisted", "BlacklistEntry"]
    assert await BlacklistEntry.all().count() == 1
    assert await AuditEvent.filter(action="blacklist_entry.add").count() == 1


async def test_r1_an_approved_revocation_writes_a_serious_credit_record() -> None:
    county, catalogue = await make_linked_county()
    push, _ = await claimed_task(county, catalogue, "BK-1")
    request = await requests.submit_license_request(
        county.actor("scj.sup"),
        push.id,
        LicenseRequestKind.REVOKE,
        "拒不整改冷藏设施问题。",
        attachment_ids=await evidence(county, "scj.sup"),
    )
    await requests.decide_license_request(
        county.actor("spj.admin"),
        request.id,
        approved=True,
        decision_note="同意撤销。",
        decision_document_number="保审批撤〔2026〕1号",
    )
    row = await CreditRecord.get(licensee_id=push.licensee_id)
    assert (row.source, row.severity, row.occurred_on, row.department_id) == (
        CreditSource.REVOCATION,
        CreditSeverity.SERIOUS,
        TODAY,
        county.spj.id,
    )
    assert (row.subject_type, row.subject_id) == ("LicenseRequest", request.id)
    assert "拒不整改冷藏设施问题" in row.description
    audit = await AuditEvent.get(action="credit_record.create")
    assert (audit.actor_username, audit.target_id) == ("spj.admin", str(row.id))
    assert (await credit.grade_of(push.licensee_id, TODAY)).grade == CreditGrade.C


@pytest.mark.parametrize("kind", [LicenseRequestKind.CHANGE, LicenseRequestKind.CANCEL])
async def test_r1_other_approved_requests_write_no_credit_record(kind: LicenseRequestKind) -> None:
    county, catalogue = await make_linked_county()
    push, _ = await claimed_task(county, catalogue, "BK-1")
    request = await requests.submit_license_request(
        county.actor("scj.sup"),
        push.id,
        kind,
        "经营场所变更。",
        attachment_ids=await evidence(county, "scj.sup"),
    )
    await requests.decide_license_request(
        county.actor("spj.admin"),
        request.id,
        approved=True,
        decision_document_number="保审批〔2026〕2号",
    )
    assert await CreditRecord.all().count() == 0


@pytest.mark.parametrize(
    ("kind", "source", "severity"),
    [
        (ReversePushKind.PENALTY, CreditSource.PENALTY, CreditSeverity.MINOR),
        (ReversePushKind.LICENSE_REVOKED, CreditSource.REVOCATION, CreditSeverity.SERIOUS),
        (ReversePushKind.INSPECTION, None, None),
    ],
)
async def test_r1_p5_penalty_and_license_revoked_reverse_pushes_write_credit_records(
    clock: FixedClock,
    kind: ReversePushKind,
    source: CreditSource | None,
    severity: CreditSeverity | None,
) -> None:
    await calendar_services.seed_from_package()
    county, catalogue = await make_linked_county()
    push, _ = await claimed_task(county, catalogue, "BK-1")
    row = await reverse.reverse_push(
        county.actor("scj.sup"),
        ReversePushData(
            kind=kind,
            document_number="保市监罚〔2026〕1号",
            licensee_number=NUMBER,
            decision_date=date(2026, 5, 29),
            content="超范围经营，罚款人民币五千元。",
            push_id=push.id,
        ),
    )
    records = await CreditRecord.all()
    if source is None:
        assert records == []
        return
    assert [(r.source, r.severity, r.occurred_on, r.department_id) for r in records] == [
        (source, severity, date(2026, 5, 29), county.scj.id)
    ]
    assert (records[0].subject_type, records[0].subject_id) == ("ReversePush", row.id)
    assert records[0].description.startswith("保市监罚〔2026〕1号")


async def test_p6_r2_a_wrong_check_digit_is_named_before_any_lookup() -> None:
    county, _ = await _county()
    coordinator = county.actor("coordinator")
    wrong = NUMBER[:-1] + ("0" if NUMBER[-1] != "0" else "1")
    for attempt in (
        credit.add_to_blacklist(coordinator, entry(licensee_number=wrong)),
        credit.add_credit_record(coordinator, fact(licensee_number=wrong)),
    ):
        with pytest.raises(InvalidInput) as raised:
            await attempt
        assert raised.value.field == "licenseeNumber" and "校验位" in raised.value.message
    assert await CreditRecord.all().count() == 0 and await BlacklistEntry.all().count() == 0


async def test_r2_an_approval_admin_removes_only_the_entries_of_their_department() -> None:
    county, _ = await _county()
    row = await credit.add_to_blacklist(county.actor("coordinator"), entry())
    before = await _snapshot()
    with pytest.raises(PermissionDenied):
        await credit.remove_from_blacklist(county.actor("spj.admin"), row.id, "已信用修复。")
    assert await _snapshot() == before
    removed = await credit.remove_from_blacklist(county.actor("coordinator"), row.id, "已修复。")
    assert removed.removed_at is not None
