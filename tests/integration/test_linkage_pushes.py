"""Pushes (P1), licensees (P6), routing by the published catalogue and routing gaps."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain.accounts.actor import SYSTEM
from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.catalogue.services import links, publication
from domain.clock import FixedClock
from domain.deadlines.models import Deadline
from domain.errors import Conflict, InvalidInput, PermissionDenied
from domain.linkage.models import Licensee, LinkageEvent, Push
from domain.linkage.rules import LicenseeData, PushSource, PushStatus
from domain.linkage.services import pushes
from domain.linkage.services.pushes import DecisionImportRejected
from shenguan.pubsub import get_pubsub
from tests.linkage_factories import company_number, decision, make_linked_county, record

pytestmark = pytest.mark.usefixtures("db", "clock")


async def test_p1_a_decision_is_pushed_to_the_linked_department_with_every_field() -> None:
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "保审食许〔2026〕1号")
    stored = await Push.get(id=push.id)
    assert stored.status == PushStatus.TO_CLAIM
    assert stored.department_id == county.scj.id
    assert stored.supervision_sub_item_id == catalogue.sub
    assert stored.approval_department_id == county.spj.id
    assert (stored.approval_item_name, stored.handling_item_name) == ("食品经营许可", "新办")
    assert stored.document_number == "保审食许〔2026〕1号"
    assert stored.license_date == date(2026, 6, 1)
    assert (stored.valid_from, stored.valid_until) == (date(2026, 6, 1), date(2031, 5, 31))
    assert stored.license_content.startswith("预包装食品")
    assert stored.materials == ["申请书", "营业执照", "经营场所平面图"]
    assert stored.handling_opinion.startswith("材料齐全")
    assert stored.source == PushSource.RECORDED
    licensee = await Licensee.get(id=stored.licensee_id)
    assert licensee.number == company_number(1) and licensee.contact_phone == "13812345678"
    actions = set(
        await AuditEvent.filter(target_type="Push", target_id=str(push.id)).values_list(
            "action", flat=True
        )
    )
    assert actions == {"push.create"}


async def test_p2_claim_deadline_opens_at_the_push_across_national_day(
    clock: FixedClock,
) -> None:
    await calendar_services.seed_from_package()
    clock.set(datetime(2025, 9, 30, 16, 0, tzinfo=SHANGHAI))
    county, catalogue = await make_linked_county(date(2025, 9, 30))
    push = await record(county, catalogue, "BK-1", license_date=date(2025, 9, 30))
    # Oct 1–8 are the 2025 National Day and Mid-Autumn holidays; Sat 11 Oct is worked.
    assert push.claim_due_at == datetime(2025, 10, 11, 23, 59, 59, tzinfo=SHANGHAI)
    assert not push.claim_due_provisional
    deadline = await Deadline.get(id=push.claim_deadline_id)
    assert (deadline.kind, deadline.subject_type, deadline.subject_id) == (
        "push.claim",
        "Push",
        push.id,
    )
    assert deadline.department_id == county.scj.id and deadline.working_days == 3


async def test_p1_routing_by_the_catalogue_in_effect_on_the_decision_date(
    clock: FixedClock,
) -> None:
    county, catalogue = await make_linked_county(date(2026, 6, 1))
    # A second version, from 10 June, without the link.
    link = await links.propose_link(SYSTEM, catalogue.gap, county.zjj.id)
    await links.reject_link(SYSTEM, link.id, "不属于本部门")
    routed = await links.propose_link(SYSTEM, catalogue.gap, county.zjj.id)
    sub = await _zjj_sub(county)
    await links.confirm_link(SYSTEM, routed.id, sub)
    await publication.publish_catalogue(SYSTEM, date(2026, 6, 10))
    before = await record(
        county, catalogue, "BK-2", handling=catalogue.gap, license_date=date(2026, 6, 5)
    )
    after = await record(
        county, catalogue, "BK-3", handling=catalogue.gap, license_date=date(2026, 6, 10)
    )
    assert before.status == PushStatus.ROUTING_GAP and before.department_id is None
    assert after.status == PushStatus.TO_CLAIM and after.department_id == county.zjj.id


async def _zjj_sub(county: object) -> int:
    from tests.catalogue_factories import make_sub_item, make_supervision_item

    item = await make_supervision_item(county.zjj, "Z-1")  # type: ignore[attr-defined]
    return (await make_sub_item(item, "Z-1-1")).id


async def test_p1_a_routing_gap_is_kept_for_the_coordinator() -> None:
    county, catalogue = await make_linked_county()
    received: list[dict[str, object]] = []
    async with get_pubsub().subscribe("linkage:coordination") as messages:
        push = await record(county, catalogue, "BK-GAP", handling=catalogue.gap)
        received.append(await anext(messages))
    assert push.status == PushStatus.ROUTING_GAP and push.department_id is None
    assert push.claim_deadline_id is not None
    event = await LinkageEvent.get(push_id=push.id)
    assert event.kind == "ROUTING_GAP" and event.department_id is None
    assert received == [
        {
            "eventId": event.id,
            "kind": "ROUTING_GAP",
            "departmentId": None,
            "pushId": push.id,
            "taskId": None,
            "reversePushId": None,
            "licenseRequestId": None,
        }
    ]


async def test_p1_push_event_is_written_and_published_to_the_department() -> None:
    county, catalogue = await make_linked_county()
    async with get_pubsub().subscribe(f"linkage:{county.scj.id}") as messages:
        push = await record(county, catalogue, "BK-EV")
        message = await anext(messages)
    event = await LinkageEvent.get(push_id=push.id)
    assert (event.kind, event.department_id) == ("PUSH_RECEIVED", county.scj.id)
    assert message["eventId"] == event.id and message["pushId"] == push.id


async def test_p6_one_licensee_per_number_updated_by_a_later_decision() -> None:
    county, catalogue = await make_linked_county()
    first = await record(county, catalogue, "BK-A", serial=7)
    second = await record(county, catalogue, "BK-B", serial=7, phone="13900001111")
    assert first.licensee_id == second.licensee_id
    assert await Licensee.all().count() == 1
    licensee = await Licensee.get(id=first.licensee_id)
    assert licensee.contact_phone == "13900001111"
    update = await AuditEvent.get(action="licensee.update")
    assert update.before["contact_phone"] == "13812345678"  # type: ignore[index]
    assert update.after["contact_phone"] == "13900001111"  # type: ignore[index]


async def test_p6_a_wrong_check_digit_is_refused_and_nothing_is_written() -> None:
    county, catalogue = await make_linked_county()
    good = decision(catalogue.routed, "BK-X")
    wrong = company_number(1)[:-1] + ("0" if company_number(1)[-1] != "0" else "1")
    bad = good.__class__(**{**good.__dict__, "licensee": LicenseeData(wrong, "某公司")})
    with pytest.raises(InvalidInput) as caught:
        await pushes.record_approval_decision(county.actor("spj.officer"), bad)
    assert caught.value.field == "licensee.number"
    assert await Push.all().count() == 0 and await Licensee.all().count() == 0


async def test_p1_only_approval_officers_of_the_item_department_record() -> None:
    county, catalogue = await make_linked_county()
    with pytest.raises(PermissionDenied):
        await pushes.record_approval_decision(
            county.actor("scj.sup"), decision(catalogue.routed, "BK-S")
        )
    with pytest.raises(PermissionDenied):
        await pushes.record_approval_decision(
            county.actor("coordinator"), decision(catalogue.routed, "BK-C")
        )
    assert await Push.all().count() == 0


async def test_p1_a_document_number_is_pushed_once() -> None:
    county, catalogue = await make_linked_county()
    await record(county, catalogue, "BK-1")
    with pytest.raises(Conflict) as caught:
        await record(county, catalogue, "BK-1", serial=2)
    assert caught.value.field == "documentNumber"
    assert await Push.all().count() == 1 and await Licensee.all().count() == 1


async def test_p1_import_is_all_or_nothing_with_errors_per_row() -> None:
    county, _ = await make_linked_county()
    rows = [
        decision("F-1-01", "IMP-1", serial=1),
        decision("F-1-01", "IMP-1", serial=2),  # repeated document number
        decision("NOPE-9", "IMP-3", serial=3),  # unknown handling item
        decision("F-1-02", "IMP-4", serial=4),
    ]
    with pytest.raises(DecisionImportRejected) as caught:
        await pushes.import_approval_decisions(SYSTEM, rows)
    assert [(e.row, e.field) for e in caught.value.errors] == [
        (2, "documentNumber"),
        (3, "handlingItemId"),
    ]
    assert await Push.all().count() == 0 and await Licensee.all().count() == 0
    good = [rows[0], rows[3]]
    imported = await pushes.import_approval_decisions(SYSTEM, good)
    assert [p.status for p in imported] == [PushStatus.TO_CLAIM, PushStatus.ROUTING_GAP]
    assert all(p.source == PushSource.IMPORTED for p in imported)
    assert all(p.approval_department_id == county.spj.id for p in imported)


async def test_p1_pushed_at_is_the_clock_time(clock: FixedClock) -> None:
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-T")
    assert push.pushed_at == datetime(2026, 6, 1, 2, 0, tzinfo=UTC)
