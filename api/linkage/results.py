"""GraphQL types of task results (S2, S3) and license requests (S4): TaskFeedback,
LicenseRequest, their enums and node resolvers, and the fields they add to
SupervisionTask and Push (``api/linkage/types.py`` calls the helpers at the end).

The mutations and the ``licenseRequests`` list are in ``results_mutations.py``.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.attachments.types import Attachment, attachments_loader
from api.context import Info
from api.deadlines import DueState
from api.linkage.types import Push, SupervisionTask
from api.relay import Node, node_resolver
from domain.calendar.rules import end_of_day, local_date
from domain.clock import utc_now
from domain.deadlines import services as deadline_services
from domain.deadlines.models import Deadline
from domain.deadlines.rules import DueFacts
from domain.linkage import models, rules
from domain.linkage.services import feedback as feedback_services
from domain.linkage.services import reads
from domain.linkage.services import requests as request_services


@strawberry.enum(name="ResultKind", description="监管结果 (ResultKind)：S3，方案第九项。")
class ResultKindEnum(Enum):
    COMPLIANT = strawberry.enum_value("COMPLIANT", description="合规 (compliant)。")
    RECTIFICATION_ORDERED = strawberry.enum_value(
        "RECTIFICATION_ORDERED",
        description="责令限期整改 (rectification ordered)：须填整改期限，到期复查 (S3)。",
    )
    REVOCATION_RECOMMENDED = strawberry.enum_value(
        "REVOCATION_RECOMMENDED",
        description="建议撤销许可 (revocation recommended)：可向审批部门提出撤销申请 (S4)。",
    )
    PENALTY = strawberry.enum_value(
        "PENALTY", description="行政处罚 (penalty)：须填处罚决定书文号。"
    )
    OTHER = strawberry.enum_value("OTHER", description="其他 (other)：在情况说明中写明。")


@strawberry.enum(name="FollowUpOutcome", description="整改复查结果 (FollowUpOutcome)：S3。")
class FollowUpOutcomeEnum(Enum):
    RECTIFIED = strawberry.enum_value("RECTIFIED", description="已整改 (rectified)：结果为合规。")
    NOT_RECTIFIED = strawberry.enum_value(
        "NOT_RECTIFIED", description="未整改 (not rectified)：结果为建议撤销许可。"
    )
    REFUSED = strawberry.enum_value(
        "REFUSED", description="拒不整改 (refused)：结果为建议撤销许可。"
    )


@strawberry.enum(name="LicenseStatus", description="许可状态 (LicenseStatus)：S4 决定后改变。")
class LicenseStatusEnum(Enum):
    VALID = strawberry.enum_value("VALID", description="有效 (valid)。")
    CHANGED = strawberry.enum_value("CHANGED", description="已变更 (changed)：仍然有效。")
    WITHDRAWN = strawberry.enum_value("WITHDRAWN", description="已撤回 (withdrawn)。")
    REVOKED = strawberry.enum_value("REVOKED", description="已撤销 (revoked)。")
    CANCELLED = strawberry.enum_value("CANCELLED", description="已注销 (cancelled)。")


@strawberry.enum(
    name="LicenseRequestKind",
    description="许可申请类型 (LicenseRequestKind)：S4，制度第二十条、第二十八条。",
)
class LicenseRequestKindEnum(Enum):
    CHANGE = strawberry.enum_value("CHANGE", description="变更 (change)：同意后许可为已变更。")
    WITHDRAW = strawberry.enum_value(
        "WITHDRAW", description="撤回 (withdraw)：同意后许可为已撤回。"
    )
    REVOKE = strawberry.enum_value("REVOKE", description="撤销 (revoke)：同意后许可为已撤销。")
    CANCEL = strawberry.enum_value("CANCEL", description="注销 (cancel)：同意后许可为已注销。")


@strawberry.enum(name="LicenseRequestStatus", description="许可申请状态 (LicenseRequestStatus)。")
class LicenseRequestStatusEnum(Enum):
    SUBMITTED = strawberry.enum_value(
        "SUBMITTED", description="已提交 (submitted)：函件已送达审批部门。"
    )
    UNDER_REVIEW = strawberry.enum_value(
        "UNDER_REVIEW", description="审查中 (under review)：审批部门审查，可召开联席会议。"
    )
    APPROVED = strawberry.enum_value(
        "APPROVED", description="已同意 (approved)：许可状态随之改变，决定已推送回申请部门。"
    )
    REJECTED = strawberry.enum_value(
        "REJECTED", description="不予同意 (rejected)：附理由，决定已推送回申请部门。"
    )


@strawberry.type(
    description="监管结果反馈 (TaskFeedback)：一次监管措施的结果 (S2, S3)；完成措施当天 24:00 前"
    "反馈 (T3)，逾期按工作日记录 (T4)。责令整改后的复查结果也是一条反馈（followUpOutcome）。"
)
class TaskFeedback(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.TaskFeedback]
    result: ResultKindEnum = strawberry.field(description="结果 (result)。")
    follow_up_outcome: FollowUpOutcomeEnum | None = strawberry.field(
        description="复查结果 (follow-up outcome)：仅整改复查时有。"
    )
    acted_at: datetime = strawberry.field(description="完成监管措施的时间 (acted at)。")
    summary: str = strawberry.field(description="情况说明 (summary)：采取的措施和发现的情况。")
    rectification_deadline: date | None = strawberry.field(
        description="整改期限 (rectification deadline)：仅责令限期整改时有。"
    )
    penalty_document_number: str = strawberry.field(
        description="处罚决定书文号 (penalty document number)：仅行政处罚时有，其余为空。"
    )
    fed_back_at: datetime = strawberry.field(description="反馈时间 (fed back at)。")
    due: DueState = strawberry.field(
        description="当天反馈期限 (due)：完成措施当天 23:59:59（北京时间）；workingDaysLate "
        "为逾期工作日数，0 表示当天反馈 (S2, T3, T4)。"
    )

    @classmethod
    def from_model(cls, row: models.TaskFeedback) -> TaskFeedback:
        return cls(
            pk=row.id,
            row=row,
            result=ResultKindEnum(rules.ResultKind(row.result).value),
            follow_up_outcome=None
            if row.follow_up_outcome is None
            else FollowUpOutcomeEnum(rules.FollowUpOutcome(row.follow_up_outcome).value),
            acted_at=row.acted_at,
            summary=row.summary,
            rectification_deadline=row.rectification_deadline,
            penalty_document_number=row.penalty_document_number,
            fed_back_at=row.fed_back_at,
            # T3: due the day the measure was taken, judged when the feedback came.
            due=DueState.of(
                DueFacts(
                    end_of_day(local_date(row.acted_at)),
                    open_=False,
                    working_days_late=row.late_working_days,
                ),
                provisional=False,
                now=row.fed_back_at,
            ),
        )

    @strawberry.field(description="反馈的部门 (department)。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="监管任务 (task)。")
    async def task(self, info: Info) -> SupervisionTask:
        row = await info.context.loader("task_by_id", reads.tasks_by_ids).load(self.row.task_id)
        assert row is not None
        return SupervisionTask.from_model(row)

    @strawberry.field(description="证据附件 (attachments)：检查记录、照片等，按上传顺序。")
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, feedback_services.OWNER_TYPE).load(self.pk)


@strawberry.type(
    description="许可变更、撤回、撤销、注销申请 (LicenseRequest)：监管部门附证据函告审批部门，"
    "审批部门审查（可召开联席会议）、作出决定并推送回申请部门 (S4，制度第二十条、第二十八条)。"
    "申请部门、审批部门、协调小组和审计人员可见。"
)
class LicenseRequest(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.LicenseRequest]
    kind: LicenseRequestKindEnum = strawberry.field(description="类型 (kind)。")
    status: LicenseRequestStatusEnum = strawberry.field(description="状态 (status)。")
    reason: str = strawberry.field(description="事实和理由 (reason)：函件正文。")
    legal_basis: str = strawberry.field(description="法律依据 (legal basis)。")
    submitted_at: datetime = strawberry.field(description="提交时间 (submitted at)。")
    joint_meeting: bool = strawberry.field(
        description="是否召开联席会议 (joint meeting)：审查时记录。"
    )
    joint_meeting_note: str = strawberry.field(
        description="联席会议情况 (joint meeting note)：审查时记录。"
    )
    decision_note: str = strawberry.field(
        description="决定意见 (decision note)：不予同意时为理由。"
    )
    decision_document_number: str = strawberry.field(
        description="决定书文号 (decision document number)：同意时必填。"
    )
    decided_at: datetime | None = strawberry.field(description="决定时间 (decided at)。")

    @classmethod
    def from_model(cls, row: models.LicenseRequest) -> LicenseRequest:
        return cls(
            pk=row.id,
            row=row,
            kind=LicenseRequestKindEnum(rules.LicenseRequestKind(row.kind).value),
            status=LicenseRequestStatusEnum(rules.LicenseRequestStatus(row.status).value),
            reason=row.reason,
            legal_basis=row.legal_basis,
            submitted_at=row.submitted_at,
            joint_meeting=row.joint_meeting,
            joint_meeting_note=row.joint_meeting_note,
            decision_note=row.decision_note,
            decision_document_number=row.decision_document_number,
            decided_at=row.decided_at,
        )

    @strawberry.field(description="申请部门 (department)：监管该许可的监管部门。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="审批部门 (approval department)：作出许可、审查并决定的部门。")
    async def approval_department(self, info: Info) -> Department:
        department = await load_department(info, self.row.approval_department_id)
        assert department is not None
        return department

    @strawberry.field(description="所涉许可 (push)：审批信息推送。")
    async def push(self, info: Info) -> Push:
        row = await info.context.loader("push_by_id", reads.pushes_by_ids).load(self.row.push_id)
        assert row is not None
        return Push.from_model(row)

    @strawberry.field(description="引起申请的监管任务 (task)：未指定时为 null。")
    async def task(self, info: Info) -> SupervisionTask | None:
        if self.row.task_id is None:
            return None
        row = await info.context.loader("task_by_id", reads.tasks_by_ids).load(self.row.task_id)
        return SupervisionTask.from_model(row) if row is not None else None

    @strawberry.field(
        description="附件 (attachments)：证据材料和决定书，按上传顺序（申请时至少一个）。"
    )
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, request_services.OWNER_TYPE).load(self.pk)


@node_resolver("TaskFeedback")
async def resolve_feedback(info: Info, pk: int) -> TaskFeedback | None:
    if not info.context.actor.is_authenticated:
        return None
    row = await reads.visible_feedback(info.context.actor, pk)
    return TaskFeedback.from_model(row) if row is not None else None


@node_resolver("LicenseRequest")
async def resolve_license_request(info: Info, pk: int) -> LicenseRequest | None:
    actor = info.context.actor
    if not actor.is_authenticated:
        return None
    row = await reads.visible_license_request(actor, pk)
    return LicenseRequest.from_model(row) if row is not None else None


# ---- fields of SupervisionTask and Push (called from api/linkage/types.py) -------------


async def _deadline(info: Info, deadline_id: int | None) -> Deadline | None:
    if deadline_id is None:
        return None
    return await info.context.loader("deadline_by_id", reads.deadlines_by_ids).load(deadline_id)


def task_result(row: models.SupervisionTask) -> ResultKindEnum | None:
    return None if row.result is None else ResultKindEnum(rules.ResultKind(row.result).value)


async def feedback_due(info: Info, row: models.SupervisionTask) -> DueState:
    """S1 (T4): the 30-working-day deadline of the first result."""
    now = utc_now()
    deadline = await _deadline(info, row.deadline_id)
    facts = DueFacts(
        deadline.due_at if deadline is not None else row.due_at,
        open_=row.fed_back_at is None,
        working_days_late=row.feedback_late_working_days,
    )
    provisional = deadline.provisional if deadline is not None else row.due_provisional
    return DueState.of(facts, provisional=provisional, now=now)


async def follow_up_due(info: Info, row: models.SupervisionTask) -> DueState | None:
    """S3: the follow-up check, due at the end of the rectification deadline's day."""
    deadline = await _deadline(info, row.follow_up_deadline_id)
    if deadline is None:
        return None
    return DueState.of(
        deadline_services.due_facts(deadline), provisional=deadline.provisional, now=utc_now()
    )


async def task_feedbacks(info: Info, task_id: int) -> list[TaskFeedback]:
    rows = await info.context.loader("feedbacks_of_task", reads.feedbacks_of).load(task_id)
    return [TaskFeedback.from_model(row) for row in rows]


def license_status(row: models.Push) -> LicenseStatusEnum:
    return LicenseStatusEnum(rules.LicenseStatus(row.license_status).value)


async def push_license_requests(info: Info, push_id: int) -> list[LicenseRequest]:
    rows = await info.context.loader("license_requests_of_push", reads.license_requests_of).load(
        push_id
    )
    return [LicenseRequest.from_model(row) for row in rows]
