"""Attachments over HTTP: upload before the record exists, download with its permission.

- ``POST /files/attachments?fileName=决定书.pdf``: the raw file as the request body (at
  most 20 MB; ``fetch(url, {method: "POST", body: file, headers: {"X-CSRF-Token":
  csrf}})``). Authenticated like a GraphQL mutation: the session cookie and the
  ``X-CSRF-Token`` header; API tokens are read-only. Answers 201 ``{"id", "fileName",
  "size"}``: the page passes ``id`` in the mutation's ``attachmentIds``, which attaches
  the file to the record in the record's own transaction.
- ``GET /files/attachments/{id}``: the bytes, with their Content-Type and the file name
  (RFC 5987 ``filename*``), to whoever may read the record it is attached to (an
  attachment not attached yet: its uploader only); 404 otherwise.

Errors are JSON ``{"errors": [{"message", "extensions": {"code", "field"}}]}`` with
400/401/403/404/413, like the catalogue files (api/catalogue/files.py).
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from api.attachments.types import DOWNLOAD_PATH
from api.auth import authenticate_http
from api.context import Context
from api.relay import int_pk, to_global_id
from domain.accounts.errors import CsrfFailed, ReadOnlyToken
from domain.attachments import services
from domain.errors import DomainError, ErrorCode, InvalidInput, NotAuthenticated, NotFound
from shenguan.logs import request_id_var
from shenguan.settings import Settings

UPLOAD_PATH = DOWNLOAD_PATH
# The request body limit of the upload path (api/app.py applies it): the file and
# some margin, so that the handler answers a file just over 20 MB itself.
UPLOAD_BODY_LIMIT = services.MAX_BYTES + 64 * 1024

_STATUS = {
    ErrorCode.NOT_AUTHENTICATED: 401,
    ErrorCode.PERMISSION_DENIED: 403,
    ErrorCode.READ_ONLY_TOKEN: 403,
    ErrorCode.CSRF_FAILED: 403,
    ErrorCode.NOT_FOUND: 404,
}


def _error(exc: DomainError, status: int | None = None) -> JSONResponse:
    body = {"message": exc.message, "extensions": {"code": exc.code.value, "field": exc.field}}
    return JSONResponse({"errors": [body]}, status_code=status or _STATUS.get(exc.code, 400))


async def _context(request: Request, settings: Settings) -> Context:
    context = Context(
        request=request,
        response=None,
        settings=settings,
        request_id=request_id_var.get() or uuid.uuid4().hex,
    )
    await authenticate_http(context, request)
    return context


def _content_disposition(file_name: str) -> str:
    """``attachment`` with an ASCII fallback and the UTF-8 name (RFC 5987 / RFC 6266)."""
    fallback = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in file_name
    )
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(file_name, safe='')}"


def attachment_routes(settings: Settings) -> list[Route]:
    """The routes of attachments, for ``api.app.create_app``."""

    async def upload(request: Request) -> Response:
        context = await _context(request, settings)
        if context.auth_method == "token":
            return _error(ReadOnlyToken("API 令牌只能读取数据，不能进行修改。"))
        if context.auth_method == "session" and not context.csrf_ok:
            return _error(
                CsrfFailed(
                    "缺少或错误的 CSRF 令牌：请在 X-CSRF-Token 请求头中带上 sg_csrf Cookie 的值。"
                )
            )
        if not context.actor.is_authenticated:
            return _error(NotAuthenticated("请先登录。"))
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > services.MAX_BYTES:
                limit = services.MAX_BYTES // (1024 * 1024)
                return _error(InvalidInput(f"文件不能超过 {limit} MB。", field="file"), 413)
            chunks.append(chunk)
        try:
            created = await services.upload(
                context.actor, request.query_params.get("fileName") or "", b"".join(chunks)
            )
        except DomainError as exc:
            return _error(exc)
        return JSONResponse(
            {
                "id": to_global_id("Attachment", created.id),
                "fileName": created.file_name,
                "size": created.size,
            },
            status_code=201,
        )

    async def download(request: Request) -> Response:
        context = await _context(request, settings)
        if not context.actor.is_authenticated:
            return _error(NotAuthenticated("请先登录。"))
        not_found = NotFound("附件不存在或无权查看。", field="id")
        try:
            attachment_id = int_pk(request.path_params["id"], "Attachment")
        except DomainError:
            return _error(not_found)
        try:
            attachment, data = await services.download(context.actor, attachment_id)
        except DomainError as exc:
            return _error(exc)
        return Response(
            data,
            media_type=attachment.content_type,
            headers={
                "Content-Disposition": _content_disposition(attachment.file_name),
                "Cache-Control": "private, no-store",
                "X-Content-Type-Options": "nosniff",
            },
        )

    return [
        Route(UPLOAD_PATH, upload, methods=["POST"]),
        Route(DOWNLOAD_PATH + "/{id}", download, methods=["GET"]),
    ]
