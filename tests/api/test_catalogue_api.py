"""The catalogue through /graphql: the flow from an item to a published route, errors,
and the anonymous reads of published versions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from tests.catalogue_factories import County, make_county, sign_in, signed_out
from tests.factories import gql

pytestmark = pytest.mark.usefixtures("clock")

ITEM_FIELDS = "id code name commitmentModes verificationPeriodWorkingDays department { code }"
CREATE_APPROVAL_ITEM = f"""
mutation($input: CreateApprovalItemInput!) {{
  createApprovalItem(input: $input) {{
    __typename
    ... on ApprovalItemSuccess {{ approvalItem {{ {ITEM_FIELDS} }} }}
    ... on Error {{ code message field }}
  }}
}}"""
UPDATE_APPROVAL_ITEM = f"""
mutation($input: UpdateApprovalItemInput!) {{
  updateApprovalItem(input: $input) {{
    __typename
    ... on ApprovalItemSuccess {{ approvalItem {{ {ITEM_FIELDS} isActive }} }}
    ... on Error {{ code message field }}
  }}
}}"""
CREATE_HANDLING_ITEM = """
mutation($input: CreateHandlingItemInput!) {
  createHandlingItem(input: $input) {
    __typename
    ... on HandlingItemSuccess { handlingItem { id code approvalItem { code } link { id } } }
    ... on Error { code message field }
  }
}"""
CREATE_SUPERVISION_ITEM = """
mutation($input: CreateSupervisionItemInput!) {
  createSupervisionItem(input: $input) {
    __typename
    ... on SupervisionItemSuccess { supervisionItem { id code isKey keyArea } }
    ... on Error { code message field }
  }
}"""
CREATE_SUB_ITEM = """
mutation($input: CreateSupervisionSubItemInput!) {
  createSupervisionSubItem(input: $input) {
    __typename
    ... on SupervisionSubItemSuccess { supervisionSubItem { id code supervisionItem { code } } }
    ... on Error { code message field }
  }
}"""
LINK_FIELDS = """
  __typename
  ... on CatalogueLinkSuccess {
    link { id status reason proposedBy confirmedBy department { code }
           supervisionSubItem { code } handlingItem { code } }
  }
  ... on Error { code message field }
"""
PROPOSE = f"mutation($input: ProposeCatalogueLinkInput!) {{ proposeCatalogueLink(input: $input) {{ {LINK_FIELDS} }} }}"  # noqa: E501
CONFIRM = f"mutation($input: ConfirmCatalogueLinkInput!) {{ confirmCatalogueLink(input: $input) {{ {LINK_FIELDS} }} }}"  # noqa: E501
REJECT = f"mutation($input: RejectCatalogueLinkInput!) {{ rejectCatalogueLink(input: $input) {{ {LINK_FIELDS} }} }}"  # noqa: E501
UNLINK = f"mutation($input: UnlinkCatalogueLinkInput!) {{ unlinkCatalogueLink(input: $input) {{ {LINK_FIELDS} }} }}"  # noqa: E501
PUBLISH = """
mutation($input: PublishCatalogueInput!) {
  publishCatalogue(input: $input) {
    __typename
    ... on PublishCatalogueSuccess { version { id number effectiveDate linkCount } }
    ... on CatalogueIncompleteError { problems }
    ... on Error { code message field }
  }
}"""
PUBLISHED = """
query($version: Int) {
  publishedCatalogue(version: $version) {
    number effectiveDate
    approvalItems(first: 10) {
      nodes { code name commitmentModes
              handlingItems { code departmentName supervisionSubItemCode isKey keyArea } }
    }
    supervisionItems(first: 10) { nodes { code isKey subItems { code } } }
  }
  catalogueVersions(first: 5) { nodes { number effectiveDate } }
}"""
COVERAGE = """
query {
  catalogueCoverage {
    unlinkedHandlingItemCount awaitingConfirmationCount postVerificationGapCount
    unlinkedHandlingItems(first: 10) { nodes { code } }
    awaitingConfirmation(first: 10) { nodes { handlingItem { code } department { code } } }
    postVerificationGaps(first: 10) { nodes { code } }
  }
}"""


@pytest.fixture
async def county(client: httpx.AsyncClient) -> County:
    signed_out(client)
    return await make_county()


def gid(type_name: str, pk: int) -> str:
    return to_global_id(type_name, pk)


async def call(
    client: httpx.AsyncClient, username: str, query: str, input: dict[str, Any]
) -> dict[str, Any]:
    csrf = await sign_in(client, username)
    body = await gql(client, query, {"input": input}, csrf=csrf)
    assert "errors" not in body, body
    return next(iter(body["data"].values()))


async def test_c3_c5_flow_from_item_to_public_catalogue(
    client: httpx.AsyncClient, county: County
) -> None:
    item = await call(
        client,
        "spj.officer",
        CREATE_APPROVAL_ITEM,
        {
            "code": "spj-food-01",
            "name": "食品经营许可",
            "departmentId": gid("Department", county.spj.id),
            "commitmentEligible": True,
            "commitmentModes": ["POST_VERIFICATION"],
            "verificationPeriodWorkingDays": 20,
            "allowedCreditGrades": ["A", "B"],
        },
    )
    assert item["__typename"] == "ApprovalItemSuccess", item
    item_id = item["approvalItem"]["id"]
    assert item["approvalItem"]["code"] == "SPJ-FOOD-01"
    handling = await call(
        client,
        "spj.officer",
        CREATE_HANDLING_ITEM,
        {"approvalItemId": item_id, "code": "SPJ-FOOD-01-01", "name": "新办"},
    )
    handling_id = handling["handlingItem"]["id"]
    assert handling["handlingItem"]["link"] is None

    supervision = await call(
        client,
        "scj.sup",
        CREATE_SUPERVISION_ITEM,
        {
            "code": "SCJ-FOOD",
            "name": "食品经营监督检查",
            "departmentId": gid("Department", county.scj.id),
            "isKey": True,
            "keyArea": "FOOD_AND_DRUGS",
        },
    )
    assert supervision["supervisionItem"]["keyArea"] == "FOOD_AND_DRUGS"
    sub = await call(
        client,
        "scj.sup",
        CREATE_SUB_ITEM,
        {
            "supervisionItemId": supervision["supervisionItem"]["id"],
            "code": "SCJ-FOOD-01",
            "name": "食品经营者日常监督检查",
        },
    )
    sub_id = sub["supervisionSubItem"]["id"]

    # Publishing now is refused: the 事后核查 item has no confirmed link (C4).
    refused = await call(client, "coordinator", PUBLISH, {"effectiveDate": "2026-06-01"})
    assert refused["__typename"] == "CatalogueIncompleteError"
    assert "SPJ-FOOD-01-01" in refused["problems"][0]
    coverage = (await gql(client, COVERAGE))["data"]["catalogueCoverage"]
    assert coverage["unlinkedHandlingItemCount"] == 1
    assert coverage["postVerificationGaps"]["nodes"] == [{"code": "SPJ-FOOD-01"}]

    proposed = await call(
        client,
        "spj.officer",
        PROPOSE,
        {"handlingItemId": handling_id, "departmentId": gid("Department", county.scj.id)},
    )
    assert proposed["link"]["status"] == "PROPOSED"
    link_id = proposed["link"]["id"]
    coverage = (await gql(client, COVERAGE))["data"]["catalogueCoverage"]
    assert coverage["awaitingConfirmationCount"] == 1
    assert coverage["awaitingConfirmation"]["nodes"][0]["department"]["code"] == "SCJ"

    confirmed = await call(
        client, "scj.sup", CONFIRM, {"id": link_id, "supervisionSubItemId": sub_id}
    )
    assert confirmed["link"]["status"] == "CONFIRMED"
    assert confirmed["link"]["supervisionSubItem"]["code"] == "SCJ-FOOD-01"
    assert confirmed["link"]["confirmedBy"] == "scj.sup"

    published = await call(
        client, "coordinator", PUBLISH, {"effectiveDate": "2026-06-01", "note": "首次发布"}
    )
    assert published["__typename"] == "PublishCatalogueSuccess", published
    assert published["version"]["number"] == 1 and published["version"]["linkCount"] == 1

    # The public reads it without logging in.
    await sign_in(client, None)
    body = await gql(client, PUBLISHED)
    assert "errors" not in body, body
    catalogue = body["data"]["publishedCatalogue"]
    assert catalogue["number"] == 1
    [approval] = catalogue["approvalItems"]["nodes"]
    assert approval["handlingItems"] == [
        {
            "code": "SPJ-FOOD-01-01",
            "departmentName": "县市场监督管理局",
            "supervisionSubItemCode": "SCJ-FOOD-01",
            "isKey": True,
            "keyArea": "FOOD_AND_DRUGS",
        }
    ]
    assert catalogue["supervisionItems"]["nodes"] == [
        {"code": "SCJ-FOOD", "isKey": True, "subItems": [{"code": "SCJ-FOOD-01"}]}
    ]
    assert body["data"]["catalogueVersions"]["nodes"] == [
        {"number": 1, "effectiveDate": "2026-06-01"}
    ]


async def test_anonymous_cannot_read_the_draft(client: httpx.AsyncClient, county: County) -> None:
    body = await gql(client, "{ approvalItems(first: 5) { nodes { code } } }")
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"
    body = await gql(client, "{ publishedCatalogue { number } }")
    assert body == {"data": {"publishedCatalogue": None}}


async def test_errors_come_back_as_typed_results(client: httpx.AsyncClient, county: County) -> None:
    bad = await call(
        client,
        "spj.officer",
        CREATE_APPROVAL_ITEM,
        {
            "code": "X-1",
            "name": "事项",
            "departmentId": gid("Department", county.spj.id),
            "commitmentEligible": True,
            "commitmentModes": ["POST_VERIFICATION"],
            "allowedCreditGrades": ["A"],
        },
    )
    assert bad["__typename"] == "InvalidInputError"
    assert bad["field"] == "verificationPeriodWorkingDays"
    denied = await call(
        client,
        "scj.sup",
        CREATE_APPROVAL_ITEM,
        {"code": "X-1", "name": "事项", "departmentId": gid("Department", county.spj.id)},
    )
    assert denied["__typename"] == "PermissionDeniedError"
    past = await call(client, "coordinator", PUBLISH, {"effectiveDate": "2026-05-31"})
    assert past["__typename"] == "InvalidInputError" and past["field"] == "effectiveDate"
    missing = await call(
        client, "scj.sup", REJECT, {"id": gid("CatalogueLink", 999), "reason": "不属于"}
    )
    assert missing["__typename"] == "NotFoundError"


async def test_update_changes_only_the_given_fields(
    client: httpx.AsyncClient, county: County
) -> None:
    created = await call(
        client,
        "spj.officer",
        CREATE_APPROVAL_ITEM,
        {"code": "U-1", "name": "旧名称", "departmentId": gid("Department", county.spj.id)},
    )
    item_id = created["approvalItem"]["id"]
    updated = await call(
        client, "spj.officer", UPDATE_APPROVAL_ITEM, {"id": item_id, "name": "新名称"}
    )
    assert updated["approvalItem"]["name"] == "新名称"
    assert updated["approvalItem"]["code"] == "U-1"
    off = await call(client, "spj.admin", UPDATE_APPROVAL_ITEM, {"id": item_id, "isActive": False})
    assert off["approvalItem"]["isActive"] is False
    body = await gql(client, "{ approvalItems(first: 5) { nodes { code } } }")
    assert body["data"]["approvalItems"]["nodes"] == []
    body = await gql(
        client, "{ approvalItems(first: 5, includeInactive: true) { nodes { code } } }"
    )
    assert body["data"]["approvalItems"]["nodes"] == [{"code": "U-1"}]


async def test_reject_and_unlink_keep_the_reason(client: httpx.AsyncClient, county: County) -> None:
    item = await call(
        client,
        "spj.officer",
        CREATE_APPROVAL_ITEM,
        {"code": "R-1", "name": "事项", "departmentId": gid("Department", county.spj.id)},
    )
    handling = await call(
        client,
        "spj.officer",
        CREATE_HANDLING_ITEM,
        {"approvalItemId": item["approvalItem"]["id"], "code": "R-1-01", "name": "新办"},
    )
    handling_id = handling["handlingItem"]["id"]
    scj = gid("Department", county.scj.id)
    link = await call(
        client, "spj.officer", PROPOSE, {"handlingItemId": handling_id, "departmentId": scj}
    )
    twice = await call(
        client, "spj.officer", PROPOSE, {"handlingItemId": handling_id, "departmentId": scj}
    )
    assert twice["__typename"] == "ConflictError"
    rejected = await call(
        client, "scj.sup", REJECT, {"id": link["link"]["id"], "reason": "不属于本部门职责"}
    )
    assert rejected["link"]["status"] == "REJECTED"
    assert rejected["link"]["reason"] == "不属于本部门职责"
    again = await call(
        client,
        "spj.officer",
        PROPOSE,
        {"handlingItemId": handling_id, "departmentId": gid("Department", county.zjj.id)},
    )
    unlinked = await call(
        client, "coordinator", UNLINK, {"id": again["link"]["id"], "reason": "重新梳理"}
    )
    assert unlinked["link"]["status"] == "UNLINKED"
    body = await gql(
        client,
        "query($h: ID!) { catalogueLinks(handlingItemId: $h, status: [REJECTED]) "
        "{ nodes { reason department { code } } } }",
        {"h": handling_id},
    )
    assert body["data"]["catalogueLinks"]["nodes"] == [
        {"reason": "不属于本部门职责", "department": {"code": "SCJ"}}
    ]
