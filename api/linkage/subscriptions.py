"""The live task stream (A2, M1 in-app): ``taskStream(after:)``, resumable by cursor.

The algorithm (subscribe first, replay after the cursor, read again on each message)
is the domain's (``domain.linkage.services.stream``); here each event becomes a
``TaskStreamEvent`` whose push and task are loaded for the subscriber, checked
against what it may see, fresh for every event.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from datetime import datetime
from enum import Enum
from typing import Annotated, Any

import strawberry
from tortoise.queryset import QuerySet

from api.accounts.types import Department, load_department
from api.context import Info
from api.linkage.types import Push, SupervisionTask
from api.relay import to_global_id
from api.reminders.types import Notification, load_notification
from domain.accounts.actor import Actor
from domain.linkage import models, rules
from domain.linkage.services import reads, stream


@strawberry.enum(name="TaskStreamEventKind", description="任务动态事件类型 (TaskStreamEventKind)。")
class TaskStreamEventKind(Enum):
    PUSH_RECEIVED = strawberry.enum_value(
        "PUSH_RECEIVED",
        description="收到推送 (push received)：推送到达本部门（按清单路由或重新分派）。",
    )
    ROUTING_GAP = strawberry.enum_value(
        "ROUTING_GAP", description="无审管关联 (routing gap)：推送没有路由，交协调小组分派。"
    )
    PUSH_RETURNED = strawberry.enum_value(
        "PUSH_RETURNED", description="推送被退回 (push returned)：职责争议，交协调小组 (P3)。"
    )
    TASK_CREATED = strawberry.enum_value(
        "TASK_CREATED", description="生成监管任务 (task created)：推送被认领 (P4)。"
    )
    CLAIM_DUE_SOON = strawberry.enum_value(
        "CLAIM_DUE_SOON", description="认领即将到期 (claim due soon)：1 个工作日内到期 (A2)。"
    )
    CLAIM_OVERDUE = strawberry.enum_value(
        "CLAIM_OVERDUE", description="认领已逾期 (claim overdue)：过了认领期限仍未认领 (T4)。"
    )
    TASK_DUE_SOON = strawberry.enum_value(
        "TASK_DUE_SOON",
        description="任务即将到期 (task due soon)：任务或整改复查 1 个工作日内到期 (A2)。",
    )
    TASK_OVERDUE = strawberry.enum_value(
        "TASK_OVERDUE", description="任务已逾期 (task overdue)：过了期限仍未反馈结果 (T4)。"
    )
    TASK_FED_BACK = strawberry.enum_value(
        "TASK_FED_BACK",
        description="结果已反馈 (task fed back)：监管结果已反馈（审批部门也收到）。",
    )
    REVERSE_PUSH_RECEIVED = strawberry.enum_value(
        "REVERSE_PUSH_RECEIVED", description="收到监管信息推送 (reverse push received)：P5。"
    )
    LICENSE_REQUEST_RECEIVED = strawberry.enum_value(
        "LICENSE_REQUEST_RECEIVED",
        description="收到变更、撤回、撤销、注销申请 (license request received)：S4。",
    )
    LICENSE_REQUEST_DECIDED = strawberry.enum_value(
        "LICENSE_REQUEST_DECIDED",
        description="申请已作出决定 (license request decided)：审批部门的决定推回 (S4)。",
    )
    NOTIFICATION = strawberry.enum_value(
        "NOTIFICATION",
        description="站内通知 (notification)：发给订阅者本人的提醒 (M1)，见 notification；"
        "只推送给通知的收件人本人。",
    )
    JOINT_REVIEW_RECEIVED = strawberry.enum_value(
        "JOINT_REVIEW_RECEIVED",
        description="收到商请函 (joint review received)：审批部门请本部门参加会审 (J1)，"
        "见 subjectId。",
    )
    JOINT_REVIEW_DECIDED = strawberry.enum_value(
        "JOINT_REVIEW_DECIDED",
        description="会审已决定 (joint review decided)：审批部门的决定推送给参加的部门 (J2)。",
    )
    INQUIRY_RECEIVED = strawberry.enum_value(
        "INQUIRY_RECEIVED", description="收到业务函询 (inquiry received)：需在期限内回复 (Q1)。"
    )
    INQUIRY_ANSWERED = strawberry.enum_value(
        "INQUIRY_ANSWERED", description="函询已回复 (inquiry answered)：推送给发函部门 (Q1)。"
    )
    INQUIRY_DEEMED_CONSENT = strawberry.enum_value(
        "INQUIRY_DEEMED_CONSENT",
        description="视为同意 (deemed consent)：函询逾期未回复，视为同意，"
        "责任由未回复部门承担 (Q1)。",
    )


def _visible_rows(
    actor: Actor, visible: Callable[[Actor], QuerySet[Any]]
) -> Callable[[Sequence[int]], Awaitable[list[Any]]]:
    """A DataLoader function: the rows of ``ids`` that ``actor`` may see, None elsewhere."""

    async def load(ids: Sequence[int]) -> list[Any]:
        rows = {row.id: row for row in await visible(actor).filter(id__in=list(set(ids)))}
        return [rows.get(i) for i in ids]

    return load


@strawberry.type(
    description="任务动态事件 (TaskStreamEvent)：本部门（协调小组、审计人员为全部）的新推送、"
    "新任务、即将到期与逾期等；cursor 用于断线后续传。"
)
class TaskStreamEvent:
    row: strawberry.Private[models.LinkageEvent]
    cursor: str = strawberry.field(
        description="游标 (cursor)：断线重连时作为 taskStream(after:) 传入，"
        "先补发其后错过的全部事件（按顺序、各一次），再推送新事件。"
    )
    kind: TaskStreamEventKind = strawberry.field(description="事件类型 (kind)。")
    occurred_at: datetime = strawberry.field(description="发生时间 (occurred at)。")
    reverse_push_id: strawberry.ID | None = strawberry.field(
        description="监管信息推送编号 (reverse push id)：全局编号，可用 node(id:) 查询 (P5)。"
    )
    license_request_id: strawberry.ID | None = strawberry.field(
        description="变更/撤回/撤销/注销申请编号 (license request id)：全局编号 (S4)。"
    )
    subject_id: strawberry.ID | None = strawberry.field(
        description="其他事项编号 (subject id)：商请函 (JointReviewRequest)、业务函询 (Inquiry) "
        "等的全局编号，可用 node(id:) 查询；推送、任务类事件为 null。"
    )

    @classmethod
    def from_model(cls, row: models.LinkageEvent) -> TaskStreamEvent:
        return cls(
            row=row,
            cursor=str(row.id),
            kind=TaskStreamEventKind(rules.LinkageEventKind(row.kind).value),
            occurred_at=row.created_at,
            reverse_push_id=None
            if row.reverse_push_id is None
            else to_global_id("ReversePush", row.reverse_push_id),
            license_request_id=None
            if row.license_request_id is None
            else to_global_id("LicenseRequest", row.license_request_id),
            subject_id=None
            if row.subject_id is None
            else to_global_id(row.subject_type, row.subject_id),
        )

    @strawberry.field(
        description="部门 (department)：事件所属部门；null 表示协调小组（无关联、退回）。"
    )
    async def department(self, info: Info) -> Department | None:
        return await load_department(info, self.row.department_id)

    @strawberry.field(
        description="推送 (push)：事件涉及的推送，按订阅者的权限读取；无权查看时为 null。"
    )
    async def push(self, info: Info) -> Push | None:
        if self.row.push_id is None:
            return None
        actor = info.context.actor
        row = await info.context.loader(
            "stream_push_by_id", _visible_rows(actor, reads.visible_pushes)
        ).load(self.row.push_id)
        return Push.from_model(row) if row is not None else None

    @strawberry.field(
        description="监管任务 (task)：事件涉及的任务，按订阅者的权限读取；无权查看时为 null。"
    )
    async def task(self, info: Info) -> SupervisionTask | None:
        if self.row.task_id is None:
            return None
        actor = info.context.actor
        row = await info.context.loader(
            "stream_task_by_id", _visible_rows(actor, reads.visible_tasks)
        ).load(self.row.task_id)
        return SupervisionTask.from_model(row) if row is not None else None

    @strawberry.field(
        description="站内通知 (notification)：NOTIFICATION 事件的通知，只有收件人本人收到 (M1)。"
    )
    async def notification(self, info: Info) -> Notification | None:
        return await load_notification(info, self.row.notification_id)


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="任务动态 (taskStream)：监管人员、审批人员、部门管理员和部门 API 令牌收到本部门"
        "的事件，协调小组和审计人员收到全部事件（含协调小组的）；站内通知 (NOTIFICATION) "
        "只发给收件人本人；未登录返回 NOT_AUTHENTICATED。"
        "断线后以最后收到的 cursor 作为 after 重连：先按顺序补发错过的事件，各一次，再推送新事件；"
        "事件存于数据库，服务重启不丢失。"
    )
    async def task_stream(
        self,
        info: Info,
        after: Annotated[
            str | None,
            strawberry.argument(
                description="游标 (after)：最后收到的事件的 cursor；不填则只接收订阅之后的新事件。"
                "无效时返回 INVALID_INPUT。"
            ),
        ] = None,
    ) -> AsyncGenerator[TaskStreamEvent, None]:
        events = stream.task_stream(info.context.actor, stream.parse_cursor(after))
        try:
            async for row in events:
                yield TaskStreamEvent.from_model(row)
        finally:
            await events.aclose()
