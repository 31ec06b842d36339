"""Reverse pushes (P5, 制度 Art 20(2)) over GraphQL: the type, its queue and the two
mutations; each resolver calls one service of ``domain.linkage.services.reverse``."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Annotated

import strawberry

from api.accounts.types import Department, load_department
from api.attachments.types import Attachment, attachments_loader
from api.context import Info
from api.deadlines import DueState
from api.errors import mutation_result, result_union
from api.linkage.mutations import attachment_pks
from api.linkage.types import Licensee, Push
from api.relay import Connection, Node, int_pk, node_resolver, paginate
from domain.clock import utc_now
from domain.deadlines.models import Deadline
from domain.deadlines.rules import DueFacts
from domain.linkage import models, rules
from domain.linkage.services import reads, reverse

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


@strawberry.enum(
    name="ReversePushKind", description="监管信息类型 (ReversePushKind)：P5，制度第二十条第二款。"
)
class ReversePushKindEnum(Enum):
    PENALTY = strawberry.enum_value("PENALTY", description="行政处罚 (penalty)。")
    ENFORCEMENT = strawberry.enum_value("ENFORCEMENT", description="行政强制 (enforcement)。")
    LEVY = strawberry.enum_value("LEVY", description="行政征收 (levy)。")
    INSPECTION = strawberry.enum_value("INSPECTION", description="检查 (inspection)。")
    SUSPENSION_ORDER = strawberry.enum_value(
        "SUSPENSION_ORDER", description="责令停产停业 (suspension order)。"
    )
    LICENSE_REVOKED = strawberry.enum_value(
        "LICENSE_REVOKED",
        description="吊销许可证 (license revoked)：关联许可时该许可状态变为已撤销。",
    )


@strawberry.enum(name="ReversePushStatus", description="监管信息推送状态 (ReversePushStatus)。")
class ReversePushStatusEnum(Enum):
    TO_CLAIM = strawberry.enum_value(
        "TO_CLAIM", description="待认领 (to claim)：审批部门须在 3 个工作日内认领 (P5)。"
    )
    CLAIMED = strawberry.enum_value("CLAIMED", description="已认领 (claimed)。")


def _claim_due(row: models.ReversePush, now: datetime) -> DueState:
    facts = DueFacts(
        row.claim_due_at,
        open_=row.status == rules.ReversePushStatus.TO_CLAIM,
        working_days_late=row.claim_late_working_days,
    )
    return DueState.of(facts, provisional=row.claim_due_provisional, now=now)


@strawberry.type(
    description="监管信息推送 (ReversePush)：监管部门作出行政处罚、行政强制、行政征收、检查、"
    "责令停产停业、吊销许可证等决定后 3 个工作日内推送给审批部门，审批部门 3 个工作日内认领 "
    "(P5，制度第二十条第二款)。推送部门、接收部门、协调小组和审计人员可见。"
)
class ReversePush(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.ReversePush]
    kind: ReversePushKindEnum = strawberry.field(description="类型 (kind)。")
    document_number: str = strawberry.field(description="决定文书编号 (document number)。")
    decision_date: date = strawberry.field(
        description="决定日期 (decision date)：推送期限自次日起算 3 个工作日。"
    )
    content: str = strawberry.field(description="监管信息内容 (content)。")
    status: ReversePushStatusEnum = strawberry.field(description="状态 (status)。")
    pushed_at: datetime = strawberry.field(description="推送时间 (pushed at)。")
    claimed_at: datetime | None = strawberry.field(description="认领时间 (claimed at)。")
    claim_due: DueState = strawberry.field(
        description="认领期限 (claim due)：推送后 3 个工作日，由审批部门认领 (P5)。"
    )

    @classmethod
    def from_model(cls, row: models.ReversePush, now: datetime | None = None) -> ReversePush:
        return cls(
            pk=row.id,
            row=row,
            kind=ReversePushKindEnum(rules.ReversePushKind(row.kind).value),
            document_number=row.document_number,
            decision_date=row.decision_date,
            content=row.content,
            status=ReversePushStatusEnum(rules.ReversePushStatus(row.status).value),
            pushed_at=row.pushed_at,
            claimed_at=row.claimed_at,
            claim_due=_claim_due(row, now or utc_now()),
        )

    @strawberry.field(
        description="推送期限 (push due)：决定后 3 个工作日内推送；workingDaysLate 为推送时"
        "逾期的工作日数，0 表示按期 (P5, T4)。"
    )
    async def push_due(self, info: Info) -> DueState:
        deadline: Deadline | None = None
        if self.row.push_deadline_id is not None:
            deadline = await info.context.loader("deadline_by_id", reverse.deadlines_by_ids).load(
                self.row.push_deadline_id
            )
        # Pushed, so done: no light (A2), overdue only when pushed late (T4).
        facts = DueFacts(
            deadline.due_at if deadline is not None else self.row.pushed_at,
            open_=False,
            working_days_late=self.row.push_late_working_days,
        )
        provisional = deadline.provisional if deadline is not None else False
        return DueState.of(facts, provisional=provisional, now=utc_now())

    @strawberry.field(description="推送的监管部门 (department)。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="接收的审批部门 (approval department)。")
    async def approval_department(self, info: Info) -> Department:
        department = await load_department(info, self.row.approval_department_id)
        assert department is not None
        return department

    @strawberry.field(
        description="行政相对人 (licensee)：联系电话按规则脱敏（推送与接收部门的经办人员、"
        "协调小组看完整号码）。"
    )
    async def licensee(self, info: Info) -> Licensee:
        row = await info.context.loader("licensee_by_id", reads.licensees_by_ids).load(
            self.row.licensee_id
        )
        assert row is not None
        involved = frozenset({self.row.department_id, self.row.approval_department_id})
        return Licensee.from_model(row, info.context.actor, involved)

    @strawberry.field(description="相关许可 (push)：所涉许可的审批信息推送；未关联时为 null。")
    async def push(self, info: Info) -> Push | None:
        if self.row.push_id is None:
            return None
        row = await info.context.loader("push_by_id", reads.pushes_by_ids).load(self.row.push_id)
        return Push.from_model(row) if row is not None else None

    @strawberry.field(description="附件 (attachments)：决定书等文件，按上传顺序。")
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, reverse.REVERSE_PUSH_OWNER).load(self.pk)


@node_resolver("ReversePush")
async def resolve_reverse_push(info: Info, pk: int) -> ReversePush | None:
    actor = info.context.actor
    if not actor.is_authenticated:
        return None
    row = await reverse.visible_reverse_push(actor, pk)
    return ReversePush.from_model(row) if row is not None else None


# ---- query ----------------------------------------------------------------------------


def _department(global_id: strawberry.ID | None, field: str) -> int | None:
    return None if global_id is None else int_pk(global_id, "Department", field)


@strawberry.input(description="监管信息推送筛选条件 (ReversePushFilter)：各条件同时满足。")
class ReversePushFilter:
    status: ReversePushStatusEnum | None = strawberry.field(
        default=None, description="状态 (status)。"
    )
    kind: ReversePushKindEnum | None = strawberry.field(default=None, description="类型 (kind)。")
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="推送的监管部门 (departmentId)：部门的全局编号。"
    )
    approval_department_id: strawberry.ID | None = strawberry.field(
        default=None, description="接收的审批部门 (approvalDepartmentId)：部门的全局编号。"
    )
    overdue: bool | None = strawberry.field(
        default=None,
        description="是否逾期 (overdue)：真＝未认领且已过认领期限、逾期认领或逾期推送；假＝其余。",
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="监管信息推送 (reversePushes)：按认领期限由近到远排序 (P5, A2)；部门看本部门"
        "推送或接收的，协调小组和审计人员看全部。"
    )
    async def reverse_pushes(
        self,
        info: Info,
        filter: Annotated[
            ReversePushFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[ReversePush]:
        f = filter or ReversePushFilter()
        now = utc_now()
        queryset = reverse.reverse_pushes(
            info.context.actor,
            reverse.ReversePushFilter(
                status=rules.ReversePushStatus(f.status.value) if f.status else None,
                kind=rules.ReversePushKind(f.kind.value) if f.kind else None,
                department_id=_department(f.department_id, "departmentId"),
                approval_department_id=_department(
                    f.approval_department_id, "approvalDepartmentId"
                ),
                overdue=f.overdue,
            ),
            now,
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=lambda row: ReversePush.from_model(row, now),
            order=("claim_due_at",),
        )


# ---- mutations ------------------------------------------------------------------------


@strawberry.input(
    description="推送监管信息 (ReversePushInput)：监管部门在决定后 3 个工作日内推送 (P5)。"
)
class ReversePushInput:
    kind: ReversePushKindEnum = strawberry.field(description="类型 (kind)。")
    document_number: str = strawberry.field(description="决定文书编号 (document number)。")
    licensee_number: str = strawberry.field(
        description="行政相对人代码 (licenseeNumber)：统一社会信用代码或身份证号；"
        "系统中尚无该相对人时须同时填写 licenseeName (P6)。"
    )
    licensee_name: str = strawberry.field(
        default="", description="行政相对人名称 (licenseeName)：登记新的相对人时必填。"
    )
    decision_date: date = strawberry.field(
        description="决定日期 (decisionDate)：不能晚于今天；推送期限自次日起算。"
    )
    content: str = strawberry.field(description="监管信息内容 (content)：必填。")
    push_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="相关许可 (pushId)：本部门监管的 Push 的全局编号；吊销许可证时该许可"
        "状态变为已撤销。",
    )
    approval_department_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="接收的审批部门 (approvalDepartmentId)：有相关许可时为其审批部门；"
        "否则县里有多个审批部门时必填。",
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="附件 (attachmentIds)：先经 POST /files/attachments 上传所得的 Attachment "
        "全局编号，与推送在同一事务中保存。",
    )


@strawberry.input(description="认领监管信息推送 (ClaimReversePushInput)。")
class ClaimReversePushInput:
    reverse_push_id: strawberry.ID = strawberry.field(
        description="监管信息推送 (reversePushId)：ReversePush 的全局编号。"
    )


@strawberry.type(description="监管信息已推送 (ReversePushSuccess)：已送达审批部门。")
class ReversePushSuccess:
    reverse_push: ReversePush = strawberry.field(description="监管信息推送 (reversePush)。")


@strawberry.type(description="监管信息推送已认领 (ClaimReversePushSuccess)。")
class ClaimReversePushSuccess:
    reverse_push: ReversePush = strawberry.field(description="监管信息推送 (reversePush)。")


ReversePushResult = result_union(
    "ReversePushResult", ReversePushSuccess, "推送监管信息结果 (ReversePushResult)。"
)
ClaimReversePushResult = result_union(
    "ClaimReversePushResult",
    ClaimReversePushSuccess,
    "认领监管信息推送结果 (ClaimReversePushResult)。",
)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="推送监管信息 (reversePush)：监管部门的监管人员或部门管理员，在作出决定后 "
        "3 个工作日内推送给审批部门；逾期推送照常受理并记录逾期工作日数 (P5, T4)。"
    )
    async def reverse_push(
        self,
        info: Info,
        input: Annotated[ReversePushInput, strawberry.argument(description="监管信息 (input)。")],
    ) -> ReversePushResult:
        async def work() -> ReversePushSuccess:
            data = rules.ReversePushData(
                kind=rules.ReversePushKind(input.kind.value),
                document_number=input.document_number,
                licensee_number=input.licensee_number,
                licensee_name=input.licensee_name,
                decision_date=input.decision_date,
                content=input.content,
                push_id=None if input.push_id is None else int_pk(input.push_id, "Push", "pushId"),
                approval_department_id=_department(
                    input.approval_department_id, "approvalDepartmentId"
                ),
                attachment_ids=attachment_pks(input.attachment_ids),
            )
            row = await reverse.reverse_push(info.context.actor, data)
            return ReversePushSuccess(reverse_push=ReversePush.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="认领监管信息推送 (claimReversePush)：接收审批部门的审批人员或部门管理员，"
        "3 个工作日内认领；逾期认领照常受理并记录 (P5, T4)。两人同时认领时只有一人成功。"
    )
    async def claim_reverse_push(
        self,
        info: Info,
        input: Annotated[ClaimReversePushInput, strawberry.argument(description="认领 (input)。")],
    ) -> ClaimReversePushResult:
        async def work() -> ClaimReversePushSuccess:
            pk = int_pk(input.reverse_push_id, "ReversePush", "reversePushId")
            row = await reverse.claim_reverse_push(info.context.actor, pk)
            return ClaimReversePushSuccess(reverse_push=ReversePush.from_model(row))

        return await mutation_result(work())
