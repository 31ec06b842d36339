"""Credit changes (R1, R2): addCreditRecord, addToBlacklist, removeFromBlacklist; each
resolver calls one service of ``domain.credit.services`` and returns a result union."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from api.context import Info
from api.credit.types import BlacklistEntry, CreditRecord, CreditSeverityEnum, CreditSourceEnum
from api.errors import mutation_result, result_union
from api.linkage.mutations import attachment_pks
from api.relay import int_pk
from domain.credit import rules
from domain.credit import services as credit


@strawberry.input(description="记录信用信息 (AddCreditRecordInput)：R1。")
class AddCreditRecordInput:
    licensee_number: str = strawberry.field(
        description="行政相对人代码 (licenseeNumber)：系统中已有的统一社会信用代码或身份证号 (P6)。"
    )
    source: CreditSourceEnum = strawberry.field(description="来源 (source)。")
    severity: CreditSeverityEnum | None = strawberry.field(
        default=None, description="失信程度 (severity)：不填时按来源的默认程度。"
    )
    occurred_on: date = strawberry.field(
        description="发生日期 (occurredOn)：决定或事实的日期，不能晚于今天。"
    )
    description: str = strawberry.field(description="内容 (description)：必填。")
    department_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="记录部门 (departmentId)：不填为本人部门；只有协调小组可填其他部门。",
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="证据 (attachmentIds)：先经 POST /files/attachments 上传所得的 Attachment "
        "全局编号，与记录在同一事务中保存。",
    )


@strawberry.input(description="列入黑名单 (AddToBlacklistInput)：R2。")
class AddToBlacklistInput:
    licensee_number: str = strawberry.field(
        description="行政相对人代码 (licenseeNumber)：系统中已有的统一社会信用代码或身份证号。"
    )
    reason: str = strawberry.field(description="列入理由 (reason)：必填。")
    legal_basis: str = strawberry.field(description="法律依据 (legalBasis)：必填。")
    starts_on: date = strawberry.field(description="开始日期 (startsOn)。")
    ends_on: date | None = strawberry.field(
        default=None, description="结束日期 (endsOn)：最后一天，不早于今天；不填表示直至移出。"
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="附件 (attachmentIds)：联合惩戒决定等，已上传的 Attachment 全局编号。",
    )


@strawberry.input(description="移出黑名单 (RemoveFromBlacklistInput)：R2，须说明理由。")
class RemoveFromBlacklistInput:
    entry_id: strawberry.ID = strawberry.field(
        description="黑名单记录 (entryId)：BlacklistEntry 的全局编号。"
    )
    reason: str = strawberry.field(description="移出理由 (reason)：必填。")


@strawberry.type(description="信用信息已记录 (AddCreditRecordSuccess)。")
class AddCreditRecordSuccess:
    credit_record: CreditRecord = strawberry.field(description="信用记录 (creditRecord)。")


@strawberry.type(description="已列入黑名单 (AddToBlacklistSuccess)。")
class AddToBlacklistSuccess:
    blacklist_entry: BlacklistEntry = strawberry.field(description="黑名单记录 (blacklistEntry)。")


@strawberry.type(description="已移出黑名单 (RemoveFromBlacklistSuccess)。")
class RemoveFromBlacklistSuccess:
    blacklist_entry: BlacklistEntry = strawberry.field(description="黑名单记录 (blacklistEntry)。")


AddCreditRecordResult = result_union(
    "AddCreditRecordResult", AddCreditRecordSuccess, "记录信用信息结果 (AddCreditRecordResult)。"
)
AddToBlacklistResult = result_union(
    "AddToBlacklistResult", AddToBlacklistSuccess, "列入黑名单结果 (AddToBlacklistResult)。"
)
RemoveFromBlacklistResult = result_union(
    "RemoveFromBlacklistResult",
    RemoveFromBlacklistSuccess,
    "移出黑名单结果 (RemoveFromBlacklistResult)。",
)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="记录信用信息 (addCreditRecord)：审批部门的审批人员、监管部门的监管人员和部门"
        "管理员记录本部门的失信事实，协调小组可记录任何部门的 (R1)。已记入审计日志。"
    )
    async def add_credit_record(
        self,
        info: Info,
        input: Annotated[
            AddCreditRecordInput, strawberry.argument(description="信用信息 (input)。")
        ],
    ) -> AddCreditRecordResult:
        async def work() -> AddCreditRecordSuccess:
            data = rules.CreditRecordData(
                licensee_number=input.licensee_number,
                source=rules.CreditSource(input.source.value),
                severity=rules.CreditSeverity(input.severity.value) if input.severity else None,
                occurred_on=input.occurred_on,
                description=input.description,
                department_id=(
                    None
                    if input.department_id is None
                    else int_pk(input.department_id, "Department", "departmentId")
                ),
                attachment_ids=attachment_pks(input.attachment_ids),
            )
            row = await credit.add_credit_record(info.context.actor, data)
            return AddCreditRecordSuccess(credit_record=CreditRecord.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="列入黑名单 (addToBlacklist)：协调小组或审批部门的部门管理员 (R2)；每个行政"
        "相对人同时只能有一条未结束的黑名单记录。已记入审计日志。"
    )
    async def add_to_blacklist(
        self,
        info: Info,
        input: Annotated[
            AddToBlacklistInput, strawberry.argument(description="黑名单记录 (input)。")
        ],
    ) -> AddToBlacklistResult:
        async def work() -> AddToBlacklistSuccess:
            data = rules.BlacklistData(
                licensee_number=input.licensee_number,
                reason=input.reason,
                legal_basis=input.legal_basis,
                starts_on=input.starts_on,
                ends_on=input.ends_on,
                attachment_ids=attachment_pks(input.attachment_ids),
            )
            row = await credit.add_to_blacklist(info.context.actor, data)
            return AddToBlacklistSuccess(blacklist_entry=BlacklistEntry.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="移出黑名单 (removeFromBlacklist)：协调小组或审批部门的部门管理员，须说明理由 "
        "(R2)；已移出或已到期的记录不能再移出。已记入审计日志。"
    )
    async def remove_from_blacklist(
        self,
        info: Info,
        input: Annotated[
            RemoveFromBlacklistInput, strawberry.argument(description="移出 (input)。")
        ],
    ) -> RemoveFromBlacklistResult:
        async def work() -> RemoveFromBlacklistSuccess:
            pk = int_pk(input.entry_id, "BlacklistEntry", "entryId")
            row = await credit.remove_from_blacklist(info.context.actor, pk, input.reason)
            return RemoveFromBlacklistSuccess(blacklist_entry=BlacklistEntry.from_model(row))

        return await mutation_result(work())
