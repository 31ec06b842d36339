"""Reads of reports from the public (A4): the staff's keyset connection and the public's
status lookup by receipt number (no login)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from api.context import Info
from api.linkage.types import TaskStatusEnum
from api.relay import Connection, int_pk, paginate
from api.reports.types import PublicReportStatus, Report, ReportRoutingEnum, ReportStatusEnum
from domain.errors import InvalidInput
from domain.linkage.rules import TaskStatus
from domain.reports import rules
from domain.reports import services as reports

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


@strawberry.input(description="举报筛选条件 (ReportFilter)：各条件同时满足。")
class ReportFilter:
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="分派部门 (departmentId)：有该部门监管任务的举报。"
    )
    task_status: TaskStatusEnum | None = strawberry.field(
        default=None,
        description="任务状态 (taskStatus)：有（当前用户可见的）该状态监管任务的举报。",
    )
    from_: date | None = strawberry.field(
        default=None, name="from", description="提交日期起 (from)：含当日。"
    )
    to: date | None = strawberry.field(default=None, description="提交日期止 (to)：含当日。")
    routing: ReportRoutingEnum | None = strawberry.field(
        default=None, description="分派方式 (routing)。"
    )
    licensee_number: str | None = strawberry.field(
        default=None,
        description="行政相对人代码 (licenseeNumber)：对应到的相对人的统一社会信用代码或身份证号。",
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="举报 (reports)：按提交时间由近到远排序 (A4)。协调小组、审计人员可读全部；"
        "各部门人员和 API 令牌可读有本部门监管任务的举报。"
    )
    async def reports(
        self,
        info: Info,
        filter: Annotated[
            ReportFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[Report]:
        f = filter or ReportFilter()
        queryset = reports.reports(
            info.context.actor,
            reports.ReportFilter(
                department_id=(
                    None
                    if f.department_id is None
                    else int_pk(f.department_id, "Department", "departmentId")
                ),
                task_status=TaskStatus(f.task_status.value) if f.task_status else None,
                submitted_from=f.from_,
                submitted_to=f.to,
                routing=rules.Routing(f.routing.value) if f.routing else None,
                licensee_number=f.licensee_number,
            ),
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=Report.from_model,
            order=("-submitted_at",),
        )

    @strawberry.field(
        description="举报办理状态 (reportStatus)：公众凭回执编号查询，无须登录；只返回提交日期和"
        "状态，编号不存在时为 null。"
    )
    async def report_status(
        self,
        receipt_number: Annotated[
            str, strawberry.argument(description="回执编号 (receiptNumber)：如 JB20260601-…。")
        ],
    ) -> PublicReportStatus | None:
        try:
            found = await reports.report_status(receipt_number)
        except InvalidInput:
            return None
        if found is None:
            return None
        return PublicReportStatus(
            receipt_number=found.receipt_number,
            submitted_on=found.submitted_on,
            status=ReportStatusEnum(found.status.value),
        )
