"""Joint review changes (J1, J2): createJointReviewRequest, claimJointReview,
respondToJointReview, decideJointReview; each calls one service of
``domain.reviews.services`` and returns a result union."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from api.context import Info
from api.errors import mutation_result, result_union
from api.linkage.mutations import attachment_pks
from api.relay import int_pk
from api.reviews.types import (
    JointReviewKindEnum,
    JointReviewOutcomeEnum,
    JointReviewRecommendationEnum,
    JointReviewRequest,
    JointReviewResponse,
)
from domain.reviews import rules, services


def _request_pk(global_id: str) -> int:
    return int_pk(global_id, "JointReviewRequest", "requestId")


ATTACHMENTS = (
    "先经 POST /files/attachments 上传所得的 Attachment 全局编号，与记录在同一事务中保存。"
)


@strawberry.input(description="发出商请函 (CreateJointReviewRequestInput)：J1。")
class CreateJointReviewRequestInput:
    kind: JointReviewKindEnum = strawberry.field(description="会审方式 (kind)。")
    licensee_number: str = strawberry.field(
        description="申请人代码 (licenseeNumber)：统一社会信用代码或身份证号，校验位须正确。"
    )
    licensee_name: str = strawberry.field(description="申请人名称 (licenseeName)：必填。")
    approval_item_id: strawberry.ID = strawberry.field(
        description="审批事项 (approvalItemId)：本部门的 ApprovalItem 全局编号。"
    )
    subject: str = strawberry.field(description="会审事由 (subject)：必填。")
    notice_date: date = strawberry.field(
        description="书面通知日期 (noticeDate)：不晚于今天；答复期限为其后第 3 个工作日。"
    )
    department_ids: list[strawberry.ID] = strawberry.field(
        description="会审部门 (departmentIds)：一个或多个其他部门（不含本部门和协调小组）。"
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        description=f"书面通知 (attachmentIds)：至少一个；{ATTACHMENTS}"
    )
    staff: list[str] = strawberry.field(
        default_factory=list, description="派出人员 (staff)：审批部门派出的人员姓名，可不填。"
    )


@strawberry.input(description="认领商请函 (ClaimJointReviewInput)：J2。")
class ClaimJointReviewInput:
    request_id: strawberry.ID = strawberry.field(
        description="商请函 (requestId)：JointReviewRequest 的全局编号；认领本部门的答复。"
    )


@strawberry.input(description="答复会审 (RespondToJointReviewInput)：J2。")
class RespondToJointReviewInput:
    request_id: strawberry.ID = strawberry.field(
        description="商请函 (requestId)：JointReviewRequest 的全局编号；须先认领。"
    )
    opinion: str = strawberry.field(description="意见 (opinion)：必填。")
    recommendation: JointReviewRecommendationEnum = strawberry.field(
        description="建议 (recommendation)。"
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        description=f"签字盖章的书面意见 (attachmentIds)：至少一个；{ATTACHMENTS}"
    )
    staff: list[str] = strawberry.field(
        default_factory=list, description="派出人员 (staff)：本部门派出的人员姓名，可不填。"
    )


@strawberry.input(description="作出会审决定 (DecideJointReviewInput)：J2。")
class DecideJointReviewInput:
    request_id: strawberry.ID = strawberry.field(
        description="商请函 (requestId)：JointReviewRequest 的全局编号。"
    )
    outcome: JointReviewOutcomeEnum = strawberry.field(description="决定 (outcome)。")
    decision: str = strawberry.field(description="决定意见 (decision)：必填。")
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description=f"决定文书 (attachmentIds)：可不填；{ATTACHMENTS}"
    )


@strawberry.type(description="商请函已发出 (CreateJointReviewRequestSuccess)。")
class CreateJointReviewRequestSuccess:
    joint_review_request: JointReviewRequest = strawberry.field(
        description="商请函 (jointReviewRequest)。"
    )


@strawberry.type(description="已认领 (ClaimJointReviewSuccess)。")
class ClaimJointReviewSuccess:
    response: JointReviewResponse = strawberry.field(description="本部门的答复 (response)。")


@strawberry.type(description="已答复 (RespondToJointReviewSuccess)。")
class RespondToJointReviewSuccess:
    response: JointReviewResponse = strawberry.field(description="本部门的答复 (response)。")


@strawberry.type(description="已作出决定 (DecideJointReviewSuccess)。")
class DecideJointReviewSuccess:
    joint_review_request: JointReviewRequest = strawberry.field(
        description="商请函 (jointReviewRequest)。"
    )


CreateJointReviewRequestResult = result_union(
    "CreateJointReviewRequestResult",
    CreateJointReviewRequestSuccess,
    "发出商请函结果 (CreateJointReviewRequestResult)。",
)
ClaimJointReviewResult = result_union(
    "ClaimJointReviewResult", ClaimJointReviewSuccess, "认领商请函结果 (ClaimJointReviewResult)。"
)
RespondToJointReviewResult = result_union(
    "RespondToJointReviewResult",
    RespondToJointReviewSuccess,
    "答复会审结果 (RespondToJointReviewResult)。",
)
DecideJointReviewResult = result_union(
    "DecideJointReviewResult", DecideJointReviewSuccess, "会审决定结果 (DecideJointReviewResult)。"
)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="发出商请函 (createJointReviewRequest)：审批部门的审批人员或部门管理员请一个或"
        "多个部门会审一项申请，附书面通知 (J1)；各部门须在 3 个工作日内答复，收到 "
        "JOINT_REVIEW_RECEIVED 任务动态。已记入审计日志。"
    )
    async def create_joint_review_request(
        self,
        info: Info,
        input: Annotated[
            CreateJointReviewRequestInput, strawberry.argument(description="商请函 (input)。")
        ],
    ) -> CreateJointReviewRequestResult:
        async def work() -> CreateJointReviewRequestSuccess:
            data = rules.JointReviewData(
                kind=rules.JointReviewKind(input.kind.value),
                licensee_number=input.licensee_number,
                licensee_name=input.licensee_name,
                approval_item_id=int_pk(input.approval_item_id, "ApprovalItem", "approvalItemId"),
                subject=input.subject,
                notice_date=input.notice_date,
                department_ids=tuple(
                    int_pk(d, "Department", "departmentIds") for d in input.department_ids
                ),
                attachment_ids=tuple(attachment_pks(input.attachment_ids)),
                staff=tuple(input.staff),
            )
            row = await services.create_joint_review_request(info.context.actor, data)
            return CreateJointReviewRequestSuccess(
                joint_review_request=JointReviewRequest.from_model(row)
            )

        return await mutation_result(work())

    @strawberry.mutation(
        description="认领商请函 (claimJointReview)：会审部门的审批人员、监管人员或部门管理员认领"
        "发给本部门的商请函 (J2)。已记入审计日志。"
    )
    async def claim_joint_review(
        self,
        info: Info,
        input: Annotated[ClaimJointReviewInput, strawberry.argument(description="认领 (input)。")],
    ) -> ClaimJointReviewResult:
        async def work() -> ClaimJointReviewSuccess:
            row = await services.claim_joint_review(
                info.context.actor, _request_pk(input.request_id)
            )
            return ClaimJointReviewSuccess(response=JointReviewResponse.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="答复会审 (respondToJointReview)：已认领的会审部门提交意见、建议和签字盖章的"
        "书面意见，可列派出人员 (J2)；超过期限照收，标记逾期工作日数 (T4)。已记入审计日志。"
    )
    async def respond_to_joint_review(
        self,
        info: Info,
        input: Annotated[
            RespondToJointReviewInput, strawberry.argument(description="答复 (input)。")
        ],
    ) -> RespondToJointReviewResult:
        async def work() -> RespondToJointReviewSuccess:
            data = rules.ResponseData(
                opinion=input.opinion,
                recommendation=rules.Recommendation(input.recommendation.value),
                attachment_ids=tuple(attachment_pks(input.attachment_ids)),
                staff=tuple(input.staff),
            )
            row = await services.respond_to_joint_review(
                info.context.actor, _request_pk(input.request_id), data
            )
            return RespondToJointReviewSuccess(response=JointReviewResponse.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="作出会审决定 (decideJointReview)：审批部门在各部门答复后（或未答复部门已过"
        "期限后）作出决定，推送给会审部门 (JOINT_REVIEW_DECIDED, J2)。已记入审计日志。"
    )
    async def decide_joint_review(
        self,
        info: Info,
        input: Annotated[DecideJointReviewInput, strawberry.argument(description="决定 (input)。")],
    ) -> DecideJointReviewResult:
        async def work() -> DecideJointReviewSuccess:
            row = await services.decide_joint_review(
                info.context.actor,
                _request_pk(input.request_id),
                rules.Outcome(input.outcome.value),
                input.decision,
                attachment_pks(input.attachment_ids),
            )
            return DecideJointReviewSuccess(joint_review_request=JointReviewRequest.from_model(row))

        return await mutation_result(work())
