"""Attachments over HTTP: upload (session + CSRF, tokens read-only), download with the
record's permission; a push's archive attachments stored with the push or not at all (P1)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest

from api.relay import int_pk, to_global_id
from domain.attachments.models import Attachment
from domain.attachments.services import MAX_BYTES
from domain.linkage.models import Push
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql, make_api_token
from tests.linkage_factories import Catalogue, company_number, make_linked_county

pytestmark = pytest.mark.usefixtures("clock")

PATH = "/files/attachments"
PDF = b"%PDF-1.7\n" + b"x" * 1000

RECORD = """
mutation Record($input: RecordApprovalDecisionInput!) {
  recordApprovalDecision(input: $input) {
    __typename
    ... on RecordApprovalDecisionSuccess {
      push { id attachments { id fileName contentType size sha256 uploadedAt url } }
    }
    ... on Error { code message field }
  }
}
"""

PUSH = """
query($id: ID!) { node(id: $id) { ... on Push { documentNumber attachments { fileName url } } } }
"""


@pytest.fixture
async def loop(client: httpx.AsyncClient) -> tuple[County, Catalogue]:
    signed_out(client)
    return await make_linked_county()


async def upload(
    client: httpx.AsyncClient, content: bytes, csrf: str | None, name: str = "决定书.pdf"
) -> httpx.Response:
    headers = {"X-CSRF-Token": csrf} if csrf else {}
    return await client.post(PATH, params={"fileName": name}, content=content, headers=headers)


def code(response: httpx.Response) -> str:
    return response.json()["errors"][0]["extensions"]["code"]


def decision(catalogue: Catalogue, number: str, attachment_ids: list[str], **kw: Any) -> Any:
    return {
        "input": {
            "handlingItemId": to_global_id("HandlingItem", catalogue.routed),
            "documentNumber": number,
            "licensee": {"number": company_number(5), "name": "保康县示例药房有限公司"},
            "licenseDate": "2026-06-01",
            "licenseContent": "药品零售",
            "attachmentIds": attachment_ids,
            **kw,
        }
    }


async def test_upload_then_download_by_the_uploader_before_attaching(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    csrf = await sign_in(client, "spj.officer")
    response = await upload(client, PDF, csrf, "准予许可决定书 2026.pdf")
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["fileName"], body["size"]) == ("准予许可决定书 2026.pdf", len(PDF))
    row = await Attachment.get(id=_pk(body["id"]))
    assert row.owner_type is None and row.content_type == "application/pdf"
    download = await client.get(f"{PATH}/{body['id']}")
    assert download.status_code == 200
    assert download.content == PDF
    assert download.headers["content-type"] == "application/pdf"
    disposition = download.headers["content-disposition"]
    assert disposition.startswith("attachment; ")
    assert f"filename*=UTF-8''{quote('准予许可决定书 2026.pdf', safe='')}" in disposition
    # Not attached yet: nobody else reads it, not even the routed department.
    await sign_in(client, "scj.sup")
    hidden = await client.get(f"{PATH}/{body['id']}")
    assert hidden.status_code == 404 and code(hidden) == "NOT_FOUND"
    await sign_in(client, None)
    anonymous = await client.get(f"{PATH}/{body['id']}")
    assert anonymous.status_code == 401


def _pk(global_id: str) -> int:
    return int_pk(global_id, "Attachment")


async def test_p1_push_attachments_are_read_with_the_push(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, catalogue = loop
    csrf = await sign_in(client, "spj.officer")
    uploaded = (await upload(client, PDF, csrf)).json()["id"]
    body = await gql(client, RECORD, decision(catalogue, "BK-A1", [uploaded]), csrf=csrf)
    result = body["data"]["recordApprovalDecision"]
    assert result["__typename"] == "RecordApprovalDecisionSuccess", result
    push = result["push"]
    [attachment] = push["attachments"]
    assert attachment["id"] == uploaded
    assert attachment["url"] == f"{PATH}/{uploaded}"
    assert (attachment["fileName"], attachment["size"]) == ("决定书.pdf", len(PDF))
    # The routed department (SCJ) reads it; another department (ZJJ) does not.
    await sign_in(client, "scj.sup")
    allowed = await client.get(attachment["url"])
    assert allowed.status_code == 200 and allowed.content == PDF
    listed = await gql(client, PUSH, {"id": push["id"]})
    assert listed["data"]["node"]["attachments"] == [
        {"fileName": "决定书.pdf", "url": attachment["url"]}
    ]
    await sign_in(client, "zjj.sup")
    denied = await client.get(attachment["url"])
    assert denied.status_code == 404 and code(denied) == "NOT_FOUND"
    # An API token of SCJ reads it (read-only access), one of ZJJ does not.
    await sign_in(client, None)
    scj_token = await make_api_token(department=county.scj)
    zjj_token = await make_api_token("住建看板", department=county.zjj)
    by_token = await client.get(attachment["url"], headers={"Authorization": f"Bearer {scj_token}"})
    assert by_token.status_code == 200
    other = await client.get(attachment["url"], headers={"Authorization": f"Bearer {zjj_token}"})
    assert other.status_code == 404


async def test_p1_a_push_and_its_attachments_are_stored_together_or_not_at_all(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    _county, catalogue = loop
    csrf = await sign_in(client, "spj.officer")
    mine = (await upload(client, PDF, csrf)).json()["id"]
    admin_csrf = await sign_in(client, "spj.admin")
    theirs = (await upload(client, PDF, admin_csrf, "他人.pdf")).json()["id"]
    csrf = await sign_in(client, "spj.officer")
    # Another user's upload: the push is refused and my attachment stays unattached.
    body = await gql(client, RECORD, decision(catalogue, "BK-R1", [mine, theirs]), csrf=csrf)
    result = body["data"]["recordApprovalDecision"]
    assert (result["code"], result["field"]) == ("INVALID_INPUT", "attachmentIds")
    # An invalid decision: nothing written either.
    body = await gql(
        client,
        RECORD,
        decision(catalogue, "BK-R1", [mine], validFrom="2026-06-01", validUntil="2026-05-01"),
        csrf=csrf,
    )
    result = body["data"]["recordApprovalDecision"]
    assert (result["code"], result["field"]) == ("INVALID_INPUT", "validUntil")
    assert await Push.all().count() == 0
    assert await Attachment.filter(owner_type__isnull=False).count() == 0
    # Then a valid one takes it, and it cannot be attached twice.
    body = await gql(client, RECORD, decision(catalogue, "BK-R1", [mine]), csrf=csrf)
    assert body["data"]["recordApprovalDecision"]["__typename"] == "RecordApprovalDecisionSuccess"
    push = await Push.get(document_number="BK-R1")
    row = await Attachment.get(id=_pk(mine))
    assert (row.owner_type, row.owner_id) == ("Push", push.id)
    body = await gql(client, RECORD, decision(catalogue, "BK-R2", [mine]), csrf=csrf)
    result = body["data"]["recordApprovalDecision"]
    assert (result["code"], result["field"]) == ("INVALID_INPUT", "attachmentIds")
    assert await Push.all().count() == 1


async def test_upload_refuses_wrong_type_empty_and_too_big(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    csrf = await sign_in(client, "scj.sup")
    wrong = await upload(client, b"MZ\x90\x00", csrf, "setup.exe")
    assert wrong.status_code == 400
    assert wrong.json()["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": "file"}
    nameless = await upload(client, PDF, csrf, "")
    assert nameless.status_code == 400 and code(nameless) == "INVALID_INPUT"
    empty = await upload(client, b"", csrf)
    assert empty.status_code == 400
    assert empty.json()["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": "file"}
    # Over the 1 MB GraphQL body limit, under the attachments' 20 MB: accepted.
    big = await upload(client, b"%PDF" + b"\0" * 5_000_000, csrf)
    assert big.status_code == 201
    # Just over 20 MB (within the path's body margin): the handler answers itself.
    too_big = await upload(client, b"%PDF" + b"\0" * MAX_BYTES, csrf)
    assert too_big.status_code == 413
    assert too_big.json()["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": "file"}
    # Far over: the body limit refuses it before the handler.
    huge = await upload(client, b"\0" * (MAX_BYTES + 1024 * 1024), csrf)
    assert huge.status_code == 413 and code(huge) == "REQUEST_TOO_LARGE"
    assert await Attachment.all().count() == 1


async def test_upload_needs_a_session_with_csrf_and_refuses_api_tokens(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    county, _catalogue = loop
    anonymous = await upload(client, PDF, None)
    assert anonymous.status_code == 401 and code(anonymous) == "NOT_AUTHENTICATED"
    await sign_in(client, "scj.sup")
    no_csrf = await upload(client, PDF, None)
    assert no_csrf.status_code == 403 and code(no_csrf) == "CSRF_FAILED"
    wrong_csrf = await upload(client, PDF, "not-the-token")
    assert wrong_csrf.status_code == 403 and code(wrong_csrf) == "CSRF_FAILED"
    await sign_in(client, None)
    token = await make_api_token(department=county.scj)
    by_token = await client.post(
        PATH,
        params={"fileName": "a.pdf"},
        content=PDF,
        headers={"Authorization": f"Bearer {token}"},
    )
    assert by_token.status_code == 403 and code(by_token) == "READ_ONLY_TOKEN"
    csrf = await sign_in(client, "auditor")  # reads everything, changes nothing
    auditor = await upload(client, PDF, csrf)
    assert auditor.status_code == 403 and code(auditor) == "PERMISSION_DENIED"
    assert await Attachment.all().count() == 0


async def test_download_of_a_malformed_or_unknown_id_is_404(
    client: httpx.AsyncClient, loop: tuple[County, Catalogue]
) -> None:
    await sign_in(client, "coordinator")
    for path in (
        f"{PATH}/nonsense",
        f"{PATH}/{to_global_id('Push', 1)}",
        f"{PATH}/{to_global_id('Attachment', 999)}",
    ):
        response = await client.get(path)
        assert response.status_code == 404, path
        assert code(response) == "NOT_FOUND"
