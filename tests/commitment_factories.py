"""Test helpers of notification-commitment approval (K1–K5): a county whose food item
allows commitment approval in every mode (grades A and B, a 20-working-day verification
period), linked to SCJ and published; credit checks and commitments.

county, items = await make_commitment_county()
check = await credit_check(county, company_number(1))
row = await deferred_commitment(county, items, check)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.accounts.actor import SYSTEM
from domain.catalogue.rules import CommitmentMode
from domain.catalogue.services import links, publication
from domain.commitments.models import Commitment, CreditCheck
from domain.commitments.rules import CommitmentData
from domain.commitments.services import checks, commitments
from domain.commitments.services.commitments import IssueData
from tests.catalogue_factories import (
    County,
    make_approval_item,
    make_county,
    make_handling_item,
    make_sub_item,
    make_supervision_item,
)

VERIFICATION_DAYS = 20


@dataclass
class Items:
    food: int  # approval item, eligible in every mode, grades A–B
    food_new: int  # its handling item, linked to SCJ
    water: int  # approval item not eligible
    water_new: int


async def make_commitment_county(effective: date = date(2026, 6, 1)) -> tuple[County, Items]:
    county = await make_county()
    food = await make_approval_item(
        county,
        "F-1",
        name="食品经营许可",
        commitment_eligible=True,
        commitment_modes=list(CommitmentMode),
        verification_period_working_days=VERIFICATION_DAYS,
        allowed_credit_grades=["A", "B"],
    )
    food_new = await make_handling_item(food, "F-1-01", "新办")
    water = await make_approval_item(county, "W-1", name="取水许可")
    water_new = await make_handling_item(water, "W-1-01", "新办")
    sub = await make_sub_item(
        await make_supervision_item(county.scj, "S-1", name="食品经营监管"), "S-1-1"
    )
    for handling in (food_new, water_new):
        link = await links.propose_link(SYSTEM, handling.id, county.scj.id)
        await links.confirm_link(SYSTEM, link.id, sub.id)
    await publication.publish_catalogue(SYSTEM, effective)
    return county, Items(food.id, food_new.id, water.id, water_new.id)


async def credit_check(
    county: County, number: str, item: int | None = None, user: str = "spj.officer"
) -> CreditCheck:
    if item is None:
        item = (await county_items(county)).food
    return await checks.run_credit_check(county.actor(user), number, item)


async def county_items(county: County) -> Items:
    from domain.catalogue.models import ApprovalItem, HandlingItem

    food = await ApprovalItem.get(code="F-1")
    water = await ApprovalItem.get(code="W-1")
    return Items(
        food.id,
        (await HandlingItem.get(code="F-1-01")).id,
        water.id,
        (await HandlingItem.get(code="W-1-01")).id,
    )


def commitment_data(check: CreditCheck, handling: int, **kw: object) -> CommitmentData:
    values: dict[str, object] = {
        "credit_check_id": check.id,
        "handling_item_id": handling,
        "mode": CommitmentMode.DEFERRED_MATERIALS,
        "licensee_name": "保康县示例食品有限公司",
        "content": "本单位承诺在承诺期限内补交从业人员健康证明，所填信息真实有效。",
        "contact_phone": "13812345678",
        "contact_email": "boss@shipin.example",
        "materials": ["从业人员健康证明"],
        "due_on": date(2026, 6, 10),
    } | kw
    return CommitmentData(**values)  # type: ignore[arg-type]


async def make_commitment(
    county: County, items: Items, check: CreditCheck, **kw: object
) -> Commitment:
    return await commitments.create_commitment(
        county.actor("spj.officer"), commitment_data(check, items.food_new, **kw)
    )


def issue_data(row: Commitment, number: str = "BKSP-2026-K001", **kw: object) -> IssueData:
    values: dict[str, object] = {
        "commitment_id": row.id,
        "document_number": number,
        "license_content": "预包装食品销售（含冷藏冷冻食品）",
        "valid_until": date(2031, 5, 31),
        "handling_opinion": "告知承诺审批，准予许可。",
        "handed_in_materials": list(row.materials),
    } | kw
    return IssueData(**values)  # type: ignore[arg-type]
