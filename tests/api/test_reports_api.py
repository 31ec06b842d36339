"""Reports from the public (A4) through /graphql: submitReport without login (receipt, the
task in the supervisor's queue, field errors and RATE_LIMITED that store nothing, a
proxy header ignored unless trusted), reports for staff (who reads what, the contact's
readers, filters, keyset pages, the SQL count of 10 and 100), the node, the public
status lookup."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.audit.models import AuditEvent
from domain.linkage.models import SupervisionTask
from domain.reports import services as reports
from domain.reports.models import Report
from domain.reports.rules import RateLimit, ReportData
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.linkage_factories import company_number, make_linked_county, record
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

NAME = "保康县示例食品有限公司"
CONTENT = "该店在售卖过期牛奶，货架上有多盒已过保质期。"

SUBMIT = """
mutation($input: SubmitReportInput!) {
  submitReport(input: $input) {
    __typename
    ... on SubmitReportSuccess { receipt { receiptNumber submittedAt } }
    ... on Error { code message field }
  }
}
"""

REPORTS = """
query($filter: ReportFilter, $first: Int, $after: String) {
  reports(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id receiptNumber namedNumber namedName content contact hasContact routing status
      licensee { number name contactMasked }
      departments { code }
      tasks { id origin status title department { code } }
    }
  }
}
"""

TASKS = """
query { supervisionTasks(first: 50) { nodes { origin title licensee { name } } } }
"""

STATUS = """
query($receipt: String!) {
  reportStatus(receiptNumber: $receipt) { receiptNumber submittedOn status }
}
"""

NODE = """
query($id: ID!) { node(id: $id) { __typename ... on Report { receiptNumber contact } } }
"""


def report_input(**kw: Any) -> dict[str, Any]:
    return {"licenseeNumber": company_number(1), "content": CONTENT} | kw


@pytest.fixture
async def county(client: httpx.AsyncClient) -> County:
    signed_out(client)
    county, catalogue = await make_linked_county()
    await record(county, catalogue, "BK-1", serial=1, name=NAME)
    return county


async def submit(client: httpx.AsyncClient, headers: dict[str, str] | None = None, **kw: Any):
    response = await client.post(
        "/graphql",
        json={"query": SUBMIT, "variables": {"input": report_input(**kw)}},
        headers=headers or {},
    )
    assert response.status_code == 200, response.text
    return response.json()["data"]["submitReport"]


async def as_user(client: httpx.AsyncClient, username: str, query: str, variables: Any = None):
    csrf = await sign_in(client, username)
    return await gql(client, query, variables or {}, csrf=csrf)


async def _stored() -> tuple[int, int, int]:
    return (
        await Report.all().count(),
        await SupervisionTask.all().count(),
        await AuditEvent.all().count(),
    )


async def test_a4_public_report_without_login_becomes_the_supervisors_task(
    client: httpx.AsyncClient, county: County
) -> None:
    result = await submit(client, contact="13800001111")
    assert result["__typename"] == "SubmitReportSuccess", result
    receipt = result["receipt"]["receiptNumber"]
    assert receipt.startswith("JB20260601-")
    body = await as_user(client, "scj.sup", TASKS)
    [task] = body["data"]["supervisionTasks"]["nodes"]
    assert task["origin"] == "REPORT" and receipt in task["title"]
    assert task["licensee"]["name"] == NAME
    body = await as_user(client, "scj.sup", REPORTS)
    [report] = body["data"]["reports"]["nodes"]
    assert report["receiptNumber"] == receipt
    assert report["contact"] == "13800001111"
    assert report["routing"] == "SUPERVISING_DEPARTMENT"
    assert report["status"] == "IN_PROGRESS"
    assert report["departments"] == [{"code": "SCJ"}]
    assert [t["department"]["code"] for t in report["tasks"]] == ["SCJ"]
    assert report["licensee"]["contactMasked"] is False


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"licenseeNumber": "", "licenseeName": ""}, "licenseeName"),
        ({"licenseeNumber": "91420626MA0000001X"}, "licenseeNumber"),
        ({"content": "太短"}, "content"),
        ({"content": "字" * 2001}, "content"),
        ({"contact": "12345"}, "contact"),
    ],
)
async def test_a4_field_errors_name_the_field_and_store_nothing(
    client: httpx.AsyncClient, county: County, values: dict[str, str], field: str
) -> None:
    before = await _stored()
    result = await submit(client, **values)
    assert result["__typename"] == "InvalidInputError", result
    assert (result["code"], result["field"]) == ("INVALID_INPUT", field)
    assert result["message"]
    assert await _stored() == before


async def test_a4_rate_limited_per_address_a_proxy_header_is_not_trusted_by_default(
    client: httpx.AsyncClient, county: County
) -> None:
    for n in range(5):
        # A forged header changes nothing: the peer's address counts unless a setting
        # names the header of a trusted proxy.
        result = await submit(client, headers={"X-Forwarded-For": f"10.0.0.{n}"})
        assert result["__typename"] == "SubmitReportSuccess", result
    before = await _stored()
    result = await submit(client, headers={"X-Forwarded-For": "10.0.0.99"})
    assert result["__typename"] == "RateLimitedError", result
    assert result["code"] == "RATE_LIMITED"
    assert "每小时最多提交 5 件" in result["message"]
    assert await _stored() == before


async def test_a4_staff_read_their_departments_reports_contact_hidden_from_tokens(
    client: httpx.AsyncClient, county: County
) -> None:
    await submit(client, contact="li@example.com")
    await submit(client, licenseeNumber="", licenseeName="某无名小店", contact="13800001111")
    reads = {}
    for username in ("scj.sup", "zjj.sup", "coordinator", "auditor", "spj.officer"):
        body = await as_user(client, username, REPORTS)
        assert "errors" not in body, body
        reads[username] = [(n["routing"], n["contact"]) for n in body["data"]["reports"]["nodes"]]
    assert reads["scj.sup"] == [("SUPERVISING_DEPARTMENT", "li@example.com")]
    assert reads["zjj.sup"] == [] and reads["spj.officer"] == []
    both = [("NO_LICENSEE", "13800001111"), ("SUPERVISING_DEPARTMENT", "li@example.com")]
    assert reads["coordinator"] == both and reads["auditor"] == both
    await sign_in(client, None)
    body = await gql(client, REPORTS)
    assert body["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED", body
    token = await make_api_token("看板", county.scj)
    body = await gql(client, REPORTS, token=token)
    [node] = body["data"]["reports"]["nodes"]
    assert node["contact"] is None and node["hasContact"] is True


async def test_a4_reports_filters_pages_and_node(client: httpx.AsyncClient, county: County) -> None:
    for _ in range(3):
        await submit(client)
    await submit(client, licenseeNumber="", licenseeName="某无名小店")
    scj = to_global_id("Department", county.scj.id)
    body = await as_user(client, "coordinator", REPORTS, {"filter": {"departmentId": scj}})
    assert len(body["data"]["reports"]["nodes"]) == 3
    body = await as_user(client, "coordinator", REPORTS, {"filter": {"routing": "NO_LICENSEE"}})
    assert len(body["data"]["reports"]["nodes"]) == 1
    body = await as_user(client, "coordinator", REPORTS, {"filter": {"taskStatus": "COMPLETED"}})
    assert body["data"]["reports"]["nodes"] == []
    body = await as_user(client, "coordinator", REPORTS, {"filter": {"from": "2026-06-02"}})
    assert body["data"]["reports"]["nodes"] == []
    seen: list[str] = []
    after = None
    while True:
        body = await as_user(client, "coordinator", REPORTS, {"first": 3, "after": after})
        page = body["data"]["reports"]
        seen += [n["id"] for n in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == 4
    body = await as_user(client, "scj.sup", NODE, {"id": seen[0]})
    assert body["data"]["node"] is None  # the coordination group's report
    body = await as_user(client, "scj.sup", NODE, {"id": seen[-1]})
    assert body["data"]["node"]["__typename"] == "Report"


async def test_a4_public_status_by_receipt_number(
    client: httpx.AsyncClient, county: County
) -> None:
    receipt = (await submit(client))["receipt"]["receiptNumber"]
    await sign_in(client, None)
    body = await gql(client, STATUS, {"receipt": receipt})
    assert body["data"]["reportStatus"] == {
        "receiptNumber": receipt,
        "submittedOn": "2026-06-01",
        "status": "IN_PROGRESS",
    }
    body = await gql(client, STATUS, {"receipt": "JB20260601-0000000000"})
    assert body["data"]["reportStatus"] is None
    body = await gql(client, STATUS, {"receipt": "nonsense"})
    assert body["data"]["reportStatus"] is None


async def test_a4_reports_sql_count_same_for_10_and_100(
    client: httpx.AsyncClient, county: County
) -> None:
    for n in range(101):
        named = {"licensee_number": company_number(1)} if n % 2 else {"licensee_name": f"店{n}"}
        await reports.submit_report(
            ReportData(content=CONTENT, contact="13800001111", **named),
            address_hash=f"{n:064x}",
            limit=RateLimit(),
        )
    csrf = await sign_in(client, "coordinator")
    counts = {}
    for first in (10, 100):
        with count_queries() as counted:
            body = await gql(client, REPORTS, {"first": first}, csrf=csrf)
        assert "errors" not in body, body
        assert len(body["data"]["reports"]["nodes"]) == first
        counts[first] = counted.count
    assert counts[10] == counts[100], counts
    assert counts[100] <= 8, counts


FORWARD = """
mutation($input: ForwardReportInput!) {
  forwardReport(input: $input) {
    __typename
    ... on ForwardReportSuccess { report { departments { code } tasks { department { code } } } }
    ... on Error { code message field }
  }
}
"""


async def test_a4_forward_report_by_the_coordinator_only(
    client: httpx.AsyncClient, county: County
) -> None:
    await submit(client, licenseeNumber="", licenseeName="某无名小店")
    body = await as_user(client, "coordinator", REPORTS)
    [node] = body["data"]["reports"]["nodes"]
    assert node["departments"] == [{"code": "XTZ"}]
    variables = {
        "input": {
            "reportId": node["id"],
            "departmentId": to_global_id("Department", county.scj.id),
            "note": "涉及食品安全",
        }
    }
    body = await as_user(client, "scj.admin", FORWARD, variables)
    assert body["data"]["forwardReport"]["__typename"] == "PermissionDeniedError", body
    token = await make_api_token("看板")
    body = await gql(client, FORWARD, variables, token=token)
    assert body["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN", body
    body = await as_user(client, "coordinator", FORWARD, variables)
    result = body["data"]["forwardReport"]
    assert result["__typename"] == "ForwardReportSuccess", body
    assert result["report"]["departments"] == [{"code": "SCJ"}]
    assert result["report"]["tasks"] == [{"department": {"code": "SCJ"}}]
    body = await as_user(client, "coordinator", FORWARD, variables)
    assert body["data"]["forwardReport"]["code"] == "CONFLICT", body
    body = await as_user(client, "scj.sup", TASKS)
    assert [t["origin"] for t in body["data"]["supervisionTasks"]["nodes"]] == ["REPORT"]
