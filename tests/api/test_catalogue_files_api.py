"""Catalogue spreadsheet upload, progress and download over HTTP (C6)."""

from __future__ import annotations

import asyncio
import io

import pytest
from openpyxl import load_workbook

from domain.accounts.actor import DepartmentKind, Role
from domain.catalogue.imports import MAX_IMPORT_BYTES
from domain.catalogue.spreadsheet import (
    LinkRow,
)
from domain.catalogue.spreadsheet_template import (
    TEMPLATE_DEPARTMENTS,
    TEMPLATE_SHEETS,
    template_workbook,
)
from domain.catalogue.spreadsheet_write import write_workbook
from jobs.broker import get_broker
from jobs.worker import EmbeddedWorker
from tests.factories import gql, login, make_department, make_user

UPLOAD = "/files/catalogue-import"
EXPORT = "/files/catalogue-export.xlsx"
STATUS = """
query Status($id: ID!) {
  catalogueImport(id: $id) {
    id status fileName total processed
    errors { sheet row column message }
    summary { created updated unchanged }
  }
}
"""


@pytest.fixture
async def county(db: str):
    departments = {}
    for code, kind in TEMPLATE_DEPARTMENTS:
        departments[code] = await make_department(code, kind=DepartmentKind(kind))
    xtz = await make_department("XTZ")
    await make_user("xtz.coord", {Role.COORDINATOR}, xtz)
    await make_user("scj.sup", {Role.SUPERVISOR}, departments["SCJ"])
    return departments


@pytest.fixture
async def worker():
    """The in-process Dramatiq worker, as ``shenguan serve`` runs it."""
    running = EmbeddedWorker(get_broker(), threads=1)
    await running.start()
    yield running
    await running.stop()


async def upload(client, content: bytes, csrf: str | None, name: str = "清单.xlsx"):
    headers = {"X-CSRF-Token": csrf} if csrf else {}
    return await client.post(UPLOAD, params={"fileName": name}, content=content, headers=headers)


async def poll(client, import_id: str) -> dict:
    for _ in range(200):
        body = await gql(client, STATUS, {"id": import_id})
        job = body["data"]["catalogueImport"]
        if job["status"] in ("SUCCEEDED", "FAILED"):
            return job
        await asyncio.sleep(0.05)
    raise AssertionError(f"the import did not finish: {job}")


async def test_c6_upload_and_poll_the_template_then_download_it(client, county, worker, clock):
    csrf = await login(client, "xtz.coord")
    response = await upload(client, template_workbook(), csrf)
    assert response.status_code == 202, response.text
    job = await poll(client, response.json()["id"])
    assert job["status"] == "SUCCEEDED", job
    assert job["fileName"] == "清单.xlsx"
    assert job["total"] == job["processed"] == 13
    assert job["summary"]["created"] == 19
    download = await client.get(EXPORT)
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(download.content), read_only=True)
    assert book.sheetnames[:3] == ["审批事项", "监管事项", "审管关联"]
    rows = list(book["审批事项"].iter_rows(min_row=2, values_only=True))
    assert [r[-2] for r in rows] == [r.handling_code for r in TEMPLATE_SHEETS.approval]


async def test_c6_a_bad_row_comes_back_by_sheet_row_and_column(client, county, worker, clock):
    sheets = TEMPLATE_SHEETS
    links = [*sheets.links[:2], LinkRow("YL-SP-404", "SCJ", None, "PROPOSED"), *sheets.links[2:]]
    content = write_workbook(type(sheets)(sheets.approval, sheets.supervision, links))
    csrf = await login(client, "xtz.coord")
    response = await upload(client, content, csrf)
    job = await poll(client, response.json()["id"])
    assert job["status"] == "FAILED"
    assert job["errors"] == [
        {
            "sheet": "审管关联",
            "row": 4,
            "column": "业务办理项编码",
            "message": "业务办理项“YL-SP-404”既不在“审批事项”表中，也不在系统中",
        }
    ]
    assert job["summary"] is None
    draft = await client.get(EXPORT)
    book = load_workbook(io.BytesIO(draft.content), read_only=True)
    assert list(book["审批事项"].iter_rows(min_row=2, values_only=True)) == []


async def test_c6_only_the_coordinator_uploads_with_a_csrf_token(client, county, clock):
    anonymous = await upload(client, template_workbook(), None)
    assert anonymous.status_code == 401
    assert anonymous.json()["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"
    csrf = await login(client, "scj.sup")
    denied = await upload(client, template_workbook(), csrf)
    assert denied.status_code == 403
    assert denied.json()["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    client.cookies.clear()
    await login(client, "xtz.coord")
    no_csrf = await upload(client, template_workbook(), None)
    assert no_csrf.status_code == 403
    assert no_csrf.json()["errors"][0]["extensions"]["code"] == "CSRF_FAILED"


async def test_c6_the_upload_has_its_own_size_limit(client, county, clock):
    csrf = await login(client, "xtz.coord")
    # over the 1 MB GraphQL limit, under the upload's: accepted (and then found invalid)
    accepted = await upload(client, b"PK" + b"\0" * 2_000_000, csrf)
    assert accepted.status_code == 202
    too_large = await upload(client, b"PK" + b"\0" * MAX_IMPORT_BYTES, csrf)
    assert too_large.status_code == 413
    not_xlsx = await upload(client, b"name,code\n", csrf)
    assert not_xlsx.status_code == 400
    assert not_xlsx.json()["errors"][0]["extensions"]["field"] == "file"


async def test_c6_import_status_is_hidden_from_other_users(client, county, clock):
    csrf = await login(client, "xtz.coord")
    response = await upload(client, template_workbook(), csrf)
    import_id = response.json()["id"]
    client.cookies.clear()
    await login(client, "scj.sup")
    body = await gql(client, STATUS, {"id": import_id})
    assert body["data"]["catalogueImport"] is None


async def test_c6_the_draft_export_needs_a_login_and_versions_must_exist(client, county, clock):
    anonymous = await client.get(EXPORT)
    assert anonymous.status_code == 401
    missing = await client.get(EXPORT, params={"version": "99"})
    assert missing.status_code == 404
    assert missing.json()["errors"][0]["extensions"]["field"] == "version"
    bad = await client.get(EXPORT, params={"version": "latest"})
    assert bad.status_code == 400
    await login(client, "scj.sup")
    assert (await client.get(EXPORT)).status_code == 200
