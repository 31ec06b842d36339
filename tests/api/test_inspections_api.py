"""Random inspection (R4) through /graphql: the pool, a plan drawn with its targets,
inspectors and RANDOM_INSPECTION tasks, the draw's check, publication and the public
results without login (a person's ID number masked); who may plan (a matrix); typed
errors that change nothing; the SQL count of a page of 10 and of 100."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.catalogue.models import CatalogueLink
from domain.credit.rules import CreditGrade
from domain.inspections import services as inspections
from domain.inspections.models import InspectionPlan, InspectionTarget
from domain.linkage.models import SupervisionTask
from domain.linkage.rules import LicenseeData, ResultKind
from domain.linkage.services import feedback, pushes
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.inspection_factories import county_with_licensees, make_plan, set_pool
from tests.linkage_factories import company_number, decision, person_number
from tests.results_factories import result
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

SET_INSPECTORS = """
mutation($input: SetInspectorsInput!) {
  setInspectors(input: $input) {
    __typename
    ... on SetInspectorsSuccess { inspectors { username displayName } }
    ... on Error { code message field }
  }
}
"""

CREATE = """
mutation($input: CreateInspectionPlanInput!) {
  createInspectionPlan(input: $input) {
    __typename
    ... on CreateInspectionPlanSuccess {
      inspectionPlan { id name status seed rates { grade ratePercent } inspectorsPerTarget
                       workingDays supervisionItem { code } department { code } canAct }
    }
    ... on Error { code message field }
  }
}
"""

DRAW = """
mutation($input: DrawInspectionInput!) {
  drawInspection(input: $input) {
    __typename
    ... on DrawInspectionSuccess { inspectionPlan { id status seed candidateCount } }
    ... on Error { code message field }
  }
}
"""

PUBLISH = """
mutation($input: PublishInspectionResultsInput!) {
  publishInspectionResults(input: $input) {
    __typename
    ... on PublishInspectionResultsSuccess { inspectionPlan { status publishedAt } }
    ... on Error { code message field }
  }
}
"""

PLAN = """
query($id: ID!) {
  node(id: $id) {
    ... on InspectionPlan {
      name status seed drawCheck { matches seed }
      targets { position grade publishedResult licensee { name number }
                inspectors { username } task { id origin status title } }
    }
  }
}
"""

PLANS = """
query($first: Int, $after: String) {
  inspectionPlans(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status canAct department { code } supervisionItem { name }
            targets { grade licensee { name creditGrade { grade } } inspectors { username }
                      task { status origin } } }
  }
}
"""

PUBLIC = """
query($first: Int) {
  publishedInspections(first: $first) {
    nodes { name departmentName supervisionItemName drawnAt publishedAt
            targets { licenseeName licenseeNumber result pending } }
  }
}
"""


@pytest.fixture
async def county(client: httpx.AsyncClient) -> tuple[County, int]:
    signed_out(client)
    await calendar_services.seed_from_package()
    county, _, item_id = await county_with_licensees(3)
    return county, item_id


async def as_user(
    client: httpx.AsyncClient, username: str | None, query: str, variables: Any
) -> Any:
    csrf = await sign_in(client, username)
    body = await gql(client, query, variables, csrf=csrf)
    assert "errors" not in body, body
    return body["data"]


def gid(type_name: str, pk: int) -> str:
    return to_global_id(type_name, pk)


async def test_r4_pool_plan_draw_check_publish_and_public_results(
    client: httpx.AsyncClient, county: tuple[County, int]
) -> None:
    c, item_id = county
    users = [gid("User", c.users[n].id) for n in ("scj.sup", "scj.admin")]
    data = await as_user(client, "scj.admin", SET_INSPECTORS, {"input": {"userIds": users}})
    assert [u["username"] for u in data["setInspectors"]["inspectors"]] == ["scj.sup", "scj.admin"]
    data = await as_user(
        client,
        "scj.admin",
        CREATE,
        {
            "input": {
                "supervisionItemId": gid("SupervisionItem", item_id),
                "name": "2026 年食品经营双随机抽查",
                "rates": [{"grade": "A", "ratePercent": 100}],
                "workingDays": 15,
            }
        },
    )
    plan = data["createInspectionPlan"]["inspectionPlan"]
    assert plan["status"] == "DRAFT" and plan["seed"] is None and plan["canAct"]
    assert plan["rates"][0] == {"grade": "A", "ratePercent": 100}
    assert plan["rates"][3] == {"grade": "D", "ratePercent": 50}
    assert (plan["department"]["code"], plan["workingDays"], plan["inspectorsPerTarget"]) == (
        "SCJ",
        15,
        2,
    )
    data = await as_user(client, "scj.sup", DRAW, {"input": {"planId": plan["id"], "seed": "bk"}})
    drawn = data["drawInspection"]["inspectionPlan"]
    assert (drawn["status"], drawn["seed"], drawn["candidateCount"]) == ("DRAWN", "bk", 3)
    data = await as_user(client, "coordinator", PLAN, {"id": plan["id"]})
    node = data["node"]
    assert node["drawCheck"] == {"matches": True, "seed": "bk"}
    assert [t["position"] for t in node["targets"]] == [1, 2, 3]
    for target in node["targets"]:
        assert target["grade"] == "A" and target["publishedResult"] is None
        assert len({i["username"] for i in target["inspectors"]}) == 2
        assert target["task"]["origin"] == "RANDOM_INSPECTION"
        assert target["task"]["status"] == "IN_PROGRESS"
    first = await InspectionTarget.filter(plan_id__isnull=False).order_by("position").first()
    assert first is not None
    acted = datetime.combine(date(2026, 6, 1), time(10, 0), SHANGHAI)
    await feedback.feed_back_task(
        c.actor("scj.sup"), first.task_id or 0, result(ResultKind.COMPLIANT, acted)
    )
    data = await as_user(client, "scj.admin", PUBLISH, {"input": {"planId": plan["id"]}})
    assert data["publishInspectionResults"]["inspectionPlan"]["status"] == "PUBLISHED"
    data = await as_user(client, None, PUBLIC, {"first": 10})  # no login
    [public] = data["publishedInspections"]["nodes"]
    assert public["name"] == "2026 年食品经营双随机抽查"
    assert public["departmentName"] == c.scj.name
    assert [(t["result"], t["pending"]) for t in public["targets"]] == [
        ("COMPLIANT", False),
        (None, True),
        (None, True),
    ]


async def test_r4_a_persons_id_number_is_masked_on_the_public_page(
    client: httpx.AsyncClient, county: tuple[County, int]
) -> None:
    c, item_id = county
    catalogue = await _catalogue_of(item_id)
    person = dataclasses.replace(
        decision(catalogue, "BK-P-1"),
        licensee=LicenseeData(
            number=person_number(7),
            name="张示例",
            contact_phone="13800000000",
            address="湖北省襄阳市保康县城关镇",
            legal_representative="",
        ),
    )
    await pushes.record_approval_decision(c.actor("spj.officer"), person)
    await set_pool(c)
    plan = await make_plan(c, item_id, rates={CreditGrade.A: 100})
    await inspections.draw_plan(c.actor("scj.admin"), plan.id)
    await inspections.publish_results(c.actor("scj.admin"), plan.id)
    data = await as_user(client, None, PUBLIC, {"first": 10})
    [public] = data["publishedInspections"]["nodes"]
    numbers = [(t["licenseeName"], t["licenseeNumber"]) for t in public["targets"]]
    masked = person_number(7)[:6] + "*" * 8 + person_number(7)[-4:]
    assert ("张示例", masked) in numbers
    assert sorted(n for _, n in numbers if "*" not in n) == [company_number(i) for i in (1, 2, 3)]


async def _catalogue_of(item_id: int) -> int:
    """The handling item linked to the supervision item."""
    link = await CatalogueLink.filter(supervision_sub_item__supervision_item_id=item_id).first()
    assert link is not None
    return link.handling_item_id


MATRIX = {
    "scj.admin": "CreateInspectionPlanSuccess",
    "scj.sup": "CreateInspectionPlanSuccess",
    "zjj.sup": "PermissionDeniedError",
    "spj.officer": "PermissionDeniedError",
    "coordinator": "PermissionDeniedError",
    "auditor": "PermissionDeniedError",
    "admin": "PermissionDeniedError",
}


@pytest.mark.parametrize("username", sorted(MATRIX))
async def test_r4_who_may_create_a_plan(
    client: httpx.AsyncClient, county: tuple[County, int], username: str
) -> None:
    _, item_id = county
    variables = {"input": {"supervisionItemId": gid("SupervisionItem", item_id), "name": "抽查"}}
    data = await as_user(client, username, CREATE, variables)
    assert data["createInspectionPlan"]["__typename"] == MATRIX[username]


async def test_r4_typed_errors_change_nothing(
    client: httpx.AsyncClient, county: tuple[County, int]
) -> None:
    c, item_id = county
    await set_pool(c, "scj.sup")  # one inspector; two are needed per target
    plan = await make_plan(c, item_id)
    await sign_in(client, "scj.admin")  # a login is audited too
    before = (await AuditEvent.all().count(), await SupervisionTask.all().count())
    cases = [
        (DRAW, {"planId": gid("InspectionPlan", plan.id)}, "InvalidInputError", "inspectors"),
        (DRAW, {"planId": gid("InspectionPlan", 999)}, "NotFoundError", "planId"),
        (DRAW, {"planId": gid("Push", plan.id)}, "InvalidInputError", "planId"),
        (
            DRAW,
            {"planId": gid("InspectionPlan", plan.id), "seed": " "},
            "InvalidInputError",
            "seed",
        ),
        (PUBLISH, {"planId": gid("InspectionPlan", plan.id)}, "ConflictError", "planId"),
        (
            CREATE,
            {"supervisionItemId": gid("SupervisionItem", item_id), "name": ""},
            "InvalidInputError",
            "name",
        ),
    ]
    for query, variables, typename, field in cases:
        data = await as_user(client, "scj.admin", query, {"input": variables})
        answer = next(iter(data.values()))
        assert (answer["__typename"], answer["field"]) == (typename, field), answer
    assert (await AuditEvent.all().count(), await SupervisionTask.all().count()) == before
    assert (await InspectionPlan.get(id=plan.id)).seed == ""
    token = await make_api_token("看板", c.scj)
    await sign_in(client, None)
    body = await gql(
        client, DRAW, {"input": {"planId": gid("InspectionPlan", plan.id)}}, token=token
    )
    assert body["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"
    assert (await InspectionPlan.get(id=plan.id)).status == "DRAFT"


async def test_r4_plan_pages_of_10_and_100_issue_the_same_sql(
    client: httpx.AsyncClient, county: tuple[County, int]
) -> None:
    c, item_id = county
    await set_pool(c)
    for n in range(100):
        plan = await make_plan(c, item_id, name=f"抽查 {n}", rates={CreditGrade.A: 100})
        if n >= 97:
            await inspections.draw_plan(c.actor("scj.admin"), plan.id)
            await inspections.publish_results(c.actor("scj.admin"), plan.id)
    csrf = await sign_in(client, "scj.admin")
    counts = {}
    for first in (10, 100):
        with count_queries() as counted:
            body = await gql(client, PLANS, {"first": first}, csrf=csrf)
        assert "errors" not in body, body
        assert len(body["data"]["inspectionPlans"]["nodes"]) == first
        counts[first] = counted.count
    assert counts[10] == counts[100] and counts[100] <= 12, counts
    await sign_in(client, None)
    with count_queries() as counted:
        body = await gql(client, PUBLIC, {"first": 100})
    assert len(body["data"]["publishedInspections"]["nodes"]) == 3
    assert counted.count <= 5, counted.statements
