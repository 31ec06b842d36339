"""GraphQL types of the working-day calendar and deadlines (T1–T4)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.context import Info
from api.relay import Node, node_resolver, to_global_id
from domain.calendar import rules
from domain.calendar import services as calendar_services
from domain.clock import utc_now
from domain.deadlines import services as deadline_services
from domain.deadlines.models import Deadline as DeadlineRow
from domain.deadlines.models import DeadlineRule


@strawberry.enum(
    name="CalendarDaySource",
    description="日历来源 (CalendarDaySource)：这一天的工作日信息从何而来。",
)
class CalendarDaySourceEnum(Enum):
    PACKAGE = strawberry.enum_value(
        "PACKAGE",
        description="内置日历 (package)：由 chinese-calendar 软件包导入的法定节假日安排。",
    )
    NOTICE = strawberry.enum_value(
        "NOTICE", description="节假日通知 (notice)：管理员按国务院办公厅通知录入的全年安排。"
    )
    CORRECTION = strawberry.enum_value(
        "CORRECTION", description="单日更正 (correction)：管理员更正的某一天。"
    )


@strawberry.type(description="日历中的一天 (CalendarDay)：是否为法定工作日 (working day, T1)。")
class CalendarDay:
    date: date = strawberry.field(description="日期 (date)。")
    is_working_day: bool = strawberry.field(
        description="是否工作日 (isWorkingDay)：周一至周五，除去法定节假日，加上调休上班日。"
    )
    source: CalendarDaySourceEnum | None = strawberry.field(
        description="来源 (source)：为空表示该年尚未录入，暂按周一至周五计算。"
    )
    holiday_name: str | None = strawberry.field(
        description="节假日名称 (holidayName)：放假日为所属节日；调休上班日为其所调节日（如已知）。"
    )
    provisional: bool = strawberry.field(
        description="暂定 (provisional)：该年的节假日安排尚未录入，按周一至周五暂定。"
    )
    changed_by: str | None = strawberry.field(
        description="录入人 (changedBy)：录入或更正这一天的用户名；system 为系统导入。"
    )
    changed_at: datetime | None = strawberry.field(description="录入时间 (changedAt)，UTC。")
    reason: str | None = strawberry.field(description="更正原因 (reason)：单日更正时填写。")

    @classmethod
    def from_view(cls, view: calendar_services.DayView) -> CalendarDay:
        return cls(
            date=view.date,
            is_working_day=view.is_working_day,
            source=CalendarDaySourceEnum(view.source.value) if view.source else None,
            holiday_name=view.holiday_name,
            provisional=view.provisional,
            changed_by=view.changed_by,
            changed_at=view.changed_at,
            reason=view.reason,
        )


@strawberry.type(description="工作日历状态 (CalendarStatus)：已录入哪些年份，是否需要录入新一年。")
class CalendarStatus:
    today: date = strawberry.field(description="今天 (today)：北京时间的日期。")
    known_years: list[int] = strawberry.field(
        description="已录入年份 (knownYears)：全年节假日安排已录入的年份，升序。"
    )
    next_year: int = strawberry.field(description="下一年 (nextYear)。")
    next_year_known: bool = strawberry.field(
        description="下一年已录入 (nextYearKnown)：下一年的节假日安排是否已录入。"
    )
    warning: str | None = strawberry.field(
        description="提醒 (warning)：本年尚未录入，或已到 11 月 1 日而下一年尚未录入时，"
        "提醒管理员录入；否则为空。"
    )


@strawberry.type(description="工作日计算结果 (WorkingDayResult)：第 N 个工作日 (T2)。")
class WorkingDayResult:
    date: date = strawberry.field(description="日期 (date)：起算日之后的第 N 个工作日。")
    provisional: bool = strawberry.field(
        description="暂定 (provisional)：计算经过尚未录入的年份，按周一至周五暂定。"
    )


@strawberry.type(description="到期时间 (DueTime)：第 N 个工作日北京时间 23:59:59 (T2)。")
class DueTime:
    due_at: datetime = strawberry.field(description="到期时间 (dueAt)，UTC。")
    due_date: date = strawberry.field(description="到期日期 (dueDate)：北京时间的日期。")
    provisional: bool = strawberry.field(
        description="暂定 (provisional)：计算经过尚未录入的年份，按周一至周五暂定，录入后重新计算。"
    )


@strawberry.enum(name="DeadlineRule", description="期限规则 (DeadlineRule)。")
class DeadlineRuleEnum(Enum):
    WORKING_DAYS = strawberry.enum_value(
        "WORKING_DAYS",
        description="N 个工作日 (working days, T2)：事件当日不计，第 N 个工作日 23:59:59 到期。",
    )
    SAME_DAY = strawberry.enum_value(
        "SAME_DAY", description="当天 (same day, T3)：办理当天北京时间 23:59:59 到期。"
    )


@strawberry.type(
    description="期限 (Deadline)：某事须在其到期时间前完成；逾期照常办理但记为逾期 (T4)。"
)
class Deadline(Node):
    pk: strawberry.Private[int]
    department_pk: strawberry.Private[int | None]
    subject_type: str = strawberry.field(description="对象类型 (subjectType)：如 Push。")
    subject_id: str = strawberry.field(description="对象编号 (subjectId)：该对象的数据库编号。")
    kind: str = strawberry.field(description="期限种类 (kind)：须做的事，如 push.claim。")
    rule: DeadlineRuleEnum = strawberry.field(description="期限规则 (rule)。")
    started_at: datetime = strawberry.field(description="起算事件时间 (startedAt)，UTC。")
    working_days: int | None = strawberry.field(
        description="工作日数 (workingDays)：N 个工作日；当天规则为空。"
    )
    due_at: datetime = strawberry.field(description="到期时间 (dueAt)，UTC。")
    provisional: bool = strawberry.field(
        description="暂定 (provisional)：到期时间经过尚未录入的年份，录入后将重新计算。"
    )
    closed_at: datetime | None = strawberry.field(description="完成时间 (closedAt)：未完成为空。")
    closed_late_by_working_days: int | None = strawberry.field(
        description="逾期工作日数 (closedLateByWorkingDays)：按时完成为 0，未完成为空 (T4)。"
    )
    is_overdue: bool = strawberry.field(
        description="是否逾期 (isOverdue)：未完成且已过到期时间，或逾期完成。"
    )

    @strawberry.field(description="到期日期 (dueDate)：北京时间的日期。")
    def due_date(self) -> date:
        return rules.local_date(self.due_at)

    @strawberry.field(description="责任部门 (department)：须办理的部门；不属于某一部门时为空。")
    async def department(self, info: Info) -> Department | None:
        return await load_department(info, self.department_pk)

    @classmethod
    def from_model(cls, row: DeadlineRow) -> Deadline:
        return cls(
            pk=row.id,
            department_pk=row.department_id,
            subject_type=row.subject_type,
            subject_id=str(row.subject_id),
            kind=row.kind,
            rule=DeadlineRuleEnum(DeadlineRule(row.rule).value),
            started_at=row.started_at,
            working_days=row.working_days,
            due_at=row.due_at,
            provisional=row.provisional,
            closed_at=row.closed_at,
            closed_late_by_working_days=row.closed_late_by_working_days,
            is_overdue=deadline_services.is_overdue(row, utc_now()),
        )


async def load_deadline(info: Info, deadline_id: int) -> Deadline | None:
    actor = info.context.actor

    async def batch(ids: Sequence[int]) -> list[DeadlineRow | None]:
        return await deadline_services.visible_deadlines(actor, ids)

    row = await info.context.loader("deadline_by_id", batch).load(deadline_id)
    return Deadline.from_model(row) if row is not None else None


@node_resolver("Deadline")
async def resolve_deadline_node(info: Info, pk: int) -> Deadline | None:
    row = await deadline_services.visible_deadline(info.context.actor, pk)
    return Deadline.from_model(row) if row is not None else None


@strawberry.type(
    description="到期时间变动的期限 (MovedDeadline)：录入或更正日历后重新计算，到期时间改变的期限。"
)
class MovedDeadline:
    deadline_pk: strawberry.Private[int]
    department_pk: strawberry.Private[int | None]
    deadline_id: strawberry.ID = strawberry.field(
        description="期限编号 (deadlineId)：Deadline 的全局编号。"
    )
    subject_type: str = strawberry.field(description="对象类型 (subjectType)：如 Push。")
    subject_id: str = strawberry.field(description="对象编号 (subjectId)。")
    kind: str = strawberry.field(description="期限种类 (kind)，如 push.claim。")
    previous_due_at: datetime = strawberry.field(description="原到期时间 (previousDueAt)，UTC。")
    due_at: datetime = strawberry.field(description="新到期时间 (dueAt)，UTC。")
    provisional: bool = strawberry.field(
        description="仍为暂定 (provisional)：还经过其他尚未录入的年份。"
    )

    @strawberry.field(description="责任部门 (department)：须办理的部门。")
    async def department(self, info: Info) -> Department | None:
        return await load_department(info, self.department_pk)

    @strawberry.field(description="期限 (deadline)：当前用户无权查看该部门的业务记录时为空。")
    async def deadline(self, info: Info) -> Deadline | None:
        return await load_deadline(info, self.deadline_pk)

    @classmethod
    def from_domain(cls, moved: deadline_services.MovedDeadline) -> MovedDeadline:
        row = moved.deadline
        return cls(
            deadline_pk=row.id,
            department_pk=row.department_id,
            deadline_id=to_global_id("Deadline", row.id),
            subject_type=row.subject_type,
            subject_id=str(row.subject_id),
            kind=row.kind,
            previous_due_at=moved.previous_due_at,
            due_at=moved.due_at,
            provisional=row.provisional,
        )
