"""Users' contact for reminders through /graphql (M1, P2, 制度 Art 20(1)): e-mail, mobile
number and "responsible person who receives reminders", set by the system admin (any
department) and a department admin (their own); checked with errors naming the field;
recorded in the audit trail like every user change."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.accounts.models import User
from domain.audit.models import AuditEvent
from tests.factories import department_id, gql, login, make_people, new_user_input

pytestmark = pytest.mark.usefixtures("clock")

UPDATE_USER = """
mutation($input: UpdateUserInput!) {
  updateUser(input: $input) {
    __typename
    ... on UpdateUserSuccess { user { username email phone receivesReminders } }
    ... on Error { code field message }
  }
}
"""

CREATE = """
mutation($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on CreateUserSuccess { user { username email phone receivesReminders } }
    ... on Error { code field message }
  }
}
"""


@pytest.fixture
async def people(db: str) -> dict[str, Any]:
    return await make_people()


def uid(user: User) -> str:
    return to_global_id("User", user.id)


async def test_p2_admin_creates_a_responsible_person_with_email_and_mobile(
    client: httpx.AsyncClient, people: dict[str, Any]
) -> None:
    csrf = await login(client, "admin")
    variables = new_user_input(await department_id(client, "SCJ"))
    variables["input"] |= {
        "email": " Li.Si@Baokang.GOV.cn ",
        "phone": "+86 138-0000-1111",
        "receivesReminders": True,
    }
    result = (await gql(client, CREATE, variables, csrf=csrf))["data"]["createUser"]
    assert result == {
        "__typename": "CreateUserSuccess",
        "user": {
            "username": "scj.new",
            "email": "Li.Si@baokang.gov.cn",
            "phone": "13800001111",
            "receivesReminders": True,
        },
    }
    event = await AuditEvent.filter(action="user.create").order_by("-seq").first()
    assert event is not None and event.after is not None
    assert (event.after["email"], event.after["receives_reminders"]) == (
        "Li.Si@baokang.gov.cn",
        True,
    )


async def test_p2_create_user_without_contact_has_none(
    client: httpx.AsyncClient, people: dict[str, Any]
) -> None:
    csrf = await login(client, "admin")
    variables = new_user_input(await department_id(client, "SCJ"))
    result = (await gql(client, CREATE, variables, csrf=csrf))["data"]["createUser"]
    assert result["user"] == {
        "username": "scj.new",
        "email": "",
        "phone": "",
        "receivesReminders": False,
    }


async def test_p2_department_admin_names_a_responsible_person_of_their_department_audited(
    client: httpx.AsyncClient, people: dict[str, Any]
) -> None:
    csrf = await login(client, "scj.admin")
    variables = {
        "input": {
            "id": uid(people["scj_sup"]),
            "email": "sup@scj.baokang.gov.cn",
            "phone": "13900002222",
            "receivesReminders": True,
        }
    }
    result = (await gql(client, UPDATE_USER, variables, csrf=csrf))["data"]["updateUser"]
    assert result["user"] == {
        "username": "scj.sup",
        "email": "sup@scj.baokang.gov.cn",
        "phone": "13900002222",
        "receivesReminders": True,
    }
    event = await AuditEvent.filter(action="user.update").order_by("-seq").first()
    assert event is not None and event.before is not None and event.after is not None
    assert event.actor_username == "scj.admin"
    assert (event.before["receives_reminders"], event.after["receives_reminders"]) == (False, True)
    assert (event.before["phone"], event.after["phone"]) == ("", "13900002222")

    # Cleared again: "" removes the address and the number; other fields stay.
    variables = {"input": {"id": uid(people["scj_sup"]), "email": "", "phone": ""}}
    result = (await gql(client, UPDATE_USER, variables, csrf=csrf))["data"]["updateUser"]
    assert result["user"] == {
        "username": "scj.sup",
        "email": "",
        "phone": "",
        "receivesReminders": True,
    }


@pytest.mark.parametrize(
    ("username", "target", "code"),
    [
        ("scj.admin", "zjj_sup", "NOT_FOUND"),  # another department's user is not visible
        ("scj.sup", "scj_sup", "PERMISSION_DENIED"),  # a supervisor manages nobody
    ],
)
async def test_p2_only_admins_of_the_department_change_contact(
    client: httpx.AsyncClient, people: dict[str, Any], username: str, target: str, code: str
) -> None:
    csrf = await login(client, username)
    variables = {"input": {"id": uid(people[target]), "receivesReminders": True}}
    result = (await gql(client, UPDATE_USER, variables, csrf=csrf))["data"]["updateUser"]
    assert result["code"] == code
    assert not await User.filter(id=people[target].id, receives_reminders=True).exists()


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"email": "li.si@"}, "email", "电子邮箱"),
        ({"email": "li si@baokang.gov.cn"}, "email", "电子邮箱"),
        ({"phone": "12345"}, "phone", "手机号码"),
        ({"phone": "0710-1234567"}, "phone", "手机号码"),
        ({"phone": "23800001111"}, "phone", "手机号码"),
    ],
)
async def test_p2_contact_is_checked_with_an_error_naming_the_field(
    client: httpx.AsyncClient,
    people: dict[str, Any],
    changes: dict[str, str],
    field: str,
    words: str,
) -> None:
    csrf = await login(client, "admin")
    variables = {"input": {"id": uid(people["scj_sup"]), **changes}}
    result = (await gql(client, UPDATE_USER, variables, csrf=csrf))["data"]["updateUser"]
    assert (result["__typename"], result["code"], result["field"]) == (
        "InvalidInputError",
        "INVALID_INPUT",
        field,
    )
    assert words in result["message"]
    created = new_user_input(await department_id(client, "SCJ"))
    created["input"] |= changes
    result = (await gql(client, CREATE, created, csrf=csrf))["data"]["createUser"]
    assert (result["code"], result["field"]) == ("INVALID_INPUT", field)
    user = await User.get(id=people["scj_sup"].id)
    assert (user.email, user.phone) == ("", "")


async def test_p2_a_responsible_person_belongs_to_a_department(
    client: httpx.AsyncClient, people: dict[str, Any]
) -> None:
    csrf = await login(client, "admin")
    variables = {"input": {"id": uid(people["admin"]), "receivesReminders": True}}
    result = (await gql(client, UPDATE_USER, variables, csrf=csrf))["data"]["updateUser"]
    assert (result["code"], result["field"]) == ("INVALID_INPUT", "receivesReminders")
    assert "部门" in result["message"]


async def test_p2_users_list_shows_contact_to_who_reads_users(
    client: httpx.AsyncClient, people: dict[str, Any]
) -> None:
    await User.filter(id=people["scj_sup"].id).update(
        email="sup@scj.baokang.gov.cn", phone="13900002222", receives_reminders=True
    )
    await login(client, "scj.admin")
    body = await gql(
        client, "{ users(first: 50) { nodes { username email phone receivesReminders } } }"
    )
    users = {u["username"]: u for u in body["data"]["users"]["nodes"]}
    assert users["scj.sup"] == {
        "username": "scj.sup",
        "email": "sup@scj.baokang.gov.cn",
        "phone": "13900002222",
        "receivesReminders": True,
    }
