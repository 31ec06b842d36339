"""Queries of reminders (M1): the viewer's notifications and unread count, the templates."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Info
from api.relay import Connection, paginate
from api.reminders.types import Notification, ReminderTemplate
from domain.reminders import inbox

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


@strawberry.type
class Query:
    @strawberry.field(
        description="我的通知 (notifications)：发给当前用户本人的站内通知，新的在前 (M1)；"
        "任何人（包括协调小组、审计人员）都只能看到自己的。API 令牌：PERMISSION_DENIED。"
    )
    async def notifications(
        self,
        info: Info,
        unread_only: Annotated[
            bool, strawberry.argument(description="只看未读 (unreadOnly)。")
        ] = False,
        first: First = None,
        after: After = None,
    ) -> Connection[Notification]:
        return await paginate(
            inbox.notifications(info.context.actor, unread_only=unread_only),
            first=first,
            after=after,
            node=Notification.from_model,
            order=("-id",),
        )

    @strawberry.field(
        description="未读通知数 (unreadNotificationCount)：当前用户本人的未读站内通知条数。"
    )
    async def unread_notification_count(self, info: Info) -> int:
        return await inbox.unread_count(info.context.actor)

    @strawberry.field(
        description="提醒模板 (reminderTemplates)：各期限类型、阶段和渠道的提醒文本 (M1)，"
        "只读；系统管理员、协调小组和部门管理员可查看。"
    )
    async def reminder_templates(self, info: Info) -> list[ReminderTemplate]:
        return [ReminderTemplate.from_domain(t) for t in inbox.templates(info.context.actor)]
