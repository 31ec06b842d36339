"""Operations commands: migrate, serve, worker, scheduler."""

from __future__ import annotations

import asyncio
import importlib
import logging
import signal
import threading
from typing import Annotated

import typer

from shenguan import db, migrating
from shenguan.logs import configure_logging
from shenguan.runtime import run_with_db, settings_or_exit
from shenguan.settings import Settings, load_settings

log = logging.getLogger("shenguan.ops")


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.secho(message, fg="red", err=True)
    return typer.Exit(code)


def require_migrated(settings: Settings) -> None:
    """Exit with a message saying what to run unless the database is at the code's head."""
    try:
        status = asyncio.run(migrating.status(settings.database_url))
    except Exception as exc:
        raise _fail(f"无法连接数据库 (cannot open the database): {exc}") from exc
    if not status.applied:
        raise _fail(
            "数据库尚未初始化 (the database has no schema yet: "
            f"{', '.join(status.pending)} pending). 先运行 (run first): shenguan migrate"
        )
    if status.unknown:
        raise _fail(
            "数据库的迁移比本程序新 (the database was migrated by a newer release): "
            + ", ".join(status.unknown)
        )
    if status.pending:
        raise _fail(
            f"数据库落后 {len(status.pending)} 个迁移 (the database is behind: "
            f"{', '.join(status.pending)}). 先运行 (run first): shenguan migrate"
        )


def migrate() -> None:
    """Apply pending database migrations, then load the working-day calendar (迁移数据库)."""
    settings = settings_or_exit()
    configure_logging(settings.log_level)
    status = asyncio.run(migrating.status(settings.database_url))
    if status.unknown:
        raise _fail(
            "数据库的迁移比本程序新 (the database was migrated by a newer release): "
            + ", ".join(status.unknown)
        )
    applied = asyncio.run(migrating.upgrade(settings.database_url))
    for name in applied:
        typer.echo(f"已应用迁移 (applied): {name}")
    if not applied:
        typer.echo("数据库已是最新 (the database is up to date).")

    async def seed(settings: Settings) -> list[int] | None:
        try:
            services = importlib.import_module("domain.calendar.services")
        except ModuleNotFoundError:
            return None
        seed_from_package = getattr(services, "seed_from_package", None)
        return None if seed_from_package is None else await seed_from_package()

    years = run_with_db(seed)
    if years:
        typer.echo(f"已载入工作日历 (working-day calendar loaded): {', '.join(map(str, years))}")


def asgi_app() -> object:
    """The ASGI app for ``uvicorn --factory`` (each uvicorn worker process calls it)."""
    from api.app import create_app

    settings = load_settings()
    configure_logging(settings.log_level)
    return create_app(settings)


async def _serve_embedded(settings: Settings, host: str, port: int) -> None:
    import uvicorn

    from api.app import create_app
    from jobs.broker import get_broker
    from jobs.locks import leader_lock
    from jobs.scheduler import Scheduler
    from jobs.worker import EmbeddedWorker

    await db.init_db(settings.database_url)
    worker = EmbeddedWorker(get_broker())
    stop = asyncio.Event()
    scheduler_task: asyncio.Task[None] | None = None
    try:
        await worker.start()
        scheduler = Scheduler(leader_lock(settings))
        scheduler_task = asyncio.create_task(scheduler.run(stop))
        config = uvicorn.Config(
            create_app(settings, manage_db=False),
            host=host,
            port=port,
            log_config=None,
            proxy_headers=True,
        )
        await uvicorn.Server(config).serve()
    finally:
        stop.set()
        if scheduler_task is not None:
            await scheduler_task
        await worker.stop()
        await db.close_db()


def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    workers: Annotated[
        int, typer.Option(help="uvicorn worker processes (only with a broker configured)")
    ] = 1,
) -> None:
    """Serve the API and GraphiQL at /graphql (提供服务); refuses an unmigrated database."""
    settings = settings_or_exit()
    configure_logging(settings.log_level)
    require_migrated(settings)
    if settings.broker_url is None:
        if workers != 1:
            raise _fail(
                "内置模式只能单进程运行 (the embedded default runs in one process): "
                "set SHENGUAN_BROKER_URL and start `shenguan worker` to use --workers",
                2,
            )
        log.info("serving (embedded worker and scheduler)", extra={"host": host, "port": port})
        asyncio.run(_serve_embedded(settings, host, port))
        return
    import uvicorn

    log.info("serving", extra={"host": host, "port": port, "workers": workers})
    uvicorn.run(
        "shenguan.commands.ops:asgi_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=None,
        proxy_headers=True,
    )


def worker(
    threads: Annotated[int, typer.Option(help="worker threads in this process")] = 8,
) -> None:
    """Run Dramatiq workers for the configured broker (后台任务进程)."""
    from jobs.broker import get_broker
    from jobs.worker import run_worker_process

    settings = settings_or_exit()
    configure_logging(settings.log_level)
    if settings.broker_url is None:
        raise _fail(
            "未配置 SHENGUAN_BROKER_URL (no broker configured): "
            "in the embedded default `shenguan serve` runs the worker itself",
            2,
        )
    require_migrated(settings)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    run_worker_process(
        get_broker(), settings.database_url, stop, threads=threads, redis_url=settings.redis_url
    )


def scheduler(
    tick: Annotated[float, typer.Option(help="seconds between two looks at the sweeps")] = 5.0,
) -> None:
    """Run the sweep scheduler; only one of several acts at a time (定时调度进程)."""
    from jobs.locks import leader_lock
    from jobs.scheduler import Scheduler

    settings = settings_or_exit()
    configure_logging(settings.log_level)
    if settings.broker_url is None:
        raise _fail(
            "未配置 SHENGUAN_BROKER_URL (no broker configured): "
            "in the embedded default `shenguan serve` runs the scheduler itself",
            2,
        )
    require_migrated(settings)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await db.init_db(settings.database_url)
        try:
            await Scheduler(leader_lock(settings), tick=tick).run(stop)
        finally:
            await db.close_db()

    asyncio.run(main())


def register(app: typer.Typer) -> None:
    """Add this area's commands to ``app``."""
    app.command("migrate")(migrate)
    app.command("serve")(serve)
    app.command("worker")(worker)
    app.command("scheduler")(scheduler)
