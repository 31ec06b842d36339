"""The linkage loop through /graphql: record (P1), queue (A2), claim (P2, P4), return and
reassign (P3), contact masking (P6), the permission matrix by role and department."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.linkage.models import Push as PushModel
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.linkage_factories import Catalogue, company_number, make_linked_county, record

pytestmark = pytest.mark.usefixtures("clock")

RECORD = """
mutation Record($input: RecordApprovalDecisionInput!) {
  recordApprovalDecision(input: $input) {
    __typename
    ... on RecordApprovalDecisionSuccess {
      push { id status documentNumber department { code } claimDue { dueAt provisional overdue } }
    }
    ... on Error { code message field }
  }
}
"""

PUSHES = """
query Pushes($filter: PushFilter) {
  pushes(filter: $filter, first: 50) {
    nodes {
      id documentNumber status approvalItemName handlingItemName materials
      claimDue { dueAt overdue workingDaysLate }
      department { code } approvalDepartment { code }
      licensee { number name contactPhone contactMasked }
      task { id due { dueAt overdue } }
      openDispute { reason }
    }
  }
}
"""

CLAIM = """
mutation Claim($input: ClaimPushInput!) {
  claimPush(input: $input) {
    __typename
    ... on ClaimPushSuccess { push { status claimDue { workingDaysLate } } task { id status } }
    ... on Error { code message field }
  }
}
"""

CLAIM_MANY = """
mutation ClaimMany($input: ClaimPushesInput!) {
  claimPushes(input: $input) {
    __typename
    ... on ClaimPushesSuccess {
      claimedCount
      results { pushId result { __typename ... on Error { code } } }
    }
    ... on Error { code message field }
  }
}
"""

RETURN = """
mutation Return($input: ReturnPushInput!) {
  returnPush(input: $input) {
    __typename
    ... on ReturnPushSuccess { push { status } dispute { id reason status department { code } } }
    ... on Error { code message field }
  }
}
"""

REASSIGN = """
mutation Reassign($input: ReassignPushInput!) {
  reassignPush(input: $input) {
    __typename
    ... on ReassignPushSuccess { push { status department { code } } }
    ... on Error { code message field }
  }
}
"""


@pytest.fixture
async def loop(client: httpx.AsyncClient) -> tuple[County, Catalogue]:
    signed_out(client)
    return await make_linked_county()


def decision_input(catalogue: Catalogue, number: str, handling: int | None = None) -> Any:
    return {
        "input": {
            "handlingItemId": to_global_id("HandlingItem", handling or catalogue.routed),
            "documentNumber": number,
            "licensee": {
                "number": company_number(3),
                "name": "保康县示例超市有限公司",
                "contactPhone": "13812345678",
                "address": "保康县城关镇",
                "legalRepresentative": "示例人",
            },
            "licenseDate": "2026-06-01",
            "validUntil": "2031-05-31",
            "licenseContent": "食品销售",
            "materials": ["申请书"],
            "handlingOpinion": "准予许可",
        }
    }


async def as_user(client: httpx.AsyncClient, username: str, query: str, variables: Any) -> Any:
    csrf = await sign_in(client, username)
    body = await gql(client, query, variables, csrf=csrf)
    assert "errors" not in body, body
    return body["data"]


async def test_p1_p2_p4_the_loop_through_graphql(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    _, catalogue = loop
    data = await as_user(client, "spj.officer", RECORD, decision_input(catalogue, "BK-1"))
    result = data["recordApprovalDecision"]
    assert result["__typename"] == "RecordApprovalDecisionSuccess", result
    push = result["push"]
    assert (push["status"], push["department"]["code"]) == ("TO_CLAIM", "SCJ")
    assert push["claimDue"] == {
        "dueAt": push["claimDue"]["dueAt"],
        "provisional": push["claimDue"]["provisional"],
        "overdue": False,
    }

    queue = (await as_user(client, "scj.sup", PUSHES, {"filter": {"status": "TO_CLAIM"}}))[
        "pushes"
    ]["nodes"]
    assert [p["documentNumber"] for p in queue] == ["BK-1"]
    assert queue[0]["licensee"]["contactPhone"] == "13812345678"  # the supervising department
    assert queue[0]["task"] is None
    assert (await as_user(client, "zjj.sup", PUSHES, {}))["pushes"]["nodes"] == []

    other = await as_user(client, "zjj.sup", CLAIM, {"input": {"pushId": push["id"]}})
    assert other["claimPush"]["code"] == "NOT_RESPONSIBLE_DEPARTMENT"
    claimed = await as_user(client, "scj.sup", CLAIM, {"input": {"pushId": push["id"]}})
    assert claimed["claimPush"]["__typename"] == "ClaimPushSuccess"
    assert claimed["claimPush"]["push"] == {"status": "CLAIMED", "claimDue": {"workingDaysLate": 0}}
    again = await as_user(client, "scj.admin", CLAIM, {"input": {"pushId": push["id"]}})
    assert again["claimPush"]["code"] == "PUSH_ALREADY_CLAIMED"
    returned = await as_user(
        client, "scj.sup", RETURN, {"input": {"pushId": push["id"], "reason": "不是我们的"}}
    )
    assert returned["returnPush"]["code"] == "PUSH_STATE_INVALID"

    row = (await as_user(client, "scj.sup", PUSHES, {}))["pushes"]["nodes"][0]
    assert row["status"] == "CLAIMED" and row["task"]["due"]["overdue"] is False
    tasks = await as_user(
        client, "scj.sup", "{ supervisionTasks { nodes { status push { documentNumber } } } }", {}
    )
    assert tasks["supervisionTasks"]["nodes"] == [
        {"status": "IN_PROGRESS", "push": {"documentNumber": "BK-1"}}
    ]


async def test_p6_contact_masked_for_tokens_and_uninvolved_readers(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    await record(county, catalogue, "BK-1", serial=3)
    seen: dict[str, str] = {}
    for username in ("spj.officer", "scj.sup", "coordinator", "auditor"):
        nodes = (await as_user(client, username, PUSHES, {}))["pushes"]["nodes"]
        seen[username] = nodes[0]["licensee"]["contactPhone"]
    assert seen == {
        "spj.officer": "13812345678",
        "scj.sup": "13812345678",
        "coordinator": "13812345678",
        "auditor": "138****5678",
    }
    await sign_in(client, None)
    token = await make_api_token(department=county.scj)
    body = await gql(client, PUSHES, {}, token=token)
    licensee = body["data"]["pushes"]["nodes"][0]["licensee"]
    assert licensee == {
        "number": company_number(3),
        "name": "保康县示例食品有限公司",
        "contactPhone": "138****5678",
        "contactMasked": True,
    }
    listed = await gql(client, "{ licensees { nodes { contactPhone } } }", token=token)
    assert listed["data"]["licensees"]["nodes"] == [{"contactPhone": "138****5678"}]
    own = await as_user(client, "scj.sup", "{ licensees { nodes { contactPhone } } }", {})
    assert own["licensees"]["nodes"] == [{"contactPhone": "13812345678"}]
    other = await as_user(client, "zjj.sup", "{ licensees { nodes { contactPhone } } }", {})
    assert other["licensees"]["nodes"] == []


async def test_p1_permission_matrix_of_recording(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    expected = {
        "spj.officer": "RecordApprovalDecisionSuccess",
        "spj.admin": "RecordApprovalDecisionSuccess",
        "scj.sup": "PermissionDeniedError",
        "scj.admin": "PermissionDeniedError",
        "coordinator": "PermissionDeniedError",
        "auditor": "PermissionDeniedError",
        "admin": "PermissionDeniedError",
    }
    got = {}
    for n, username in enumerate(expected):
        data = await as_user(client, username, RECORD, decision_input(catalogue, f"BK-{n}"))
        got[username] = data["recordApprovalDecision"]["__typename"]
    assert got == expected
    await sign_in(client, None)
    anonymous = await gql(client, RECORD, decision_input(catalogue, "BK-A"))
    assert anonymous["data"]["recordApprovalDecision"]["code"] == "NOT_AUTHENTICATED"
    token = await make_api_token(department=county.spj)
    by_token = await gql(client, RECORD, decision_input(catalogue, "BK-T"), token=token)
    assert by_token["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"
    assert await PushModel.all().count() == 2


async def test_p6_a_wrong_licensee_number_is_a_field_error(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    _, catalogue = loop
    variables = decision_input(catalogue, "BK-1")
    variables["input"]["licensee"]["number"] = "91420626MA00000000"
    data = await as_user(client, "spj.officer", RECORD, variables)
    assert data["recordApprovalDecision"]["field"] == "licensee.number"
    assert await PushModel.all().count() == 0


async def test_p3_return_dispute_and_reassign_through_graphql(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    push = await record(county, catalogue, "BK-1")
    gap = await record(county, catalogue, "BK-2", handling=catalogue.gap, serial=2)
    push_id, gap_id = to_global_id("Push", push.id), to_global_id("Push", gap.id)
    scj_view = (await as_user(client, "scj.sup", PUSHES, {}))["pushes"]["nodes"]
    assert [p["documentNumber"] for p in scj_view] == ["BK-1"]  # the gap is not theirs
    gaps = await as_user(client, "coordinator", PUSHES, {"filter": {"status": "ROUTING_GAP"}})
    assert [p["id"] for p in gaps["pushes"]["nodes"]] == [gap_id]

    returned = await as_user(
        client, "scj.sup", RETURN, {"input": {"pushId": push_id, "reason": "属住建局职责"}}
    )
    payload = returned["returnPush"]
    assert payload["push"]["status"] == "RETURNED"
    assert payload["dispute"]["status"] == "OPEN" and payload["dispute"]["department"] == {
        "code": "SCJ"
    }
    disputes = await as_user(
        client, "coordinator", "{ disputes(status: OPEN) { nodes { reason push { id } } } }", {}
    )
    assert disputes["disputes"]["nodes"] == [{"reason": "属住建局职责", "push": {"id": push_id}}]
    zjj = to_global_id("Department", county.zjj.id)
    denied = await as_user(
        client, "scj.admin", REASSIGN, {"input": {"pushId": push_id, "departmentId": zjj}}
    )
    assert denied["reassignPush"]["code"] == "PERMISSION_DENIED"
    for pid in (push_id, gap_id):
        moved = await as_user(
            client,
            "coordinator",
            REASSIGN,
            {"input": {"pushId": pid, "departmentId": zjj, "note": "协调小组决定"}},
        )
        pushed = moved["reassignPush"]["push"]
        assert pushed == {"status": "TO_CLAIM", "department": {"code": "ZJJ"}}
    open_query = "{ disputes(status: OPEN) { nodes { id } } }"
    open_now = await as_user(client, "coordinator", open_query, {})
    assert open_now["disputes"]["nodes"] == []

    many = await as_user(
        client,
        "zjj.sup",
        CLAIM_MANY,
        {"input": {"pushIds": [push_id, gap_id, push_id, "bm90LWFuLWlk"]}},
    )
    result = many["claimPushes"]
    assert result["claimedCount"] == 2
    assert [r["result"]["__typename"] for r in result["results"]] == [
        "ClaimPushSuccess",
        "ClaimPushSuccess",
        "ConflictError",
        "InvalidInputError",
    ]
    assert result["results"][2]["result"]["code"] == "PUSH_ALREADY_CLAIMED"


async def test_a2_queue_sorted_by_claim_due_and_filtered(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue], clock: Any
) -> None:
    from datetime import timedelta

    county, catalogue = loop
    first = await record(county, catalogue, "BK-1", serial=1)
    clock.advance(timedelta(days=2))
    await record(county, catalogue, "BK-2", serial=2)
    clock.advance(timedelta(days=10))  # BK-1 and BK-2 are past their claim due time
    await record(county, catalogue, "BK-3", serial=3, name="另一家公司")
    nodes = (await as_user(client, "scj.sup", PUSHES, {}))["pushes"]["nodes"]
    assert [p["documentNumber"] for p in nodes] == ["BK-1", "BK-2", "BK-3"]
    assert [p["claimDue"]["overdue"] for p in nodes] == [True, True, False]
    overdue = await as_user(client, "scj.sup", PUSHES, {"filter": {"overdue": True}})
    assert [p["documentNumber"] for p in overdue["pushes"]["nodes"]] == ["BK-1", "BK-2"]
    text = await as_user(client, "scj.sup", PUSHES, {"filter": {"text": "另一家"}})
    assert [p["documentNumber"] for p in text["pushes"]["nodes"]] == ["BK-3"]
    due = first.claim_due_at.isoformat()
    before = await as_user(client, "scj.sup", PUSHES, {"filter": {"dueBefore": due}})
    assert before["pushes"]["nodes"] == []
    page = await as_user(
        client,
        "scj.sup",
        "{ pushes(first: 2) { pageInfo { endCursor hasNextPage } nodes { documentNumber } } }",
        {},
    )
    assert page["pushes"]["pageInfo"]["hasNextPage"] is True
    cursor = page["pushes"]["pageInfo"]["endCursor"]
    rest = await as_user(
        client,
        "scj.sup",
        "query($after: String) { pushes(first: 2, after: $after) { nodes { documentNumber } } }",
        {"after": cursor},
    )
    assert rest["pushes"]["nodes"] == [{"documentNumber": "BK-3"}]
