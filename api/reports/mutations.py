"""Reports from the public (A4): submitReport, without login; forwardReport, the
coordinator's hand-over of a report the coordination group received. Handling is the
task's (feedBackTask, recordFollowUp in api/linkage)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Info
from api.errors import InvalidInputError, NotFoundError, mutation_result, result_union
from api.relay import int_pk
from api.reports.types import RateLimitedError, Report, ReportReceipt
from domain.reports import rules
from domain.reports import services as reports


@strawberry.input(
    description="举报 (SubmitReportInput)：被举报对象的代码或名称至少填一项；内容 10–2000 字；"
    "联系方式可不填。"
)
class SubmitReportInput:
    licensee_number: str | None = strawberry.field(
        default=None,
        description="统一社会信用代码或身份证号 (licenseeNumber)：18 位，校验位须正确；可不填。",
    )
    licensee_name: str | None = strawberry.field(
        default=None, description="被举报对象名称 (licenseeName)：不知道代码时填写。"
    )
    content: str = strawberry.field(
        description="举报内容 (content)：看到的情况（时间、地点、经过），10–2000 字。"
    )
    contact: str | None = strawberry.field(
        default=None,
        description="联系方式 (contact)：11 位手机号码或电子邮箱，可不填；只有办理部门、协调小组"
        "和审计人员可见。",
    )


@strawberry.type(description="举报已受理 (SubmitReportSuccess)。")
class SubmitReportSuccess:
    receipt: ReportReceipt = strawberry.field(description="回执 (receipt)：请记下回执编号。")


SubmitReportResult = result_union(
    "SubmitReportResult",
    SubmitReportSuccess,
    "提交举报结果 (SubmitReportResult)：输入有误（field 指出字段）、提交过于频繁"
    "或系统未设协调小组时，不保存任何内容。",
    errors=InvalidInputError | RateLimitedError | NotFoundError,
)


@strawberry.input(
    description="转交举报 (ForwardReportInput)：协调小组把收到的举报交给负责的监管部门。"
)
class ForwardReportInput:
    report_id: strawberry.ID = strawberry.field(description="举报 (reportId)：Report 的全局编号。")
    department_id: strawberry.ID = strawberry.field(
        description="监管部门 (departmentId)：接收的监管部门的全局编号。"
    )
    note: str = strawberry.field(description="转交说明 (note)：必填，如“涉及食品安全”。")


@strawberry.type(description="举报已转交 (ForwardReportSuccess)。")
class ForwardReportSuccess:
    report: Report = strawberry.field(description="举报 (report)：分派部门已更新。")


ForwardReportResult = result_union(
    "ForwardReportResult", ForwardReportSuccess, "转交举报结果 (ForwardReportResult)。"
)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="提交举报 (submitReport)：公众无须登录 (A4)。举报转为被举报对象有效许可的"
        "监管部门的监管任务（各一个），未能对应时转协调小组；同一网络地址每小时、每天提交件数"
        "有上限。已记入审计日志（操作人 public）。"
    )
    async def submit_report(
        self,
        info: Info,
        input: Annotated[SubmitReportInput, strawberry.argument(description="举报 (input)。")],
    ) -> SubmitReportResult:
        settings = info.context.settings
        request = info.context.request
        address = rules.client_address(
            request.client.host if request.client else None,
            {key.lower(): value for key, value in request.headers.items()},
            settings.trusted_proxy_header,
        )

        async def work() -> SubmitReportSuccess:
            row = await reports.submit_report(
                rules.ReportData(
                    licensee_number=input.licensee_number or "",
                    licensee_name=input.licensee_name or "",
                    content=input.content,
                    contact=input.contact or "",
                ),
                address_hash=rules.address_hash(settings.secret_key, address),
                limit=rules.RateLimit(
                    per_hour=settings.report_limit_per_hour,
                    per_day=settings.report_limit_per_day,
                ),
            )
            return SubmitReportSuccess(
                receipt=ReportReceipt(
                    receipt_number=row.receipt_number, submitted_at=row.submitted_at
                )
            )

        return await mutation_result(work())

    @strawberry.mutation(
        description="转交举报 (forwardReport)：协调小组成员把协调小组收到的举报（未对应到相对人"
        "或无监管部门）交给负责的监管部门：其尚未反馈结果的监管任务改属该部门，期限不变，该部门"
        "的任务订阅收到 TASK_CREATED。已记入审计日志。"
    )
    async def forward_report(
        self,
        info: Info,
        input: Annotated[ForwardReportInput, strawberry.argument(description="转交 (input)。")],
    ) -> ForwardReportResult:
        async def work() -> ForwardReportSuccess:
            row = await reports.forward_report(
                info.context.actor,
                int_pk(input.report_id, "Report", "reportId"),
                int_pk(input.department_id, "Department", "departmentId"),
                input.note,
            )
            return ForwardReportSuccess(report=Report.from_model(row))

        return await mutation_result(work())
