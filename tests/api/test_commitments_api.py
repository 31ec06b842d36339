"""Notification-commitment approval through /graphql: the credit check (K1) by an
approval officer, recorded and listed; a 材料延期 commitment created, listed with its
deadline light, issued (pushed) and an overdue one revoked (K2); typed errors that
change nothing; who reads; the SQL count of a page of 10 and of 100."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.audit.models import AuditEvent
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.commitments.models import Commitment, CreditCheck
from tests.catalogue_factories import County, sign_in, signed_out
from tests.commitment_factories import (
    Items,
    credit_check,
    make_commitment,
    make_commitment_county,
)
from tests.factories import gql
from tests.linkage_factories import company_number
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

NUMBER = company_number(1)

RUN_CHECK = """
mutation($input: RunCreditCheckInput!) {
  runCreditCheck(input: $input) {
    __typename
    ... on RunCreditCheckSuccess {
      creditCheck { id licenseeNumber licenseeKind knownLicensee grade blacklisted allowed
                    reasons approvalItemName askedBy department { code } }
    }
    ... on Error { code message field }
  }
}
"""

CREATE = """
mutation($input: CreateCommitmentInput!) {
  createCommitment(input: $input) {
    __typename
    ... on CreateCommitmentSuccess {
      commitment { id mode status materials contactPhone approvalItemName
                   promiseDue { dueAt light overdue } licensee { number name }
                   creditCheck { grade allowed } handlingItem { code } }
    }
    ... on Error { code message field }
  }
}
"""

ISSUE = """
mutation($input: IssueCommittedLicenseInput!) {
  issueCommittedLicense(input: $input) {
    __typename
    ... on IssueCommittedLicenseSuccess {
      commitment { status handedInMaterials materialsLateWorkingDays promiseDue { light }
                   push { documentNumber commitmentContent department { code } } }
    }
    ... on Error { code message field }
  }
}
"""

REVOKE = """
mutation($input: RevokeCommitmentInput!) {
  revokeCommitment(input: $input) {
    __typename
    ... on RevokeCommitmentSuccess {
      commitment { status revocationReason judicialReferral
                   creditRecord { source } blacklistEntry { active } }
    }
    ... on Error { code message field }
  }
}
"""

LIST = """
query($first: Int, $after: String, $filter: CommitmentFilter) {
  commitments(first: $first, after: $after, filter: $filter) {
    edges { node { id status mode licensee { number name } promiseDue { light }
                   applicantRemindedAt
                   department { code } creditCheck { grade } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

CHECKS = "{ creditChecks(first: 50) { edges { node { licenseeNumber allowed askedBy } } } }"


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=SHANGHAI).astimezone(UTC)


@pytest.fixture
async def county(client: httpx.AsyncClient) -> tuple[County, Items]:
    signed_out(client)
    return await make_commitment_county()


async def as_user(client: httpx.AsyncClient, username: str, query: str, variables: Any) -> Any:
    csrf = await sign_in(client, username)
    return await gql(client, query, variables, csrf=csrf)


async def _snapshot() -> tuple[object, ...]:
    return (
        await CreditCheck.all().count(),
        await Commitment.all().values_list("id", "status"),
        await AuditEvent.filter(target_type__in=("CreditCheck", "Commitment")).count(),
    )


def create_input(check_id: str, items: Items, **kw: object) -> dict[str, Any]:
    return {
        "input": {
            "creditCheckId": check_id,
            "handlingItemId": to_global_id("HandlingItem", items.food_new),
            "mode": "DEFERRED_MATERIALS",
            "licenseeName": "保康县示例食品有限公司",
            "content": "承诺十个工作日内补交从业人员健康证明。",
            "contactPhone": "13812345678",
            "materials": ["从业人员健康证明"],
            "dueOn": "2026-06-10",
        }
        | kw
    }


async def test_k1_k2_check_create_issue_through_graphql(
    client: httpx.AsyncClient, county: tuple[County, Items], clock: FixedClock
) -> None:
    _, items = county
    item = to_global_id("ApprovalItem", items.food)
    body = await as_user(
        client,
        "spj.officer",
        RUN_CHECK,
        {"input": {"licenseeNumber": NUMBER, "approvalItemId": item}},
    )
    check = body["data"]["runCreditCheck"]["creditCheck"]
    assert (check["grade"], check["blacklisted"], check["allowed"], check["knownLicensee"]) == (
        "A",
        False,
        True,
        False,
    )
    assert (check["askedBy"], check["department"]["code"]) == ("spj.officer", "SPJ")
    body = await gql(
        client, CREATE, create_input(check["id"], items), csrf=await sign_in(client, "spj.officer")
    )
    created = body["data"]["createCommitment"]["commitment"]
    assert (created["status"], created["mode"], created["promiseDue"]["light"]) == (
        "PENDING",
        "DEFERRED_MATERIALS",
        "GREEN",
    )
    assert created["licensee"] == {"number": NUMBER, "name": "保康县示例食品有限公司"}
    assert created["creditCheck"] == {"grade": "A", "allowed": True}
    clock.set(at(date(2026, 6, 10)))
    signed_out(client)  # the session of 1 June has ended
    listed = await as_user(client, "spj.officer", LIST, {})
    assert "errors" not in listed, listed
    assert listed["data"]["commitments"]["edges"][0]["node"]["promiseDue"]["light"] == "YELLOW"
    issue = {
        "commitmentId": created["id"],
        "documentNumber": "BKSP-2026-K001",
        "licenseContent": "预包装食品销售",
        "handedInMaterials": ["从业人员健康证明"],
    }
    body = await as_user(client, "spj.officer", ISSUE, {"input": issue})
    issued = body["data"]["issueCommittedLicense"]["commitment"]
    assert (issued["status"], issued["materialsLateWorkingDays"]) == ("ISSUED", 0)
    assert issued["promiseDue"]["light"] == "NONE"
    assert issued["push"]["department"]["code"] == "SCJ"
    assert issued["push"]["commitmentContent"].startswith("告知承诺（材料延期）")


async def test_k1_typed_errors_change_nothing(
    client: httpx.AsyncClient, county: tuple[County, Items]
) -> None:
    _, items = county
    item = to_global_id("ApprovalItem", items.food)
    before = await _snapshot()
    wrong = NUMBER[:-1] + ("0" if NUMBER[-1] != "0" else "1")
    body = await as_user(
        client,
        "spj.officer",
        RUN_CHECK,
        {"input": {"licenseeNumber": wrong, "approvalItemId": item}},
    )
    result = body["data"]["runCreditCheck"]
    assert (result["__typename"], result["code"], result["field"]) == (
        "InvalidInputError",
        "INVALID_INPUT",
        "licenseeNumber",
    )
    body = await as_user(
        client, "scj.sup", RUN_CHECK, {"input": {"licenseeNumber": NUMBER, "approvalItemId": item}}
    )
    assert body["data"]["runCreditCheck"]["code"] == "PERMISSION_DENIED"
    body = await as_user(
        client, "auditor", RUN_CHECK, {"input": {"licenseeNumber": NUMBER, "approvalItemId": item}}
    )
    assert body["data"]["runCreditCheck"]["code"] == "PERMISSION_DENIED"
    assert await _snapshot() == before


async def test_k2_revoke_overdue_with_referral_and_errors(
    client: httpx.AsyncClient, county: tuple[County, Items], clock: FixedClock
) -> None:
    county_, items = county
    row = await make_commitment(county_, items, await credit_check(county_, NUMBER))
    commitment_id = to_global_id("Commitment", row.id)
    revoke = {"commitmentId": commitment_id, "reason": "OVERDUE", "note": "逾期未补交。"}
    body = await as_user(client, "spj.officer", REVOKE, {"input": revoke})
    assert body["data"]["revokeCommitment"]["code"] == "CONFLICT"  # not overdue yet
    body = await as_user(client, "scj.admin", REVOKE, {"input": revoke})
    assert body["data"]["revokeCommitment"]["code"] == "PERMISSION_DENIED"
    clock.set(at(date(2026, 6, 11)))
    signed_out(client)
    body = await as_user(
        client,
        "spj.officer",
        REVOKE,
        {"input": revoke | {"judicialReferral": True, "referralNote": "涉嫌伪造材料。"}},
    )
    revoked = body["data"]["revokeCommitment"]["commitment"]
    assert revoked == {
        "status": "REVOKED",
        "revocationReason": "OVERDUE",
        "judicialReferral": True,
        "creditRecord": {"source": "OVERDUE_COMMITMENT"},
        "blacklistEntry": None,
    }


async def test_k1_checks_and_commitments_read_by_department_coordinator_and_auditor(
    client: httpx.AsyncClient, county: tuple[County, Items]
) -> None:
    county_, items = county
    await make_commitment(county_, items, await credit_check(county_, NUMBER))
    for username, seen in [("spj.officer", 1), ("coordinator", 1), ("auditor", 1), ("scj.sup", 0)]:
        body = await as_user(client, username, CHECKS, {})
        assert len(body["data"]["creditChecks"]["edges"]) == seen, username
        body = await as_user(client, username, LIST, {})
        assert len(body["data"]["commitments"]["edges"]) == seen, username
    body = await as_user(client, "coordinator", LIST, {"filter": {"status": "REVOKED"}})
    assert body["data"]["commitments"]["edges"] == []


async def test_k2_a_page_of_10_and_of_100_commitments_issue_the_same_number_of_queries(
    client: httpx.AsyncClient, county: tuple[County, Items]
) -> None:
    county_, items = county
    check = await credit_check(county_, NUMBER)
    for serial in range(100):
        await make_commitment(county_, items, check, licensee_name=f"示例公司{serial}")
    counts = []
    for size in (10, 100):
        await sign_in(client, "spj.officer")
        with count_queries() as counted:
            body = await gql(client, LIST, {"first": size})
        assert len(body["data"]["commitments"]["edges"]) == size
        counts.append(counted.count)
    assert counts[0] == counts[1], counts


VERIFY = """
mutation($input: RecordCommitmentVerificationInput!) {
  recordCommitmentVerification(input: $input) {
    __typename
    ... on RecordCommitmentVerificationSuccess {
      commitment { status verificationOutcome resultLateWorkingDays }
    }
    ... on Error { code message field }
  }
}
"""


async def test_k4_the_supervision_department_records_the_verification(
    client: httpx.AsyncClient, county: tuple[County, Items]
) -> None:
    from domain.catalogue.rules import CommitmentMode
    from domain.commitments.services import commitments as services
    from domain.linkage.services import claims
    from tests.commitment_factories import issue_data

    county_, items = county
    row = await make_commitment(
        county_,
        items,
        await credit_check(county_, NUMBER),
        mode=CommitmentMode.POST_VERIFICATION,
        materials=[],
        due_on=None,
    )
    row = await services.issue_committed_license(
        county_.actor("spj.officer"), issue_data(row, handed_in_materials=[])
    )
    await claims.claim_push(county_.actor("scj.sup"), row.push_id)
    data = {
        "commitmentId": to_global_id("Commitment", row.id),
        "outcome": "UNTRUE",
        "verifiedAt": "2026-06-01T09:00:00+08:00",  # before the push: refused
        "summary": "经营场所与承诺不符。",
    }
    body = await as_user(client, "scj.sup", VERIFY, {"input": data})
    assert body["data"]["recordCommitmentVerification"]["field"] == "verifiedAt"
    data["verifiedAt"] = "2026-06-01T10:00:00+08:00"
    body = await as_user(client, "scj.sup", VERIFY, {"input": data})
    assert body["data"]["recordCommitmentVerification"]["field"] == "rectificationDueOn"
    body = await as_user(
        client, "scj.sup", VERIFY, {"input": data | {"rectificationDueOn": "2026-06-15"}}
    )
    assert "commitment" in body["data"]["recordCommitmentVerification"], body
    assert body["data"]["recordCommitmentVerification"]["commitment"] == {
        "status": "UNTRUE",
        "verificationOutcome": "UNTRUE",
        "resultLateWorkingDays": 0,
    }
