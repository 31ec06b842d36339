"""Credit (R1–R3) through /graphql: who may add records and manage the blacklist (a
role × operation matrix), API token reads of any department (external dashboards),
filters and keyset pages, Licensee.creditGrade and creditGrade, the SQL count of a
page of 10 and of 100, typed errors that change nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.audit.models import AuditEvent
from domain.clock import utc_now
from domain.credit.models import BlacklistEntry, CreditRecord
from domain.credit.rules import CreditSeverity, CreditSource
from domain.linkage.models import Licensee
from domain.linkage.rules import LicenseeKind
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.linkage_factories import company_number, make_linked_county, record
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

NUMBER = company_number(1)

ADD_RECORD = """
mutation($input: AddCreditRecordInput!) {
  addCreditRecord(input: $input) {
    __typename
    ... on AddCreditRecordSuccess {
      creditRecord { id source severity occurredOn description department { code }
                     licensee { number creditGrade { grade } } }
    }
    ... on Error { code message field }
  }
}
"""

ADD_ENTRY = """
mutation($input: AddToBlacklistInput!) {
  addToBlacklist(input: $input) {
    __typename
    ... on AddToBlacklistSuccess {
      blacklistEntry { id active startsOn endsOn reason legalBasis department { code } }
    }
    ... on Error { code message field }
  }
}
"""

REMOVE_ENTRY = """
mutation($input: RemoveFromBlacklistInput!) {
  removeFromBlacklist(input: $input) {
    __typename
    ... on RemoveFromBlacklistSuccess { blacklistEntry { active removalReason removedAt } }
    ... on Error { code message field }
  }
}
"""

RECORDS = """
query($filter: CreditRecordFilter, $first: Int, $after: String) {
  creditRecords(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id source severity occurredOn department { code }
      licensee { number name contactPhone contactMasked creditGrade { grade reasons } }
      attachments { fileName }
    }
  }
}
"""

ENTRIES = """
query($filter: BlacklistFilter, $first: Int, $after: String) {
  blacklistEntries(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id active startsOn endsOn licensee { number creditGrade { grade blacklisted } } }
  }
}
"""

GRADE = """
query($number: String!) {
  creditGrade(number: $number) { licensee { number } grade { grade reasons blacklisted asOf } }
}
"""


def record_input(**kw: Any) -> dict[str, Any]:
    return {
        "licenseeNumber": NUMBER,
        "source": "PENALTY",
        "occurredOn": "2026-05-20",
        "description": "超范围经营，罚款人民币五千元。",
    } | kw


def entry_input(**kw: Any) -> dict[str, Any]:
    return {
        "licenseeNumber": NUMBER,
        "reason": "承诺不实且拒不整改。",
        "legalBasis": "《关于建立完善守信联合激励和失信联合惩戒制度的指导意见》",
        "startsOn": "2026-06-01",
    } | kw


@pytest.fixture
async def county(client: httpx.AsyncClient) -> County:
    signed_out(client)
    county, catalogue = await make_linked_county()
    await record(county, catalogue, "BK-1", serial=1)
    return county


async def as_user(client: httpx.AsyncClient, username: str, query: str, variables: Any) -> Any:
    csrf = await sign_in(client, username)
    return await gql(client, query, variables, csrf=csrf)


async def _snapshot() -> tuple[object, ...]:
    return (
        await CreditRecord.all().count(),
        await BlacklistEntry.all().order_by("id").values_list("removed_at", "open_licensee_id"),
        await AuditEvent.all().count(),
    )


# The matrix (docs/credit.md): who may add a credit record for their own department,
# and who may add or remove a blacklist entry.
MATRIX = {
    "spj.officer": ("AddCreditRecordSuccess", "PermissionDeniedError"),
    "spj.admin": ("AddCreditRecordSuccess", "AddToBlacklistSuccess"),
    "scj.sup": ("AddCreditRecordSuccess", "PermissionDeniedError"),
    "scj.admin": ("AddCreditRecordSuccess", "PermissionDeniedError"),
    "coordinator": ("AddCreditRecordSuccess", "AddToBlacklistSuccess"),
    "auditor": ("PermissionDeniedError", "PermissionDeniedError"),
    "admin": ("PermissionDeniedError", "PermissionDeniedError"),
}


@pytest.mark.parametrize("username", sorted(MATRIX))
async def test_r1_r2_permission_matrix(
    client: httpx.AsyncClient, county: County, username: str
) -> None:
    expected_record, expected_entry = MATRIX[username]
    await sign_in(client, username)  # a login is audited too
    before = await _snapshot()
    body = await as_user(client, username, ADD_RECORD, {"input": record_input()})
    assert body["data"]["addCreditRecord"]["__typename"] == expected_record, body
    body = await as_user(client, username, ADD_ENTRY, {"input": entry_input()})
    result = body["data"]["addToBlacklist"]
    assert result["__typename"] == expected_entry, body
    if expected_record.endswith("Error") and expected_entry.endswith("Error"):
        assert await _snapshot() == before
    if expected_entry.endswith("Success"):
        removed = await as_user(
            client,
            username,
            REMOVE_ENTRY,
            {"input": {"entryId": result["blacklistEntry"]["id"], "reason": "已信用修复。"}},
        )
        payload = removed["data"]["removeFromBlacklist"]
        assert payload["__typename"] == "RemoveFromBlacklistSuccess", removed
        assert (
            payload["blacklistEntry"]["active"],
            payload["blacklistEntry"]["removalReason"],
        ) == (
            False,
            "已信用修复。",
        )
    else:
        entry = await as_user(client, "coordinator", ADD_ENTRY, {"input": entry_input()})
        entry_id = entry["data"]["addToBlacklist"]["blacklistEntry"]["id"]
        await sign_in(client, username)
        before = await _snapshot()
        denied = await as_user(
            client, username, REMOVE_ENTRY, {"input": {"entryId": entry_id, "reason": "理由"}}
        )
        assert denied["data"]["removeFromBlacklist"]["code"] == "PERMISSION_DENIED"
        assert await _snapshot() == before


async def test_r2_typed_errors_change_nothing(client: httpx.AsyncClient, county: County) -> None:
    added = await as_user(client, "coordinator", ADD_ENTRY, {"input": entry_input()})
    entry_id = added["data"]["addToBlacklist"]["blacklistEntry"]["id"]
    assert added["data"]["addToBlacklist"]["blacklistEntry"]["active"] is True
    before = await _snapshot()
    cases = [
        (ADD_ENTRY, "addToBlacklist", entry_input(), "CONFLICT", "licenseeNumber"),
        (ADD_ENTRY, "addToBlacklist", entry_input(reason=" "), "INVALID_INPUT", "reason"),
        (
            ADD_ENTRY,
            "addToBlacklist",
            entry_input(licenseeNumber=company_number(9)),
            "NOT_FOUND",
            "licenseeNumber",
        ),
        (
            REMOVE_ENTRY,
            "removeFromBlacklist",
            {"entryId": entry_id, "reason": ""},
            "INVALID_INPUT",
            "reason",
        ),
        (
            REMOVE_ENTRY,
            "removeFromBlacklist",
            {"entryId": to_global_id("BlacklistEntry", 999), "reason": "理由"},
            "NOT_FOUND",
            "entryId",
        ),
        (
            ADD_RECORD,
            "addCreditRecord",
            record_input(occurredOn="2026-06-02"),
            "INVALID_INPUT",
            "occurredOn",
        ),
        (
            ADD_RECORD,
            "addCreditRecord",
            record_input(description=""),
            "INVALID_INPUT",
            "description",
        ),
    ]
    for query, name, variables, code, field in cases:
        body = await as_user(client, "coordinator", query, {"input": variables})
        result = body["data"][name]
        assert (result["code"], result["field"]) == (code, field), (name, body)
        assert result["message"]
    assert await _snapshot() == before
    # A token reads but never writes.
    token = await make_api_token()
    await sign_in(client, None)
    before = await _snapshot()
    body = await gql(client, ADD_RECORD, {"input": record_input()}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"
    assert await _snapshot() == before


async def _fill(county: County, count: int) -> None:
    """``count`` licensees, a record each (odd ones serious), every third blacklisted."""
    now = utc_now()
    licensees = [
        Licensee(
            kind=LicenseeKind.COMPANY,
            number=company_number(100 + i),
            name=f"保康县测试商行{i}",
            contact_phone="13800005678",
            created_at=now,
            updated_at=now,
        )
        for i in range(count)
    ]
    await Licensee.bulk_create(licensees)
    rows = await Licensee.filter(number__in=[lic.number for lic in licensees]).order_by("id")
    await CreditRecord.bulk_create(
        [
            CreditRecord(
                licensee_id=row.id,
                source=CreditSource.PENALTY,
                severity=CreditSeverity.SERIOUS if i % 2 else CreditSeverity.MINOR,
                occurred_on=date(2026, 1, 1 + i % 28),
                department_id=county.scj.id if i % 2 else county.zjj.id,
                description=f"处罚 {i}",
                recorded_at=now,
            )
            for i, row in enumerate(rows)
        ]
    )
    await BlacklistEntry.bulk_create(
        [
            BlacklistEntry(
                licensee_id=row.id,
                reason="联合惩戒",
                legal_basis="依据",
                starts_on=date(2026, 5, 1),
                department_id=county.xtz.id,
                added_at=now,
                open_licensee_id=row.id,
            )
            for i, row in enumerate(rows)
            if i % 3 == 0
        ]
    )


async def test_r1_r2_tokens_of_any_department_read_with_filters_and_keyset_pages(
    client: httpx.AsyncClient, county: County
) -> None:
    await _fill(county, 30)
    token = await make_api_token("住建看板", department=county.zjj)
    await sign_in(client, None)
    seen: list[str] = []
    after = None
    while True:
        body = await gql(client, RECORDS, {"first": 7, "after": after}, token=token)
        assert "errors" not in body, body
        page = body["data"]["creditRecords"]
        seen += [n["id"] for n in page["nodes"]]
        dates = [n["occurredOn"] for n in page["nodes"]]
        assert dates == sorted(dates, reverse=True)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == 30  # every department's, none twice
    node = body["data"]["creditRecords"]["nodes"][0]
    assert node["licensee"]["contactMasked"] and "****" in node["licensee"]["contactPhone"]

    scj = await gql(
        client,
        RECORDS,
        {"filter": {"severity": "SERIOUS", "from": "2026-01-05", "to": "2026-01-20"}},
        token=token,
    )
    nodes = scj["data"]["creditRecords"]["nodes"]
    assert nodes and all(n["severity"] == "SERIOUS" for n in nodes)
    assert all("2026-01-05" <= n["occurredOn"] <= "2026-01-20" for n in nodes)
    assert all(n["department"]["code"] == "SCJ" for n in nodes)

    active = await gql(client, ENTRIES, {"filter": {"active": True}, "first": 100}, token=token)
    entries = active["data"]["blacklistEntries"]["nodes"]
    assert len(entries) == 10
    assert all(e["licensee"]["creditGrade"] == {"grade": "D", "blacklisted": True} for e in entries)
    one = await gql(
        client, ENTRIES, {"filter": {"licenseeNumber": company_number(103)}}, token=token
    )
    assert [e["licensee"]["number"] for e in one["data"]["blacklistEntries"]["nodes"]] == [
        company_number(103)
    ]
    assert (await gql(client, ENTRIES, {"filter": {"active": False}}, token=token))["data"][
        "blacklistEntries"
    ]["nodes"] == []
    before = await gql(client, ENTRIES, {"filter": {"to": "2026-04-30"}}, token=token)
    assert before["data"]["blacklistEntries"]["nodes"] == []

    graded = await gql(client, GRADE, {"number": company_number(101)}, token=token)
    grade = graded["data"]["creditGrade"]["grade"]
    assert (grade["grade"], grade["blacklisted"], grade["asOf"]) == ("C", False, "2026-06-01")
    assert grade["reasons"] == ["近 3 年严重失信记录 1 条"]
    missing = await gql(client, GRADE, {"number": company_number(99)}, token=token)
    assert missing["data"]["creditGrade"] is None


async def test_credit_reads_need_sign_in(client: httpx.AsyncClient, county: County) -> None:
    await sign_in(client, None)
    body = await gql(client, RECORDS, {})
    assert body["data"] is None and body["errors"]


async def test_credit_pages_of_10_and_100_issue_the_same_sql(
    client: httpx.AsyncClient, county: County
) -> None:
    await _fill(county, 100)
    csrf = await sign_in(client, "spj.officer")
    counts = {}
    for query, name in ((RECORDS, "creditRecords"), (ENTRIES, "blacklistEntries")):
        for first in (10, 100):
            with count_queries() as counted:
                body = await gql(client, query, {"first": first}, csrf=csrf)
            assert "errors" not in body, body
            nodes = body["data"][name]["nodes"]
            assert len(nodes) == (first if name == "creditRecords" else min(first, 34))
            assert all(n["licensee"]["creditGrade"]["grade"] for n in nodes)
            counts[(name, first)] = counted.count
        assert counts[(name, 10)] == counts[(name, 100)], counts
        assert counts[(name, 100)] <= 10, counts
