"""GraphQL types of the linkage loop: Licensee, Push, SupervisionTask, Dispute, due times."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry

from api.accounts.types import Department, load_department
from api.attachments.types import Attachment, attachments_loader
from api.catalogue.types import HandlingItem
from api.context import Info
from api.credit.grade import CreditGradeResult, load_grade
from api.deadlines import DueState
from api.linkage import preload
from api.linkage.preload import now_or_later
from api.linkage.timeline import TimelineEntry, load_timeline
from api.relay import Node, node_resolver
from domain.accounts.actor import Actor
from domain.accounts.policy import Operation, can
from domain.clock import utc_now
from domain.deadlines.rules import DueFacts
from domain.linkage import models, rules
from domain.linkage.services import reads

if TYPE_CHECKING:
    from api.linkage.results import (
        LicenseRequest,
        LicenseStatusEnum,
        ResultKindEnum,
        TaskFeedback,
    )

# Results and license requests (S2–S4) are typed in api/linkage/results.py, which
# imports this module: its types are referenced lazily.
RESULTS = "api.linkage.results"


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
    RECTIFYING = strawberry.enum_value(
        "RECTIFYING", description="整改中 (rectifying)：已责令限期整改，待复查 (S3)。"
    )
    COMPLETED = strawberry.enum_value(
        "COMPLETED", description="已办结 (completed)：已反馈最终结果 (S2, S3)。"
    )


@strawberry.enum(name="TaskOrigin", description="监管任务来源 (TaskOrigin)。")
class TaskOriginEnum(Enum):
    PUSH = strawberry.enum_value(
        "PUSH", description="审批推送 (push)：认领审批信息推送后生成 (P4)，push 不为空。"
    )
    RANDOM_INSPECTION = strawberry.enum_value(
        "RANDOM_INSPECTION", description="双随机抽查 (random inspection)：抽查计划抽中的对象 (R4)。"
    )
    REPORT = strawberry.enum_value(
        "REPORT", description="群众举报 (report)：公众举报转为监管任务 (A4)。"
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

    @strawberry.field(
        description="信用风险等级 (credit grade)：今日的等级和理由 (R3)；一页相对人批量计算。"
        "系统管理员为 null。"
    )
    async def credit_grade(self, info: Info) -> CreditGradeResult | None:
        if not can(info.context.actor, Operation.READ_CREDIT):
            return None
        return await load_grade(info, self.pk)


def _department_or_none(row: object) -> Department | None:
    return Department.from_model(row) if row is not None else None  # type: ignore[arg-type]


def _claim_due(row: models.Push, now: datetime) -> DueState:
    facts = DueFacts(
        row.claim_due_at,
        open_=row.status in (rules.PushStatus.TO_CLAIM, rules.PushStatus.ROUTING_GAP),
        working_days_late=row.claim_late_working_days,
    )
    return DueState.of(facts, provisional=row.claim_due_provisional, now=now)


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

    # Plain resolvers returning the object, or an awaitable when not preloaded
    # (api/linkage/preload.py: no coroutine per field for a preloaded page).
    @strawberry.field(description="监管部门 (department)：推送路由到的部门；无审管关联时为 null。")
    def department(self, info: Info) -> Department | None:
        if self.row.department_id is None:
            return None
        return now_or_later(
            preload.departments(info).load(self.row.department_id), _department_or_none
        )

    @strawberry.field(description="审批部门 (approval department)：作出审批决定的部门。")
    def approval_department(self, info: Info) -> Department:
        return now_or_later(
            preload.departments(info).load(self.row.approval_department_id), Department.from_model
        )

    @strawberry.field(description="业务办理项 (handling item)：清单草稿中的当前记录。")
    def handling_item(self, info: Info) -> HandlingItem | None:
        return now_or_later(
            preload.handling_items(info).load(self.row.handling_item_id),
            lambda row: HandlingItem.from_model(row) if row is not None else None,
        )

    @strawberry.field(description="行政相对人 (licensee)。")
    def licensee(self, info: Info) -> Licensee:
        involved = frozenset(
            d for d in (self.row.department_id, self.row.approval_department_id) if d is not None
        )
        return now_or_later(
            preload.licensees(info).load(self.row.licensee_id),
            lambda row: Licensee.from_model(row, info.context.actor, involved),
        )

    @strawberry.field(description="监管任务 (task)：认领后生成 (P4)；未认领时为 null。")
    def task(self, info: Info) -> SupervisionTask | None:
        return now_or_later(
            preload.tasks_by_push(info).load(self.pk),
            # Judged at the push's time: one lights' threshold for the page.
            lambda row: (
                None if row is None else SupervisionTask.from_model(row, self.claim_due.now)
            ),
        )

    @strawberry.field(description="未解决的职责争议 (open dispute)：被退回时才有 (P3)。")
    def open_dispute(self, info: Info) -> Dispute | None:
        return now_or_later(
            preload.loader(info, preload.OPEN_DISPUTES_BY_PUSH).load(self.pk),
            lambda row: Dispute.from_model(row) if row is not None else None,
        )

    @strawberry.field(
        description="时间线 (timeline)：推送、监管任务、反馈、争议、许可申请、监管信息推送及其期限"
        "和附件的全部留痕，按顺序 (A1)；能读取该推送的人都能看到。"
    )
    async def timeline(self, info: Info) -> list[TimelineEntry]:
        return await load_timeline(info, self.pk)

    @strawberry.field(
        description="附件 (attachments)：审批档案的文件（决定书、申请材料等），按上传顺序 (P1)。"
    )
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, "Push").load(self.pk)

    # ---- license requests (S4): api/linkage/results.py ----

    @strawberry.field(
        description="许可状态 (license status)：变更、撤回、撤销、注销申请获同意后改变 (S4)。"
    )
    def license_status(self) -> Annotated[LicenseStatusEnum, strawberry.lazy(RESULTS)]:
        from api.linkage import results

        return results.license_status(self.row)

    @strawberry.field(
        description="许可变更、撤回、撤销、注销申请 (license requests)：按提交顺序 (S4)。"
    )
    async def license_requests(
        self, info: Info
    ) -> list[Annotated[LicenseRequest, strawberry.lazy(RESULTS)]]:
        from api.linkage import results

        return await results.push_license_requests(info, self.pk)


@strawberry.type(
    description="监管任务 (SupervisionTask)：认领推送后为监管部门生成的任务 (P4)，"
    "须在推送后 30 个工作日内采取监管措施并反馈结果 (S1，方案第八项)。"
)
class SupervisionTask(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.SupervisionTask]
    status: TaskStatusEnum = strawberry.field(description="状态 (status)。")
    created_at: datetime = strawberry.field(description="生成时间 (created at)：即认领时间。")
    due: DueState = strawberry.field(
        description="当前期限 (due)：队列按此排序；办理中为推送后 30 个工作日 (S1)，"
        "整改中为整改复查期限 (S3)，办结后不再变化。"
    )

    @classmethod
    def from_model(
        cls, row: models.SupervisionTask, now: datetime | None = None
    ) -> SupervisionTask:
        return cls(
            pk=row.id,
            row=row,
            status=TaskStatusEnum(rules.TaskStatus(row.status).value),
            created_at=row.created_at,
            # The current deadline's lateness is not kept on the task: a done task's is
            # in feedbackDue / followUpDue, so here a done task is never overdue.
            due=DueState.of(
                DueFacts(row.due_at, open_=row.status in rules.TASK_OPEN_STATUSES),
                provisional=row.due_provisional,
                now=now or utc_now(),
            ),
        )

    @strawberry.field(description="监管部门 (department)。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="来源 (origin)：审批推送、双随机抽查或群众举报。")
    def origin(self) -> TaskOriginEnum:
        return TaskOriginEnum(rules.TaskOrigin(self.row.origin).value)

    @strawberry.field(
        description="标题 (title)：任务针对的事项，如审批事项名称、抽查计划名称、举报摘要。"
    )
    def title(self) -> str:
        return self.row.title

    @strawberry.field(
        description="来源推送 (push)：来源为审批推送 (PUSH) 时的推送；其他来源为 null。"
    )
    async def push(self, info: Info) -> Push | None:
        if self.row.push_id is None:
            return None
        row = await info.context.loader("push_by_id", reads.pushes_by_ids).load(self.row.push_id)
        assert row is not None
        return Push.from_model(row)

    @strawberry.field(
        description="行政相对人 (licensee)：监管对象；举报未能对应到已知相对人时为 null。"
    )
    def licensee(self, info: Info) -> Licensee | None:
        if self.row.licensee_id is None:
            return None
        involved = frozenset({self.row.department_id})
        return now_or_later(
            preload.licensees(info).load(self.row.licensee_id),
            lambda row: Licensee.from_model(row, info.context.actor, involved),
        )

    # ---- results (S2, S3): api/linkage/results.py ----

    @strawberry.field(
        description="最新结果 (result)：未反馈时为 null；整改复查后为复查得出的结果 (S3)。"
    )
    def result(self) -> Annotated[ResultKindEnum, strawberry.lazy(RESULTS)] | None:
        from api.linkage import results

        return results.task_result(self.row)

    @strawberry.field(description="首次反馈时间 (fed back at)：未反馈时为 null (S1)。")
    def fed_back_at(self) -> datetime | None:
        return self.row.fed_back_at

    @strawberry.field(
        description="结果反馈期限 (feedback due)：推送后 30 个工作日 (S1)；workingDaysLate 为"
        "首次反馈时逾期的工作日数，0 表示按期，未反馈为 null (T4)。"
    )
    async def feedback_due(self, info: Info) -> DueState:
        from api.linkage import results

        return await results.feedback_due(info, self.row)

    @strawberry.field(
        description="整改复查期限 (follow-up due)：整改期限当天 23:59:59；"
        "未责令整改时为 null (S3)。"
    )
    async def follow_up_due(self, info: Info) -> DueState | None:
        from api.linkage import results

        return await results.follow_up_due(info, self.row)

    @strawberry.field(description="结果反馈 (feedbacks)：首次结果与整改复查结果，按反馈顺序。")
    async def feedbacks(
        self, info: Info
    ) -> list[Annotated[TaskFeedback, strawberry.lazy(RESULTS)]]:
        from api.linkage import results

        return await results.task_feedbacks(info, self.pk)


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

    @strawberry.field(
        description="退回的推送的法律文书编号 (document number)：推送改派给其他部门后，"
        "退回的部门仍可凭此认出自己退回的推送。"
    )
    async def document_number(self, info: Info) -> str:
        row = await info.context.loader("push_by_id", reads.pushes_by_ids).load(self.row.push_id)
        assert row is not None
        return row.document_number

    @strawberry.field(
        description="争议的推送 (push)：仅对当前能读取该推送的人可见；退回的部门在推送改派给"
        "其他部门后只看到争议及其解决结果，不再看到推送后来的情况（为 null，P3）。"
    )
    async def push(self, info: Info) -> Push | None:
        row = await info.context.loader("push_by_id", reads.pushes_by_ids).load(self.row.push_id)
        assert row is not None
        return Push.from_model(row) if reads.can_read_push(info.context.actor, row) else None


@node_resolver("Push")
async def resolve_push(info: Info, pk: int) -> Push | None:
    if not info.context.actor.is_authenticated:
        return None
    row = await reads.visible_push(info.context.actor, pk)
    return Push.from_model(row) if row is not None else None


@node_resolver("SupervisionTask")
async def resolve_task(info: Info, pk: int) -> SupervisionTask | None:
    if not info.context.actor.is_authenticated:
        return None
    row = await reads.visible_task(info.context.actor, pk)
    return SupervisionTask.from_model(row) if row is not None else None


@node_resolver("Dispute")
async def resolve_dispute(info: Info, pk: int) -> Dispute | None:
    if not info.context.actor.is_authenticated:
        return None
    row = await reads.visible_dispute(info.context.actor, pk)
    return Dispute.from_model(row) if row is not None else None


@node_resolver("Licensee")
async def resolve_licensee(info: Info, pk: int) -> Licensee | None:
    actor = info.context.actor
    if not actor.is_authenticated:
        return None
    row = await reads.visible_licensee(actor, pk)
    if row is None:
        return None
    return Licensee.from_model(row, actor, reads.licensee_contact_departments(actor))
