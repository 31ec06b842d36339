"""Subscriptions of the audit trail (A1): newly recorded events, for auditors."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from api.audit.types import AuditEvent
from api.context import Info
from domain.audit import services
from shenguan.pubsub import get_pubsub


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description=(
            "新审计事件 (audit event recorded)：每记录一条审计事件即推送一次；仅限审计人员，"
            "其他人订阅时返回 PERMISSION_DENIED 错误。"
        )
    )
    async def audit_event_recorded(self, info: Info) -> AsyncGenerator[AuditEvent, None]:
        actor = info.context.actor
        services.require_auditor(actor)
        async with get_pubsub().subscribe(services.CHANNEL) as messages:
            async for message in messages:
                seq = message.get("seq")
                if not isinstance(seq, int):
                    continue
                # The message carries ids only; load the event and check it for this actor.
                row = await services.visible_event(actor, seq)
                if row is not None:
                    yield AuditEvent.from_model(row)
