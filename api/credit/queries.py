"""Credit reads (R1–R3) for the admin page and external dashboards (API tokens):
credit records and blacklist entries as keyset connections, a licensee's grade."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from api.context import Info
from api.credit.grade import CreditGradeResult
from api.credit.types import (
    BlacklistEntry,
    BlacklistStatusEnum,
    CreditRecord,
    CreditSeverityEnum,
    CreditSourceEnum,
)
from api.linkage.types import Licensee
from api.relay import Connection, int_pk, paginate
from domain.calendar.rules import local_date
from domain.clock import utc_now
from domain.credit import rules
from domain.credit import services as credit

First = Annotated[int | None, strawberry.argument(description="每页条数 (first)：1–100，默认 20。")]
After = Annotated[
    str | None,
    strawberry.argument(description="游标 (after)：上一页的 endCursor，取其后的记录。"),
]


def _department(global_id: strawberry.ID | None, field: str) -> int | None:
    return None if global_id is None else int_pk(global_id, "Department", field)


@strawberry.input(description="信用记录筛选条件 (CreditRecordFilter)：各条件同时满足。")
class CreditRecordFilter:
    licensee_number: str | None = strawberry.field(
        default=None, description="行政相对人代码 (licenseeNumber)：统一社会信用代码或身份证号。"
    )
    source: CreditSourceEnum | None = strawberry.field(default=None, description="来源 (source)。")
    severity: CreditSeverityEnum | None = strawberry.field(
        default=None, description="失信程度 (severity)。"
    )
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="记录部门 (departmentId)：部门的全局编号。"
    )
    from_: date | None = strawberry.field(
        default=None, name="from", description="发生日期起 (from)：含当日。"
    )
    to: date | None = strawberry.field(default=None, description="发生日期止 (to)：含当日。")


@strawberry.input(description="黑名单筛选条件 (BlacklistFilter)：各条件同时满足。")
class BlacklistFilter:
    active: bool | None = strawberry.field(
        default=None,
        description="今日是否有效 (active)：真＝今日在黑名单中；假＝已结束、已移出或未开始。",
    )
    status: BlacklistStatusEnum | None = strawberry.field(
        default=None,
        description="今日状态 (status)：惩戒中、未开始、已到期或已移出 (R2)。",
    )
    licensee_number: str | None = strawberry.field(
        default=None, description="行政相对人代码 (licenseeNumber)：统一社会信用代码或身份证号。"
    )
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="列入部门 (departmentId)：部门的全局编号。"
    )
    from_: date | None = strawberry.field(
        default=None,
        name="from",
        description="有效期间起 (from)：与 to 一起，取在该期间内任一天有效过的记录。",
    )
    to: date | None = strawberry.field(
        default=None, description="有效期间止 (to)：取在该日或之前开始的记录。"
    )


@strawberry.type(description="行政相对人的信用风险等级 (LicenseeCreditGrade)：R3。")
class LicenseeCreditGrade:
    licensee: Licensee = strawberry.field(description="行政相对人 (licensee)：联系电话脱敏。")
    grade: CreditGradeResult = strawberry.field(description="等级评定 (grade)。")


@strawberry.type
class Query:
    @strawberry.field(
        description="信用记录 (creditRecords)：按发生日期由近到远排序 (R1)；所有登录用户和任何 "
        "API 令牌可读（外部看板）。"
    )
    async def credit_records(
        self,
        info: Info,
        filter: Annotated[
            CreditRecordFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[CreditRecord]:
        f = filter or CreditRecordFilter()
        queryset = credit.credit_records(
            info.context.actor,
            credit.CreditRecordFilter(
                licensee_number=f.licensee_number,
                source=rules.CreditSource(f.source.value) if f.source else None,
                severity=rules.CreditSeverity(f.severity.value) if f.severity else None,
                department_id=_department(f.department_id, "departmentId"),
                occurred_from=f.from_,
                occurred_to=f.to,
            ),
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=CreditRecord.from_model,
            order=("-occurred_on",),
        )

    @strawberry.field(
        description="黑名单 (blacklistEntries)：按开始日期由近到远排序 (R2)；所有登录用户和任何 "
        "API 令牌可读（外部看板）。"
    )
    async def blacklist_entries(
        self,
        info: Info,
        filter: Annotated[
            BlacklistFilter | None, strawberry.argument(description="筛选条件 (filter)。")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[BlacklistEntry]:
        f = filter or BlacklistFilter()
        today = local_date(utc_now())
        queryset = credit.blacklist_entries(
            info.context.actor,
            credit.BlacklistFilter(
                active=f.active,
                status=None if f.status is None else rules.BlacklistStatus(f.status.value),
                licensee_number=f.licensee_number,
                department_id=_department(f.department_id, "departmentId"),
                in_force_from=f.from_,
                in_force_to=f.to,
            ),
            today,
        )
        return await paginate(
            queryset,
            first=first,
            after=after,
            node=lambda row: BlacklistEntry.from_model(row, today),
            order=("-starts_on",),
        )

    @strawberry.field(
        description="信用风险等级 (creditGrade)：按统一社会信用代码或身份证号查询今日等级和理由 "
        "(R3)；相对人不存在时为 null。"
    )
    async def credit_grade(
        self,
        info: Info,
        number: Annotated[
            str, strawberry.argument(description="统一社会信用代码或身份证号 (number)。")
        ],
    ) -> LicenseeCreditGrade | None:
        today = local_date(utc_now())
        try:
            licensee, result = await credit.credit_grade(info.context.actor, number, today)
        except credit.LicenseeNotFound:
            return None
        return LicenseeCreditGrade(
            licensee=Licensee.from_model(licensee, info.context.actor, frozenset()),
            grade=CreditGradeResult.of(result, today),
        )
