"""Test helpers of random inspection (R4): a county whose supervision item has licensees.

county, catalogue, item_id = await county_with_licensees(6)
await set_pool(county)                       # scj.sup and scj.admin
plan = await make_plan(county, item_id, rates={A: 100})
"""

from __future__ import annotations

from collections.abc import Mapping

from domain.credit.rules import CreditGrade
from domain.inspections import services as inspections
from domain.inspections.models import InspectionPlan
from domain.inspections.rules import PlanData
from tests.catalogue_factories import County
from tests.linkage_factories import Catalogue, make_linked_county, record


async def county_with_licensees(count: int) -> tuple[County, Catalogue, int]:
    """A linked county and ``count`` companies licensed under SCJ's supervision item."""
    county, catalogue = await make_linked_county()
    item_id = 0
    for serial in range(1, count + 1):
        push = await record(county, catalogue, f"BK-R4-{serial:03d}", serial=serial)
        item_id = push.supervision_item_id or 0
    assert item_id
    return county, catalogue, item_id


async def set_pool(county: County, *usernames: str) -> None:
    names = usernames or ("scj.sup", "scj.admin")
    await inspections.set_inspectors(
        county.actor("scj.admin"), county.scj.id, [county.users[n].id for n in names]
    )


async def make_plan(
    county: County,
    item_id: int,
    *,
    by: str = "scj.admin",
    name: str = "2026 年食品经营双随机抽查",
    rates: Mapping[CreditGrade, int] | None = None,
    inspectors_per_target: int | None = None,
) -> InspectionPlan:
    return await inspections.create_plan(
        county.actor(by),
        item_id,
        PlanData(name=name, rates=rates, inspectors_per_target=inspectors_per_target),
    )
