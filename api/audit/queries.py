"""Queries of the audit trail (A1): one object's trail, and all events for auditors."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.audit.types import AuditEvent, AuditEventFilter, TargetId, TargetType, target_pk
from api.context import Info
from api.relay import Connection, paginate
from domain.audit import services

First = Annotated[
    int | None,
    strawberry.argument(description="每页条数 (first)：1 到 100，默认 20。"),
]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，从其后继续。"),
]


@strawberry.type
class Query:
    @strawberry.field(
        description=(
            "对象的审计记录 (audit trail)：某一对象的全部审计事件，按序号 (seq) 排列。"
            "审计人员、协调小组可查看全部；其他人员只能看到本部门的事件。"
        )
    )
    async def audit_trail(
        self,
        info: Info,
        target_type: TargetType,
        target_id: TargetId,
        first: First = None,
        after: After = None,
    ) -> Connection[AuditEvent]:
        events = services.audit_trail(
            info.context.actor, target_type, target_pk(target_type, target_id)
        )
        return await paginate(
            events, first=first, after=after, node=AuditEvent.from_model, order=("seq",)
        )

    @strawberry.field(
        description="审计事件 (audit events)：按条件筛选全部审计事件，按序号排列；仅限审计人员。"
    )
    async def audit_events(
        self,
        info: Info,
        filter: Annotated[
            AuditEventFilter | None,
            strawberry.argument(description="筛选条件 (filter)：不填表示全部。"),
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[AuditEvent]:
        domain_filter = filter.to_domain() if filter is not None else services.EventFilter()
        events = services.audit_events(info.context.actor, domain_filter)
        return await paginate(
            events, first=first, after=after, node=AuditEvent.from_model, order=("seq",)
        )
