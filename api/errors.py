"""Domain errors as GraphQL types: the one place where they are mapped.

A mutation returns a union of its success type and error types that implement
the ``Error`` interface (``message``, ``code``, ``field``), made by
:func:`result_union`. :func:`to_error` turns a :class:`DomainError` into the
GraphQL type registered for its class.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated, Any, TypeVar

import strawberry

from domain.accounts.errors import ReadOnlyToken
from domain.errors import (
    Conflict,
    DomainError,
    ErrorCode,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    PermissionDenied,
)

T = TypeVar("T")

ErrorCodeEnum = strawberry.enum(
    ErrorCode,
    name="ErrorCode",
    description="错误代码 (ErrorCode)：稳定不变，客户端据此判断错误类型。",
)

# A description for every ErrorCode (a code added to domain/errors.py is added here too;
# tests/api/test_schema_descriptions.py fails on a code without one).
ERROR_CODE_DESCRIPTIONS: dict[str, str] = {
    "NOT_FOUND": "对象不存在 (NOT_FOUND)，或当前用户无权查看。",
    "INVALID_INPUT": "输入有误 (INVALID_INPUT)：field 指出出错的字段。",
    "CONFLICT": "状态冲突 (CONFLICT)：对象当前状态不允许此操作，或已被他人处理。",
    "NOT_AUTHENTICATED": "未登录 (NOT_AUTHENTICATED)：需要先登录或提供 API 令牌。",
    "PERMISSION_DENIED": "无权限 (PERMISSION_DENIED)：当前用户无权执行此操作。",
    "READ_ONLY_TOKEN": "只读令牌 (READ_ONLY_TOKEN)：API 令牌不能执行变更。",
    "INVALID_CREDENTIALS": "用户名或密码错误 (INVALID_CREDENTIALS)。",
    "ACCOUNT_LOCKED": "账号已锁定 (ACCOUNT_LOCKED)：多次登录失败，稍后再试。",
    "ACCOUNT_DISABLED": "账号已停用 (ACCOUNT_DISABLED)。",
    "CSRF_FAILED": "CSRF 校验失败 (CSRF_FAILED)：缺少或错误的 X-CSRF-Token 请求头。",
    "CALENDAR_YEAR_UNKNOWN": "工作日历缺少该年份 (CALENDAR_YEAR_UNKNOWN)：须先导入。",
    "CALENDAR_NOTICE_INVALID": "节假日通知无效 (CALENDAR_NOTICE_INVALID)：导入的节假日安排有误。",
    "CATALOGUE_INCOMPLETE": (
        "清单不完整 (CATALOGUE_INCOMPLETE)：有审批事项缺少业务办理项，"
        "或事后核查事项缺少已确认的审管关联，不能发布。"
    ),
    "PUSH_ALREADY_CLAIMED": "推送已被认领 (PUSH_ALREADY_CLAIMED)：同一推送只能认领一次。",
    "PUSH_STATE_INVALID": (
        "推送状态不允许此操作 (PUSH_STATE_INVALID)：如退回已认领的推送、认领已退回的推送。"
    ),
    "NOT_RESPONSIBLE_DEPARTMENT": (
        "非责任部门 (NOT_RESPONSIBLE_DEPARTMENT)：该记录不属于当前用户的部门。"
    ),
    "TASK_STATE_INVALID": (
        "监管任务状态不允许此操作 (TASK_STATE_INVALID)：如重复反馈结果、对未责令整改的任务复查。"
    ),
    "REVERSE_PUSH_STATE_INVALID": (
        "监管信息推送状态不允许此操作 (REVERSE_PUSH_STATE_INVALID)：如重复认领。"
    ),
    "LICENSE_REQUEST_STATE_INVALID": (
        "变更撤销申请状态不允许此操作 (LICENSE_REQUEST_STATE_INVALID)：如重复作出决定。"
    ),
    "INQUIRY_STATE_INVALID": (
        "函询状态不允许此操作 (INQUIRY_STATE_INVALID)：如重复答复，或答复期限已过、已视为同意。"
    ),
    "RATE_LIMITED": (
        "提交过于频繁 (RATE_LIMITED)：同一网络地址在一小时或一天内提交的举报已达上限，"
        "未保存，请稍后再试。"
    ),
}
for _value in ErrorCodeEnum.__strawberry_definition__.values:  # type: ignore[attr-defined]
    _value.description = ERROR_CODE_DESCRIPTIONS.get(_value.name)


@strawberry.interface(description="错误 (Error)：变更失败时返回，未修改任何数据。")
class Error:
    message: str = strawberry.field(description="错误说明 (message)：中文，可直接展示给用户。")
    code: ErrorCodeEnum = strawberry.field(  # type: ignore[valid-type]
        description="错误代码 (code)：稳定不变，客户端据此分支。"
    )
    field: str | None = strawberry.field(
        default=None, description="出错的输入字段 (field)：如适用，如 password。"
    )


@strawberry.type(description="未登录 (NotAuthenticatedError)：需要先登录或提供 API 令牌。")
class NotAuthenticatedError(Error):
    pass


@strawberry.type(description="无权限 (PermissionDeniedError)：当前用户无权执行此操作。")
class PermissionDeniedError(Error):
    pass


@strawberry.type(description="对象不存在 (NotFoundError)：或当前用户无权查看。")
class NotFoundError(Error):
    pass


@strawberry.type(description="输入有误 (InvalidInputError)：field 指出出错的字段。")
class InvalidInputError(Error):
    pass


@strawberry.type(description="状态冲突 (ConflictError)：对象当前状态不允许此操作，或已被他人处理。")
class ConflictError(Error):
    pass


@strawberry.type(description="只读令牌 (ReadOnlyTokenError)：API 令牌不能执行任何修改。")
class ReadOnlyTokenError(Error):
    pass


# The error types a mutation's result contains besides its success type, unless it names
# its own (see result_union).
MUTATION_ERRORS: Any = (
    ReadOnlyTokenError
    | NotAuthenticatedError
    | PermissionDeniedError
    | NotFoundError
    | InvalidInputError
    | ConflictError
)


def result_union(name: str, success: Any, description: str, errors: Any = MUTATION_ERRORS) -> Any:
    """The result union ``name`` of a mutation: its success type (or types, ``A | B``) and
    ``errors``, by default :data:`MUTATION_ERRORS`; use it as the mutation's return type."""
    return Annotated[success | errors, strawberry.union(name, description=description)]


_REGISTRY: dict[type[DomainError], type] = {
    NotAuthenticated: NotAuthenticatedError,
    PermissionDenied: PermissionDeniedError,
    NotFound: NotFoundError,
    InvalidInput: InvalidInputError,
    Conflict: ConflictError,
    ReadOnlyToken: ReadOnlyTokenError,
}


def register_error(domain_error: type[DomainError], graphql_type: type) -> None:
    """Map a more specific domain error to its own GraphQL error type."""
    _REGISTRY[domain_error] = graphql_type


def to_error(exc: DomainError) -> Any:
    for cls in type(exc).__mro__:
        graphql_type = _REGISTRY.get(cls)
        if graphql_type is not None:
            return graphql_type(message=exc.message, code=exc.code, field=exc.field)
    return InvalidInputError(message=exc.message, code=exc.code, field=exc.field)


async def mutation_result(work: Awaitable[T]) -> T | Any:
    """Await a use case; a domain error becomes its GraphQL error object."""
    try:
        return await work
    except DomainError as exc:
        return to_error(exc)


__all__ = [
    "MUTATION_ERRORS",
    "ConflictError",
    "Error",
    "ErrorCodeEnum",
    "InvalidInputError",
    "NotAuthenticatedError",
    "NotFoundError",
    "PermissionDeniedError",
    "ReadOnlyTokenError",
    "mutation_result",
    "register_error",
    "result_union",
    "to_error",
]
