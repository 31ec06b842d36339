"""Changes of notification-commitment approval: runCreditCheck (K1), createCommitment,
issueCommittedLicense, revokeCommitment (K2–K5); each resolver calls one service of
``domain.commitments.services`` and returns a result union."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import strawberry

from api.catalogue.types import CommitmentModeEnum
from api.commitments.types import (
    Commitment,
    CreditCheck,
    RevocationReasonEnum,
    VerificationOutcomeEnum,
)
from api.context import Info
from api.errors import mutation_result, result_union
from api.linkage.mutations import attachment_pks
from api.materials.queries import RequiredMaterialInput
from api.relay import int_pk
from domain.catalogue.rules import CommitmentMode
from domain.commitments import rules
from domain.commitments.services import checks, commitments, verification
from domain.materials.rules import MaterialCategory, RequiredMaterial


@strawberry.input(description="事前信用查询 (RunCreditCheckInput)：K1。")
class RunCreditCheckInput:
    licensee_number: str = strawberry.field(
        description="申请人代码 (licenseeNumber)：统一社会信用代码 (GB 32100) 或身份证号 "
        "(GB 11643)，校验位不符为输入错误。"
    )
    approval_item_id: strawberry.ID = strawberry.field(
        description="审批事项 (approvalItemId)：本审批部门的 ApprovalItem 全局编号。"
    )


@strawberry.input(description="受理告知承诺 (CreateCommitmentInput)：K2–K4。")
class CreateCommitmentInput:
    credit_check_id: strawberry.ID = strawberry.field(
        description="事前信用查询 (creditCheckId)：7 日内、允许告知承诺、同一事项的 CreditCheck "
        "全局编号；申请人即被查询的相对人 (K1)。"
    )
    handling_item_id: strawberry.ID = strawberry.field(
        description="业务办理项 (handlingItemId)：该事项的 HandlingItem 全局编号。"
    )
    mode: CommitmentModeEnum = strawberry.field(description="告知承诺方式 (mode)：事项已配置的。")
    licensee_name: str = strawberry.field(description="申请人名称 (licenseeName)：必填。")
    content: str = strawberry.field(description="承诺内容 (content)：申请人的书面承诺，必填。")
    contact_phone: str = strawberry.field(
        default="", description="联系电话 (contactPhone)：材料延期须填电话或邮箱 (K2 提醒)。"
    )
    contact_email: str = strawberry.field(default="", description="电子邮箱 (contactEmail)。")
    address: str = strawberry.field(default="", description="地址 (address)。")
    legal_representative: str = strawberry.field(
        default="", description="法定代表人 (legalRepresentative)。"
    )
    materials: list[str] = strawberry.field(
        default_factory=list, description="承诺补交的材料 (materials)：材料延期必填 (K2)。"
    )
    due_on: date | None = strawberry.field(
        default=None,
        description="承诺截止日期 (dueOn)：材料延期，当日 23:59:59 截止；"
        "与 dueWorkingDays 二选一。",
    )
    due_working_days: int | None = strawberry.field(
        default=None, description="承诺期限工作日数 (dueWorkingDays)：自今日起 N 个工作日 (T2)。"
    )
    required_materials: list[RequiredMaterialInput] = strawberry.field(
        default_factory=list,
        description="需核验的材料 (requiredMaterials)：材料核验必填，到证照材料库核验 (K3)。",
    )


@strawberry.input(description="告知承诺发证 (IssueCommittedLicenseInput)：发证并推送 (P1)。")
class IssueCommittedLicenseInput:
    commitment_id: strawberry.ID = strawberry.field(
        description="告知承诺 (commitmentId)：Commitment 全局编号。"
    )
    document_number: str = strawberry.field(description="法律文书编号 (documentNumber)：唯一。")
    license_content: str = strawberry.field(description="许可内容 (licenseContent)：必填。")
    valid_from: date | None = strawberry.field(
        default=None, description="有效期起 (validFrom)：默认为今日。"
    )
    valid_until: date | None = strawberry.field(
        default=None, description="有效期止 (validUntil)：不填为长期有效。"
    )
    handling_opinion: str = strawberry.field(default="", description="办理意见 (handlingOpinion)。")
    handed_in_materials: list[str] = strawberry.field(
        default_factory=list,
        description="已补交的材料 (handedInMaterials)：材料延期须包括全部承诺的材料 (K2)。",
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="审批档案附件 (attachmentIds)：已上传的 Attachment 编号。"
    )


@strawberry.input(description="撤销告知承诺审批 (RevokeCommitmentInput)：K2 逾期、K5 不实。")
class RevokeCommitmentInput:
    commitment_id: strawberry.ID = strawberry.field(
        description="告知承诺 (commitmentId)：Commitment 全局编号。"
    )
    reason: RevocationReasonEnum = strawberry.field(description="撤销原因 (reason)。")
    note: str = strawberry.field(description="撤销说明 (note)：必填，写入信用记录。")
    blacklist: bool = strawberry.field(
        default=False,
        description="同时列入黑名单 (blacklist)：仅审批部门的部门管理员可以 (R2)。",
    )
    blacklist_legal_basis: str = strawberry.field(
        default="", description="列入黑名单的法律依据 (blacklistLegalBasis)：列入时必填。"
    )
    judicial_referral: bool = strawberry.field(
        default=False, description="移送司法机关 (judicialReferral)：记录一条信用记录 (K5)。"
    )
    referral_note: str = strawberry.field(default="", description="移送说明 (referralNote)。")


@strawberry.input(description="登记核查结果 (RecordCommitmentVerificationInput)：K4、K5。")
class RecordCommitmentVerificationInput:
    commitment_id: strawberry.ID = strawberry.field(
        description="告知承诺 (commitmentId)：已发证的事后核查 Commitment 全局编号。"
    )
    outcome: VerificationOutcomeEnum = strawberry.field(description="核查结果 (outcome)。")
    verified_at: datetime = strawberry.field(
        description="核查完成时间 (verifiedAt)：结果须在其后 3 个工作日内推送至审批部门。"
    )
    summary: str = strawberry.field(description="核查情况 (summary)：必填。")
    rectification_due_on: date | None = strawberry.field(
        default=None, description="整改期限 (rectificationDueOn)：不实时必填 (K5)。"
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="证据 (attachmentIds)：已上传的 Attachment 编号。"
    )


@strawberry.type(description="核查结果已登记 (RecordCommitmentVerificationSuccess)。")
class RecordCommitmentVerificationSuccess:
    commitment: Commitment = strawberry.field(description="告知承诺 (commitment)。")


@strawberry.type(description="信用查询完成 (RunCreditCheckSuccess)：已记录。")
class RunCreditCheckSuccess:
    credit_check: CreditCheck = strawberry.field(description="查询记录 (creditCheck)。")


@strawberry.type(description="告知承诺已受理 (CreateCommitmentSuccess)。")
class CreateCommitmentSuccess:
    commitment: Commitment = strawberry.field(description="告知承诺 (commitment)。")


@strawberry.type(description="已发证并推送 (IssueCommittedLicenseSuccess)。")
class IssueCommittedLicenseSuccess:
    commitment: Commitment = strawberry.field(description="告知承诺 (commitment)。")


@strawberry.type(description="告知承诺审批已撤销 (RevokeCommitmentSuccess)。")
class RevokeCommitmentSuccess:
    commitment: Commitment = strawberry.field(description="告知承诺 (commitment)。")


RunCreditCheckResult = result_union(
    "RunCreditCheckResult", RunCreditCheckSuccess, "信用查询结果 (RunCreditCheckResult)。"
)
CreateCommitmentResult = result_union(
    "CreateCommitmentResult", CreateCommitmentSuccess, "受理结果 (CreateCommitmentResult)。"
)
IssueCommittedLicenseResult = result_union(
    "IssueCommittedLicenseResult",
    IssueCommittedLicenseSuccess,
    "发证结果 (IssueCommittedLicenseResult)。",
)
RecordCommitmentVerificationResult = result_union(
    "RecordCommitmentVerificationResult",
    RecordCommitmentVerificationSuccess,
    "登记核查结果 (RecordCommitmentVerificationResult)。",
)
RevokeCommitmentResult = result_union(
    "RevokeCommitmentResult", RevokeCommitmentSuccess, "撤销结果 (RevokeCommitmentResult)。"
)


def _commitment_pk(global_id: strawberry.ID) -> int:
    return int_pk(global_id, "Commitment", "commitmentId")


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="事前信用查询 (runCreditCheck)：审批部门的审批人员或部门管理员按统一社会信用"
        "代码或身份证号查询信用风险等级、黑名单，判断能否适用告知承诺审批；查询与结果均记录并记入"
        "审计日志 (K1)。系统中没有的相对人按 A 级、无黑名单处理。"
    )
    async def run_credit_check(
        self,
        info: Info,
        input: Annotated[RunCreditCheckInput, strawberry.argument(description="查询 (input)。")],
    ) -> RunCreditCheckResult:
        async def work() -> RunCreditCheckSuccess:
            item = int_pk(input.approval_item_id, "ApprovalItem", "approvalItemId")
            row = await checks.run_credit_check(info.context.actor, input.licensee_number, item)
            return RunCreditCheckSuccess(credit_check=CreditCheck.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="受理告知承诺 (createCommitment)：依据允许告知承诺的信用查询；材料延期开始"
        "承诺期限（截止前一天提醒申请人，逾期提醒审批部门）(K2–K4)。已记入审计日志。"
    )
    async def create_commitment(
        self,
        info: Info,
        input: Annotated[CreateCommitmentInput, strawberry.argument(description="承诺 (input)。")],
    ) -> CreateCommitmentResult:
        async def work() -> CreateCommitmentSuccess:
            data = rules.CommitmentData(
                credit_check_id=int_pk(input.credit_check_id, "CreditCheck", "creditCheckId"),
                handling_item_id=int_pk(input.handling_item_id, "HandlingItem", "handlingItemId"),
                mode=CommitmentMode(input.mode.value),
                licensee_name=input.licensee_name,
                content=input.content,
                contact_phone=input.contact_phone,
                contact_email=input.contact_email,
                address=input.address,
                legal_representative=input.legal_representative,
                materials=input.materials,
                due_on=input.due_on,
                due_working_days=input.due_working_days,
                required_materials=[
                    RequiredMaterial(category=MaterialCategory(m.category.value), name=m.name)
                    for m in input.required_materials
                ],
            )
            row = await commitments.create_commitment(info.context.actor, data)
            return CreateCommitmentSuccess(commitment=Commitment.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="告知承诺发证 (issueCommittedLicense)：材料延期须已补交全部承诺材料 (K2)，"
        "材料核验须全部材料在证照材料库中有效 (K3)，事后核查即时发证 (K4)；审批决定即时推送至"
        "监管部门 (P1)。已记入审计日志。"
    )
    async def issue_committed_license(
        self,
        info: Info,
        input: Annotated[
            IssueCommittedLicenseInput, strawberry.argument(description="发证 (input)。")
        ],
    ) -> IssueCommittedLicenseResult:
        async def work() -> IssueCommittedLicenseSuccess:
            data = commitments.IssueData(
                commitment_id=_commitment_pk(input.commitment_id),
                document_number=input.document_number,
                license_content=input.license_content,
                valid_from=input.valid_from,
                valid_until=input.valid_until,
                handling_opinion=input.handling_opinion,
                handed_in_materials=input.handed_in_materials,
                attachment_ids=attachment_pks(input.attachment_ids),
            )
            row = await commitments.issue_committed_license(info.context.actor, data)
            return IssueCommittedLicenseSuccess(commitment=Commitment.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="撤销告知承诺审批 (revokeCommitment)：逾期未补交 (K2) 或承诺不实且许可已经"
        "撤销申请撤销 (K5)；记入信用记录，可同时列入黑名单（部门管理员）、记录移送司法机关。"
        "已记入审计日志。"
    )
    async def revoke_commitment(
        self,
        info: Info,
        input: Annotated[RevokeCommitmentInput, strawberry.argument(description="撤销 (input)。")],
    ) -> RevokeCommitmentResult:
        async def work() -> RevokeCommitmentSuccess:
            data = commitments.RevocationData(
                commitment_id=_commitment_pk(input.commitment_id),
                reason=rules.RevocationReason(input.reason.value),
                note=input.note,
                blacklist=input.blacklist,
                blacklist_legal_basis=input.blacklist_legal_basis,
                judicial_referral=input.judicial_referral,
                referral_note=input.referral_note,
            )
            row = await commitments.revoke_commitment(info.context.actor, data)
            return RevokeCommitmentSuccess(commitment=Commitment.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="登记事后核查结果 (recordCommitmentVerification)：认领推送的监管部门登记现场"
        "核查结果，同时作为监管任务的结果反馈（属实：符合；不实：责令限期整改，K5）；记录结果是否"
        "在核查后 3 个工作日内推送至审批部门 (K4, T4)。已记入审计日志。"
    )
    async def record_commitment_verification(
        self,
        info: Info,
        input: Annotated[
            RecordCommitmentVerificationInput, strawberry.argument(description="核查 (input)。")
        ],
    ) -> RecordCommitmentVerificationResult:
        async def work() -> RecordCommitmentVerificationSuccess:
            data = verification.VerificationData(
                commitment_id=_commitment_pk(input.commitment_id),
                outcome=rules.VerificationOutcome(input.outcome.value),
                verified_at=input.verified_at,
                summary=input.summary,
                rectification_due_on=input.rectification_due_on,
                attachment_ids=tuple(attachment_pks(input.attachment_ids)),
            )
            row = await verification.record_verification(info.context.actor, data)
            return RecordCommitmentVerificationSuccess(commitment=Commitment.from_model(row))

        return await mutation_result(work())
