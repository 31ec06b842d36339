"""Joint review reads (J1, J2): the requests as a keyset connection with filters, and
late responses per department (T4, A3)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from api.accounts.types import Department, load_department
from api.context import Info
from api.relay import Connection, int_pk, paginate
from api.reviews.types import (
    JointReviewKindEnum,
    JointReviewRequest,
    JointReviewResponseStatusEnum,
    JointReviewStatusEnum,
)
from domain.clock import utc_now
from domain.reviews import reads, rules

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


def _department(global_id: strawberry.ID | None, field: str) -> int | None:
    return None if global_id is None else int_pk(global_id, "Department", field)


@strawberry.input(description="商请函筛选条件 (JointReviewFilter)：各条件同时满足。")
class JointReviewFilter:
    status: JointReviewStatusEnum | None = strawberry.field(
        default=None, description="状态 (status)。"
    )
    kind: JointReviewKindEnum | None = strawberry.field(
        default=None, description="会审方式 (kind)。"
    )
    approval_department_id: strawberry.ID | None = strawberry.field(
        default=None, description="发函部门 (approvalDepartmentId)：部门的全局编号。"
    )
    addressed_department_id: strawberry.ID | None = strawberry.field(
        default=None, description="会审部门 (addressedDepartmentId)：发给该部门的商请函。"
    )
    response_status: JointReviewResponseStatusEnum | None = strawberry.field(
        default=None,
        description="答复状态 (responseStatus)：有该状态答复的商请函；与 addressedDepartmentId "
        "同用时为该部门的答复状态（如本部门待认领）。",
    )
    is_key: bool | None = strawberry.field(
        default=None, description="重点监管 (isKey)：真＝只看重点监管事项的会审。"
    )
    licensee_number: str | None = strawberry.field(
        default=None, description="申请人代码 (licenseeNumber)：统一社会信用代码或身份证号。"
    )
    from_: date | None = strawberry.field(
        default=None, name="from", description="书面通知日期起 (from)：含当日。"
    )
    to: date | None = strawberry.field(default=None, description="书面通知日期止 (to)：含当日。")


@strawberry.type(
    description="会审答复统计行 (JointReviewStatisticsRow)：一个会审部门在统计期间（按书面通知"
    "日期）的答复和逾期数 (J2, T4)。"
)
class JointReviewStatisticsRow:
    department_pk: strawberry.Private[int]
    addressed: int = strawberry.field(description="收到商请函 (addressed)。")
    responded: int = strawberry.field(description="已答复 (responded)：含逾期答复。")
    responded_late: int = strawberry.field(
        description="逾期答复 (responded late)：超过 3 个工作日才答复的。"
    )
    no_response: int = strawberry.field(
        description="未答复 (no response)：逾期未答复、审批部门已作出决定的。"
    )
    overdue_open: int = strawberry.field(
        description="逾期待答复 (overdue open)：仍未答复且已过期限的（按当前时间）。"
    )
    late: int = strawberry.field(
        description="逾期合计 (late)：逾期答复、未答复与逾期待答复之和，计入部门履职统计 (A3)。"
    )
    late_working_days: int = strawberry.field(
        description="逾期工作日合计 (late working days)：逾期答复和未答复的逾期工作日数之和。"
    )

    @strawberry.field(description="会审部门 (department)。")
    async def department(self, info: Info) -> Department:
        department = await load_department(info, self.department_pk)
        assert department is not None
        return department


@strawberry.type
class Query:
    @strawberry.field(
        description="商请函 (jointReviewRequests)：按发函时间由近到远排序 (J1)；审批部门看到本部门"
        "发出的，会审部门看到发给本部门的，协调小组和审计人员看到全部；部门 API 令牌可读本部门的。"
    )
    async def joint_review_requests(
        self,
        info: Info,
        filter: Annotated[
            JointReviewFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[JointReviewRequest]:
        f = filter or JointReviewFilter()
        queryset = reads.joint_review_requests(
            info.context.actor,
            reads.JointReviewFilter(
                status=rules.JointReviewStatus(f.status.value) if f.status else None,
                kind=rules.JointReviewKind(f.kind.value) if f.kind else None,
                approval_department_id=_department(
                    f.approval_department_id, "approvalDepartmentId"
                ),
                addressed_department_id=_department(
                    f.addressed_department_id, "addressedDepartmentId"
                ),
                response_status=rules.ResponseStatus(f.response_status.value)
                if f.response_status
                else None,
                is_key=f.is_key,
                licensee_number=f.licensee_number,
                notice_from=f.from_,
                notice_to=f.to,
            ),
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=JointReviewRequest.from_model,
            order=("-created_at",),
        )

    @strawberry.field(
        description="会审答复统计 (jointReviewStatistics)：按会审部门统计答复与逾期 (J2, T4, A3)，"
        "范围为当前用户可见的商请函；期间按书面通知日期。"
    )
    async def joint_review_statistics(
        self,
        info: Info,
        from_: Annotated[
            date | None, strawberry.argument(name="from", description="通知日期起 (from)：含当日。")
        ] = None,
        to: Annotated[
            date | None, strawberry.argument(description="通知日期止 (to)：含当日。")
        ] = None,
    ) -> list[JointReviewStatisticsRow]:
        counts = await reads.late_responses(
            info.context.actor, notice_from=from_, notice_to=to, now=utc_now()
        )
        return [
            JointReviewStatisticsRow(
                department_pk=c.department_id,
                addressed=c.addressed,
                responded=c.responded,
                responded_late=c.responded_late,
                no_response=c.no_response,
                overdue_open=c.overdue_open,
                late=c.late,
                late_working_days=c.late_working_days,
            )
            for c in counts
        ]
