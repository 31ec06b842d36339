"""GraphQL types of random inspection (R4): plans, targets, inspectors, grade rates."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.catalogue.types import SupervisionItem
from api.context import Info
from api.credit.grade import CreditGradeEnum
from api.linkage.results import ResultKindEnum
from api.linkage.types import Licensee, SupervisionTask
from api.relay import Node, node_resolver, to_global_id
from domain.accounts.models import User
from domain.credit.rules import CreditGrade
from domain.inspections import models, reads, rules
from domain.inspections import services as inspections
from domain.linkage.rules import ResultKind
from domain.linkage.services import reads as linkage_reads


@strawberry.enum(name="InspectionPlanStatus", description="抽查计划状态 (InspectionPlanStatus)。")
class InspectionPlanStatusEnum(Enum):
    DRAFT = strawberry.enum_value("DRAFT", description="草稿 (draft)：尚未抽取。")
    DRAWN = strawberry.enum_value(
        "DRAWN", description="已抽取 (drawn)：对象和检查人员已抽取，监管任务已生成。"
    )
    PUBLISHED = strawberry.enum_value(
        "PUBLISHED", description="已公开 (published)：抽查结果已向社会公开（一公开）。"
    )


@strawberry.type(description="抽查比例 (InspectionGradeRate)：某一信用风险等级的抽查比例 (R4)。")
class InspectionGradeRate:
    grade: CreditGradeEnum = strawberry.field(description="信用风险等级 (grade)：A–D。")
    rate_percent: int = strawberry.field(
        description="抽查比例 (rate percent)：0–100；该等级对象数乘以比例后向上取整。"
    )


def grade_rates(rates: dict[CreditGrade, int]) -> list[InspectionGradeRate]:
    return [
        InspectionGradeRate(grade=CreditGradeEnum(g.value), rate_percent=rates[g])
        for g in CreditGrade
    ]


@strawberry.type(description="检查人员 (Inspector)：部门检查人员名录中的一人 (R4)。")
class Inspector:
    pk: strawberry.Private[int]
    username: str = strawberry.field(description="用户名 (username)。")
    display_name: str = strawberry.field(description="姓名 (display name)。")

    @strawberry.field(description="用户的全局编号 (id)：User 的编号。")
    def id(self) -> strawberry.ID:
        return to_global_id("User", self.pk)

    @classmethod
    def from_model(cls, row: User) -> Inspector:
        return cls(pk=row.id, username=row.username, display_name=row.display_name)


@strawberry.type(
    description="抽查对象 (InspectionTarget)：抽中的行政相对人、抽取时的信用等级、抽中的检查人员"
    "及其监管任务 (R4)。"
)
class InspectionTarget:
    pk: strawberry.Private[int]
    row: strawberry.Private[models.InspectionTarget]
    department_pk: strawberry.Private[int]
    position: int = strawberry.field(description="序号 (position)：抽取顺序，从 1 起。")
    grade: CreditGradeEnum = strawberry.field(description="抽取时的信用风险等级 (grade)。")
    published_result: ResultKindEnum | None = strawberry.field(
        description="已公开的结果 (published result)：公开时任务已办结的结果；未办结（待公开）"
        "或尚未公开为 null。"
    )

    @classmethod
    def from_model(cls, row: models.InspectionTarget, department_id: int) -> InspectionTarget:
        return cls(
            pk=row.id,
            row=row,
            department_pk=department_id,
            position=row.position,
            grade=CreditGradeEnum(CreditGrade(row.grade).value),
            published_result=(
                None
                if row.published_result is None
                else ResultKindEnum(ResultKind(row.published_result).value)
            ),
        )

    @strawberry.field(description="行政相对人 (licensee)。")
    async def licensee(self, info: Info) -> Licensee:
        row = await info.context.loader("licensee_by_id", linkage_reads.licensees_by_ids).load(
            self.row.licensee_id
        )
        assert row is not None
        return Licensee.from_model(row, info.context.actor, frozenset({self.department_pk}))

    @strawberry.field(description="检查人员 (inspectors)：抽取顺序；同一对象不重复。")
    async def inspectors(self, info: Info) -> list[Inspector]:
        loader = info.context.loader("inspection_user_by_id", reads.users_by_ids)
        rows = await loader.load_many(list(self.row.inspector_ids))
        return [Inspector.from_model(u) for u in rows if u is not None]

    @strawberry.field(description="监管任务 (task)：来源为双随机抽查，按监管任务反馈结果 (S1–S3)。")
    async def task(self, info: Info) -> SupervisionTask | None:
        if self.row.task_id is None:
            return None
        row = await info.context.loader("task_by_id", linkage_reads.tasks_by_ids).load(
            self.row.task_id
        )
        return SupervisionTask.from_model(row) if row is not None else None


@strawberry.type(description="复核抽取 (DrawCheck)：按记录的随机种子和抽取时快照重新抽取并比对。")
class DrawCheck:
    matches: bool = strawberry.field(
        description="是否一致 (matches)：真＝重新抽取的对象和检查人员与记录完全相同。"
    )
    seed: str = strawberry.field(description="随机种子 (seed)。")


@strawberry.type(
    description="抽查计划 (InspectionPlan)：某监管事项的双随机抽查 — 按信用等级比例抽取检查对象，"
    "从部门检查人员名录抽取检查人员，结果向社会公开 (R4)。"
)
class InspectionPlan(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.InspectionPlan]
    name: str = strawberry.field(description="计划名称 (name)。")
    status: InspectionPlanStatusEnum = strawberry.field(description="状态 (status)。")
    rates: list[InspectionGradeRate] = strawberry.field(
        description="各信用等级的抽查比例 (rates)：A–D。"
    )
    inspectors_per_target: int = strawberry.field(
        description="每个对象的检查人员数 (inspectors per target)。"
    )
    working_days: int = strawberry.field(
        description="完成期限 (working days)：抽取后多少个工作日内反馈结果。"
    )
    seed: str | None = strawberry.field(
        description="随机种子 (seed)：抽取时记录，据此可复核；未抽取为 null。"
    )
    candidate_count: int = strawberry.field(
        description="备选对象数 (candidate count)：抽取时该事项下许可有效的行政相对人数。"
    )
    created_at: datetime = strawberry.field(description="创建时间 (created at)。")
    drawn_at: datetime | None = strawberry.field(description="抽取时间 (drawn at)。")
    published_at: datetime | None = strawberry.field(
        description="公开时间 (published at)：最近一次公开结果的时间。"
    )

    @classmethod
    def from_model(cls, row: models.InspectionPlan) -> InspectionPlan:
        drawn = row.status != rules.PlanStatus.DRAFT
        return cls(
            pk=row.id,
            row=row,
            name=row.name,
            status=InspectionPlanStatusEnum(rules.PlanStatus(row.status).value),
            rates=grade_rates(rules.rates_of(row.rates)),
            inspectors_per_target=row.inspectors_per_target,
            working_days=row.working_days,
            seed=row.seed if drawn else None,
            candidate_count=len(row.candidates),
            created_at=row.created_at,
            drawn_at=row.drawn_at,
            published_at=row.published_at,
        )

    @strawberry.field(description="监管部门 (department)。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="监管事项 (supervision item)。")
    async def supervision_item(self, info: Info) -> SupervisionItem:
        loader = info.context.loader(
            "inspection_supervision_item_by_id", reads.supervision_items_by_ids
        )
        row = await loader.load(self.row.supervision_item_id)
        assert row is not None
        return SupervisionItem.from_model(row)

    @strawberry.field(description="抽查对象 (targets)：按抽取顺序；未抽取为空。")
    async def targets(self, info: Info) -> list[InspectionTarget]:
        rows = await info.context.loader("inspection_targets_of", reads.targets_of).load(self.pk)
        return [InspectionTarget.from_model(r, self.row.department_id) for r in rows]

    @strawberry.field(
        description="当前用户可否办理 (can act)：本部门的部门管理员或监管人员可创建、抽取、公开。"
    )
    def can_act(self, info: Info) -> bool:
        return reads.can_act(info.context.actor, self.row.department_id)

    @strawberry.field(
        description="复核抽取 (draw check)：按记录的种子和快照重新抽取并比对；未抽取为 null。"
        "逐个计划计算，请只在详情中查询。"
    )
    async def draw_check(self, info: Info) -> DrawCheck | None:
        if self.row.status == rules.PlanStatus.DRAFT:
            return None
        matches = await inspections.verify_draw(info.context.actor, self.pk)
        return DrawCheck(matches=matches, seed=self.row.seed)


@node_resolver("InspectionPlan")
async def resolve_plan(info: Info, pk: int) -> InspectionPlan | None:
    if not info.context.actor.is_authenticated:
        return None
    row = await reads.visible_plan(info.context.actor, pk)
    return InspectionPlan.from_model(row) if row is not None else None
