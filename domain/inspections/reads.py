"""Reads of random inspection (R4): plans by department (READ_RECORDS: a department's
own, the coordinator and the auditor all, API tokens their department's), their targets
in batches for DataLoaders, and the published plans — public, no login (一公开)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tortoise.queryset import QuerySet

from domain.accounts.actor import SYSTEM, Actor
from domain.accounts.models import User
from domain.accounts.policy import Operation, can, department_scope
from domain.catalogue.models import SupervisionItem
from domain.inspections.models import InspectionPlan, InspectionTarget
from domain.inspections.rules import PlanStatus
from domain.inspections.services import ACTING_ROLES


@dataclass(frozen=True)
class PlanFilter:
    department_id: int | None = None
    status: PlanStatus | None = None


def plans(actor: Actor, filter: PlanFilter) -> QuerySet[InspectionPlan]:
    """The plans ``actor`` may read, matching ``filter`` (the caller orders)."""
    scope = department_scope(actor, Operation.READ_RECORDS)
    queryset = InspectionPlan.all()
    if scope is not None:
        queryset = queryset.filter(department_id__in=list(scope))
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.status is not None:
        queryset = queryset.filter(status=filter.status)
    return queryset


async def visible_plan(actor: Actor, plan_id: int) -> InspectionPlan | None:
    plan = await InspectionPlan.get_or_none(id=plan_id)
    if plan is None or not can(actor, Operation.READ_RECORDS, plan.department_id):
        return None
    return plan


def can_act(actor: Actor, department_id: int) -> bool:
    """Whether ``actor`` may create, draw and publish the department's plans."""
    if actor is SYSTEM:
        return True
    return can(actor, Operation.ACT_ON_RECORDS, department_id) and bool(actor.roles & ACTING_ROLES)


def published_plans() -> QuerySet[InspectionPlan]:
    """一公开: the plans whose results are published, for everyone (the caller orders)."""
    return InspectionPlan.filter(status=PlanStatus.PUBLISHED)


async def targets_of(plan_ids: Sequence[int]) -> list[list[InspectionTarget]]:
    rows = await InspectionTarget.filter(plan_id__in=list(set(plan_ids))).order_by("position")
    by_plan: dict[int, list[InspectionTarget]] = {i: [] for i in plan_ids}
    for row in rows:
        by_plan[row.plan_id].append(row)
    return [by_plan[i] for i in plan_ids]


async def users_by_ids(ids: Sequence[int]) -> list[User | None]:
    rows = {u.id: u for u in await User.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]


async def supervision_items_by_ids(ids: Sequence[int]) -> list[SupervisionItem | None]:
    rows = {r.id: r for r in await SupervisionItem.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]
