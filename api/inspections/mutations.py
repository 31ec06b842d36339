"""Random inspection changes (R4): setInspectors, createInspectionPlan, drawInspection,
publishInspectionResults; each calls one service of ``domain.inspections.services`` and
returns a result union."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Info
from api.credit.grade import CreditGradeEnum
from api.errors import mutation_result, result_union
from api.inspections.types import InspectionPlan, Inspector
from api.relay import int_pk
from domain.credit.rules import CreditGrade
from domain.errors import InvalidInput
from domain.inspections import rules
from domain.inspections import services as inspections


@strawberry.input(description="设置检查人员名录 (SetInspectorsInput)：R4。")
class SetInspectorsInput:
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="部门 (departmentId)：不填为本人部门。"
    )
    user_ids: list[strawberry.ID] = strawberry.field(
        description="检查人员 (userIds)：本部门在职的监管人员或部门管理员（User 全局编号）；"
        "名录即为这些人。"
    )


@strawberry.input(description="抽查比例 (InspectionGradeRateInput)：某一等级的比例。")
class InspectionGradeRateInput:
    grade: CreditGradeEnum = strawberry.field(description="信用风险等级 (grade)。")
    rate_percent: int = strawberry.field(description="抽查比例 (ratePercent)：0–100。")


@strawberry.input(description="新建抽查计划 (CreateInspectionPlanInput)：R4。")
class CreateInspectionPlanInput:
    supervision_item_id: strawberry.ID = strawberry.field(
        description="监管事项 (supervisionItemId)：SupervisionItem 的全局编号；计划属于其部门。"
    )
    name: str = strawberry.field(description="计划名称 (name)：必填，至多 100 字。")
    rates: list[InspectionGradeRateInput] = strawberry.field(
        default_factory=list,
        description="抽查比例 (rates)：未列出的等级用默认比例（A 5%、B 10%、C 20%、D 50%）。",
    )
    inspectors_per_target: int | None = strawberry.field(
        default=None, description="每个对象的检查人员数 (inspectorsPerTarget)：1–5，默认 2。"
    )
    working_days: int | None = strawberry.field(
        default=None, description="完成期限 (workingDays)：抽取后 1–60 个工作日，默认 20。"
    )


@strawberry.input(description="抽取 (DrawInspectionInput)：R4。")
class DrawInspectionInput:
    plan_id: strawberry.ID = strawberry.field(description="抽查计划 (planId)：全局编号。")
    seed: str | None = strawberry.field(
        default=None,
        description="随机种子 (seed)：不填由系统安全随机生成；填写可在别处重现同一抽取。",
    )


@strawberry.input(description="公开抽查结果 (PublishInspectionResultsInput)：R4 一公开。")
class PublishInspectionResultsInput:
    plan_id: strawberry.ID = strawberry.field(description="抽查计划 (planId)：全局编号。")


@strawberry.type(description="检查人员名录已设置 (SetInspectorsSuccess)。")
class SetInspectorsSuccess:
    inspectors: list[Inspector] = strawberry.field(description="检查人员名录 (inspectors)。")


@strawberry.type(description="抽查计划已创建 (CreateInspectionPlanSuccess)。")
class CreateInspectionPlanSuccess:
    inspection_plan: InspectionPlan = strawberry.field(description="抽查计划 (inspectionPlan)。")


@strawberry.type(description="已抽取 (DrawInspectionSuccess)：对象、检查人员和监管任务。")
class DrawInspectionSuccess:
    inspection_plan: InspectionPlan = strawberry.field(description="抽查计划 (inspectionPlan)。")


@strawberry.type(description="抽查结果已公开 (PublishInspectionResultsSuccess)。")
class PublishInspectionResultsSuccess:
    inspection_plan: InspectionPlan = strawberry.field(description="抽查计划 (inspectionPlan)。")


SetInspectorsResult = result_union(
    "SetInspectorsResult", SetInspectorsSuccess, "设置检查人员名录结果 (SetInspectorsResult)。"
)
CreateInspectionPlanResult = result_union(
    "CreateInspectionPlanResult",
    CreateInspectionPlanSuccess,
    "新建抽查计划结果 (CreateInspectionPlanResult)。",
)
DrawInspectionResult = result_union(
    "DrawInspectionResult", DrawInspectionSuccess, "抽取结果 (DrawInspectionResult)。"
)
PublishInspectionResultsResult = result_union(
    "PublishInspectionResultsResult",
    PublishInspectionResultsSuccess,
    "公开抽查结果的结果 (PublishInspectionResultsResult)。",
)


def _plan_pk(global_id: strawberry.ID) -> int:
    return int_pk(global_id, "InspectionPlan", "planId")


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="设置检查人员名录 (setInspectors)：本部门的部门管理员 (R4)。已记入审计日志。"
    )
    async def set_inspectors(
        self,
        info: Info,
        input: Annotated[SetInspectorsInput, strawberry.argument(description="名录 (input)。")],
    ) -> SetInspectorsResult:
        async def work() -> SetInspectorsSuccess:
            actor = info.context.actor
            department = (
                int_pk(input.department_id, "Department", "departmentId")
                if input.department_id is not None
                else actor.department_id
            )
            if department is None:
                raise InvalidInput("请选择部门。", field="departmentId")
            users = [int_pk(u, "User", "userIds") for u in input.user_ids]
            rows = await inspections.set_inspectors(actor, department, users)
            return SetInspectorsSuccess(inspectors=[Inspector.from_model(u) for u in rows])

        return await mutation_result(work())

    @strawberry.mutation(
        description="新建抽查计划 (createInspectionPlan)：监管事项所属部门的部门管理员或监管人员 "
        "(R4)。已记入审计日志。"
    )
    async def create_inspection_plan(
        self,
        info: Info,
        input: Annotated[
            CreateInspectionPlanInput, strawberry.argument(description="抽查计划 (input)。")
        ],
    ) -> CreateInspectionPlanResult:
        async def work() -> CreateInspectionPlanSuccess:
            item = int_pk(input.supervision_item_id, "SupervisionItem", "supervisionItemId")
            data = rules.PlanData(
                name=input.name,
                rates={CreditGrade(r.grade.value): r.rate_percent for r in input.rates},
                inspectors_per_target=input.inspectors_per_target,
                working_days=input.working_days,
            )
            row = await inspections.create_plan(info.context.actor, item, data)
            return CreateInspectionPlanSuccess(inspection_plan=InspectionPlan.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="抽取 (drawInspection)：按信用等级比例抽取对象、从名录抽取检查人员，为每个对象"
        "生成监管任务；记录随机种子和快照，可复核 (R4)。已记入审计日志。"
    )
    async def draw_inspection(
        self,
        info: Info,
        input: Annotated[DrawInspectionInput, strawberry.argument(description="抽取 (input)。")],
    ) -> DrawInspectionResult:
        async def work() -> DrawInspectionSuccess:
            row = await inspections.draw_plan(
                info.context.actor, _plan_pk(input.plan_id), input.seed
            )
            return DrawInspectionSuccess(inspection_plan=InspectionPlan.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="公开抽查结果 (publishInspectionResults)：已办结任务公开其结果，"
        "其余标为待公开；可再次公开以补充后来办结的结果（一公开，R4）。已记入审计日志。"
    )
    async def publish_inspection_results(
        self,
        info: Info,
        input: Annotated[
            PublishInspectionResultsInput, strawberry.argument(description="公开 (input)。")
        ],
    ) -> PublishInspectionResultsResult:
        async def work() -> PublishInspectionResultsSuccess:
            row = await inspections.publish_results(info.context.actor, _plan_pk(input.plan_id))
            return PublishInspectionResultsSuccess(inspection_plan=InspectionPlan.from_model(row))

        return await mutation_result(work())
