"""Bulk import of provincial-platform decisions through /graphql (P1): all pushed, or
every wrong row listed and nothing stored."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.linkage.imports import MAX_DECISIONS
from api.relay import to_global_id
from domain.audit.models import AuditEvent
from domain.linkage.models import Licensee, Push
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.linkage_factories import Catalogue, company_number, make_linked_county, record

pytestmark = pytest.mark.usefixtures("clock")

IMPORT = """
mutation Import($decisions: [RecordApprovalDecisionInput!]!) {
  importApprovalDecisions(decisions: $decisions) {
    __typename
    ... on ImportApprovalDecisionsSuccess { pushes { documentNumber source status } }
    ... on ImportApprovalDecisionsRejected { code field message rows { row field message } }
    ... on Error { code message field }
  }
}
"""


@pytest.fixture
async def loop(client: httpx.AsyncClient) -> tuple[County, Catalogue]:
    signed_out(client)
    return await make_linked_county()


def row(catalogue: Catalogue, number: str, serial: int, **kw: Any) -> dict[str, Any]:
    return {
        "handlingItemId": to_global_id("HandlingItem", catalogue.routed),
        "documentNumber": number,
        "licensee": {"number": company_number(serial), "name": f"保康县示例商行{serial}"},
        "licenseDate": "2026-06-01",
        "licenseContent": "食品销售",
        **kw,
    }


async def _stored() -> tuple[int, int, int]:
    return (
        await Push.all().count(),
        await Licensee.all().count(),
        await AuditEvent.exclude(target_type="Session").count(),
    )


async def test_p1_import_pushes_every_decision(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    _county, catalogue = loop
    csrf = await sign_in(client, "spj.officer")
    decisions = [row(catalogue, f"省平台-{i}", i) for i in range(1, 4)]
    decisions.append(
        row(
            catalogue,
            "省平台-gap",
            9,
            handlingItemId=to_global_id("HandlingItem", catalogue.gap),
        )
    )
    body = await gql(client, IMPORT, {"decisions": decisions}, csrf=csrf)
    result = body["data"]["importApprovalDecisions"]
    assert result["__typename"] == "ImportApprovalDecisionsSuccess", result
    assert result["pushes"] == [
        {"documentNumber": "省平台-1", "source": "IMPORTED", "status": "TO_CLAIM"},
        {"documentNumber": "省平台-2", "source": "IMPORTED", "status": "TO_CLAIM"},
        {"documentNumber": "省平台-3", "source": "IMPORTED", "status": "TO_CLAIM"},
        {"documentNumber": "省平台-gap", "source": "IMPORTED", "status": "ROUTING_GAP"},
    ]
    assert await Push.filter(source="IMPORTED").count() == 4


async def test_p1_import_lists_every_wrong_row_and_stores_nothing(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    await record(county, catalogue, "已推送-1")
    csrf = await sign_in(client, "spj.officer")
    before = await _stored()
    decisions = [
        row(catalogue, "省平台-1", 1),
        row(catalogue, "已推送-1", 2),  # pushed before
        row(catalogue, "省平台-3", 3, licensee={"number": "91420626MA0000000X", "name": "甲"}),
        row(catalogue, "省平台-1", 4),  # the same number as row 1
        row(catalogue, "省平台-5", 5, handlingItemId="bm9wZQ=="),  # not an id
        row(catalogue, "省平台-6", 6, validFrom="2026-06-01", validUntil="2026-01-01"),
        row(catalogue, "省平台-7", 7, attachmentIds=[to_global_id("Attachment", 4242)]),
        row(catalogue, "省平台-8", 8),
    ]
    body = await gql(client, IMPORT, {"decisions": decisions}, csrf=csrf)
    result = body["data"]["importApprovalDecisions"]
    assert result["__typename"] == "ImportApprovalDecisionsRejected", result
    assert (result["code"], result["field"]) == ("INVALID_INPUT", "decisions")
    assert [(r["row"], r["field"]) for r in result["rows"]] == [
        (2, "documentNumber"),
        (3, "licensee.number"),
        (4, "documentNumber"),
        (5, "handlingItemId"),
        (6, "validUntil"),
        (7, "attachmentIds"),
    ]
    assert "已推送过" in result["rows"][0]["message"]
    assert "第 1 条重复" in result["rows"][2]["message"]
    assert all(r["message"] for r in result["rows"])
    assert result["message"].startswith("审批决定未导入：第 2 条")
    assert await _stored() == before


async def test_p1_import_limits_and_permissions(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    csrf = await sign_in(client, "spj.officer")
    before = await _stored()
    too_many = [row(catalogue, f"省平台-{i}", i) for i in range(MAX_DECISIONS + 1)]
    body = await gql(client, IMPORT, {"decisions": too_many}, csrf=csrf)
    result = body["data"]["importApprovalDecisions"]
    assert (result["__typename"], result["field"]) == ("InvalidInputError", "decisions")
    body = await gql(client, IMPORT, {"decisions": []}, csrf=csrf)
    assert body["data"]["importApprovalDecisions"]["field"] == "decisions"
    csrf = await sign_in(client, "scj.sup")  # a supervisor does not import decisions
    body = await gql(client, IMPORT, {"decisions": [row(catalogue, "X-1", 1)]}, csrf=csrf)
    assert body["data"]["importApprovalDecisions"]["code"] == "PERMISSION_DENIED"
    await sign_in(client, None)
    token = await make_api_token(department=county.spj)
    with_token = await _stored()
    body = await gql(client, IMPORT, {"decisions": [row(catalogue, "X-1", 1)]}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"
    assert await _stored() == with_token
    assert with_token[:2] == before[:2]
