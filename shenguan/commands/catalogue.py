"""``shenguan catalogue``: the catalogue spreadsheet from the command line (C6).

The format is described in docs/catalogue-spreadsheet.md. ``import`` runs as the
SYSTEM actor, checks every row and stores nothing from a file with an error,
like an upload on the admin page; every change is audited.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from domain.accounts.actor import SYSTEM
from domain.errors import DomainError
from shenguan.runtime import run_with_db
from shenguan.settings import Settings

catalogue_app = typer.Typer(
    help="事项清单 (catalogue): spreadsheet template, import, export.", no_args_is_help=True
)


def _fail(exc: DomainError) -> typer.Exit:
    where = f" [{exc.field}]" if exc.field else ""
    typer.secho(f"失败 ({exc.code.value}){where}: {exc.message}", fg="red", err=True)
    return typer.Exit(1)


@catalogue_app.command()
def template(
    path: Annotated[Path, typer.Argument(help="Where to write the .xlsx file.")] = Path(
        "catalogue-template.xlsx"
    ),
) -> None:
    """Write the import template (导入模板), e.g. docs/catalogue-template.xlsx."""
    from domain.catalogue.spreadsheet_template import template_workbook

    path.write_bytes(template_workbook())
    typer.echo(f"已写入模板 (template written): {path}")


@catalogue_app.command("import")
def import_file(
    path: Annotated[Path, typer.Argument(help="The .xlsx file to import.", exists=True)],
) -> None:
    """Import a spreadsheet (导入): all rows or nothing; errors by sheet, row and column."""
    content = path.read_bytes()

    async def work(settings: Settings) -> int:
        from domain.catalogue.imports import (
            CatalogueImport,
            ImportStatus,
            create_import,
            run_import,
        )

        try:
            created = await create_import(SYSTEM, path.name, content)
        except DomainError as exc:
            raise _fail(exc) from exc
        await run_import(created.id)
        job = await CatalogueImport.get(id=created.id)
        if job.status is ImportStatus.SUCCEEDED:
            s = job.summary
            typer.echo(
                f"导入完成 (imported) {job.total} 行: 新增 {s['created']}，更新 {s['updated']}，"
                f"未变 {s['unchanged']}"
            )
            return 0
        typer.secho(
            f"导入失败，未保存任何数据 (nothing stored): {len(job.errors)} 个错误", fg="red"
        )
        for e in job.errors:
            where = "，".join(
                part
                for part in (
                    e["sheet"],
                    f"第 {e['row']} 行" if e["row"] else "",
                    e["column"] or "",
                )
                if part
            )
            typer.echo(f"  [{where}] {e['message']}")
        return 1

    code = run_with_db(work)
    raise typer.Exit(code)


@catalogue_app.command()
def export(
    path: Annotated[Path, typer.Argument(help="Where to write the .xlsx file.")],
    version: Annotated[
        int | None, typer.Option(help="A published version number; the draft when omitted.")
    ] = None,
) -> None:
    """Export the draft or a published version (导出)."""

    async def work(settings: Settings) -> None:
        from domain.catalogue.spreadsheet_export import export_workbook

        try:
            content, _ = await export_workbook(SYSTEM, version)
        except DomainError as exc:
            raise _fail(exc) from exc
        path.write_bytes(content)
        typer.echo(f"已导出 (exported): {path}")

    run_with_db(work)


def register(app: typer.Typer) -> None:
    app.add_typer(catalogue_app, name="catalogue")
