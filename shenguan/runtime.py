"""Run a piece of async work from the command line with settings and database ready."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import typer

from shenguan import db
from shenguan.logs import configure_logging
from shenguan.settings import Settings, SettingsError, load_settings

T = TypeVar("T")


def settings_or_exit() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        typer.secho(f"配置错误 (configuration error): {exc}", fg="red", err=True)
        raise typer.Exit(2) from exc


def run_with_db(work: Callable[[Settings], Awaitable[T]]) -> T:
    settings = settings_or_exit()
    configure_logging(settings.log_level)

    async def main() -> T:
        await db.init_db(settings.database_url)
        try:
            return await work(settings)
        finally:
            await db.close_db()

    return asyncio.run(main())
