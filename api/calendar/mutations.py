"""Mutations of the working-day calendar: enter a year's notice, correct one day."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from api.calendar.types import CalendarDay, MovedDeadline
from api.context import Info
from api.errors import (
    InvalidInputError,
    NotAuthenticatedError,
    PermissionDeniedError,
    ReadOnlyTokenError,
    mutation_result,
    result_union,
)
from domain.calendar import services
from domain.calendar.rules import HolidayNotice, HolidayRange


@strawberry.input(description="放假安排 (HolidayRangeInput)：一个节日的放假起止日期（含）。")
class HolidayRangeInput:
    name: str = strawberry.field(description="节日名称 (name)，如“春节”。")
    from_: date = strawberry.field(name="from", description="放假开始日期 (from)，含。")
    to: date = strawberry.field(description="放假结束日期 (to)，含。")


@strawberry.input(
    description="录入节假日安排输入 (EnterHolidayNoticeInput)：按国务院办公厅通知录入一整年。"
)
class EnterHolidayNoticeInput:
    year: int = strawberry.field(description="年份 (year)。")
    holidays: list[HolidayRangeInput] = strawberry.field(
        description="放假安排 (holidays)：各节日的放假日期，须在该年内且互不重叠。"
    )
    working_weekend_days: list[date] = strawberry.field(
        description="调休上班日 (workingWeekendDays)：需要上班的周六、周日。"
    )


@strawberry.type(
    description="节假日安排已录入 (EnterHolidayNoticeSuccess)：该年已知；经过该年的期限已重新计算。"
)
class EnterHolidayNoticeSuccess:
    year: int = strawberry.field(description="录入的年份 (year)。")
    moved_deadlines: list[MovedDeadline] = strawberry.field(
        description="到期时间变动的期限 (movedDeadlines)：按新到期时间排序。"
    )


@strawberry.input(description="更正日历输入 (CorrectCalendarDayInput)：更正某一天是否为工作日。")
class CorrectCalendarDayInput:
    date: date = strawberry.field(description="日期 (date)。")
    is_working_day: bool = strawberry.field(description="是否工作日 (isWorkingDay)。")
    reason: str = strawberry.field(description="更正原因 (reason)：必填，记入全程留痕。")


@strawberry.type(description="日历已更正 (CorrectCalendarDaySuccess)：经过该日的期限已重新计算。")
class CorrectCalendarDaySuccess:
    day: CalendarDay = strawberry.field(description="更正后的这一天 (day)。")
    moved_deadlines: list[MovedDeadline] = strawberry.field(
        description="到期时间变动的期限 (movedDeadlines)：按新到期时间排序。"
    )


CalendarErrors = (
    ReadOnlyTokenError | NotAuthenticatedError | PermissionDeniedError | InvalidInputError
)

EnterHolidayNoticeResult = result_union(
    "EnterHolidayNoticeResult",
    EnterHolidayNoticeSuccess,
    "录入节假日安排结果 (EnterHolidayNoticeResult)。",
    errors=CalendarErrors,
)
CorrectCalendarDayResult = result_union(
    "CorrectCalendarDayResult",
    CorrectCalendarDaySuccess,
    "更正日历结果 (CorrectCalendarDayResult)。",
    errors=CalendarErrors,
)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="录入节假日安排 (enterHolidayNotice)：系统管理员按国务院办公厅通知录入一整年；"
        "返回到期时间因此变动的期限。"
    )
    async def enter_holiday_notice(
        self,
        info: Info,
        input: Annotated[
            EnterHolidayNoticeInput,
            strawberry.argument(
                description="录入节假日安排输入 (input)：年份、放假安排、调休上班日。"
            ),
        ],
    ) -> EnterHolidayNoticeResult:
        notice = HolidayNotice(
            year=input.year,
            holidays=tuple(HolidayRange(h.name, h.from_, h.to) for h in input.holidays),
            working_weekend_days=tuple(input.working_weekend_days),
        )

        async def work() -> EnterHolidayNoticeSuccess:
            result = await services.enter_holiday_notice(info.context.actor, notice)
            return EnterHolidayNoticeSuccess(
                year=result.year,
                moved_deadlines=[MovedDeadline.from_domain(m) for m in result.moved],
            )

        return await mutation_result(work())

    @strawberry.mutation(
        description="更正日历 (correctCalendarDay)：系统管理员更正某一天是否为工作日，须填写原因。"
    )
    async def correct_calendar_day(
        self,
        info: Info,
        input: Annotated[
            CorrectCalendarDayInput,
            strawberry.argument(description="更正日历输入 (input)：日期、是否工作日、原因。"),
        ],
    ) -> CorrectCalendarDayResult:
        async def work() -> CorrectCalendarDaySuccess:
            result = await services.correct_calendar_day(
                info.context.actor, input.date, input.is_working_day, input.reason
            )
            view = (await services.calendar_days(info.context.actor, input.date, input.date))[0]
            return CorrectCalendarDaySuccess(
                day=CalendarDay.from_view(view),
                moved_deadlines=[MovedDeadline.from_domain(m) for m in result.moved],
            )

        return await mutation_result(work())
