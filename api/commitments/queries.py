"""Reads of notification-commitment approval: credit checks (K1) and commitments
(K2–K5) as keyset connections, newest first; the approval department reads its own,
coordinators and auditors every department's (READ_RECORDS)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.catalogue.types import CommitmentModeEnum
from api.commitments.types import Commitment, CommitmentStatusEnum, CreditCheck
from api.context import Info
from api.relay import Connection, paginate
from domain.catalogue.rules import CommitmentMode
from domain.commitments import rules
from domain.commitments.services import checks, commitments

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


@strawberry.input(description="信用查询筛选条件 (CreditCheckFilter)：各条件同时满足。")
class CreditCheckFilter:
    licensee_number: str | None = strawberry.field(
        default=None, description="申请人代码 (licenseeNumber)：统一社会信用代码或身份证号。"
    )
    allowed: bool | None = strawberry.field(
        default=None, description="是否允许告知承诺 (allowed)。"
    )


@strawberry.input(description="告知承诺筛选条件 (CommitmentFilter)：各条件同时满足。")
class CommitmentFilter:
    status: CommitmentStatusEnum | None = strawberry.field(
        default=None, description="状态 (status)。"
    )
    mode: CommitmentModeEnum | None = strawberry.field(default=None, description="方式 (mode)。")
    licensee_number: str | None = strawberry.field(
        default=None, description="申请人代码 (licenseeNumber)：统一社会信用代码或身份证号。"
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="事前信用查询记录 (creditChecks)：按查询时间由近到远 (K1)；审批部门看本部门"
        "的，协调小组和审计人员看全部。"
    )
    async def credit_checks(
        self,
        info: Info,
        filter: Annotated[
            CreditCheckFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[CreditCheck]:
        f = filter or CreditCheckFilter()
        queryset = checks.credit_checks(
            info.context.actor,
            checks.CreditCheckFilter(licensee_number=f.licensee_number, allowed=f.allowed),
        )
        return await paginate(
            queryset, first=first, after=after, node=CreditCheck.from_model, order=("-id",)
        )

    @strawberry.field(
        description="告知承诺 (commitments)：按受理时间由近到远 (K2–K5)；审批部门看本部门的，"
        "协调小组和审计人员看全部。"
    )
    async def commitments(
        self,
        info: Info,
        filter: Annotated[
            CommitmentFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[Commitment]:
        f = filter or CommitmentFilter()
        queryset = commitments.commitments(
            info.context.actor,
            commitments.CommitmentFilter(
                status=None if f.status is None else rules.CommitmentStatus(f.status.value),
                mode=None if f.mode is None else CommitmentMode(f.mode.value),
                licensee_number=f.licensee_number,
            ),
        )
        return await paginate(
            queryset, first=first, after=after, node=Commitment.from_model, order=("-id",)
        )
