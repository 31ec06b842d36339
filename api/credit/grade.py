"""The credit grade (R3) as a GraphQL type, batched per request: a page of licensees
asks for its grades in two queries (``domain.credit.services.grades_of``).

Kept apart from api/credit/types.py so api/linkage/types.py (``Licensee.creditGrade``)
imports it without a cycle.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum

import strawberry

from api.context import Info
from domain.calendar.rules import local_date
from domain.clock import utc_now
from domain.credit import rules
from domain.credit.services import grades_of


@strawberry.enum(
    name="CreditGrade",
    description="信用风险等级 (credit grade)：A 低风险 … D 高风险，由信用记录和黑名单状态得出 "
    "(R3，规则见 docs/credit.md)。",
)
class CreditGradeEnum(Enum):
    A = strawberry.enum_value("A", description="A 级 (low risk)：低风险，无计入等级的失信记录。")
    B = strawberry.enum_value(
        "B", description="B 级 (lower risk)：较低风险，近 1 年有一般失信记录。"
    )
    C = strawberry.enum_value(
        "C",
        description="C 级 (higher risk)：较高风险，近 3 年有 1 条严重失信记录或 3 条以上一般"
        "失信记录。",
    )
    D = strawberry.enum_value(
        "D",
        description="D 级 (high risk)：高风险，在黑名单中或近 3 年有 2 条以上严重失信记录。",
    )


@strawberry.type(
    description="信用风险等级评定 (CreditGradeResult)：某日的等级、理由和黑名单状态 (R3)。"
)
class CreditGradeResult:
    grade: CreditGradeEnum = strawberry.field(description="等级 (grade)：A–D。")
    reasons: list[str] = strawberry.field(description="理由 (reasons)：得出该等级的依据，中文。")
    blacklisted: bool = strawberry.field(description="是否在黑名单中 (blacklisted)：当日有效。")
    as_of: date = strawberry.field(description="评定日期 (as of)：北京时间的日期。")

    @classmethod
    def of(cls, result: rules.GradeResult, on: date) -> CreditGradeResult:
        return cls(
            grade=CreditGradeEnum(result.grade.value),
            reasons=list(result.reasons),
            blacklisted=result.blacklisted,
            as_of=on,
        )


async def load_grade(info: Info, licensee_id: int) -> CreditGradeResult:
    """The licensee's grade today, batched with the other licensees of the request."""
    today = local_date(utc_now())

    async def load(ids: Sequence[int]) -> list[CreditGradeResult]:
        return [CreditGradeResult.of(r, today) for r in await grades_of(ids, today)]

    return await info.context.loader(f"credit_grade:{today.isoformat()}", load).load(licensee_id)
