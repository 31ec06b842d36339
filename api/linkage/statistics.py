"""The statistics query of the linkage loop (A3): figures per department and period,
for the admin page and for external dashboards (API token, ``Authorization: Bearer``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import strawberry

from api.accounts.types import Department
from api.context import Info
from api.relay import int_pk
from domain.linkage.services import statistics


@strawberry.type(
    description="审管联动统计行 (LinkageStatisticsRow)：一个部门在统计期间的各项数字 (A3)；"
    "合计行的 department 为 null。定义见 docs/statistics.md。"
)
class LinkageStatisticsRow:
    department: Department | None = strawberry.field(
        description="部门 (department)：合计行为 null。"
    )
    pushes_received: int = strawberry.field(
        description="收到推送 (pushes received)：期间内（按推送时间）推送给本部门的审批信息。"
    )
    claimed_on_time: int = strawberry.field(
        description="按期认领 (claimed on time)：上述推送中在 3 个工作日内认领的 (P2)。"
    )
    claimed_late: int = strawberry.field(
        description="逾期认领 (claimed late)：上述推送中超过认领期限才认领的 (T4)。"
    )
    unclaimed_overdue: int = strawberry.field(
        description="逾期未认领 (unclaimed overdue)：当前待认领且已过认领期限的推送（按当前时间，"
        "不限期间）。"
    )
    tasks_fed_back_on_time: int = strawberry.field(
        description="按期反馈任务 (tasks fed back on time)：期间内（按首次反馈时间）首次反馈结果、"
        "在推送后 30 个工作日内的监管任务 (S1)。"
    )
    tasks_fed_back_late: int = strawberry.field(
        description="逾期反馈任务 (tasks fed back late)：期间内首次反馈结果、超过 30 个工作日的"
        "监管任务 (S1, T4)。"
    )
    tasks_open_overdue: int = strawberry.field(
        description="逾期未办结任务 (tasks open overdue)：当前办理中或整改中且已过期限的监管任务"
        "（按当前时间，不限期间）。"
    )
    same_day_feedback_late: int = strawberry.field(
        description="未当日反馈 (same-day feedback late)：期间内反馈、但晚于监管行为当日 24:00 的"
        "监管结果 (S2, T3)。"
    )
    reverse_pushes_on_time: int = strawberry.field(
        description="按期监管信息推送 (reverse pushes on time)：期间内本部门在作出决定后"
        " 3 个工作日内推送的监管信息 (P5)。"
    )
    reverse_pushes_late: int = strawberry.field(
        description="逾期监管信息推送 (reverse pushes late)：期间内本部门超过 3 个工作日才推送的"
        "监管信息 (P5, T4)。"
    )
    reverse_claims_late: int = strawberry.field(
        description="逾期认领监管信息 (reverse claims late)：期间内推送给本部门（审批部门）、"
        "超过 3 个工作日才认领的监管信息 (P5, T4)。"
    )
    open_disputes: int = strawberry.field(
        description="未解决职责争议 (open disputes)：本部门退回、协调小组尚未重新分派的推送"
        "（按当前时间，不限期间，P3）。"
    )
    inquiries_deemed_consent: int = strawberry.field(
        description="函询视为同意 (inquiries deemed consent)：期间内（按视为同意的时间）发给"
        "本部门、逾期未答复而视为同意的业务函询，责任由本部门承担 (Q1, A3 不作为)。"
    )
    joint_reviews_on_time: int = strawberry.field(
        description="按期答复会审 (joint reviews on time)：答复期限在期间内、本部门在书面通知后"
        "3 个工作日内答复的商请函 (J2)。"
    )
    joint_reviews_late: int = strawberry.field(
        description="逾期答复会审 (joint reviews late)：答复期限在期间内、本部门逾期答复或"
        "未答复（审批部门已决定）的商请函 (J2, T4)。"
    )

    @classmethod
    def from_figures(
        cls, figures: statistics.Figures, department: Department | None
    ) -> LinkageStatisticsRow:
        return cls(
            department=department,
            pushes_received=figures.pushes_received,
            claimed_on_time=figures.claimed_on_time,
            claimed_late=figures.claimed_late,
            unclaimed_overdue=figures.unclaimed_overdue,
            tasks_fed_back_on_time=figures.tasks_fed_back_on_time,
            tasks_fed_back_late=figures.tasks_fed_back_late,
            tasks_open_overdue=figures.tasks_open_overdue,
            same_day_feedback_late=figures.same_day_feedback_late,
            reverse_pushes_on_time=figures.reverse_pushes_on_time,
            reverse_pushes_late=figures.reverse_pushes_late,
            reverse_claims_late=figures.reverse_claims_late,
            open_disputes=figures.open_disputes,
            inquiries_deemed_consent=figures.inquiries_deemed_consent,
            joint_reviews_on_time=figures.joint_reviews_on_time,
            joint_reviews_late=figures.joint_reviews_late,
        )


@strawberry.type(
    description="审管联动统计 (LinkageStatistics)：按部门和期间统计认领、反馈、监管信息推送的"
    "按期与逾期情况、未解决的职责争议和视为同意的业务函询 (A3，不作为、慢作为追踪)。"
)
class LinkageStatistics:
    from_: date = strawberry.field(
        name="from", description="期间开始日期 (from)：北京时间，含当日。"
    )
    to: date = strawberry.field(description="期间结束日期 (to)：北京时间，含当日。")
    at: datetime = strawberry.field(
        description="统计时间 (at)：“当前”类数字（逾期未认领、逾期未办结、未解决争议）的时点。"
    )
    rows: list[LinkageStatisticsRow] = strawberry.field(
        description="各部门的统计行 (rows)：按可见范围，部门只看到本部门的一行。"
    )
    total: LinkageStatisticsRow = strawberry.field(description="合计 (total)：rows 各行之和。")


@strawberry.type
class Query:
    @strawberry.field(
        description="审管联动统计 (linkageStatistics)：各部门在期间内的按期/逾期认领、按期/逾期"
        "反馈、监管信息推送逾期和未解决争议 (A3)。期间不得超过 3 年。部门人员和部门 API 令牌"
        "只看本部门，协调小组、审计人员和不限部门的 API 令牌看全部审批和监管部门。"
    )
    async def linkage_statistics(
        self,
        info: Info,
        from_: Annotated[
            date,
            strawberry.argument(name="from", description="开始日期 (from)：北京时间，含当日。"),
        ],
        to: Annotated[date, strawberry.argument(description="结束日期 (to)：北京时间，含当日。")],
        department_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="部门 (departmentId)：只统计该部门；不填为可见的全部部门。"
            ),
        ] = None,
    ) -> LinkageStatistics:
        department = (
            None if department_id is None else int_pk(department_id, "Department", "departmentId")
        )
        result = await statistics.linkage_statistics(
            info.context.actor, from_, to, department_id=department
        )
        return LinkageStatistics(
            from_=result.period.first,
            to=result.period.last,
            at=result.at,
            rows=[
                LinkageStatisticsRow.from_figures(
                    row.figures, Department.from_model(row.department)
                )
                for row in result.rows
            ],
            total=LinkageStatisticsRow.from_figures(result.total, None),
        )
