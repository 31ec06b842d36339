"""A list query issues the same number of SQL statements for 10 rows and for 100."""

from __future__ import annotations

import httpx

from domain.accounts.actor import Role
from domain.accounts.models import User
from domain.clock import utc_now
from tests.factories import login, make_department, make_user
from tests.sqlcount import count_queries

USERS = """
query Users($first: Int!) {
  users(first: $first) {
    edges { cursor node { id username roles department { id code name kind } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


async def test_users_page_of_10_and_of_100_issue_the_same_statements(
    client: httpx.AsyncClient,
) -> None:
    departments = [await make_department(code) for code in ("SPJ", "SCJ", "XTZ")]
    await make_user("admin", {Role.SYSTEM_ADMIN})
    now = utc_now()
    await User.bulk_create(
        [
            User(
                username=f"u{i:03d}",
                display_name=f"用户{i}",
                department_id=departments[i % 3].id,
                roles=[Role.SUPERVISOR.value],
                password_hash="-",
                created_at=now,
                updated_at=now,
            )
            for i in range(120)
        ]
    )
    await login(client, "admin")
    counts = {}
    for first in (10, 100):
        with count_queries() as counted:
            response = await client.post(
                "/graphql", json={"query": USERS, "variables": {"first": first}}
            )
        body = response.json()
        assert "errors" not in body, body
        edges = body["data"]["users"]["edges"]
        assert len(edges) == first
        assert {e["node"]["department"]["code"] for e in edges[1:]} == {"SPJ", "SCJ", "XTZ"}
        counts[first] = counted.count
    assert counts[10] == counts[100], counts
