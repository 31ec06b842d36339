"""Approval, handling, supervision and sub-items through the services (C1, C2, C4)."""

from __future__ import annotations

import pytest

from domain.accounts.actor import SYSTEM
from domain.audit.models import AuditEvent
from domain.catalogue.models import ApprovalItem, HandlingItem, SupervisionItem
from domain.catalogue.rules import (
    ApprovalItemData,
    CommitmentMode,
    HandlingItemData,
    KeyArea,
    SupervisionItemData,
    SupervisionSubItemData,
)
from domain.catalogue.services import items
from domain.catalogue.services.common import Change
from domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from domain.transaction import transaction
from tests.catalogue_factories import (
    County,
    make_approval_item,
    make_county,
    make_handling_item,
    make_supervision_item,
)

pytestmark = pytest.mark.usefixtures("db", "clock")


@pytest.fixture
async def county() -> County:
    return await make_county()


async def test_c1_officer_creates_approval_item_and_handling_items_audited(county: County) -> None:
    officer = county.actor("spj.officer")
    item = await items.create_approval_item(
        officer,
        ApprovalItemData(
            code=" spj-food-01 ",
            name="食品经营许可",
            department_id=county.spj.id,
            legal_basis="《中华人民共和国食品安全法》第三十五条",
        ),
    )
    assert item.code == "SPJ-FOOD-01"
    handling = await items.create_handling_item(
        officer, HandlingItemData(code="SPJ-FOOD-01-01", name="新办", approval_item_id=item.id)
    )
    assert handling.approval_item_id == item.id
    events = await AuditEvent.all().order_by("seq")
    assert [(e.action, e.target_type, e.target_id) for e in events[-2:]] == [
        ("approval_item.create", "ApprovalItem", str(item.id)),
        ("handling_item.create", "HandlingItem", str(handling.id)),
    ]
    assert events[-1].department_id == county.spj.id
    assert events[-2].after["name"] == "食品经营许可"  # type: ignore[index]


async def test_c1_approval_item_belongs_to_an_approval_department(county: County) -> None:
    with pytest.raises(InvalidInput) as raised:
        await items.create_approval_item(
            SYSTEM, ApprovalItemData(code="X1", name="某事项", department_id=county.scj.id)
        )
    assert raised.value.field == "departmentId"
    assert await ApprovalItem.all().count() == 0


async def test_supervisor_cannot_create_approval_items(county: County) -> None:
    with pytest.raises(PermissionDenied):
        await items.create_approval_item(
            county.actor("scj.sup"),
            ApprovalItemData(code="X1", name="某事项", department_id=county.spj.id),
        )


async def test_duplicate_code_is_a_conflict_and_nothing_is_written(county: County) -> None:
    await make_approval_item(county, "A-1")
    before = await AuditEvent.all().count()
    with pytest.raises(Conflict) as raised:
        await make_approval_item(county, "a-1")
    assert raised.value.field == "code"
    assert await ApprovalItem.all().count() == 1
    assert await AuditEvent.all().count() == before


async def test_c4_commitment_configuration_is_stored_and_filterable(county: County) -> None:
    item = await make_approval_item(
        county,
        "A-2",
        commitment_eligible=True,
        commitment_modes=["POST_VERIFICATION", "DEFERRED_MATERIALS"],
        verification_period_working_days=20,
        allowed_credit_grades=["b", "A"],
    )
    row = await ApprovalItem.get(id=item.id)
    assert row.commitment_modes == ["DEFERRED_MATERIALS", "POST_VERIFICATION"]
    assert row.allowed_credit_grades == ["A", "B"]
    assert row.requires_post_verification is True
    assert row.commitment_mode_flags == ",DEFERRED_MATERIALS,POST_VERIFICATION,"
    # Dropping POST_VERIFICATION also drops the period and the derived flag.
    await items.update_approval_item(
        county.actor("spj.officer"),
        item.id,
        {
            "commitment_modes": [CommitmentMode.DEFERRED_MATERIALS],
            "verification_period_working_days": None,
        },
    )
    row = await ApprovalItem.get(id=item.id)
    assert row.requires_post_verification is False
    assert row.commitment_mode_flags == ",DEFERRED_MATERIALS,"


async def test_c4_post_verification_without_period_is_refused(county: County) -> None:
    with pytest.raises(InvalidInput) as raised:
        await make_approval_item(
            county,
            "A-3",
            commitment_eligible=True,
            commitment_modes=["POST_VERIFICATION"],
            allowed_credit_grades=["A"],
        )
    assert raised.value.field == "verificationPeriodWorkingDays"


async def test_update_records_before_and_after_and_unchanged_records_nothing(
    county: County,
) -> None:
    item = await make_approval_item(county, "A-4", name="旧名称")
    officer = county.actor("spj.officer")
    await items.update_approval_item(officer, item.id, {"name": "新名称"})
    event = await AuditEvent.all().order_by("-seq").first()
    assert event is not None and event.action == "approval_item.update"
    assert event.before["name"] == "旧名称" and event.after["name"] == "新名称"  # type: ignore[index]
    count = await AuditEvent.all().count()
    await items.update_approval_item(officer, item.id, {"name": "新名称"})
    assert await AuditEvent.all().count() == count


async def test_update_of_a_missing_item_is_not_found(county: County) -> None:
    with pytest.raises(NotFound):
        await items.update_approval_item(SYSTEM, 999, {"name": "x"})


async def test_unknown_update_field_is_invalid(county: County) -> None:
    item = await make_approval_item(county, "A-5")
    with pytest.raises(InvalidInput):
        await items.update_approval_item(SYSTEM, item.id, {"colour": "red"})


async def test_c2_key_supervision_needs_its_area(county: County) -> None:
    sup = county.actor("scj.sup")
    with pytest.raises(InvalidInput) as raised:
        await items.create_supervision_item(
            sup,
            SupervisionItemData(
                code="S-1", name="食品监管", department_id=county.scj.id, is_key=True
            ),
        )
    assert raised.value.field == "keyArea"
    item = await items.create_supervision_item(
        sup,
        SupervisionItemData(
            code="S-1",
            name="食品监管",
            department_id=county.scj.id,
            is_key=True,
            key_area=KeyArea.FOOD_AND_DRUGS,
        ),
    )
    assert (await SupervisionItem.get(id=item.id)).key_area is KeyArea.FOOD_AND_DRUGS


async def test_c2_supervisor_edits_only_own_department_items(county: County) -> None:
    item = await make_supervision_item(county.scj, "S-2")
    with pytest.raises(PermissionDenied):
        await items.update_supervision_item(county.actor("zjj.sup"), item.id, {"name": "改名"})
    with pytest.raises(PermissionDenied):
        await items.create_supervision_sub_item(
            county.actor("zjj.sup"),
            SupervisionSubItemData(code="S-2-1", name="子项", supervision_item_id=item.id),
        )
    sub = await items.create_supervision_sub_item(
        county.actor("scj.sup"),
        SupervisionSubItemData(code="S-2-1", name="子项", supervision_item_id=item.id),
    )
    assert sub.supervision_item_id == item.id
    # The coordinator may edit any department's items.
    await items.update_supervision_item(county.actor("coordinator"), item.id, {"name": "改名"})


async def test_auditor_and_system_admin_change_nothing(county: County) -> None:
    for username in ("auditor", "admin"):
        with pytest.raises(PermissionDenied):
            await items.create_approval_item(
                county.actor(username),
                ApprovalItemData(code="X", name="某事项", department_id=county.spj.id),
            )


async def test_upsert_creates_updates_and_reports_unchanged(county: County) -> None:
    data = ApprovalItemData(code="U-1", name="事项", department_id=county.spj.id)
    _, change = await items.upsert_approval_item(SYSTEM, data)
    assert change is Change.CREATED
    _, change = await items.upsert_approval_item(SYSTEM, data)
    assert change is Change.UNCHANGED
    row, change = await items.upsert_approval_item(
        SYSTEM, ApprovalItemData(code="u-1", name="事项（新）", department_id=county.spj.id)
    )
    assert change is Change.UPDATED and row.name == "事项（新）"


async def test_upserts_in_one_outer_transaction_roll_back_together(county: County) -> None:
    with pytest.raises(InvalidInput):
        async with transaction():
            item, _ = await items.upsert_approval_item(
                SYSTEM, ApprovalItemData(code="B-1", name="事项", department_id=county.spj.id)
            )
            await items.upsert_handling_item(
                SYSTEM, HandlingItemData(code="B-1-1", name="新办", approval_item_id=item.id)
            )
            await items.upsert_handling_item(
                SYSTEM, HandlingItemData(code="B-1-2", name="", approval_item_id=item.id)
            )
    assert await ApprovalItem.all().count() == 0
    assert await HandlingItem.all().count() == 0


async def test_handling_item_moves_only_between_items_the_actor_manages(county: County) -> None:
    first = await make_approval_item(county, "M-1")
    handling = await make_handling_item(first, "M-1-1")
    second = await make_approval_item(county, "M-2")
    moved = await items.update_handling_item(
        county.actor("spj.officer"), handling.id, {"approval_item_id": second.id}
    )
    assert moved.approval_item_id == second.id
    with pytest.raises(PermissionDenied):
        await items.update_handling_item(county.actor("scj.sup"), handling.id, {"name": "x"})
