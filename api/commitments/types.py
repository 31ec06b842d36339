"""GraphQL types of notification-commitment approval (告知承诺): CreditCheck (K1) and
Commitment (K2–K5)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.catalogue.types import CommitmentModeEnum, HandlingItem, _user_name
from api.context import Info
from api.credit.grade import CreditGradeEnum
from api.credit.types import BlacklistEntry, CreditRecord
from api.deadlines import DueState
from api.linkage.types import Licensee, LicenseeKindEnum, Push
from api.materials.types import MaterialCategoryEnum
from api.relay import Node, node_resolver
from domain.calendar.rules import local_date
from domain.catalogue.rules import CommitmentMode
from domain.catalogue.services import reads as catalogue_reads
from domain.clock import utc_now
from domain.commitments import models, rules
from domain.commitments.services import checks, commitments
from domain.commitments.services.materials import material_statuses
from domain.credit import services as credit
from domain.credit.models import BlacklistEntry as BlacklistEntryRow
from domain.deadlines.rules import DueFacts
from domain.linkage.rules import LicenseeKind
from domain.linkage.services import reads
from domain.reminders.models import Reminder, ReminderStage


@strawberry.enum(name="CommitmentStatus", description="告知承诺状态 (CommitmentStatus)。")
class CommitmentStatusEnum(Enum):
    PENDING = strawberry.enum_value(
        "PENDING",
        description="待补交/待核验 (pending)：尚未发证；材料延期等待补交 (K2)，材料核验等待"
        "材料库核验通过 (K3)，事后核查可立即发证 (K4)。",
    )
    ISSUED = strawberry.enum_value(
        "ISSUED", description="已发证 (issued)：许可已作出并推送至监管部门 (P1)。"
    )
    VERIFIED = strawberry.enum_value(
        "VERIFIED", description="核查属实 (verified)：事后核查发现承诺属实 (K4)。"
    )
    UNTRUE = strawberry.enum_value(
        "UNTRUE", description="承诺不实 (untrue)：已责令限期整改，整改不到位将建议撤销 (K5)。"
    )
    REVOKED = strawberry.enum_value(
        "REVOKED",
        description="已撤销 (revoked)：逾期未补交 (K2) 或承诺不实 (K5)，已记入信用记录。",
    )


@strawberry.enum(name="RevocationReason", description="撤销原因 (RevocationReason)。")
class RevocationReasonEnum(Enum):
    OVERDUE = strawberry.enum_value(
        "OVERDUE", description="逾期未补交材料 (overdue)：记“逾期未履行承诺”信用记录 (K2)。"
    )
    UNTRUE = strawberry.enum_value(
        "UNTRUE", description="承诺不实 (untrue)：记“承诺不实”信用记录 (K5)。"
    )


@strawberry.enum(name="VerificationOutcome", description="核查结果 (VerificationOutcome)：K4。")
class VerificationOutcomeEnum(Enum):
    TRUE = strawberry.enum_value("TRUE", description="属实 (true)：承诺与实际相符。")
    UNTRUE = strawberry.enum_value(
        "UNTRUE", description="不实 (untrue)：与承诺不符，责令限期整改 (K5)。"
    )


@strawberry.type(
    description="事前信用查询 (CreditCheck)：审批前按统一社会信用代码或身份证号查询申请人的"
    "信用风险等级和黑名单，并判断能否适用告知承诺审批；查询人、时间和结果均记录 (K1)。"
)
class CreditCheck(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.CreditCheck]
    licensee_number: str = strawberry.field(
        description="申请人代码 (licensee number)：统一社会信用代码或身份证号，已校验校验位。"
    )
    licensee_kind: LicenseeKindEnum = strawberry.field(description="类型 (kind)：单位或个人。")
    known_licensee: bool = strawberry.field(
        description="系统中是否已有该相对人 (known licensee)：否则按 A 级、无黑名单处理。"
    )
    approval_item_name: str = strawberry.field(description="审批事项名称 (approval item name)。")
    grade: CreditGradeEnum = strawberry.field(description="信用风险等级 (credit grade)：A–D。")
    blacklisted: bool = strawberry.field(description="是否命中黑名单 (blacklisted)：当日有效。")
    allowed: bool = strawberry.field(
        description="是否允许告知承诺审批 (allowed)：事项适用告知承诺、未列入黑名单且等级在事项"
        "允许范围内。"
    )
    reasons: list[str] = strawberry.field(description="理由 (reasons)：等级和结论的依据，中文。")
    checked_at: datetime = strawberry.field(description="查询时间 (checked at)。")

    @classmethod
    def from_model(cls, row: models.CreditCheck) -> CreditCheck:
        return cls(
            pk=row.id,
            row=row,
            licensee_number=row.licensee_number,
            licensee_kind=LicenseeKindEnum(LicenseeKind(row.licensee_kind).value),
            known_licensee=row.licensee_id is not None,
            approval_item_name=row.approval_item_name,
            grade=CreditGradeEnum(row.grade),
            blacklisted=row.blacklisted,
            allowed=row.allowed,
            reasons=list(row.reasons),
            checked_at=row.checked_at,
        )

    @strawberry.field(description="查询部门 (department)：审批部门。")
    async def department(self, info: Info) -> Department | None:
        return await load_department(info, self.row.department_id)

    @strawberry.field(description="查询人 (asked by)：姓名；系统为 null。")
    async def asked_by(self, info: Info) -> str | None:
        return await _user_name(info, self.row.asked_by_id)


@strawberry.type(description="需核验的材料 (RequiredMaterial)：材料核验时到证照材料库核验 (K3)。")
class RequiredMaterial:
    category: MaterialCategoryEnum = strawberry.field(description="材料类别 (category)。")
    name: str = strawberry.field(description="材料名称 (name)。")
    validity: str | None = strawberry.field(
        description="今日有效性 (validity)：VALID、EXPIRED、NOT_YET_VALID、WITHDRAWN；"
        "null 表示材料库中没有。"
    )
    valid_until: date | None = strawberry.field(description="有效期至 (valid until)。")
    problem: str | None = strawberry.field(
        description="问题 (problem)：阻止发证的原因，中文；有效时为 null。"
    )


@strawberry.type(
    description="告知承诺 (Commitment)：申请人书面承诺后的审批，方式为材料延期 (K2)、材料核验 "
    "(K3) 或事后核查 (K4)；依据一次允许告知承诺的事前信用查询 (K1)。"
)
class Commitment(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.Commitment]
    mode: CommitmentModeEnum = strawberry.field(description="告知承诺方式 (mode)。")
    status: CommitmentStatusEnum = strawberry.field(description="状态 (status)。")
    approval_item_name: str = strawberry.field(description="审批事项名称 (approval item name)。")
    content: str = strawberry.field(description="承诺内容 (content)：申请人的书面承诺。")
    materials: list[str] = strawberry.field(
        description="承诺补交的材料 (materials)：材料延期 (K2)。"
    )
    handed_in_materials: list[str] = strawberry.field(
        description="已补交的材料 (handed in materials)：发证时登记。"
    )
    contact_phone: str = strawberry.field(
        description="申请人联系电话 (contact phone)：截止前一天的短信提醒发往此号码 (K2)。"
    )
    contact_email: str = strawberry.field(
        description="申请人电子邮箱 (contact email)：截止前一天的邮件提醒发往此地址 (K2)。"
    )
    issued_at: datetime | None = strawberry.field(description="发证时间 (issued at)。")
    materials_late_working_days: int | None = strawberry.field(
        description="补交逾期工作日数 (materials late working days)：0 为按期 (K2, T4)。"
    )
    verification_outcome: VerificationOutcomeEnum | None = strawberry.field(
        description="核查结果 (verification outcome)：事后核查 (K4)。"
    )
    verified_at: datetime | None = strawberry.field(description="核查时间 (verified at)。")
    verification_summary: str = strawberry.field(description="核查情况 (verification summary)。")
    result_late_working_days: int | None = strawberry.field(
        description="结果推送逾期工作日数 (result late working days)：核查结果作出后 3 个工作日"
        "内推送至审批部门，0 为按期 (K4, T4)。"
    )
    revocation_reason: RevocationReasonEnum | None = strawberry.field(
        description="撤销原因 (revocation reason)。"
    )
    revocation_note: str = strawberry.field(description="撤销说明 (revocation note)。")
    revoked_at: datetime | None = strawberry.field(description="撤销时间 (revoked at)。")
    judicial_referral: bool = strawberry.field(
        description="是否移送司法机关 (judicial referral)：已记录 (K5)。"
    )
    created_at: datetime = strawberry.field(description="受理时间 (created at)。")

    @classmethod
    def from_model(cls, row: models.Commitment) -> Commitment:
        outcome = row.verification_outcome
        reason = row.revocation_reason
        return cls(
            pk=row.id,
            row=row,
            mode=CommitmentModeEnum(CommitmentMode(row.mode).value),
            status=CommitmentStatusEnum(rules.CommitmentStatus(row.status).value),
            approval_item_name=row.approval_item_name,
            content=row.content,
            materials=list(row.materials),
            handed_in_materials=list(row.handed_in_materials),
            contact_phone=row.contact_phone,
            contact_email=row.contact_email,
            issued_at=row.issued_at,
            materials_late_working_days=row.materials_late_working_days,
            verification_outcome=None if outcome is None else VerificationOutcomeEnum(outcome),
            verified_at=row.verified_at,
            verification_summary=row.verification_summary,
            result_late_working_days=row.result_late_working_days,
            revocation_reason=None if reason is None else RevocationReasonEnum(reason),
            revocation_note=row.revocation_note,
            revoked_at=row.revoked_at,
            judicial_referral=row.referral_record_id is not None,
            created_at=row.created_at,
        )

    @strawberry.field(
        description="承诺期限 (promise due)：材料延期的补交期限及红黄绿灯；补交发证或撤销后"
        "无灯；其他方式为 null (K2)。"
    )
    def promise_due(self) -> DueState | None:
        if self.row.due_at is None:
            return None
        facts = DueFacts(
            self.row.due_at,
            open_=self.row.status == rules.CommitmentStatus.PENDING,
            working_days_late=self.row.materials_late_working_days,
        )
        return DueState.of(facts, provisional=False, now=utc_now())

    @strawberry.field(
        description="已提醒申请人的时间 (applicant reminded at)：承诺期限截止前一天向申请人"
        "发出补交提醒的时间 (K2)；尚未提醒为 null。一页承诺批量查询。"
    )
    async def applicant_reminded_at(self, info: Info) -> datetime | None:
        if self.row.deadline_id is None:
            return None
        return await info.context.loader("commitment_reminded_at", _reminded_at).load(
            self.row.deadline_id
        )

    @strawberry.field(description="行政相对人 (licensee)：申请人 (P6)。")
    async def licensee(self, info: Info) -> Licensee:
        row = await info.context.loader("licensee_by_id", reads.licensees_by_ids).load(
            self.row.licensee_id
        )
        assert row is not None
        return Licensee.from_model(row, info.context.actor, frozenset({self.row.department_id}))

    @strawberry.field(description="业务办理项 (handling item)。")
    async def handling_item(self, info: Info) -> HandlingItem | None:
        row = await info.context.loader(
            "handling_item_by_id", catalogue_reads.handling_items_by_ids
        ).load(self.row.handling_item_id)
        return None if row is None else HandlingItem.from_model(row)

    @strawberry.field(description="依据的事前信用查询 (credit check)：K1。")
    async def credit_check(self, info: Info) -> CreditCheck | None:
        row = await info.context.loader("credit_check_by_id", _checks_by_ids).load(
            self.row.credit_check_id
        )
        return None if row is None else CreditCheck.from_model(row)

    @strawberry.field(description="审批部门 (department)。")
    async def department(self, info: Info) -> Department | None:
        return await load_department(info, self.row.department_id)

    @strawberry.field(description="许可推送 (push)：发证后推送至监管部门的审批信息 (P1)。")
    async def push(self, info: Info) -> Push | None:
        if self.row.push_id is None:
            return None
        row = await info.context.loader("push_by_id", reads.pushes_by_ids).load(self.row.push_id)
        return None if row is None else Push.from_model(row)

    @strawberry.field(description="信用记录 (credit record)：撤销时记入的失信信息 (R1)。")
    async def credit_record(self, info: Info) -> CreditRecord | None:
        if self.row.credit_record_id is None:
            return None
        row = await info.context.loader("credit_record_by_id", credit.credit_records_by_ids).load(
            self.row.credit_record_id
        )
        return None if row is None else CreditRecord.from_model(row)

    @strawberry.field(description="黑名单记录 (blacklist entry)：撤销时列入的 (R2)。")
    async def blacklist_entry(self) -> BlacklistEntry | None:
        if self.row.blacklist_entry_id is None:
            return None
        row = await BlacklistEntryRow.get_or_none(id=self.row.blacklist_entry_id)
        return None if row is None else BlacklistEntry.from_model(row)

    @strawberry.field(
        description="需核验的材料 (required materials)：材料核验 (K3) 的材料及其在证照材料库"
        "中的今日有效性；逐条查询，仅在查看单个承诺时使用。"
    )
    async def required_materials(self) -> list[RequiredMaterial]:
        if not self.row.required_materials:
            return []
        statuses = await material_statuses(self.row, local_date(utc_now()))
        return [
            RequiredMaterial(
                category=MaterialCategoryEnum(s.required.category.value),
                name=s.required.name,
                validity=s.validity,
                valid_until=s.valid_until,
                problem=s.problem,
            )
            for s in statuses
        ]


async def _reminded_at(deadline_ids: list[int]) -> list[datetime | None]:
    """K2: when each promise deadline's day-before reminder was made (None: not yet)."""
    rows = await Reminder.filter(
        deadline_id__in=list(set(deadline_ids)), stage=ReminderStage.DAY_BEFORE
    ).values_list("deadline_id", "created_at")
    first: dict[int, datetime] = {}
    for deadline_id, created_at in rows:
        if deadline_id not in first or created_at < first[deadline_id]:
            first[deadline_id] = created_at
    return [first.get(i) for i in deadline_ids]


async def _checks_by_ids(ids: list[int]) -> list[models.CreditCheck | None]:
    rows = {row.id: row for row in await models.CreditCheck.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]


@node_resolver("CreditCheck")
async def resolve_credit_check(info: Info, pk: int) -> CreditCheck | None:
    row = await checks.credit_check(info.context.actor, pk)
    return None if row is None else CreditCheck.from_model(row)


@node_resolver("Commitment")
async def resolve_commitment(info: Info, pk: int) -> Commitment | None:
    row = await commitments.commitment(info.context.actor, pk)
    return None if row is None else Commitment.from_model(row)
