"""Queries of the catalogue: the draft lists, the coverage view, published versions."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.catalogue.published import CatalogueVersion
from api.catalogue.types import (
    ApprovalItem,
    CatalogueLink,
    CatalogueLinkStatusEnum,
    CommitmentModeEnum,
    HandlingItem,
    KeyAreaEnum,
    SupervisionItem,
)
from api.context import Info
from api.relay import Connection, int_pk, paginate
from domain.accounts.actor import Actor
from domain.catalogue import rules
from domain.catalogue.services import publication, reads

FIRST = "每页条数 (first)：1–100，默认 20。"
AFTER = "游标 (after)：上一页的 endCursor，取其后的记录。"
SEARCH = "搜索 (search)：编码或名称包含该文字（不区分大小写）。"
INACTIVE = "含停用 (includeInactive)：默认只列出启用的。"


def _department(global_id: strawberry.ID | None, field: str = "departmentId") -> int | None:
    return None if global_id is None else int_pk(global_id, "Department", field)


DepartmentArg = Annotated[
    strawberry.ID | None,
    strawberry.argument(description="部门 (departmentId)：部门的全局编号。"),
]
First = Annotated[int | None, strawberry.argument(description=FIRST)]
After = Annotated[str | None, strawberry.argument(description=AFTER)]


@strawberry.type(
    description="清单覆盖情况 (CatalogueCoverage)：协调小组需要补齐的缺口——"
    "无已确认关联的业务办理项、待确认的关联、缺少关联的事后核查事项。"
)
class CatalogueCoverage:
    actor: strawberry.Private[Actor]
    approval_department_pk: strawberry.Private[int | None]
    supervision_department_pk: strawberry.Private[int | None]

    @strawberry.field(description="无已确认关联的业务办理项数 (unlinked handling item count)。")
    async def unlinked_handling_item_count(self) -> int:
        return await reads.unlinked_handling_items(self.actor, self.approval_department_pk).count()

    @strawberry.field(
        description="无已确认关联的业务办理项 (unlinked handling items)，按编码排序。"
    )
    async def unlinked_handling_items(
        self, first: First = None, after: After = None
    ) -> Connection[HandlingItem]:
        queryset = reads.unlinked_handling_items(self.actor, self.approval_department_pk)
        return await paginate(
            queryset, first=first, after=after, node=HandlingItem.from_model, order=("code",)
        )

    @strawberry.field(description="待确认的关联数 (awaiting confirmation count)。")
    async def awaiting_confirmation_count(self) -> int:
        return await reads.links_awaiting_confirmation(
            self.actor, self.supervision_department_pk
        ).count()

    @strawberry.field(description="待确认的关联 (awaiting confirmation)：按提出时间排序。")
    async def awaiting_confirmation(
        self, first: First = None, after: After = None
    ) -> Connection[CatalogueLink]:
        queryset = reads.links_awaiting_confirmation(self.actor, self.supervision_department_pk)
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=CatalogueLink.from_model,
            order=("proposed_at",),
        )

    @strawberry.field(description="缺少已确认关联的事后核查事项数 (post verification gap count)。")
    async def post_verification_gap_count(self) -> int:
        return await reads.post_verification_gaps(self.actor, self.approval_department_pk).count()

    @strawberry.field(
        description="缺少已确认关联的事后核查事项 (post verification gaps)：C4 要求事后核查事项"
        "的每个业务办理项都有已确认的关联。"
    )
    async def post_verification_gaps(
        self, first: First = None, after: After = None
    ) -> Connection[ApprovalItem]:
        queryset = reads.post_verification_gaps(self.actor, self.approval_department_pk)
        return await paginate(
            queryset, first=first, after=after, node=ApprovalItem.from_model, order=("code",)
        )


@strawberry.type
class Query:
    @strawberry.field(
        description="审批事项 (approvalItems)：草稿清单，按编码排序；登录用户均可查看。"
    )
    async def approval_items(
        self,
        info: Info,
        department_id: DepartmentArg = None,
        search: Annotated[
            str | None,
            strawberry.argument(description=SEARCH + "也匹配其业务办理项的编码和名称。"),
        ] = None,
        commitment_eligible: Annotated[
            bool | None,
            strawberry.argument(description="是否实行告知承诺制 (commitmentEligible)。"),
        ] = None,
        commitment_mode: Annotated[
            CommitmentModeEnum | None,
            strawberry.argument(description="告知承诺方式 (commitmentMode)：含该方式的事项。"),
        ] = None,
        include_inactive: Annotated[bool, strawberry.argument(description=INACTIVE)] = False,
        first: First = None,
        after: After = None,
    ) -> Connection[ApprovalItem]:
        queryset = reads.approval_items(
            info.context.actor,
            reads.ApprovalItemFilter(
                department_id=_department(department_id),
                search=search,
                commitment_eligible=commitment_eligible,
                commitment_mode=rules.CommitmentMode(commitment_mode.value)
                if commitment_mode
                else None,
                include_inactive=include_inactive,
            ),
        )
        return await paginate(
            queryset, first=first, after=after, node=ApprovalItem.from_model, order=("code",)
        )

    @strawberry.field(description="监管事项 (supervisionItems)：草稿清单，按编码排序。")
    async def supervision_items(
        self,
        info: Info,
        department_id: DepartmentArg = None,
        search: Annotated[
            str | None,
            strawberry.argument(description=SEARCH + "也匹配其子项的编码和名称。"),
        ] = None,
        is_key: Annotated[
            bool | None, strawberry.argument(description="是否重点监管 (isKey)。")
        ] = None,
        key_area: Annotated[
            KeyAreaEnum | None, strawberry.argument(description="重点监管领域 (keyArea)。")
        ] = None,
        include_inactive: Annotated[bool, strawberry.argument(description=INACTIVE)] = False,
        first: First = None,
        after: After = None,
    ) -> Connection[SupervisionItem]:
        queryset = reads.supervision_items(
            info.context.actor,
            reads.SupervisionItemFilter(
                department_id=_department(department_id),
                search=search,
                is_key=is_key,
                key_area=rules.KeyArea(key_area.value) if key_area else None,
                include_inactive=include_inactive,
            ),
        )
        return await paginate(
            queryset, first=first, after=after, node=SupervisionItem.from_model, order=("code",)
        )

    @strawberry.field(description="审管关联 (catalogueLinks)：最新的在前，可按状态、部门筛选。")
    async def catalogue_links(
        self,
        info: Info,
        status: Annotated[
            list[CatalogueLinkStatusEnum] | None,
            strawberry.argument(description="状态 (status)：列出其中任一状态的关联。"),
        ] = None,
        department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="监管部门 (departmentId)：关联提出给的部门。"),
        ] = None,
        approval_department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="审批部门 (approvalDepartmentId)。"),
        ] = None,
        approval_item_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="审批事项 (approvalItemId)：全局编号。"),
        ] = None,
        handling_item_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="业务办理项 (handlingItemId)：全局编号。"),
        ] = None,
        search: Annotated[
            str | None,
            strawberry.argument(description="搜索 (search)：办理项或审批事项的编码、名称。"),
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[CatalogueLink]:
        queryset = reads.catalogue_links(
            info.context.actor,
            reads.LinkFilter(
                statuses=[rules.LinkStatus(s.value) for s in status or []],
                department_id=_department(department_id),
                approval_department_id=_department(approval_department_id, "approvalDepartmentId"),
                approval_item_id=int_pk(approval_item_id, "ApprovalItem", "approvalItemId")
                if approval_item_id
                else None,
                handling_item_id=int_pk(handling_item_id, "HandlingItem", "handlingItemId")
                if handling_item_id
                else None,
                search=search,
            ),
        )
        return await paginate(
            queryset, first=first, after=after, node=CatalogueLink.from_model, order=("-id",)
        )

    @strawberry.field(
        description="清单覆盖情况 (catalogueCoverage)：需要补齐的缺口；可按审批部门、监管部门筛选。"
    )
    def catalogue_coverage(
        self,
        info: Info,
        approval_department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="审批部门 (approvalDepartmentId)：只看该部门的办理项和事后核查事项。"
            ),
        ] = None,
        supervision_department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="监管部门 (supervisionDepartmentId)：只看提出给该部门的待确认关联。"
            ),
        ] = None,
    ) -> CatalogueCoverage:
        actor = info.context.actor
        reads.require_reader(actor)
        return CatalogueCoverage(
            actor=actor,
            approval_department_pk=_department(approval_department_id, "approvalDepartmentId"),
            supervision_department_pk=_department(
                supervision_department_id, "supervisionDepartmentId"
            ),
        )

    @strawberry.field(
        description="清单版本 (catalogueVersions)：已发布的版本，最新的在前；公开，无需登录。"
    )
    async def catalogue_versions(
        self, first: First = None, after: After = None
    ) -> Connection[CatalogueVersion]:
        return await paginate(
            publication.versions(),
            first=first,
            after=after,
            node=CatalogueVersion.from_model,
            order=("-number",),
        )

    @strawberry.field(
        description="已发布的事项清单 (publishedCatalogue)：指定版本号，或默认今天生效的版本；"
        "公开，无需登录；没有该版本时为 null。"
    )
    async def published_catalogue(
        self,
        version: Annotated[
            int | None,
            strawberry.argument(description="版本号 (version)：不填为今天生效的版本。"),
        ] = None,
    ) -> CatalogueVersion | None:
        row = (
            await publication.version_by_number(version)
            if version is not None
            else await publication.current_version()
        )
        return CatalogueVersion.from_model(row) if row else None
