"""Queries of the accounts area: me, departments, department, users, apiTokens."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.accounts.types import (
    ApiToken,
    Department,
    DepartmentKindEnum,
    User,
    department_pk,
    to_domain_kind,
)
from api.context import Info
from api.relay import Connection, int_pk, paginate
from domain.accounts import services, tokens

FIRST = "每页条数 (first)：1–100，默认 20。"
AFTER = "游标 (after)：上一页的 endCursor，取其后的记录。"


@strawberry.type
class Query:
    @strawberry.field(
        description="当前用户 (me)：通过会话登录的用户；未登录或使用 API 令牌时为 null。"
    )
    async def me(self, info: Info) -> User | None:
        actor = info.context.actor
        if actor.user_id is None:
            return None
        row = await services.get_user(actor, actor.user_id)
        return User.from_model(row) if row else None

    @strawberry.field(description="部门列表 (departments)：按代码排序，可按部门类型筛选。")
    async def departments(
        self,
        info: Info,
        kind: Annotated[
            DepartmentKindEnum | None,
            strawberry.argument(description="部门类型 (kind)：只列出该类型的部门。"),
        ] = None,
        first: Annotated[int | None, strawberry.argument(description=FIRST)] = None,
        after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
    ) -> Connection[Department]:
        queryset = services.departments_query(
            info.context.actor, kind=to_domain_kind(kind) if kind else None
        )
        return await paginate(
            queryset, first=first, after=after, node=Department.from_model, order=("code", "id")
        )

    @strawberry.field(description="按编号获取部门 (department)；不存在时为 null。")
    async def department(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="部门的全局编号 (id)。")],
    ) -> Department | None:
        row = await services.get_department(info.context.actor, int_pk(id, "Department"))
        return Department.from_model(row) if row else None

    @strawberry.field(
        description="用户列表 (users)：本部门的用户；系统管理员、审计人员、协调小组可看全部。"
    )
    async def users(
        self,
        info: Info,
        department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="部门编号 (departmentId)：只列出该部门的用户。"),
        ] = None,
        first: Annotated[int | None, strawberry.argument(description=FIRST)] = None,
        after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
    ) -> Connection[User]:
        queryset = services.users_query(
            info.context.actor, department_id=department_pk(department_id)
        )
        return await paginate(
            queryset, first=first, after=after, node=User.from_model, order=("username", "id")
        )

    @strawberry.field(
        description="API 令牌列表 (apiTokens)：系统管理员看全部，部门管理员看本部门的令牌。"
    )
    async def api_tokens(
        self,
        info: Info,
        department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="部门编号 (departmentId)：只列出限定于该部门的令牌。"),
        ] = None,
        first: Annotated[int | None, strawberry.argument(description=FIRST)] = None,
        after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
    ) -> Connection[ApiToken]:
        queryset = tokens.api_tokens_query(
            info.context.actor, department_id=department_pk(department_id)
        )
        return await paginate(
            queryset, first=first, after=after, node=ApiToken.from_model, order=("-id",)
        )
