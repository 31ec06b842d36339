"""Catalogue imports (C6): an uploaded spreadsheet, checked and stored by a job.

    record = await create_import(actor, "清单.xlsx", content)   # the upload; job sent after commit
    await run_import(record.id)                                 # the job (jobs.actors)
    record = await get_import(actor, record.id)                 # polled by the admin page

The import is all-or-nothing: every row is checked first (``spreadsheet`` and
``spreadsheet_checks``), and a file with any error stores nothing and keeps
the list of errors by sheet, row and column. A file without errors is stored
in ONE transaction through the catalogue's services (``spreadsheet_store``),
each change audited like the same change made in a form. Progress
(``processed`` of ``total`` rows) is written from another connection while
the transaction runs, so that the page sees it move; on SQLite, whose single
connection the transaction holds, it is written when the phase ends.
"""

from __future__ import annotations

import asyncio
import contextvars
import hashlib
import logging
from datetime import timedelta
from enum import StrEnum
from typing import Any

from tortoise import connections, fields
from tortoise.models import Model

from domain.accounts.actor import SYSTEM, Actor
from domain.accounts.policy import Operation, can, require
from domain.audit.services import record
from domain.catalogue.spreadsheet import CatalogueSheets, CellError, read_workbook
from domain.catalogue.spreadsheet_checks import check, sort_errors
from domain.catalogue.spreadsheet_store import StoreFailed
from domain.clock import utc_now
from domain.errors import InvalidInput, NotFound
from domain.transaction import after_commit, transaction

log = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 10 * 1024 * 1024
FILE_NAME_MAX = 200
# A RUNNING import older than this is taken over by the next delivery of its job
# (its worker died: its transaction was rolled back with it).
STALE_AFTER = timedelta(minutes=15)
# The permission to import (and to read imports).
IMPORT_OPERATION = Operation.IMPORT_CATALOGUE


class ImportStatus(StrEnum):
    """导入状态 (catalogue import status)."""

    PENDING = "PENDING"  # 排队中
    VALIDATING = "VALIDATING"  # 校验中
    STORING = "STORING"  # 保存中
    SUCCEEDED = "SUCCEEDED"  # 已完成
    FAILED = "FAILED"  # 失败（未保存任何数据）


RUNNING = (ImportStatus.VALIDATING, ImportStatus.STORING)
FINISHED = (ImportStatus.SUCCEEDED, ImportStatus.FAILED)


class CatalogueImport(Model):
    """清单导入 (C6): one uploaded spreadsheet and what became of it."""

    id = fields.IntField(primary_key=True)
    status = fields.CharEnumField(ImportStatus, max_length=16, db_index=True)
    file_name = fields.CharField(max_length=FILE_NAME_MAX)
    file_size = fields.IntField()
    sha256 = fields.CharField(max_length=64)
    # The file itself, so that a worker on another host reads it.
    content = fields.BinaryField()
    total = fields.IntField(default=0)  # data rows in the file
    processed = fields.IntField(default=0)  # rows checked (VALIDATING) or stored (STORING)
    # [{"sheet", "row", "column", "message"}, ...] in the order of the file.
    errors = fields.JSONField(default=list)
    # {"created": n, "updated": n, "unchanged": n} once stored.
    summary = fields.JSONField(default=dict)
    created_by: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "models.User", related_name="catalogue_imports", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    created_by_name = fields.CharField(max_length=150)
    created_at = fields.DatetimeField(db_index=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "catalogue_import"

    def snapshot(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "file_name": self.file_name,
            "file_size": self.file_size,
            "sha256": self.sha256,
            "total": self.total,
            "processed": self.processed,
            "error_count": len(self.errors),
            "summary": dict(self.summary),
        }


def _clean_file_name(name: str | None) -> str:
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return (name or "catalogue.xlsx")[:FILE_NAME_MAX]


async def create_import(actor: Actor, file_name: str | None, content: bytes) -> CatalogueImport:
    """Accept an uploaded file (coordinator); its job goes out after commit."""
    require(actor, IMPORT_OPERATION)
    if not content:
        raise InvalidInput("文件为空。", field="file")
    if len(content) > MAX_IMPORT_BYTES:
        raise InvalidInput(f"文件过大：上限 {MAX_IMPORT_BYTES // (1024 * 1024)} MB。", field="file")
    if not content.startswith(b"PK"):
        raise InvalidInput("文件不是 .xlsx 工作簿。", field="file")
    now = utc_now()
    async with transaction():
        created = await CatalogueImport.create(
            status=ImportStatus.PENDING,
            file_name=_clean_file_name(file_name),
            file_size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
            created_by_id=actor.user_id,
            created_by_name=actor.username,
            created_at=now,
            updated_at=now,
        )
        await record(
            actor,
            "catalogue_import.create",
            target_type="CatalogueImport",
            target_id=created.id,
            before=None,
            after=created.snapshot(),
        )

        async def send() -> None:
            from jobs.actors import run_catalogue_import

            run_catalogue_import.send(created.id)

        await after_commit(send)
    return created


async def get_import(actor: Actor, import_id: int) -> CatalogueImport:
    """One import, for those who may import (and auditors); ``NotFound`` otherwise."""
    if not can_read_imports(actor):
        raise NotFound("导入记录不存在。", field="id")
    found = await CatalogueImport.get_or_none(id=import_id)
    if found is None:
        raise NotFound("导入记录不存在。", field="id")
    return found


def can_read_imports(actor: Actor) -> bool:
    return actor is SYSTEM or can(actor, IMPORT_OPERATION) or can(actor, Operation.READ_AUDIT_TRAIL)


def visible_imports(actor: Actor):
    """The imports ``actor`` may list (newest first by id); none for others."""
    if not can_read_imports(actor):
        return CatalogueImport.filter(id__lt=0)
    return CatalogueImport.all()


# ---- the job ----------------------------------------------------------------------

PROGRESS_EVERY = 100


async def _claim(import_id: int) -> CatalogueImport | None:
    """Take the import for this run: PENDING, or RUNNING but stale (its worker died)."""
    now = utc_now()
    claimed = await CatalogueImport.filter(id=import_id, status=ImportStatus.PENDING).update(
        status=ImportStatus.VALIDATING, started_at=now, updated_at=now
    )
    if not claimed:
        claimed = await CatalogueImport.filter(
            id=import_id, status__in=RUNNING, updated_at__lt=now - STALE_AFTER
        ).update(status=ImportStatus.VALIDATING, started_at=now, processed=0, updated_at=now)
    if not claimed:
        return None  # finished, running elsewhere, or unknown: a repeated delivery
    return await CatalogueImport.get(id=import_id)


async def _actor_of(job: CatalogueImport) -> Actor | None:
    from domain.accounts.models import User

    if job.created_by_id is None and job.created_by_name == SYSTEM.username:
        return SYSTEM  # the command line

    user = await User.get_or_none(id=job.created_by_id) if job.created_by_id else None
    if user is None or not user.is_active:
        return None
    return user.actor()


async def _set_outside_transaction(import_id: int, **values: Any) -> None:
    """Update the import from a connection of its own (not the running transaction's)."""

    async def write() -> None:
        await CatalogueImport.filter(id=import_id).update(**values, updated_at=utc_now())

    # A fresh context: Tortoise's transaction lives in a context variable, so the
    # task takes a pooled connection and its update commits at once.
    await asyncio.create_task(write(), context=contextvars.Context())


def _shares_one_connection() -> bool:
    return connections.get("default").capabilities.dialect == "sqlite"


async def _finish(
    job: CatalogueImport, actor: Actor, errors: list[CellError], total: int
) -> ImportStatus:
    async with transaction():
        before = job.snapshot()
        job.status = ImportStatus.FAILED
        job.errors = [e.as_json() for e in errors]
        job.total = total
        job.processed = 0
        job.finished_at = job.updated_at = utc_now()
        await job.save(
            update_fields=["status", "errors", "total", "processed", "finished_at", "updated_at"]
        )
        await record(
            actor,
            "catalogue_import.fail",
            target_type="CatalogueImport",
            target_id=job.id,
            before=before,
            after=job.snapshot(),
        )
    return ImportStatus.FAILED


def _rows_of(sheets: CatalogueSheets, errors: list[CellError]) -> int:
    """Data rows of the file: those read, and those left out for a bad cell."""
    bad = {(e.sheet, e.row) for e in errors if e.row is not None and e.row > 1}
    return sheets.row_count + len(bad)


async def run_import(import_id: int) -> ImportStatus | None:
    """Check the file of import ``import_id`` and, without errors, store it (the job).

    Idempotent: a finished import, or one running elsewhere, is left alone.
    Returns the final status, or None when there was nothing to do.
    """
    from domain.catalogue.spreadsheet_store import load_known_records, store_plan

    job = await _claim(import_id)
    if job is None:
        return None
    actor = await _actor_of(job)
    if actor is None or not can(actor, IMPORT_OPERATION):
        message = "导入人的账号已停用或已无导入权限，未保存任何数据。"
        return await _finish(job, actor or SYSTEM, [CellError("", None, None, message)], 0)

    sheets, errors = read_workbook(job.content)
    total = _rows_of(sheets, errors)
    plan = None
    if not any(e.row is None or e.row == 1 for e in errors):  # sheets and headers are there
        plan, more = check(sheets, await load_known_records())
        errors = sort_errors(errors + more)
    if errors or plan is None:
        return await _finish(job, actor, errors, total)

    await _set_outside_transaction(job.id, status=ImportStatus.STORING, total=total, processed=0)
    live = not _shares_one_connection()

    async def progress(done: int) -> None:
        if live and done % PROGRESS_EVERY == 0:
            await _set_outside_transaction(job.id, processed=done)

    try:
        async with transaction():
            summary = await store_plan(actor, plan, progress)
            before = job.snapshot()
            job.status = ImportStatus.SUCCEEDED
            job.total = job.processed = total
            job.summary = summary
            job.errors = []
            job.finished_at = job.updated_at = utc_now()
            await job.save(
                update_fields=[
                    "status",
                    "total",
                    "processed",
                    "summary",
                    "errors",
                    "finished_at",
                    "updated_at",
                ]
            )
            await record(
                actor,
                "catalogue_import.succeed",
                target_type="CatalogueImport",
                target_id=job.id,
                before=before,
                after=job.snapshot(),
            )
    except StoreFailed as exc:  # a rule the checks did not foresee, or a concurrent change
        job = await CatalogueImport.get(id=import_id)
        return await _finish(job, actor, [exc.error], total)
    return ImportStatus.SUCCEEDED
