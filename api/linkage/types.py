"""GraphQL types of the linkage loop: Licensee, Push, SupervisionTask, Dispute, due times."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.catalogue.types import HandlingItem
from api.context import Info
from api.relay import Node, node_resolver
from domain.accounts.actor import Actor
from domain.catalogue.services import reads as catalogue_reads
from domain.clock import utc_now
from domain.linkage import models, rules
from domain.linkage.services import reads


@strawberry.enum(name="PushStatus", description="推送状态 (PushStatus)：P1–P3。")
class PushStatusEnum(Enum):
    ROUTING_GAP = strawberry.enum_value(
        "ROUTING_GAP",
        description="无审管关联 (routing gap)：决定日生效的清单中该业务办理项没有已确认的关联，"
        "由协调小组分派。",
    )
    TO_CLAIM = strawberry.enum_value(
        "TO_CLAIM", description="待认领 (to claim)：已推送至监管部门，3 个工作日内认领 (P2)。"
    )
    CLAIMED = strawberry.enum_value(
        "CLAIMED", description="已认领 (claimed)：已生成监管任务 (P4)。"
    )
    RETURNED = strawberry.enum_value(
        "RETURNED", description="已退回 (returned)：职责争议待协调小组重新分派 (P3)。"
    )


@strawberry.enum(name="PushSource", description="推送来源 (PushSource)。")
class PushSourceEnum(Enum):
    RECORDED = strawberry.enum_value(
        "RECORDED", description="本系统录入 (recorded)：审批人员录入审批决定。"
    )
    IMPORTED = strawberry.enum_value(
        "IMPORTED", description="省平台导入 (imported)：在省政务服务平台作出的审批决定。"
    )


@strawberry.enum(name="SupervisionTaskStatus", description="监管任务状态 (SupervisionTaskStatus)。")
class TaskStatusEnum(Enum):
    IN_PROGRESS = strawberry.enum_value(
        "IN_PROGRESS", description="办理中 (in progress)：待采取监管措施并反馈结果 (S1)。"
    )


@strawberry.enum(name="DisputeStatus", description="职责争议状态 (DisputeStatus)，P3。")
class DisputeStatusEnum(Enum):
    OPEN = strawberry.enum_value("OPEN", description="未解决 (open)：等待协调小组重新分派。")
    RESOLVED = strawberry.enum_value(
        "RESOLVED", description="已解决 (resolved)：协调小组已分派给某监管部门。"
    )


@strawberry.enum(name="LicenseeKind", description="行政相对人类型 (LicenseeKind)，P6。")
class LicenseeKindEnum(Enum):
    COMPANY = strawberry.enum_value(
        "COMPANY", description="单位 (company)：以统一社会信用代码 (USCC, GB 32100) 标识。"
    )
    PERSON = strawberry.enum_value(
        "PERSON", description="个人 (person)：以居民身份证号 (ID number, GB 11643) 标识。"
    )


@strawberry.type(
    description="期限状态 (DueState)：按工作日历计算的到期时间 (T1–T4)；"
    "provisional 为真时按周一至周五暂算，日历录入后重算。"
)
class DueState:
    due_at: datetime = strawberry.field(
        description="到期时间 (due at)：第 N 个工作日 23:59:59（北京时间）。"
    )
    provisional: bool = strawberry.field(
        description="是否暂定 (provisional)：跨入尚未录入的年份时为真 (T1)。"
    )
    overdue: bool = strawberry.field(
        description="是否逾期 (overdue)：未办理且已过期，或办理时已逾期 (T4)。"
    )
    working_days_late: int | None = strawberry.field(
        description="逾期工作日数 (working days late)：办理后才有；0 表示按期 (T4)。"
    )


@strawberry.type(
    description="行政相对人 (Licensee)：申请人/持证人，按统一社会信用代码或身份证号唯一 (P6)；"
    "联系电话仅对经办部门人员与协调小组完整显示，其余（含 API 令牌）脱敏。"
)
class Licensee(Node):
    pk: strawberry.Private[int]
    kind: LicenseeKindEnum = strawberry.field(description="类型 (kind)：单位或个人。")
    number: str = strawberry.field(
        description="统一社会信用代码或身份证号 (uscc / id_number)：18 位，已校验校验位。"
    )
    name: str = strawberry.field(description="名称或姓名 (name)。")
    contact_phone: str = strawberry.field(
        description="联系电话 (contact phone)：无权完整查看时脱敏，如 138****5678。"
    )
    contact_masked: bool = strawberry.field(description="联系电话是否已脱敏 (contact masked)。")
    address: str = strawberry.field(description="地址 (address)。")
    legal_representative: str = strawberry.field(
        description="法定代表人 (legal representative)：个人为空。"
    )
    updated_at: datetime = strawberry.field(
        description="最近更新时间 (updated at)：后一次推送会更新联系方式和地址。"
    )

    @classmethod
    def from_model(cls, row: models.Licensee, actor: Actor, involved: frozenset[int]) -> Licensee:
        full = rules.sees_full_contact(actor, involved)
        return cls(
            pk=row.id,
            kind=LicenseeKindEnum(rules.LicenseeKind(row.kind).value),
            number=row.number,
            name=row.name,
            contact_phone=row.contact_phone if full else rules.mask_phone(row.contact_phone),
            contact_masked=not full and bool(row.contact_phone),
            address=row.address,
            legal_representative=row.legal_representative,
            updated_at=row.updated_at,
        )


def _claim_due(row: models.Push, now: datetime) -> DueState:
    open_ = row.status in (rules.PushStatus.TO_CLAIM, rules.PushStatus.ROUTING_GAP)
    late = row.claim_late_working_days
    return DueState(
        due_at=row.claim_due_at,
        provisional=row.claim_due_provisional,
        overdue=(open_ and now > row.claim_due_at) or bool(late),
        working_days_late=None if open_ else late,
    )


@strawberry.type(
    description="审批信息推送 (Push)：审批决定作出后推送给监管部门的信息 (P1)，"
    "含事项、法律文书编号、行政相对人、许可日期、有效期、许可内容和审批档案。"
)
class Push(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.Push]
    document_number: str = strawberry.field(description="法律文书编号 (document number)。")
    status: PushStatusEnum = strawberry.field(description="状态 (status)。")
    source: PushSourceEnum = strawberry.field(description="来源 (source)。")
    approval_item_code: str = strawberry.field(description="审批事项编码 (approval item code)。")
    approval_item_name: str = strawberry.field(description="审批事项名称 (approval item name)。")
    handling_item_code: str = strawberry.field(description="业务办理项编码 (handling item code)。")
    handling_item_name: str = strawberry.field(description="业务办理项名称 (handling item name)。")
    supervision_item_name: str | None = strawberry.field(
        description="监管事项名称 (supervision item name)：按清单路由时才有。"
    )
    supervision_sub_item_name: str | None = strawberry.field(
        description="监管事项子项名称 (supervision sub-item name)：按清单路由时才有。"
    )
    license_date: date = strawberry.field(
        description="许可日期 (license date)：即决定日，按当日生效的清单路由。"
    )
    valid_from: date = strawberry.field(description="有效期起 (valid from)。")
    valid_until: date | None = strawberry.field(
        description="有效期止 (valid until)：null 表示长期有效。"
    )
    license_content: str = strawberry.field(description="许可内容 (license content)。")
    materials: list[str] = strawberry.field(description="审批档案：申请材料清单 (materials)。")
    handling_opinion: str = strawberry.field(description="审批档案：办理意见 (handling opinion)。")
    commitment_content: str = strawberry.field(
        description="审批档案：告知承诺内容 (commitment content)。"
    )
    pushed_at: datetime = strawberry.field(description="推送时间 (pushed at)。")
    claimed_at: datetime | None = strawberry.field(description="认领时间 (claimed at)。")
    claim_due: DueState = strawberry.field(
        description="认领期限 (claim due)：推送（或重新分派）后 3 个工作日 (P2)。"
    )

    @classmethod
    def from_model(cls, row: models.Push, now: datetime | None = None) -> Push:
        return cls(
            pk=row.id,
            row=row,
            document_number=row.document_number,
            status=PushStatusEnum(rules.PushStatus(row.status).value),
            source=PushSourceEnum(rules.PushSource(row.source).value),
            approval_item_code=row.approval_item_code,
            approval_item_name=row.approval_item_name,
            handling_item_code=row.handling_item_code,
            handling_item_name=row.handling_item_name,
            supervision_item_name=row.supervision_item_name,
            supervision_sub_item_name=row.supervision_sub_item_name,
            license_date=row.license_date,
            valid_from=row.valid_from,
            valid_until=row.valid_until,
            license_content=row.license_content,
            materials=list(row.materials),
            handling_opinion=row.handling_opinion,
            commitment_content=row.commitment_content,
            pushed_at=row.pushed_at,
            claimed_at=row.claimed_at,
            claim_due=_claim_due(row, now or utc_now()),
        )

    @strawberry.field(description="监管部门 (department)：推送路由到的部门；无审管关联时为 null。")
    async def department(self, info: Info) -> Department | None:
        return await load_department(info, self.row.department_id)

    @strawberry.field(description="审批部门 (approval department)：作出审批决定的部门。")
    async def approval_department(self, info: Info) -> Department:
        department = await load_department(info, self.row.approval_department_id)
        assert department is not None
        return department

    @strawberry.field(description="业务办理项 (handling item)：清单草稿中的当前记录。")
    async def handling_item(self, info: Info) -> HandlingItem | None:
        row = await info.context.loader(
            "handling_item_by_id", catalogue_reads.handling_items_by_ids
        ).load(self.row.handling_item_id)
        return HandlingItem.from_model(row) if row is not None else None

    @strawberry.field(description="行政相对人 (licensee)。")
    async def licensee(self, info: Info) -> Licensee:
        row = await info.context.loader("licensee_by_id", reads.licensees_by_ids).load(
            self.row.licensee_id
        )
        assert row is not None
        involved = frozenset(
            d for d in (self.row.department_id, self.row.approval_department_id) if d is not None
        )
        return Licensee.from_model(row, info.context.actor, involved)

    @strawberry.field(description="监管任务 (task)：认领后生成 (P4)；未认领时为 null。")
    async def task(self, info: Info) -> SupervisionTask | None:
        row = await info.context.loader("task_by_push_id", reads.tasks_by_push_ids).load(self.pk)
        return SupervisionTask.from_model(row) if row is not None else None

    @strawberry.field(description="未解决的职责争议 (open dispute)：被退回时才有 (P3)。")
    async def open_dispute(self, info: Info) -> Dispute | None:
        row = await info.context.loader(
            "open_dispute_by_push_id", reads.open_disputes_by_push_ids
        ).load(self.pk)
        return Dispute.from_model(row) if row is not None else None


@strawberry.type(
    description="监管任务 (SupervisionTask)：认领推送后为监管部门生成的任务 (P4)，"
    "须在推送后 30 个工作日内采取监管措施并反馈结果 (S1，方案第八项)。"
)
class SupervisionTask(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.SupervisionTask]
    status: TaskStatusEnum = strawberry.field(description="状态 (status)。")
    created_at: datetime = strawberry.field(description="生成时间 (created at)：即认领时间。")
    due: DueState = strawberry.field(description="反馈期限 (due)：推送后 30 个工作日 (S1)。")

    @classmethod
    def from_model(
        cls, row: models.SupervisionTask, now: datetime | None = None
    ) -> SupervisionTask:
        open_ = row.status == rules.TaskStatus.IN_PROGRESS
        return cls(
            pk=row.id,
            row=row,
            status=TaskStatusEnum(rules.TaskStatus(row.status).value),
            created_at=row.created_at,
            due=DueState(
                due_at=row.due_at,
                provisional=row.due_provisional,
                overdue=open_ and (now or utc_now()) > row.due_at,
                working_days_late=None,
            ),
        )

    @strawberry.field(description="监管部门 (department)。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="来源推送 (push)。")
    async def push(self, info: Info) -> Push:
        row = await info.context.loader("push_by_id", reads.pushes_by_ids).load(self.row.push_id)
        assert row is not None
        return Push.from_model(row)


@strawberry.type(
    description="职责争议 (Dispute)：监管部门认为推送不属于本部门职责而退回，"
    "协调小组重新分派前一直可见 (P3)。"
)
class Dispute(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.Dispute]
    reason: str = strawberry.field(description="退回理由 (reason)。")
    status: DisputeStatusEnum = strawberry.field(description="状态 (status)。")
    opened_at: datetime = strawberry.field(description="退回时间 (opened at)。")
    resolved_at: datetime | None = strawberry.field(description="解决时间 (resolved at)。")
    resolution_note: str = strawberry.field(description="协调意见 (resolution note)。")

    @classmethod
    def from_model(cls, row: models.Dispute) -> Dispute:
        return cls(
            pk=row.id,
            row=row,
            reason=row.reason,
            status=DisputeStatusEnum(rules.DisputeStatus(row.status).value),
            opened_at=row.opened_at,
            resolved_at=row.resolved_at,
            resolution_note=row.resolution_note,
        )

    @strawberry.field(description="退回的部门 (department)。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="重新分派到的部门 (assigned department)：未解决时为 null。")
    async def assigned_department(self, info: Info) -> Department | None:
        return await load_department(info, self.row.assigned_department_id)

    @strawberry.field(description="争议的推送 (push)。")
    async def push(self, info: Info) -> Push:
        row = await info.context.loader("push_by_id", reads.pushes_by_ids).load(self.row.push_id)
        assert row is not None
        return Push.from_model(row)


def _pk(info: Info, pk: str) -> int | None:
    """The primary key of a node id, or None (malformed, or nobody signed in)."""
    return int(pk) if pk.isdigit() and info.context.actor.is_authenticated else None


@node_resolver("Push")
async def resolve_push(info: Info, pk: str) -> Push | None:
    key = _pk(info, pk)
    row = await reads.visible_push(info.context.actor, key) if key is not None else None
    return Push.from_model(row) if row is not None else None


@node_resolver("SupervisionTask")
async def resolve_task(info: Info, pk: str) -> SupervisionTask | None:
    key = _pk(info, pk)
    row = await reads.visible_task(info.context.actor, key) if key is not None else None
    return SupervisionTask.from_model(row) if row is not None else None


@node_resolver("Dispute")
async def resolve_dispute(info: Info, pk: str) -> Dispute | None:
    key = _pk(info, pk)
    row = await reads.visible_dispute(info.context.actor, key) if key is not None else None
    return Dispute.from_model(row) if row is not None else None


@node_resolver("Licensee")
async def resolve_licensee(info: Info, pk: str) -> Licensee | None:
    key = _pk(info, pk)
    actor = info.context.actor
    row = await reads.visible_licensee(actor, key) if key is not None else None
    if row is None:
        return None
    return Licensee.from_model(row, actor, reads.licensee_contact_departments(actor))
