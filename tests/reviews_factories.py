"""Test helpers of joint reviews (J1, J2): an approval item (linked to a key supervision
item or not), a joint review request sent by SPJ to SCJ and ZJJ, a response.

county, items = await make_review_county()
request = await send_joint_review(county, items.plain)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.accounts.actor import SYSTEM
from domain.catalogue.rules import KeyArea
from domain.catalogue.services import links
from domain.reviews import rules, services
from domain.reviews.models import JointReviewRequest, JointReviewResponse
from tests.catalogue_factories import (
    County,
    make_approval_item,
    make_county,
    make_handling_item,
    make_sub_item,
    make_supervision_item,
)
from tests.linkage_factories import company_number
from tests.results_factories import evidence


@dataclass
class ReviewItems:
    plain: int  # an approval item linked to an ordinary supervision item
    key: int  # an approval item linked to a key supervision item (重点监管)


async def make_review_items(county: County) -> ReviewItems:
    plain = await make_approval_item(county, "J-1", name="公共场所卫生许可")
    key = await make_approval_item(county, "J-2", name="食品生产许可")
    for item, code, is_key in ((plain, "JS-1", False), (key, "JS-2", True)):
        handling = await make_handling_item(item, f"{item.code}-01", "新办")
        supervision = await make_supervision_item(
            county.scj,
            code,
            name=f"监管 {code}",
            is_key=is_key,
            key_area=KeyArea.FOOD_AND_DRUGS if is_key else None,
        )
        sub = await make_sub_item(supervision, f"{code}-1")
        link = await links.propose_link(SYSTEM, handling.id, county.scj.id)
        await links.confirm_link(SYSTEM, link.id, sub.id)
    return ReviewItems(plain=plain.id, key=key.id)


async def make_review_county() -> tuple[County, ReviewItems]:
    county = await make_county()
    return county, await make_review_items(county)


def review_data(
    county: County,
    item_id: int,
    notice: tuple[int, ...],
    *,
    departments: tuple[int, ...] | None = None,
    kind: rules.JointReviewKind = rules.JointReviewKind.SITE_SURVEY,
    notice_date: date = date(2026, 6, 1),
    serial: int = 1,
) -> rules.JointReviewData:
    return rules.JointReviewData(
        kind=kind,
        licensee_number=company_number(serial),
        licensee_name="保康县示例食品有限公司",
        approval_item_id=item_id,
        subject="新建食品生产车间，请派员现场踏勘并出具意见。",
        notice_date=notice_date,
        department_ids=departments or (county.scj.id, county.zjj.id),
        attachment_ids=notice,
        staff=("王审批",),
    )


async def send_joint_review(county: County, item_id: int, **kw: object) -> JointReviewRequest:
    notice = await evidence(county, "spj.officer")
    return await services.create_joint_review_request(
        county.actor("spj.officer"),
        review_data(county, item_id, notice, **kw),  # type: ignore[arg-type]
    )


async def answer(
    county: County,
    request_id: int,
    username: str,
    recommendation: rules.Recommendation = rules.Recommendation.AGREE,
) -> JointReviewResponse:
    """``username``'s department claims and responds, with a written opinion."""
    actor = county.actor(username)
    await services.claim_joint_review(actor, request_id)
    opinion = await evidence(county, username)
    return await services.respond_to_joint_review(
        actor,
        request_id,
        rules.ResponseData(
            opinion="经现场踏勘，生产车间布局符合要求。",
            recommendation=recommendation,
            attachment_ids=opinion,
            staff=("李监管", "赵技术"),
        ),
    )
