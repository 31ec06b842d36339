"""Who may do what to the catalogue, through /graphql: every mutation × every kind of caller.

Each call gets a fresh target, so one caller's success does not change the next one's case.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import httpx
import pytest

from api.relay import to_global_id
from domain.accounts.actor import SYSTEM
from domain.catalogue.services import links
from tests.catalogue_factories import (
    County,
    make_approval_item,
    make_county,
    make_handling_item,
    make_sub_item,
    make_supervision_item,
    sign_in,
    signed_out,
)
from tests.factories import gql, make_api_token

pytestmark = pytest.mark.usefixtures("clock")

CALLERS = (
    "spj.officer",
    "spj.admin",
    "scj.sup",
    "scj.admin",
    "zjj.sup",
    "coordinator",
    "auditor",
    "admin",
    "anonymous",
    "token",
)
APPROVAL_SIDE = {"spj.officer", "spj.admin", "coordinator"}
SCJ_SIDE = {"scj.sup", "scj.admin", "coordinator"}

Target = Callable[[County, int], Awaitable[tuple[str, dict[str, Any]]]]


def gid(type_name: str, pk: int) -> str:
    return to_global_id(type_name, pk)


async def _handling(county: County, n: int):  # type: ignore[no-untyped-def]
    item = await make_approval_item(county, f"P{n}")
    return await make_handling_item(item, f"P{n}-01")


async def _proposed(county: County, n: int):  # type: ignore[no-untyped-def]
    handling = await _handling(county, n)
    sub = await make_sub_item(await make_supervision_item(county.scj, f"S{n}"), f"S{n}-1")
    return await links.propose_link(SYSTEM, handling.id, county.scj.id), sub


async def create_approval_item(county: County, n: int) -> tuple[str, dict[str, Any]]:
    return "createApprovalItem", {
        "code": f"N{n}",
        "name": "事项",
        "departmentId": gid("Department", county.spj.id),
    }


async def update_approval_item(county: County, n: int) -> tuple[str, dict[str, Any]]:
    item = await make_approval_item(county, f"U{n}")
    return "updateApprovalItem", {"id": gid("ApprovalItem", item.id), "name": "新名称"}


async def create_handling_item(county: County, n: int) -> tuple[str, dict[str, Any]]:
    item = await make_approval_item(county, f"U{n}")
    return "createHandlingItem", {
        "approvalItemId": gid("ApprovalItem", item.id),
        "code": f"U{n}-01",
        "name": "新办",
    }


async def create_supervision_item(county: County, n: int) -> tuple[str, dict[str, Any]]:
    return "createSupervisionItem", {
        "code": f"S{n}",
        "name": "监管",
        "departmentId": gid("Department", county.scj.id),
    }


async def update_supervision_item(county: County, n: int) -> tuple[str, dict[str, Any]]:
    item = await make_supervision_item(county.scj, f"S{n}")
    return "updateSupervisionItem", {"id": gid("SupervisionItem", item.id), "isActive": False}


async def create_sub_item(county: County, n: int) -> tuple[str, dict[str, Any]]:
    item = await make_supervision_item(county.scj, f"S{n}")
    return "createSupervisionSubItem", {
        "supervisionItemId": gid("SupervisionItem", item.id),
        "code": f"S{n}-1",
        "name": "子项",
    }


async def propose(county: County, n: int) -> tuple[str, dict[str, Any]]:
    handling = await _handling(county, n)
    return "proposeCatalogueLink", {
        "handlingItemId": gid("HandlingItem", handling.id),
        "departmentId": gid("Department", county.scj.id),
    }


async def confirm(county: County, n: int) -> tuple[str, dict[str, Any]]:
    link, sub = await _proposed(county, n)
    return "confirmCatalogueLink", {
        "id": gid("CatalogueLink", link.id),
        "supervisionSubItemId": gid("SupervisionSubItem", sub.id),
    }


async def reject(county: County, n: int) -> tuple[str, dict[str, Any]]:
    link, _ = await _proposed(county, n)
    return "rejectCatalogueLink", {"id": gid("CatalogueLink", link.id), "reason": "不属于"}


async def unlink(county: County, n: int) -> tuple[str, dict[str, Any]]:
    link, _ = await _proposed(county, n)
    return "unlinkCatalogueLink", {"id": gid("CatalogueLink", link.id), "reason": "调整"}


async def publish(county: County, n: int) -> tuple[str, dict[str, Any]]:
    await _handling(county, n)
    return "publishCatalogue", {"effectiveDate": date(2026, 6, 1 + n % 28).isoformat()}


# mutation target -> (callers allowed, success type)
MATRIX: dict[Target, tuple[set[str], str]] = {
    create_approval_item: (APPROVAL_SIDE, "ApprovalItemSuccess"),
    update_approval_item: (APPROVAL_SIDE, "ApprovalItemSuccess"),
    create_handling_item: (APPROVAL_SIDE, "HandlingItemSuccess"),
    create_supervision_item: (SCJ_SIDE, "SupervisionItemSuccess"),
    update_supervision_item: (SCJ_SIDE, "SupervisionItemSuccess"),
    create_sub_item: (SCJ_SIDE, "SupervisionSubItemSuccess"),
    propose: (APPROVAL_SIDE, "CatalogueLinkSuccess"),
    confirm: (SCJ_SIDE, "CatalogueLinkSuccess"),
    reject: (SCJ_SIDE, "CatalogueLinkSuccess"),
    unlink: (APPROVAL_SIDE, "CatalogueLinkSuccess"),
    publish: ({"coordinator"}, "PublishCatalogueSuccess"),
}


def _input_type(mutation: str) -> str:
    return mutation[0].upper() + mutation[1:] + "Input"


@pytest.mark.parametrize("target", list(MATRIX), ids=[t.__name__ for t in MATRIX])
async def test_catalogue_mutation_permission_matrix(
    client: httpx.AsyncClient, target: Target
) -> None:
    signed_out(client)
    county = await make_county()
    token = await make_api_token()
    allowed, success = MATRIX[target]
    outcomes: dict[str, str] = {}
    for n, caller in enumerate(CALLERS):
        mutation, input = await target(county, n)
        query = (
            f"mutation($input: {_input_type(mutation)}!) {{ {mutation}(input: $input) "
            "{ __typename ... on Error { code } } }"
        )
        if caller == "token":
            await sign_in(client, None)
            body = await gql(client, query, {"input": input}, token=token)
            outcomes[caller] = body["errors"][0]["extensions"]["code"]
            continue
        csrf = await sign_in(client, None if caller == "anonymous" else caller)
        body = await gql(client, query, {"input": input}, csrf=csrf)
        assert "errors" not in body, (caller, body)
        outcomes[caller] = body["data"][mutation]["__typename"]
    expected = {
        caller: success
        if caller in allowed
        else "NotAuthenticatedError"
        if caller == "anonymous"
        else "READ_ONLY_TOKEN"
        if caller == "token"
        else "PermissionDeniedError"
        for caller in CALLERS
    }
    assert outcomes == expected


READS = "{ approvalItems(first: 1) { nodes { code } } supervisionItems(first: 1) { nodes { code } } catalogueLinks(first: 1) { nodes { id } } catalogueCoverage { unlinkedHandlingItemCount } }"  # noqa: E501


async def test_everyone_signed_in_reads_the_draft_and_nobody_else(
    client: httpx.AsyncClient,
) -> None:
    signed_out(client)
    county = await make_county()
    await _handling(county, 1)
    token = await make_api_token(department=county.zjj)
    for caller in CALLERS:
        if caller == "token":
            await sign_in(client, None)
            body = await gql(client, READS, token=token)
        else:
            await sign_in(client, None if caller == "anonymous" else caller)
            body = await gql(client, READS)
        if caller == "anonymous":
            assert body["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"
            continue
        assert "errors" not in body, (caller, body)
        assert body["data"]["approvalItems"]["nodes"] == [{"code": "P1"}], caller
        assert body["data"]["catalogueCoverage"]["unlinkedHandlingItemCount"] == 1
