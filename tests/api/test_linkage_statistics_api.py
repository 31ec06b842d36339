"""linkageStatistics through /graphql (A3): an external dashboard with an API token
(``Authorization: Bearer``), a department's token limited to its row, typed errors, and
a constant number of SQL statements for 2 and for 12 departments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.accounts.actor import DepartmentKind
from domain.accounts.models import Department
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.linkage.models import Dispute, Licensee, Push
from domain.linkage.rules import DisputeStatus, LicenseeKind, PushStatus
from domain.linkage.services import claims
from tests.catalogue_factories import signed_out
from tests.factories import gql, make_api_token, make_department
from tests.linkage_factories import company_number, make_linked_county, record
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

STATISTICS = """
query Statistics($from: Date!, $to: Date!, $departmentId: ID) {
  linkageStatistics(from: $from, to: $to, departmentId: $departmentId) {
    from to at
    rows {
      department { code name }
      pushesReceived claimedOnTime claimedLate unclaimedOverdue
      tasksFedBackOnTime tasksFedBackLate tasksOpenOverdue sameDayFeedbackLate
      reversePushesOnTime reversePushesLate reverseClaimsLate openDisputes
    }
    total { department { code } pushesReceived claimedOnTime claimedLate openDisputes }
  }
}
"""

JUNE = {"from": "2026-06-01", "to": "2026-06-30"}


def by_code(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["department"]["code"]: row for row in data["linkageStatistics"]["rows"]}


@pytest.fixture
async def county_with_claims(client: httpx.AsyncClient, clock: FixedClock) -> Any:
    signed_out(client)
    county, catalogue = await make_linked_county()
    clock.set(datetime(2026, 6, 1, 10, 0, tzinfo=SHANGHAI))
    on_time = await record(county, catalogue, "BK-1", serial=1)
    late = await record(county, catalogue, "BK-2", serial=2)
    returned = await record(county, catalogue, "BK-3", serial=3)
    await claims.claim_push(county.actor("scj.sup"), on_time.id)
    await claims.return_push(county.actor("scj.sup"), returned.id, "不属于本部门职责")
    clock.set(datetime(2026, 6, 8, 9, 0, tzinfo=SHANGHAI))  # 2 working days late
    await claims.claim_push(county.actor("scj.sup"), late.id)
    return county


async def test_a3_an_unlimited_api_token_reads_every_department_over_http(
    client: httpx.AsyncClient, county_with_claims: Any
) -> None:
    secret = await make_api_token("统计大屏")
    body = await gql(client, STATISTICS, JUNE, token=secret)
    assert "errors" not in body, body
    data = body["data"]
    assert (data["linkageStatistics"]["from"], data["linkageStatistics"]["to"]) == (
        "2026-06-01",
        "2026-06-30",
    )
    rows = by_code(data)
    assert list(rows) == ["SPJ", "SCJ", "ZJJ"]
    scj = rows["SCJ"]
    assert (scj["pushesReceived"], scj["claimedOnTime"], scj["claimedLate"]) == (3, 1, 1)
    assert (scj["unclaimedOverdue"], scj["openDisputes"]) == (0, 1)
    assert rows["ZJJ"]["pushesReceived"] == 0
    total = data["linkageStatistics"]["total"]
    assert total == {
        "department": None,
        "pushesReceived": 3,
        "claimedOnTime": 1,
        "claimedLate": 1,
        "openDisputes": 1,
    }


async def test_a3_a_department_token_sees_only_its_row(
    client: httpx.AsyncClient, county_with_claims: Any
) -> None:
    county = county_with_claims
    secret = await make_api_token("住建局看板", department=county.zjj)
    body = await gql(client, STATISTICS, JUNE, token=secret)
    assert "errors" not in body, body
    assert list(by_code(body["data"])) == ["ZJJ"]
    assert body["data"]["linkageStatistics"]["total"]["pushesReceived"] == 0
    other = await gql(
        client,
        STATISTICS,
        {**JUNE, "departmentId": to_global_id("Department", county.scj.id)},
        token=secret,
    )
    assert other["data"] is None
    assert other["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


async def test_a3_typed_errors_period_too_long_and_not_signed_in(
    client: httpx.AsyncClient, county_with_claims: Any
) -> None:
    secret = await make_api_token()
    body = await gql(client, STATISTICS, {"from": "2023-01-01", "to": "2026-06-30"}, token=secret)
    assert body["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": "to"}
    anonymous = await gql(client, STATISTICS, JUNE)
    assert anonymous["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"


async def _departments_with_records(first: int, count: int) -> None:
    """Supervision departments ``D{first}`` … (``count`` of them), each with pushes of
    every kind counted (claimed on time, late, overdue, returned)."""
    county_spj = await Department.get(code="SPJ")
    now = datetime(2026, 6, 10, 10, 0, tzinfo=SHANGHAI)
    licensee = await Licensee.create(
        kind=LicenseeKind.COMPANY,
        number=company_number(900 + first),
        name="保康县示例公司",
        created_at=now,
        updated_at=now,
    )
    for n in range(first, first + count):
        department = await make_department(f"D{n:02d}", kind=DepartmentKind.SUPERVISION)
        kinds = [
            (PushStatus.CLAIMED, 0),
            (PushStatus.CLAIMED, 2),
            (PushStatus.TO_CLAIM, None),
            (PushStatus.RETURNED, 0),
        ]
        for i, (status, late) in enumerate(kinds):
            push = await Push.create(
                document_number=f"D{n:02d}-{i}",
                approval_department_id=county_spj.id,
                licensee_id=licensee.id,
                handling_item_id=1,
                handling_item_code="F-1-01",
                handling_item_name="新办",
                approval_item_name="食品经营许可",
                department_id=department.id,
                license_date=now.date(),
                valid_from=now.date(),
                license_content="食品销售",
                pushed_at=now,
                status=status,
                claim_due_at=datetime(2026, 6, 5, 23, 59, 59, tzinfo=SHANGHAI),
                claimed_at=now if status == PushStatus.CLAIMED else None,
                claim_late_working_days=late,
                updated_at=now,
            )
            if status == PushStatus.RETURNED:
                await Dispute.create(
                    push_id=push.id,
                    department_id=department.id,
                    reason="不属于本部门",
                    status=DisputeStatus.OPEN,
                    opened_at=now,
                )


async def test_a3_sql_statements_are_constant_for_2_and_12_departments(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    signed_out(client)
    clock.set(datetime(2026, 6, 12, 10, 0, tzinfo=SHANGHAI))
    await make_department("SPJ", kind=DepartmentKind.APPROVAL)
    secret = await make_api_token()
    counts: dict[int, int] = {}
    await _departments_with_records(0, 1)  # SPJ + 1 supervision department = 2 rows
    await gql(client, STATISTICS, JUNE, token=secret)  # the token's first use is noted once
    for departments in (2, 12):
        if departments == 12:
            await _departments_with_records(1, 10)
        with count_queries() as counted:
            body = await gql(client, STATISTICS, JUNE, token=secret)
        assert "errors" not in body, body
        rows = body["data"]["linkageStatistics"]["rows"]
        assert len(rows) == departments
        for row in rows[1:]:  # every supervision department: 1 on time, 1 late, 1 overdue
            assert (
                row["pushesReceived"],
                row["claimedOnTime"],
                row["claimedLate"],
                row["unclaimedOverdue"],
                row["openDisputes"],
            ) == (4, 1, 1, 1, 1), row
        counts[departments] = counted.count
    assert counts[2] == counts[12], counts
    assert counts[12] <= 10, counts
