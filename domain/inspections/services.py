"""Random inspection use cases (R4): the pool, plans, the draw, its check, publication.

- ``set_inspectors``: a department admin names their department's pool (检查人员名录):
  its supervisors and department admins, active.
- ``create_plan``: a department admin or supervisor of the supervision item's department.
- ``draw_plan``: the same people; records the seed (``secrets`` unless given), the
  candidates with their grades (R3, on the day of the draw) and the pool, draws
  (``rules.draw``) and opens one supervision task per target (``open_task``, origin
  RANDOM_INSPECTION), all in one transaction, audited.
- ``verify_draw``: draws again from the recorded seed and snapshot and compares.
- ``publish_results``: 一公开 — each target's task result if its task is finished,
  else pending; may be repeated to publish results that came in later.

Reads: a department's plans for READ_RECORDS of that department (coordinator and
auditor: all); the published ones for everyone, no login (``domain.inspections.reads``).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import date

from tortoise.expressions import Q

from domain.accounts.actor import SYSTEM, Actor, Role
from domain.accounts.models import User
from domain.accounts.policy import Operation, require
from domain.audit.services import record
from domain.calendar.rules import local_date
from domain.catalogue.models import SupervisionItem
from domain.clock import utc_now
from domain.credit.rules import CreditGrade
from domain.credit.services import grades_of
from domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from domain.inspections import rules
from domain.inspections.models import InspectionPlan, InspectionTarget, Inspector
from domain.linkage.models import Push, SupervisionTask
from domain.linkage.rules import LicenseStatus, TaskOrigin, TaskStatus
from domain.linkage.services.tasks import open_task
from domain.transaction import transaction

ACTING_ROLES = frozenset({Role.DEPARTMENT_ADMIN, Role.SUPERVISOR})
INSPECTOR_ROLES = frozenset({Role.DEPARTMENT_ADMIN, Role.SUPERVISOR})


class PlanStateInvalid(Conflict):
    """The plan was drawn already, or is not drawn yet (R4)."""


def _require_acting(actor: Actor, department_id: int, roles: frozenset[Role]) -> None:
    """ACT_ON_RECORDS of the department, by one of ``roles`` (SYSTEM: always)."""
    require(actor, Operation.ACT_ON_RECORDS, department_id)
    if actor is not SYSTEM and not (actor.roles & roles):
        raise PermissionDenied("只有本部门的部门管理员或监管人员可以办理双随机抽查。")


# ---- the pool -------------------------------------------------------------------------


async def inspectors(actor: Actor, department_id: int) -> list[User]:
    """The department's pool, by user id (READ_RECORDS of the department)."""
    require(actor, Operation.READ_RECORDS, department_id)
    rows = await Inspector.filter(department_id=department_id).order_by("user_id")
    users = {u.id: u for u in await User.filter(id__in=[r.user_id for r in rows])}
    return [users[r.user_id] for r in rows if r.user_id in users]


async def set_inspectors(actor: Actor, department_id: int, user_ids: Sequence[int]) -> list[User]:
    """R4: the department's pool becomes ``user_ids`` (a department admin of it)."""
    _require_acting(actor, department_id, frozenset({Role.DEPARTMENT_ADMIN}))
    wanted = sorted(set(user_ids))
    users = await User.filter(id__in=wanted)
    if len(users) != len(wanted):
        raise NotFound("检查人员不存在。", field="userIds")
    for user in users:
        if user.department_id != department_id or not user.is_active:
            raise InvalidInput(
                f"{user.display_name} 不是本部门在职人员，不能列入检查人员名录。", field="userIds"
            )
        if not (user.role_set & INSPECTOR_ROLES):
            raise InvalidInput(
                f"{user.display_name} 不是监管人员或部门管理员，不能列入检查人员名录。",
                field="userIds",
            )
    now = utc_now()
    async with transaction():
        current = await Inspector.select_for_update().filter(department_id=department_id)
        before = sorted(r.user_id for r in current)
        gone = [r.id for r in current if r.user_id not in wanted]
        if gone:
            await Inspector.filter(id__in=gone).delete()
        for user_id in sorted(set(wanted) - set(before)):
            await Inspector.create(
                department_id=department_id,
                user_id=user_id,
                added_at=now,
                added_by_id=actor.user_id,
            )
        await record(
            actor,
            "inspector_pool.set",
            target_type="Department",
            target_id=department_id,
            before={"inspector_user_ids": before},
            after={"inspector_user_ids": wanted},
            department_id=department_id,
        )
    return await inspectors(SYSTEM, department_id)


# ---- plans ----------------------------------------------------------------------------


async def create_plan(
    actor: Actor, supervision_item_id: int, data: rules.PlanData
) -> InspectionPlan:
    """R4: a draft plan of a supervision item, for the item's department."""
    item = await SupervisionItem.get_or_none(id=supervision_item_id)
    if item is None:
        raise NotFound("监管事项不存在。", field="supervisionItemId")
    _require_acting(actor, item.department_id, ACTING_ROLES)
    clean = rules.clean_plan(data)
    now = utc_now()
    async with transaction():
        plan = await InspectionPlan.create(
            department_id=item.department_id,
            supervision_item_id=item.id,
            name=clean.name,
            rates={grade.value: rate for grade, rate in clean.rates.items()},
            inspectors_per_target=clean.inspectors_per_target,
            working_days=clean.working_days,
            status=rules.PlanStatus.DRAFT,
            created_at=now,
            created_by_id=actor.user_id,
        )
        await record(
            actor,
            "inspection_plan.create",
            target_type="InspectionPlan",
            target_id=plan.id,
            before=None,
            after=plan.snapshot(),
            department_id=plan.department_id,
        )
    return plan


async def _plan_for_update(actor: Actor, plan_id: int) -> InspectionPlan:
    plan = await InspectionPlan.get_or_none(id=plan_id)
    if plan is None:
        raise NotFound("抽查计划不存在。", field="planId")
    _require_acting(actor, plan.department_id, ACTING_ROLES)
    return await InspectionPlan.select_for_update().get(id=plan_id)


async def candidates_of(supervision_item_id: int, day: date) -> list[rules.Candidate]:
    """The licensees under the item — a push of the item whose license is valid on the
    day — with their grades (R3) on that day, by licensee id."""
    ids = sorted(
        set(
            await Push.filter(
                Q(valid_until__isnull=True) | Q(valid_until__gte=day),
                supervision_item_id=supervision_item_id,
                license_status=LicenseStatus.VALID,
                valid_from__lte=day,
            ).values_list("licensee_id", flat=True)
        )
    )
    grades = await grades_of(ids, day)
    return [rules.Candidate(i, g.grade) for i, g in zip(ids, grades, strict=True)]


def _recorded_candidates(plan: InspectionPlan) -> list[rules.Candidate]:
    return [rules.Candidate(int(i), CreditGrade(g)) for i, g in plan.candidates]


async def draw_plan(actor: Actor, plan_id: int, seed: str | None = None) -> InspectionPlan:
    """R4: draw the plan's targets and inspectors and open their tasks, in one transaction."""
    seed = rules.clean_seed(seed) or secrets.token_hex(16)
    now = utc_now()
    today = local_date(now)
    async with transaction():
        plan = await _plan_for_update(actor, plan_id)
        if plan.status != rules.PlanStatus.DRAFT:
            raise PlanStateInvalid("该抽查计划已经抽取，不能重复抽取。", field="planId")
        candidates = await candidates_of(plan.supervision_item_id, today)
        if not candidates:
            raise InvalidInput(
                "该监管事项下没有许可有效的行政相对人，无可抽取对象。", field="planId"
            )
        pool = sorted(
            await Inspector.filter(
                department_id=plan.department_id, user__is_active=True
            ).values_list("user_id", flat=True)
        )
        drawn = rules.draw(
            candidates, rules.rates_of(plan.rates), pool, plan.inspectors_per_target, seed
        )
        before = plan.snapshot()
        plan.status = rules.PlanStatus.DRAWN
        plan.seed = seed
        plan.candidates = [[c.licensee_id, c.grade.value] for c in candidates]
        plan.pool = pool
        plan.drawn_at = now
        plan.drawn_by_id = actor.user_id
        await plan.save()
        await record(
            actor,
            "inspection_plan.draw",
            target_type="InspectionPlan",
            target_id=plan.id,
            before=before,
            after=plan.snapshot(),
            department_id=plan.department_id,
        )
        for position, target in enumerate(drawn, start=1):
            row = await InspectionTarget.create(
                plan_id=plan.id,
                position=position,
                licensee_id=target.licensee_id,
                grade=target.grade,
                inspector_ids=list(target.inspector_ids),
            )
            task = await open_task(
                actor,
                origin=TaskOrigin.RANDOM_INSPECTION,
                department_id=plan.department_id,
                title=plan.name,
                started_at=now,
                working_days=plan.working_days,
                at=now,
                licensee_id=target.licensee_id,
                subject_id=row.id,
            )
            row.task_id = task.id
            await row.save(update_fields=["task_id"])
    return plan


def recorded_draw(targets: Sequence[InspectionTarget]) -> list[rules.DrawnTarget]:
    return [
        rules.DrawnTarget(t.licensee_id, CreditGrade(t.grade), tuple(t.inspector_ids))
        for t in sorted(targets, key=lambda t: t.position)
    ]


async def verify_draw(actor: Actor, plan_id: int) -> bool:
    """R4 (复核抽取): the draw again from the recorded seed and snapshot equals the record."""
    plan = await InspectionPlan.get_or_none(id=plan_id)
    if plan is None:
        raise NotFound("抽查计划不存在。", field="planId")
    require(actor, Operation.READ_RECORDS, plan.department_id)
    if plan.status == rules.PlanStatus.DRAFT:
        raise PlanStateInvalid("该抽查计划尚未抽取。", field="planId")
    targets = await InspectionTarget.filter(plan_id=plan.id)
    return rules.verify(
        recorded_draw(targets),
        _recorded_candidates(plan),
        rules.rates_of(plan.rates),
        plan.pool,
        plan.inspectors_per_target,
        plan.seed,
    )


async def publish_results(actor: Actor, plan_id: int) -> InspectionPlan:
    """R4 (一公开): publish each target's result — its task's, once the task is finished;
    pending otherwise. Again later: the results that came in since."""
    now = utc_now()
    async with transaction():
        plan = await _plan_for_update(actor, plan_id)
        if plan.status == rules.PlanStatus.DRAFT:
            raise PlanStateInvalid("该抽查计划尚未抽取，不能公开结果。", field="planId")
        targets = await InspectionTarget.filter(plan_id=plan.id).order_by("position")
        tasks = {
            t.id: t
            for t in await SupervisionTask.filter(
                id__in=[t.task_id for t in targets if t.task_id is not None]
            )
        }
        before = plan.snapshot()
        results_before = [t.snapshot()["published_result"] for t in targets]
        for target in targets:
            task = tasks.get(target.task_id or 0)
            finished = task is not None and task.status == TaskStatus.COMPLETED
            target.published_result = task.result if finished else None  # type: ignore[union-attr]
            await target.save(update_fields=["published_result"])
        plan.status = rules.PlanStatus.PUBLISHED
        plan.published_at = now
        plan.published_by_id = actor.user_id
        await plan.save(update_fields=["status", "published_at", "published_by_id"])
        await record(
            actor,
            "inspection_plan.publish",
            target_type="InspectionPlan",
            target_id=plan.id,
            before={**before, "results": results_before},
            after={
                **plan.snapshot(),
                "results": [t.snapshot()["published_result"] for t in targets],
            },
            department_id=plan.department_id,
        )
    return plan
