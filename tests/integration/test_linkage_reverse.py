"""Reverse pushes (P5, 制度 Art 20(2)): pushed within 3 working days after the decision,
claimed within 3 working days (T4: late recorded), one claim wins, who may do what."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time

import pytest

from domain.accounts.actor import DepartmentKind
from domain.attachments import services as attachments
from domain.attachments.models import Attachment
from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.deadlines.models import Deadline
from domain.errors import ErrorCode, InvalidInput, NotFound, PermissionDenied
from domain.linkage.errors import NotResponsibleDepartment, ReversePushStateInvalid
from domain.linkage.models import Licensee, LinkageEvent, Push, ReversePush
from domain.linkage.rules import (
    LicenseStatus,
    ReversePushData,
    ReversePushKind,
    ReversePushStatus,
)
from domain.linkage.services import due_times, reverse
from tests.catalogue_factories import County
from tests.factories import make_department, make_user
from tests.linkage_factories import company_number, make_linked_county, record

pytestmark = pytest.mark.usefixtures("db", "clock")


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=SHANGHAI)


def data(
    decision_date: date,
    *,
    kind: ReversePushKind = ReversePushKind.PENALTY,
    number: str = "保市监罚〔2026〕1号",
    licensee: str | None = None,
    **kw: object,
) -> ReversePushData:
    return ReversePushData(
        kind=kind,
        document_number=number,
        licensee_number=licensee or company_number(1),
        decision_date=decision_date,
        content="超范围经营，罚款人民币五千元。",
        **kw,  # type: ignore[arg-type]
    )


async def _snapshot() -> tuple[object, ...]:
    return (
        await ReversePush.all()
        .order_by("id")
        .values_list("status", "claimed_at", "claim_late_working_days"),
        await Push.all().order_by("id").values_list("license_status", flat=True),
        await Licensee.all().count(),
        await Deadline.all().count(),
        await AuditEvent.all().count(),
        await LinkageEvent.all().count(),
        await Attachment.filter(owner_type__isnull=False).count(),
    )


async def _county_with_push(clock: FixedClock, day: date) -> tuple[County, Push]:
    """A county, the 2026 calendar, and a push supervised by SCJ (licensee serial 1)."""
    await calendar_services.seed_from_package()
    clock.set(at(date(2026, 6, 1)))
    county, catalogue = await make_linked_county(date(2026, 6, 1))
    push = await record(county, catalogue, "BK-1")
    clock.set(at(day))
    return county, push


async def test_p5_reverse_push_on_time_across_a_weekend(clock: FixedClock) -> None:
    county, push = await _county_with_push(clock, date(2026, 6, 9))
    # Decided Thu 4 June: Fri 5, Mon 8, Tue 9 — due Tue 9 June 23:59:59; pushed Tue.
    row = await reverse.reverse_push(
        county.actor("scj.sup"), data(date(2026, 6, 4), push_id=push.id)
    )
    assert row.push_late_working_days == 0
    assert (row.department_id, row.approval_department_id, row.push_id) == (
        county.scj.id,
        county.spj.id,
        push.id,
    )
    assert row.status == ReversePushStatus.TO_CLAIM
    pushed = await Deadline.get(id=row.push_deadline_id)
    assert (pushed.kind, pushed.started_at, pushed.working_days) == (
        "reverse_push.push",
        at(date(2026, 6, 4), 12),
        3,
    )
    assert pushed.due_at == datetime(2026, 6, 9, 23, 59, 59, tzinfo=SHANGHAI)
    assert pushed.closed_at == clock.now() and pushed.closed_late_by_working_days == 0
    # The claim: 3 working days from the push (Wed 10, Thu 11, Fri 12), for SPJ.
    claim = await Deadline.get(id=row.claim_deadline_id)
    assert (claim.kind, claim.department_id, claim.closed_at) == (
        "reverse_push.claim",
        county.spj.id,
        None,
    )
    assert row.claim_due_at == claim.due_at == datetime(2026, 6, 12, 23, 59, 59, tzinfo=SHANGHAI)
    events = await LinkageEvent.filter(reverse_push_id=row.id).values_list(
        "kind", "department_id", "push_id"
    )
    assert events == [("REVERSE_PUSH_RECEIVED", county.spj.id, push.id)]
    assert await AuditEvent.filter(action="reverse_push.create", target_id=row.id).exists()
    # One day later (Wed 10 June) the same decision is 1 working day late (T4).
    clock.set(at(date(2026, 6, 10)))
    late = await reverse.reverse_push(
        county.actor("scj.admin"), data(date(2026, 6, 4), number="保市监罚〔2026〕2号")
    )
    assert late.push_late_working_days == 1
    assert late.push_id is None and late.approval_department_id == county.spj.id


async def test_p5_t4_a_late_reverse_push_across_national_day_is_recorded(
    clock: FixedClock,
) -> None:
    county, _push = await _county_with_push(clock, date(2026, 10, 10))
    # Decided Wed 30 Sep 2026; 1–7 Oct off, Thu 8, Fri 9, Sat 10 (调休上班) worked:
    # due Sat 10 Oct 23:59:59, ten calendar days later, and still on time then.
    on_time = await reverse.reverse_push(county.actor("scj.sup"), data(date(2026, 9, 30)))
    assert on_time.push_late_working_days == 0
    assert (await Deadline.get(id=on_time.push_deadline_id)).due_at == datetime(
        2026, 10, 10, 23, 59, 59, tzinfo=SHANGHAI
    )
    # Pushed Tue 13 Oct (Sun 11 off): Mon 12 and Tue 13 late.
    clock.set(at(date(2026, 10, 13)))
    late = await reverse.reverse_push(
        county.actor("scj.sup"), data(date(2026, 9, 30), number="保市监罚〔2026〕9号")
    )
    assert late.push_late_working_days == 2
    assert (await Deadline.get(id=late.push_deadline_id)).closed_late_by_working_days == 2
    overdue = reverse.reverse_pushes(
        county.actor("coordinator"), reverse.ReversePushFilter(overdue=True), clock.now()
    )
    assert await overdue.values_list("id", flat=True) == [late.id]


async def test_p5_t4_a_late_claim_is_allowed_and_recorded(clock: FixedClock) -> None:
    county, _push = await _county_with_push(clock, date(2026, 9, 30))
    row = await reverse.reverse_push(county.actor("scj.sup"), data(date(2026, 9, 29)))
    assert row.claim_due_at == datetime(2026, 10, 10, 23, 59, 59, tzinfo=SHANGHAI)
    clock.set(at(date(2026, 10, 12), 9))  # Mon 12 Oct: 1 working day late
    claimed = await reverse.claim_reverse_push(county.actor("spj.officer"), row.id)
    assert claimed.status == ReversePushStatus.CLAIMED
    assert claimed.claimed_at == clock.now()
    assert claimed.claim_late_working_days == 1
    assert (await Deadline.get(id=row.claim_deadline_id)).closed_late_by_working_days == 1
    assert await AuditEvent.filter(action="reverse_push.claim", target_id=row.id).exists()
    on_time = await reverse.reverse_push(
        county.actor("scj.sup"), data(date(2026, 10, 9), number="保市监罚〔2026〕3号")
    )
    claimed = await reverse.claim_reverse_push(county.actor("spj.admin"), on_time.id)
    assert claimed.claim_late_working_days == 0


async def test_p5_exactly_one_of_two_concurrent_claims_wins(clock: FixedClock) -> None:
    county, _push = await _county_with_push(clock, date(2026, 6, 2))
    row = await reverse.reverse_push(county.actor("scj.sup"), data(date(2026, 6, 1)))
    results = await asyncio.gather(
        reverse.claim_reverse_push(county.actor("spj.officer"), row.id),
        reverse.claim_reverse_push(county.actor("spj.admin"), row.id),
        return_exceptions=True,
    )
    won = [r for r in results if isinstance(r, ReversePush)]
    lost = [r for r in results if isinstance(r, BaseException)]
    assert len(won) == 1 and len(lost) == 1, results
    assert isinstance(lost[0], ReversePushStateInvalid)
    assert lost[0].code == ErrorCode.REVERSE_PUSH_STATE_INVALID
    assert await AuditEvent.filter(action="reverse_push.claim").count() == 1
    assert (await Deadline.get(id=row.claim_deadline_id)).closed_at is not None


async def test_p5_who_may_push_and_claim_and_errors_change_nothing(clock: FixedClock) -> None:
    county, push = await _county_with_push(clock, date(2026, 6, 2))
    before = await _snapshot()
    for username in ("spj.officer", "coordinator", "auditor", "admin"):
        with pytest.raises(PermissionDenied):
            await reverse.reverse_push(county.actor(username), data(date(2026, 6, 1)))
    with pytest.raises(NotResponsibleDepartment):  # ZJJ does not supervise this license
        await reverse.reverse_push(county.actor("zjj.sup"), data(date(2026, 6, 1), push_id=push.id))
    with pytest.raises(NotFound):
        await reverse.reverse_push(county.actor("scj.sup"), data(date(2026, 6, 1), push_id=9999))
    with pytest.raises(InvalidInput) as future:
        await reverse.reverse_push(county.actor("scj.sup"), data(date(2026, 6, 3)))
    assert future.value.field == "decisionDate"
    with pytest.raises(InvalidInput) as unknown:  # not registered, no name given (P6)
        await reverse.reverse_push(
            county.actor("scj.sup"), data(date(2026, 6, 1), licensee=company_number(77))
        )
    assert unknown.value.field == "licenseeName"
    with pytest.raises(InvalidInput) as mismatch:  # the license is another licensee's
        await reverse.reverse_push(
            county.actor("scj.sup"),
            data(
                date(2026, 6, 1), push_id=push.id, licensee=company_number(77), licensee_name="乙"
            ),
        )
    assert mismatch.value.field == "licenseeNumber"
    with pytest.raises(InvalidInput) as bad_number:
        await reverse.reverse_push(
            county.actor("scj.sup"), data(date(2026, 6, 1), licensee="91420626MA0000000X")
        )
    assert bad_number.value.field == "licenseeNumber"
    assert await _snapshot() == before

    row = await reverse.reverse_push(county.actor("scj.sup"), data(date(2026, 6, 1)))
    other = await make_department("SPJ2", "另一审批局", DepartmentKind.APPROVAL)
    officer = await make_user("spj2.officer", {*county.users["spj.officer"].actor().roles}, other)
    after_push = await _snapshot()
    with pytest.raises(PermissionDenied):  # a supervisor does not claim
        await reverse.claim_reverse_push(county.actor("scj.sup"), row.id)
    with pytest.raises(PermissionDenied):
        await reverse.claim_reverse_push(county.actor("auditor"), row.id)
    with pytest.raises(NotResponsibleDepartment):
        await reverse.claim_reverse_push(officer.actor(), row.id)
    with pytest.raises(NotFound):
        await reverse.claim_reverse_push(county.actor("spj.officer"), 9999)
    assert await _snapshot() == after_push
    await reverse.claim_reverse_push(county.actor("spj.officer"), row.id)
    after_claim = await _snapshot()
    with pytest.raises(ReversePushStateInvalid):
        await reverse.claim_reverse_push(county.actor("spj.admin"), row.id)
    assert await _snapshot() == after_claim


async def test_p5_p6_the_approval_department_and_a_new_licensee(clock: FixedClock) -> None:
    county, _push = await _county_with_push(clock, date(2026, 6, 2))
    created = await reverse.reverse_push(
        county.actor("scj.sup"),
        data(date(2026, 6, 1), licensee=company_number(42), licensee_name="保康县新登记商行"),
    )
    licensee = await Licensee.get(id=created.licensee_id)
    assert (licensee.number, licensee.name) == (company_number(42), "保康县新登记商行")
    # Known now: later pushes need the number only (P6: entered once).
    again = await reverse.reverse_push(
        county.actor("scj.sup"),
        data(date(2026, 6, 1), number="保市监罚〔2026〕5号", licensee=company_number(42)),
    )
    assert again.licensee_id == licensee.id
    # With a second approval department and no license, the receiver must be named.
    second = await make_department("SPJ2", "另一审批局", DepartmentKind.APPROVAL)
    with pytest.raises(InvalidInput) as several:
        await reverse.reverse_push(county.actor("scj.sup"), data(date(2026, 6, 1)))
    assert several.value.field == "approvalDepartmentId"
    with pytest.raises(InvalidInput):  # a supervision department does not receive them
        await reverse.reverse_push(
            county.actor("scj.sup"), data(date(2026, 6, 1), approval_department_id=county.zjj.id)
        )
    named = await reverse.reverse_push(
        county.actor("scj.sup"), data(date(2026, 6, 1), approval_department_id=second.id)
    )
    assert named.approval_department_id == second.id


async def test_p5_license_revoked_by_the_supervising_department_marks_the_push(
    clock: FixedClock,
) -> None:
    county, push = await _county_with_push(clock, date(2026, 6, 2))
    await reverse.reverse_push(
        county.actor("scj.sup"),
        data(date(2026, 6, 1), kind=ReversePushKind.PENALTY, push_id=push.id),
    )
    assert (await Push.get(id=push.id)).license_status == LicenseStatus.VALID
    await reverse.reverse_push(
        county.actor("scj.sup"),
        data(
            date(2026, 6, 1),
            kind=ReversePushKind.LICENSE_REVOKED,
            number="保市监吊〔2026〕1号",
            push_id=push.id,
        ),
    )
    assert (await Push.get(id=push.id)).license_status == LicenseStatus.REVOKED
    audit = await AuditEvent.get(action="push.license_revoked", target_id=push.id)
    assert audit.before["license_status"] == "VALID"
    assert audit.after["license_status"] == "REVOKED"


async def test_p5_attachments_are_stored_with_the_reverse_push_and_read_by_both_sides(
    clock: FixedClock,
) -> None:
    county, _push = await _county_with_push(clock, date(2026, 6, 2))
    sup = county.actor("scj.sup")
    letter = await attachments.upload(sup, "处罚决定书.pdf", b"%PDF-1.7 decision")
    foreign = await attachments.upload(county.actor("scj.admin"), "他人.pdf", b"%PDF other")
    before = await _snapshot()
    with pytest.raises(InvalidInput) as wrong:  # another user's upload: nothing is stored
        await reverse.reverse_push(
            sup, data(date(2026, 6, 1), attachment_ids=[letter.id, foreign.id])
        )
    assert wrong.value.field == "attachmentIds"
    assert await _snapshot() == before
    assert (await Attachment.get(id=letter.id)).owner_type is None
    row = await reverse.reverse_push(sup, data(date(2026, 6, 1), attachment_ids=[letter.id]))
    stored = await Attachment.get(id=letter.id)
    assert (stored.owner_type, stored.owner_id) == ("ReversePush", row.id)
    for username, readable in (
        ("scj.sup", True),
        ("spj.officer", True),
        ("coordinator", True),
        ("auditor", True),
        ("zjj.sup", False),
    ):
        assert await attachments.can_read(county.actor(username), stored) is readable, username


async def test_p5_a2_the_queue_shows_each_department_its_own(clock: FixedClock) -> None:
    county, _push = await _county_with_push(clock, date(2026, 6, 2))
    first = await reverse.reverse_push(county.actor("scj.sup"), data(date(2026, 6, 1)))
    second = await reverse.reverse_push(
        county.actor("zjj.sup"),
        data(date(2026, 6, 1), kind=ReversePushKind.INSPECTION, number="保住建检〔2026〕1号"),
    )
    await reverse.claim_reverse_push(county.actor("spj.officer"), second.id)
    now = clock.now()

    async def ids(actor_name: str, **kw: object) -> list[int]:
        queryset = reverse.reverse_pushes(
            county.actor(actor_name),
            reverse.ReversePushFilter(**kw),  # type: ignore[arg-type]
            now,
        )
        return await queryset.order_by("claim_due_at", "id").values_list("id", flat=True)

    assert await ids("scj.sup") == [first.id]
    assert await ids("zjj.sup") == [second.id]
    assert sorted(await ids("spj.officer")) == sorted([first.id, second.id])
    assert sorted(await ids("coordinator")) == sorted([first.id, second.id])
    assert sorted(await ids("auditor")) == sorted([first.id, second.id])
    assert await ids("spj.officer", status=ReversePushStatus.TO_CLAIM) == [first.id]
    assert await ids("spj.officer", kind=ReversePushKind.INSPECTION) == [second.id]
    assert await ids("coordinator", department_id=county.zjj.id) == [second.id]
    assert await ids("coordinator", overdue=True) == []


async def test_t1_the_reverse_claim_due_time_follows_its_recomputed_deadline(
    clock: FixedClock,
) -> None:
    county, _push = await _county_with_push(clock, date(2026, 6, 2))
    row = await reverse.reverse_push(county.actor("scj.sup"), data(date(2026, 6, 1)))
    moved = datetime(2026, 6, 8, 23, 59, 59, tzinfo=SHANGHAI)
    await Deadline.filter(id=row.claim_deadline_id).update(due_at=moved, provisional=True)
    assert await due_times.refresh_due_times([row.claim_deadline_id]) == 1
    refreshed = await ReversePush.get(id=row.id)
    assert (refreshed.claim_due_at, refreshed.claim_due_provisional) == (moved, True)
