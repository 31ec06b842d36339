"""Inquiry reads (Q1): ``inquiries`` as a keyset connection, newest first."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Info
from api.inquiries.types import Inquiry, InquiryStatusEnum, InquiryTopicEnum
from api.relay import Connection, int_pk, paginate
from domain.clock import utc_now
from domain.inquiries import rules
from domain.inquiries import services as inquiries

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


def _department(global_id: strawberry.ID | None, field: str) -> int | None:
    return None if global_id is None else int_pk(global_id, "Department", field)


@strawberry.input(description="业务函询筛选条件 (InquiryFilter)：各条件同时满足。")
class InquiryFilter:
    status: InquiryStatusEnum | None = strawberry.field(default=None, description="状态 (status)。")
    topic: InquiryTopicEnum | None = strawberry.field(
        default=None, description="事项类别 (topic)。"
    )
    asking_department_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="发函部门 (askingDepartmentId)：部门的全局编号；本部门＝发出的函询。",
    )
    asked_department_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="受函部门 (askedDepartmentId)：部门的全局编号；本部门＝收到的函询。",
    )
    overdue: bool | None = strawberry.field(
        default=None,
        description="是否逾期 (overdue)：真＝已视为同意或已过答复期限仍待回复；假＝其余。",
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="业务函询 (inquiries)：按发函时间由近到远排序 (Q1)；部门看本部门发出或收到的，"
        "协调小组和审计人员看全部，部门 API 令牌看本部门的。"
    )
    async def inquiries(
        self,
        info: Info,
        filter: Annotated[
            InquiryFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[Inquiry]:
        f = filter or InquiryFilter()
        now = utc_now()
        queryset = inquiries.inquiries(
            info.context.actor,
            inquiries.InquiryFilter(
                status=rules.InquiryStatus(f.status.value) if f.status else None,
                topic=rules.InquiryTopic(f.topic.value) if f.topic else None,
                asking_department_id=_department(f.asking_department_id, "askingDepartmentId"),
                asked_department_id=_department(f.asked_department_id, "askedDepartmentId"),
                overdue=f.overdue,
            ),
            now,
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=lambda row: Inquiry.from_model(row, now),
            order=("-sent_at",),
        )
