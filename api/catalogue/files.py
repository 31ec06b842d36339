"""Catalogue spreadsheet files over HTTP (C6), and the import's GraphQL status.

- ``POST /files/catalogue-import?fileName=清单.xlsx``: the raw .xlsx as the request
  body (at most 10 MB; ``fetch(url, {method: "POST", body: file, headers:
  {"X-CSRF-Token": csrf}})``). Authenticated like a GraphQL mutation: the session
  cookie and the ``X-CSRF-Token`` header; API tokens are read-only. Coordinator
  only. Answers 202 ``{"id", "status"}``; the page then polls
  ``catalogueImport(id)`` until ``status`` is SUCCEEDED or FAILED.
- ``GET /files/catalogue-export.xlsx?version=N``: published version N, to anyone;
  without ``version`` the draft, to anyone signed in (cookie or API token).

Errors are JSON ``{"errors": [{"message", "extensions": {"code", "field"}}]}``
with 400/401/403/404/413, like the GraphQL endpoint's HTTP errors.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any
from urllib.parse import quote

import strawberry
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from api.auth import authenticate_http
from api.context import Context, Info
from api.relay import Node, int_pk, node_resolver, to_global_id
from domain.accounts.errors import CsrfFailed, ReadOnlyToken
from domain.catalogue import imports
from domain.catalogue.spreadsheet_export import XLSX_MEDIA_TYPE, export_workbook
from domain.errors import DomainError, ErrorCode
from shenguan.logs import request_id_var
from shenguan.settings import Settings

UPLOAD_PATH = "/files/catalogue-import"
EXPORT_PATH = "/files/catalogue-export.xlsx"
# The request body limit of the upload path (api/app.py applies it).
UPLOAD_BODY_LIMIT = imports.MAX_IMPORT_BYTES + 64 * 1024

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


def file_routes(settings: Settings) -> list[Route]:
    """The routes of the catalogue files, for ``api.app.create_app``."""

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
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > imports.MAX_IMPORT_BYTES:
                limit = imports.MAX_IMPORT_BYTES // (1024 * 1024)
                return _error(DomainError(f"文件过大：上限 {limit} MB。", field="file"), 413)
            chunks.append(chunk)
        try:
            created = await imports.create_import(
                context.actor, request.query_params.get("fileName"), b"".join(chunks)
            )
        except DomainError as exc:
            return _error(exc)
        return JSONResponse(
            {"id": to_global_id("CatalogueImport", created.id), "status": created.status.value},
            status_code=202,
        )

    async def download(request: Request) -> Response:
        context = await _context(request, settings)
        raw = request.query_params.get("version")
        if raw is not None and not raw.isdigit():
            return _error(DomainError("版本号应为正整数。", field="version"))
        try:
            content, name = await export_workbook(context.actor, int(raw) if raw else None)
        except DomainError as exc:
            return _error(exc)
        return Response(
            content,
            media_type=XLSX_MEDIA_TYPE,
            headers={
                "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
                "Cache-Control": "no-store",
            },
        )

    return [
        Route(UPLOAD_PATH, upload, methods=["POST"]),
        Route(EXPORT_PATH, download, methods=["GET"]),
    ]


# ---- GraphQL: the import's status --------------------------------------------------

ImportStatusEnum = strawberry.enum(
    imports.ImportStatus,
    name="CatalogueImportStatus",
    description="清单导入状态 (CatalogueImportStatus)。",
)
for _value in ImportStatusEnum.__strawberry_definition__.values:  # type: ignore[attr-defined]
    _value.description = {
        "PENDING": "排队中 (PENDING)：文件已上传，等待处理。",
        "VALIDATING": "校验中 (VALIDATING)：正在逐行检查。",
        "STORING": "保存中 (STORING)：检查无误，正在保存；processed 为已保存的行数。",
        "SUCCEEDED": "已完成 (SUCCEEDED)：全部行已保存。",
        "FAILED": "失败 (FAILED)：文件有错误，未保存任何数据；错误见 errors。",
    }[_value.name]


@strawberry.type(description="导入错误 (CatalogueImportError)：文件中一处错误的位置与说明。")
class CatalogueImportError:
    sheet: str = strawberry.field(description="工作表 (sheet)：如 审批事项；整个文件的错误为空。")
    row: int | None = strawberry.field(
        description="行号 (row)：Excel 中的行号（表头为第 1 行）；整张表的错误为 null。"
    )
    column: str | None = strawberry.field(
        description="列 (column)：出错的列标题，如 审批部门编码；整行的错误为 null。"
    )
    message: str = strawberry.field(description="错误说明 (message)：中文。")


@strawberry.type(description="导入结果统计 (CatalogueImportSummary)：按记录计。")
class CatalogueImportSummary:
    created: int = strawberry.field(description="新增 (created)：新建的记录数。")
    updated: int = strawberry.field(description="更新 (updated)：有修改的记录数。")
    unchanged: int = strawberry.field(description="未变 (unchanged)：与文件一致、未修改的记录数。")


@strawberry.type(description="清单导入 (CatalogueImport)：一次上传的表格及其处理进度与结果 (C6)。")
class CatalogueImport(Node):
    pk: strawberry.Private[int]
    status: ImportStatusEnum = strawberry.field(  # type: ignore[valid-type]
        description="状态 (status)。"
    )
    file_name: str = strawberry.field(description="文件名 (file name)。")
    file_size: int = strawberry.field(description="文件大小 (file size)：字节。")
    total: int = strawberry.field(description="总行数 (total)：三张工作表的数据行数；校验后给出。")
    processed: int = strawberry.field(
        description="已处理行数 (processed)：保存中逐步增加，完成时等于 total。"
    )
    errors: list[CatalogueImportError] = strawberry.field(
        description="错误 (errors)：按工作表、行、列排列；有错误时未保存任何数据。"
    )
    summary: CatalogueImportSummary | None = strawberry.field(
        description="结果统计 (summary)：完成后给出。"
    )
    created_by_name: str = strawberry.field(description="上传人 (created by)：用户名。")
    created_at: datetime = strawberry.field(description="上传时间 (created at)。")
    started_at: datetime | None = strawberry.field(description="开始处理时间 (started at)。")
    finished_at: datetime | None = strawberry.field(description="结束时间 (finished at)。")

    @classmethod
    def from_model(cls, row: imports.CatalogueImport) -> CatalogueImport:
        summary: dict[str, Any] = row.summary or {}
        return cls(
            pk=row.id,
            status=row.status,
            file_name=row.file_name,
            file_size=row.file_size,
            total=row.total,
            processed=row.processed,
            errors=[CatalogueImportError(**e) for e in row.errors or []],
            summary=CatalogueImportSummary(**summary) if summary else None,
            created_by_name=row.created_by_name,
            created_at=row.created_at,
            started_at=row.started_at,
            finished_at=row.finished_at,
        )


async def _load(actor: Any, pk: int) -> CatalogueImport | None:
    try:
        return CatalogueImport.from_model(await imports.get_import(actor, pk))
    except DomainError:
        return None


@node_resolver("CatalogueImport")
async def resolve_catalogue_import_node(info: Info, pk: int) -> CatalogueImport | None:
    return await _load(info.context.actor, pk)


@strawberry.type
class Query:
    @strawberry.field(
        description="清单导入 (catalogueImport)：按编号查询一次导入的进度与结果；"
        "仅协调小组和审计人员可见，否则为 null。"
    )
    async def catalogue_import(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(description="导入编号 (id)：上传接口返回的 id。"),
        ],
    ) -> CatalogueImport | None:
        return await _load(info.context.actor, int_pk(id, "CatalogueImport"))
