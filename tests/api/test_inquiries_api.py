"""Inquiries (Q1) through /graphql: sendInquiry and answerInquiry with their typed
errors (who may, a reply refused after deemed consent, nothing half-written), the
inquiries connection with filters and keyset pages (API tokens: their department's),
node(id:), the task stream's INQUIRY_RECEIVED with subjectId, the statistics figure,
and the SQL count of a page of 10 and of 100."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.audit.models import AuditEvent
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.inquiries.models import Inquiry
from domain.inquiries.rules import InquiryStatus
from domain.linkage.services.common import channel
from domain.reminders.services import sweep_reminders
from shenguan.settings import Settings
from tests.api.test_task_stream import next_event, session, streaming, subscribed
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.inquiry_factories import inquiry_county, send
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

SEND = """
mutation($input: SendInquiryInput!) {
  sendInquiry(input: $input) {
    __typename
    ... on SendInquirySuccess {
      inquiry { id topic subject status replyWorkingDays sentByName
                replyDue { dueAt overdue light }
                askingDepartment { code } askedDepartment { code } }
    }
    ... on Error { code message field }
  }
}
"""

ANSWER = """
mutation($input: AnswerInquiryInput!) {
  answerInquiry(input: $input) {
    __typename
    ... on AnswerInquirySuccess {
      inquiry { status reply repliedByName repliedAt replyDue { overdue workingDaysLate light } }
    }
    ... on Error { code message field }
  }
}
"""

LIST = """
query($filter: InquiryFilter, $first: Int, $after: String) {
  inquiries(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id subject status deemedConsentAt replyDue { overdue light }
      askingDepartment { code } askedDepartment { code } attachments { fileName }
    }
  }
}
"""


@pytest.fixture
async def county(client: httpx.AsyncClient) -> County:
    signed_out(client)
    return await inquiry_county()


async def as_user(client: httpx.AsyncClient, username: str, query: str, variables: Any) -> Any:
    csrf = await sign_in(client, username)
    body = await gql(client, query, variables, csrf=csrf)
    assert "errors" not in body, body
    return body["data"]


def send_input(county: County, **changes: Any) -> dict[str, Any]:
    return {
        "input": {
            "askedDepartmentId": to_global_id("Department", county.scj.id),
            "topic": "POLICY",
            "subject": "告知承诺制适用范围",
            "question": "食品经营许可是否适用告知承诺制？",
            "replyWorkingDays": 3,
        }
        | changes
    }


async def test_q1_send_and_answer_through_the_api(
    client: httpx.AsyncClient, county: County
) -> None:
    sent = (await as_user(client, "spj.officer", SEND, send_input(county)))["sendInquiry"]
    assert sent["__typename"] == "SendInquirySuccess", sent
    inquiry = sent["inquiry"]
    assert (inquiry["status"], inquiry["topic"], inquiry["sentByName"]) == (
        "OPEN",
        "POLICY",
        "spj.officer",
    )
    assert inquiry["replyDue"] == {
        "dueAt": "2026-06-04T15:59:59+00:00",
        "overdue": False,
        "light": "GREEN",
    }
    assert (inquiry["askingDepartment"], inquiry["askedDepartment"]) == (
        {"code": "SPJ"},
        {"code": "SCJ"},
    )
    answered = await as_user(
        client, "scj.sup", ANSWER, {"input": {"inquiryId": inquiry["id"], "reply": "适用。"}}
    )
    result = answered["answerInquiry"]
    assert result["__typename"] == "AnswerInquirySuccess", result
    assert result["inquiry"]["status"] == "ANSWERED" and result["inquiry"]["reply"] == "适用。"
    assert result["inquiry"]["replyDue"] == {
        "overdue": False,
        "workingDaysLate": 0,
        "light": "NONE",
    }
    node = await as_user(
        client,
        "spj.officer",
        "query($id: ID!) { node(id: $id) { __typename ... on Inquiry { status reply } } }",
        {"id": inquiry["id"]},
    )
    assert node["node"] == {"__typename": "Inquiry", "status": "ANSWERED", "reply": "适用。"}


async def test_q1_typed_errors_change_nothing(client: httpx.AsyncClient, county: County) -> None:
    cases = [
        ("spj.officer", send_input(county, subject=""), "INVALID_INPUT", "subject"),
        (
            "spj.officer",
            send_input(county, replyWorkingDays=40),
            "INVALID_INPUT",
            "replyWorkingDays",
        ),
        (
            "spj.officer",
            send_input(county, askedDepartmentId=to_global_id("Department", county.spj.id)),
            "INVALID_INPUT",
            "askedDepartmentId",
        ),
        ("auditor", send_input(county), "PERMISSION_DENIED", None),
        ("admin", send_input(county), "PERMISSION_DENIED", None),
    ]
    for username, variables, code, field in cases:
        result = (await as_user(client, username, SEND, variables))["sendInquiry"]
        assert (result["code"], result["field"]) == (code, field), (username, result)
    assert await Inquiry.all().count() == 0
    assert await AuditEvent.filter(action="inquiry.send").count() == 0


async def test_q1_who_may_answer_and_a_reply_after_deemed_consent_is_refused(
    client: httpx.AsyncClient, county: County, clock: FixedClock
) -> None:
    inquiry = await send(county, days=1)  # due Tue 2 June
    gid = to_global_id("Inquiry", inquiry.id)
    answer = {"input": {"inquiryId": gid, "reply": "同意"}}
    for username, code in [
        ("spj.officer", "NOT_RESPONSIBLE_DEPARTMENT"),
        ("zjj.sup", "NOT_FOUND"),
        ("auditor", "PERMISSION_DENIED"),
    ]:
        result = (await as_user(client, username, ANSWER, answer))["answerInquiry"]
        assert result["code"] == code, (username, result)
    token = await make_api_token("看板", department=county.scj)
    body = await gql(client, ANSWER, answer, token=token)
    assert body["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"

    clock.set(datetime(2026, 6, 3, 0, 0, 30, tzinfo=SHANGHAI))
    await sweep_reminders(clock.now())
    result = (await as_user(client, "scj.sup", ANSWER, answer))["answerInquiry"]
    assert (result["code"], result["field"]) == ("INQUIRY_STATE_INVALID", "inquiryId")
    assert "视为同意" in result["message"]
    row = await Inquiry.get(id=inquiry.id)
    assert (row.status, row.reply) == (InquiryStatus.DEEMED_CONSENT, "")
    listed = await as_user(client, "spj.officer", LIST, {"filter": {"status": "DEEMED_CONSENT"}})
    (node,) = listed["inquiries"]["nodes"]
    assert node["deemedConsentAt"] == "2026-06-02T16:00:00+00:00"
    assert node["replyDue"] == {"overdue": True, "light": "NONE"}


async def test_q1_inquiries_filters_pages_and_tokens(
    client: httpx.AsyncClient, county: County
) -> None:
    for n in range(3):
        await send(county, subject=f"审批到监管 {n}")
    await send(county, by="scj.sup", to="zjj", subject="监管到住建")
    await send(county, by="zjj.sup", to="spj", subject="住建到审批")
    scj = to_global_id("Department", county.scj.id)

    def subjects(data: Any) -> list[str]:
        return [n["subject"] for n in data["inquiries"]["nodes"]]

    mine = await as_user(client, "scj.sup", LIST, {})
    assert subjects(mine) == ["监管到住建", "审批到监管 2", "审批到监管 1", "审批到监管 0"]
    received = await as_user(client, "scj.sup", LIST, {"filter": {"askedDepartmentId": scj}})
    assert len(subjects(received)) == 3
    sent = await as_user(client, "scj.sup", LIST, {"filter": {"askingDepartmentId": scj}})
    assert subjects(sent) == ["监管到住建"]
    everything = await as_user(client, "coordinator", LIST, {"first": 2})
    assert len(subjects(everything)) == 2
    page = everything["inquiries"]["pageInfo"]
    assert page["hasNextPage"]
    rest = await as_user(client, "coordinator", LIST, {"first": 10, "after": page["endCursor"]})
    assert len(subjects(rest)) == 3 and not rest["inquiries"]["pageInfo"]["hasNextPage"]
    overdue = await as_user(client, "coordinator", LIST, {"filter": {"overdue": True}})
    assert subjects(overdue) == []
    token = await make_api_token("住建局看板", department=county.zjj)
    body = await gql(client, LIST, {}, token=token)
    assert [n["subject"] for n in body["data"]["inquiries"]["nodes"]] == [
        "住建到审批",
        "监管到住建",
    ]


async def test_q1_new_inquiry_appears_in_the_asked_departments_task_stream(
    settings: Settings, county: County
) -> None:
    query = """
    subscription { taskStream { kind subjectId department { code } } }
    """
    async with streaming(settings, await session(county, "scj.sup")) as ws:
        await ws.send_json({"id": "2", "type": "subscribe", "payload": {"query": query}})
        await subscribed(channel(county.scj.id))
        inquiry = await send(county)
        # The two subscriptions of the socket each get it; the second asked for subjectId.
        events = [await next_event(ws), await next_event(ws)]
    assert [e["kind"] for e in events] == ["INQUIRY_RECEIVED"] * 2
    (ours,) = [e for e in events if "subjectId" in e]
    assert ours == {
        "kind": "INQUIRY_RECEIVED",
        "subjectId": to_global_id("Inquiry", inquiry.id),
        "department": {"code": "SCJ"},
    }


async def test_a3_statistics_show_inquiries_deemed_consent(
    client: httpx.AsyncClient, county: County, clock: FixedClock
) -> None:
    await send(county, days=1)
    clock.set(datetime(2026, 6, 3, 0, 1, tzinfo=SHANGHAI))
    await sweep_reminders(clock.now())
    data = await as_user(
        client,
        "coordinator",
        """query { linkageStatistics(from: "2026-06-01", to: "2026-06-30") {
          rows { department { code } inquiriesDeemedConsent }
          total { inquiriesDeemedConsent } } }""",
        {},
    )
    stats = data["linkageStatistics"]
    rows = {r["department"]["code"]: r["inquiriesDeemedConsent"] for r in stats["rows"]}
    assert rows == {"SPJ": 0, "SCJ": 1, "ZJJ": 0}
    assert stats["total"]["inquiriesDeemedConsent"] == 1


async def test_q1_pages_of_10_and_100_issue_the_same_sql(
    client: httpx.AsyncClient, county: County
) -> None:
    for n in range(100):
        await send(county, subject=f"函询 {n}", to="scj" if n % 2 else "zjj")
    csrf = await sign_in(client, "coordinator")
    counts = {}
    for first in (10, 100):
        with count_queries() as counted:
            body = await gql(client, LIST, {"first": first}, csrf=csrf)
        assert "errors" not in body, body
        assert len(body["data"]["inquiries"]["nodes"]) == first
        counts[first] = counted.count
    assert counts[10] == counts[100], counts
    assert counts[100] <= 6, counts
