"""Mutations of the catalogue: items, links and publication; each calls one service."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from api.catalogue import inputs as i
from api.catalogue.published import CatalogueVersion
from api.catalogue.types import (
    ApprovalItem,
    CatalogueIncompleteError,
    CatalogueLink,
    HandlingItem,
    SupervisionItem,
    SupervisionSubItem,
    incomplete_error,
)
from api.context import Info
from api.errors import (
    mutation_result,
    result_union,
)
from api.relay import int_pk
from domain.catalogue import rules
from domain.catalogue.errors import CatalogueIncomplete
from domain.catalogue.services import items, links, publication


@strawberry.type(description="审批事项已保存 (ApprovalItemSuccess)。")
class ApprovalItemSuccess:
    approval_item: ApprovalItem = strawberry.field(description="审批事项 (approval item)。")


@strawberry.type(description="业务办理项已保存 (HandlingItemSuccess)。")
class HandlingItemSuccess:
    handling_item: HandlingItem = strawberry.field(description="业务办理项 (handling item)。")


@strawberry.type(description="监管事项已保存 (SupervisionItemSuccess)。")
class SupervisionItemSuccess:
    supervision_item: SupervisionItem = strawberry.field(
        description="监管事项 (supervision item)。"
    )


@strawberry.type(description="监管事项子项已保存 (SupervisionSubItemSuccess)。")
class SupervisionSubItemSuccess:
    supervision_sub_item: SupervisionSubItem = strawberry.field(
        description="监管事项子项 (supervision sub-item)。"
    )


@strawberry.type(description="审管关联已保存 (CatalogueLinkSuccess)。")
class CatalogueLinkSuccess:
    link: CatalogueLink = strawberry.field(description="审管关联 (link)。")


@strawberry.type(description="清单已发布 (PublishCatalogueSuccess)。")
class PublishCatalogueSuccess:
    version: CatalogueVersion = strawberry.field(description="新发布的版本 (version)。")


CreateApprovalItemResult = result_union(
    "CreateApprovalItemResult", ApprovalItemSuccess, "新建审批事项结果 (CreateApprovalItemResult)。"
)
UpdateApprovalItemResult = result_union(
    "UpdateApprovalItemResult", ApprovalItemSuccess, "修改审批事项结果 (UpdateApprovalItemResult)。"
)
CreateHandlingItemResult = result_union(
    "CreateHandlingItemResult",
    HandlingItemSuccess,
    "新建业务办理项结果 (CreateHandlingItemResult)。",
)
UpdateHandlingItemResult = result_union(
    "UpdateHandlingItemResult",
    HandlingItemSuccess,
    "修改业务办理项结果 (UpdateHandlingItemResult)。",
)
CreateSupervisionItemResult = result_union(
    "CreateSupervisionItemResult",
    SupervisionItemSuccess,
    "新建监管事项结果 (CreateSupervisionItemResult)。",
)
UpdateSupervisionItemResult = result_union(
    "UpdateSupervisionItemResult",
    SupervisionItemSuccess,
    "修改监管事项结果 (UpdateSupervisionItemResult)。",
)
CreateSupervisionSubItemResult = result_union(
    "CreateSupervisionSubItemResult",
    SupervisionSubItemSuccess,
    "新建监管事项子项结果 (CreateSupervisionSubItemResult)。",
)
UpdateSupervisionSubItemResult = result_union(
    "UpdateSupervisionSubItemResult",
    SupervisionSubItemSuccess,
    "修改监管事项子项结果 (UpdateSupervisionSubItemResult)。",
)
CatalogueLinkResult = result_union(
    "CatalogueLinkResult",
    CatalogueLinkSuccess,
    "审管关联操作结果 (CatalogueLinkResult)：提出、确认、拒绝或解除。",
)
PublishCatalogueResult = result_union(
    "PublishCatalogueResult",
    PublishCatalogueSuccess | CatalogueIncompleteError,
    "发布清单结果 (PublishCatalogueResult)。",
)


def _department(global_id: str) -> int:
    return int_pk(global_id, "Department", "departmentId")


def _arg(description: str) -> Any:
    return strawberry.argument(description=description)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="新建审批事项 (createApprovalItem)："
        "本审批部门的审批人员、部门管理员或协调小组。"
    )
    async def create_approval_item(
        self,
        info: Info,
        input: Annotated[i.CreateApprovalItemInput, _arg("新建审批事项 (input)。")],
    ) -> CreateApprovalItemResult:
        async def work() -> ApprovalItemSuccess:
            data = rules.ApprovalItemData(
                code=input.code,
                name=input.name,
                department_id=_department(input.department_id),
                legal_basis=input.legal_basis,
                commitment_eligible=input.commitment_eligible,
                commitment_modes=[m.value for m in input.commitment_modes],
                verification_period_working_days=input.verification_period_working_days,
                allowed_credit_grades=input.allowed_credit_grades,
            )
            row = await items.create_approval_item(info.context.actor, data)
            return ApprovalItemSuccess(approval_item=ApprovalItem.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(description="修改审批事项 (updateApprovalItem)：只改传入的字段。")
    async def update_approval_item(
        self,
        info: Info,
        input: Annotated[i.UpdateApprovalItemInput, _arg("修改审批事项 (input)。")],
    ) -> UpdateApprovalItemResult:
        async def work() -> ApprovalItemSuccess:
            pk = int_pk(input.id, "ApprovalItem")
            changed = i.changes(input, {"department_id": ("Department", "department_id")})
            row = await items.update_approval_item(info.context.actor, pk, changed)
            return ApprovalItemSuccess(approval_item=ApprovalItem.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(description="新建业务办理项 (createHandlingItem)。")
    async def create_handling_item(
        self,
        info: Info,
        input: Annotated[i.CreateHandlingItemInput, _arg("新建业务办理项 (input)。")],
    ) -> CreateHandlingItemResult:
        async def work() -> HandlingItemSuccess:
            data = rules.HandlingItemData(
                code=input.code,
                name=input.name,
                approval_item_id=int_pk(input.approval_item_id, "ApprovalItem", "approvalItemId"),
            )
            row = await items.create_handling_item(info.context.actor, data)
            return HandlingItemSuccess(handling_item=HandlingItem.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(description="修改业务办理项 (updateHandlingItem)：只改传入的字段。")
    async def update_handling_item(
        self,
        info: Info,
        input: Annotated[i.UpdateHandlingItemInput, _arg("修改业务办理项 (input)。")],
    ) -> UpdateHandlingItemResult:
        async def work() -> HandlingItemSuccess:
            pk = int_pk(input.id, "HandlingItem")
            changed = i.changes(input, {"approval_item_id": ("ApprovalItem", "approval_item_id")})
            row = await items.update_handling_item(info.context.actor, pk, changed)
            return HandlingItemSuccess(handling_item=HandlingItem.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="新建监管事项 (createSupervisionItem)："
        "本监管部门的监管人员、部门管理员或协调小组。"
    )
    async def create_supervision_item(
        self,
        info: Info,
        input: Annotated[i.CreateSupervisionItemInput, _arg("新建监管事项 (input)。")],
    ) -> CreateSupervisionItemResult:
        async def work() -> SupervisionItemSuccess:
            data = rules.SupervisionItemData(
                code=input.code,
                name=input.name,
                department_id=_department(input.department_id),
                legal_basis=input.legal_basis,
                is_key=input.is_key,
                key_area=input.key_area.value if input.key_area else None,
            )
            row = await items.create_supervision_item(info.context.actor, data)
            return SupervisionItemSuccess(supervision_item=SupervisionItem.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(description="修改监管事项 (updateSupervisionItem)：只改传入的字段。")
    async def update_supervision_item(
        self,
        info: Info,
        input: Annotated[i.UpdateSupervisionItemInput, _arg("修改监管事项 (input)。")],
    ) -> UpdateSupervisionItemResult:
        async def work() -> SupervisionItemSuccess:
            pk = int_pk(input.id, "SupervisionItem")
            changed = i.changes(input, {"department_id": ("Department", "department_id")})
            row = await items.update_supervision_item(info.context.actor, pk, changed)
            return SupervisionItemSuccess(supervision_item=SupervisionItem.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(description="新建监管事项子项 (createSupervisionSubItem)。")
    async def create_supervision_sub_item(
        self,
        info: Info,
        input: Annotated[i.CreateSupervisionSubItemInput, _arg("新建监管事项子项 (input)。")],
    ) -> CreateSupervisionSubItemResult:
        async def work() -> SupervisionSubItemSuccess:
            data = rules.SupervisionSubItemData(
                code=input.code,
                name=input.name,
                supervision_item_id=int_pk(
                    input.supervision_item_id, "SupervisionItem", "supervisionItemId"
                ),
            )
            row = await items.create_supervision_sub_item(info.context.actor, data)
            return SupervisionSubItemSuccess(
                supervision_sub_item=SupervisionSubItem.from_model(row)
            )

        return await mutation_result(work())

    @strawberry.mutation(
        description="修改监管事项子项 (updateSupervisionSubItem)：只改传入的字段。"
    )
    async def update_supervision_sub_item(
        self,
        info: Info,
        input: Annotated[i.UpdateSupervisionSubItemInput, _arg("修改监管事项子项 (input)。")],
    ) -> UpdateSupervisionSubItemResult:
        async def work() -> SupervisionSubItemSuccess:
            pk = int_pk(input.id, "SupervisionSubItem")
            row = await items.update_supervision_sub_item(info.context.actor, pk, i.changes(input))
            return SupervisionSubItemSuccess(
                supervision_sub_item=SupervisionSubItem.from_model(row)
            )

        return await mutation_result(work())

    @strawberry.mutation(
        description="提出审管关联 (proposeCatalogueLink)：审批部门为业务办理项提出监管部门 (C3)。"
    )
    async def propose_catalogue_link(
        self,
        info: Info,
        input: Annotated[i.ProposeCatalogueLinkInput, _arg("提出审管关联 (input)。")],
    ) -> CatalogueLinkResult:
        async def work() -> CatalogueLinkSuccess:
            row = await links.propose_link(
                info.context.actor,
                int_pk(input.handling_item_id, "HandlingItem", "handlingItemId"),
                _department(input.department_id),
            )
            return CatalogueLinkSuccess(link=CatalogueLink.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="确认审管关联 (confirmCatalogueLink)："
        "被提出的监管部门关联本部门的监管事项子项。"
    )
    async def confirm_catalogue_link(
        self,
        info: Info,
        input: Annotated[i.ConfirmCatalogueLinkInput, _arg("确认审管关联 (input)。")],
    ) -> CatalogueLinkResult:
        async def work() -> CatalogueLinkSuccess:
            row = await links.confirm_link(
                info.context.actor,
                int_pk(input.id, "CatalogueLink"),
                int_pk(input.supervision_sub_item_id, "SupervisionSubItem", "supervisionSubItemId"),
            )
            return CatalogueLinkSuccess(link=CatalogueLink.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="拒绝审管关联 (rejectCatalogueLink)："
        "被提出的监管部门认为不属于本部门职责，须填理由。"
    )
    async def reject_catalogue_link(
        self,
        info: Info,
        input: Annotated[i.RejectCatalogueLinkInput, _arg("拒绝审管关联 (input)。")],
    ) -> CatalogueLinkResult:
        async def work() -> CatalogueLinkSuccess:
            row = await links.reject_link(
                info.context.actor, int_pk(input.id, "CatalogueLink"), input.reason
            )
            return CatalogueLinkSuccess(link=CatalogueLink.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="解除审管关联 (unlinkCatalogueLink)："
        "审批部门或协调小组解除待确认或已确认的关联，"
        "须填理由。"
    )
    async def unlink_catalogue_link(
        self,
        info: Info,
        input: Annotated[i.UnlinkCatalogueLinkInput, _arg("解除审管关联 (input)。")],
    ) -> CatalogueLinkResult:
        async def work() -> CatalogueLinkSuccess:
            row = await links.unlink_link(
                info.context.actor, int_pk(input.id, "CatalogueLink"), input.reason
            )
            return CatalogueLinkSuccess(link=CatalogueLink.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="发布事项清单 (publishCatalogue)：协调小组把当前草稿发布为新版本，"
        "自生效日期起适用 (C5)。"
    )
    async def publish_catalogue(
        self, info: Info, input: Annotated[i.PublishCatalogueInput, _arg("发布事项清单 (input)。")]
    ) -> PublishCatalogueResult:
        async def work() -> PublishCatalogueSuccess | CatalogueIncompleteError:
            try:
                row = await publication.publish_catalogue(
                    info.context.actor, input.effective_date, input.note
                )
            except CatalogueIncomplete as exc:  # with the list of problems
                return incomplete_error(exc)
            return PublishCatalogueSuccess(version=CatalogueVersion.from_model(row))

        return await mutation_result(work())
