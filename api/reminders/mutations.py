"""Mutations of reminders (M1): mark the viewer's own notifications read."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from api.context import Info
from api.errors import (
    InvalidInputError,
    NotAuthenticatedError,
    NotFoundError,
    PermissionDeniedError,
    mutation_result,
    result_union,
)
from api.relay import int_pk
from api.reminders.types import Notification
from domain.reminders import inbox


@strawberry.input(
    description="标记通知已读 (MarkNotificationsReadInput)：给出 ids，或 all 为真（二者选一）。"
)
class MarkNotificationsReadInput:
    ids: list[strawberry.ID] | None = strawberry.field(
        default=None,
        description="通知编号 (ids)：本人的 Notification 全局编号，一次至多 100 条；"
        "有一条不是本人的或不存在时返回 NOT_FOUND，不标记任何一条。",
    )
    all: bool = strawberry.field(
        default=False, description="全部已读 (all)：把本人的全部未读通知标记为已读。"
    )


@strawberry.type(description="通知已标记为已读 (MarkNotificationsReadSuccess)。")
class MarkNotificationsReadSuccess:
    notifications: list[Notification] = strawberry.field(
        description="本次标记为已读的通知 (notifications)：原已读的不在其中。"
    )
    unread_count: int = strawberry.field(description="剩余未读通知数 (unreadCount)。")


MarkNotificationsReadResult = result_union(
    "MarkNotificationsReadResult",
    MarkNotificationsReadSuccess,
    "标记通知已读结果 (MarkNotificationsReadResult)。",
    errors=NotAuthenticatedError | PermissionDeniedError | NotFoundError | InvalidInputError,
)


def _pks(ids: list[strawberry.ID] | None) -> list[int] | None:
    return None if ids is None else [int_pk(i, "Notification", "ids") for i in ids]


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="标记通知已读 (markNotificationsRead)：只能标记本人的通知 (M1)；"
        "每次标记记入全程留痕。"
    )
    async def mark_notifications_read(
        self,
        info: Info,
        input: Annotated[
            MarkNotificationsReadInput, strawberry.argument(description="标记已读 (input)。")
        ],
    ) -> MarkNotificationsReadResult:
        actor = info.context.actor

        async def work() -> Any:
            rows = await inbox.mark_read(actor, _pks(input.ids), all=input.all)
            return MarkNotificationsReadSuccess(
                notifications=[Notification.from_model(r) for r in rows],
                unread_count=await inbox.unread_count(actor),
            )

        return await mutation_result(work())
