"""GraphQL types of the audit trail (A1)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.scalars import JSON

from api.accounts.types import Department, load_department
from api.context import Info
from api.relay import Node, from_global_id, int_pk, node_resolver, to_global_id
from domain.audit import models, services
from domain.errors import DomainError


@strawberry.type(
    description=(
        "审计事件 (AuditEvent)：全程留痕中的一条记录——谁、何时、对什么对象做了什么、"
        "修改前后的内容。事件不可修改，每条带有前一条的哈希，构成可验证的哈希链。"
    )
)
class AuditEvent(Node):
    pk: strawberry.Private[int]
    department_pk: strawberry.Private[int | None]
    actor_user_pk: strawberry.Private[int | None]
    actor_token_pk: strawberry.Private[int | None]
    seq: int = strawberry.field(
        description="序号 (seq)：从 1 起连续编号，无缺号；审计链按此顺序排列。"
    )
    at: datetime = strawberry.field(description="发生时间 (at)：UTC 时间，显示时换算为北京时间。")
    actor_username: str = strawberry.field(
        description="操作人用户名 (actor username)：记录时的用户名，用户改名或删除后仍保留。"
    )
    action: str = strawberry.field(
        description="操作 (action)：对象类型.动作，如 user.create、push.claim。"
    )
    target_type: str = strawberry.field(
        description="对象类型 (target type)：被操作对象的类型名，如 User、Push。"
    )
    target_id: str = strawberry.field(
        description="对象编号 (target id)：被操作对象的主键（非全局编号）。"
    )
    before: JSON | None = strawberry.field(
        description="修改前 (before)：对象修改前的内容快照（JSON）；新建时为 null。"
    )
    after: JSON | None = strawberry.field(
        description="修改后 (after)：对象修改后的内容快照（JSON）；删除时为 null。"
    )
    request_id: str | None = strawberry.field(
        description="请求编号 (request id)：产生此事件的 HTTP 请求编号，便于与日志对照。"
    )
    prev_hash: str = strawberry.field(
        description="前一事件哈希 (prev hash)：上一条事件的 SHA-256 哈希（十六进制）。"
    )
    hash: str = strawberry.field(
        description="事件哈希 (hash)：本事件规范化内容的 SHA-256 哈希，算法见 docs/audit.md。"
    )

    @strawberry.field(
        description="操作人 (actor user id)：操作用户的全局编号；系统或 API 令牌操作时为 null。"
    )
    def actor_user_id(self) -> strawberry.ID | None:
        return None if self.actor_user_pk is None else to_global_id("User", self.actor_user_pk)

    @strawberry.field(description="API 令牌 (actor token id)：通过 API 令牌操作时令牌的全局编号。")
    def actor_token_id(self) -> strawberry.ID | None:
        return (
            None if self.actor_token_pk is None else to_global_id("ApiToken", self.actor_token_pk)
        )

    @strawberry.field(
        description="所属部门 (department)：被操作对象所属的部门，决定谁可以查看此事件。"
    )
    async def department(self, info: Info) -> Department | None:
        return await load_department(info, self.department_pk)

    @classmethod
    def from_model(cls, row: models.AuditEvent) -> AuditEvent:
        return cls(
            pk=row.seq,
            department_pk=row.department_id,
            actor_user_pk=row.actor_user_id,
            actor_token_pk=row.actor_token_id,
            seq=row.seq,
            at=row.at,
            actor_username=row.actor_username,
            action=row.action,
            target_type=row.target_type,
            target_id=row.target_id,
            before=row.before,
            after=row.after,
            request_id=row.request_id,
            prev_hash=row.prev_hash,
            hash=row.hash,
        )


@strawberry.input(description="审计事件筛选条件 (AuditEventFilter)：各条件同时满足；不填表示不限。")
class AuditEventFilter:
    action_prefix: str | None = strawberry.field(
        default=None, description="操作前缀 (action prefix)：如 user. 匹配所有用户相关操作。"
    )
    actor_username: str | None = strawberry.field(
        default=None, description="操作人用户名 (actor username)：记录时的用户名。"
    )
    actor_user_id: strawberry.ID | None = strawberry.field(
        default=None, description="操作人 (actor user id)：用户的全局编号。"
    )
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="部门 (department id)：部门的全局编号。"
    )
    target_type: str | None = strawberry.field(
        default=None, description="对象类型 (target type)：如 User、Push。"
    )
    since: datetime | None = strawberry.field(
        default=None, description="起始时间 (since)：含此时刻，须带时区。"
    )
    until: datetime | None = strawberry.field(
        default=None, description="截止时间 (until)：不含此时刻，须带时区。"
    )

    def to_domain(self) -> services.EventFilter:
        return services.EventFilter(
            action_prefix=self.action_prefix,
            actor_username=self.actor_username,
            actor_user_id=None
            if self.actor_user_id is None
            else int_pk(self.actor_user_id, "User", "filter.actorUserId"),
            department_id=None
            if self.department_id is None
            else int_pk(self.department_id, "Department", "filter.departmentId"),
            target_type=self.target_type,
            since=self.since,
            until=self.until,
        )


def target_pk(target_type: str, target_id: str) -> str:
    """The target's key as recorded: ``target_id`` itself, or the key inside a global
    id of ``target_type`` (so clients may pass either)."""
    try:
        type_name, pk = from_global_id(target_id)
    except DomainError:
        return target_id
    return pk if type_name == target_type else target_id


TargetType = Annotated[
    str, strawberry.argument(description="对象类型 (target type)：如 User、Push、SupervisionTask。")
]
TargetId = Annotated[
    strawberry.ID,
    strawberry.argument(description="对象编号 (target id)：对象的主键，或其全局编号 (global id)。"),
]


@node_resolver("AuditEvent")
async def resolve_audit_event_node(info: Info, pk: int) -> AuditEvent | None:
    if not info.context.actor.is_authenticated:
        return None
    row = await services.visible_event(info.context.actor, pk)
    return AuditEvent.from_model(row) if row is not None else None
