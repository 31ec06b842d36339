"""Publishing the catalogue (C5) and routing by the version in effect on a date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.accounts.actor import SYSTEM
from domain.audit.models import AuditEvent
from domain.catalogue.errors import CatalogueIncomplete
from domain.catalogue.models import CatalogueVersion, PublishedLink
from domain.catalogue.services import items, links, publication
from domain.clock import FixedClock
from domain.errors import InvalidInput, PermissionDenied
from tests.catalogue_factories import (
    County,
    make_approval_item,
    make_county,
    make_handling_item,
    make_sub_item,
    make_supervision_item,
)

pytestmark = pytest.mark.usefixtures("db", "clock")

TODAY = date(2026, 6, 1)  # the clock fixture: 2026-06-01 10:00 Asia/Shanghai


@pytest.fixture
async def county() -> County:
    return await make_county()


async def _linked_catalogue(county: County) -> dict[str, int]:
    food = await make_approval_item(county, "F-1", name="食品经营许可")
    handling = await make_handling_item(food, "F-1-01", "新办")
    bare = await make_handling_item(food, "F-1-02", "变更")
    sub = await make_sub_item(
        await make_supervision_item(county.scj, "S-1", is_key=True, key_area="FOOD_AND_DRUGS"),
        "S-1-1",
    )
    link = await links.propose_link(SYSTEM, handling.id, county.scj.id)
    await links.confirm_link(SYSTEM, link.id, sub.id)
    return {"handling": handling.id, "bare": bare.id, "sub": sub.id, "link": link.id}


async def test_c5_publish_freezes_the_draft_into_a_version(county: County) -> None:
    ids = await _linked_catalogue(county)
    version = await publication.publish_catalogue(county.actor("coordinator"), TODAY, "首次发布")
    assert (version.number, version.effective_date) == (1, TODAY)
    assert (version.approval_item_count, version.handling_item_count, version.link_count) == (
        1,
        2,
        1,
    )
    route = await publication.published_route(ids["handling"], TODAY)
    assert route is not None
    assert (route.department_id, route.supervision_sub_item_id) == (county.scj.id, ids["sub"])
    assert route.is_key and route.supervision_item_code == "S-1"
    no_link = await publication.published_route("f-1-02", TODAY)
    assert no_link is not None and no_link.department_id is None
    event = await AuditEvent.filter(action="catalogue.publish").first()
    assert event is not None and event.target_id == str(version.id)


async def test_c5_edits_after_publishing_stay_in_the_draft(county: County) -> None:
    ids = await _linked_catalogue(county)
    await publication.publish_catalogue(SYSTEM, TODAY)
    await links.unlink_link(SYSTEM, ids["link"], "职责调整")
    route = await publication.published_route(ids["handling"], TODAY)
    assert route is not None and route.department_id == county.scj.id


async def test_c5_route_follows_the_version_in_effect_on_the_date(
    county: County, clock: FixedClock
) -> None:
    ids = await _linked_catalogue(county)
    await publication.publish_catalogue(SYSTEM, TODAY)
    await links.unlink_link(SYSTEM, ids["link"], "职责调整")
    sub = await make_sub_item(await make_supervision_item(county.zjj, "Z-1"), "Z-1-1")
    link = await links.propose_link(SYSTEM, ids["handling"], county.zjj.id)
    await links.confirm_link(SYSTEM, link.id, sub.id)
    later = TODAY + timedelta(days=30)
    await publication.publish_catalogue(SYSTEM, later)
    before = await publication.published_route(ids["handling"], later - timedelta(days=1))
    after = await publication.published_route(ids["handling"], later)
    assert before is not None and before.department_id == county.scj.id
    assert after is not None and after.department_id == county.zjj.id
    assert await publication.published_route(ids["handling"], TODAY - timedelta(days=1)) is None
    assert (await publication.current_version()).number == 1  # type: ignore[union-attr]
    clock.set(clock.now() + timedelta(days=30))
    assert (await publication.current_version()).number == 2  # type: ignore[union-attr]


async def test_c5_effective_date_is_not_in_the_past_nor_before_the_latest(county: County) -> None:
    await _linked_catalogue(county)
    with pytest.raises(InvalidInput) as raised:
        await publication.publish_catalogue(SYSTEM, TODAY - timedelta(days=1))
    assert raised.value.field == "effectiveDate"
    await publication.publish_catalogue(SYSTEM, TODAY + timedelta(days=10))
    with pytest.raises(InvalidInput):
        await publication.publish_catalogue(SYSTEM, TODAY + timedelta(days=5))
    assert await CatalogueVersion.all().count() == 1


async def test_c5_only_the_coordinator_publishes(county: County) -> None:
    await _linked_catalogue(county)
    for username in ("spj.officer", "scj.admin", "auditor", "admin"):
        with pytest.raises(PermissionDenied):
            await publication.publish_catalogue(county.actor(username), TODAY)


async def test_c4_post_verification_item_without_link_blocks_publication(county: County) -> None:
    item = await make_approval_item(
        county,
        "P-1",
        commitment_eligible=True,
        commitment_modes=["POST_VERIFICATION"],
        verification_period_working_days=20,
        allowed_credit_grades=["A"],
    )
    await make_handling_item(item, "P-1-01")
    with pytest.raises(CatalogueIncomplete) as raised:
        await publication.publish_catalogue(SYSTEM, TODAY)
    assert [p.approval_item_code for p in raised.value.problems] == ["P-1"]
    assert "P-1-01" in raised.value.message
    assert await CatalogueVersion.all().count() == 0
    assert await PublishedLink.all().count() == 0


async def test_c1_approval_item_without_handling_item_blocks_publication(county: County) -> None:
    await make_approval_item(county, "E-1")
    with pytest.raises(CatalogueIncomplete):
        await publication.publish_catalogue(SYSTEM, TODAY)
    # Deactivated items are not published and do not block.
    item = await make_approval_item(county, "E-2")
    await items.update_approval_item(SYSTEM, item.id, {"is_active": False})
    e1 = await make_approval_item(county, "E-3")
    await make_handling_item(e1, "E-3-01")
    first = await items.update_approval_item(SYSTEM, (await _id("E-1")), {"is_active": False})
    assert not first.is_active
    version = await publication.publish_catalogue(SYSTEM, TODAY)
    assert version.approval_item_count == 1


async def _id(code: str) -> int:
    from domain.catalogue.models import ApprovalItem

    return (await ApprovalItem.get(code=code)).id
