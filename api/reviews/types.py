"""GraphQL types of joint reviews (J1, J2): JointReviewRequest and JointReviewResponse,
their enums and node resolvers."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from api.accounts.types import Department, load_department
from api.attachments.types import Attachment, attachments_loader
from api.catalogue.types import ApprovalItem
from api.context import Info
from api.relay import Node, node_resolver
from domain.accounts import services as accounts_services
from domain.catalogue.services import reads as catalogue_reads
from domain.clock import utc_now
from domain.deadlines.rules import DueFacts
from domain.reviews import models, reads, rules
from domain.reviews.services import REQUEST_OWNER, RESPONSE_OWNER


@strawberry.enum(name="JointReviewKind", description="会审方式 (JointReviewKind)：J1。")
class JointReviewKindEnum(Enum):
    MATERIALS_REVIEW = strawberry.enum_value(
        "MATERIALS_REVIEW", description="联合审查材料 (joint materials review)。"
    )
    SITE_SURVEY = strawberry.enum_value("SITE_SURVEY", description="现场踏勘 (site survey)。")
    TECHNICAL_EVALUATION = strawberry.enum_value(
        "TECHNICAL_EVALUATION", description="技术评估 (technical evaluation)。"
    )
    INSPECTION_AND_TESTING = strawberry.enum_value(
        "INSPECTION_AND_TESTING", description="检验检测 (inspection and testing)。"
    )
    HEARING = strawberry.enum_value("HEARING", description="听证 (hearing)。")
    EXPERT_REVIEW = strawberry.enum_value("EXPERT_REVIEW", description="专家评审 (expert review)。")


@strawberry.enum(name="JointReviewStatus", description="会审状态 (JointReviewStatus)。")
class JointReviewStatusEnum(Enum):
    OPEN = strawberry.enum_value("OPEN", description="会审中 (open)：等待答复和决定。")
    DECIDED = strawberry.enum_value(
        "DECIDED", description="已决定 (decided)：决定已推送给会审部门。"
    )


@strawberry.enum(
    name="JointReviewResponseStatus", description="会审答复状态 (JointReviewResponseStatus)：J2。"
)
class JointReviewResponseStatusEnum(Enum):
    PENDING = strawberry.enum_value("PENDING", description="待认领 (pending)。")
    CLAIMED = strawberry.enum_value("CLAIMED", description="已认领 (claimed)：尚未答复。")
    RESPONDED = strawberry.enum_value("RESPONDED", description="已答复 (responded)。")
    NO_RESPONSE = strawberry.enum_value(
        "NO_RESPONSE",
        description="未答复 (no response)：过了答复期限仍未答复，审批部门已作出决定 (T4)。",
    )


@strawberry.enum(
    name="JointReviewRecommendation", description="会审建议 (JointReviewRecommendation)：J2。"
)
class JointReviewRecommendationEnum(Enum):
    AGREE = strawberry.enum_value("AGREE", description="同意 (agree)。")
    AGREE_WITH_CONDITIONS = strawberry.enum_value(
        "AGREE_WITH_CONDITIONS", description="附条件同意 (agree with conditions)。"
    )
    DISAGREE = strawberry.enum_value("DISAGREE", description="不同意 (disagree)。")


@strawberry.enum(name="JointReviewOutcome", description="会审决定 (JointReviewOutcome)：J2。")
class JointReviewOutcomeEnum(Enum):
    APPROVED = strawberry.enum_value("APPROVED", description="准予许可 (approved)。")
    APPROVED_WITH_CONDITIONS = strawberry.enum_value(
        "APPROVED_WITH_CONDITIONS", description="附条件准予许可 (approved with conditions)。"
    )
    REJECTED = strawberry.enum_value("REJECTED", description="不予许可 (rejected)。")


async def _user_name(info: Info, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = await info.context.loader("user_by_id", accounts_services.users_by_ids).load(user_id)
    return user.display_name if user is not None else None


@strawberry.type(
    description="会审答复 (JointReviewResponse)：一个会审部门的认领和答复——意见、建议和签字"
    "盖章的书面意见 (J2)；须在书面通知后 3 个工作日内答复，逾期照收并标记 (T4)。"
)
class JointReviewResponse(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.JointReviewResponse]
    status: JointReviewResponseStatusEnum = strawberry.field(description="状态 (status)。")
    due_at: datetime = strawberry.field(
        description="答复期限 (due at)：书面通知日后第 3 个工作日 23:59:59 (T2)。"
    )
    due_provisional: bool = strawberry.field(
        description="期限是否暂定 (due provisional)：按尚未公布的年度日历计算 (T1)。"
    )
    claimed_at: datetime | None = strawberry.field(description="认领时间 (claimed at)。")
    opinion: str | None = strawberry.field(description="意见 (opinion)：未答复时为 null。")
    recommendation: JointReviewRecommendationEnum | None = strawberry.field(
        description="建议 (recommendation)：未答复时为 null。"
    )
    staff: list[str] = strawberry.field(description="派出人员 (staff)：本部门派出参加会审的人员。")
    responded_at: datetime | None = strawberry.field(description="答复时间 (responded at)。")
    late_working_days: int | None = strawberry.field(
        description="逾期工作日数 (late working days)：答复或决定时记录，0 为按时；"
        "等待中为 null (T4)。"
    )
    overdue: bool = strawberry.field(
        description="是否逾期 (overdue)：逾期答复、未答复，或仍在等待且已过期限 (T4)。"
    )

    @classmethod
    def from_model(
        cls, row: models.JointReviewResponse, now: datetime | None = None
    ) -> JointReviewResponse:
        now = now or utc_now()
        status = rules.ResponseStatus(row.status)
        # NO_RESPONSE is closed at the decision, its working days late recorded then.
        facts = DueFacts(
            row.due_at, open_=status in rules.WAITING, working_days_late=row.late_working_days
        )
        return cls(
            pk=row.id,
            row=row,
            status=JointReviewResponseStatusEnum(status.value),
            due_at=row.due_at,
            due_provisional=row.due_provisional,
            claimed_at=row.claimed_at,
            opinion=row.opinion or None,
            recommendation=None
            if row.recommendation is None
            else JointReviewRecommendationEnum(rules.Recommendation(row.recommendation).value),
            staff=list(row.staff or []),
            responded_at=row.responded_at,
            late_working_days=row.late_working_days,
            overdue=facts.overdue(now),
        )

    @strawberry.field(description="会审部门 (department)。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.row.department_id)
        assert department is not None
        return department

    @strawberry.field(description="认领人 (claimed by)：姓名。")
    async def claimed_by(self, info: Info) -> str | None:
        return await _user_name(info, self.row.claimed_by_id)

    @strawberry.field(description="答复人 (responded by)：姓名。")
    async def responded_by(self, info: Info) -> str | None:
        return await _user_name(info, self.row.responded_by_id)

    @strawberry.field(description="书面意见 (attachments)：签字盖章的书面意见，按上传顺序。")
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, RESPONSE_OWNER).load(self.pk)


@strawberry.type(
    description="商请函 (JointReviewRequest)：审批部门就一项申请请其他部门会审——联合审查材料、"
    "现场踏勘、技术评估、检验检测、听证或专家评审 (J1)，附书面通知；各部门的答复并列展示，"
    "审批部门据此作出决定并推送给会审部门 (J2)。审批部门、被请会审的部门、协调小组和审计人员可读。"
)
class JointReviewRequest(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.JointReviewRequest]
    kind: JointReviewKindEnum = strawberry.field(description="会审方式 (kind)。")
    licensee_number: str = strawberry.field(
        description="申请人代码 (licensee number)：统一社会信用代码或身份证号。"
    )
    licensee_name: str = strawberry.field(description="申请人名称 (licensee name)。")
    subject: str = strawberry.field(description="会审事由 (subject)。")
    notice_date: date = strawberry.field(
        description="书面通知日期 (notice date)：答复期限自次日起算 (T2)。"
    )
    status: JointReviewStatusEnum = strawberry.field(description="状态 (status)。")
    is_key: bool = strawberry.field(
        description="重点监管 (is key)：审批事项关联了重点监管事项（制度第12条），会审时重点标示。"
    )
    staff: list[str] = strawberry.field(description="派出人员 (staff)：审批部门派出的人员。")
    outcome: JointReviewOutcomeEnum | None = strawberry.field(
        description="决定 (outcome)：未决定时为 null。"
    )
    decision: str | None = strawberry.field(description="决定意见 (decision)：未决定时为 null。")
    decided_at: datetime | None = strawberry.field(description="决定时间 (decided at)。")
    created_at: datetime = strawberry.field(description="发函时间 (created at)。")

    @classmethod
    def from_model(cls, row: models.JointReviewRequest) -> JointReviewRequest:
        return cls(
            pk=row.id,
            row=row,
            kind=JointReviewKindEnum(rules.JointReviewKind(row.kind).value),
            licensee_number=row.licensee_number,
            licensee_name=row.licensee_name,
            subject=row.subject,
            notice_date=row.notice_date,
            status=JointReviewStatusEnum(rules.JointReviewStatus(row.status).value),
            is_key=row.is_key,
            staff=list(row.staff or []),
            outcome=None
            if row.outcome is None
            else JointReviewOutcomeEnum(rules.Outcome(row.outcome).value),
            decision=row.decision or None,
            decided_at=row.decided_at,
            created_at=row.created_at,
        )

    @strawberry.field(description="审批部门 (approval department)：发函部门。")
    async def approval_department(self, info: Info) -> Department:
        department = await load_department(info, self.row.approval_department_id)
        assert department is not None
        return department

    @strawberry.field(description="审批事项 (approval item)：申请所涉的事项。")
    async def approval_item(self, info: Info) -> ApprovalItem:
        row = await info.context.loader(
            "approval_item_by_id", catalogue_reads.approval_items_by_ids
        ).load(self.row.approval_item_id)
        assert row is not None
        return ApprovalItem.from_model(row)

    @strawberry.field(description="发函人 (created by)：姓名。")
    async def created_by(self, info: Info) -> str | None:
        return await _user_name(info, self.row.created_by_id)

    @strawberry.field(description="决定人 (decided by)：姓名。")
    async def decided_by(self, info: Info) -> str | None:
        return await _user_name(info, self.row.decided_by_id)

    async def _responses(self, info: Info) -> list[models.JointReviewResponse]:
        rows = await info.context.loader("joint_review_responses_of", reads.responses_of).load(
            self.pk
        )
        return reads.responses_for(info.context.actor, self.row, rows)

    @strawberry.field(
        description="会审答复 (responses)：按发函顺序；审批部门、协调小组和审计人员看到全部部门的"
        "答复，会审部门只看到本部门的。"
    )
    async def responses(self, info: Info) -> list[JointReviewResponse]:
        now = utc_now()
        return [JointReviewResponse.from_model(r, now) for r in await self._responses(info)]

    @strawberry.field(
        description="本部门的答复 (own response)：当前用户所在部门是会审部门时为其答复，"
        "否则为 null。"
    )
    async def own_response(self, info: Info) -> JointReviewResponse | None:
        department_id = info.context.actor.department_id
        for row in await self._responses(info):
            if department_id is not None and row.department_id == department_id:
                return JointReviewResponse.from_model(row)
        return None

    @strawberry.field(description="附件 (attachments)：书面通知（商请函）及决定文书，按上传顺序。")
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, REQUEST_OWNER).load(self.pk)


@node_resolver("JointReviewRequest")
async def resolve_joint_review_request(info: Info, pk: int) -> JointReviewRequest | None:
    if not info.context.actor.is_authenticated:
        return None
    row = await reads.visible_request(info.context.actor, pk)
    return JointReviewRequest.from_model(row) if row is not None else None


@node_resolver("JointReviewResponse")
async def resolve_joint_review_response(info: Info, pk: int) -> JointReviewResponse | None:
    if not await reads.can_read_response(info.context.actor, pk):
        return None
    row = await models.JointReviewResponse.get(id=pk)
    return JointReviewResponse.from_model(row)
