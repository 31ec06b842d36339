"""The timeline of a push (A1): its history from the audit trail, for whoever may read it."""

from __future__ import annotations

from datetime import datetime

import strawberry

from api.accounts.types import Department, load_department
from api.context import Info
from domain.linkage.services import timeline


@strawberry.type(
    description="时间线条目 (TimelineEntry)：推送及其监管任务、反馈、争议、许可申请、监管信息推送、"
    "期限和附件的一次状态变更，取自全程留痕 (A1)。"
)
class TimelineEntry:
    entry: strawberry.Private[timeline.TimelineEntry]
    seq: int = strawberry.field(description="留痕序号 (seq)：时间线按它排序。")
    at: datetime = strawberry.field(description="时间 (at)。")
    action: str = strawberry.field(description="动作 (action)：如 push.claim。")
    action_label: str = strawberry.field(
        description="动作名称 (action label)：中文，如“认领推送”“认领期限：办结计时”。"
    )
    actor_username: str = strawberry.field(
        description="操作人用户名 (actor username)：系统自动处理时为 system。"
    )
    target_type: str = strawberry.field(
        description="对象类型 (target type)：Push、SupervisionTask、TaskFeedback、Dispute、"
        "LicenseRequest、ReversePush、Deadline、Attachment。"
    )
    target_id: str = strawberry.field(description="对象编号 (target id)：该类型记录的编号。")
    changed_keys: list[str] = strawberry.field(
        description="变更的字段 (changed keys)：变更前后取值不同的字段名；新建时为全部字段。"
    )
    summary: str = strawberry.field(description="变更摘要 (summary)：变更的字段名，以“、”分隔。")

    @classmethod
    def from_entry(cls, entry: timeline.TimelineEntry) -> TimelineEntry:
        return cls(
            entry=entry,
            seq=entry.seq,
            at=entry.at,
            action=entry.action,
            action_label=entry.action_label,
            actor_username=entry.actor_username,
            target_type=entry.target_type,
            target_id=entry.target_id,
            changed_keys=list(entry.changed_keys),
            summary="、".join(entry.changed_keys),
        )

    @strawberry.field(description="所属部门 (department)：该条留痕记录所属的部门。")
    async def department(self, info: Info) -> Department | None:
        return await load_department(info, self.entry.department_id)


async def load_timeline(info: Info, push_id: int) -> list[TimelineEntry]:
    """The timeline of a push already read (a per-request DataLoader: pushes in one batch)."""
    entries = await info.context.loader("timeline_by_push_id", timeline.timelines_of).load(push_id)
    return [TimelineEntry.from_entry(entry) for entry in entries]
