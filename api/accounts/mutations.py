"""Mutations of the accounts area: login, logout, users, API tokens."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.accounts.types import (
    AccountDisabledError,
    AccountLockedError,
    ApiToken,
    InvalidCredentialsError,
    RoleEnum,
    User,
    department_pk,
    to_domain_role,
)
from api.auth import (
    clear_session_cookies,
    csrf_token_for,
    session_token_of,
    set_session_cookies,
)
from api.context import Info
from api.errors import (
    InvalidInputError,
    NotAuthenticatedError,
    ReadOnlyTokenError,
    mutation_result,
    result_union,
)
from api.relay import int_pk
from domain.accounts import rules, services, sessions, tokens
from domain.accounts.errors import AccountLocked
from domain.errors import DomainError

# ---- login / logout -------------------------------------------------------------------


@strawberry.input(description="登录输入 (LoginInput)。")
class LoginInput:
    username: str = strawberry.field(description="用户名 (username)。")
    password: str = strawberry.field(description="密码 (password)。")


@strawberry.type(
    description="登录成功 (LoginSuccess)：已设置会话 Cookie sg_session（HttpOnly）和 sg_csrf；"
    "之后的变更须在 X-CSRF-Token 请求头中带上 csrfToken。"
)
class LoginSuccess:
    user: User = strawberry.field(description="登录的用户 (user)。")
    csrf_token: str = strawberry.field(
        description="CSRF 令牌 (csrfToken)：与 sg_csrf Cookie 相同，"
        "变更请求须放入 X-CSRF-Token 头。"
    )


LoginResult = result_union(
    "LoginResult",
    LoginSuccess,
    "登录结果 (LoginResult)。",
    errors=InvalidCredentialsError | AccountLockedError | AccountDisabledError | InvalidInputError,
)


@strawberry.input(description="退出登录输入 (LogoutInput)。")
class LogoutInput:
    all_sessions: bool = strawberry.field(
        default=False, description="退出全部会话 (allSessions)：同时退出本人在其他设备上的登录。"
    )


@strawberry.type(description="已退出登录 (LogoutSuccess)：会话已吊销，Cookie 已清除。")
class LogoutSuccess:
    ended_sessions: int = strawberry.field(description="结束的会话数 (endedSessions)。")


LogoutResult = result_union(
    "LogoutResult",
    LogoutSuccess,
    "退出登录结果 (LogoutResult)。",
    errors=ReadOnlyTokenError | NotAuthenticatedError,
)

# ---- users ----------------------------------------------------------------------------


@strawberry.input(description="创建用户输入 (CreateUserInput)。")
class CreateUserInput:
    username: str = strawberry.field(
        description="用户名 (username)：3–32 位小写字母、数字或 . _ -。"
    )
    display_name: str = strawberry.field(description="姓名 (displayName)。")
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="所属部门编号 (departmentId)：业务角色必填。"
    )
    roles: list[RoleEnum] = strawberry.field(
        description="角色 (roles)：系统管理员、审计人员与业务角色不能同时授予。"
    )
    password: str = strawberry.field(description="初始密码 (password)：10 位以上，含字母和数字。")
    email: str = strawberry.field(
        default="", description="电子邮箱 (email)：接收邮件提醒，可不填。"
    )
    phone: str = strawberry.field(
        default="", description="手机号码 (phone)：11 位中国大陆手机号码，接收短信提醒，可不填。"
    )
    receives_reminders: bool = strawberry.field(
        default=False,
        description="接收提醒的责任人 (receivesReminders)：须属于一个部门（制度第二十条第一款）。",
    )


@strawberry.type(description="已创建用户 (CreateUserSuccess)。")
class CreateUserSuccess:
    user: User = strawberry.field(description="新用户 (user)。")


@strawberry.input(description="修改用户输入 (UpdateUserInput)：未提供的字段保持不变。")
class UpdateUserInput:
    id: strawberry.ID = strawberry.field(description="用户编号 (id)。")
    display_name: str | None = strawberry.field(default=None, description="姓名 (displayName)。")
    department_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET,
        description="所属部门编号 (departmentId)：传 null 表示不属于任何部门。",
    )
    roles: list[RoleEnum] | None = strawberry.field(default=None, description="角色 (roles)。")
    is_active: bool | None = strawberry.field(
        default=None, description="是否启用 (isActive)：停用会结束该用户的全部会话。"
    )
    email: str | None = strawberry.field(
        default=None, description="电子邮箱 (email)：空字符串表示清除。"
    )
    phone: str | None = strawberry.field(
        default=None, description="手机号码 (phone)：11 位中国大陆手机号码；空字符串表示清除。"
    )
    receives_reminders: bool | None = strawberry.field(
        default=None,
        description="接收提醒的责任人 (receivesReminders)：须属于一个部门（制度第二十条第一款）。",
    )


@strawberry.type(description="已修改用户 (UpdateUserSuccess)。")
class UpdateUserSuccess:
    user: User = strawberry.field(description="修改后的用户 (user)。")


@strawberry.input(description="重置密码输入 (ResetUserPasswordInput)。")
class ResetUserPasswordInput:
    id: strawberry.ID = strawberry.field(description="用户编号 (id)。")
    new_password: str = strawberry.field(
        description="新密码 (newPassword)：10 位以上，含字母和数字。"
    )


@strawberry.type(
    description="已重置密码 (ResetUserPasswordSuccess)：同时解除锁定并结束该用户的全部会话。"
)
class ResetUserPasswordSuccess:
    user: User = strawberry.field(description="该用户 (user)。")


CreateUserResult = result_union(
    "CreateUserResult", CreateUserSuccess, "创建用户结果 (CreateUserResult)。"
)
UpdateUserResult = result_union(
    "UpdateUserResult", UpdateUserSuccess, "修改用户结果 (UpdateUserResult)。"
)
ResetUserPasswordResult = result_union(
    "ResetUserPasswordResult", ResetUserPasswordSuccess, "重置密码结果 (ResetUserPasswordResult)。"
)

# ---- API tokens ---------------------------------------------------------------------------


@strawberry.input(description="创建 API 令牌输入 (CreateApiTokenInput)。")
class CreateApiTokenInput:
    name: str = strawberry.field(description="令牌名称 (name)：用途说明。")
    department_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="限定部门编号 (departmentId)：令牌只能读取该部门的数据；"
        "不填则可读全部（仅系统管理员）。",
    )


@strawberry.type(description="已创建 API 令牌 (CreateApiTokenSuccess)。")
class CreateApiTokenSuccess:
    api_token: ApiToken = strawberry.field(description="新令牌 (apiToken)。")
    secret: str = strawberry.field(
        description="密钥 (secret)：只显示这一次，请立即保存；"
        "请求时放在 Authorization: Bearer 头中。"
    )


@strawberry.input(description="吊销 API 令牌输入 (RevokeApiTokenInput)。")
class RevokeApiTokenInput:
    id: strawberry.ID = strawberry.field(description="令牌编号 (id)。")


@strawberry.type(description="已吊销 API 令牌 (RevokeApiTokenSuccess)。")
class RevokeApiTokenSuccess:
    api_token: ApiToken = strawberry.field(description="被吊销的令牌 (apiToken)。")


CreateApiTokenResult = result_union(
    "CreateApiTokenResult", CreateApiTokenSuccess, "创建 API 令牌结果 (CreateApiTokenResult)。"
)
RevokeApiTokenResult = result_union(
    "RevokeApiTokenResult", RevokeApiTokenSuccess, "吊销 API 令牌结果 (RevokeApiTokenResult)。"
)


def _roles(values: list[RoleEnum]) -> list:
    return [to_domain_role(r) for r in values]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="登录 (login)：用户名和密码；连续 5 次失败锁定 15 分钟。")
    async def login(
        self,
        info: Info,
        input: Annotated[LoginInput, strawberry.argument(description="登录输入 (input)。")],
    ) -> LoginResult:
        try:
            outcome = await sessions.login(input.username, input.password)
        except AccountLocked as exc:
            return AccountLockedError(
                message=exc.message, code=exc.code, field=exc.field, locked_until=exc.locked_until
            )
        except DomainError as exc:
            return await mutation_result(_raise(exc))
        max_age = int(rules.SESSION_LIFETIME.total_seconds())
        set_session_cookies(info.context, outcome.session_token, max_age)
        return LoginSuccess(
            user=User.from_model(outcome.user),
            csrf_token=csrf_token_for(info.context.settings, outcome.session_token),
        )

    @strawberry.mutation(description="退出登录 (logout)：吊销当前会话并清除 Cookie。")
    async def logout(
        self,
        info: Info,
        input: Annotated[
            LogoutInput | None, strawberry.argument(description="退出登录输入 (input)，可省略。")
        ] = None,
    ) -> LogoutResult:
        all_sessions = input.all_sessions if input else False

        async def work() -> LogoutSuccess:
            ended = await sessions.logout(
                info.context.actor, session_token_of(info.context), all_sessions=all_sessions
            )
            clear_session_cookies(info.context)
            return LogoutSuccess(ended_sessions=ended)

        return await mutation_result(work())

    @strawberry.mutation(
        description="创建用户 (createUser)：系统管理员，或部门管理员为本部门创建。"
    )
    async def create_user(
        self,
        info: Info,
        input: Annotated[
            CreateUserInput, strawberry.argument(description="创建用户输入 (input)。")
        ],
    ) -> CreateUserResult:
        async def work() -> CreateUserSuccess:
            user = await services.create_user(
                info.context.actor,
                username=input.username,
                display_name=input.display_name,
                department_id=department_pk(input.department_id, "departmentId"),
                roles=_roles(input.roles),
                password=input.password,
                email=input.email,
                phone=input.phone,
                receives_reminders=input.receives_reminders,
            )
            return CreateUserSuccess(user=User.from_model(user))

        return await mutation_result(work())

    @strawberry.mutation(
        description="修改用户 (updateUser)：姓名、部门、角色、启用或停用，"
        "以及接收提醒的电子邮箱、手机号码和是否为接收提醒的责任人。"
    )
    async def update_user(
        self,
        info: Info,
        input: Annotated[
            UpdateUserInput, strawberry.argument(description="修改用户输入 (input)。")
        ],
    ) -> UpdateUserResult:
        async def work() -> UpdateUserSuccess:
            changes: dict = {}
            if input.department_id is not strawberry.UNSET:
                changes["department_id"] = department_pk(input.department_id)
            user = await services.update_user(
                info.context.actor,
                int_pk(input.id, "User"),
                display_name=input.display_name,
                roles=_roles(input.roles) if input.roles is not None else None,
                is_active=input.is_active,
                email=input.email,
                phone=input.phone,
                receives_reminders=input.receives_reminders,
                **changes,
            )
            return UpdateUserSuccess(user=User.from_model(user))

        return await mutation_result(work())

    @strawberry.mutation(description="重置用户密码 (resetUserPassword)：同时解除锁定。")
    async def reset_user_password(
        self,
        info: Info,
        input: Annotated[
            ResetUserPasswordInput, strawberry.argument(description="重置密码输入 (input)。")
        ],
    ) -> ResetUserPasswordResult:
        async def work() -> ResetUserPasswordSuccess:
            user = await services.reset_user_password(
                info.context.actor, int_pk(input.id, "User"), new_password=input.new_password
            )
            return ResetUserPasswordSuccess(user=User.from_model(user))

        return await mutation_result(work())

    @strawberry.mutation(description="创建 API 令牌 (createApiToken)：只读，密钥只显示一次。")
    async def create_api_token(
        self,
        info: Info,
        input: Annotated[
            CreateApiTokenInput, strawberry.argument(description="创建 API 令牌输入 (input)。")
        ],
    ) -> CreateApiTokenResult:
        async def work() -> CreateApiTokenSuccess:
            created = await tokens.create_api_token(
                info.context.actor,
                name=input.name,
                department_id=department_pk(input.department_id),
            )
            return CreateApiTokenSuccess(
                api_token=ApiToken.from_model(created.token), secret=created.secret
            )

        return await mutation_result(work())

    @strawberry.mutation(description="吊销 API 令牌 (revokeApiToken)：立即失效。")
    async def revoke_api_token(
        self,
        info: Info,
        input: Annotated[
            RevokeApiTokenInput, strawberry.argument(description="吊销 API 令牌输入 (input)。")
        ],
    ) -> RevokeApiTokenResult:
        async def work() -> RevokeApiTokenSuccess:
            token = await tokens.revoke_api_token(info.context.actor, int_pk(input.id, "ApiToken"))
            return RevokeApiTokenSuccess(api_token=ApiToken.from_model(token))

        return await mutation_result(work())


async def _raise(exc: DomainError) -> None:
    raise exc
