"""GraphQL types of the materials store (L1): Material, its category and validity."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.attachments.types import Attachment, attachments_loader
from api.context import Info
from api.linkage.types import Licensee
from api.relay import Node, node_resolver
from domain.accounts.policy import Operation, can
from domain.calendar.rules import local_date
from domain.clock import utc_now
from domain.linkage.services import reads
from domain.materials import models, rules
from domain.materials import services as store


@strawberry.enum(name="MaterialCategory", description="证照材料类别 (MaterialCategory)：L1。")
class MaterialCategoryEnum(Enum):
    IDENTITY = strawberry.enum_value(
        "IDENTITY", description="身份类 (identity)：营业执照、身份证等。"
    )
    QUALIFICATION = strawberry.enum_value(
        "QUALIFICATION", description="资格类 (qualification)：许可证、资格证书等。"
    )
    PROPERTY = strawberry.enum_value(
        "PROPERTY", description="财产类 (property)：不动产权证、车辆行驶证等。"
    )
    RIGHTS = strawberry.enum_value(
        "RIGHTS", description="权益类 (rights)：商标、专利、租赁合同等。"
    )
    CREDIT = strawberry.enum_value(
        "CREDIT", description="信用类 (credit)：信用报告、无犯罪证明等。"
    )
    SOCIAL_RELATIONS = strawberry.enum_value(
        "SOCIAL_RELATIONS", description="社会关系类 (social relations)：婚姻、亲属关系证明等。"
    )


@strawberry.enum(
    name="MaterialValidity", description="证照材料有效状态 (MaterialValidity)：按某日计算 (L1)。"
)
class MaterialValidityEnum(Enum):
    VALID = strawberry.enum_value(
        "VALID", description="有效 (valid)：在有效期内且未撤回；有效期内不再要求重复提交。"
    )
    EXPIRED = strawberry.enum_value(
        "EXPIRED", description="已过期 (expired)：已过有效期截止日，须重新提交。"
    )
    NOT_YET_VALID = strawberry.enum_value(
        "NOT_YET_VALID", description="未生效 (not yet valid)：有效期尚未开始。"
    )
    WITHDRAWN = strawberry.enum_value(
        "WITHDRAWN", description="已撤回 (withdrawn)：记录部门已撤回，保留备查。"
    )


def category_enum(value: str) -> MaterialCategoryEnum:
    return MaterialCategoryEnum(rules.MaterialCategory(value).value)


def validity_enum(value: rules.MaterialValidity) -> MaterialValidityEnum:
    return MaterialValidityEnum(value.value)


@strawberry.type(
    description="证照材料 (Material)：证照材料库中行政相对人的一份电子证照或材料，含类别、"
    "有效期和扫描件 (L1)。审批和监管人员、协调小组、审计人员及 API 令牌均可读；从不删除，"
    "只能撤回。"
)
class Material(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.Material]
    category: MaterialCategoryEnum = strawberry.field(description="类别 (category)。")
    name: str = strawberry.field(description="名称 (name)：如 营业执照、食品经营许可证。")
    document_number: str | None = strawberry.field(
        description="证照编号 (document number)：未填为 null。"
    )
    issuer: str = strawberry.field(description="发证机关 (issuer)。")
    valid_from: date = strawberry.field(description="有效期起 (valid from)：含当日。")
    valid_until: date | None = strawberry.field(
        description="有效期至 (valid until)：最后一个有效日；null 表示长期有效。"
    )
    validity: MaterialValidityEnum = strawberry.field(
        description="今日（北京时间）的有效状态 (validity)。"
    )
    recorded_at: datetime = strawberry.field(description="录入时间 (recorded at)。")
    corrected_at: datetime | None = strawberry.field(
        description="最近更正时间 (corrected at)：未更正为 null。"
    )
    withdrawn_at: datetime | None = strawberry.field(
        description="撤回时间 (withdrawn at)：未撤回为 null。"
    )
    withdrawal_reason: str | None = strawberry.field(
        description="撤回理由 (withdrawal reason)：未撤回为 null。"
    )
    can_change: bool = strawberry.field(
        description="当前用户能否更正或撤回 (can change)：记录部门的审批人员、监管人员、部门"
        "管理员，且未撤回。"
    )

    @classmethod
    def from_model(cls, row: models.Material, info: Info, today: date | None = None) -> Material:
        today = today or local_date(utc_now())
        return cls(
            pk=row.id,
            row=row,
            category=category_enum(row.category),
            name=row.name,
            document_number=row.document_number or None,
            issuer=row.issuer,
            valid_from=row.valid_from,
            valid_until=row.valid_until,
            validity=validity_enum(rules.validity(row, today)),
            recorded_at=row.recorded_at,
            corrected_at=row.corrected_at,
            withdrawn_at=row.withdrawn_at,
            withdrawal_reason=row.withdrawal_reason or None,
            can_change=row.withdrawn_at is None
            and can(info.context.actor, Operation.RECORD_MATERIALS, row.department_id),
        )

    @strawberry.field(description="行政相对人 (licensee)：联系电话脱敏（协调小组除外）。")
    async def licensee(self, info: Info) -> Licensee:
        row = await info.context.loader("licensee_by_id", reads.licensees_by_ids).load(
            self.row.licensee_id
        )
        assert row is not None
        return Licensee.from_model(row, info.context.actor, frozenset())

    @strawberry.field(description="记录部门 (department)：录入该材料的部门。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="扫描件 (attachments)：证照或材料的扫描件，按上传顺序。")
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, store.MATERIAL_OWNER).load(self.pk)


@node_resolver("Material")
async def resolve_material(info: Info, pk: int) -> Material | None:
    if not can(info.context.actor, Operation.READ_MATERIALS):
        return None
    row = await store.material(info.context.actor, pk)
    return Material.from_model(row, info) if row is not None else None
