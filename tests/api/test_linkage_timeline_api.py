"""Push.timeline through /graphql (A1) for the departments that read the push, and what a
department that returned a push still reads after it is reassigned (P3)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.linkage.services import claims
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql
from tests.linkage_factories import Catalogue, make_linked_county, record

pytestmark = pytest.mark.usefixtures("clock")

TIMELINE = """
query($id: ID!) {
  node(id: $id) {
    ... on Push {
      documentNumber
      timeline { seq at action actionLabel actorUsername department { code }
                 targetType targetId changedKeys summary }
    }
  }
}
"""

DISPUTES = """
{
  disputes(first: 10) {
    nodes { documentNumber reason status resolutionNote assignedDepartment { code }
            push { documentNumber task { id } } }
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


async def test_a1_the_supervising_and_approval_departments_read_the_timeline(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    push = await record(county, catalogue, "BK-1")
    await claims.claim_push(county.actor("scj.sup"), push.id)
    variables = {"id": to_global_id("Push", push.id)}
    for reader in ("scj.sup", "spj.officer", "coordinator"):
        node = (await as_user(client, reader, TIMELINE, variables))["node"]
        entries = node["timeline"]
        assert [e["action"] for e in entries] == [
            "deadline.open",
            "push.create",
            "deadline.close",
            "push.claim",
            "deadline.open",
            "task.create",
        ], reader
        claim = entries[3]
        assert claim["actionLabel"] == "认领推送"
        assert (claim["actorUsername"], claim["department"]) == ("scj.sup", {"code": "SCJ"})
        assert claim["targetType"] == "Push" and claim["targetId"] == str(push.id)
        assert "status" in claim["changedKeys"] and "status" in claim["summary"]
        assert entries[2]["actionLabel"] == "认领期限：办结计时"
    # Another supervision department does not read the push, nor its timeline.
    assert (await as_user(client, "zjj.sup", TIMELINE, variables))["node"] is None


async def test_p3_the_returning_department_keeps_its_dispute_not_the_reassigned_push(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    push = await record(county, catalogue, "BK-1")
    await claims.return_push(county.actor("scj.sup"), push.id, "不属于本部门职责")
    variables = {"id": to_global_id("Push", push.id)}
    # While the dispute is open the push is still routed to SCJ: it reads both.
    [open_] = (await as_user(client, "scj.sup", DISPUTES, {}))["disputes"]["nodes"]
    assert open_["push"] == {"documentNumber": "BK-1", "task": None}
    await claims.reassign_push(county.actor("coordinator"), push.id, county.zjj.id, "住建局负责")
    await claims.claim_push(county.actor("zjj.sup"), push.id)

    [resolved] = (await as_user(client, "scj.sup", DISPUTES, {}))["disputes"]["nodes"]
    assert resolved == {
        "documentNumber": "BK-1",
        "reason": "不属于本部门职责",
        "status": "RESOLVED",
        "resolutionNote": "住建局负责",
        "assignedDepartment": {"code": "ZJJ"},
        "push": None,  # the push's later details (task, results) are ZJJ's
    }
    assert (await as_user(client, "scj.sup", TIMELINE, variables))["node"] is None
    # The coordinator reads the dispute with its push; ZJJ reads the push and its history.
    [coordinated] = (await as_user(client, "coordinator", DISPUTES, {}))["disputes"]["nodes"]
    assert coordinated["push"]["task"] is not None
    timeline = (await as_user(client, "zjj.sup", TIMELINE, variables))["node"]["timeline"]
    assert [e["action"] for e in timeline if e["targetType"] != "Deadline"] == [
        "push.create",
        "push.return",
        "dispute.open",
        "push.reassign",
        "dispute.resolve",
        "push.claim",
        "task.create",
    ]
