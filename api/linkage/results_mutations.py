"""Mutations of task results (S2, S3) and license requests (S4), and the list of license
requests; each resolver calls one service of ``domain.linkage.services.feedback`` or
``domain.linkage.services.requests``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

import strawberry

from api.context import Info
from api.errors import mutation_result, result_union
from api.linkage.mutations import attachment_pks
from api.linkage.results import (
    FollowUpOutcomeEnum,
    LicenseRequest,
    LicenseRequestKindEnum,
    LicenseRequestStatusEnum,
    ResultKindEnum,
    TaskFeedback,
)
from api.linkage.types import Push, SupervisionTask
from api.relay import Connection, int_pk, paginate
from domain.linkage import rules
from domain.linkage.models import Push as PushModel
from domain.linkage.models import SupervisionTask as TaskModel
from domain.linkage.services import feedback, reads, requests

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


def _arg(description: str) -> Any:
    return strawberry.argument(description=description)


def _task_id(global_id: str) -> int:
    return int_pk(global_id, "SupervisionTask", "taskId")


def _request_id(global_id: str) -> int:
    return int_pk(global_id, "LicenseRequest", "requestId")


def _department(global_id: strawberry.ID | None, field: str) -> int | None:
    return None if global_id is None else int_pk(global_id, "Department", field)


ATTACHMENTS_DESCRIPTION = (
    "先经 POST /files/attachments 上传所得的 Attachment 全局编号，与记录在同一事务中保存；"
    "至多 20 个。"
)


@strawberry.input(description="反馈监管结果 (FeedBackTaskInput)：S2, S3。")
class FeedBackTaskInput:
    task_id: strawberry.ID = strawberry.field(
        description="监管任务 (taskId)：SupervisionTask 的全局编号。"
    )
    result: ResultKindEnum = strawberry.field(description="结果 (result)。")
    acted_at: datetime = strawberry.field(
        description="完成监管措施的时间 (acted at)：须带时区，不晚于现在、不早于推送时间；"
        "当天 24:00 前反馈为按期 (S2)。"
    )
    summary: str = strawberry.field(
        description="情况说明 (summary)：必填，至多 5000 字；结果为其他时写明结果。"
    )
    rectification_deadline: date | None = strawberry.field(
        default=None,
        description="整改期限 (rectification deadline)：责令限期整改时必填，须晚于完成措施当天；"
        "其余结果不填。",
    )
    penalty_document_number: str = strawberry.field(
        default="",
        description="处罚决定书文号 (penalty document number)：行政处罚时必填，其余不填。",
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="证据附件 (attachmentIds)：" + ATTACHMENTS_DESCRIPTION
    )


@strawberry.input(description="录入整改复查结果 (RecordFollowUpInput)：S3。")
class RecordFollowUpInput:
    task_id: strawberry.ID = strawberry.field(
        description="监管任务 (taskId)：整改中的 SupervisionTask 的全局编号。"
    )
    outcome: FollowUpOutcomeEnum = strawberry.field(description="复查结果 (outcome)。")
    acted_at: datetime = strawberry.field(
        description="完成复查的时间 (acted at)：须带时区，不晚于现在、不早于责令整改的时间。"
    )
    summary: str = strawberry.field(description="复查情况 (summary)：必填，至多 5000 字。")
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="证据附件 (attachmentIds)：" + ATTACHMENTS_DESCRIPTION
    )


@strawberry.input(
    description="提出许可变更、撤回、撤销、注销申请 (SubmitLicenseRequestInput)：S4，"
    "监管该许可的监管部门附证据函告审批部门。"
)
class SubmitLicenseRequestInput:
    push_id: strawberry.ID = strawberry.field(
        description="所涉许可 (pushId)：已认领的 Push 的全局编号。"
    )
    kind: LicenseRequestKindEnum = strawberry.field(description="类型 (kind)。")
    reason: str = strawberry.field(description="事实和理由 (reason)：必填，至多 5000 字。")
    legal_basis: str = strawberry.field(default="", description="法律依据 (legal basis)。")
    task_id: strawberry.ID | None = strawberry.field(
        default=None, description="引起申请的监管任务 (taskId)：须为该推送的任务，可不填。"
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        description="证据材料 (attachmentIds)：至少一个；" + ATTACHMENTS_DESCRIPTION
    )


@strawberry.input(description="审查许可申请 (ReviewLicenseRequestInput)：S4，审批部门。")
class ReviewLicenseRequestInput:
    request_id: strawberry.ID = strawberry.field(
        description="申请 (requestId)：已提交的 LicenseRequest 的全局编号。"
    )
    joint_meeting: bool = strawberry.field(
        default=False, description="是否召开联席会议 (joint meeting)。"
    )
    note: str = strawberry.field(default="", description="审查或联席会议情况 (note)。")


@strawberry.input(description="对许可申请作出决定 (DecideLicenseRequestInput)：S4，审批部门。")
class DecideLicenseRequestInput:
    request_id: strawberry.ID = strawberry.field(
        description="申请 (requestId)：已提交或审查中的 LicenseRequest 的全局编号。"
    )
    approved: bool = strawberry.field(description="是否同意 (approved)。")
    decision_note: str = strawberry.field(
        default="", description="决定意见 (decision note)：不予同意时必填理由。"
    )
    decision_document_number: str = strawberry.field(
        default="", description="决定书文号 (decision document number)：同意时必填。"
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="决定书等附件 (attachmentIds)：" + ATTACHMENTS_DESCRIPTION
    )


@strawberry.type(description="监管结果已反馈 (FeedBackTaskSuccess)。")
class FeedBackTaskSuccess:
    task: SupervisionTask = strawberry.field(
        description="监管任务 (task)：已办结，或责令整改后为整改中。"
    )
    feedback: TaskFeedback = strawberry.field(description="这次反馈 (feedback)。")


@strawberry.type(description="整改复查结果已录入 (RecordFollowUpSuccess)：任务已办结。")
class RecordFollowUpSuccess:
    task: SupervisionTask = strawberry.field(description="监管任务 (task)。")
    feedback: TaskFeedback = strawberry.field(description="复查结果的反馈 (feedback)。")


@strawberry.type(description="许可申请已提交 (SubmitLicenseRequestSuccess)：已送达审批部门。")
class SubmitLicenseRequestSuccess:
    request: LicenseRequest = strawberry.field(description="申请 (request)。")


@strawberry.type(description="许可申请审查中 (ReviewLicenseRequestSuccess)。")
class ReviewLicenseRequestSuccess:
    request: LicenseRequest = strawberry.field(description="申请 (request)。")


@strawberry.type(description="许可申请已决定 (DecideLicenseRequestSuccess)：决定已推送回申请部门。")
class DecideLicenseRequestSuccess:
    request: LicenseRequest = strawberry.field(description="申请 (request)。")
    push: Push = strawberry.field(description="所涉许可 (push)：同意后许可状态已改变。")


FeedBackTaskResult = result_union(
    "FeedBackTaskResult", FeedBackTaskSuccess, "反馈监管结果的结果 (FeedBackTaskResult)。"
)
RecordFollowUpResult = result_union(
    "RecordFollowUpResult", RecordFollowUpSuccess, "录入整改复查结果的结果 (RecordFollowUpResult)。"
)
SubmitLicenseRequestResult = result_union(
    "SubmitLicenseRequestResult",
    SubmitLicenseRequestSuccess,
    "提出许可申请的结果 (SubmitLicenseRequestResult)。",
)
ReviewLicenseRequestResult = result_union(
    "ReviewLicenseRequestResult",
    ReviewLicenseRequestSuccess,
    "审查许可申请的结果 (ReviewLicenseRequestResult)。",
)
DecideLicenseRequestResult = result_union(
    "DecideLicenseRequestResult",
    DecideLicenseRequestSuccess,
    "决定许可申请的结果 (DecideLicenseRequestResult)。",
)


async def _task(task_id: int) -> SupervisionTask:
    return SupervisionTask.from_model(await TaskModel.get(id=task_id))


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="反馈监管结果 (feedBackTask)：任务所属监管部门的监管人员或部门管理员，"
        "对办理中的任务反馈首次结果；完成措施当天 24:00 前为按期 (S2)，首次结果同时答复"
        "30 个工作日的期限 (S1)；责令限期整改时任务转为整改中，复查期限为整改期限当天 (S3)。"
        "结果推送给监管部门和审批部门。"
    )
    async def feed_back_task(
        self, info: Info, input: Annotated[FeedBackTaskInput, _arg("监管结果 (input)。")]
    ) -> FeedBackTaskResult:
        async def work() -> FeedBackTaskSuccess:
            row = await feedback.feed_back_task(
                info.context.actor,
                _task_id(input.task_id),
                rules.FeedbackData(
                    result=rules.ResultKind(input.result.value),
                    acted_at=input.acted_at,
                    summary=input.summary,
                    rectification_deadline=input.rectification_deadline,
                    penalty_document_number=input.penalty_document_number,
                    attachment_ids=tuple(attachment_pks(input.attachment_ids)),
                ),
            )
            return FeedBackTaskSuccess(
                task=await _task(row.task_id), feedback=TaskFeedback.from_model(row)
            )

        return await mutation_result(work())

    @strawberry.mutation(
        description="录入整改复查结果 (recordFollowUp)：整改中的任务；已整改为合规，未整改或"
        "拒不整改为建议撤销许可；任务办结 (S3)。"
    )
    async def record_follow_up(
        self, info: Info, input: Annotated[RecordFollowUpInput, _arg("复查结果 (input)。")]
    ) -> RecordFollowUpResult:
        async def work() -> RecordFollowUpSuccess:
            row = await feedback.record_follow_up(
                info.context.actor,
                _task_id(input.task_id),
                rules.FollowUpData(
                    outcome=rules.FollowUpOutcome(input.outcome.value),
                    acted_at=input.acted_at,
                    summary=input.summary,
                    attachment_ids=tuple(attachment_pks(input.attachment_ids)),
                ),
            )
            return RecordFollowUpSuccess(
                task=await _task(row.task_id), feedback=TaskFeedback.from_model(row)
            )

        return await mutation_result(work())

    @strawberry.mutation(
        description="提出许可变更、撤回、撤销、注销申请 (submitLicenseRequest)：监管该许可"
        "（已认领的推送）的监管人员或部门管理员，附证据；同一许可同一类型只能有一份未决定的申请 "
        "(S4)。"
    )
    async def submit_license_request(
        self,
        info: Info,
        input: Annotated[SubmitLicenseRequestInput, _arg("申请 (input)。")],
    ) -> SubmitLicenseRequestResult:
        async def work() -> SubmitLicenseRequestSuccess:
            row = await requests.submit_license_request(
                info.context.actor,
                int_pk(input.push_id, "Push", "pushId"),
                rules.LicenseRequestKind(input.kind.value),
                input.reason,
                input.legal_basis,
                task_id=None if input.task_id is None else _task_id(input.task_id),
                attachment_ids=tuple(attachment_pks(input.attachment_ids)),
            )
            return SubmitLicenseRequestSuccess(request=LicenseRequest.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="审查许可申请 (reviewLicenseRequest)：审批部门的审批人员或部门管理员，"
        "记录是否召开联席会议 (S4)。"
    )
    async def review_license_request(
        self,
        info: Info,
        input: Annotated[ReviewLicenseRequestInput, _arg("审查 (input)。")],
    ) -> ReviewLicenseRequestResult:
        async def work() -> ReviewLicenseRequestSuccess:
            row = await requests.review_license_request(
                info.context.actor, _request_id(input.request_id), input.joint_meeting, input.note
            )
            return ReviewLicenseRequestSuccess(request=LicenseRequest.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="对许可申请作出决定 (decideLicenseRequest)：审批部门的审批人员或部门管理员；"
        "同意时许可状态随之改变；决定推送回申请部门 (S4)。"
    )
    async def decide_license_request(
        self,
        info: Info,
        input: Annotated[DecideLicenseRequestInput, _arg("决定 (input)。")],
    ) -> DecideLicenseRequestResult:
        async def work() -> DecideLicenseRequestSuccess:
            row = await requests.decide_license_request(
                info.context.actor,
                _request_id(input.request_id),
                input.approved,
                input.decision_note,
                input.decision_document_number,
                tuple(attachment_pks(input.attachment_ids)),
            )
            push = await PushModel.get(id=row.push_id)
            return DecideLicenseRequestSuccess(
                request=LicenseRequest.from_model(row), push=Push.from_model(push)
            )

        return await mutation_result(work())


@strawberry.input(description="许可申请筛选条件 (LicenseRequestFilter)：各条件同时满足。")
class LicenseRequestFilter:
    status: LicenseRequestStatusEnum | None = strawberry.field(
        default=None, description="状态 (status)。"
    )
    kind: LicenseRequestKindEnum | None = strawberry.field(
        default=None, description="类型 (kind)。"
    )
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="申请部门 (departmentId)：部门的全局编号。"
    )
    approval_department_id: strawberry.ID | None = strawberry.field(
        default=None, description="审批部门 (approvalDepartmentId)：部门的全局编号。"
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="许可变更、撤回、撤销、注销申请 (licenseRequests)：按提交顺序；部门看本部门"
        "提出或收到的，协调小组和审计人员看全部 (S4)。"
    )
    async def license_requests(
        self,
        info: Info,
        filter: Annotated[
            LicenseRequestFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[LicenseRequest]:
        f = filter or LicenseRequestFilter()
        queryset = reads.license_requests(
            info.context.actor,
            reads.LicenseRequestFilter(
                status=rules.LicenseRequestStatus(f.status.value) if f.status else None,
                kind=rules.LicenseRequestKind(f.kind.value) if f.kind else None,
                department_id=_department(f.department_id, "departmentId"),
                approval_department_id=_department(
                    f.approval_department_id, "approvalDepartmentId"
                ),
            ),
        )
        return await paginate(
            queryset, first=first, after=after, node=LicenseRequest.from_model, order=("id",)
        )
