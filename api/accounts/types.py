"""GraphQL types of the accounts area: Department, User, ApiToken and their enums."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from api.context import Info
from api.errors import Error, register_error
from api.relay import Node, int_pk, node_resolver
from domain.accounts import actor as domain_actor
from domain.accounts import models, services, tokens
from domain.accounts.errors import AccountDisabled, AccountLocked, InvalidCredentials


@strawberry.enum(name="Role", description="角色 (Role)：用户在系统中的职责，决定其权限。")
class RoleEnum(Enum):
    APPROVAL_OFFICER = strawberry.enum_value(
        "APPROVAL_OFFICER", description="审批人员 (approval officer)：办理本部门的审批业务。"
    )
    SUPERVISOR = strawberry.enum_value(
        "SUPERVISOR", description="监管人员 (supervisor)：认领推送、开展本部门的监管任务。"
    )
    DEPARTMENT_ADMIN = strawberry.enum_value(
        "DEPARTMENT_ADMIN",
        description="部门管理员 (department admin)：管理本部门的用户和 API 令牌，办理本部门业务。",
    )
    COORDINATOR = strawberry.enum_value(
        "COORDINATOR", description="协调小组成员 (coordinator)：查看全部部门的数据，处理职责争议。"
    )
    AUDITOR = strawberry.enum_value(
        "AUDITOR",
        description="审计人员 (auditor)：只读查看全部数据和全程留痕记录，不能修改任何数据。",
    )
    SYSTEM_ADMIN = strawberry.enum_value(
        "SYSTEM_ADMIN",
        description="系统管理员 (system admin)：管理部门、用户、API 令牌和工作日历，"
        "不处理业务数据。",
    )


@strawberry.enum(name="DepartmentKind", description="部门类型 (DepartmentKind)。")
class DepartmentKindEnum(Enum):
    APPROVAL = strawberry.enum_value(
        "APPROVAL", description="审批部门 (approval department)：如行政审批局。"
    )
    SUPERVISION = strawberry.enum_value(
        "SUPERVISION", description="监管部门 (supervision department)：如市场监督管理局。"
    )
    COORDINATION = strawberry.enum_value(
        "COORDINATION", description="协调小组 (coordination group)：统筹协调，查看全部。"
    )


def to_domain_role(role: RoleEnum) -> domain_actor.Role:
    return domain_actor.Role(role.value)


def to_domain_kind(kind: DepartmentKindEnum) -> domain_actor.DepartmentKind:
    return domain_actor.DepartmentKind(kind.value)


@strawberry.type(description="部门 (Department)：县直部门，分为审批部门、监管部门和协调小组。")
class Department(Node):
    pk: strawberry.Private[int]
    code: str = strawberry.field(description="部门代码 (code)：简短且稳定，如 SPJ、SCJ。")
    name: str = strawberry.field(description="部门名称 (name)，如“保康县市场监督管理局”。")
    kind: DepartmentKindEnum = strawberry.field(description="部门类型 (kind)。")

    @classmethod
    def from_model(cls, row: models.Department) -> Department:
        return cls(pk=row.id, code=row.code, name=row.name, kind=DepartmentKindEnum(row.kind.value))


async def load_department(info: Info, department_id: int | None) -> Department | None:
    if department_id is None:
        return None
    row = await info.context.loader("department_by_id", services.departments_by_ids).load(
        department_id
    )
    return Department.from_model(row) if row is not None else None


@strawberry.type(description="用户 (User)：可登录系统的工作人员。")
class User(Node):
    pk: strawberry.Private[int]
    department_pk: strawberry.Private[int | None]
    username: str = strawberry.field(description="用户名 (username)：登录用。")
    display_name: str = strawberry.field(description="姓名 (display name)。")
    roles: list[RoleEnum] = strawberry.field(description="角色 (roles)。")
    is_active: bool = strawberry.field(description="是否启用 (active)：停用的用户不能登录。")
    email: str = strawberry.field(
        description="电子邮箱 (email)：接收邮件提醒；空字符串表示未填写 (M1)。"
    )
    phone: str = strawberry.field(
        description="手机号码 (phone)：接收短信提醒，11 位；空字符串表示未填写 (M1)。"
    )
    receives_reminders: bool = strawberry.field(
        description="接收提醒的责任人 (receivesReminders)：本部门负责接收和反馈的人员，"
        "期限临近和逾期时收到提醒（制度第二十条第一款，P2, M1）；部门未指定时提醒发给部门管理员。"
    )
    locked_until: datetime | None = strawberry.field(
        description="锁定至 (locked until)：连续登录失败被锁定时的解锁时间，未锁定为 null。"
    )
    last_login_at: datetime | None = strawberry.field(description="最近登录时间 (last login)。")
    created_at: datetime = strawberry.field(description="创建时间 (created at)。")

    @strawberry.field(description="所属部门 (department)：系统管理员、审计人员可不属于任何部门。")
    async def department(self, info: Info) -> Department | None:
        return await load_department(info, self.department_pk)

    @classmethod
    def from_model(cls, row: models.User) -> User:
        return cls(
            pk=row.id,
            department_pk=row.department_id,
            username=row.username,
            display_name=row.display_name,
            roles=[RoleEnum(r) for r in sorted(row.roles)],
            is_active=row.is_active,
            email=row.email,
            phone=row.phone,
            receives_reminders=row.receives_reminders,
            locked_until=row.locked_until,
            last_login_at=row.last_login_at,
            created_at=row.created_at,
        )


@strawberry.type(
    description="API 令牌 (ApiToken)：供外部看板只读访问；可限定一个部门，可吊销。"
    "密钥只在创建时显示一次。"
)
class ApiToken(Node):
    pk: strawberry.Private[int]
    department_pk: strawberry.Private[int | None]
    name: str = strawberry.field(description="令牌名称 (name)：用途说明，如“县政务大屏”。")
    prefix: str = strawberry.field(description="密钥前缀 (prefix)：用于辨认令牌，不是密钥本身。")
    created_at: datetime = strawberry.field(description="创建时间 (created at)。")
    revoked_at: datetime | None = strawberry.field(
        description="吊销时间 (revoked at)：未吊销为 null。"
    )
    last_used_at: datetime | None = strawberry.field(
        description="最近使用时间 (last used)，精确到约 10 分钟。"
    )

    @strawberry.field(description="限定部门 (department)：为 null 时可读取全部部门的数据。")
    async def department(self, info: Info) -> Department | None:
        return await load_department(info, self.department_pk)

    @classmethod
    def from_model(cls, row: models.ApiToken) -> ApiToken:
        return cls(
            pk=row.id,
            department_pk=row.department_id,
            name=row.name,
            prefix=row.prefix,
            created_at=row.created_at,
            revoked_at=row.revoked_at,
            last_used_at=row.last_used_at,
        )


@node_resolver("Department")
async def resolve_department_node(info: Info, pk: int) -> Department | None:
    row = await services.get_department(info.context.actor, pk)
    return Department.from_model(row) if row else None


@node_resolver("User")
async def resolve_user_node(info: Info, pk: int) -> User | None:
    row = await services.get_user(info.context.actor, pk)
    return User.from_model(row) if row else None


@node_resolver("ApiToken")
async def resolve_api_token_node(info: Info, pk: int) -> ApiToken | None:
    row = await tokens.get_api_token(info.context.actor, pk)
    return ApiToken.from_model(row) if row else None


def department_pk(global_id: strawberry.ID | None, field: str = "departmentId") -> int | None:
    return None if global_id is None else int_pk(global_id, "Department", field)


# ---- errors of this area ----------------------------------------------------------


@strawberry.type(description="用户名或密码错误 (InvalidCredentialsError)。")
class InvalidCredentialsError(Error):
    pass


@strawberry.type(
    description="账户已锁定 (AccountLockedError)：连续 5 次登录失败，锁定 15 分钟；"
    "message 中写明解锁时间。"
)
class AccountLockedError(Error):
    locked_until: datetime | None = strawberry.field(
        default=None, description="解锁时间 (locked until)。"
    )


@strawberry.type(description="账户已停用 (AccountDisabledError)：请联系管理员。")
class AccountDisabledError(Error):
    pass


register_error(InvalidCredentials, InvalidCredentialsError)
register_error(AccountDisabled, AccountDisabledError)
register_error(AccountLocked, AccountLockedError)
