"""The ``shenguan`` command."""

from __future__ import annotations

import typer

from shenguan.commands import accounts, audit, calendar, catalogue, ops, schema

app = typer.Typer(
    help="审管联动 Shenguan: approval–supervision linkage service.",
    no_args_is_help=True,
    add_completion=False,
)

ops.register(app)
accounts.register(app)
audit.register(app)
calendar.register(app)
catalogue.register(app)
schema.register(app)


if __name__ == "__main__":
    app()
