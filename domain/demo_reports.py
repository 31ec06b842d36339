"""Demo data of reports from the public (群众举报, A4): one naming a demo licensee by its
USCC, matched and routed to the department supervising it, and one naming a shop the
system does not know, received by the coordination group — submitted through the real
service inside the linkage loop's history (``domain/demo_linkage.py``)."""

from __future__ import annotations

import hashlib

from domain.accounts.actor import Actor
from domain.demo_linkage import Plan, licensee
from domain.reports import rules, services

MATCHED = 5  # 保康县安居燃气有限公司: supervised by 住建局 (BKSP-014)


def _address(n: int) -> str:
    return hashlib.sha256(f"baokang-demo-{n}".encode()).hexdigest()


def plan_demo_reports(plan: Plan, users: dict[str, Actor], ids: dict[str, int]) -> None:
    """Add the reports to the demo's plan (``PlanHook``)."""
    reports = (
        (
            4,
            rules.ReportData(
                licensee_number=licensee(MATCHED).number,
                content="该公司城关镇瓶装液化气供应站夜间违规充装，钢瓶堆放在居民楼道内，存在安全隐患。",
                contact="13907100001",
            ),
        ),
        (
            2,
            rules.ReportData(
                licensee_name="保康县歇马镇老街无名小吃店",
                content="该店无证经营，后厨卫生条件差，食材来源不明，请有关部门查处。",
            ),
        ),
    )
    for n, (days_ago, data) in enumerate(reports, start=1):

        async def submit(data: rules.ReportData = data, n: int = n) -> None:
            await services.submit_report(data, address_hash=_address(n), limit=rules.RateLimit())

        plan.at(plan.moment(days_ago, 20), submit)
