"""GraphQL types of published catalogues (C5): open to everyone, no login needed."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import strawberry

from api.catalogue.types import CommitmentModeEnum, KeyAreaEnum, key_area_of
from api.context import Info
from api.relay import Connection, Node, int_pk, node_resolver, paginate
from domain.catalogue import models
from domain.catalogue.services import publication

FIRST = "每页条数 (first)：1–100，默认 20。"
AFTER = "游标 (after)：上一页的 endCursor，取其后的记录。"
SEARCH = "搜索 (search)：编码或名称包含该文字。"


@strawberry.type(
    description="已发布的业务办理项 (PublishedHandlingItem)：发布时的办理项及其已确认的监管部门；"
    "未关联时监管字段为 null。"
)
class PublishedHandlingItem:
    code: str = strawberry.field(description="办理项编码 (code)。")
    name: str = strawberry.field(description="办理项名称 (name)。")
    department_name: str | None = strawberry.field(description="监管部门 (department)：名称。")
    supervision_item_code: str | None = strawberry.field(description="监管事项编码。")
    supervision_item_name: str | None = strawberry.field(description="监管事项名称。")
    supervision_sub_item_code: str | None = strawberry.field(description="监管事项子项编码。")
    supervision_sub_item_name: str | None = strawberry.field(description="监管事项子项名称。")
    is_key: bool = strawberry.field(description="是否重点监管 (key supervision)。")
    key_area: KeyAreaEnum | None = strawberry.field(description="重点监管领域 (key area)。")

    @classmethod
    def from_model(cls, row: models.PublishedLink) -> PublishedHandlingItem:
        return cls(
            code=row.handling_item_code,
            name=row.handling_item_name,
            department_name=row.department_name,
            supervision_item_code=row.supervision_item_code,
            supervision_item_name=row.supervision_item_name,
            supervision_sub_item_code=row.supervision_sub_item_code,
            supervision_sub_item_name=row.supervision_sub_item_name,
            is_key=row.is_key,
            key_area=key_area_of(row.key_area),
        )


@strawberry.type(description="已发布的审批事项 (PublishedApprovalItem)：发布时冻结的内容。")
class PublishedApprovalItem:
    pk: strawberry.Private[int]
    code: str = strawberry.field(description="事项编码 (code)。")
    name: str = strawberry.field(description="事项名称 (name)。")
    department_name: str = strawberry.field(description="审批部门 (department)：名称。")
    legal_basis: str = strawberry.field(description="设定依据 (legal basis)。")
    commitment_eligible: bool = strawberry.field(description="是否实行告知承诺制。")
    commitment_modes: list[CommitmentModeEnum] = strawberry.field(description="告知承诺方式。")
    verification_period_working_days: int | None = strawberry.field(
        description="核查期限 (verification period)：工作日。"
    )
    allowed_credit_grades: list[str] = strawberry.field(description="允许的信用等级：A–D。")

    @strawberry.field(description="业务办理项及其监管部门 (handling items)：按编码排序。")
    async def handling_items(self, info: Info) -> list[PublishedHandlingItem]:
        rows = await info.context.loader("published_links_of", publication.published_links_of).load(
            self.pk
        )
        return [PublishedHandlingItem.from_model(row) for row in rows]

    @classmethod
    def from_model(cls, row: models.PublishedApprovalItem) -> PublishedApprovalItem:
        return cls(
            pk=row.id,
            code=row.code,
            name=row.name,
            department_name=row.department_name,
            legal_basis=row.legal_basis,
            commitment_eligible=row.commitment_eligible,
            commitment_modes=[CommitmentModeEnum(m) for m in row.commitment_modes],
            verification_period_working_days=row.verification_period_working_days,
            allowed_credit_grades=list(row.allowed_credit_grades),
        )


@strawberry.type(description="已发布的监管事项子项 (PublishedSupervisionSubItem)。")
class PublishedSupervisionSubItem:
    code: str = strawberry.field(description="子项编码 (code)。")
    name: str = strawberry.field(description="子项名称 (name)。")


@strawberry.type(description="已发布的监管事项 (PublishedSupervisionItem)：发布时冻结的内容。")
class PublishedSupervisionItem:
    code: str = strawberry.field(description="事项编码 (code)。")
    name: str = strawberry.field(description="事项名称 (name)。")
    department_name: str = strawberry.field(description="监管部门 (department)：名称。")
    legal_basis: str = strawberry.field(description="设定依据 (legal basis)。")
    is_key: bool = strawberry.field(description="是否重点监管 (key supervision)。")
    key_area: KeyAreaEnum | None = strawberry.field(description="重点监管领域 (key area)。")
    sub_items: list[PublishedSupervisionSubItem] = strawberry.field(
        description="监管事项子项 (sub-items)：按编码排序。"
    )

    @classmethod
    def from_model(cls, row: models.PublishedSupervisionItem) -> PublishedSupervisionItem:
        return cls(
            code=row.code,
            name=row.name,
            department_name=row.department_name,
            legal_basis=row.legal_basis,
            is_key=row.is_key,
            key_area=key_area_of(row.key_area),
            sub_items=[
                PublishedSupervisionSubItem(code=s["code"], name=s["name"]) for s in row.sub_items
            ],
        )


@strawberry.type(
    description="清单版本 (CatalogueVersion)：一次发布的事项清单及其生效日期 (C5)；公开，无需登录。"
)
class CatalogueVersion(Node):
    pk: strawberry.Private[int]
    number: int = strawberry.field(description="版本号 (number)：从 1 起递增。")
    effective_date: date = strawberry.field(description="生效日期 (effective date)。")
    published_at: datetime = strawberry.field(description="发布时间 (published at)。")
    note: str = strawberry.field(description="发布说明 (note)。")
    approval_item_count: int = strawberry.field(description="审批事项数。")
    handling_item_count: int = strawberry.field(description="业务办理项数。")
    supervision_item_count: int = strawberry.field(description="监管事项数。")
    link_count: int = strawberry.field(description="已确认的审管关联数。")

    @strawberry.field(description="审批事项 (approval items)：按编码排序，可搜索。")
    async def approval_items(
        self,
        search: Annotated[str | None, strawberry.argument(description=SEARCH)] = None,
        department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="审批部门 (departmentId)：部门的全局编号。"),
        ] = None,
        first: Annotated[int | None, strawberry.argument(description=FIRST)] = None,
        after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
    ) -> Connection[PublishedApprovalItem]:
        queryset = publication.published_approval_items(
            self.pk,
            search=search,
            department_id=int_pk(department_id, "Department", "departmentId")
            if department_id
            else None,
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=PublishedApprovalItem.from_model,
            order=("code", "id"),
        )

    @strawberry.field(
        description="监管事项 (supervision items)：按编码排序，可搜索、筛选重点监管。"
    )
    async def supervision_items(
        self,
        search: Annotated[str | None, strawberry.argument(description=SEARCH)] = None,
        department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="监管部门 (departmentId)：部门的全局编号。"),
        ] = None,
        is_key: Annotated[
            bool | None, strawberry.argument(description="是否重点监管 (isKey)。")
        ] = None,
        first: Annotated[int | None, strawberry.argument(description=FIRST)] = None,
        after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
    ) -> Connection[PublishedSupervisionItem]:
        queryset = publication.published_supervision_items(
            self.pk,
            search=search,
            is_key=is_key,
            department_id=int_pk(department_id, "Department", "departmentId")
            if department_id
            else None,
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=PublishedSupervisionItem.from_model,
            order=("code", "id"),
        )

    @classmethod
    def from_model(cls, row: models.CatalogueVersion) -> CatalogueVersion:
        return cls(
            pk=row.id,
            number=row.number,
            effective_date=row.effective_date,
            published_at=row.published_at,
            note=row.note,
            approval_item_count=row.approval_item_count,
            handling_item_count=row.handling_item_count,
            supervision_item_count=row.supervision_item_count,
            link_count=row.link_count,
        )


@node_resolver("CatalogueVersion")
async def resolve_version(info: Info, pk: int) -> CatalogueVersion | None:
    row = await models.CatalogueVersion.get_or_none(id=pk)
    return CatalogueVersion.from_model(row) if row else None
