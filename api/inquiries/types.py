"""GraphQL types of inquiries (Q1): Inquiry, its topic and status."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.attachments.types import Attachment, attachments_loader
from api.context import Info
from api.deadlines import DueState
from api.relay import Node, node_resolver
from domain.clock import utc_now
from domain.inquiries import models, rules
from domain.inquiries import services as inquiries


@strawberry.enum(
    name="InquiryTopic", description="函询事项类别 (InquiryTopic)：Q1，制度第二十四条。"
)
class InquiryTopicEnum(Enum):
    PLAN = strawberry.enum_value("PLAN", description="方案 (plan)。")
    POLICY = strawberry.enum_value("POLICY", description="政策 (policy)。")
    HANDLING_STANDARD = strawberry.enum_value(
        "HANDLING_STANDARD", description="办理标准 (handling standard)。"
    )


@strawberry.enum(name="InquiryStatus", description="函询状态 (InquiryStatus)：Q1。")
class InquiryStatusEnum(Enum):
    OPEN = strawberry.enum_value("OPEN", description="待回复 (open)：受函部门须在答复期限内答复。")
    ANSWERED = strawberry.enum_value("ANSWERED", description="已回复 (answered)：期限内已答复。")
    DEEMED_CONSENT = strawberry.enum_value(
        "DEEMED_CONSENT",
        description="视为同意 (deemed consent)：逾期未答复，视为同意，责任由受函部门承担 (Q1)。",
    )


def _reply_due(row: models.Inquiry, now: datetime) -> DueState:
    facts = rules.reply_due_facts(rules.InquiryStatus(row.status), row.due_at)
    return DueState.of(facts, provisional=row.due_provisional, now=now)


@strawberry.type(
    description="业务函询 (Inquiry)：一个部门就方案、政策或办理标准向另一部门发出的函询，"
    "须在答复期限内答复；逾期不答复的视为同意，责任由受函部门承担 (Q1，制度第二十四条)。"
    "发函部门、受函部门、协调小组和审计人员可见。"
)
class Inquiry(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.Inquiry]
    topic: InquiryTopicEnum = strawberry.field(description="事项类别 (topic)。")
    subject: str = strawberry.field(description="标题 (subject)。")
    question: str = strawberry.field(description="函询内容 (question)。")
    status: InquiryStatusEnum = strawberry.field(description="状态 (status)。")
    sent_at: datetime = strawberry.field(description="发函时间 (sent at)。")
    sent_by_name: str = strawberry.field(description="发函人 (sent by)：发函时的姓名。")
    reply_working_days: int = strawberry.field(
        description="答复期限工作日数 (reply working days)：自发函次日起算 (T2)。"
    )
    reply_due: DueState = strawberry.field(
        description="答复期限 (reply due)：第 N 个工作日 23:59:59（北京时间）；过期未答复即视为"
        "同意，overdue 为真。"
    )
    reply: str | None = strawberry.field(description="答复内容 (reply)：未答复为 null。")
    replied_at: datetime | None = strawberry.field(description="答复时间 (replied at)。")
    replied_by_name: str | None = strawberry.field(
        description="答复人 (replied by)：答复时的姓名。"
    )
    deemed_consent_at: datetime | None = strawberry.field(
        description="视为同意时间 (deemed consent at)：答复期限届满后的第一刻 (Q1)；否则 null。"
    )

    @classmethod
    def from_model(cls, row: models.Inquiry, now: datetime | None = None) -> Inquiry:
        return cls(
            pk=row.id,
            row=row,
            topic=InquiryTopicEnum(rules.InquiryTopic(row.topic).value),
            subject=row.subject,
            question=row.question,
            status=InquiryStatusEnum(rules.InquiryStatus(row.status).value),
            sent_at=row.sent_at,
            sent_by_name=row.sent_by_name,
            reply_working_days=row.reply_working_days,
            reply_due=_reply_due(row, now or utc_now()),
            reply=row.reply or None,
            replied_at=row.replied_at,
            replied_by_name=row.replied_by_name or None,
            deemed_consent_at=row.deemed_consent_at,
        )

    @strawberry.field(description="发函部门 (asking department)。")
    async def asking_department(self, info: Info) -> Department:
        department = await load_department(info, self.row.asking_department_id)
        assert department is not None
        return department

    @strawberry.field(
        description="受函部门 (asked department)：须答复的部门；视为同意时由其承担责任。"
    )
    async def asked_department(self, info: Info) -> Department:
        department = await load_department(info, self.row.asked_department_id)
        assert department is not None
        return department

    @strawberry.field(description="附件 (attachments)：方案、政策文本等，按上传顺序。")
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, inquiries.INQUIRY_OWNER).load(self.pk)


@node_resolver("Inquiry")
async def resolve_inquiry(info: Info, pk: int) -> Inquiry | None:
    actor = info.context.actor
    if not actor.is_authenticated:
        return None
    row = await inquiries.visible_inquiry(actor, pk)
    return Inquiry.from_model(row) if row is not None else None
