"""Generate the next migration for BOTH dialects from the models.

    uv run python scripts/makemigrations.py NAME [--sql MODULE ...]
    uv run python scripts/makemigrations.py init --reset     # regenerate the initial ones

SQLite: a temporary file database is migrated to the head of migrations/sqlite/, then aerich
diffs the models against it. PostgreSQL: the same on a temporary database created on the
server of SHENGUAN_MAKEMIGRATIONS_PG_URL (default postgres://postgres@127.0.0.1:5432/test;
the database named in the URL is only used to create and drop the temporary one).

With an empty history the initial migration is written (named ``init`` by aerich), and the
SQL of every entry of SCHEMA_SQL_MODULES is appended to it. ``--sql MODULE`` appends a
module's SQL to the new migration; such a module defines ``upgrade_sql(dialect)`` and
``downgrade_sql(dialect)`` (dialect is "sqlite" or "postgres"), or name the two functions:
``--sql module:upgrade_function:downgrade_function``. Add the entry to SCHEMA_SQL_MODULES
too, so that regenerating the initial migration keeps it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402

from shenguan import migrating  # noqa: E402
from shenguan.db import MIGRATIONS_ROOT  # noqa: E402

DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/test"

# SQL that belongs to the schema itself: appended to a regenerated initial migration.
SCHEMA_SQL_MODULES = ["domain.audit.sql:append_only_sql:drop_append_only_sql"]


def _pg_parts(url: str) -> tuple[str, str]:
    base, _, name = url.rpartition("/")
    return base, name


async def _create_pg(server_url: str) -> str:
    base, admin_db = _pg_parts(server_url)
    name = f"shenguan_makemigrations_{uuid.uuid4().hex[:10]}"
    connection = await asyncpg.connect(f"postgresql://{base.split('://', 1)[1]}/{admin_db}")
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return f"{base}/{name}"


async def _drop_pg(server_url: str, url: str) -> None:
    base, admin_db = _pg_parts(server_url)
    _, name = _pg_parts(url)
    connection = await asyncpg.connect(f"postgresql://{base.split('://', 1)[1]}/{admin_db}")
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


def _sql_modules(explicit: list[str], initial: bool) -> list[str]:
    modules = list(explicit)
    if initial:
        for module in SCHEMA_SQL_MODULES:
            try:
                __import__(module.partition(":")[0])
            except ModuleNotFoundError:
                print(f"  note: {module} does not exist yet; nothing of it appended")
                continue
            if module not in modules:
                modules.append(module)
    return modules


async def _one(dialect: str, name: str, sql: list[str], interactive: bool) -> str | None:
    location = MIGRATIONS_ROOT / dialect
    initial = not migrating.version_files(location)
    if dialect == "sqlite":
        scratch_dir = tempfile.mkdtemp(prefix="shenguan-makemigrations-")
        scratch = f"sqlite://{Path(scratch_dir) / 'scratch.sqlite3'}"
        try:
            created = await migrating.make_migration(
                scratch, location, name, interactive=interactive
            )
        finally:
            shutil.rmtree(scratch_dir, ignore_errors=True)
    else:
        server = os.environ.get("SHENGUAN_MAKEMIGRATIONS_PG_URL") or DEFAULT_PG_URL
        scratch = await _create_pg(server)
        try:
            created = await migrating.make_migration(
                scratch, location, name, interactive=interactive
            )
        finally:
            await _drop_pg(server, scratch)
    if created is None:
        print(f"{dialect}: no changes in the models, nothing written")
        return None
    path = migrating.history_dir(location) / created
    for module in _sql_modules(sql, initial):
        up, down = migrating.hand_sql(module, dialect)
        migrating.append_hand_sql(path, module, up, down)
        print(f"  appended the SQL of {module}")
    print(f"{dialect}: wrote {path.relative_to(ROOT)}")
    return created


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("name", help="a short name for the migration, e.g. add_push_due_at")
    parser.add_argument(
        "--sql",
        action="append",
        default=[],
        metavar="MODULE",
        help="append the SQL of MODULE (upgrade_sql/downgrade_sql) to the new migration",
    )
    parser.add_argument(
        "--reset",
        action="store_true",
        help="delete both histories first and write new initial migrations",
    )
    parser.add_argument("--dialect", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument(
        "--interactive",
        action="store_true",
        help="let aerich ask whether a dropped and an added field are a rename",
    )
    args = parser.parse_args()
    dialects = ["sqlite", "postgres"] if args.dialect == "both" else [args.dialect]
    if args.reset:
        for dialect in dialects:
            folder = migrating.history_dir(MIGRATIONS_ROOT / dialect)
            for file in folder.glob("*.py"):
                file.unlink()
            print(f"{dialect}: removed the old history")

    async def run() -> None:
        for dialect in dialects:
            await _one(dialect, args.name, args.sql, args.interactive)

    asyncio.run(run())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
