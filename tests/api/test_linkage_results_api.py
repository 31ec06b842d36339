"""Task results (S2, S3) and license requests (S4) through /graphql: the loop, what the
approval department sees, permission matrices by role and department, typed errors
that change nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.linkage.models import LicenseRequest as RequestModel
from domain.linkage.models import Push as PushModel
from domain.linkage.models import SupervisionTask as TaskModel
from domain.linkage.models import TaskFeedback as FeedbackModel
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.linkage_factories import Catalogue, make_linked_county, record
from tests.results_factories import claimed_task, evidence

pytestmark = pytest.mark.usefixtures("clock")

FEED_BACK = """
mutation FeedBack($input: FeedBackTaskInput!) {
  feedBackTask(input: $input) {
    __typename
    ... on FeedBackTaskSuccess {
      task {
        status result fedBackAt due { dueAt }
        feedbackDue { dueAt overdue workingDaysLate }
        followUpDue { dueAt overdue workingDaysLate }
      }
      feedback { id result due { dueAt overdue workingDaysLate } attachments { fileName } }
    }
    ... on Error { code message field }
  }
}
"""

FOLLOW_UP = """
mutation FollowUp($input: RecordFollowUpInput!) {
  recordFollowUp(input: $input) {
    __typename
    ... on RecordFollowUpSuccess {
      task { status result followUpDue { overdue workingDaysLate } }
      feedback { result followUpOutcome due { workingDaysLate } }
    }
    ... on Error { code message field }
  }
}
"""

SUBMIT = """
mutation Submit($input: SubmitLicenseRequestInput!) {
  submitLicenseRequest(input: $input) {
    __typename
    ... on SubmitLicenseRequestSuccess {
      request { id kind status department { code } approvalDepartment { code } task { id } }
    }
    ... on Error { code message field }
  }
}
"""

REVIEW = """
mutation Review($input: ReviewLicenseRequestInput!) {
  reviewLicenseRequest(input: $input) {
    __typename
    ... on ReviewLicenseRequestSuccess { request { status jointMeeting jointMeetingNote } }
    ... on Error { code message field }
  }
}
"""

DECIDE = """
mutation Decide($input: DecideLicenseRequestInput!) {
  decideLicenseRequest(input: $input) {
    __typename
    ... on DecideLicenseRequestSuccess {
      request { status decisionDocumentNumber decidedAt }
      push { licenseStatus }
    }
    ... on Error { code message field }
  }
}
"""

REQUESTS = """
query Requests($filter: LicenseRequestFilter) {
  licenseRequests(filter: $filter, first: 50) {
    nodes {
      id kind status reason legalBasis
      department { code } approvalDepartment { code }
      push { documentNumber licenseStatus } attachments { fileName }
    }
  }
}
"""

APPROVAL_VIEW = """
{
  pushes(first: 10) {
    nodes {
      documentNumber licenseStatus
      licenseRequests { kind status }
      task {
        status result
        feedbacks { result followUpOutcome summary attachments { fileName } }
      }
    }
  }
}
"""


def at(day: int, hour: int, minute: int = 0) -> str:
    return datetime(2026, 6, day, hour, minute, tzinfo=SHANGHAI).isoformat()


def gid(type_name: str, pk: int) -> str:
    return to_global_id(type_name, pk)


@pytest.fixture
async def loop(client: httpx.AsyncClient) -> tuple[County, Catalogue]:
    signed_out(client)
    return await make_linked_county()


async def as_user(client: httpx.AsyncClient, username: str, query: str, variables: Any) -> Any:
    csrf = await sign_in(client, username)
    body = await gql(client, query, variables, csrf=csrf)
    assert "errors" not in body, body
    return body["data"]


def feed_back_input(task_id: int, **changes: Any) -> dict[str, Any]:
    return {
        "input": {
            "taskId": gid("SupervisionTask", task_id),
            "result": "COMPLIANT",
            "actedAt": at(1, 10),
            "summary": "现场检查：与许可内容一致。",
            **changes,
        }
    }


async def _rows() -> tuple[object, ...]:
    return (
        await TaskModel.all().order_by("id").values_list("status", "result", "fed_back_at"),
        await FeedbackModel.all().count(),
        await RequestModel.all().order_by("id").values_list("status", "joint_meeting"),
        await PushModel.all().order_by("id").values_list("license_status", flat=True),
    )


async def test_s2_s3_rectification_and_follow_up_through_graphql_seen_by_approval(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue], clock: FixedClock
) -> None:
    county, catalogue = loop
    _, task = await claimed_task(county, catalogue, "BK-1")
    files = await evidence(county, "scj.sup")
    clock.set(datetime(2026, 6, 2, 0, 1, tzinfo=SHANGHAI))  # the day after the action
    data = await as_user(
        client,
        "scj.sup",
        FEED_BACK,
        feed_back_input(
            task.id,
            result="RECTIFICATION_ORDERED",
            actedAt=at(1, 16),
            summary="冷藏设施温度不达标。",
            rectificationDeadline="2026-06-10",
            attachmentIds=[gid("Attachment", i) for i in files],
        ),
    )
    payload = data["feedBackTask"]
    assert payload["__typename"] == "FeedBackTaskSuccess", payload
    follow_up_due = "2026-06-10T15:59:59+00:00"
    assert payload["task"]["status"] == "RECTIFYING"
    assert payload["task"]["result"] == "RECTIFICATION_ORDERED"
    assert payload["task"]["due"]["dueAt"] == follow_up_due  # the queue key moved
    assert payload["task"]["followUpDue"] == {
        "dueAt": follow_up_due,
        "overdue": False,
        "workingDaysLate": None,
    }
    assert payload["task"]["feedbackDue"]["workingDaysLate"] == 0  # S1 met
    assert payload["task"]["feedbackDue"]["dueAt"] == task.due_at.isoformat()
    assert payload["feedback"]["due"] == {  # S2: fed back 00:01 the next day
        "dueAt": "2026-06-01T15:59:59+00:00",
        "overdue": True,
        "workingDaysLate": 1,
    }
    assert payload["feedback"]["attachments"] == [{"fileName": "现场检查记录1.pdf"}]

    clock.set(datetime(2026, 6, 10, 17, 0, tzinfo=SHANGHAI))
    followed = await as_user(
        client,
        "scj.admin",
        FOLLOW_UP,
        {
            "input": {
                "taskId": gid("SupervisionTask", task.id),
                "outcome": "REFUSED",
                "actedAt": at(10, 15),
                "summary": "当事人拒不整改。",
            }
        },
    )
    assert followed["recordFollowUp"] == {
        "__typename": "RecordFollowUpSuccess",
        "task": {
            "status": "COMPLETED",
            "result": "REVOCATION_RECOMMENDED",
            "followUpDue": {"overdue": False, "workingDaysLate": 0},
        },
        "feedback": {
            "result": "REVOCATION_RECOMMENDED",
            "followUpOutcome": "REFUSED",
            "due": {"workingDaysLate": 0},
        },
    }
    # The approval department sees the results of the license it granted.
    view = (await as_user(client, "spj.officer", APPROVAL_VIEW, {}))["pushes"]["nodes"]
    assert view[0]["task"] == {
        "status": "COMPLETED",
        "result": "REVOCATION_RECOMMENDED",
        "feedbacks": [
            {
                "result": "RECTIFICATION_ORDERED",
                "followUpOutcome": None,
                "summary": "冷藏设施温度不达标。",
                "attachments": [{"fileName": "现场检查记录1.pdf"}],
            },
            {
                "result": "REVOCATION_RECOMMENDED",
                "followUpOutcome": "REFUSED",
                "summary": "当事人拒不整改。",
                "attachments": [],
            },
        ],
    }
    listed = await as_user(
        client,
        "scj.sup",
        "{ supervisionTasks(filter: {status: COMPLETED}) { nodes { result fedBackAt } } }",
        {},
    )
    assert [n["result"] for n in listed["supervisionTasks"]["nodes"]] == ["REVOCATION_RECOMMENDED"]
    # The result's node is readable by the approval department, not by another one.
    node_query = "query($id: ID!) { node(id: $id) { ... on TaskFeedback { result } } }"
    feedback_id = payload["feedback"]["id"]
    seen = await as_user(client, "spj.officer", node_query, {"id": feedback_id})
    assert seen["node"] == {"result": "RECTIFICATION_ORDERED"}
    hidden = await as_user(client, "zjj.sup", node_query, {"id": feedback_id})
    assert hidden["node"] is None


async def test_s2_permission_matrix_of_feeding_back(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    _, first = await claimed_task(county, catalogue, "BK-1", serial=1)
    _, second = await claimed_task(county, catalogue, "BK-2", serial=2)
    expected = {
        "zjj.sup": "NOT_RESPONSIBLE_DEPARTMENT",
        "spj.officer": "PERMISSION_DENIED",
        "spj.admin": "NOT_RESPONSIBLE_DEPARTMENT",
        "coordinator": "PERMISSION_DENIED",
        "auditor": "PERMISSION_DENIED",
        "admin": "PERMISSION_DENIED",
    }
    before = await _rows()
    got = {}
    for username in expected:
        data = await as_user(client, username, FEED_BACK, feed_back_input(first.id))
        got[username] = data["feedBackTask"]["code"]
    assert got == expected
    await sign_in(client, None)
    anonymous = await gql(client, FEED_BACK, feed_back_input(first.id))
    assert anonymous["data"]["feedBackTask"]["code"] == "NOT_AUTHENTICATED"
    token = await make_api_token(department=county.scj)
    by_token = await gql(client, FEED_BACK, feed_back_input(first.id), token=token)
    assert by_token["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"
    assert await _rows() == before
    for username, task in (("scj.sup", first), ("scj.admin", second)):
        data = await as_user(client, username, FEED_BACK, feed_back_input(task.id))
        assert data["feedBackTask"]["__typename"] == "FeedBackTaskSuccess", data


async def test_s2_s3_typed_errors_through_graphql_change_nothing(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    _, task = await claimed_task(county, catalogue, "BK-1", serial=1)
    unclaimed = await record(county, catalogue, "BK-2", serial=2)
    _, open_task = await claimed_task(county, catalogue, "BK-3", serial=3)
    await as_user(client, "scj.sup", FEED_BACK, feed_back_input(task.id))
    before = await _rows()
    cases = [
        # Feedback on an unclaimed push is impossible by construction: the mutation
        # takes a task, and an unclaimed push has none; its push id is not a task id.
        (
            {"input": {**feed_back_input(task.id)["input"], "taskId": gid("Push", unclaimed.id)}},
            ("InvalidInputError", "INVALID_INPUT", "taskId"),
        ),
        (feed_back_input(9999), ("NotFoundError", "NOT_FOUND", "taskId")),
        (feed_back_input(task.id), ("ConflictError", "TASK_STATE_INVALID", None)),
        (
            feed_back_input(open_task.id, actedAt="2026-06-01T10:00:00"),  # no time zone
            ("InvalidInputError", "INVALID_INPUT", "actedAt"),
        ),
        (
            feed_back_input(open_task.id, attachmentIds=["bm90LWFuLWlk"]),
            ("InvalidInputError", "INVALID_INPUT", "attachmentIds"),
        ),
    ]
    for variables, (typename, code, field) in cases:
        data = await as_user(client, "scj.sup", FEED_BACK, variables)
        payload = data["feedBackTask"]
        assert (payload["__typename"], payload["code"], payload["field"]) == (
            typename,
            code,
            field,
        ), variables
    follow_up = {
        "input": {
            "taskId": gid("SupervisionTask", task.id),
            "outcome": "RECTIFIED",
            "actedAt": at(1, 10, 30),
            "summary": "复查",
        }
    }
    data = await as_user(client, "scj.sup", FOLLOW_UP, follow_up)
    assert data["recordFollowUp"]["code"] == "TASK_STATE_INVALID"  # completed, no order
    follow_up["input"]["taskId"] = gid("SupervisionTask", open_task.id)
    data = await as_user(client, "scj.sup", FOLLOW_UP, follow_up)
    assert data["recordFollowUp"]["code"] == "TASK_STATE_INVALID"  # in progress, no order
    assert await _rows() == before


async def test_s4_request_review_decision_through_graphql_and_who_sees_it(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue], clock: FixedClock
) -> None:
    county, catalogue = loop
    push, task = await claimed_task(county, catalogue, "BK-1")
    files = await evidence(county, "scj.sup", 2)
    submitted = await as_user(
        client,
        "scj.sup",
        SUBMIT,
        {
            "input": {
                "pushId": gid("Push", push.id),
                "kind": "REVOKE",
                "reason": "拒不整改，建议撤销许可。",
                "legalBasis": "《行政许可法》第六十九条",
                "taskId": gid("SupervisionTask", task.id),
                "attachmentIds": [gid("Attachment", i) for i in files],
            }
        },
    )
    request = submitted["submitLicenseRequest"]["request"]
    assert request == {
        "id": request["id"],
        "kind": "REVOKE",
        "status": "SUBMITTED",
        "department": {"code": "SCJ"},
        "approvalDepartment": {"code": "SPJ"},
        "task": {"id": gid("SupervisionTask", task.id)},
    }
    inbox = await as_user(client, "spj.officer", REQUESTS, {"filter": {"status": "SUBMITTED"}})
    assert inbox["licenseRequests"]["nodes"] == [
        {
            "id": request["id"],
            "kind": "REVOKE",
            "status": "SUBMITTED",
            "reason": "拒不整改，建议撤销许可。",
            "legalBasis": "《行政许可法》第六十九条",
            "department": {"code": "SCJ"},
            "approvalDepartment": {"code": "SPJ"},
            "push": {"documentNumber": "BK-1", "licenseStatus": "VALID"},
            "attachments": [{"fileName": "现场检查记录1.pdf"}, {"fileName": "现场检查记录2.pdf"}],
        }
    ]
    reviewed = await as_user(
        client,
        "spj.officer",
        REVIEW,
        {"input": {"requestId": request["id"], "jointMeeting": True, "note": "联席会议同意"}},
    )
    assert reviewed["reviewLicenseRequest"]["request"] == {
        "status": "UNDER_REVIEW",
        "jointMeeting": True,
        "jointMeetingNote": "联席会议同意",
    }
    clock.advance(timedelta(hours=1))
    decided = await as_user(
        client,
        "spj.admin",
        DECIDE,
        {
            "input": {
                "requestId": request["id"],
                "approved": True,
                "decisionDocumentNumber": "保审批撤〔2026〕1号",
            }
        },
    )
    assert decided["decideLicenseRequest"]["request"]["status"] == "APPROVED"
    assert decided["decideLicenseRequest"]["push"] == {"licenseStatus": "REVOKED"}
    twice = await as_user(
        client,
        "spj.admin",
        DECIDE,
        {"input": {"requestId": request["id"], "approved": False, "decisionNote": "再议"}},
    )
    assert twice["decideLicenseRequest"]["code"] == "LICENSE_REQUEST_STATE_INVALID"
    # Visible to both departments, the coordinator and the auditor; not to others.
    seen = {}
    for username in ("scj.sup", "spj.officer", "coordinator", "auditor", "zjj.sup"):
        nodes = (await as_user(client, username, REQUESTS, {}))["licenseRequests"]["nodes"]
        seen[username] = [n["status"] for n in nodes]
    assert seen == {
        "scj.sup": ["APPROVED"],
        "spj.officer": ["APPROVED"],
        "coordinator": ["APPROVED"],
        "auditor": ["APPROVED"],
        "zjj.sup": [],
    }
    await sign_in(client, None)
    for department, expected in ((county.scj, 1), (county.zjj, 0)):
        token = await make_api_token(name=f"看板{department.id}", department=department)
        body = await gql(client, REQUESTS, {}, token=token)
        assert len(body["data"]["licenseRequests"]["nodes"]) == expected
    pushes = await as_user(client, "scj.sup", APPROVAL_VIEW, {})
    assert pushes["pushes"]["nodes"][0]["licenseStatus"] == "REVOKED"
    assert pushes["pushes"]["nodes"][0]["licenseRequests"] == [
        {"kind": "REVOKE", "status": "APPROVED"}
    ]
    filtered = await as_user(client, "coordinator", REQUESTS, {"filter": {"kind": "CANCEL"}})
    assert filtered["licenseRequests"]["nodes"] == []


async def test_s4_permission_matrix_of_requests(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    push, _ = await claimed_task(county, catalogue, "BK-1")
    submit = {
        "input": {
            "pushId": gid("Push", push.id),
            "kind": "CHANGE",
            "reason": "经营场所变更",
            "attachmentIds": [],
        }
    }
    expected_submit = {
        "zjj.sup": "NOT_RESPONSIBLE_DEPARTMENT",
        "spj.officer": "PERMISSION_DENIED",
        "spj.admin": "NOT_RESPONSIBLE_DEPARTMENT",
        "coordinator": "PERMISSION_DENIED",
        "auditor": "PERMISSION_DENIED",
        "admin": "PERMISSION_DENIED",
        "scj.sup": "INVALID_INPUT",  # allowed, but the evidence is missing
    }
    got = {}
    for username in expected_submit:
        data = await as_user(client, username, SUBMIT, submit)
        got[username] = data["submitLicenseRequest"]["code"]
    assert got == expected_submit
    files = await evidence(county, "scj.admin")
    submit["input"]["attachmentIds"] = [gid("Attachment", files[0])]
    data = await as_user(client, "scj.admin", SUBMIT, submit)
    request_id = data["submitLicenseRequest"]["request"]["id"]
    before = await _rows()
    review = {"input": {"requestId": request_id}}
    decide = {"input": {"requestId": request_id, "approved": True, "decisionDocumentNumber": "1"}}
    expected = {
        "scj.sup": "PERMISSION_DENIED",
        "scj.admin": "NOT_RESPONSIBLE_DEPARTMENT",
        "zjj.sup": "PERMISSION_DENIED",
        "coordinator": "PERMISSION_DENIED",
        "auditor": "PERMISSION_DENIED",
        "admin": "PERMISSION_DENIED",
    }
    for query, variables, field in (
        (REVIEW, review, "reviewLicenseRequest"),
        (DECIDE, decide, "decideLicenseRequest"),
    ):
        got = {}
        for username in expected:
            got[username] = (await as_user(client, username, query, variables))[field]["code"]
        assert got == expected, field
    await sign_in(client, None)
    token = await make_api_token(department=county.spj)
    by_token = await gql(client, REVIEW, review, token=token)
    assert by_token["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"
    assert await _rows() == before
    data = await as_user(client, "spj.officer", REVIEW, review)
    assert data["reviewLicenseRequest"]["__typename"] == "ReviewLicenseRequestSuccess"
