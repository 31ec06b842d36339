"""Random inspection reads (R4): plans by department (keyset pages), a department's
inspector pool, the default rates, and the published results — public, no login."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Info
from api.inspections.published import PublishedInspection
from api.inspections.types import (
    InspectionGradeRate,
    InspectionPlan,
    InspectionPlanStatusEnum,
    Inspector,
    grade_rates,
)
from api.relay import Connection, int_pk, paginate
from domain.errors import InvalidInput
from domain.inspections import reads, rules
from domain.inspections import services as inspections

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


@strawberry.input(description="抽查计划筛选条件 (InspectionPlanFilter)：各条件同时满足。")
class InspectionPlanFilter:
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="监管部门 (departmentId)：部门的全局编号。"
    )
    status: InspectionPlanStatusEnum | None = strawberry.field(
        default=None, description="状态 (status)。"
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="抽查计划 (inspectionPlans)：最新创建的在前 (R4)；本部门人员读本部门的，"
        "协调小组和审计人员读全部，API 令牌读其部门的。"
    )
    async def inspection_plans(
        self,
        info: Info,
        filter: Annotated[
            InspectionPlanFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[InspectionPlan]:
        f = filter or InspectionPlanFilter()
        queryset = reads.plans(
            info.context.actor,
            reads.PlanFilter(
                department_id=(
                    None
                    if f.department_id is None
                    else int_pk(f.department_id, "Department", "departmentId")
                ),
                status=rules.PlanStatus(f.status.value) if f.status else None,
            ),
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=InspectionPlan.from_model,
            order=("-created_at",),
        )

    @strawberry.field(
        description="检查人员名录 (inspectors)：某部门的检查人员，不填为本人部门 (R4)。"
    )
    async def inspectors(
        self,
        info: Info,
        department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="部门 (departmentId)：部门的全局编号。"),
        ] = None,
    ) -> list[Inspector]:
        actor = info.context.actor
        pk = (
            int_pk(department_id, "Department", "departmentId")
            if department_id is not None
            else actor.department_id
        )
        if pk is None:
            raise InvalidInput("请选择部门。", field="departmentId")
        return [Inspector.from_model(u) for u in await inspections.inspectors(actor, pk)]

    @strawberry.field(
        description="默认抽查比例 (inspectionRateDefaults)：新建计划不填比例时使用 (R4)："
        "A 5%、B 10%、C 20%、D 50%。"
    )
    def inspection_rate_defaults(self) -> list[InspectionGradeRate]:
        return grade_rates(rules.DEFAULT_RATES)

    @strawberry.field(
        description="公开的抽查结果 (publishedInspections)：最近公开的在前（双随机、一公开，R4）；"
        "公开，无需登录。"
    )
    async def published_inspections(
        self, first: First = None, after: After = None
    ) -> Connection[PublishedInspection]:
        return await paginate(
            reads.published_plans(),
            first=first,
            after=after,
            node=PublishedInspection.from_model,
            order=("-published_at",),
        )
