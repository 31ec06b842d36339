"""The push and task queues issue the same number of SQL statements for 10 rows and
for 100, with department, item, licensee and task (DataLoaders, no N+1)."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from domain.clock import utc_now
from domain.linkage.models import Licensee, Push, SupervisionTask
from domain.linkage.rules import LicenseeKind, PushStatus, TaskStatus
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql
from tests.linkage_factories import Catalogue, company_number, make_linked_county
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

ROWS = 120

QUEUE = """
query($first: Int) {
  pushes(first: $first) {
    pageInfo { hasNextPage }
    nodes {
      id documentNumber status claimDue { dueAt overdue }
      department { code } approvalDepartment { name }
      handlingItem { code approvalItem { name } }
      licensee { number name contactPhone }
      task { id due { dueAt } department { code } }
      openDispute { reason }
    }
  }
}
"""

TASKS = """
query($first: Int) {
  supervisionTasks(first: $first) {
    nodes { id due { dueAt } department { code } push { documentNumber licensee { name } } }
  }
}
"""


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
                status=PushStatus.CLAIMED if i % 2 else PushStatus.TO_CLAIM,
                claim_due_at=now + timedelta(hours=i),
                updated_at=now,
            )
            for i in range(ROWS)
        ]
    )
    claimed = await Push.filter(status=PushStatus.CLAIMED).values_list("id", flat=True)
    await SupervisionTask.bulk_create(
        [
            SupervisionTask(
                push_id=push_id,
                department_id=county.scj.id,
                status=TaskStatus.IN_PROGRESS,
                deadline_id=0,
                due_at=now + timedelta(days=40, hours=n),
                created_at=now,
                updated_at=now,
            )
            for n, push_id in enumerate(claimed)
        ]
    )


@pytest.mark.parametrize("query,field", [(QUEUE, "pushes"), (TASKS, "supervisionTasks")])
async def test_a2_queue_statements_do_not_grow_with_the_page(
    client: httpx.AsyncClient, query: str, field: str
) -> None:
    signed_out(client)
    county, catalogue = await make_linked_county()
    await _fill(county, catalogue)
    csrf = await sign_in(client, "scj.sup")
    counts = {}
    for first in (10, 100):
        with count_queries() as counted:
            body = await gql(client, query, {"first": first}, csrf=csrf)
        assert "errors" not in body, body
        assert len(body["data"][field]["nodes"]) == min(first, ROWS if field == "pushes" else 60)
        counts[first] = counted.count
    assert counts[10] == counts[100], counts
    assert counts[100] <= 10, counts
