"""Commands of the audit area: ``shenguan audit verify``."""

from __future__ import annotations

from typing import Annotated

import typer

from shenguan.runtime import run_with_db
from shenguan.settings import Settings

audit_app = typer.Typer(help="审计留痕 (audit trail, A1)", no_args_is_help=True)


@audit_app.command("verify")
def verify(
    batch_size: Annotated[
        int,
        typer.Option(
            "--batch-size", min=1, max=100_000, help="每批读取的事件数 (events per batch)"
        ),
    ] = 1000,
) -> None:
    """Recompute the hash chain; exit 0 when intact, 1 at the first broken event."""

    async def work(settings: Settings) -> None:
        from domain.audit.services import verify as verify_chain

        report = await verify_chain(batch_size=batch_size)
        if report.broken is None:
            typer.echo(
                f"审计链完整 (audit trail intact): {report.count} 条事件 (events); "
                f"最新 (head) #{report.head.seq} {report.head.hash}"
            )
            return
        broken = report.broken
        typer.secho(
            f"审计链损坏 (audit trail broken): 第 {broken.seq} 号事件 (event #{broken.seq}) "
            f"{broken.reason.label} [{broken.reason.value}]: {broken.detail}; "
            f"此前 {report.count} 条事件完好 (events intact before it)",
            fg="red",
            err=True,
        )
        raise typer.Exit(1)

    run_with_db(work)


def register(app: typer.Typer) -> None:
    """Add this area's commands to ``app``."""
    app.add_typer(audit_app, name="audit")
