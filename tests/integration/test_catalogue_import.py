"""Catalogue import and export through the domain (C6), on the test database."""

from __future__ import annotations

import asyncio
import contextvars
import io
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from domain.accounts.actor import DepartmentKind, Role
from domain.audit.models import AuditEvent
from domain.catalogue.imports import CatalogueImport, ImportStatus, create_import, run_import
from domain.catalogue.models import (
    ApprovalItem,
    CatalogueLink,
    HandlingItem,
    SupervisionItem,
    SupervisionSubItem,
)
from domain.catalogue.spreadsheet import (
    ApprovalRow,
    CatalogueSheets,
    LinkRow,
    SupervisionRow,
)
from domain.catalogue.spreadsheet_export import draft_sheets, export_workbook
from domain.catalogue.spreadsheet_template import TEMPLATE_DEPARTMENTS, template_workbook
from domain.catalogue.spreadsheet_write import write_workbook
from domain.errors import PermissionDenied
from tests.factories import make_department, make_user

TEMPLATE_FILE = Path(__file__).resolve().parents[2] / "docs" / "catalogue-template.xlsx"


def cells(content: bytes) -> dict[str, list[tuple]]:
    book = load_workbook(io.BytesIO(content), read_only=True)
    try:
        return {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    finally:
        book.close()


@pytest.fixture
async def coordinator(db: str):
    for code, kind in TEMPLATE_DEPARTMENTS:
        await make_department(code, kind=DepartmentKind(kind))
    coordination = await make_department("XTZ")
    user = await make_user("xtz.coord", {Role.COORDINATOR}, coordination)
    return user.actor()


async def imported(actor, content: bytes) -> CatalogueImport:
    created = await create_import(actor, "清单.xlsx", content)
    await run_import(created.id)
    return await CatalogueImport.get(id=created.id)


async def test_c6_the_template_round_trips_through_import_and_export(coordinator, clock):
    job = await imported(coordinator, template_workbook())
    assert job.status is ImportStatus.SUCCEEDED, job.errors
    assert job.processed == job.total == 13
    exported, name = await export_workbook(coordinator)
    assert name == "catalogue-draft.xlsx"
    assert cells(exported) == cells(template_workbook())
    # the file in docs/ is the one the code writes
    assert cells(TEMPLATE_FILE.read_bytes()) == cells(template_workbook())


async def test_c6_importing_the_same_file_again_changes_nothing(coordinator, clock):
    await imported(coordinator, template_workbook())
    events = await AuditEvent.all().count()
    again = await imported(coordinator, template_workbook())
    assert again.status is ImportStatus.SUCCEEDED
    assert again.summary == {"created": 0, "updated": 0, "unchanged": 13 + 3 + 3}
    # only the import's own two events (create, succeed)
    assert await AuditEvent.all().count() == events + 2


async def test_c6_a_file_with_one_bad_row_stores_nothing_and_reports_that_row(coordinator, clock):
    sheets = _big_catalogue(30)
    bad = sheets.links[7]
    sheets.links[7] = LinkRow(bad.handling_code, "NOPE", None, "PROPOSED")
    job = await imported(coordinator, write_workbook(sheets))
    assert job.status is ImportStatus.FAILED
    assert job.errors == [
        {"sheet": "审管关联", "row": 9, "column": "监管部门编码", "message": "部门编码“NOPE”不存在"}
    ]
    assert job.total == 180 and job.processed == 0
    for model in (ApprovalItem, HandlingItem, SupervisionItem, SupervisionSubItem, CatalogueLink):
        assert await model.all().count() == 0
    actions = await AuditEvent.filter(action__not_in=["department.create", "user.create"])
    assert [e.action for e in actions] == ["catalogue_import.create", "catalogue_import.fail"]


async def test_c6_the_job_runs_once_however_often_it_is_delivered(coordinator, clock):
    created = await create_import(coordinator, "清单.xlsx", template_workbook())
    assert await run_import(created.id) is ImportStatus.SUCCEEDED
    assert await run_import(created.id) is None
    assert await HandlingItem.all().count() == 5


async def test_c6_only_the_coordinator_imports(coordinator, clock):
    scj = await make_department("ZZZ")
    supervisor = await make_user("zzz.sup", {Role.SUPERVISOR}, scj)
    with pytest.raises(PermissionDenied):
        await create_import(supervisor.actor(), "清单.xlsx", template_workbook())
    assert await CatalogueImport.all().count() == 0


def _big_catalogue(items: int) -> CatalogueSheets:
    """``items`` approval items of 2 handling items, sub-items and links: 3 × 2 × items rows."""
    approval, supervision, links = [], [], []
    for n in range(items):
        for h in (1, 2):
            approval.append(
                ApprovalRow(
                    f"T-SP-{n:04d}", f"测试审批事项{n}", "SPJ", "", n % 3 == 0,
                    ("POST_VERIFICATION",) if n % 3 == 0 else (),
                    10 if n % 3 == 0 else None,
                    ("A", "B") if n % 3 == 0 else (),
                    f"T-SP-{n:04d}-{h:02d}", f"办理项{h}",
                )
            )  # fmt: skip
            supervision.append(
                SupervisionRow(
                    f"T-JG-{n:04d}", f"测试监管事项{n}", "SCJ", "", n % 2 == 0,
                    "FOOD_AND_DRUGS" if n % 2 == 0 else None, f"T-JG-{n:04d}-{h:02d}", f"子项{h}",
                )
            )  # fmt: skip
            confirmed = h == 1
            links.append(
                LinkRow(
                    f"T-SP-{n:04d}-{h:02d}",
                    "SCJ",
                    f"T-JG-{n:04d}-{h:02d}" if confirmed else None,
                    "CONFIRMED" if confirmed else "PROPOSED",
                )
            )
    return CatalogueSheets(approval, supervision, links)


async def test_c6_a_3000_row_import_shows_its_progress(coordinator, clock, capsys):
    content = write_workbook(_big_catalogue(500))
    created = await create_import(coordinator, "big.xlsx", content)
    seen: list[tuple[str, int, int]] = []
    done = asyncio.Event()

    async def poll() -> None:
        while not done.is_set():
            row = await CatalogueImport.filter(id=created.id).values("status", "processed", "total")
            seen.append((str(row[0]["status"]), row[0]["processed"], row[0]["total"]))
            await asyncio.sleep(0.05)

    # the page polls from its own request: a context outside the import's transaction
    poller = asyncio.create_task(poll(), context=contextvars.Context())
    started = time.perf_counter()
    status = await run_import(created.id)
    elapsed = time.perf_counter() - started
    done.set()
    await poller
    job = await CatalogueImport.get(id=created.id)
    assert status is ImportStatus.SUCCEEDED, job.errors
    assert job.total == job.processed == 3000
    assert job.summary == {"created": 500 + 1000 + 500 + 1000 + 1000, "updated": 0, "unchanged": 0}
    assert await CatalogueLink.filter(status="CONFIRMED").count() == 500
    assert await HandlingItem.all().count() == 1000
    processed = [p for _, p, _ in seen] + [job.processed]
    assert processed == sorted(processed)  # never goes back
    assert processed[-1] == 3000
    storing = [p for s, p, _ in seen if s == "STORING"]
    if CatalogueImport._meta.db.capabilities.dialect != "sqlite":
        # PostgreSQL: the page sees the rows being stored, 100 at a time
        assert any(0 < p < 3000 for p in storing), seen
    with capsys.disabled():
        print(
            f"\nC6: 3000-row import took {elapsed:.1f} s; "
            f"progress seen: {sorted(set(processed))[:8]}…"
        )


async def test_c6_the_draft_export_needs_a_login(coordinator, clock):
    from domain.accounts.actor import ANONYMOUS
    from domain.errors import NotAuthenticated

    await imported(coordinator, template_workbook())
    assert len((await draft_sheets()).approval) == 5
    with pytest.raises(NotAuthenticated):
        await export_workbook(ANONYMOUS)
