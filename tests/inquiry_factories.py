"""Test helpers of inquiries (Q1): a county with the working-day calendar, and an
inquiry from the approval department to the market supervision department.

county = await inquiry_county()
inquiry = await send(county)                  # spj.officer asks scj, 3 working days
"""

from __future__ import annotations

from domain.calendar import services as calendar_services
from domain.inquiries import services
from domain.inquiries.models import Inquiry
from domain.inquiries.rules import InquiryData, InquiryTopic
from tests.catalogue_factories import County, make_county


async def inquiry_county() -> County:
    await calendar_services.seed_from_package()
    return await make_county()


async def send(
    county: County,
    *,
    by: str = "spj.officer",
    to: str = "scj",
    days: int = 3,
    subject: str = "食品经营许可现场核查方案",
    topic: InquiryTopic = InquiryTopic.PLAN,
) -> Inquiry:
    return await services.send_inquiry(
        county.actor(by),
        InquiryData(
            asked_department_id=getattr(county, to).id,
            topic=topic,
            subject=subject,
            question="拟按附件方案开展现场核查，请提出意见。",
            reply_working_days=days,
        ),
    )
