"""Inquiry changes (Q1): sendInquiry and answerInquiry; each resolver calls one service
of ``domain.inquiries.services`` and returns a result union. Deemed consent has no
mutation: the reminders sweep records it when the reply deadline passes."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Info
from api.errors import mutation_result, result_union
from api.inquiries.types import Inquiry, InquiryTopicEnum
from api.linkage.mutations import attachment_pks
from api.relay import int_pk
from domain.inquiries import rules
from domain.inquiries import services as inquiries


@strawberry.input(description="发出业务函询 (SendInquiryInput)：Q1。")
class SendInquiryInput:
    asked_department_id: strawberry.ID = strawberry.field(
        description="受函部门 (askedDepartmentId)：部门的全局编号，不能是本部门。"
    )
    topic: InquiryTopicEnum = strawberry.field(description="事项类别 (topic)。")
    subject: str = strawberry.field(description="标题 (subject)：必填，至多 200 字。")
    question: str = strawberry.field(description="函询内容 (question)：必填。")
    reply_working_days: int = strawberry.field(
        default=rules.DEFAULT_REPLY_WORKING_DAYS,
        description="答复期限 (replyWorkingDays)：1–30 个工作日，自发函次日起算，第 N 个工作日 "
        "23:59:59（北京时间）到期 (T2)；默认 3。逾期不答复的视为同意。",
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="附件 (attachmentIds)：先经 POST /files/attachments 上传所得的 Attachment "
        "全局编号，与函询在同一事务中保存。",
    )


@strawberry.input(description="答复业务函询 (AnswerInquiryInput)：Q1。")
class AnswerInquiryInput:
    inquiry_id: strawberry.ID = strawberry.field(
        description="函询 (inquiryId)：Inquiry 的全局编号。"
    )
    reply: str = strawberry.field(description="答复内容 (reply)：必填。")


@strawberry.type(description="函询已发出 (SendInquirySuccess)。")
class SendInquirySuccess:
    inquiry: Inquiry = strawberry.field(description="业务函询 (inquiry)。")


@strawberry.type(description="函询已答复 (AnswerInquirySuccess)。")
class AnswerInquirySuccess:
    inquiry: Inquiry = strawberry.field(description="业务函询 (inquiry)。")


SendInquiryResult = result_union(
    "SendInquiryResult", SendInquirySuccess, "发出业务函询结果 (SendInquiryResult)。"
)
AnswerInquiryResult = result_union(
    "AnswerInquiryResult", AnswerInquirySuccess, "答复业务函询结果 (AnswerInquiryResult)。"
)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="发出业务函询 (sendInquiry)：审批人员、监管人员、部门管理员和协调小组以本部门"
        "名义向其他部门发函，开始计算答复期限；受函部门的任务动态收到 INQUIRY_RECEIVED (Q1)。"
        "已记入审计日志。"
    )
    async def send_inquiry(
        self,
        info: Info,
        input: Annotated[SendInquiryInput, strawberry.argument(description="函询 (input)。")],
    ) -> SendInquiryResult:
        async def work() -> SendInquirySuccess:
            data = rules.InquiryData(
                asked_department_id=int_pk(
                    input.asked_department_id, "Department", "askedDepartmentId"
                ),
                topic=rules.InquiryTopic(input.topic.value),
                subject=input.subject,
                question=input.question,
                reply_working_days=input.reply_working_days,
                attachment_ids=attachment_pks(input.attachment_ids),
            )
            row = await inquiries.send_inquiry(info.context.actor, data)
            return SendInquirySuccess(inquiry=Inquiry.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="答复业务函询 (answerInquiry)：受函部门的人员在答复期限内答复；已答复、已过"
        "期限或已视为同意的返回 INQUIRY_STATE_INVALID (Q1)。发函部门的任务动态收到 "
        "INQUIRY_ANSWERED。已记入审计日志。"
    )
    async def answer_inquiry(
        self,
        info: Info,
        input: Annotated[AnswerInquiryInput, strawberry.argument(description="答复 (input)。")],
    ) -> AnswerInquiryResult:
        async def work() -> AnswerInquirySuccess:
            pk = int_pk(input.inquiry_id, "Inquiry", "inquiryId")
            row = await inquiries.answer_inquiry(info.context.actor, pk, input.reply)
            return AnswerInquirySuccess(inquiry=Inquiry.from_model(row))

        return await mutation_result(work())
