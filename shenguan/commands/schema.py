"""``shenguan export-schema``: write (or check) the committed ``schema.graphql``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DEFAULT_PATH = Path(__file__).resolve().parent.parent.parent / "schema.graphql"


def schema_sdl() -> str:
    """The schema as SDL, as committed in schema.graphql (introspection on)."""
    from api.schema import schema

    return str(schema) + "\n"


def export_schema(
    path: Annotated[
        Path, typer.Option("--path", help="写入的文件 (file to write)", dir_okay=False)
    ] = DEFAULT_PATH,
    check: Annotated[
        bool,
        typer.Option("--check", help="只检查文件是否与代码一致 (only check; exit 1 if it differs)"),
    ] = False,
) -> None:
    """Write the GraphQL schema (SDL) to schema.graphql, or check that it is current."""
    sdl = schema_sdl()
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != sdl:
            typer.secho(
                f"{path} 与代码不一致，请运行 shenguan export-schema (schema.graphql is stale)",
                fg="red",
                err=True,
            )
            raise typer.Exit(1)
        typer.echo(f"{path} 与代码一致 (up to date)")
        return
    path.write_text(sdl, encoding="utf-8")
    typer.echo(f"已写入 {path} (written)")


def register(app: typer.Typer) -> None:
    """Add ``export-schema`` to ``app``."""
    app.command("export-schema")(export_schema)
