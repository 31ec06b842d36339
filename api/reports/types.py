"""GraphQL types of reports from the public (举报, A4): the staff's Report node and the
public's receipt and status."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.context import Info
from api.errors import Error, register_error
from api.linkage.types import Licensee, SupervisionTask
from api.relay import Node, node_resolver
from domain.accounts.policy import Operation, department_scope
from domain.linkage.services import reads
from domain.reports import rules
from domain.reports import services as reports
from domain.reports.errors import RateLimited
from domain.reports.models import Report as ReportRow


@strawberry.enum(name="ReportRouting", description="举报的分派方式 (ReportRouting)：A4。")
class ReportRoutingEnum(Enum):
    SUPERVISING_DEPARTMENT = strawberry.enum_value(
        "SUPERVISING_DEPARTMENT",
        description="监管部门 (supervising department)：对应到行政相对人，按其有效许可的监管部门"
        "各生成一个监管任务。",
    )
    NO_LICENSEE = strawberry.enum_value(
        "NO_LICENSEE",
        description="未对应到相对人 (no licensee)：代码和名称均未唯一对应，转协调小组。",
    )
    NO_DEPARTMENT = strawberry.enum_value(
        "NO_DEPARTMENT",
        description="无监管部门 (no department)：相对人没有有效许可的监管部门，转协调小组。",
    )


@strawberry.enum(name="ReportStatus", description="举报办理状态 (ReportStatus)：取自其监管任务。")
class ReportStatusEnum(Enum):
    IN_PROGRESS = strawberry.enum_value(
        "IN_PROGRESS", description="处理中 (in progress)：有监管任务尚未反馈最终结果。"
    )
    COMPLETED = strawberry.enum_value(
        "COMPLETED", description="已办结 (completed)：全部监管任务已反馈最终结果。"
    )


@strawberry.type(
    description="提交过于频繁 (RateLimitedError)：同一网络地址提交的举报已达每小时或每天上限，"
    "未保存。"
)
class RateLimitedError(Error):
    pass


register_error(RateLimited, RateLimitedError)


@strawberry.type(
    description="举报 (Report)：公众对行政相对人的举报 (A4)，转为监管部门（或协调小组）的监管"
    "任务，按监管任务办理和反馈。协调小组、审计人员可读全部；各部门人员和 API 令牌可读有本部门"
    "任务的举报。"
)
class Report(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[ReportRow]
    receipt_number: str = strawberry.field(
        description="回执编号 (receipt number)：举报人凭此查询办理状态。"
    )
    named_number: str | None = strawberry.field(
        description="举报所填代码 (named number)：统一社会信用代码或身份证号；未填为 null。"
    )
    named_name: str | None = strawberry.field(
        description="举报所填名称 (named name)：被举报对象的名称；未填为 null。"
    )
    content: str = strawberry.field(description="举报内容 (content)：看到的情况。")
    submitted_at: datetime = strawberry.field(description="提交时间 (submitted at)。")
    routing: ReportRoutingEnum = strawberry.field(description="分派方式 (routing)。")
    has_contact: bool = strawberry.field(description="是否留有联系方式 (has contact)。")

    @classmethod
    def from_model(cls, row: ReportRow) -> Report:
        return cls(
            pk=row.id,
            row=row,
            receipt_number=row.receipt_number,
            named_number=row.named_number or None,
            named_name=row.named_name or None,
            content=row.content,
            submitted_at=row.submitted_at,
            routing=ReportRoutingEnum(rules.Routing(row.routing).value),
            has_contact=bool(row.contact),
        )

    @strawberry.field(
        description="联系方式 (contact)：举报人留下的手机号码或电子邮箱；仅任务所属部门人员、"
        "协调小组和审计人员可见，其他人（含 API 令牌）为 null。"
    )
    def contact(self, info: Info) -> str | None:
        if not self.row.contact:
            return None
        if not reports.sees_contact(info.context.actor, self.row.department_ids):
            return None
        return self.row.contact

    @strawberry.field(
        description="行政相对人 (licensee)：对应到的相对人；未对应时为 null。联系电话仅对任务"
        "所属部门和协调小组不脱敏。"
    )
    async def licensee(self, info: Info) -> Licensee | None:
        if self.row.licensee_id is None:
            return None
        row = await info.context.loader("licensee_by_id", reads.licensees_by_ids).load(
            self.row.licensee_id
        )
        assert row is not None
        involved = frozenset(int(pk) for pk in self.row.department_ids)
        return Licensee.from_model(row, info.context.actor, involved)

    @strawberry.field(description="分派部门 (departments)：每个部门一个监管任务，按生成顺序。")
    async def departments(self, info: Info) -> list[Department]:
        found = await asyncio.gather(
            *(load_department(info, int(pk)) for pk in self.row.department_ids)
        )
        return [department for department in found if department is not None]

    @strawberry.field(
        description="监管任务 (tasks)：本举报生成的、当前用户可见的监管任务，按生成顺序；"
        "办理和反馈见 feedBackTask、recordFollowUp。"
    )
    async def tasks(self, info: Info) -> list[SupervisionTask]:
        rows = await info.context.loader("report_tasks", reports.tasks_of).load(self.pk)
        scope = department_scope(info.context.actor, Operation.READ_RECORDS)
        return [
            SupervisionTask.from_model(row)
            for row in rows
            if scope is None or row.department_id in scope
        ]

    @strawberry.field(
        description="办理状态 (status)：全部监管任务已反馈最终结果为已办结，否则处理中。"
    )
    async def status(self, info: Info) -> ReportStatusEnum:
        rows = await info.context.loader("report_tasks", reports.tasks_of).load(self.pk)
        status = rules.report_status(str(row.status) for row in rows)
        return ReportStatusEnum(status.value)


@node_resolver("Report")
async def resolve_report(info: Info, pk: int) -> Report | None:
    row = await reports.report(info.context.actor, pk)
    return Report.from_model(row) if row is not None else None


@strawberry.type(
    description="举报回执 (ReportReceipt)：举报已受理；凭回执编号查询办理状态（不含内部编号和"
    "办理细节）。"
)
class ReportReceipt:
    receipt_number: str = strawberry.field(description="回执编号 (receipt number)。")
    submitted_at: datetime = strawberry.field(description="提交时间 (submitted at)。")


@strawberry.type(
    description="举报办理状态 (PublicReportStatus)：公众凭回执编号查询，只含日期和状态。"
)
class PublicReportStatus:
    receipt_number: str = strawberry.field(description="回执编号 (receipt number)。")
    submitted_on: date = strawberry.field(description="提交日期 (submitted on)。")
    status: ReportStatusEnum = strawberry.field(description="办理状态 (status)。")
