"""Schema migrations with aerich: status, upgrade, model diff and generation.

One history per dialect: ``migrations/sqlite/models/`` and ``migrations/postgres/models/``
(see :func:`shenguan.db.migrations_location`). Everything here runs in its own Tortoise
context, so it neither needs nor disturbs a database the process already opened.

Hand-added SQL (triggers, functions, ...) is embedded into a generated migration file by
:func:`append_hand_sql`; ``scripts/makemigrations.py --sql MODULE`` does it for you.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aerich import Command
from aerich.migrate import Migrate
from aerich.models import Aerich
from aerich.utils import get_models_describe
from tortoise import Tortoise
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.context import TortoiseContext
from tortoise.exceptions import OperationalError

from shenguan.db import MIGRATIONS_ROOT, MODEL_MODULES, dialect, tortoise_config

APP = "models"


def history_root(database_url: str, root: Path = MIGRATIONS_ROOT) -> Path:
    """The folder aerich is given as ``location`` for this database's dialect."""
    return root / dialect(database_url)


def history_dir(location: Path) -> Path:
    """The folder that holds the version files of ``location`` (aerich adds the app name)."""
    return Migrate.get_migration_dir(str(location), APP)


def version_files(location: Path) -> list[str]:
    """The migration files of a history, oldest first (``0_..._init.py``, ``1_...``)."""
    folder = history_dir(location)
    if not folder.is_dir():
        return []
    found = [p.name for p in folder.glob("*.py") if p.stem.split("_", 1)[0].isdigit()]
    return sorted(found, key=lambda name: int(name.split("_", 1)[0]))


def config_for(database_url: str, modules: Sequence[str] = MODEL_MODULES) -> dict[str, Any]:
    config = tortoise_config(database_url)
    config["apps"][APP]["models"] = list(modules)
    return config


def _reset_aerich_state() -> None:
    """aerich keeps the operators of a diff on the class; start every diff clean."""
    Migrate.upgrade_operators = []
    Migrate.downgrade_operators = []
    Migrate._upgrade_fk_m2m_index_operators = []
    Migrate._downgrade_fk_m2m_index_operators = []
    Migrate._upgrade_m2m = []
    Migrate._downgrade_m2m = []
    Migrate._rename_fields = {}
    Migrate._rename_models = {}
    Migrate._last_version_content = None


@asynccontextmanager
async def isolated(
    database_url: str, modules: Sequence[str] = MODEL_MODULES
) -> AsyncIterator[dict[str, Any]]:
    """Open ``database_url`` in a Tortoise context of its own; yields the config."""
    config = config_for(database_url, modules)
    context = TortoiseContext()
    # Tortoise caches insert statements per connection name and table, not per dialect:
    # forget them when switching to (and back from) a database that may speak another.
    EXECUTOR_CACHE.clear()
    with context:
        try:
            await Tortoise.init(config=config)
            yield config
        finally:
            await context.close_connections()
            EXECUTOR_CACHE.clear()


async def _applied() -> list[str]:
    try:
        return list(await Aerich.filter(app=APP).order_by("id").values_list("version", flat=True))
    except OperationalError:  # no aerich table yet: nothing applied
        return []


@dataclass(frozen=True)
class Status:
    applied: list[str]
    pending: list[str]
    unknown: list[str]  # applied in the database but absent from this history (a newer release?)

    @property
    def up_to_date(self) -> bool:
        return not self.pending and not self.unknown


async def status(database_url: str, location: Path | None = None) -> Status:
    location = location or history_root(database_url)
    files = version_files(location)
    async with isolated(database_url):
        applied = await _applied()
    return Status(
        applied=applied,
        pending=[f for f in files if f not in applied],
        unknown=[a for a in applied if a not in files],
    )


async def upgrade(
    database_url: str, location: Path | None = None, modules: Sequence[str] = MODEL_MODULES
) -> list[str]:
    """Apply the pending migrations of the history; returns the files applied."""
    location = location or history_root(database_url)
    if not version_files(location):
        raise RuntimeError(f"no migration history in {history_dir(location)}")
    async with isolated(database_url, modules) as config:
        command = Command(tortoise_config=config, app=APP, location=str(location))
        _reset_aerich_state()
        await Migrate.init(config, APP, str(location))
        return await command.upgrade(run_in_transaction=True)


async def pending_model_changes(
    database_url: str, location: Path | None = None, modules: Sequence[str] = MODEL_MODULES
) -> list[str]:
    """SQL aerich would generate to bring a migrated database to the current models.

    Compares the models state recorded by the last applied migration with the models
    of the code, with aerich's own diff (what ``makemigrations`` would write). Empty
    means the history matches the models.
    """
    location = location or history_root(database_url)
    async with isolated(database_url, modules) as config:
        _reset_aerich_state()
        await Migrate.init(config, APP, str(location))
        last = Migrate._last_version_content
        if last is None:
            raise RuntimeError("the database has no applied migration to compare with")
        new = get_models_describe(APP)
        last, new = Migrate._exclude_model_name_changes(dict(last), new)
        Migrate.diff_models(last, new, no_input=True)
        Migrate.diff_models(new, last, False, no_input=True)
        Migrate._merge_operators()
        operators = list(Migrate.upgrade_operators)
        _reset_aerich_state()
        return operators


async def make_migration(
    scratch_url: str,
    location: Path,
    name: str,
    *,
    modules: Sequence[str] = MODEL_MODULES,
    interactive: bool = False,
) -> str | None:
    """Generate the next migration of ``location`` from the models.

    ``scratch_url`` is an empty throw-away database of the history's dialect: the
    history is applied to it, then aerich diffs the models against its head. With
    an empty history the initial migration is written. Returns the new file name,
    or None when the models did not change.
    """
    folder = history_dir(location)
    folder.mkdir(parents=True, exist_ok=True)
    async with isolated(scratch_url, modules) as config:
        command = Command(tortoise_config=config, app=APP, location=str(location))
        _reset_aerich_state()
        before = set(version_files(location))
        if not before:
            await command._do_init(safe=True)
        else:
            await Migrate.init(config, APP, str(location))
            await command.upgrade(run_in_transaction=True)
            _reset_aerich_state()
            await Migrate.init(config, APP, str(location))
            await command.migrate(name=name, no_input=not interactive)
        _reset_aerich_state()
    created = sorted(set(version_files(location)) - before)
    return created[0] if created else None


# ---- hand-added SQL -----------------------------------------------------------

HAND_SQL_MARK = "# ---- hand-added SQL"


def hand_sql(spec: str, dialect_name: str) -> tuple[str, str]:
    """(upgrade, downgrade) SQL of ``spec`` for a dialect ("sqlite" or "postgres").

    ``spec`` is ``module`` (which defines ``upgrade_sql(dialect)`` and
    ``downgrade_sql(dialect)``) or ``module:upgrade_function:downgrade_function``.
    """
    module_name, _, functions = spec.partition(":")
    up_name, _, down_name = (functions or "upgrade_sql:downgrade_sql").partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, up_name)(dialect_name), getattr(module, down_name)(dialect_name)


def _literal(sql: str) -> str:
    sql = sql.strip()
    if '"""' in sql or "\\" in sql:
        return repr(sql)
    return '"""\n' + sql + '\n"""'


def append_hand_sql(path: Path, source: str, upgrade_sql: str, downgrade_sql: str) -> None:
    """Append SQL to a generated migration file: run after its upgrade, before its downgrade.

    The SQL text is copied into the file (a migration must not change when the code
    that produced it does); ``source`` says where it came from.
    """
    n = path.read_text(encoding="utf-8").count(HAND_SQL_MARK)
    block = f"""

{HAND_SQL_MARK} ({source}), run after the generated part ----
_HAND_UPGRADE_{n} = {_literal(upgrade_sql)}
_HAND_DOWNGRADE_{n} = {_literal(downgrade_sql)}
_generated_upgrade_{n} = upgrade
_generated_downgrade_{n} = downgrade


async def upgrade(db: BaseDBAsyncClient) -> str:
    return (await _generated_upgrade_{n}(db)) + "\\n" + _HAND_UPGRADE_{n} + "\\n"


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _HAND_DOWNGRADE_{n} + "\\n" + (await _generated_downgrade_{n}(db))
"""
    with path.open("a", encoding="utf-8") as handle:
        handle.write(block)
