"""GraphQL types of the draft catalogue: items, sub-items, links and their enums."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.context import Info
from api.errors import Error, register_error
from api.relay import Node, node_resolver
from domain.accounts import services as accounts_services
from domain.accounts.policy import Operation, can
from domain.catalogue import models, rules
from domain.catalogue.errors import CatalogueIncomplete
from domain.catalogue.services import reads


@strawberry.enum(name="CommitmentMode", description="告知承诺方式 (CommitmentMode)，C4。")
class CommitmentModeEnum(Enum):
    DEFERRED_MATERIALS = strawberry.enum_value(
        "DEFERRED_MATERIALS", description="材料延期 (deferred materials)：承诺在期限内补交材料。"
    )
    MATERIAL_VERIFICATION = strawberry.enum_value(
        "MATERIAL_VERIFICATION",
        description="材料核验 (material verification)：通过证照材料库核验，不再提交。",
    )
    POST_VERIFICATION = strawberry.enum_value(
        "POST_VERIFICATION",
        description="事后核查 (post verification)：批准后由监管部门在核查期限内核查承诺；"
        "须有已确认的审管关联。",
    )


@strawberry.enum(name="KeyArea", description="重点监管领域 (KeyArea)：制度第十二条。")
class KeyAreaEnum(Enum):
    SAFETY_PRODUCTION = strawberry.enum_value(
        "SAFETY_PRODUCTION", description="安全生产 (safety production)。"
    )
    HEALTH = strawberry.enum_value("HEALTH", description="卫生健康 (health)。")
    FOOD_AND_DRUGS = strawberry.enum_value(
        "FOOD_AND_DRUGS", description="食品药品 (food and drugs)：含医疗器械、化妆品。"
    )
    SPECIAL_EQUIPMENT = strawberry.enum_value(
        "SPECIAL_EQUIPMENT", description="特种设备 (special equipment)。"
    )
    HAZARDOUS_CHEMICALS = strawberry.enum_value(
        "HAZARDOUS_CHEMICALS", description="危险化学品 (hazardous chemicals)。"
    )


@strawberry.enum(name="CatalogueLinkStatus", description="审管关联状态 (CatalogueLinkStatus)，C3。")
class CatalogueLinkStatusEnum(Enum):
    PROPOSED = strawberry.enum_value(
        "PROPOSED", description="待确认 (proposed)：审批部门已提出，等待监管部门确认。"
    )
    CONFIRMED = strawberry.enum_value(
        "CONFIRMED", description="已确认 (confirmed)：监管部门已关联本部门的监管事项子项。"
    )
    REJECTED = strawberry.enum_value(
        "REJECTED", description="已拒绝 (rejected)：监管部门认为不属于本部门职责，附理由。"
    )
    UNLINKED = strawberry.enum_value("UNLINKED", description="已解除 (unlinked)：附理由。")


def key_area_of(value: rules.KeyArea | str | None) -> KeyAreaEnum | None:
    return KeyAreaEnum(rules.KeyArea(value).value) if value else None


async def _user_name(info: Info, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = await info.context.loader("user_by_id", accounts_services.users_by_ids).load(user_id)
    return user.display_name if user is not None else None


@strawberry.type(
    description="审批事项 (ApprovalItem)：审批部门的一项许可事项 (C1)，含告知承诺设置 (C4)。"
)
class ApprovalItem(Node):
    pk: strawberry.Private[int]
    department_pk: strawberry.Private[int]
    code: str = strawberry.field(description="事项编码 (code)：唯一。")
    name: str = strawberry.field(description="事项名称 (name)，如“食品经营许可”。")
    legal_basis: str = strawberry.field(description="设定依据 (legal basis)。")
    commitment_eligible: bool = strawberry.field(
        description="是否实行告知承诺制 (commitment eligible)。"
    )
    commitment_modes: list[CommitmentModeEnum] = strawberry.field(
        description="告知承诺方式 (commitment modes)。"
    )
    verification_period_working_days: int | None = strawberry.field(
        description="核查期限 (verification period)：事后核查的工作日数。"
    )
    allowed_credit_grades: list[str] = strawberry.field(
        description="允许适用告知承诺的信用等级 (allowed credit grades)：A–D。"
    )
    is_active: bool = strawberry.field(description="是否启用 (active)：停用的事项不发布。")
    created_at: datetime = strawberry.field(description="创建时间 (created at)。")
    updated_at: datetime = strawberry.field(description="修改时间 (updated at)。")

    @strawberry.field(description="审批部门 (department)。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.department_pk)
        assert department is not None
        return department

    @strawberry.field(description="业务办理项 (handling items)：启用的，按编码排序。")
    async def handling_items(self, info: Info) -> list[HandlingItem]:
        rows = await info.context.loader("handling_items_of", reads.handling_items_of).load(self.pk)
        return [HandlingItem.from_model(row) for row in rows]

    @classmethod
    def from_model(cls, row: models.ApprovalItem) -> ApprovalItem:
        return cls(
            pk=row.id,
            department_pk=row.department_id,
            code=row.code,
            name=row.name,
            legal_basis=row.legal_basis,
            commitment_eligible=row.commitment_eligible,
            commitment_modes=[CommitmentModeEnum(m) for m in row.commitment_modes],
            verification_period_working_days=row.verification_period_working_days,
            allowed_credit_grades=list(row.allowed_credit_grades),
            is_active=row.is_active,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )


@strawberry.type(
    description="业务办理项 (HandlingItem)：审批事项的具体办理情形 (C1)，审管关联的起点。"
)
class HandlingItem(Node):
    pk: strawberry.Private[int]
    approval_item_pk: strawberry.Private[int]
    code: str = strawberry.field(description="办理项编码 (code)：唯一。")
    name: str = strawberry.field(description="办理项名称 (name)，如“新办”。")
    is_active: bool = strawberry.field(description="是否启用 (active)。")

    @strawberry.field(description="所属审批事项 (approval item)。")
    async def approval_item(self, info: Info) -> ApprovalItem:
        row = await info.context.loader("approval_item_by_id", reads.approval_items_by_ids).load(
            self.approval_item_pk
        )
        assert row is not None
        return ApprovalItem.from_model(row)

    @strawberry.field(
        description="当前审管关联 (link)：待确认或已确认的那一条；没有时为 null (C3)。"
    )
    async def link(self, info: Info) -> CatalogueLink | None:
        row = await info.context.loader("open_link_of", reads.open_links_of).load(self.pk)
        return CatalogueLink.from_model(row) if row else None

    @classmethod
    def from_model(cls, row: models.HandlingItem) -> HandlingItem:
        return cls(
            pk=row.id,
            approval_item_pk=row.approval_item_id,
            code=row.code,
            name=row.name,
            is_active=row.is_active,
        )


@strawberry.type(description="监管事项 (SupervisionItem)：监管部门的一项监管事项 (C2)。")
class SupervisionItem(Node):
    pk: strawberry.Private[int]
    department_pk: strawberry.Private[int]
    code: str = strawberry.field(description="事项编码 (code)：唯一。")
    name: str = strawberry.field(description="事项名称 (name)。")
    legal_basis: str = strawberry.field(description="设定依据 (legal basis)。")
    is_key: bool = strawberry.field(description="是否重点监管 (key supervision)：制度第十二条。")
    key_area: KeyAreaEnum | None = strawberry.field(
        description="重点监管领域 (key area)：非重点监管为 null。"
    )
    is_active: bool = strawberry.field(description="是否启用 (active)。")
    created_at: datetime = strawberry.field(description="创建时间 (created at)。")
    updated_at: datetime = strawberry.field(description="修改时间 (updated at)。")

    @strawberry.field(description="监管部门 (department)。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.department_pk)
        assert department is not None
        return department

    @strawberry.field(description="监管事项子项 (sub-items)：启用的，按编码排序。")
    async def sub_items(self, info: Info) -> list[SupervisionSubItem]:
        rows = await info.context.loader("sub_items_of", reads.sub_items_of).load(self.pk)
        return [SupervisionSubItem.from_model(row) for row in rows]

    @classmethod
    def from_model(cls, row: models.SupervisionItem) -> SupervisionItem:
        return cls(
            pk=row.id,
            department_pk=row.department_id,
            code=row.code,
            name=row.name,
            legal_basis=row.legal_basis,
            is_key=row.is_key,
            key_area=key_area_of(row.key_area),
            is_active=row.is_active,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )


@strawberry.type(description="监管事项子项 (SupervisionSubItem)：审管关联确认时指向的单元 (C2)。")
class SupervisionSubItem(Node):
    pk: strawberry.Private[int]
    supervision_item_pk: strawberry.Private[int]
    code: str = strawberry.field(description="子项编码 (code)：唯一。")
    name: str = strawberry.field(description="子项名称 (name)。")
    is_active: bool = strawberry.field(description="是否启用 (active)。")

    @strawberry.field(description="所属监管事项 (supervision item)。")
    async def supervision_item(self, info: Info) -> SupervisionItem:
        row = await info.context.loader(
            "supervision_item_by_id", reads.supervision_items_by_ids
        ).load(self.supervision_item_pk)
        assert row is not None
        return SupervisionItem.from_model(row)

    @classmethod
    def from_model(cls, row: models.SupervisionSubItem) -> SupervisionSubItem:
        return cls(
            pk=row.id,
            supervision_item_pk=row.supervision_item_id,
            code=row.code,
            name=row.name,
            is_active=row.is_active,
        )


@strawberry.type(
    description="审管关联 (CatalogueLink)：业务办理项与监管部门及其监管事项子项的对应 (C3)；"
    "审批部门提出，监管部门确认。"
)
class CatalogueLink(Node):
    pk: strawberry.Private[int]
    handling_item_pk: strawberry.Private[int]
    department_pk: strawberry.Private[int]
    sub_item_pk: strawberry.Private[int | None]
    proposed_by_pk: strawberry.Private[int | None]
    confirmed_by_pk: strawberry.Private[int | None]
    ended_by_pk: strawberry.Private[int | None]
    status: CatalogueLinkStatusEnum = strawberry.field(description="状态 (status)。")
    proposed_at: datetime = strawberry.field(description="提出时间 (proposed at)。")
    confirmed_at: datetime | None = strawberry.field(description="确认时间 (confirmed at)。")
    ended_at: datetime | None = strawberry.field(
        description="拒绝或解除时间 (ended at)：未拒绝、未解除为 null。"
    )
    reason: str | None = strawberry.field(description="拒绝或解除理由 (reason)。")

    @strawberry.field(description="业务办理项 (handling item)。")
    async def handling_item(self, info: Info) -> HandlingItem:
        row = await info.context.loader("handling_item_by_id", reads.handling_items_by_ids).load(
            self.handling_item_pk
        )
        assert row is not None
        return HandlingItem.from_model(row)

    @strawberry.field(description="监管部门 (department)：提出由其监管的部门。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.department_pk)
        assert department is not None
        return department

    @strawberry.field(
        description="监管事项子项 (supervision sub-item)：确认时关联；待确认时为 null。"
    )
    async def supervision_sub_item(self, info: Info) -> SupervisionSubItem | None:
        if self.sub_item_pk is None:
            return None
        row = await info.context.loader("sub_item_by_id", reads.sub_items_by_ids).load(
            self.sub_item_pk
        )
        return SupervisionSubItem.from_model(row) if row else None

    @strawberry.field(description="提出人 (proposed by)：姓名。")
    async def proposed_by(self, info: Info) -> str | None:
        return await _user_name(info, self.proposed_by_pk)

    @strawberry.field(description="确认人 (confirmed by)：姓名。")
    async def confirmed_by(self, info: Info) -> str | None:
        return await _user_name(info, self.confirmed_by_pk)

    @strawberry.field(description="拒绝或解除人 (ended by)：姓名。")
    async def ended_by(self, info: Info) -> str | None:
        return await _user_name(info, self.ended_by_pk)

    @classmethod
    def from_model(cls, row: models.CatalogueLink) -> CatalogueLink:
        return cls(
            pk=row.id,
            handling_item_pk=row.handling_item_id,
            department_pk=row.department_id,
            sub_item_pk=row.supervision_sub_item_id,
            proposed_by_pk=row.proposed_by_id,
            confirmed_by_pk=row.confirmed_by_id,
            ended_by_pk=row.ended_by_id,
            status=CatalogueLinkStatusEnum(row.status.value),
            proposed_at=row.proposed_at,
            confirmed_at=row.confirmed_at,
            ended_at=row.ended_at,
            reason=row.reason,
        )


# ---- node(id:) --------------------------------------------------------------------


def _readable(info: Info) -> bool:
    return can(info.context.actor, Operation.READ_CATALOGUE)


async def _node(info: Info, pk: int, loader: str, batch, build):  # type: ignore[no-untyped-def]
    if not _readable(info):
        return None
    row = await info.context.loader(loader, batch).load(pk)
    return build(row) if row else None


@node_resolver("ApprovalItem")
async def resolve_approval_item(info: Info, pk: int) -> ApprovalItem | None:
    return await _node(
        info, pk, "approval_item_by_id", reads.approval_items_by_ids, ApprovalItem.from_model
    )


@node_resolver("HandlingItem")
async def resolve_handling_item(info: Info, pk: int) -> HandlingItem | None:
    return await _node(
        info, pk, "handling_item_by_id", reads.handling_items_by_ids, HandlingItem.from_model
    )


@node_resolver("SupervisionItem")
async def resolve_supervision_item(info: Info, pk: int) -> SupervisionItem | None:
    return await _node(
        info,
        pk,
        "supervision_item_by_id",
        reads.supervision_items_by_ids,
        SupervisionItem.from_model,
    )


@node_resolver("SupervisionSubItem")
async def resolve_sub_item(info: Info, pk: int) -> SupervisionSubItem | None:
    return await _node(
        info, pk, "sub_item_by_id", reads.sub_items_by_ids, SupervisionSubItem.from_model
    )


@node_resolver("CatalogueLink")
async def resolve_link(info: Info, pk: int) -> CatalogueLink | None:
    return await _node(info, pk, "link_by_id", reads.links_by_ids, CatalogueLink.from_model)


# ---- errors of this area --------------------------------------------------------------


@strawberry.type(
    description="清单不完整 (CatalogueIncompleteError)：有审批事项缺少业务办理项，"
    "或事后核查事项缺少已确认的审管关联；problems 逐条列出，未发布。"
)
class CatalogueIncompleteError(Error):
    problems: list[str] = strawberry.field(
        default_factory=list, description="问题清单 (problems)：每条一句中文说明。"
    )


def incomplete_error(exc: CatalogueIncomplete) -> CatalogueIncompleteError:
    return CatalogueIncompleteError(
        message=exc.message,
        code=exc.code,  # type: ignore[arg-type]
        field=exc.field,
        problems=[p.message for p in exc.problems],
    )


register_error(CatalogueIncomplete, CatalogueIncompleteError)
