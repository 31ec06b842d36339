"""Test helpers of the linkage loop: a county with a published catalogue, decisions,
generated licensee numbers (valid check digits, never real people).

county, catalogue = await make_linked_county()
push = await record(county, catalogue, "BK-2026-001")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stdnum.cn import ric, uscc

from domain.accounts.actor import SYSTEM
from domain.catalogue.services import links, publication
from domain.linkage.models import Push
from domain.linkage.rules import ApprovalDecision, LicenseeData
from domain.linkage.services import pushes
from tests.catalogue_factories import (
    County,
    make_approval_item,
    make_county,
    make_handling_item,
    make_sub_item,
    make_supervision_item,
)


def company_number(serial: int) -> str:
    """A generated USCC of Baokang (420626) with a valid check character."""
    body = f"91420626MA{serial:07d}"
    return body + uscc.calc_check_digit(body)


def person_number(serial: int) -> str:
    """A generated ID number (born 1990-01-01) with a valid check character."""
    body = f"42062619900101{serial % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum expects a check slot


@dataclass
class Catalogue:
    routed: int  # handling item with a confirmed link to SCJ
    gap: int  # handling item without a link
    sub: int  # SCJ's sub-item


async def make_catalogue(county: County, effective: date) -> Catalogue:
    food = await make_approval_item(county, "F-1", name="食品经营许可")
    routed = await make_handling_item(food, "F-1-01", "新办")
    gap = await make_handling_item(food, "F-1-02", "变更")
    sub = await make_sub_item(
        await make_supervision_item(county.scj, "S-1", name="食品经营监管"), "S-1-1"
    )
    link = await links.propose_link(SYSTEM, routed.id, county.scj.id)
    await links.confirm_link(SYSTEM, link.id, sub.id)
    await publication.publish_catalogue(SYSTEM, effective)
    return Catalogue(routed=routed.id, gap=gap.id, sub=sub.id)


async def make_linked_county(effective: date = date(2026, 6, 1)) -> tuple[County, Catalogue]:
    county = await make_county()
    return county, await make_catalogue(county, effective)


def decision(
    handling_item: int | str,
    document_number: str,
    *,
    serial: int = 1,
    license_date: date = date(2026, 6, 1),
    phone: str = "13812345678",
    name: str = "保康县示例食品有限公司",
) -> ApprovalDecision:
    return ApprovalDecision(
        handling_item=handling_item,
        document_number=document_number,
        licensee=LicenseeData(
            number=company_number(serial),
            name=name,
            contact_phone=phone,
            address="湖北省襄阳市保康县城关镇示例路 1 号",
            legal_representative="示例人",
        ),
        license_date=license_date,
        valid_until=date(2031, 5, 31),
        license_content="预包装食品销售（含冷藏冷冻食品）",
        materials=["申请书", "营业执照", "经营场所平面图"],
        handling_opinion="材料齐全，符合法定形式，准予许可。",
        commitment_content="",
    )


async def record(county: County, catalogue: Catalogue, number: str, **kw: object) -> Push:
    handling = kw.pop("handling", catalogue.routed)
    return await pushes.record_approval_decision(
        county.actor("spj.officer"),
        decision(handling, number, **kw),  # type: ignore[arg-type]
    )
