"""Joint reviews (J1, J2) through /graphql: the whole exchange (send, claim, respond,
decide) with responses side by side, who may do each step, typed errors that change
nothing, filters and keyset pages, API token reads, node(id:), the SQL count of a page of
10 and of 100, and the new joint review in the addressed department's task stream."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.audit.models import AuditEvent
from domain.reviews.models import JointReviewRequest, JointReviewResponse
from shenguan.settings import Settings
from tests.api.test_task_stream import connected, subscribed
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql, make_api_token, make_session
from tests.linkage_factories import company_number
from tests.results_factories import evidence
from tests.reviews_factories import ReviewItems, make_review_county, send_joint_review
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

CREATE = """
mutation($input: CreateJointReviewRequestInput!) {
  createJointReviewRequest(input: $input) {
    __typename
    ... on CreateJointReviewRequestSuccess {
      jointReviewRequest { id kind status isKey licenseeName noticeDate staff
        approvalDepartment { code } approvalItem { name }
        attachments { fileName }
        responses { status dueAt department { code } } }
    }
    ... on Error { code message field }
  }
}
"""

CLAIM = """
mutation($input: ClaimJointReviewInput!) {
  claimJointReview(input: $input) {
    __typename
    ... on ClaimJointReviewSuccess { response { status claimedBy department { code } } }
    ... on Error { code message field }
  }
}
"""

RESPOND = """
mutation($input: RespondToJointReviewInput!) {
  respondToJointReview(input: $input) {
    __typename
    ... on RespondToJointReviewSuccess {
      response { status recommendation opinion staff lateWorkingDays overdue
                 attachments { fileName } }
    }
    ... on Error { code message field }
  }
}
"""

DECIDE = """
mutation($input: DecideJointReviewInput!) {
  decideJointReview(input: $input) {
    __typename
    ... on DecideJointReviewSuccess { jointReviewRequest { status outcome decision decidedBy } }
    ... on Error { code message field }
  }
}
"""

LIST = """
query($filter: JointReviewFilter, $first: Int, $after: String) {
  jointReviewRequests(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id kind status isKey licenseeName approvalDepartment { code } approvalItem { name }
      attachments { fileName }
      ownResponse { status }
      responses { status recommendation overdue department { code } attachments { fileName } }
    }
  }
}
"""

NODE = """
query($id: ID!) {
  node(id: $id) {
    __typename
    ... on JointReviewRequest { licenseeName responses { department { code } } }
  }
}
"""


@pytest.fixture
async def county(client: httpx.AsyncClient) -> tuple[County, ReviewItems]:
    signed_out(client)
    return await make_review_county()


async def as_user(
    client: httpx.AsyncClient, username: str | None, query: str, variables: Any
) -> Any:
    csrf = await sign_in(client, username)
    return await gql(client, query, variables, csrf=csrf)


async def create_input(county: County, item: int, **kw: Any) -> dict[str, Any]:
    notice = await evidence(county, "spj.officer")
    return {
        "kind": "SITE_SURVEY",
        "licenseeNumber": company_number(1),
        "licenseeName": "保康县示例食品有限公司",
        "approvalItemId": to_global_id("ApprovalItem", item),
        "subject": "新建生产车间，请派员现场踏勘。",
        "noticeDate": "2026-06-01",
        "departmentIds": [
            to_global_id("Department", county.scj.id),
            to_global_id("Department", county.zjj.id),
        ],
        "attachmentIds": [to_global_id("Attachment", i) for i in notice],
        "staff": ["王审批"],
    } | kw


async def respond_input(
    county: County, username: str, request_id: str, **kw: Any
) -> dict[str, Any]:
    opinion = await evidence(county, username)
    return {
        "requestId": request_id,
        "opinion": "经现场踏勘，符合要求。",
        "recommendation": "AGREE",
        "attachmentIds": [to_global_id("Attachment", i) for i in opinion],
        "staff": ["李监管"],
    } | kw


async def _snapshot() -> tuple[object, ...]:
    return (
        await JointReviewRequest.all().order_by("id").values_list("status", flat=True),
        await JointReviewResponse.all().order_by("id").values_list("status", flat=True),
        await AuditEvent.filter(action__startswith="joint_review.").count(),
    )


async def test_j1_j2_sent_claimed_answered_by_two_departments_and_decided(
    client: httpx.AsyncClient, county: tuple[County, ReviewItems]
) -> None:
    c, items = county
    body = await as_user(client, "spj.officer", CREATE, {"input": await create_input(c, items.key)})
    created = body["data"]["createJointReviewRequest"]
    assert created["__typename"] == "CreateJointReviewRequestSuccess", created
    request = created["jointReviewRequest"]
    assert (request["kind"], request["status"], request["isKey"]) == ("SITE_SURVEY", "OPEN", True)
    assert request["approvalItem"] == {"name": "食品生产许可"}
    assert [r["department"]["code"] for r in request["responses"]] == ["SCJ", "ZJJ"]
    assert {r["dueAt"] for r in request["responses"]} == {"2026-06-04T15:59:59+00:00"}
    rid = request["id"]

    for username, recommendation in (("scj.sup", "AGREE_WITH_CONDITIONS"), ("zjj.sup", "AGREE")):
        claimed = await as_user(client, username, CLAIM, {"input": {"requestId": rid}})
        assert claimed["data"]["claimJointReview"]["response"]["status"] == "CLAIMED"
        answer = await respond_input(c, username, rid, recommendation=recommendation)
        responded = (await as_user(client, username, RESPOND, {"input": answer}))["data"]
        response = responded["respondToJointReview"]["response"]
        assert (response["status"], response["lateWorkingDays"], response["overdue"]) == (
            "RESPONDED",
            0,
            False,
        )
        assert len(response["attachments"]) == 1

    # The addressed department sees its own response only; the approval officer all.
    zjj = (await as_user(client, "zjj.sup", LIST, {}))["data"]["jointReviewRequests"]["nodes"]
    assert [r["department"]["code"] for r in zjj[0]["responses"]] == ["ZJJ"]
    assert zjj[0]["ownResponse"] == {"status": "RESPONDED"}
    spj = (await as_user(client, "spj.officer", LIST, {}))["data"]["jointReviewRequests"]["nodes"]
    assert [(r["department"]["code"], r["recommendation"]) for r in spj[0]["responses"]] == [
        ("SCJ", "AGREE_WITH_CONDITIONS"),
        ("ZJJ", "AGREE"),
    ]
    assert spj[0]["ownResponse"] is None

    decided = await as_user(
        client,
        "spj.officer",
        DECIDE,
        {
            "input": {
                "requestId": rid,
                "outcome": "APPROVED_WITH_CONDITIONS",
                "decision": "附条件准予。",
            }
        },
    )
    assert decided["data"]["decideJointReview"]["jointReviewRequest"] == {
        "status": "DECIDED",
        "outcome": "APPROVED_WITH_CONDITIONS",
        "decision": "附条件准予。",
        "decidedBy": "spj.officer",
    }
    again = await as_user(
        client,
        "spj.officer",
        DECIDE,
        {"input": {"requestId": rid, "outcome": "REJECTED", "decision": "x"}},
    )
    assert again["data"]["decideJointReview"]["code"] == "CONFLICT"


async def test_j1_j2_who_may_do_each_step_and_errors_change_nothing(
    client: httpx.AsyncClient, county: tuple[County, ReviewItems]
) -> None:
    c, items = county
    request = await send_joint_review(c, items.plain)
    rid = to_global_id("JointReviewRequest", request.id)
    token = await make_api_token()
    before = await _snapshot()
    for username, code in (
        ("scj.sup", "PERMISSION_DENIED"),
        ("coordinator", "PERMISSION_DENIED"),
        ("auditor", "PERMISSION_DENIED"),
        (None, "NOT_AUTHENTICATED"),
    ):
        body = await as_user(
            client, username, CREATE, {"input": await create_input(c, items.plain)}
        )
        assert body["data"]["createJointReviewRequest"]["code"] == code, (username, body)
    await sign_in(client, None)
    body = await gql(client, CLAIM, {"input": {"requestId": rid}}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"
    for username in ("spj.officer", "coordinator"):
        body = await as_user(client, username, CLAIM, {"input": {"requestId": rid}})
        assert body["data"]["claimJointReview"]["code"] == "PERMISSION_DENIED"
    body = await as_user(
        client, "scj.sup", RESPOND, {"input": await respond_input(c, "scj.sup", rid)}
    )
    assert body["data"]["respondToJointReview"]["code"] == "CONFLICT"  # claim first
    decide = {"requestId": rid, "outcome": "APPROVED", "decision": "准予"}
    body = await as_user(client, "scj.sup", DECIDE, {"input": decide})
    assert body["data"]["decideJointReview"]["code"] == "PERMISSION_DENIED"
    body = await as_user(client, "scj.admin", DECIDE, {"input": decide})
    assert body["data"]["decideJointReview"]["code"] == "NOT_RESPONSIBLE_DEPARTMENT"
    body = await as_user(client, "spj.officer", DECIDE, {"input": decide})
    assert body["data"]["decideJointReview"]["code"] == "CONFLICT"  # nobody answered yet
    for bad, field in (
        ({"attachmentIds": []}, "attachmentIds"),
        ({"departmentIds": []}, "departmentIds"),
        ({"licenseeNumber": "91420626MA0000001X"}, "licenseeNumber"),
        ({"subject": " "}, "subject"),
        ({"noticeDate": "2026-06-02"}, "noticeDate"),
        ({"approvalItemId": to_global_id("Department", 1)}, "approvalItemId"),
    ):
        body = await as_user(
            client, "spj.officer", CREATE, {"input": await create_input(c, items.plain, **bad)}
        )
        result = body["data"]["createJointReviewRequest"]
        assert (result["code"], result["field"]) == ("INVALID_INPUT", field), bad
    assert await _snapshot() == before


async def test_j1_filters_pages_tokens_and_node(
    client: httpx.AsyncClient, county: tuple[County, ReviewItems]
) -> None:
    c, items = county
    for serial in range(1, 4):
        await send_joint_review(c, items.plain, serial=serial, departments=(c.scj.id,))
    key = await send_joint_review(c, items.key, serial=9, departments=(c.zjj.id,))
    page = (await as_user(client, "spj.officer", LIST, {"first": 2}))["data"]["jointReviewRequests"]
    assert len(page["nodes"]) == 2 and page["pageInfo"]["hasNextPage"]
    rest = await as_user(
        client, "spj.officer", LIST, {"first": 2, "after": page["pageInfo"]["endCursor"]}
    )
    names = [n["id"] for n in page["nodes"] + rest["data"]["jointReviewRequests"]["nodes"]]
    assert len(set(names)) == 4
    assert names[0] == to_global_id("JointReviewRequest", key.id)  # newest first
    keyed = await as_user(client, "spj.officer", LIST, {"filter": {"isKey": True}})
    assert [n["isKey"] for n in keyed["data"]["jointReviewRequests"]["nodes"]] == [True]
    pending = {
        "addressedDepartmentId": to_global_id("Department", c.scj.id),
        "responseStatus": "PENDING",
    }
    body = await as_user(client, "scj.sup", LIST, {"filter": pending})
    assert len(body["data"]["jointReviewRequests"]["nodes"]) == 3
    # A department's API token reads its department's; ZJJ's sees the key one only.
    token = await make_api_token("住建看板", department=c.zjj)
    await sign_in(client, None)
    body = await gql(client, LIST, {}, token=token)
    assert [n["licenseeName"] for n in body["data"]["jointReviewRequests"]["nodes"]] == [
        key.licensee_name
    ]
    key_id = to_global_id("JointReviewRequest", key.id)
    body = await as_user(client, "zjj.sup", NODE, {"id": key_id})
    assert body["data"]["node"]["__typename"] == "JointReviewRequest"
    body = await as_user(client, "scj.sup", NODE, {"id": key_id})
    assert body["data"]["node"] is None
    body = await as_user(client, None, LIST, {})
    assert body["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"


async def test_j1_pages_of_10_and_100_issue_the_same_sql(
    client: httpx.AsyncClient, county: tuple[County, ReviewItems]
) -> None:
    c, items = county
    for serial in range(1, 101):
        await send_joint_review(c, items.plain, serial=serial)
    csrf = await sign_in(client, "spj.officer")
    counts = {}
    for first in (10, 100):
        with count_queries() as counted:
            body = await gql(client, LIST, {"first": first}, csrf=csrf)
        assert "errors" not in body, body
        assert len(body["data"]["jointReviewRequests"]["nodes"]) == first
        counts[first] = counted.count
    assert counts[10] == counts[100], counts
    assert counts[100] <= 10, counts


STREAM = """
subscription { taskStream { kind subjectId } }
"""


async def test_j1_new_joint_review_appears_in_the_addressed_departments_task_stream(
    settings: Settings, client: httpx.AsyncClient, county: tuple[County, ReviewItems]
) -> None:
    c, items = county
    payload = {"sessionToken": await make_session(c.users["zjj.sup"])}
    async with connected(settings, payload) as ws:
        await ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": STREAM}})
        from domain.linkage.services.common import channel

        await subscribed(channel(c.zjj.id))
        request = await send_joint_review(c, items.plain)
        message = await asyncio.wait_for(ws.receive_json(), 5)
    event = message["payload"]["data"]["taskStream"]
    assert event == {
        "kind": "JOINT_REVIEW_RECEIVED",
        "subjectId": to_global_id("JointReviewRequest", request.id),
    }
    body = await as_user(client, "zjj.sup", NODE, {"id": event["subjectId"]})
    assert body["data"]["node"]["licenseeName"] == request.licensee_name
