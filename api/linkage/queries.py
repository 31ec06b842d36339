"""Queries of the linkage loop: the push and task queues (A2), disputes, licensees."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.context import Info
from api.linkage.preload import preload_pushes
from api.linkage.types import (
    Dispute,
    DisputeStatusEnum,
    Licensee,
    Push,
    PushStatusEnum,
    SupervisionTask,
    TaskStatusEnum,
)
from api.relay import Connection, int_pk, paginate
from domain.clock import utc_now
from domain.errors import InvalidInput
from domain.linkage import rules
from domain.linkage.services import due_events, reads

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


def _department(global_id: strawberry.ID | None, field: str) -> int | None:
    return None if global_id is None else int_pk(global_id, "Department", field)


def _aware(value: datetime | None, field: str) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise InvalidInput("时间必须带时区 (timezone required)。", field=field)
    return value


async def _threshold(due_soon: bool | None, now: datetime) -> datetime | None:
    """The due-soon threshold (1 working day after now), read only when filtered by it."""
    return None if due_soon is None else await due_events.due_soon_threshold(now)


@strawberry.input(description="推送筛选条件 (PushFilter)：各条件同时满足；不填表示不限。")
class PushFilter:
    status: PushStatusEnum | None = strawberry.field(default=None, description="状态 (status)。")
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="监管部门 (departmentId)：部门的全局编号。"
    )
    approval_department_id: strawberry.ID | None = strawberry.field(
        default=None, description="审批部门 (approvalDepartmentId)：部门的全局编号。"
    )
    due_before: datetime | None = strawberry.field(
        default=None, description="认领期限早于 (dueBefore)：如“即将到期”的界限，须带时区。"
    )
    overdue: bool | None = strawberry.field(
        default=None,
        description="是否逾期 (overdue)：真＝未认领且已过期或逾期认领，假＝其余。",
    )
    due_soon: bool | None = strawberry.field(
        default=None,
        description="即将到期 (dueSoon)：真＝未认领、1 个工作日内到期且未逾期（黄灯，A2）；"
        "假＝其余。",
    )
    text: str | None = strawberry.field(
        default=None,
        description="搜索 (text)：法律文书编号、事项名称、相对人名称或代码包含该文字。",
    )


@strawberry.input(description="监管任务筛选条件 (SupervisionTaskFilter)。")
class SupervisionTaskFilter:
    status: TaskStatusEnum | None = strawberry.field(default=None, description="状态 (status)。")
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="监管部门 (departmentId)：部门的全局编号。"
    )
    due_before: datetime | None = strawberry.field(
        default=None, description="反馈期限早于 (dueBefore)：须带时区。"
    )
    overdue: bool | None = strawberry.field(
        default=None, description="是否逾期 (overdue)：办理中且已过反馈期限。"
    )
    due_soon: bool | None = strawberry.field(
        default=None,
        description="即将到期 (dueSoon)：真＝未办结、1 个工作日内到期且未逾期（黄灯，A2）；"
        "假＝其余。",
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="审批信息推送 (pushes)：按认领期限由近到远排序 (A2)；部门只看本部门审批或"
        "监管的推送，协调小组看全部（含无审管关联的推送）。"
    )
    async def pushes(
        self,
        info: Info,
        filter: Annotated[
            PushFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[Push]:
        f = filter or PushFilter()
        now = utc_now()
        queryset = reads.pushes(
            info.context.actor,
            reads.PushFilter(
                status=rules.PushStatus(f.status.value) if f.status else None,
                department_id=_department(f.department_id, "departmentId"),
                approval_department_id=_department(
                    f.approval_department_id, "approvalDepartmentId"
                ),
                due_before=_aware(f.due_before, "dueBefore"),
                overdue=f.overdue,
                text=f.text,
                due_soon=f.due_soon,
            ),
            now,
            await _threshold(f.due_soon, now),
        )
        page = await paginate(
            queryset,
            first=first,
            after=after,
            node=lambda row: Push.from_model(row, now),
            order=("claim_due_at",),
        )
        await preload_pushes(info, [edge.node.row for edge in page.edges], now)
        return page

    @strawberry.field(
        description="监管任务 (supervisionTasks)：按反馈期限由近到远排序 (A2)；部门只看本部门的。"
    )
    async def supervision_tasks(
        self,
        info: Info,
        filter: Annotated[
            SupervisionTaskFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[SupervisionTask]:
        f = filter or SupervisionTaskFilter()
        now = utc_now()
        queryset = reads.supervision_tasks(
            info.context.actor,
            reads.TaskFilter(
                status=rules.TaskStatus(f.status.value) if f.status else None,
                department_id=_department(f.department_id, "departmentId"),
                due_before=_aware(f.due_before, "dueBefore"),
                overdue=f.overdue,
                due_soon=f.due_soon,
            ),
            now,
            await _threshold(f.due_soon, now),
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=lambda row: SupervisionTask.from_model(row, now),
            order=("due_at",),
        )

    @strawberry.field(
        description="职责争议 (disputes)：按退回时间排序；协调小组看全部，部门看本部门退回的。"
    )
    async def disputes(
        self,
        info: Info,
        status: Annotated[
            DisputeStatusEnum | None,
            strawberry.argument(description="状态 (status)：如 OPEN 只看未解决的。"),
        ] = None,
        department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="退回的部门 (departmentId)：部门的全局编号。"),
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[Dispute]:
        queryset = reads.disputes(
            info.context.actor,
            status=rules.DisputeStatus(status.value) if status else None,
            department_id=_department(department_id, "departmentId"),
        )
        return await paginate(
            queryset, first=first, after=after, node=Dispute.from_model, order=("opened_at",)
        )

    @strawberry.field(
        description="行政相对人 (licensees)：按名称排序；部门只看本部门推送涉及的相对人 (P6)。"
    )
    async def licensees(
        self,
        info: Info,
        search: Annotated[
            str | None,
            strawberry.argument(description="搜索 (search)：名称或代码包含该文字。"),
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[Licensee]:
        actor = info.context.actor
        involved = reads.licensee_contact_departments(actor)
        return await paginate(
            reads.licensees(actor, search),
            first=first,
            after=after,
            node=lambda row: Licensee.from_model(row, actor, involved),
            order=("name",),
        )
