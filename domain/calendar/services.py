"""Use cases of the working-day calendar (T1): seed, enter a notice, correct a day, read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tortoise.exceptions import IntegrityError

from domain.accounts.actor import SYSTEM, Actor
from domain.accounts.policy import Operation, require
from domain.audit.services import record
from domain.calendar import rules
from domain.calendar.errors import CalendarNoticeInvalid
from domain.calendar.models import CalendarDay, CalendarYear
from domain.calendar.package import package_days, package_years
from domain.calendar.rules import (
    DaySource,
    DueTime,
    HolidayNotice,
    NoticeDay,
    WorkingDayCalendar,
    WorkingDayResult,
)
from domain.calendar.store import bump_revision, get_calendar, load_calendar
from domain.clock import utc_now
from domain.deadlines.services import MovedDeadline, recompute_deadlines
from domain.errors import InvalidInput, NotAuthenticated
from domain.transaction import transaction

MAX_RANGE_DAYS = 366
BULK_BATCH = 1000


def require_manage_calendar(actor: Actor) -> None:
    """管理工作日历 (manage calendar): system administrators only (and the service itself)."""
    require(actor, Operation.MANAGE_CALENDAR)


def require_read_calendar(actor: Actor) -> None:
    """Anyone signed in (users and API tokens) may read the calendar."""
    if not actor.is_authenticated:
        raise NotAuthenticated("请先登录。")


# ---- seeding ----------------------------------------------------------------


async def seed_from_package(actor: Actor = SYSTEM) -> list[int]:
    """Enter every year the chinese-calendar package knows and the database does not.

    Idempotent and fast: one query when nothing is missing, one bulk insert per
    missing batch otherwise. A year already known (for example entered from a
    notice) is left alone, and so is any single day already stored (a correction).
    Returns the years it entered.
    """
    wanted = package_years()
    known = set(await CalendarYear.filter(year__in=wanted).values_list("year", flat=True))
    missing = [year for year in wanted if year not in known]
    if not missing:
        return []
    try:
        return await _seed(actor, wanted)
    except IntegrityError:  # another process seeded the same years at the same moment
        return []


async def _seed(actor: Actor, wanted: list[int]) -> list[int]:
    async with transaction():
        known = set(await CalendarYear.filter(year__in=wanted).values_list("year", flat=True))
        missing = [year for year in wanted if year not in known]
        if not missing:
            return []
        now = utc_now()
        stored = set(
            await CalendarDay.filter(
                date__gte=date(missing[0], 1, 1), date__lte=date(missing[-1], 12, 31)
            ).values_list("date", flat=True)
        )
        rows = [
            _day_row(day, DaySource.PACKAGE, actor, now)
            for year in missing
            for day in package_days(year)
            if day.date not in stored
        ]
        await CalendarDay.bulk_create(rows, batch_size=BULK_BATCH)
        await CalendarYear.bulk_create(
            [_year_row(year, DaySource.PACKAGE, actor, now) for year in missing]
        )
        await bump_revision()
        # A newer package may know a year whose deadlines are still provisional.
        moved = await recompute_deadlines(
            actor,
            await load_calendar(),
            date(missing[0], 1, 1),
            date(missing[-1], 12, 31),
            reason="calendar.seed",
        )
        await record(
            actor,
            "calendar.seed",
            target_type="CalendarYear",
            target_id=f"{missing[0]}-{missing[-1]}",
            before=None,
            after={
                "years": missing,
                "source": DaySource.PACKAGE.value,
                "moved_deadlines": len(moved),
            },
        )
    return missing


def _day_row(
    day: NoticeDay, source: DaySource, actor: Actor, now: datetime, reason: str | None = None
) -> CalendarDay:
    return CalendarDay(
        date=day.date,
        is_working_day=day.is_working_day,
        source=source,
        holiday_name=day.holiday_name,
        changed_by_user_id=actor.user_id,
        changed_by=actor.username,
        changed_at=now,
        reason=reason,
    )


def _year_row(year: int, source: DaySource, actor: Actor, now: datetime) -> CalendarYear:
    return CalendarYear(
        year=year,
        source=source,
        entered_by_user_id=actor.user_id,
        entered_by=actor.username,
        entered_at=now,
    )


# ---- entering a notice, correcting a day --------------------------------------


@dataclass(frozen=True)
class NoticeResult:
    year: int
    moved: list[MovedDeadline]


async def enter_holiday_notice(actor: Actor, notice: HolidayNotice) -> NoticeResult:
    """Enter (or enter again) a whole year from the State Council notice.

    Every day of the year is replaced; deadlines counted over the year (the
    provisional ones, and open ones) are recomputed, and those whose due time
    moved are returned and recorded in the audit trail.
    """
    require_manage_calendar(actor)
    rules.validate_notice(notice)
    days = rules.notice_days(notice)
    year = notice.year
    async with transaction():
        before_rows = await CalendarDay.filter(
            date__gte=date(year, 1, 1), date__lte=date(year, 12, 31)
        ).values_list("date", "is_working_day")
        previous = await CalendarYear.get_or_none(year=year)
        calendar = await load_calendar()
        now = utc_now()
        await CalendarDay.filter(date__gte=date(year, 1, 1), date__lte=date(year, 12, 31)).delete()
        await CalendarDay.bulk_create(
            [_day_row(day, DaySource.NOTICE, actor, now) for day in days], batch_size=BULK_BATCH
        )
        if previous is None:
            await _year_row(year, DaySource.NOTICE, actor, now).save()
        else:
            previous.source = DaySource.NOTICE
            previous.entered_by_user_id = actor.user_id
            previous.entered_by = actor.username
            previous.entered_at = now
            await previous.save()
        await bump_revision()
        new_calendar = calendar.with_year(year, {d.date: d.is_working_day for d in days})
        moved = await recompute_deadlines(
            actor, new_calendar, date(year, 1, 1), date(year, 12, 31), reason="calendar.notice"
        )
        await record(
            actor,
            "calendar.enter_notice",
            target_type="CalendarYear",
            target_id=year,
            before={
                "known": previous is not None,
                "source": previous.source.value if previous else None,
                **rules.summarize_year({d: bool(w) for d, w in before_rows}),
            },
            after={
                "known": True,
                "source": DaySource.NOTICE.value,
                "holidays": [
                    {"name": h.name.strip(), "from": h.first, "to": h.last} for h in notice.holidays
                ],
                "working_weekend_days": sorted(notice.working_weekend_days),
                "moved_deadlines": len(moved),
            },
        )
    return NoticeResult(year, moved)


@dataclass(frozen=True)
class CorrectionResult:
    day: CalendarDay
    moved: list[MovedDeadline]


async def correct_calendar_day(
    actor: Actor, day: date, is_working_day: bool, reason: str
) -> CorrectionResult:
    """Correct one day; open deadlines counted over it are recomputed."""
    require_manage_calendar(actor)
    reason = reason.strip()
    if not reason:
        raise CalendarNoticeInvalid("请填写更正原因。", field="input.reason")
    if len(reason) > 500:
        raise CalendarNoticeInvalid("更正原因不能超过 500 个字符。", field="input.reason")
    if not rules.MIN_YEAR <= day.year <= rules.MAX_YEAR:
        raise CalendarNoticeInvalid(
            f"日期须在 {rules.MIN_YEAR} 到 {rules.MAX_YEAR} 年之间。", field="input.date"
        )
    async with transaction():
        calendar = await load_calendar()
        row = await CalendarDay.get_or_none(date=day)
        before = _day_snapshot(row) if row else None
        now = utc_now()
        if row is None:
            row = _day_row(NoticeDay(day, is_working_day, None), DaySource.CORRECTION, actor, now)
            row.reason = reason
        else:
            row.is_working_day = is_working_day
            row.source = DaySource.CORRECTION
            row.changed_by_user_id = actor.user_id
            row.changed_by = actor.username
            row.changed_at = now
            row.reason = reason
        await row.save()
        await bump_revision()
        moved = await recompute_deadlines(
            actor, calendar.with_day(day, is_working_day), day, day, reason="calendar.correction"
        )
        await record(
            actor,
            "calendar.correct_day",
            target_type="CalendarDay",
            target_id=day.isoformat(),
            before=before,
            after={**_day_snapshot(row), "moved_deadlines": len(moved)},
        )
    return CorrectionResult(row, moved)


def _day_snapshot(row: CalendarDay) -> dict[str, object]:
    return {
        "date": row.date,
        "is_working_day": bool(row.is_working_day),
        "source": DaySource(row.source).value,
        "holiday_name": row.holiday_name,
        "reason": row.reason,
    }


# ---- reading ------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarStatus:
    today: date  # Asia/Shanghai
    known_years: list[int]
    warning: str | None


async def calendar_status(actor: Actor) -> CalendarStatus:
    require_read_calendar(actor)
    calendar = await get_calendar()
    today = rules.local_date(utc_now())
    return CalendarStatus(
        today=today,
        known_years=sorted(calendar.known_years),
        warning=rules.missing_year_warning(calendar.known_years, today),
    )


@dataclass(frozen=True)
class DayView:
    date: date
    is_working_day: bool
    source: DaySource | None  # None: not stored, assumed Monday–Friday
    holiday_name: str | None
    provisional: bool  # the year is not known in full
    changed_by: str | None
    changed_at: datetime | None
    reason: str | None


async def calendar_days(actor: Actor, first: date, last: date) -> list[DayView]:
    """Every day from ``first`` to ``last`` (at most 366 days)."""
    require_read_calendar(actor)
    if last < first:
        raise InvalidInput("结束日期不能早于开始日期。", field="to")
    if (last - first).days + 1 > MAX_RANGE_DAYS:
        raise InvalidInput(f"一次至多查询 {MAX_RANGE_DAYS} 天。", field="to")
    calendar = await get_calendar()
    rows = {
        row.date: row
        for row in await CalendarDay.filter(date__gte=first, date__lte=last).order_by("date")
    }
    views = []
    day = first
    while day <= last:
        row = rows.get(day)
        views.append(
            DayView(
                date=day,
                is_working_day=calendar.is_working_day(day),
                source=DaySource(row.source) if row else None,
                holiday_name=row.holiday_name if row else None,
                provisional=not calendar.is_known(day),
                changed_by=row.changed_by if row else None,
                changed_at=row.changed_at if row else None,
                reason=row.reason if row else None,
            )
        )
        day += timedelta(days=1)
    return views


async def add_working_days(actor: Actor, start: date, days: int) -> WorkingDayResult:
    require_read_calendar(actor)
    _check_days(days)
    return rules.add_working_days(await get_calendar(), start, days)


async def due_time(actor: Actor, event_at: datetime, working_days: int) -> DueTime:
    """T2 for clients: the due time of ``working_days`` working days after ``event_at``."""
    require_read_calendar(actor)
    _check_days(working_days, field="workingDays")
    return rules.due_after_working_days(await get_calendar(), event_at, working_days)


def _check_days(days: int, field: str = "days") -> None:
    if not 1 <= days <= rules.MAX_WORKING_DAYS:
        raise InvalidInput(f"工作日数须在 1 到 {rules.MAX_WORKING_DAYS} 之间。", field=field)


async def current_calendar() -> WorkingDayCalendar:
    """The calendar for other areas' rules (cached; see store.py)."""
    return await get_calendar()


__all__: Sequence[str] = (
    "CalendarStatus",
    "CorrectionResult",
    "DayView",
    "NoticeResult",
    "add_working_days",
    "calendar_days",
    "calendar_status",
    "correct_calendar_day",
    "current_calendar",
    "due_time",
    "enter_holiday_notice",
    "require_manage_calendar",
    "seed_from_package",
)
