"""GraphQL types of credit (R1, R2): CreditRecord and BlacklistEntry."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.attachments.types import Attachment, attachments_loader
from api.context import Info
from api.linkage.types import Licensee
from api.relay import Node, node_resolver, to_global_id
from domain.accounts.policy import Operation, can
from domain.calendar.rules import local_date
from domain.clock import utc_now
from domain.credit import models, rules
from domain.credit import services as credit
from domain.linkage.services import reads


@strawberry.enum(name="CreditSource", description="信用记录来源 (CreditSource)：R1。")
class CreditSourceEnum(Enum):
    REVOCATION = strawberry.enum_value(
        "REVOCATION",
        description="撤销许可 (revocation)：撤销申请获批 (S4) 或监管部门吊销许可证 (P5) 时"
        "自动记录；默认严重。",
    )
    OVERDUE_COMMITMENT = strawberry.enum_value(
        "OVERDUE_COMMITMENT", description="逾期未履行承诺 (overdue commitment, K2)；默认一般。"
    )
    UNTRUE_COMMITMENT = strawberry.enum_value(
        "UNTRUE_COMMITMENT", description="承诺不实 (untrue commitment, K5)；默认严重。"
    )
    PENALTY = strawberry.enum_value(
        "PENALTY",
        description="行政处罚 (penalty)：监管部门推送行政处罚 (P5) 时自动记录；默认一般。",
    )
    JUDICIAL_REFERRAL = strawberry.enum_value(
        "JUDICIAL_REFERRAL", description="移送司法机关 (judicial referral, K5)；默认严重。"
    )
    OTHER = strawberry.enum_value("OTHER", description="其他失信信息 (other)；默认一般。")


@strawberry.enum(
    name="CreditSeverity", description="失信程度 (CreditSeverity)：等级据此计算 (R3)。"
)
class CreditSeverityEnum(Enum):
    MINOR = strawberry.enum_value("MINOR", description="一般失信 (minor)。")
    SERIOUS = strawberry.enum_value("SERIOUS", description="严重失信 (serious)。")


@strawberry.enum(name="BlacklistStatus", description="黑名单记录状态 (BlacklistStatus)：R2。")
class BlacklistStatusEnum(Enum):
    ACTIVE = strawberry.enum_value(
        "ACTIVE", description="惩戒中 (active)：已开始、未到期、未移出。"
    )
    PENDING = strawberry.enum_value("PENDING", description="未开始 (pending)：开始日期在今日之后。")
    ENDED = strawberry.enum_value("ENDED", description="已到期 (ended)：已过结束日期。")
    REMOVED = strawberry.enum_value("REMOVED", description="已移出 (removed)：已说明理由移出。")


def _licensee_field(info: Info, licensee_id: int) -> object:
    async def load() -> Licensee:
        row = await info.context.loader("licensee_by_id", reads.licensees_by_ids).load(licensee_id)
        assert row is not None
        # Credit readers are not the licensee's case workers: the contact is masked
        # unless the reader sees it anyway (the coordination group).
        return Licensee.from_model(row, info.context.actor, frozenset())

    return load()


@strawberry.type(
    description="信用记录 (CreditRecord)：行政相对人信用档案中的一条失信信息，含来源、日期和"
    "证据 (R1)。全县公开可查：所有登录用户和任何 API 令牌可读。"
)
class CreditRecord(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.CreditRecord]
    source: CreditSourceEnum = strawberry.field(description="来源 (source)。")
    severity: CreditSeverityEnum = strawberry.field(description="失信程度 (severity)。")
    occurred_on: date = strawberry.field(description="发生日期 (occurred on)：决定或事实的日期。")
    description: str = strawberry.field(description="内容 (description)。")
    subject_type: str | None = strawberry.field(
        description="来源记录类型 (subject type)：如 LicenseRequest、ReversePush；手工录入为 null。"
    )
    subject_id: strawberry.ID | None = strawberry.field(
        description="来源记录的全局编号 (subject id)：手工录入为 null。"
    )
    recorded_at: datetime = strawberry.field(description="记录时间 (recorded at)。")

    @classmethod
    def from_model(cls, row: models.CreditRecord) -> CreditRecord:
        return cls(
            pk=row.id,
            row=row,
            source=CreditSourceEnum(rules.CreditSource(row.source).value),
            severity=CreditSeverityEnum(rules.CreditSeverity(row.severity).value),
            occurred_on=row.occurred_on,
            description=row.description,
            subject_type=row.subject_type or None,
            subject_id=(
                to_global_id(row.subject_type, row.subject_id)
                if row.subject_type and row.subject_id is not None
                else None
            ),
            recorded_at=row.recorded_at,
        )

    @strawberry.field(description="行政相对人 (licensee)：联系电话脱敏（协调小组除外）。")
    async def licensee(self, info: Info) -> Licensee:
        return await _licensee_field(info, self.row.licensee_id)  # type: ignore[no-any-return,misc]

    @strawberry.field(description="记录部门 (department)：该失信事实所属的部门。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="证据 (attachments)：决定书等文件，按上传顺序。")
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, credit.CREDIT_RECORD_OWNER).load(self.pk)


@strawberry.type(
    description="黑名单记录 (BlacklistEntry)：列入黑名单、实施联合惩戒的行政相对人，含理由、"
    "法律依据、起止日期和移出理由 (R2)。全县公开可查：所有登录用户和任何 API 令牌可读。"
)
class BlacklistEntry(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.BlacklistEntry]
    reason: str = strawberry.field(description="列入理由 (reason)。")
    legal_basis: str = strawberry.field(description="法律依据 (legal basis)。")
    starts_on: date = strawberry.field(description="开始日期 (starts on)。")
    ends_on: date | None = strawberry.field(
        description="结束日期 (ends on)：最后一天；null 表示直至移出。"
    )
    added_at: datetime = strawberry.field(description="列入时间 (added at)。")
    removed_at: datetime | None = strawberry.field(description="移出时间 (removed at)。")
    removal_reason: str | None = strawberry.field(description="移出理由 (removal reason)。")
    active: bool = strawberry.field(
        description="今日是否有效 (active)：已开始、未到结束日期且未移出 (R2)。"
    )
    status: BlacklistStatusEnum = strawberry.field(
        description="今日状态 (status)：惩戒中、未开始、已到期或已移出 (R2)。"
    )

    @classmethod
    def from_model(cls, row: models.BlacklistEntry, today: date | None = None) -> BlacklistEntry:
        today = today or local_date(utc_now())
        fact = rules.BlacklistFact(
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            removed_on=local_date(row.removed_at) if row.removed_at is not None else None,
        )
        return cls(
            pk=row.id,
            row=row,
            reason=row.reason,
            legal_basis=row.legal_basis,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            added_at=row.added_at,
            removed_at=row.removed_at,
            removal_reason=row.removal_reason or None,
            active=rules.blacklist_active(fact, today),
            status=BlacklistStatusEnum(rules.blacklist_status(fact, today).value),
        )

    @strawberry.field(description="行政相对人 (licensee)：联系电话脱敏（协调小组除外）。")
    async def licensee(self, info: Info) -> Licensee:
        return await _licensee_field(info, self.row.licensee_id)  # type: ignore[no-any-return,misc]

    @strawberry.field(description="列入部门 (department)：协调小组或审批部门。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="附件 (attachments)：联合惩戒决定等文件，按上传顺序。")
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, credit.BLACKLIST_ENTRY_OWNER).load(self.pk)


@node_resolver("CreditRecord")
async def resolve_credit_record(info: Info, pk: int) -> CreditRecord | None:
    if not can(info.context.actor, Operation.READ_CREDIT):
        return None
    row = await credit.credit_record(info.context.actor, pk)
    return CreditRecord.from_model(row) if row is not None else None


@node_resolver("BlacklistEntry")
async def resolve_blacklist_entry(info: Info, pk: int) -> BlacklistEntry | None:
    if not can(info.context.actor, Operation.READ_CREDIT):
        return None
    row = await credit.blacklist_entry(info.context.actor, pk)
    return BlacklistEntry.from_model(row) if row is not None else None
