"""Working-day arithmetic (T1–T4): pure functions over a :class:`WorkingDayCalendar`.

No I/O and no clock reads: the calendar and every time are passed in. Times are
timezone-aware; due times are 23:59:59 Asia/Shanghai of a local date, returned in UTC.

A day is a working day when the calendar says so; a day the calendar holds no
entry for is a working day when it is Monday to Friday. A year the calendar does
not know in full makes a result *provisional* (T1): it was counted (partly) on
Monday–Friday and will be recomputed when the year is entered.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from domain.calendar.errors import CalendarNoticeInvalid as Invalid

SHANGHAI = ZoneInfo("Asia/Shanghai")
END_OF_DAY = time(23, 59, 59)
MIN_YEAR = 2000
MAX_YEAR = 2100
# The longest span a deadline may count; guards the day-by-day walk.
MAX_WORKING_DAYS = 1000


class DaySource(StrEnum):
    PACKAGE = "PACKAGE"  # seeded from the chinese-calendar package
    NOTICE = "NOTICE"  # entered from the State Council notice
    CORRECTION = "CORRECTION"  # a single day corrected by an administrator


def is_weekday(day: date) -> bool:
    return day.weekday() < 5


@dataclass(frozen=True)
class WorkingDayCalendar:
    """The calendar as the rules see it.

    ``known_years``: years entered in full (from the package or a notice).
    ``overrides``: the days whose working status differs from Monday–Friday,
    date → is working day (holidays on weekdays, 调休上班 weekend days, corrections).
    """

    known_years: frozenset[int] = frozenset()
    overrides: Mapping[date, bool] = field(default_factory=dict)

    def is_working_day(self, day: date) -> bool:
        status = self.overrides.get(day)
        return is_weekday(day) if status is None else status

    def is_known(self, day: date) -> bool:
        return day.year in self.known_years

    def with_year(self, year: int, working: Mapping[date, bool]) -> WorkingDayCalendar:
        """This calendar with ``year`` replaced by ``working`` (date → is working day)."""
        overrides = {d: w for d, w in self.overrides.items() if d.year != year}
        overrides.update({d: w for d, w in working.items() if w != is_weekday(d)})
        return WorkingDayCalendar(self.known_years | {year}, overrides)

    def with_day(self, day: date, is_working_day: bool) -> WorkingDayCalendar:
        overrides = dict(self.overrides)
        if is_working_day == is_weekday(day):
            overrides.pop(day, None)
        else:
            overrides[day] = is_working_day
        return WorkingDayCalendar(self.known_years, overrides)


@dataclass(frozen=True)
class WorkingDayResult:
    date: date
    provisional: bool  # counted over a year the calendar does not know


@dataclass(frozen=True)
class DueTime:
    due_at: datetime  # UTC
    due_date: date  # the local (Asia/Shanghai) date of the due time
    provisional: bool


def local_date(at: datetime) -> date:
    """The Asia/Shanghai date of an aware datetime."""
    if at.tzinfo is None:
        raise ValueError("naive datetime: pass a timezone-aware time")
    return at.astimezone(SHANGHAI).date()


def end_of_day(day: date) -> datetime:
    """23:59:59 Asia/Shanghai of ``day``, in UTC."""
    return datetime.combine(day, END_OF_DAY, tzinfo=SHANGHAI).astimezone(UTC)


def start_of_day(day: date) -> datetime:
    """00:00:00 Asia/Shanghai of ``day``, in UTC."""
    return datetime.combine(day, time(0), tzinfo=SHANGHAI).astimezone(UTC)


def add_working_days(calendar: WorkingDayCalendar, start: date, days: int) -> WorkingDayResult:
    """The ``days``-th working day after ``start``; ``start`` itself is not counted (T2)."""
    if not 1 <= days <= MAX_WORKING_DAYS:
        raise ValueError(f"working days must be between 1 and {MAX_WORKING_DAYS}")
    day, counted, provisional = start, 0, False
    while counted < days:
        day += timedelta(days=1)
        provisional = provisional or not calendar.is_known(day)
        if calendar.is_working_day(day):
            counted += 1
    return WorkingDayResult(day, provisional)


def due_after_working_days(calendar: WorkingDayCalendar, event_at: datetime, days: int) -> DueTime:
    """T2: 23:59:59 Asia/Shanghai of the ``days``-th working day after the event's date."""
    result = add_working_days(calendar, local_date(event_at), days)
    return DueTime(end_of_day(result.date), result.date, result.provisional)


def due_same_day(work_at: datetime) -> DueTime:
    """T3: 当天24:00前 = 23:59:59 Asia/Shanghai of the day the work was done."""
    day = local_date(work_at)
    return DueTime(end_of_day(day), day, False)


def working_days_between(calendar: WorkingDayCalendar, after: date, until: date) -> int:
    """The number of working days ``d`` with ``after < d <= until``."""
    return sum(1 for d in _days(after + timedelta(days=1), until) if calendar.is_working_day(d))


def working_days_late(calendar: WorkingDayCalendar, due_at: datetime, acted_at: datetime) -> int:
    """T4: 0 when acted on time; otherwise the working days after the due date up to
    and including the day of the action, at least 1 (late on a rest day is still late)."""
    if acted_at <= due_at:
        return 0
    return max(1, working_days_between(calendar, local_date(due_at), local_date(acted_at)))


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def days_of_year(year: int) -> Iterator[date]:
    return _days(date(year, 1, 1), date(year, 12, 31))


# ---- next year's notice (T1) -------------------------------------------------


def missing_year_warning(known_years: frozenset[int], today: date) -> str | None:
    """The warning administrators see: this year unknown, or next year unknown from 1 November."""
    if today.year not in known_years:
        return (
            f"工作日历尚未录入 {today.year} 年的节假日安排："
            f"{today.year} 年的期限暂按周一至周五计算，标记为暂定，"
            "请尽快录入国务院办公厅的节假日安排通知。"
        )
    next_year = today.year + 1
    if today >= date(today.year, 11, 1) and next_year not in known_years:
        return (
            f"工作日历尚未录入 {next_year} 年的节假日安排："
            f"跨入 {next_year} 年的期限暂按周一至周五计算，标记为暂定；"
            "国务院办公厅通知发布后请及时录入，录入后这些期限将自动重新计算。"
        )
    return None


@dataclass(frozen=True)
class HolidayRange:
    name: str
    first: date  # "from" in the notice and the API
    last: date  # "to", inclusive


@dataclass(frozen=True)
class HolidayNotice:
    """One year's holiday arrangement as the State Council notice lists it."""

    year: int
    holidays: tuple[HolidayRange, ...]
    working_weekend_days: tuple[date, ...]


@dataclass(frozen=True)
class NoticeDay:
    date: date
    is_working_day: bool
    holiday_name: str | None


def validate_notice(notice: HolidayNotice) -> None:
    """Raise :class:`CalendarNoticeInvalid` naming the first wrong input field."""
    year = notice.year
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Invalid(f"年份须在 {MIN_YEAR} 到 {MAX_YEAR} 之间。", field="input.year")
    if not notice.holidays:
        raise Invalid("请至少填写一个节假日。", field="input.holidays")
    for i, holiday in enumerate(notice.holidays):
        path = f"input.holidays[{i}]"
        if not holiday.name.strip():
            raise Invalid("节假日名称不能为空。", field=f"{path}.name")
        if len(holiday.name.strip()) > 64:
            raise Invalid("节假日名称不能超过 64 个字符。", field=f"{path}.name")
        if holiday.first.year != year:
            raise Invalid(f"放假开始日期须在 {year} 年内。", field=f"{path}.from")
        if holiday.last.year != year:
            raise Invalid(f"放假结束日期须在 {year} 年内。", field=f"{path}.to")
        if holiday.last < holiday.first:
            raise Invalid("放假结束日期不能早于开始日期。", field=f"{path}.to")
        for j in range(i):
            other = notice.holidays[j]
            if holiday.first <= other.last and other.first <= holiday.last:
                raise Invalid(
                    f"与第 {j + 1} 个节假日（{other.name}）的日期重叠。", field=f"{path}.from"
                )
    seen: set[date] = set()
    for i, day in enumerate(notice.working_weekend_days):
        path = f"input.workingWeekendDays[{i}]"
        if day.year != year:
            raise Invalid(f"调休上班日须在 {year} 年内。", field=path)
        if is_weekday(day):
            raise Invalid(f"{day.isoformat()} 不是周六或周日，无需调休上班。", field=path)
        if day in seen:
            raise Invalid(f"{day.isoformat()} 重复填写。", field=path)
        for holiday in notice.holidays:
            if holiday.first <= day <= holiday.last:
                raise Invalid(
                    f"{day.isoformat()} 在节假日（{holiday.name}）期间，不能同时为调休上班日。",
                    field=path,
                )
        seen.add(day)


def notice_days(notice: HolidayNotice) -> list[NoticeDay]:
    """Every day of the notice's year: holidays rest, 调休 weekend days work, others Mon–Fri."""
    names: dict[date, str] = {}
    for holiday in notice.holidays:
        for day in _days(holiday.first, holiday.last):
            names[day] = holiday.name.strip()
    working_weekend = set(notice.working_weekend_days)
    return [
        NoticeDay(
            date=day,
            is_working_day=day in working_weekend or (day not in names and is_weekday(day)),
            holiday_name=names.get(day),
        )
        for day in days_of_year(notice.year)
    ]


def summarize_year(days: Mapping[date, bool]) -> dict[str, list[str]]:
    """A JSON-able summary of a year's exceptions (for the audit trail)."""
    return {
        "rest_weekdays": sorted(d.isoformat() for d, w in days.items() if not w and is_weekday(d)),
        "working_weekend_days": sorted(
            d.isoformat() for d, w in days.items() if w and not is_weekday(d)
        ),
    }
