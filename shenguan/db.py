"""The database: Tortoise configuration, start and stop.

Every module with models is listed in :data:`MODEL_MODULES`; aerich keeps one
migration history per dialect under ``migrations/<dialect>/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tortoise import Tortoise

MODEL_MODULES = [
    "domain.accounts.models",
    "domain.audit.models",
    "domain.calendar.models",
    "domain.deadlines.models",
    "domain.catalogue.models",
    "domain.catalogue.imports",
    "domain.linkage.models",
    "domain.attachments.models",
    "domain.credit.models",
    "domain.reviews.models",
    "domain.materials.models",
    "domain.reminders.models",
    "domain.commitments.models",
    "domain.inquiries.models",
    "domain.reports.models",
    "domain.inspections.models",
    "aerich.models",
]

MIGRATIONS_ROOT = Path(__file__).resolve().parent.parent / "migrations"


def dialect(database_url: str) -> str:
    return "sqlite" if database_url.startswith("sqlite://") else "postgres"


def migrations_location(database_url: str) -> str:
    return str(MIGRATIONS_ROOT / dialect(database_url))


def tortoise_config(database_url: str) -> dict[str, Any]:
    if database_url.startswith("sqlite://"):
        Path(database_url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)
    return {
        "connections": {"default": database_url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


async def init_db(database_url: str) -> None:
    # The global fallback lets request and worker tasks see the connections
    # opened in the start-up task.
    await Tortoise.init(config=tortoise_config(database_url), _enable_global_fallback=True)


async def close_db() -> None:
    await Tortoise.close_connections()
