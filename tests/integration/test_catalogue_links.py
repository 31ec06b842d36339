"""Links between handling items and supervision (C3) and the coverage view."""

from __future__ import annotations

import asyncio

import pytest

from domain.accounts.actor import SYSTEM
from domain.audit.models import AuditEvent
from domain.catalogue.models import CatalogueLink
from domain.catalogue.rules import LinkStatus
from domain.catalogue.services import items, links, reads
from domain.errors import Conflict, InvalidInput, PermissionDenied
from tests.catalogue_factories import (
    County,
    make_approval_item,
    make_county,
    make_handling_item,
    make_sub_item,
    make_supervision_item,
)

pytestmark = pytest.mark.usefixtures("db", "clock")


@pytest.fixture
async def county() -> County:
    return await make_county()


async def _handling(county: County, code: str = "A-1"):  # type: ignore[no-untyped-def]
    item = await make_approval_item(county, code)
    return await make_handling_item(item, f"{code}-01")


async def test_c3_propose_then_confirm_with_own_sub_item(county: County) -> None:
    handling = await _handling(county)
    sub = await make_sub_item(await make_supervision_item(county.scj, "S-1"), "S-1-1")
    link = await links.propose_link(county.actor("spj.officer"), handling.id, county.scj.id)
    assert link.status is LinkStatus.PROPOSED and link.supervision_sub_item_id is None
    assert link.proposed_by_id == county.users["spj.officer"].id
    confirmed = await links.confirm_link(county.actor("scj.sup"), link.id, sub.id)
    assert confirmed.status is LinkStatus.CONFIRMED
    assert confirmed.supervision_sub_item_id == sub.id
    assert confirmed.confirmed_by_id == county.users["scj.sup"].id
    actions = [
        e.action for e in await AuditEvent.filter(target_type="CatalogueLink").order_by("seq")
    ]
    assert actions == ["catalogue_link.propose", "catalogue_link.confirm"]


async def test_c3_only_the_proposed_department_confirms(county: County) -> None:
    handling = await _handling(county)
    sub = await make_sub_item(await make_supervision_item(county.scj, "S-1"), "S-1-1")
    link = await links.propose_link(county.actor("spj.officer"), handling.id, county.scj.id)
    with pytest.raises(PermissionDenied):
        await links.confirm_link(county.actor("zjj.sup"), link.id, sub.id)
    with pytest.raises(PermissionDenied):
        await links.confirm_link(county.actor("spj.officer"), link.id, sub.id)
    assert (await CatalogueLink.get(id=link.id)).status is LinkStatus.PROPOSED


async def test_c3_confirm_with_another_departments_sub_item_is_refused(county: County) -> None:
    handling = await _handling(county)
    other = await make_sub_item(await make_supervision_item(county.zjj, "Z-1"), "Z-1-1")
    link = await links.propose_link(county.actor("spj.officer"), handling.id, county.scj.id)
    with pytest.raises(InvalidInput) as raised:
        await links.confirm_link(county.actor("scj.sup"), link.id, other.id)
    assert raised.value.field == "supervisionSubItemId"


async def test_c3_supervision_side_cannot_propose(county: County) -> None:
    handling = await _handling(county)
    with pytest.raises(PermissionDenied):
        await links.propose_link(county.actor("scj.sup"), handling.id, county.scj.id)


async def test_c3_link_goes_to_a_supervision_department(county: County) -> None:
    handling = await _handling(county)
    with pytest.raises(InvalidInput) as raised:
        await links.propose_link(county.actor("spj.officer"), handling.id, county.spj.id)
    assert raised.value.field == "departmentId"


async def test_c3_one_open_link_per_handling_item(county: County) -> None:
    handling = await _handling(county)
    officer = county.actor("spj.officer")
    await links.propose_link(officer, handling.id, county.scj.id)
    with pytest.raises(Conflict):
        await links.propose_link(officer, handling.id, county.zjj.id)
    assert await CatalogueLink.all().count() == 1


async def test_c3_the_database_refuses_a_second_open_link(county: County) -> None:
    handling = await _handling(county)
    await links.propose_link(county.actor("spj.officer"), handling.id, county.scj.id)
    from tortoise.exceptions import IntegrityError

    from domain.clock import utc_now

    with pytest.raises(IntegrityError):
        await CatalogueLink.create(
            handling_item_id=handling.id,
            department_id=county.zjj.id,
            status=LinkStatus.PROPOSED,
            open_handling_item_id=handling.id,
            proposed_at=utc_now(),
            updated_at=utc_now(),
        )


async def test_c3_concurrent_proposals_leave_one_open_link(county: County) -> None:
    handling = await _handling(county)
    officer = county.actor("spj.officer")
    results = await asyncio.gather(
        links.propose_link(officer, handling.id, county.scj.id),
        links.propose_link(officer, handling.id, county.zjj.id),
        return_exceptions=True,
    )
    assert sum(isinstance(r, CatalogueLink) for r in results) == 1
    assert sum(isinstance(r, Conflict) for r in results) == 1
    assert await CatalogueLink.filter(status=LinkStatus.PROPOSED).count() == 1


async def test_c3_rejected_link_frees_the_handling_item_for_a_new_proposal(county: County) -> None:
    handling = await _handling(county)
    officer = county.actor("spj.officer")
    link = await links.propose_link(officer, handling.id, county.scj.id)
    with pytest.raises(InvalidInput) as raised:
        await links.reject_link(county.actor("scj.sup"), link.id, "  ")
    assert raised.value.field == "reason"
    rejected = await links.reject_link(county.actor("scj.sup"), link.id, "不属于本部门职责")
    assert rejected.status is LinkStatus.REJECTED and rejected.reason == "不属于本部门职责"
    assert rejected.open_handling_item_id is None
    again = await links.propose_link(officer, handling.id, county.zjj.id)
    assert again.status is LinkStatus.PROPOSED
    with pytest.raises(Conflict):
        await links.confirm_link(county.actor("scj.sup"), link.id, 1)


async def test_c3_unlink_by_approval_side_or_coordinator_not_by_supervision(
    county: County,
) -> None:
    handling = await _handling(county)
    sub = await make_sub_item(await make_supervision_item(county.scj, "S-1"), "S-1-1")
    link = await links.propose_link(county.actor("spj.officer"), handling.id, county.scj.id)
    await links.confirm_link(county.actor("scj.sup"), link.id, sub.id)
    with pytest.raises(PermissionDenied):
        await links.unlink_link(county.actor("scj.sup"), link.id, "不再监管")
    ended = await links.unlink_link(county.actor("coordinator"), link.id, "职责调整")
    assert ended.status is LinkStatus.UNLINKED
    with pytest.raises(Conflict):
        await links.unlink_link(county.actor("spj.officer"), link.id, "再次解除")


async def test_c3_coverage_shows_gaps_and_awaiting_links(county: County) -> None:
    covered = await _handling(county, "A-1")
    awaiting = await _handling(county, "A-2")
    bare = await _handling(county, "A-3")
    sub = await make_sub_item(await make_supervision_item(county.scj, "S-1"), "S-1-1")
    officer = county.actor("spj.officer")
    link = await links.propose_link(officer, covered.id, county.scj.id)
    await links.confirm_link(county.actor("scj.sup"), link.id, sub.id)
    waiting = await links.propose_link(officer, awaiting.id, county.zjj.id)
    auditor = county.actor("auditor")
    gaps = await reads.unlinked_handling_items(auditor).order_by("code")
    assert [h.id for h in gaps] == [awaiting.id, bare.id]
    pending = await reads.links_awaiting_confirmation(auditor)
    assert [link.id for link in pending] == [waiting.id]
    assert await reads.links_awaiting_confirmation(auditor, county.scj.id) == []


async def test_c4_post_verification_items_without_a_confirmed_link_are_gaps(
    county: County,
) -> None:
    config = {
        "commitment_eligible": True,
        "commitment_modes": ["POST_VERIFICATION"],
        "verification_period_working_days": 20,
        "allowed_credit_grades": ["A", "B"],
    }
    linked = await make_approval_item(county, "P-1", **config)
    unlinked = await make_approval_item(county, "P-2", **config)
    empty = await make_approval_item(county, "P-3", **config)
    await make_approval_item(county, "N-1")  # not 事后核查: never a C4 gap
    handling = await make_handling_item(linked, "P-1-01")
    await make_handling_item(unlinked, "P-2-01")
    sub = await make_sub_item(await make_supervision_item(county.scj, "S-1"), "S-1-1")
    link = await links.propose_link(SYSTEM, handling.id, county.scj.id)
    await links.confirm_link(SYSTEM, link.id, sub.id)
    gaps = await reads.post_verification_gaps(county.actor("coordinator")).order_by("code")
    assert [g.id for g in gaps] == [unlinked.id, empty.id]


async def test_filters_on_lists(county: County) -> None:
    food = await make_approval_item(county, "F-1", name="食品经营许可")
    await make_handling_item(food, "F-1-01", "食品经营许可新办")
    drug = await make_approval_item(
        county,
        "D-1",
        name="药品零售企业许可",
        commitment_eligible=True,
        commitment_modes=["MATERIAL_VERIFICATION"],
        allowed_credit_grades=["A"],
    )
    await items.update_approval_item(SYSTEM, drug.id, {"is_active": True})
    reader = county.actor("zjj.sup")
    found = await reads.approval_items(reader, reads.ApprovalItemFilter(search="新办"))
    assert [i.id for i in found] == [food.id]
    found = await reads.approval_items(
        reader,
        reads.ApprovalItemFilter(commitment_mode="MATERIAL_VERIFICATION"),  # type: ignore[arg-type]
    )
    assert [i.id for i in found] == [drug.id]
    key = await make_supervision_item(county.scj, "K-1", is_key=True, key_area="FOOD_AND_DRUGS")
    await make_supervision_item(county.zjj, "K-2")
    found_s = await reads.supervision_items(reader, reads.SupervisionItemFilter(is_key=True))
    assert [s.id for s in found_s] == [key.id]


async def test_link_filters_by_search_department_and_status(county: County) -> None:
    food = await make_approval_item(county, "F-1", name="食品经营许可")
    food_new = await make_handling_item(food, "F-1-01", "新办")
    road = await make_approval_item(county, "R-1", name="道路货物运输经营许可")
    road_new = await make_handling_item(road, "R-1-01", "新办")
    first = await links.propose_link(SYSTEM, food_new.id, county.scj.id)
    second = await links.propose_link(SYSTEM, road_new.id, county.zjj.id)
    reader = county.actor("auditor")

    async def ids(**values: object) -> list[int]:
        rows = await reads.catalogue_links(reader, reads.LinkFilter(**values)).order_by("id")  # type: ignore[arg-type]
        return [row.id for row in rows]

    assert await ids(search="食品") == [first.id]
    assert await ids(search="r-1-01") == [second.id]
    assert await ids(department_id=county.zjj.id) == [second.id]
    assert await ids(approval_department_id=county.spj.id) == [first.id, second.id]
    assert await ids(approval_item_id=road.id) == [second.id]
    assert await ids(statuses=[LinkStatus.CONFIRMED]) == []
