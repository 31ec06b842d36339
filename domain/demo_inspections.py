"""Demo data of random inspections (双随机, R4): the 卫生健康局's inspector pool and one
plan of its public-places item, drawn with a recorded seed a few days ago, its tasks
open — through the real services inside the linkage loop's history
(``domain/demo_linkage.py``), after the pushes that make the item's licensees. Not the
市场监管局's: its task queue is counted by the browser tests."""

from __future__ import annotations

from domain.accounts.actor import Actor
from domain.accounts.models import User
from domain.catalogue.models import SupervisionItem
from domain.credit.rules import CreditGrade
from domain.demo_linkage import Plan
from domain.inspections import rules, services

ITEM = "BKJG-WJJ-01"
SEED = "baokang-demo-2026"
DAYS_AGO = 3


def plan_demo_inspections(plan: Plan, users: dict[str, Actor], ids: dict[str, int]) -> None:
    """Add the inspection plan's story to the demo's plan (``PlanHook``)."""
    admin = users["wjj.admin"]

    async def draw() -> None:
        pool = await User.filter(username__in=["wjj.admin", "wjj.supervisor"]).values_list(
            "id", flat=True
        )
        await services.set_inspectors(admin, ids["WJJ"], list(pool))
        item = await SupervisionItem.get(code=ITEM)
        row = await services.create_plan(
            admin,
            item.id,
            rules.PlanData(
                name="2026年度公共场所卫生“双随机、一公开”抽查",
                rates={CreditGrade.A: 50, CreditGrade.B: 100, CreditGrade.C: 100},
                working_days=20,
            ),
        )
        await services.draw_plan(admin, row.id, seed=SEED)

    plan.at(plan.moment(DAYS_AGO, 10), draw)
