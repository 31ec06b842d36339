"""In-app notifications (M1) through /graphql: each user reads and marks only their own
(the coordinator and the auditor too), newest first, the unread count, mark read by ids
or all, typed errors; the reminder templates for administrators; a page of 10 and of
100 cost the same SQL statements."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.audit.models import AuditEvent
from domain.clock import FixedClock, utc_now
from domain.reminders.models import Notification
from tests.catalogue_factories import County, make_county, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

NOTIFICATIONS = """
query($unreadOnly: Boolean! = false, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    nodes { id title body read readAt createdAt subjectType subjectId }
    pageInfo { hasNextPage endCursor }
  }
  unreadNotificationCount
}
"""

MARK = """
mutation($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    __typename
    ... on MarkNotificationsReadSuccess { notifications { id read } unreadCount }
    ... on Error { code field message }
  }
}
"""

TEMPLATES = "{ reminderTemplates { name channels subject text variables } }"


@pytest.fixture
async def county(client: httpx.AsyncClient) -> County:
    signed_out(client)
    return await make_county()


async def notify(county: County, username: str, count: int = 1, **values: Any) -> list[int]:
    """``count`` notifications for ``username`` (as the in-app delivery writes them), one
    second apart; their ids, oldest first."""
    ids = []
    for i in range(count):
        row = await Notification.create(
            user_id=county.users[username].id,
            title=values.get("title", f"认领即将到期 {i}"),
            body=values.get("body", f"请在期限前认领 {i}。"),
            subject_type=values.get("subject_type", "Push"),
            subject_id=values.get("subject_id", 100 + i),
            created_at=utc_now() + timedelta(seconds=i),
        )
        ids.append(row.id)
    return ids


def gid(pk: int) -> str:
    return to_global_id("Notification", pk)


async def test_m1_notifications_are_the_viewers_own_newest_first_with_the_unread_count(
    client: httpx.AsyncClient, county: County
) -> None:
    mine = await notify(county, "scj.sup", 3)
    await notify(county, "scj.admin", 2)  # same department: not the supervisor's
    await notify(county, "zjj.sup", 1)
    await sign_in(client, "scj.sup")
    data = (await gql(client, NOTIFICATIONS))["data"]
    nodes = data["notifications"]["nodes"]
    assert [n["id"] for n in nodes] == [gid(i) for i in reversed(mine)]
    assert nodes[0]["title"] == "认领即将到期 2"
    assert nodes[0]["read"] is False and nodes[0]["readAt"] is None
    assert (nodes[0]["subjectType"], nodes[0]["subjectId"]) == ("Push", to_global_id("Push", 102))
    assert data["unreadNotificationCount"] == 3


async def test_m1_coordinator_and_auditor_see_only_their_own_notifications(
    client: httpx.AsyncClient, county: County
) -> None:
    await notify(county, "scj.sup", 2)
    (coordinators,) = await notify(county, "coordinator", 1)
    for username, expected in (("coordinator", [gid(coordinators)]), ("auditor", [])):
        await sign_in(client, username)
        data = (await gql(client, NOTIFICATIONS))["data"]
        assert [n["id"] for n in data["notifications"]["nodes"]] == expected
        assert data["unreadNotificationCount"] == len(expected)


async def test_m1_anonymous_and_api_tokens_have_no_notifications(
    client: httpx.AsyncClient, county: County
) -> None:
    await notify(county, "scj.sup", 1)
    body = await gql(client, "{ unreadNotificationCount }")
    assert body["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"
    token = await make_api_token(department=county.scj)
    for query in ("{ unreadNotificationCount }", "{ notifications { nodes { id } } }"):
        body = await gql(client, query, token=token)
        assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


async def test_m1_node_of_another_users_notification_is_null(
    client: httpx.AsyncClient, county: County
) -> None:
    (theirs,) = await notify(county, "scj.admin", 1)
    (mine,) = await notify(county, "scj.sup", 1)
    await sign_in(client, "scj.sup")
    query = "query($id: ID!) { node(id: $id) { id ... on Notification { title } } }"
    assert (await gql(client, query, {"id": gid(mine)}))["data"]["node"]["id"] == gid(mine)
    assert (await gql(client, query, {"id": gid(theirs)}))["data"]["node"] is None


async def test_m1_unread_only_and_pages_by_cursor(
    client: httpx.AsyncClient, county: County
) -> None:
    ids = await notify(county, "scj.sup", 5)
    await Notification.filter(id=ids[1]).update(read_at=utc_now())
    await sign_in(client, "scj.sup")
    first = (await gql(client, NOTIFICATIONS, {"unreadOnly": True, "first": 2}))["data"]
    page = first["notifications"]
    assert [n["id"] for n in page["nodes"]] == [gid(ids[4]), gid(ids[3])]
    assert page["pageInfo"]["hasNextPage"] is True
    rest = await gql(
        client, NOTIFICATIONS, {"unreadOnly": True, "after": page["pageInfo"]["endCursor"]}
    )
    assert [n["id"] for n in rest["data"]["notifications"]["nodes"]] == [gid(ids[2]), gid(ids[0])]
    assert first["unreadNotificationCount"] == 4


async def test_m1_mark_read_by_ids_marks_only_those_once_and_is_audited(
    client: httpx.AsyncClient, county: County, clock: FixedClock
) -> None:
    ids = await notify(county, "scj.sup", 3)
    csrf = await sign_in(client, "scj.sup")
    variables = {"input": {"ids": [gid(ids[0]), gid(ids[2])]}}
    result = (await gql(client, MARK, variables, csrf=csrf))["data"]["markNotificationsRead"]
    assert result["__typename"] == "MarkNotificationsReadSuccess"
    assert result["notifications"] == [
        {"id": gid(ids[2]), "read": True},
        {"id": gid(ids[0]), "read": True},
    ]
    assert result["unreadCount"] == 1
    assert await Notification.get(id=ids[0]).values_list("read_at", flat=True) == clock.now()
    assert await Notification.filter(id=ids[1], read_at__isnull=True).exists()
    event = await AuditEvent.filter(action="notification.read").get()
    assert (event.actor_username, event.after) == (
        "scj.sup",
        {"read": [ids[0], ids[2]], "all": False},
    )

    # Again: nothing left to mark among them, no second record.
    clock.advance(timedelta(minutes=1))
    again = (await gql(client, MARK, variables, csrf=csrf))["data"]["markNotificationsRead"]
    assert (again["notifications"], again["unreadCount"]) == ([], 1)
    assert await AuditEvent.filter(action="notification.read").count() == 1
    assert await Notification.get(id=ids[0]).values_list("read_at", flat=True) != clock.now()


async def test_m1_mark_all_read_marks_the_viewers_own_only(
    client: httpx.AsyncClient, county: County
) -> None:
    await notify(county, "scj.sup", 3)
    theirs = await notify(county, "scj.admin", 2)
    csrf = await sign_in(client, "scj.sup")
    result = (await gql(client, MARK, {"input": {"all": True}}, csrf=csrf))["data"]
    assert result["markNotificationsRead"]["unreadCount"] == 0
    assert len(result["markNotificationsRead"]["notifications"]) == 3
    assert await Notification.filter(id__in=theirs, read_at__isnull=True).count() == 2


async def test_m1_marking_another_users_notification_is_not_found_and_marks_nothing(
    client: httpx.AsyncClient, county: County
) -> None:
    (mine,) = await notify(county, "scj.sup", 1)
    (theirs,) = await notify(county, "scj.admin", 1)
    csrf = await sign_in(client, "scj.sup")
    variables = {"input": {"ids": [gid(mine), gid(theirs)]}}
    result = (await gql(client, MARK, variables, csrf=csrf))["data"]["markNotificationsRead"]
    assert (result["__typename"], result["code"], result["field"]) == (
        "NotFoundError",
        "NOT_FOUND",
        "ids",
    )
    assert await Notification.filter(read_at__isnull=True).count() == 2


@pytest.mark.parametrize(
    ("given", "typename", "field"),
    [
        ({}, "InvalidInputError", "ids"),
        ({"ids": [], "all": False}, "InvalidInputError", "ids"),
        ({"all": True, "ids": [gid(1)]}, "InvalidInputError", "ids"),
        ({"ids": ["not-an-id"]}, "InvalidInputError", "ids"),
        ({"ids": [to_global_id("Push", 1)]}, "InvalidInputError", "ids"),
    ],
)
async def test_m1_mark_read_input_errors(
    client: httpx.AsyncClient, county: County, given: dict[str, Any], typename: str, field: str
) -> None:
    await notify(county, "scj.sup", 1)
    csrf = await sign_in(client, "scj.sup")
    result = (await gql(client, MARK, {"input": given}, csrf=csrf))["data"]
    assert (
        result["markNotificationsRead"]["__typename"],
        result["markNotificationsRead"]["field"],
    ) == (
        typename,
        field,
    )
    assert await Notification.filter(read_at__isnull=True).count() == 1


async def test_m1_mark_read_needs_a_signed_in_user(
    client: httpx.AsyncClient, county: County
) -> None:
    await notify(county, "scj.sup", 1)
    anonymous = (await gql(client, MARK, {"input": {"all": True}}))["data"]
    assert anonymous["markNotificationsRead"]["__typename"] == "NotAuthenticatedError"
    token = await make_api_token(department=county.scj)
    body = await gql(client, MARK, {"input": {"all": True}}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"  # the mutation guard
    assert await Notification.filter(read_at__isnull=True).count() == 1


@pytest.mark.parametrize(
    ("username", "allowed"),
    [
        ("admin", True),
        ("coordinator", True),
        ("scj.admin", True),
        ("spj.admin", True),
        ("scj.sup", False),
        ("spj.officer", False),
        ("auditor", False),
    ],
)
async def test_m1_reminder_templates_are_read_by_administrators(
    client: httpx.AsyncClient, county: County, username: str, allowed: bool
) -> None:
    await sign_in(client, username)
    body = await gql(client, TEMPLATES)
    if not allowed:
        assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
        return
    templates = {t["name"]: t for t in body["data"]["reminderTemplates"]}
    claim = templates["push.claim.due_soon"]
    assert claim["channels"] == ["IN_APP", "EMAIL"]
    assert "认领" in claim["subject"] + claim["text"]
    assert "due_at" in claim["variables"]
    sms = [t for t in templates.values() if t["name"].endswith(".sms")]
    assert sms and all(t["channels"] == ["SMS"] for t in sms)


async def test_m1_reminder_templates_refuse_anonymous_and_tokens(
    client: httpx.AsyncClient, county: County
) -> None:
    body = await gql(client, TEMPLATES)
    assert body["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"
    body = await gql(client, TEMPLATES, token=await make_api_token())
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


async def test_m1_a_page_of_10_and_of_100_notifications_cost_the_same_statements(
    client: httpx.AsyncClient, county: County
) -> None:
    await notify(county, "scj.sup", 120)
    await sign_in(client, "scj.sup")
    counts = []
    for first in (10, 100):
        with count_queries() as counted:
            body = await gql(client, NOTIFICATIONS, {"first": first})
        assert len(body["data"]["notifications"]["nodes"]) == first
        counts.append(counted.count)
    assert counts[0] == counts[1], counts
