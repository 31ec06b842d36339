"""GraphQL types of reminders (M1): a user's in-app notifications, the templates."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from api.context import Info
from api.relay import Node, node_resolver, to_global_id
from domain.reminders import inbox, messages, models


@strawberry.enum(name="ReminderChannel", description="提醒渠道 (ReminderChannel)：M1。")
class ReminderChannelEnum(Enum):
    IN_APP = strawberry.enum_value(
        "IN_APP", description="站内通知 (in-app)：管理页面的通知列表，并经任务动态推送。"
    )
    EMAIL = strawberry.enum_value("EMAIL", description="电子邮件 (e-mail)：经 SMTP 发送。")
    SMS = strawberry.enum_value("SMS", description="短信 (SMS)：经短信网关发送。")


@strawberry.type(
    description="站内通知 (Notification)：发给本人的提醒，如认领即将到期、任务已逾期 (M1)；"
    "只有本人可见。"
)
class Notification(Node):
    pk: strawberry.Private[int]
    title: str = strawberry.field(description="标题 (title)。")
    body: str = strawberry.field(description="正文 (body)。")
    created_at: datetime = strawberry.field(description="发送时间 (created at)。")
    read_at: datetime | None = strawberry.field(description="阅读时间 (read at)：未读为 null。")
    subject_type: str = strawberry.field(
        description="相关记录类型 (subject type)：如 Push（推送）、SupervisionTask（监管任务）、"
        "ReversePush（监管信息推送）；无相关记录时为空字符串。"
    )
    subject_id: strawberry.ID | None = strawberry.field(
        description="相关记录编号 (subject id)：全局编号，可用 node(id:) 查询；无则为 null。"
    )

    @strawberry.field(description="是否已读 (read)。")
    def read(self) -> bool:
        return self.read_at is not None

    @classmethod
    def from_model(cls, row: models.Notification) -> Notification:
        return cls(
            pk=row.id,
            title=row.title,
            body=row.body,
            created_at=row.created_at,
            read_at=row.read_at,
            subject_type=row.subject_type,
            subject_id=None
            if not row.subject_type or row.subject_id is None
            else to_global_id(row.subject_type, row.subject_id),
        )


async def load_notification(info: Info, notification_id: int | None) -> Notification | None:
    """The viewer's own notification ``notification_id`` (None for anyone else's)."""
    if notification_id is None:
        return None
    actor = info.context.actor

    async def load(ids: list[int]) -> list[models.Notification | None]:
        return await inbox.notifications_by_ids(actor, ids)

    row = await info.context.loader("notification_by_id", load).load(notification_id)
    return Notification.from_model(row) if row is not None else None


@node_resolver("Notification")
async def resolve_notification_node(info: Info, pk: int) -> Notification | None:
    return await load_notification(info, pk)


@strawberry.type(
    description="提醒模板 (ReminderTemplate)：提醒的中文文本，按期限类型、阶段和渠道选用，"
    "最具体的优先（如 push.claim.due_soon.sms → default.due_soon.sms → push.claim.due_soon → "
    "default.due_soon）；${名称} 占位符在发送时替换，发送后的文本不再改变 (M1)。只读。"
)
class ReminderTemplate:
    name: str = strawberry.field(
        description="模板名称 (name)：期限类型.阶段[.sms]，如 push.claim.due_soon；"
        "default 开头的适用于没有专用模板的期限类型。"
    )
    channels: list[ReminderChannelEnum] = strawberry.field(
        description="渠道 (channels)：.sms 模板用于短信；其余用于站内通知和电子邮件"
        "（短信无专用模板时也用它）。"
    )
    subject: str = strawberry.field(
        description="标题 (subject)：站内通知的标题、电子邮件的主题（模板第一行）。"
    )
    text: str = strawberry.field(description="正文 (text)：模板其余各行。")
    variables: list[str] = strawberry.field(
        description="占位符 (variables)：模板用到的 ${名称}，按首次出现的顺序。"
    )

    @classmethod
    def from_domain(cls, template: messages.ReminderTemplate) -> ReminderTemplate:
        sms = template.name.endswith(".sms")
        return cls(
            name=template.name,
            channels=[ReminderChannelEnum.SMS]
            if sms
            else [ReminderChannelEnum.IN_APP, ReminderChannelEnum.EMAIL],
            subject=template.subject,
            text=template.body,
            variables=list(template.variables),
        )
