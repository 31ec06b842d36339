"""Materials store reads (L1): materials as a keyset connection, and checkMaterials —
for K3 材料核验 and any reader — whether each required material is in the store and
valid today."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Info
from api.materials.types import (
    Material,
    MaterialCategoryEnum,
    MaterialValidityEnum,
    validity_enum,
)
from api.relay import Connection, int_pk, paginate
from domain.accounts.policy import Operation, require
from domain.calendar.rules import local_date
from domain.clock import utc_now
from domain.errors import InvalidInput
from domain.materials import rules
from domain.materials import services as store

MAX_REQUIRED = 50

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


@strawberry.input(description="证照材料筛选条件 (MaterialFilter)：各条件同时满足。")
class MaterialFilter:
    licensee_number: str | None = strawberry.field(
        default=None,
        description="行政相对人代码 (licenseeNumber)：统一社会信用代码或身份证号，须校验位正确；"
        "系统中没有该相对人时结果为空。",
    )
    category: MaterialCategoryEnum | None = strawberry.field(
        default=None, description="类别 (category)。"
    )
    validity: MaterialValidityEnum | None = strawberry.field(
        default=None, description="今日的有效状态 (validity)。"
    )
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="记录部门 (departmentId)：部门的全局编号。"
    )


@strawberry.input(description="要求提交的材料 (RequiredMaterialInput)：类别和名称。")
class RequiredMaterialInput:
    category: MaterialCategoryEnum = strawberry.field(description="类别 (category)。")
    name: str = strawberry.field(
        description="名称 (name)：与库中材料名称比较时忽略空格和英文大小写。"
    )


@strawberry.type(
    description="材料核验结果 (MaterialCheck)：一项要求提交的材料在证照材料库中的情况 (L1、K3)。"
)
class MaterialCheck:
    category: MaterialCategoryEnum = strawberry.field(description="要求的类别 (category)。")
    name: str = strawberry.field(description="要求的名称 (name)。")
    material: Material | None = strawberry.field(
        description="库中对应的材料 (material)：有效的优先；null 表示库中没有（须提交）。"
    )
    validity: MaterialValidityEnum | None = strawberry.field(
        description="该材料今日的有效状态 (validity)：null 表示库中没有；已过期的不视为有效。"
    )
    satisfied: bool = strawberry.field(
        description="无需再提交 (satisfied)：库中有今日有效的该材料 (L1：有效期内不再重复要求)。"
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="证照材料 (materials)：按类别、再按录入先后（新的在前）排序 (L1)；审批和监管"
        "人员、部门管理员、协调小组、审计人员及任何 API 令牌可读。"
    )
    async def materials(
        self,
        info: Info,
        filter: Annotated[
            MaterialFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[Material]:
        f = filter or MaterialFilter()
        actor = info.context.actor
        require(actor, Operation.READ_MATERIALS)
        today = local_date(utc_now())
        licensee_id = None
        if f.licensee_number is not None:
            try:
                licensee_id = (await store.licensee_by_number(f.licensee_number)).id
            except store.LicenseeNotFound:
                licensee_id = 0  # no licensee: no materials
        queryset = store.materials(
            actor,
            store.MaterialFilter(
                licensee_id=licensee_id,
                category=rules.MaterialCategory(f.category.value) if f.category else None,
                validity=rules.MaterialValidity(f.validity.value) if f.validity else None,
                department_id=(
                    None
                    if f.department_id is None
                    else int_pk(f.department_id, "Department", "departmentId")
                ),
            ),
            today,
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=lambda row: Material.from_model(row, info, today),
            order=("category", "-id"),
        )

    @strawberry.field(
        description="材料核验 (checkMaterials)：逐项回答行政相对人的所需材料是否已在证照材料库中"
        "且今日有效 (L1、K3 材料核验)；有效的不再要求提交，已过期、未生效、已撤回或没有的须提交。"
        "系统中没有该相对人时各项均为没有。"
    )
    async def check_materials(
        self,
        info: Info,
        licensee_number: Annotated[
            str,
            strawberry.argument(
                description="行政相对人代码 (licenseeNumber)：统一社会信用代码或身份证号。"
            ),
        ],
        required: Annotated[
            list[RequiredMaterialInput],
            strawberry.argument(description=f"所需材料 (required)：至多 {MAX_REQUIRED} 项。"),
        ],
    ) -> list[MaterialCheck]:
        require(info.context.actor, Operation.READ_MATERIALS)
        if len(required) > MAX_REQUIRED:
            raise InvalidInput(f"所需材料不能超过 {MAX_REQUIRED} 项。", field="required")
        wanted = [
            rules.RequiredMaterial(rules.MaterialCategory(r.category.value), r.name)
            for r in required
        ]
        today = local_date(utc_now())
        try:
            licensee_id = (await store.licensee_by_number(licensee_number)).id
        except store.LicenseeNotFound:
            licensee_id = 0
        checks = await store.check_materials(licensee_id, wanted, today)
        return [
            MaterialCheck(
                category=MaterialCategoryEnum(check.required.category.value),
                name=check.required.name,
                material=(
                    Material.from_model(check.material, info, today)
                    if check.material is not None
                    else None
                ),
                validity=validity_enum(check.validity) if check.validity else None,
                satisfied=check.satisfied,
            )
            for check in checks
        ]
