"""Published random inspection results (一公开, R4): open to everyone, no login needed.

What the public sees of a target: the licensee's name, a company's USCC in full, a
person's ID number masked (first 6 and last 4 characters), and the result published —
or pending while its task is not finished. Grades and inspectors are not published.
"""

from __future__ import annotations

from datetime import datetime

import strawberry

from api.context import Info
from api.linkage.results import ResultKindEnum
from domain.accounts import services as accounts
from domain.inspections import models, reads
from domain.inspections.rules import mask_id_number
from domain.linkage.rules import LicenseeKind, ResultKind
from domain.linkage.services import reads as linkage_reads


@strawberry.type(description="公开的抽查对象 (PublishedInspectionTarget)：一公开的一行。")
class PublishedInspectionTarget:
    licensee_name: str = strawberry.field(description="行政相对人名称或姓名 (licensee name)。")
    licensee_number: str = strawberry.field(
        description="统一社会信用代码或身份证号 (licensee number)：个人的身份证号已脱敏。"
    )
    result: ResultKindEnum | None = strawberry.field(
        description="抽查结果 (result)：任务办结后公开的结果；尚未办结为 null（待公开）。"
    )
    pending: bool = strawberry.field(description="结果待公开 (pending)：检查尚未办结。")


@strawberry.type(
    description="公开的抽查计划 (PublishedInspection)：已公开结果的双随机抽查 (R4，一公开)；"
    "公开，无需登录。"
)
class PublishedInspection:
    pk: strawberry.Private[int]
    row: strawberry.Private[models.InspectionPlan]
    name: str = strawberry.field(description="计划名称 (name)。")
    drawn_at: datetime = strawberry.field(description="抽取时间 (drawn at)。")
    published_at: datetime = strawberry.field(description="公开时间 (published at)。")

    @classmethod
    def from_model(cls, row: models.InspectionPlan) -> PublishedInspection:
        assert row.drawn_at is not None and row.published_at is not None
        return cls(
            pk=row.id, row=row, name=row.name, drawn_at=row.drawn_at, published_at=row.published_at
        )

    @strawberry.field(description="监管部门 (department name)。")
    async def department_name(self, info: Info) -> str:
        row = await info.context.loader("department_by_id", accounts.departments_by_ids).load(
            self.row.department_id
        )
        return row.name if row is not None else ""

    @strawberry.field(description="监管事项 (supervision item name)。")
    async def supervision_item_name(self, info: Info) -> str:
        loader = info.context.loader(
            "inspection_supervision_item_by_id", reads.supervision_items_by_ids
        )
        row = await loader.load(self.row.supervision_item_id)
        return row.name if row is not None else ""

    @strawberry.field(description="抽查对象及结果 (targets)：按抽取顺序。")
    async def targets(self, info: Info) -> list[PublishedInspectionTarget]:
        rows = await info.context.loader("inspection_targets_of", reads.targets_of).load(self.pk)
        licensees = await info.context.loader(
            "licensee_by_id", linkage_reads.licensees_by_ids
        ).load_many([r.licensee_id for r in rows])
        out = []
        for row, licensee in zip(rows, licensees, strict=True):
            assert licensee is not None
            person = LicenseeKind(licensee.kind) == LicenseeKind.PERSON
            result = row.published_result
            out.append(
                PublishedInspectionTarget(
                    licensee_name=licensee.name,
                    licensee_number=mask_id_number(licensee.number) if person else licensee.number,
                    result=None if result is None else ResultKindEnum(ResultKind(result).value),
                    pending=result is None,
                )
            )
        return out
