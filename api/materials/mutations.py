"""Materials store changes (L1): addMaterial, updateMaterial, withdrawMaterial; each
resolver calls one service of ``domain.materials.services`` and returns a result union."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import strawberry

from api.context import Info
from api.errors import mutation_result, result_union
from api.linkage.mutations import attachment_pks
from api.materials.types import Material, MaterialCategoryEnum
from api.relay import int_pk
from domain.materials import rules
from domain.materials import services as store


def _category() -> Any:
    return strawberry.field(description="类别 (category)。")


@strawberry.input(description="录入证照材料 (AddMaterialInput)：L1。")
class AddMaterialInput:
    licensee_number: str = strawberry.field(
        description="行政相对人代码 (licenseeNumber)：系统中已有的统一社会信用代码或身份证号 (P6)。"
    )
    category: MaterialCategoryEnum = _category()
    name: str = strawberry.field(description="名称 (name)：必填，如 营业执照。")
    document_number: str = strawberry.field(
        default="", description="证照编号 (documentNumber)：选填。"
    )
    issuer: str = strawberry.field(description="发证机关 (issuer)：必填。")
    valid_from: date = strawberry.field(description="有效期起 (validFrom)。")
    valid_until: date | None = strawberry.field(
        default=None,
        description="有效期至 (validUntil)：最后一个有效日，不早于 validFrom；不填表示长期有效。",
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="扫描件 (attachmentIds)：先经 POST /files/attachments 上传所得的 Attachment "
        "全局编号，与材料在同一事务中保存。",
    )


@strawberry.input(description="更正证照材料 (UpdateMaterialInput)：L1，行政相对人不变。")
class UpdateMaterialInput:
    material_id: strawberry.ID = strawberry.field(
        description="证照材料 (materialId)：Material 的全局编号。"
    )
    category: MaterialCategoryEnum = _category()
    name: str = strawberry.field(description="名称 (name)：必填。")
    document_number: str = strawberry.field(
        default="", description="证照编号 (documentNumber)：选填。"
    )
    issuer: str = strawberry.field(description="发证机关 (issuer)：必填。")
    valid_from: date = strawberry.field(description="有效期起 (validFrom)。")
    valid_until: date | None = strawberry.field(
        default=None,
        description="有效期至 (validUntil)：不早于 validFrom；不填表示长期有效。",
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="新增扫描件 (attachmentIds)：追加到已有的扫描件之后。",
    )


@strawberry.input(description="撤回证照材料 (WithdrawMaterialInput)：L1，须说明理由。")
class WithdrawMaterialInput:
    material_id: strawberry.ID = strawberry.field(
        description="证照材料 (materialId)：Material 的全局编号。"
    )
    reason: str = strawberry.field(description="撤回理由 (reason)：必填。")


@strawberry.type(description="证照材料已录入 (AddMaterialSuccess)。")
class AddMaterialSuccess:
    material: Material = strawberry.field(description="证照材料 (material)。")


@strawberry.type(description="证照材料已更正 (UpdateMaterialSuccess)。")
class UpdateMaterialSuccess:
    material: Material = strawberry.field(description="证照材料 (material)。")


@strawberry.type(description="证照材料已撤回 (WithdrawMaterialSuccess)。")
class WithdrawMaterialSuccess:
    material: Material = strawberry.field(description="证照材料 (material)。")


AddMaterialResult = result_union(
    "AddMaterialResult", AddMaterialSuccess, "录入证照材料结果 (AddMaterialResult)。"
)
UpdateMaterialResult = result_union(
    "UpdateMaterialResult", UpdateMaterialSuccess, "更正证照材料结果 (UpdateMaterialResult)。"
)
WithdrawMaterialResult = result_union(
    "WithdrawMaterialResult",
    WithdrawMaterialSuccess,
    "撤回证照材料结果 (WithdrawMaterialResult)。",
)


def _data(input: AddMaterialInput | UpdateMaterialInput) -> rules.MaterialData:
    return rules.MaterialData(
        category=rules.MaterialCategory(input.category.value),
        name=input.name,
        issuer=input.issuer,
        valid_from=input.valid_from,
        valid_until=input.valid_until,
        document_number=input.document_number,
        attachment_ids=attachment_pks(input.attachment_ids),
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="录入证照材料 (addMaterial)：审批人员、监管人员和部门管理员为本部门录入行政"
        "相对人的证照材料及扫描件 (L1)。已记入审计日志。"
    )
    async def add_material(
        self,
        info: Info,
        input: Annotated[AddMaterialInput, strawberry.argument(description="证照材料 (input)。")],
    ) -> AddMaterialResult:
        async def work() -> AddMaterialSuccess:
            row = await store.add_material(info.context.actor, input.licensee_number, _data(input))
            return AddMaterialSuccess(material=Material.from_model(row, info))

        return await mutation_result(work())

    @strawberry.mutation(
        description="更正证照材料 (updateMaterial)：记录部门的审批人员、监管人员和部门管理员更正"
        "未撤回的材料 (L1)。已记入审计日志（更正前后）。"
    )
    async def update_material(
        self,
        info: Info,
        input: Annotated[
            UpdateMaterialInput, strawberry.argument(description="更正内容 (input)。")
        ],
    ) -> UpdateMaterialResult:
        async def work() -> UpdateMaterialSuccess:
            pk = int_pk(input.material_id, "Material", "materialId")
            row = await store.update_material(info.context.actor, pk, _data(input))
            return UpdateMaterialSuccess(material=Material.from_model(row, info))

        return await mutation_result(work())

    @strawberry.mutation(
        description="撤回证照材料 (withdrawMaterial)：记录部门撤回材料，须说明理由 (L1)；材料"
        "保留备查，不再视为有效。已记入审计日志。"
    )
    async def withdraw_material(
        self,
        info: Info,
        input: Annotated[WithdrawMaterialInput, strawberry.argument(description="撤回 (input)。")],
    ) -> WithdrawMaterialResult:
        async def work() -> WithdrawMaterialSuccess:
            pk = int_pk(input.material_id, "Material", "materialId")
            row = await store.withdraw_material(info.context.actor, pk, input.reason)
            return WithdrawMaterialSuccess(material=Material.from_model(row, info))

        return await mutation_result(work())
