"""schema.graphql at the repository root is the schema of the code; export-schema keeps it so."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from api.schema import schema
from shenguan.commands import schema as schema_command

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_committed_schema_file_matches_the_code() -> None:
    assert SCHEMA_FILE.exists(), "schema.graphql is missing: run `shenguan export-schema`"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == str(schema) + "\n", (
        "schema.graphql differs from the code: run `shenguan export-schema` and commit it"
    )


def _cli() -> typer.Typer:
    app = typer.Typer()
    schema_command.register(app)
    app.command("noop")(lambda: None)  # two commands: typer keeps the sub-command name
    return app


def test_export_schema_writes_the_file_and_check_detects_a_difference(tmp_path: Path) -> None:
    target = tmp_path / "schema.graphql"
    runner = CliRunner()

    missing = runner.invoke(_cli(), ["export-schema", "--path", str(target), "--check"])
    assert missing.exit_code == 1

    written = runner.invoke(_cli(), ["export-schema", "--path", str(target)])
    assert written.exit_code == 0, written.output
    assert target.read_text(encoding="utf-8") == str(schema) + "\n"

    current = runner.invoke(_cli(), ["export-schema", "--path", str(target), "--check"])
    assert current.exit_code == 0, current.output

    target.write_text(target.read_text(encoding="utf-8").replace("type Query", "type Querx"))
    stale = runner.invoke(_cli(), ["export-schema", "--path", str(target), "--check"])
    assert stale.exit_code == 1
