"""``shenguan calendar``: the working-day calendar from the command line (T1).

Runs as the SYSTEM actor; every change is audited like one made through the API.
The notice file format is described in docs/calendar.md.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from domain.accounts.actor import SYSTEM
from domain.errors import DomainError
from shenguan.runtime import run_with_db
from shenguan.settings import Settings

if TYPE_CHECKING:
    from domain.deadlines.services import MovedDeadline

calendar_app = typer.Typer(
    help="工作日历 (working-day calendar): status, show, enter a notice, correct a day.",
    no_args_is_help=True,
)

WEEKDAYS = "一二三四五六日"


def _fail(exc: DomainError) -> typer.Exit:
    where = f" [{exc.field.removeprefix('input.')}]" if exc.field else ""
    typer.secho(f"失败 ({exc.code.value}){where}: {exc.message}", fg="red", err=True)
    return typer.Exit(1)


def _years(years: list[int]) -> str:
    """2004, 2005, …, 2026, 2028 → "2004–2026, 2028"."""
    spans: list[list[int]] = []
    for year in years:
        if spans and spans[-1][1] == year - 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans) or "（无 none）"


@calendar_app.command()
def status() -> None:
    """Known years and the warning when next year is missing (工作日历状态)."""

    async def work(settings: Settings) -> None:
        from domain.calendar import services

        result = await services.calendar_status(SYSTEM)
        typer.echo(f"今天 (today): {result.today.isoformat()}")
        typer.echo(f"已录入年份 (known years): {_years(result.known_years)}")
        if result.warning:
            typer.secho(f"提醒 (warning): {result.warning}", fg="yellow")

    run_with_db(work)


@calendar_app.command()
def show(
    year: Annotated[int, typer.Option("--year", help="年份 (year)")],
    month: Annotated[
        int | None, typer.Option("--month", min=1, max=12, help="月份 (month); all days")
    ] = None,
) -> None:
    """Every day of a month, or the holidays and adjusted working days of a year."""
    if month is None:
        first, last = date(year, 1, 1), date(year, 12, 31)
    else:
        first = date(year, month, 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)

    async def work(settings: Settings) -> None:
        from domain.calendar import services

        try:
            days = await services.calendar_days(SYSTEM, first, last)
        except DomainError as exc:
            raise _fail(exc) from exc
        if days and days[0].provisional:
            typer.secho(f"{year} 年尚未录入，按周一至周五暂定 (provisional).", fg="yellow")
        for day in days:
            weekend = day.date.weekday() >= 5
            exception = day.is_working_day == weekend
            if month is None and not exception and not day.holiday_name:
                continue
            kind = "工作日" if day.is_working_day else "休息日"
            if day.is_working_day and weekend:
                kind = "调休上班"
            source = day.source.value if day.source else "-"
            note = " ".join(x for x in (day.holiday_name, day.reason) if x)
            typer.echo(
                f"{day.date.isoformat()} 周{WEEKDAYS[day.date.weekday()]} {kind:<4} "
                f"{source:<10} {note}".rstrip()
            )

    run_with_db(work)


@calendar_app.command("enter-notice")
def enter_notice(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="YAML 或 JSON 文件 (.json)")
    ],
) -> None:
    """Enter a year from the State Council notice (录入节假日安排); see docs/calendar.md."""
    from domain.calendar.notice_file import parse_notice

    try:
        notice = parse_notice(
            file.read_text(encoding="utf-8"), json_format=file.suffix.lower() == ".json"
        )
    except DomainError as exc:
        raise _fail(exc) from exc

    async def work(settings: Settings) -> None:
        from domain.calendar import services

        try:
            result = await services.enter_holiday_notice(SYSTEM, notice)
        except DomainError as exc:
            raise _fail(exc) from exc
        typer.echo(f"已录入 {result.year} 年节假日安排 (notice entered).")
        _print_moved(result.moved)

    run_with_db(work)


@calendar_app.command()
def correct(
    day: Annotated[str, typer.Argument(help="日期 (date), YYYY-MM-DD")],
    working: Annotated[
        bool | None,
        typer.Option("--working/--rest", help="工作日 (working day) / 休息日 (rest day)"),
    ] = None,
    reason: Annotated[str, typer.Option("--reason", help="更正原因 (reason), required")] = "",
) -> None:
    """Correct one day (更正日历): --working or --rest, with --reason."""
    if working is None:
        typer.secho("请指定 --working 或 --rest。", fg="red", err=True)
        raise typer.Exit(2)
    try:
        when = date.fromisoformat(day)
    except ValueError as exc:
        typer.secho(f"不是有效的日期（YYYY-MM-DD）：{day}", fg="red", err=True)
        raise typer.Exit(2) from exc

    async def work(settings: Settings) -> None:
        from domain.calendar import services

        try:
            result = await services.correct_calendar_day(SYSTEM, when, working, reason)
        except DomainError as exc:
            raise _fail(exc) from exc
        kind = "工作日 (working day)" if working else "休息日 (rest day)"
        typer.echo(f"已更正 (corrected): {when.isoformat()} → {kind}")
        _print_moved(result.moved)

    run_with_db(work)


def _print_moved(moved: list[MovedDeadline]) -> None:
    from domain.calendar.rules import SHANGHAI

    typer.echo(f"到期时间变动的期限 (moved deadlines): {len(moved)}")
    for item in moved:
        row = item.deadline
        before = item.previous_due_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
        after = item.due_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
        typer.echo(
            f"  {row.kind} {row.subject_type}#{row.subject_id} "
            f"(部门 {row.department_id or '-'}): {before} → {after}"
        )


def register(app: typer.Typer) -> None:
    """Add ``shenguan calendar …`` to ``app``."""
    app.add_typer(calendar_app, name="calendar")
