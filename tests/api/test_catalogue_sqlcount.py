"""Every catalogue list issues the same number of SQL statements for 10 rows and for 100."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from domain.accounts.actor import SYSTEM
from domain.catalogue.models import (
    ApprovalItem,
    CatalogueLink,
    HandlingItem,
    SupervisionItem,
    SupervisionSubItem,
)
from domain.catalogue.rules import KeyArea, LinkStatus
from domain.catalogue.services import publication
from domain.clock import utc_now
from tests.catalogue_factories import County, make_county
from tests.factories import login
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

ROWS = 320  # enough for 100 rows in each list, coverage lists included


async def _fill(county: County) -> None:
    """ROWS approval items with a handling item each (every other one 事后核查), ROWS
    supervision items with a sub-item each, every handling item confirmed-linked."""
    now = utc_now()
    stamps = {"created_at": now, "updated_at": now}
    for i in range(ROWS):  # save() derives the commitment columns
        await ApprovalItem(
            code=f"A{i:03d}",
            name=f"审批事项{i}",
            department_id=county.spj.id,
            commitment_eligible=i % 2 == 0,
            commitment_modes=["POST_VERIFICATION"] if i % 2 == 0 else [],
            verification_period_working_days=20 if i % 2 == 0 else None,
            allowed_credit_grades=["A"] if i % 2 == 0 else [],
            **stamps,
        ).save()
    approval = {a.code: a.id for a in await ApprovalItem.all()}
    await HandlingItem.bulk_create(
        [
            HandlingItem(
                approval_item_id=approval[f"A{i:03d}"], code=f"H{i:03d}", name="新办", **stamps
            )
            for i in range(ROWS)
        ]
    )
    departments = [county.scj, county.zjj]
    await SupervisionItem.bulk_create(
        [
            SupervisionItem(
                code=f"S{i:03d}",
                name=f"监管事项{i}",
                department_id=departments[i % 2].id,
                is_key=i % 3 == 0,
                key_area=KeyArea.HEALTH if i % 3 == 0 else None,
                **stamps,
            )
            for i in range(ROWS)
        ]
    )
    supervision = {s.code: s for s in await SupervisionItem.all()}
    await SupervisionSubItem.bulk_create(
        [
            SupervisionSubItem(
                supervision_item_id=supervision[f"S{i:03d}"].id,
                code=f"S{i:03d}-1",
                name="子项",
                **stamps,
            )
            for i in range(ROWS)
        ]
    )
    subs = {s.code: s for s in await SupervisionSubItem.all()}
    handling = {h.code: h for h in await HandlingItem.all()}
    officer = county.users["spj.officer"].id
    links = []
    for i in range(ROWS):
        sub = subs[f"S{i:03d}-1"]
        h = handling[f"H{i:03d}"]
        links.append(
            CatalogueLink(
                handling_item_id=h.id,
                department_id=supervision[f"S{i:03d}"].department_id,
                supervision_sub_item_id=sub.id,
                status=LinkStatus.CONFIRMED,
                open_handling_item_id=h.id,
                proposed_by_id=officer,
                proposed_at=now,
                confirmed_by_id=county.users["scj.sup"].id,
                confirmed_at=now,
                updated_at=now,
            )
        )
    await CatalogueLink.bulk_create(links)


QUERIES = {
    "approvalItems": """
query($first: Int!) { approvalItems(first: $first) { edges { cursor node {
  id code commitmentModes department { code name }
  handlingItems { code link { status department { code } proposedBy
    supervisionSubItem { code supervisionItem { code department { code } } } } }
} } } }""",
    "supervisionItems": """
query($first: Int!) { supervisionItems(first: $first) { edges { node {
  id code isKey keyArea department { code } subItems { code supervisionItem { code } }
} } } }""",
    "catalogueLinks": """
query($first: Int!) { catalogueLinks(first: $first) { edges { node {
  id status proposedBy confirmedBy department { code }
  handlingItem { code approvalItem { code department { code } } }
  supervisionSubItem { code supervisionItem { code } }
} } } }""",
    "unlinkedHandlingItems": """
query($first: Int!) { catalogueCoverage { unlinkedHandlingItems(first: $first) { edges { node {
  code approvalItem { code } link { status department { code } }
} } } } }""",
    "awaitingConfirmation": """
query($first: Int!) { catalogueCoverage { awaitingConfirmation(first: $first) { edges { node {
  status handlingItem { code approvalItem { code } } department { code }
} } } } }""",
    "postVerificationGaps": """
query($first: Int!) { catalogueCoverage { postVerificationGaps(first: $first) { edges { node {
  code handlingItems { code link { status } }
} } } } }""",
    "publishedApprovalItems": """
query($first: Int!) { publishedCatalogue { approvalItems(first: $first) { edges { node {
  code departmentName handlingItems { code departmentName supervisionSubItemCode }
} } } } }""",
    "publishedSupervisionItems": """
query($first: Int!) { publishedCatalogue { supervisionItems(first: $first) { edges { node {
  code isKey subItems { code }
} } } } }""",
}


def _edges(data: dict, name: str) -> list:  # type: ignore[type-arg]
    value = next(iter(data.values()))
    if "edges" not in value:
        value = next(iter(value.values()))
    return value["edges"]


async def test_every_catalogue_list_issues_the_same_statements_for_10_and_100_rows(
    client: httpx.AsyncClient,
) -> None:
    county = await make_county()
    await _fill(county)
    await publication.publish_catalogue(SYSTEM, date(2026, 6, 1))
    await _reopen_some(county)
    await login(client, "auditor")
    for name, query in QUERIES.items():
        counts = {}
        for first in (10, 100):
            with count_queries() as counted:
                response = await client.post(
                    "/graphql", json={"query": query, "variables": {"first": first}}
                )
            body = response.json()
            assert "errors" not in body, (name, body)
            assert len(_edges(body["data"], name)) == first, name
            counts[first] = counted.count
        assert counts[10] == counts[100], (name, counts)


async def _reopen_some(county: County) -> None:
    """After publishing, turn the draft into a mix: confirmed, proposed, unlinked."""
    rows = await CatalogueLink.all().order_by("id")
    for i, link in enumerate(rows):
        if i % 3 == 1:
            link.status = LinkStatus.PROPOSED
            link.supervision_sub_item_id = None
            await link.save()
        elif i % 3 == 2:
            link.status = LinkStatus.UNLINKED
            link.open_handling_item_id = None
            link.reason = "调整"
            await link.save()
