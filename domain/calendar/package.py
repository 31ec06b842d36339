"""The statutory calendar as the ``chinese-calendar`` package knows it (pure data, no I/O)."""

from __future__ import annotations

from datetime import date

import chinese_calendar.constants as package

from domain.calendar.rules import NoticeDay, WorkingDayCalendar, days_of_year, is_weekday

# The package names holidays in English; the calendar shows the Chinese.
_CHINESE = {holiday.value: holiday.chinese for holiday in package.Holiday}


def package_years() -> list[int]:
    """The years the package knows in full (2004–2026 for chinese-calendar 1.11)."""
    return list(range(min(package.holidays).year, max(package.holidays).year + 1))


def package_days(year: int) -> list[NoticeDay]:
    """Every day of ``year`` with its status and, for holidays and 调休 days, the holiday."""
    days = []
    for day in days_of_year(year):
        if day in package.holidays:
            working, name = False, package.holidays[day]
        elif day in package.workdays:
            working, name = True, package.workdays[day]
        else:
            working, name = is_weekday(day), None
        days.append(NoticeDay(day, working, _CHINESE.get(name, name) if name else None))
    return days


def package_calendar() -> WorkingDayCalendar:
    """The package's calendar as a rules value (for tests and comparisons)."""
    overrides: dict[date, bool] = {}
    for year in package_years():
        for day in package_days(year):
            if day.is_working_day != is_weekday(day.date):
                overrides[day.date] = day.is_working_day
    return WorkingDayCalendar(frozenset(package_years()), overrides)
