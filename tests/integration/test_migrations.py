"""The migration histories (migrations/sqlite, migrations/postgres) against the models.

Runs on the dialect under test: SQLite by default, PostgreSQL with
SHENGUAN_TEST_DATABASE_URL. Each test gets a fresh, empty database.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from aerich.models import Aerich
from tortoise import Tortoise

from shenguan import migrating
from shenguan.db import MODEL_MODULES, dialect

# the probe model modules beside this file, however pytest imported it
_PACKAGE = __name__.rpartition(".")[0]
PROBE_V1 = [*MODEL_MODULES, f"{_PACKAGE}.migration_probe_v1".lstrip(".")]
PROBE_V2 = [*MODEL_MODULES, f"{_PACKAGE}.migration_probe_v2".lstrip(".")]


def _copy_history(url: str, tmp_path: Path, versions: list[str]) -> Path:
    """A temporary history holding the first ``versions`` of the real one."""
    location = tmp_path / "history"
    source = migrating.history_dir(migrating.history_root(url))
    target = migrating.history_dir(location)
    target.mkdir(parents=True)
    for name in versions:
        shutil.copy(source / name, target / name)
    return location


# ---- rows for every table, from the models state a migration recorded --------------


def _value(field: dict[str, Any], sqlite: bool) -> Any:
    kind = field["field_type"]
    if kind in ("IntField", "BigIntField", "SmallIntField", "IntEnumFieldInstance"):
        return 7
    if kind in ("CharField", "TextField", "CharEnumFieldInstance"):
        length = field.get("constraints", {}).get("max_length") or 8
        return "kept"[:length]
    if kind == "BooleanField":
        return 1 if sqlite else True
    if kind == "DatetimeField":
        at = datetime(2026, 3, 2, 1, 2, 3, tzinfo=UTC)
        return at.isoformat(" ") if sqlite else at
    if kind == "DateField":
        return "2026-03-02" if sqlite else date(2026, 3, 2)
    if kind == "TimeField":
        return "01:02:03" if sqlite else time(1, 2, 3)
    if kind in ("DecimalField",):
        return "1.5" if sqlite else Decimal("1.5")
    if kind == "FloatField":
        return 1.5
    if kind == "JSONField":
        return '{"kept": true}'
    if kind == "UUIDField":
        value = uuid.UUID("12345678-1234-5678-1234-567812345678")
        return str(value) if sqlite else value
    if kind == "BinaryField":
        return b"kept"
    if field["nullable"]:
        return None
    raise AssertionError(f"no test value for {kind} ({field['name']}); extend _value()")


def _ordered(models: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Models with every foreign-key target before the models that refer to it."""
    done: dict[str, dict[str, Any]] = {}
    pending = dict(models)
    while pending:
        progressed = False
        for name, model in list(pending.items()):
            targets = {f["python_type"] for f in model["fk_fields"] + model["o2o_fields"]}
            if all(t in done or t == name or t not in models for t in targets):
                done[name] = pending.pop(name)
                progressed = True
        assert progressed, f"foreign-key cycle among {sorted(pending)}"
    return list(done.values())


async def _insert_one_row_per_table(sqlite: bool) -> dict[str, Any]:
    """Insert a row into every table the database's last migration knows; pk per table."""
    connection = Tortoise.get_connection("default")
    state = (await Aerich.all().order_by("-id").first()).content  # type: ignore[union-attr]
    models = {k: v for k, v in state.items() if v["table"] != "aerich"}
    pks: dict[str, Any] = {}
    by_model: dict[str, Any] = {}
    for model in _ordered(models):
        raw_fk = {
            f["raw_field"]: f["python_type"] for f in model["fk_fields"] + model["o2o_fields"]
        }
        columns: dict[str, Any] = {}
        pk = model["pk_field"]
        if not pk["generated"]:
            columns[pk["db_column"]] = _value(pk, sqlite)
        for field in model["data_fields"]:
            if field["db_column"] in raw_fk:
                columns[field["db_column"]] = by_model.get(raw_fk[field["db_column"]])
            else:
                columns[field["db_column"]] = _value(field, sqlite)
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" if sqlite else f"${i + 1}" for i in range(len(columns)))
        table = model["table"]
        await connection.execute_query(
            f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(columns.values())
        )
        _, rows = await connection.execute_query(f'SELECT "{pk["db_column"]}" AS pk FROM "{table}"')
        assert len(rows) == 1
        by_model[model["name"]] = pks[table] = rows[0]["pk"]
    return pks


async def _rows(table: str) -> list[dict[str, Any]]:
    _, rows = await Tortoise.get_connection("default").execute_query(f'SELECT * FROM "{table}"')
    return [dict(r) for r in rows]


# ---- the tests ----------------------------------------------------------------------


async def test_a_fresh_database_migrated_to_head_matches_the_models(empty_database_url: str):
    url = empty_database_url
    history = migrating.version_files(migrating.history_root(url))
    assert history, "no migration history for this dialect: run scripts/makemigrations.py init"

    assert (await migrating.status(url)).pending == history
    assert await migrating.upgrade(url) == history
    status = await migrating.status(url)
    assert status.up_to_date and status.applied == history

    # aerich's own diff of the models against the head: what makemigrations would write
    assert await migrating.pending_model_changes(url) == []
    assert await migrating.upgrade(url) == []  # nothing left to apply


async def test_a_model_change_without_a_migration_is_detected(empty_database_url: str):
    """The check above can fail: a model the history does not know shows up as SQL to run."""
    await migrating.upgrade(empty_database_url)
    changes = await migrating.pending_model_changes(empty_database_url, modules=PROBE_V1)
    assert any("migration_probe" in sql and "CREATE TABLE" in sql for sql in changes)


async def test_upgrading_an_existing_database_keeps_its_rows(
    empty_database_url: str, tmp_path: Path
):
    url = empty_database_url
    sqlite = dialect(url) == "sqlite"
    history = migrating.version_files(migrating.history_root(url))
    location = _copy_history(url, tmp_path, history)
    if len(history) >= 2:
        # The real history: stop before its last migration, fill, then upgrade to head.
        earlier = _copy_history(url, tmp_path / "earlier", history[:-1])
        await migrating.upgrade(url, earlier)
        modules_at_head = MODEL_MODULES
    else:
        # One migration only: on a copy, generate two more on top (a new table, then
        # changes to it) and stop before the last one.
        first = await migrating.make_migration(url, location, "probe", modules=PROBE_V1)
        assert first is not None
        assert await migrating.upgrade(url, location, PROBE_V1) == [first]
        modules_at_head = PROBE_V2
    async with migrating.isolated(url, modules_at_head):
        pks = await _insert_one_row_per_table(sqlite)
        before = {table: await _rows(table) for table in pks}
    assert pks, "no table to put rows in"

    if len(history) < 2:
        last = await migrating.make_migration(url, location, "probe_change", modules=PROBE_V2)
        assert last is not None
        sql = (migrating.history_dir(location) / last).read_text()
        assert "note" in sql and "status" in sql  # it really changes the populated table
    applied = await migrating.upgrade(url, location, modules_at_head)
    assert len(applied) == 1

    async with migrating.isolated(url, modules_at_head):
        for table, pk in pks.items():
            after = await _rows(table)
            assert len(after) == 1, f"{table}: rows lost or added by the upgrade"
            old, new = before[table][0], after[0]
            assert new == {**new, **old}, f"{table}: values changed by the upgrade"
            assert pk in old.values()
        if "migration_probe" in pks:
            assert (await _rows("migration_probe"))[0]["status"] == "NEW"
    assert await migrating.pending_model_changes(url, location, modules_at_head) == []


def _shenguan(*args: str, database_url: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SHENGUAN_DATABASE_URL": database_url,
        "SHENGUAN_DATA_DIR": str(data_dir),
        "SHENGUAN_SECRET_KEY": "test-secret-key-that-is-long-enough-000000",
    }
    env.pop("SHENGUAN_BROKER_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "shenguan.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


async def test_serve_refuses_an_unmigrated_or_behind_database(
    empty_database_url: str, tmp_path: Path
):
    url = empty_database_url
    refused = _shenguan("serve", "--port", "0", database_url=url, data_dir=tmp_path)
    assert refused.returncode != 0
    assert "shenguan migrate" in refused.stderr

    migrated = _shenguan("migrate", database_url=url, data_dir=tmp_path)
    assert migrated.returncode == 0, migrated.stderr
    assert (await migrating.status(url)).up_to_date

    # the database is behind the code: its last migration is not recorded as applied
    async with migrating.isolated(url):
        last = await Aerich.all().order_by("-id").first()
        assert last is not None
        await last.delete()
    behind = _shenguan("serve", "--port", "0", database_url=url, data_dir=tmp_path)
    assert behind.returncode != 0
    assert "shenguan migrate" in behind.stderr and last.version in behind.stderr
