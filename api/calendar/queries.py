"""Queries of the working-day calendar: status, days, working-day arithmetic for clients."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import strawberry

from api.calendar.types import CalendarDay, CalendarStatus, DueTime, WorkingDayResult
from api.context import Info
from domain.calendar import services


@strawberry.type
class Query:
    @strawberry.field(
        description="工作日历状态 (calendarStatus)：已录入的年份；"
        "缺少下一年时（11 月 1 日起）给出提醒。"
    )
    async def calendar_status(self, info: Info) -> CalendarStatus:
        status = await services.calendar_status(info.context.actor)
        next_year = status.today.year + 1
        return CalendarStatus(
            today=status.today,
            known_years=status.known_years,
            next_year=next_year,
            next_year_known=next_year in status.known_years,
            warning=status.warning,
        )

    @strawberry.field(
        description="日历 (calendarDays)：从 from 到 to（含）的每一天，一次至多 366 天。"
    )
    async def calendar_days(
        self,
        info: Info,
        from_: Annotated[
            date, strawberry.argument(name="from", description="开始日期 (from)，含。")
        ],
        to: Annotated[date, strawberry.argument(description="结束日期 (to)，含。")],
    ) -> list[CalendarDay]:
        views = await services.calendar_days(info.context.actor, from_, to)
        return [CalendarDay.from_view(view) for view in views]

    @strawberry.field(
        description="加工作日 (addWorkingDays)：date 之后的第 days 个工作日（当日不计，T2）。"
    )
    async def add_working_days(
        self,
        info: Info,
        date: Annotated[date, strawberry.argument(description="起算日期 (date)，当日不计。")],
        days: Annotated[int, strawberry.argument(description="工作日数 (days)：1 到 1000。")],
    ) -> WorkingDayResult:
        result = await services.add_working_days(info.context.actor, date, days)
        return WorkingDayResult(date=result.date, provisional=result.provisional)

    @strawberry.field(
        description="到期时间 (dueTime)：事件之后第 workingDays 个工作日北京时间 23:59:59（T2）。"
    )
    async def due_time(
        self,
        info: Info,
        event_at: Annotated[
            datetime, strawberry.argument(description="事件时间 (eventAt)：带时区。")
        ],
        working_days: Annotated[
            int, strawberry.argument(description="工作日数 (workingDays)：1 到 1000。")
        ],
    ) -> DueTime:
        due = await services.due_time(info.context.actor, event_at, working_days)
        return DueTime(due_at=due.due_at, due_date=due.due_date, provisional=due.provisional)
