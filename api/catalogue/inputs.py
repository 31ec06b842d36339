"""Input types of the catalogue mutations.

Update inputs leave a field out (UNSET) to keep its value; ``changes()`` turns one
into the ``{field: value}`` mapping the domain's ``update_*`` services take.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry

from api.catalogue.types import CommitmentModeEnum, KeyAreaEnum
from api.relay import int_pk

UNSET: Any = strawberry.UNSET
KEEP = "不填则不变。"


def changes(input: Any, ids: dict[str, tuple[str, str]] | None = None) -> dict[str, Any]:
    """The set fields of an update input, as domain field names and values.

    ``ids`` maps a field holding a global id to (type name, domain field name).
    """
    ids = ids or {}
    result: dict[str, Any] = {}
    for name, value in vars(input).items():
        if name == "id" or value is UNSET:
            continue
        if name in ids:
            type_name, domain_name = ids[name]
            result[domain_name] = int_pk(value, type_name, _camel(name))
        elif isinstance(value, list):
            result[name] = [getattr(v, "value", v) for v in value]
        else:
            result[name] = getattr(value, "value", value)
    return result


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


# ---- approval and handling items ----------------------------------------------------


@strawberry.input(description="新建审批事项 (CreateApprovalItemInput)。")
class CreateApprovalItemInput:
    code: str = strawberry.field(description="事项编码 (code)：唯一；字母、数字和 - _ . / ( )。")
    name: str = strawberry.field(description="事项名称 (name)。")
    department_id: strawberry.ID = strawberry.field(description="审批部门 (departmentId)。")
    legal_basis: str = strawberry.field(default="", description="设定依据 (legalBasis)。")
    commitment_eligible: bool = strawberry.field(
        default=False, description="是否实行告知承诺制 (commitmentEligible)。"
    )
    commitment_modes: list[CommitmentModeEnum] = strawberry.field(
        default_factory=list,
        description="告知承诺方式 (commitmentModes)：实行告知承诺制时至少一种。",
    )
    verification_period_working_days: int | None = strawberry.field(
        default=None,
        description="核查期限 (verificationPeriodWorkingDays)：事后核查必填，1–365 个工作日。",
    )
    allowed_credit_grades: list[str] = strawberry.field(
        default_factory=list,
        description="允许的信用等级 (allowedCreditGrades)：A–D；实行告知承诺制时至少一个。",
    )


@strawberry.input(description="修改审批事项 (UpdateApprovalItemInput)：" + KEEP)
class UpdateApprovalItemInput:
    id: strawberry.ID = strawberry.field(description="审批事项 (id)：全局编号。")
    code: str | None = strawberry.field(default=UNSET, description="事项编码 (code)。")
    name: str | None = strawberry.field(default=UNSET, description="事项名称 (name)。")
    department_id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="审批部门 (departmentId)。"
    )
    legal_basis: str | None = strawberry.field(default=UNSET, description="设定依据 (legalBasis)。")
    commitment_eligible: bool | None = strawberry.field(
        default=UNSET, description="是否实行告知承诺制 (commitmentEligible)。"
    )
    commitment_modes: list[CommitmentModeEnum] | None = strawberry.field(
        default=UNSET, description="告知承诺方式 (commitmentModes)。"
    )
    verification_period_working_days: int | None = strawberry.field(
        default=UNSET, description="核查期限 (verificationPeriodWorkingDays)：null 清除。"
    )
    allowed_credit_grades: list[str] | None = strawberry.field(
        default=UNSET, description="允许的信用等级 (allowedCreditGrades)。"
    )
    is_active: bool | None = strawberry.field(default=UNSET, description="是否启用 (isActive)。")


@strawberry.input(description="新建业务办理项 (CreateHandlingItemInput)。")
class CreateHandlingItemInput:
    approval_item_id: strawberry.ID = strawberry.field(
        description="所属审批事项 (approvalItemId)。"
    )
    code: str = strawberry.field(description="办理项编码 (code)：唯一。")
    name: str = strawberry.field(description="办理项名称 (name)。")


@strawberry.input(description="修改业务办理项 (UpdateHandlingItemInput)：" + KEEP)
class UpdateHandlingItemInput:
    id: strawberry.ID = strawberry.field(description="业务办理项 (id)：全局编号。")
    approval_item_id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="所属审批事项 (approvalItemId)。"
    )
    code: str | None = strawberry.field(default=UNSET, description="办理项编码 (code)。")
    name: str | None = strawberry.field(default=UNSET, description="办理项名称 (name)。")
    is_active: bool | None = strawberry.field(default=UNSET, description="是否启用 (isActive)。")


# ---- supervision items ---------------------------------------------------------------


@strawberry.input(description="新建监管事项 (CreateSupervisionItemInput)。")
class CreateSupervisionItemInput:
    code: str = strawberry.field(description="事项编码 (code)：唯一。")
    name: str = strawberry.field(description="事项名称 (name)。")
    department_id: strawberry.ID = strawberry.field(description="监管部门 (departmentId)。")
    legal_basis: str = strawberry.field(default="", description="设定依据 (legalBasis)。")
    is_key: bool = strawberry.field(default=False, description="是否重点监管 (isKey)。")
    key_area: KeyAreaEnum | None = strawberry.field(
        default=None, description="重点监管领域 (keyArea)：重点监管时必填。"
    )


@strawberry.input(description="修改监管事项 (UpdateSupervisionItemInput)：" + KEEP)
class UpdateSupervisionItemInput:
    id: strawberry.ID = strawberry.field(description="监管事项 (id)：全局编号。")
    code: str | None = strawberry.field(default=UNSET, description="事项编码 (code)。")
    name: str | None = strawberry.field(default=UNSET, description="事项名称 (name)。")
    department_id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="监管部门 (departmentId)。"
    )
    legal_basis: str | None = strawberry.field(default=UNSET, description="设定依据 (legalBasis)。")
    is_key: bool | None = strawberry.field(default=UNSET, description="是否重点监管 (isKey)。")
    key_area: KeyAreaEnum | None = strawberry.field(
        default=UNSET, description="重点监管领域 (keyArea)：null 清除。"
    )
    is_active: bool | None = strawberry.field(default=UNSET, description="是否启用 (isActive)。")


@strawberry.input(description="新建监管事项子项 (CreateSupervisionSubItemInput)。")
class CreateSupervisionSubItemInput:
    supervision_item_id: strawberry.ID = strawberry.field(
        description="所属监管事项 (supervisionItemId)。"
    )
    code: str = strawberry.field(description="子项编码 (code)：唯一。")
    name: str = strawberry.field(description="子项名称 (name)。")


@strawberry.input(description="修改监管事项子项 (UpdateSupervisionSubItemInput)：" + KEEP)
class UpdateSupervisionSubItemInput:
    id: strawberry.ID = strawberry.field(description="监管事项子项 (id)：全局编号。")
    code: str | None = strawberry.field(default=UNSET, description="子项编码 (code)。")
    name: str | None = strawberry.field(default=UNSET, description="子项名称 (name)。")
    is_active: bool | None = strawberry.field(default=UNSET, description="是否启用 (isActive)。")


# ---- links and publication -------------------------------------------------------------


@strawberry.input(description="提出审管关联 (ProposeCatalogueLinkInput)：审批部门提出监管部门。")
class ProposeCatalogueLinkInput:
    handling_item_id: strawberry.ID = strawberry.field(description="业务办理项 (handlingItemId)。")
    department_id: strawberry.ID = strawberry.field(description="监管部门 (departmentId)。")


@strawberry.input(
    description="确认审管关联 (ConfirmCatalogueLinkInput)：监管部门关联本部门的监管事项子项。"
)
class ConfirmCatalogueLinkInput:
    id: strawberry.ID = strawberry.field(description="审管关联 (id)：全局编号。")
    supervision_sub_item_id: strawberry.ID = strawberry.field(
        description="监管事项子项 (supervisionSubItemId)：须属于本部门。"
    )


@strawberry.input(description="拒绝审管关联 (RejectCatalogueLinkInput)。")
class RejectCatalogueLinkInput:
    id: strawberry.ID = strawberry.field(description="审管关联 (id)：全局编号。")
    reason: str = strawberry.field(description="理由 (reason)：必填。")


@strawberry.input(description="解除审管关联 (UnlinkCatalogueLinkInput)。")
class UnlinkCatalogueLinkInput:
    id: strawberry.ID = strawberry.field(description="审管关联 (id)：全局编号。")
    reason: str = strawberry.field(description="理由 (reason)：必填。")


@strawberry.input(description="发布事项清单 (PublishCatalogueInput)。")
class PublishCatalogueInput:
    effective_date: date = strawberry.field(
        description="生效日期 (effectiveDate)：不早于今天，也不早于最新版本的生效日期。"
    )
    note: str = strawberry.field(default="", description="发布说明 (note)。")
