"""Reverse pushes (P5) through /graphql: push, queue, claim (late recorded, T4), typed
errors that change nothing, who sees what (A2, P6); the queue's SQL count."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.attachments.models import Attachment
from domain.audit.models import AuditEvent
from domain.clock import FixedClock, utc_now
from domain.deadlines.models import Deadline, DeadlineRule
from domain.linkage.models import Licensee, LinkageEvent, Push, ReversePush
from domain.linkage.rules import LicenseeKind, ReversePushKind, ReversePushStatus
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.linkage_factories import Catalogue, company_number, make_linked_county, record
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

PUSH_REVERSE = """
mutation Push($input: ReversePushInput!) {
  reversePush(input: $input) {
    __typename
    ... on ReversePushSuccess {
      reversePush {
        id kind status documentNumber decisionDate content
        department { code } approvalDepartment { code }
        licensee { number contactPhone } push { documentNumber }
        pushDue { workingDaysLate overdue }
        claimDue { dueAt overdue workingDaysLate }
        attachments { fileName }
      }
    }
    ... on Error { code message field }
  }
}
"""

CLAIM = """
mutation Claim($input: ClaimReversePushInput!) {
  claimReversePush(input: $input) {
    __typename
    ... on ClaimReversePushSuccess {
      reversePush { status claimedAt claimDue { overdue workingDaysLate } }
    }
    ... on Error { code message field }
  }
}
"""

QUEUE = """
query($filter: ReversePushFilter, $first: Int) {
  reversePushes(filter: $filter, first: $first) {
    pageInfo { hasNextPage }
    nodes {
      id documentNumber kind status claimDue { dueAt overdue } pushDue { workingDaysLate }
      department { code } approvalDepartment { code }
      licensee { number name contactPhone contactMasked }
      push { documentNumber }
      attachments { fileName url }
    }
  }
}
"""


@pytest.fixture
async def loop(client: httpx.AsyncClient) -> tuple[County, Catalogue]:
    signed_out(client)
    return await make_linked_county()


async def as_user(client: httpx.AsyncClient, username: str, query: str, variables: Any) -> Any:
    csrf = await sign_in(client, username)
    body = await gql(client, query, variables, csrf=csrf)
    assert "errors" not in body, body
    return body["data"]


def reverse_input(number: str = "保市监罚〔2026〕1号", **kw: Any) -> Any:
    return {
        "input": {
            "kind": "PENALTY",
            "documentNumber": number,
            "licenseeNumber": company_number(1),
            "decisionDate": "2026-06-01",
            "content": "超范围经营，罚款人民币五千元。",
            **kw,
        }
    }


async def _state() -> tuple[object, ...]:
    return (
        await ReversePush.all().order_by("id").values_list("status", "claimed_at"),
        await Push.all().values_list("license_status", flat=True),
        await Licensee.all().count(),
        await Deadline.all().count(),
        await AuditEvent.exclude(target_type="Session").count(),  # signing in is audited
        await LinkageEvent.all().count(),
        await Attachment.filter(owner_type__isnull=False).count(),
    )


async def test_p5_push_claim_and_queue_through_graphql(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue], clock: FixedClock
) -> None:
    county, catalogue = loop
    push = await record(county, catalogue, "BK-1")
    push_id = to_global_id("Push", push.id)
    csrf = await sign_in(client, "scj.sup")
    uploaded = await client.post(
        "/files/attachments",
        params={"fileName": "行政处罚决定书.pdf"},
        content=b"%PDF-1.7 penalty",
        headers={"X-CSRF-Token": csrf or ""},
    )
    attachment_id = uploaded.json()["id"]
    data = await as_user(
        client,
        "scj.sup",
        PUSH_REVERSE,
        reverse_input(kind="LICENSE_REVOKED", pushId=push_id, attachmentIds=[attachment_id]),
    )
    result = data["reversePush"]
    assert result["__typename"] == "ReversePushSuccess", result
    row = result["reversePush"]
    assert (row["kind"], row["status"], row["department"], row["approvalDepartment"]) == (
        "LICENSE_REVOKED",
        "TO_CLAIM",
        {"code": "SCJ"},
        {"code": "SPJ"},
    )
    assert row["pushDue"] == {"workingDaysLate": 0, "overdue": False}
    assert row["claimDue"]["overdue"] is False and row["claimDue"]["workingDaysLate"] is None
    assert row["attachments"] == [{"fileName": "行政处罚决定书.pdf"}]
    assert row["licensee"] == {"number": company_number(1), "contactPhone": "13812345678"}
    assert row["push"]["documentNumber"] == "BK-1"
    assert (await Push.get(id=push.id)).license_status == "REVOKED"

    # The approval department's queue: masked contact for an uninvolved reader only.
    inbox = (await as_user(client, "spj.officer", QUEUE, {"filter": {"status": "TO_CLAIM"}}))[
        "reversePushes"
    ]["nodes"]
    assert [n["id"] for n in inbox] == [row["id"]]
    assert inbox[0]["licensee"]["contactMasked"] is False
    assert (await as_user(client, "zjj.sup", QUEUE, {}))["reversePushes"]["nodes"] == []
    audited = (await as_user(client, "auditor", QUEUE, {}))["reversePushes"]["nodes"]
    assert audited[0]["licensee"]["contactPhone"] == "138****5678"
    node = await as_user(
        client, "spj.officer", "query($id: ID!) { node(id: $id) { id } }", {"id": row["id"]}
    )
    assert node["node"] == {"id": row["id"]}
    hidden = await as_user(
        client, "zjj.sup", "query($id: ID!) { node(id: $id) { id } }", {"id": row["id"]}
    )
    assert hidden["node"] is None

    # Claimed on Fri 5 June, 4 days after Mon 1 June: due Thu 4 June, 1 working day late.
    clock.advance(timedelta(days=4))
    claimed = await as_user(client, "spj.officer", CLAIM, {"input": {"reversePushId": row["id"]}})
    assert claimed["claimReversePush"]["__typename"] == "ClaimReversePushSuccess", claimed
    assert claimed["claimReversePush"]["reversePush"]["status"] == "CLAIMED"
    assert claimed["claimReversePush"]["reversePush"]["claimDue"] == {
        "overdue": True,
        "workingDaysLate": 1,
    }
    late = (await as_user(client, "coordinator", QUEUE, {"filter": {"overdue": True}}))[
        "reversePushes"
    ]["nodes"]
    assert [n["id"] for n in late] == [row["id"]]


DUE_STATES = """
query($id: ID!) {
  node(id: $id) {
    ... on ReversePush {
      pushDue { overdue workingDaysLate light }
      claimDue { overdue workingDaysLate light }
    }
  }
}
"""


async def test_t4_a2_a_reverse_push_done_on_time_has_no_light_and_is_not_overdue(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue], clock: FixedClock
) -> None:
    await record(*loop, "BK-1")  # the licensee
    pushed = await as_user(client, "scj.sup", PUSH_REVERSE, reverse_input())
    reverse_id = pushed["reversePush"]["reversePush"]["id"]
    seen = (await as_user(client, "spj.officer", DUE_STATES, {"id": reverse_id}))["node"]
    # Pushed on the decision day: done, on time, no light; the claim is still open (A2).
    assert seen["pushDue"] == {"overdue": False, "workingDaysLate": 0, "light": "NONE"}
    assert seen["claimDue"] == {"overdue": False, "workingDaysLate": None, "light": "GREEN"}
    clock.advance(timedelta(days=1))
    signed_out(client)  # the session has lapsed by now
    claimed = await as_user(client, "spj.officer", CLAIM, {"input": {"reversePushId": reverse_id}})
    assert claimed["claimReversePush"]["__typename"] == "ClaimReversePushSuccess", claimed
    clock.advance(timedelta(days=30))  # long past both due times: still on time, no light
    signed_out(client)
    seen = (await as_user(client, "spj.officer", DUE_STATES, {"id": reverse_id}))["node"]
    assert seen["pushDue"] == {"overdue": False, "workingDaysLate": 0, "light": "NONE"}
    assert seen["claimDue"] == {"overdue": False, "workingDaysLate": 0, "light": "NONE"}


async def test_p5_typed_errors_change_nothing(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    push = await record(county, catalogue, "BK-1")
    before = await _state()
    cases: list[tuple[str, Any, str, str | None]] = [
        ("spj.officer", reverse_input(), "PERMISSION_DENIED", None),
        (
            "zjj.sup",
            reverse_input(pushId=to_global_id("Push", push.id)),
            "NOT_RESPONSIBLE_DEPARTMENT",
            None,
        ),
        ("scj.sup", reverse_input(decisionDate="2026-06-02"), "INVALID_INPUT", "decisionDate"),
        ("scj.sup", reverse_input(content="  "), "INVALID_INPUT", "content"),
        (
            "scj.sup",
            reverse_input(licenseeNumber=company_number(99)),
            "INVALID_INPUT",
            "licenseeName",
        ),
        ("scj.sup", reverse_input(pushId="bm9wZQ=="), "INVALID_INPUT", "pushId"),
        (
            "scj.sup",
            reverse_input(attachmentIds=[to_global_id("Attachment", 4242)]),
            "INVALID_INPUT",
            "attachmentIds",
        ),
    ]
    for username, variables, code, field in cases:
        data = await as_user(client, username, PUSH_REVERSE, variables)
        result = data["reversePush"]
        assert (result["code"], result["field"]) == (code, field), (username, result)
    assert await _state() == before

    created = await as_user(client, "scj.sup", PUSH_REVERSE, reverse_input())
    reverse_id = created["reversePush"]["reversePush"]["id"]
    after = await _state()
    for username, code in (
        ("scj.sup", "PERMISSION_DENIED"),
        ("auditor", "PERMISSION_DENIED"),
    ):
        data = await as_user(client, username, CLAIM, {"input": {"reversePushId": reverse_id}})
        assert data["claimReversePush"]["code"] == code
    claimed = await as_user(client, "spj.admin", CLAIM, {"input": {"reversePushId": reverse_id}})
    assert claimed["claimReversePush"]["__typename"] == "ClaimReversePushSuccess"
    after_claim = await _state()
    assert after_claim != after
    again = await as_user(client, "spj.officer", CLAIM, {"input": {"reversePushId": reverse_id}})
    assert again["claimReversePush"]["code"] == "REVERSE_PUSH_STATE_INVALID"
    assert again["claimReversePush"]["__typename"] == "ConflictError"
    assert await _state() == after_claim

    # API tokens read the queue of their department and change nothing.
    await sign_in(client, None)
    token = await make_api_token(department=county.spj)
    zjj_token = await make_api_token("住建看板", department=county.zjj)
    with_tokens = await _state()
    listed = await gql(client, QUEUE, {}, token=token)
    assert [n["id"] for n in listed["data"]["reversePushes"]["nodes"]] == [reverse_id]
    assert listed["data"]["reversePushes"]["nodes"][0]["licensee"]["contactMasked"] is True
    refused = await gql(client, PUSH_REVERSE, reverse_input("保市监罚〔2026〕2号"), token=token)
    assert refused["data"] is None
    assert refused["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"
    other = await gql(client, QUEUE, {}, token=zjj_token)
    assert other["data"]["reversePushes"]["nodes"] == []
    assert await _state() == with_tokens


ROWS = 120


async def _fill(county: County, catalogue: Catalogue) -> None:
    now = utc_now()
    await Licensee.bulk_create(
        [
            Licensee(
                kind=LicenseeKind.COMPANY,
                number=company_number(i),
                name=f"公司{i}",
                contact_phone="13812345678",
                created_at=now,
                updated_at=now,
            )
            for i in range(ROWS)
        ]
    )
    licensees = await Licensee.all().order_by("id").values_list("id", flat=True)
    await Push.bulk_create(
        [
            Push(
                document_number=f"BK-{i:04d}",
                approval_department_id=county.spj.id,
                licensee_id=licensees[i],
                handling_item_id=catalogue.routed,
                handling_item_code="F-1-01",
                handling_item_name="新办",
                approval_item_name="食品经营许可",
                department_id=county.scj.id,
                license_date=now.date(),
                valid_from=now.date(),
                license_content="食品销售",
                pushed_at=now,
                status="CLAIMED",
                claim_due_at=now,
                updated_at=now,
            )
            for i in range(ROWS)
        ]
    )
    pushes = await Push.all().order_by("id").values_list("id", flat=True)
    await Deadline.bulk_create(
        [
            Deadline(
                subject_type="ReversePush",
                subject_id=i,
                kind="reverse_push.push",
                department_id=county.scj.id,
                rule=DeadlineRule.WORKING_DAYS,
                started_at=now,
                working_days=3,
                due_at=now + timedelta(days=3),
                closed_at=now,
                closed_late_by_working_days=0,
                created_at=now,
            )
            for i in range(ROWS)
        ]
    )
    deadlines = await Deadline.all().order_by("id").values_list("id", flat=True)
    await ReversePush.bulk_create(
        [
            ReversePush(
                kind=ReversePushKind.PENALTY,
                document_number=f"保市监罚-{i}",
                department_id=county.scj.id,
                approval_department_id=county.spj.id,
                licensee_id=licensees[i],
                push_id=pushes[i] if i % 2 else None,
                decision_date=now.date(),
                content="罚款",
                pushed_at=now,
                push_deadline_id=deadlines[i],
                status=ReversePushStatus.TO_CLAIM,
                claim_due_at=now + timedelta(hours=i),
                updated_at=now,
            )
            for i in range(ROWS)
        ]
    )
    reverse_ids = await ReversePush.all().order_by("id").values_list("id", flat=True)
    await Attachment.bulk_create(
        [
            Attachment(
                file_name=f"决定书{i}.pdf",
                content_type="application/pdf",
                size=10,
                sha256="0" * 64,
                uploaded_at=now,
                owner_type="ReversePush",
                owner_id=reverse_id,
                attached_at=now,
            )
            for i, reverse_id in enumerate(reverse_ids)
        ]
    )


async def test_p5_a2_the_reverse_queue_statements_do_not_grow_with_the_page(
    client: httpx.AsyncClient,
) -> None:
    signed_out(client)
    county, catalogue = await make_linked_county()
    await _fill(county, catalogue)
    csrf = await sign_in(client, "spj.officer")
    counts = {}
    for first in (10, 100):
        with count_queries() as counted:
            body = await gql(client, QUEUE, {"first": first}, csrf=csrf)
        assert "errors" not in body, body
        nodes = body["data"]["reversePushes"]["nodes"]
        assert len(nodes) == first
        assert all(len(n["attachments"]) == 1 for n in nodes)
        assert sum(n["push"] is not None for n in nodes) == first // 2
        counts[first] = counted.count
    assert counts[10] == counts[100], counts
    assert counts[100] <= 10, counts
