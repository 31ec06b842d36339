"""The materials store (L1) through /graphql: who may add (approval and supervision
staff of any department) and who may change (the recording department), field errors
that change nothing, reads by API tokens with filters and keyset pages, node(id),
checkMaterials (valid not asked for again, expired never valid, missing), the SQL count
of a page of 10 and of 100."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.audit.models import AuditEvent
from domain.clock import utc_now
from domain.linkage.models import Licensee
from domain.linkage.rules import LicenseeKind
from domain.materials.models import Material
from domain.materials.rules import MaterialCategory
from tests.catalogue_factories import County, make_county, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.linkage_factories import company_number
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

NUMBER = company_number(1)
TODAY = date(2026, 6, 1)

ADD = """
mutation($input: AddMaterialInput!) {
  addMaterial(input: $input) {
    __typename
    ... on AddMaterialSuccess {
      material { id category name documentNumber validFrom validUntil validity canChange
                 department { code } licensee { number } attachments { fileName } }
    }
    ... on Error { code message field }
  }
}
"""

UPDATE = """
mutation($input: UpdateMaterialInput!) {
  updateMaterial(input: $input) {
    __typename
    ... on UpdateMaterialSuccess { material { name validUntil validity correctedAt } }
    ... on Error { code message field }
  }
}
"""

WITHDRAW = """
mutation($input: WithdrawMaterialInput!) {
  withdrawMaterial(input: $input) {
    __typename
    ... on WithdrawMaterialSuccess {
      material { validity withdrawalReason withdrawnAt canChange }
    }
    ... on Error { code message field }
  }
}
"""

MATERIALS = """
query($filter: MaterialFilter, $first: Int, $after: String) {
  materials(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id category name validity department { code } licensee { number }
            attachments { fileName } }
  }
}
"""

CHECK = """
query($number: String!, $required: [RequiredMaterialInput!]!) {
  checkMaterials(licenseeNumber: $number, required: $required) {
    category name validity satisfied material { id name validUntil }
  }
}
"""

NODE = "query($id: ID!) { node(id: $id) { __typename ... on Material { name validity } } }"


def material_input(**kw: Any) -> dict[str, Any]:
    return {
        "licenseeNumber": NUMBER,
        "category": "QUALIFICATION",
        "name": "食品经营许可证",
        "documentNumber": "JY14206260000001",
        "issuer": "保康县行政审批局",
        "validFrom": "2025-01-01",
        "validUntil": "2030-12-31",
    } | kw


@pytest.fixture
async def county(client: httpx.AsyncClient) -> County:
    signed_out(client)
    county = await make_county()
    now = utc_now()
    await Licensee.create(
        kind=LicenseeKind.COMPANY,
        number=NUMBER,
        name="保康县放心粮油店",
        created_at=now,
        updated_at=now,
    )
    return county


async def as_user(client: httpx.AsyncClient, username: str, query: str, variables: Any) -> Any:
    csrf = await sign_in(client, username)
    return await gql(client, query, variables, csrf=csrf)


async def _snapshot() -> tuple[object, ...]:
    return (
        await Material.all()
        .order_by("id")
        .values_list("name", "valid_until", "withdrawn_at", "withdrawal_reason"),
        await AuditEvent.filter(target_type="Material").count(),
    )


MATRIX = {
    "spj.officer": "AddMaterialSuccess",
    "spj.admin": "AddMaterialSuccess",
    "scj.sup": "AddMaterialSuccess",
    "scj.admin": "AddMaterialSuccess",
    "zjj.sup": "AddMaterialSuccess",
    "coordinator": "PermissionDeniedError",
    "auditor": "PermissionDeniedError",
    "admin": "PermissionDeniedError",
}


@pytest.mark.parametrize("username", sorted(MATRIX))
async def test_l1_permission_matrix_of_adding(
    client: httpx.AsyncClient, county: County, username: str
) -> None:
    await sign_in(client, username)
    before = await _snapshot()
    body = await as_user(client, username, ADD, {"input": material_input()})
    result = body["data"]["addMaterial"]
    assert result["__typename"] == MATRIX[username], body
    if MATRIX[username].endswith("Error"):
        assert await _snapshot() == before
        return
    material = result["material"]
    assert material["validity"] == "VALID" and material["canChange"] is True
    assert material["licensee"]["number"] == NUMBER


async def test_l1_field_errors_change_nothing(client: httpx.AsyncClient, county: County) -> None:
    added = await as_user(client, "spj.officer", ADD, {"input": material_input()})
    material_id = added["data"]["addMaterial"]["material"]["id"]
    before = await _snapshot()
    cases = [
        (ADD, "addMaterial", material_input(validUntil="2024-12-31"),
         "INVALID_INPUT", "validUntil"),
        (ADD, "addMaterial", material_input(name=" "), "INVALID_INPUT", "name"),
        (ADD, "addMaterial", material_input(issuer=""), "INVALID_INPUT", "issuer"),
        (
            ADD,
            "addMaterial",
            material_input(licenseeNumber=NUMBER[:-1] + ("0" if NUMBER[-1] != "0" else "1")),
            "INVALID_INPUT",
            "licenseeNumber",
        ),
        (
            ADD,
            "addMaterial",
            material_input(licenseeNumber=company_number(9)),
            "NOT_FOUND",
            "licenseeNumber",
        ),
        (
            UPDATE,
            "updateMaterial",
            {k: v for k, v in material_input(validUntil="2020-01-01").items()
             if k != "licenseeNumber"} | {"materialId": material_id},
            "INVALID_INPUT",
            "validUntil",
        ),
        (
            WITHDRAW,
            "withdrawMaterial",
            {"materialId": material_id, "reason": " "},
            "INVALID_INPUT",
            "reason",
        ),
        (
            WITHDRAW,
            "withdrawMaterial",
            {"materialId": to_global_id("Material", 999), "reason": "错录"},
            "NOT_FOUND",
            "materialId",
        ),
    ]  # fmt: skip
    for query, name, variables, code, field in cases:
        body = await as_user(client, "spj.officer", query, {"input": variables})
        assert (body["data"][name]["code"], body["data"][name]["field"]) == (code, field), body
    assert await _snapshot() == before


async def test_l1_only_the_recording_department_corrects_and_withdraws(
    client: httpx.AsyncClient, county: County
) -> None:
    added = await as_user(client, "spj.officer", ADD, {"input": material_input()})
    material_id = added["data"]["addMaterial"]["material"]["id"]
    update = {k: v for k, v in material_input(validUntil="2031-06-30").items()}
    update.pop("licenseeNumber")
    update["materialId"] = material_id
    before = await _snapshot()
    denied = await as_user(client, "scj.sup", UPDATE, {"input": update})
    assert denied["data"]["updateMaterial"]["code"] == "PERMISSION_DENIED"
    listed = await gql(client, MATERIALS, {}, csrf=await sign_in(client, "scj.sup"))
    assert "errors" not in listed, listed
    assert await _snapshot() == before

    fixed = await as_user(client, "spj.admin", UPDATE, {"input": update})
    assert fixed["data"]["updateMaterial"]["material"]["validUntil"] == "2031-06-30"
    withdrawn = await as_user(
        client, "spj.officer", WITHDRAW, {"input": {"materialId": material_id, "reason": "已注销"}}
    )
    material = withdrawn["data"]["withdrawMaterial"]["material"]
    assert (material["validity"], material["withdrawalReason"], material["canChange"]) == (
        "WITHDRAWN",
        "已注销",
        False,
    )
    again = await as_user(client, "spj.officer", UPDATE, {"input": update})
    assert again["data"]["updateMaterial"]["code"] == "CONFLICT"


async def _seed(county: County, count: int) -> None:
    now = utc_now()
    licensee = await Licensee.get(number=NUMBER)
    await Material.bulk_create(
        [
            Material(
                licensee_id=licensee.id,
                category=list(MaterialCategory)[i % 6],
                name=f"材料{i}",
                issuer="保康县行政审批局",
                valid_from=date(2025, 1, 1),
                valid_until=TODAY - timedelta(days=1) if i % 3 == 0 else None,
                department_id=county.spj.id if i % 2 else county.scj.id,
                recorded_at=now,
            )
            for i in range(count)
        ]
    )


async def test_l1_api_token_reads_pages_and_filters(
    client: httpx.AsyncClient, county: County
) -> None:
    await _seed(county, 30)
    token = await make_api_token("看板", county.zjj)
    headers = {"Authorization": f"Bearer {token}"}

    async def page(variables: dict[str, Any]) -> dict[str, Any]:
        response = await client.post(
            "/graphql", json={"query": MATERIALS, "variables": variables}, headers=headers
        )
        body = response.json()
        assert "errors" not in body, body
        return body["data"]["materials"]  # type: ignore[no-any-return]

    seen: list[str] = []
    after = None
    while True:
        result = await page({"first": 7, "after": after})
        seen += [n["id"] for n in result["nodes"]]
        categories = [n["category"] for n in result["nodes"]]
        assert categories == sorted(categories)
        if not result["pageInfo"]["hasNextPage"]:
            break
        after = result["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == 30
    expired = await page({"filter": {"validity": "EXPIRED"}, "first": 100})
    assert len(expired["nodes"]) == 10
    identity = await page({"filter": {"category": "IDENTITY", "licenseeNumber": NUMBER}})
    assert {n["category"] for n in identity["nodes"]} == {"IDENTITY"}
    assert len(identity["nodes"]) == 5
    nobody = await page({"filter": {"licenseeNumber": company_number(9)}})
    assert nobody["nodes"] == []
    spj = await page({"filter": {"departmentId": to_global_id("Department", county.spj.id)}})
    assert {n["department"]["code"] for n in spj["nodes"]} == {"SPJ"}
    # A token changes nothing.
    response = await client.post(
        "/graphql", json={"query": ADD, "variables": {"input": material_input()}}, headers=headers
    )
    assert response.json()["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"


async def test_l1_node_and_system_admin_reads_nothing(
    client: httpx.AsyncClient, county: County
) -> None:
    added = await as_user(client, "scj.sup", ADD, {"input": material_input()})
    material_id = added["data"]["addMaterial"]["material"]["id"]
    body = await as_user(client, "zjj.sup", NODE, {"id": material_id})
    assert body["data"]["node"] == {"__typename": "Material", "name": "食品经营许可证",
                                    "validity": "VALID"}  # fmt: skip
    assert (await as_user(client, "admin", NODE, {"id": material_id}))["data"]["node"] is None
    denied = await as_user(client, "admin", MATERIALS, {})
    assert denied["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


async def test_l1_check_materials_valid_is_not_asked_again(
    client: httpx.AsyncClient, county: County
) -> None:
    for values in (
        material_input(),
        material_input(category="IDENTITY", name="营业执照", validUntil="2026-05-31"),
    ):
        body = await as_user(client, "spj.officer", ADD, {"input": values})
        assert body["data"]["addMaterial"]["__typename"] == "AddMaterialSuccess", body
    required = [
        {"category": "QUALIFICATION", "name": "食品经营 许可证"},
        {"category": "IDENTITY", "name": "营业执照"},
        {"category": "PROPERTY", "name": "房屋租赁合同"},
    ]
    body = await as_user(client, "zjj.sup", CHECK, {"number": NUMBER, "required": required})
    checks = body["data"]["checkMaterials"]
    assert [(c["validity"], c["satisfied"]) for c in checks] == [
        ("VALID", True),
        ("EXPIRED", False),
        (None, False),
    ]
    assert checks[1]["material"]["validUntil"] == "2026-05-31"
    assert checks[2]["material"] is None
    unknown = await as_user(
        client, "zjj.sup", CHECK, {"number": company_number(9), "required": required[:1]}
    )
    assert unknown["data"]["checkMaterials"][0]["satisfied"] is False
    bad = await as_user(client, "zjj.sup", CHECK, {"number": "123", "required": required})
    assert bad["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": "licenseeNumber"}


async def test_l1_sql_count_of_a_page_of_10_and_100(
    client: httpx.AsyncClient, county: County
) -> None:
    await _seed(county, 120)
    csrf = await sign_in(client, "zjj.sup")
    counts = {}
    for first in (10, 100):
        with count_queries() as counted:
            body = await gql(client, MATERIALS, {"first": first}, csrf=csrf)
        assert "errors" not in body, body
        assert len(body["data"]["materials"]["nodes"]) == first
        counts[first] = counted.count
    assert counts[10] == counts[100], counts
    assert counts[100] <= 8, counts
