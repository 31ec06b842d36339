"""Test helpers of the catalogue: a small county and a few items.

county = await make_county()        # departments and users, actors by name
item = await make_approval_item(county, "SPJ-001")
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from domain.accounts.actor import SYSTEM, Actor, Role
from domain.accounts.models import Department, User
from domain.catalogue.models import (
    ApprovalItem,
    HandlingItem,
    SupervisionItem,
    SupervisionSubItem,
)
from domain.catalogue.rules import (
    ApprovalItemData,
    HandlingItemData,
    SupervisionItemData,
    SupervisionSubItemData,
)
from domain.catalogue.services import items
from tests.factories import LOGOUT, gql, login, make_department, make_user


@dataclass
class County:
    spj: Department  # approval
    scj: Department  # supervision
    zjj: Department  # supervision
    xtz: Department  # coordination
    users: dict[str, User] = field(default_factory=dict)

    def actor(self, username: str) -> Actor:
        return self.users[username].actor()


# username -> (roles, department attribute or None)
PEOPLE: dict[str, tuple[set[Role], str | None]] = {
    "spj.officer": ({Role.APPROVAL_OFFICER}, "spj"),
    "spj.admin": ({Role.DEPARTMENT_ADMIN}, "spj"),
    "scj.sup": ({Role.SUPERVISOR}, "scj"),
    "scj.admin": ({Role.DEPARTMENT_ADMIN}, "scj"),
    "zjj.sup": ({Role.SUPERVISOR}, "zjj"),
    "coordinator": ({Role.COORDINATOR}, "xtz"),
    "auditor": ({Role.AUDITOR}, None),
    "admin": ({Role.SYSTEM_ADMIN}, None),
}


async def make_county(people: dict[str, tuple[set[Role], str | None]] | None = None) -> County:
    county = County(
        spj=await make_department("SPJ", "保康县行政审批局"),
        scj=await make_department("SCJ", "县市场监督管理局"),
        zjj=await make_department("ZJJ", "县住房和城乡建设局"),
        xtz=await make_department("XTZ", "县推进政府职能转变和放管服改革协调小组"),
    )
    for username, (roles, dept) in (people or PEOPLE).items():
        county.users[username] = await make_user(
            username, roles, getattr(county, dept) if dept else None
        )
    return county


async def make_approval_item(county: County, code: str, **values: Any) -> ApprovalItem:
    data = ApprovalItemData(
        code=code,
        name=values.pop("name", f"审批事项 {code}"),
        department_id=values.pop("department_id", county.spj.id),
        **values,
    )
    return await items.create_approval_item(SYSTEM, data)


async def make_handling_item(item: ApprovalItem, code: str, name: str = "") -> HandlingItem:
    return await items.create_handling_item(
        SYSTEM, HandlingItemData(code=code, name=name or f"办理项 {code}", approval_item_id=item.id)
    )


async def make_supervision_item(
    department: Department, code: str, **values: Any
) -> SupervisionItem:
    data = SupervisionItemData(
        code=code,
        name=values.pop("name", f"监管事项 {code}"),
        department_id=department.id,
        **values,
    )
    return await items.create_supervision_item(SYSTEM, data)


async def make_sub_item(item: SupervisionItem, code: str) -> SupervisionSubItem:
    return await items.create_supervision_sub_item(
        SYSTEM, SupervisionSubItemData(code=code, name=f"子项 {code}", supervision_item_id=item.id)
    )


# ---- signing a test client in and out ----------------------------------------------

# The signed-in user and CSRF token of each test client.
_signed_in: dict[int, tuple[str, str]] = {}


async def sign_in(client: httpx.AsyncClient, username: str | None) -> str | None:
    """Sign ``client`` in as ``username`` (out first, if someone else); the CSRF token."""
    current = _signed_in.get(id(client))
    if current and current[0] == username:
        return current[1]
    if current:
        await gql(client, LOGOUT, csrf=current[1])
        del _signed_in[id(client)]
    if username is None:
        return None
    csrf = await login(client, username)
    _signed_in[id(client)] = (username, csrf)
    return csrf


def signed_out(client: httpx.AsyncClient) -> None:
    """Forget what :func:`sign_in` knew of ``client`` (a new test, a new database)."""
    _signed_in.pop(id(client), None)
