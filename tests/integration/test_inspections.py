"""Random inspection (R4) on a database: the pool, plans, the draw with its recorded seed
and snapshot, one task per target fed back like any other, the draw's check, publication
(一公开) and who may do what; errors change nothing; audit (A1)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.credit import services as credit
from domain.credit.rules import BlacklistData, CreditGrade
from domain.errors import InvalidInput, NotFound, PermissionDenied
from domain.inspections import reads
from domain.inspections import services as inspections
from domain.inspections.models import InspectionPlan, InspectionTarget
from domain.inspections.rules import PlanStatus
from domain.linkage.models import SupervisionTask
from domain.linkage.rules import ResultKind, TaskOrigin, TaskStatus
from domain.linkage.services import feedback
from tests.inspection_factories import county_with_licensees, make_plan, set_pool
from tests.linkage_factories import company_number
from tests.results_factories import result

pytestmark = pytest.mark.usefixtures("db", "clock")

A, B, C, D = CreditGrade.A, CreditGrade.B, CreditGrade.C, CreditGrade.D
ALL = {A: 100, B: 100, C: 100, D: 100}


@pytest.fixture(autouse=True)
async def calendar() -> None:
    await calendar_services.seed_from_package()


async def test_r4_pool_is_set_by_the_department_admin_from_its_supervisors() -> None:
    county, _, _ = await county_with_licensees(1)
    await set_pool(county)
    pool = await inspections.inspectors(county.actor("scj.sup"), county.scj.id)
    assert [u.username for u in pool] == ["scj.sup", "scj.admin"]
    event = await AuditEvent.filter(action="inspector_pool.set").order_by("-seq").first()
    assert event is not None and len(event.after["inspector_user_ids"]) == 2
    with pytest.raises(PermissionDenied):
        await inspections.set_inspectors(county.actor("scj.sup"), county.scj.id, [])
    with pytest.raises(InvalidInput) as caught:  # another department's supervisor
        await inspections.set_inspectors(
            county.actor("scj.admin"), county.scj.id, [county.users["zjj.sup"].id]
        )
    assert caught.value.field == "userIds"
    await set_pool(county, "scj.sup")
    pool = await inspections.inspectors(county.actor("scj.admin"), county.scj.id)
    assert [u.username for u in pool] == ["scj.sup"]


async def test_r4_draw_records_seed_and_snapshot_and_opens_one_task_per_target() -> None:
    county, _, item_id = await county_with_licensees(5)
    await set_pool(county)
    plan = await make_plan(county, item_id, rates=ALL)
    drawn = await inspections.draw_plan(county.actor("scj.sup"), plan.id)
    assert drawn.status == PlanStatus.DRAWN and len(drawn.seed) == 32
    assert len(drawn.candidates) == 5 and all(g == "A" for _, g in drawn.candidates)
    assert sorted(drawn.pool) == sorted([county.users["scj.sup"].id, county.users["scj.admin"].id])
    targets = await InspectionTarget.filter(plan_id=plan.id).order_by("position")
    assert len(targets) == 5
    for target in targets:
        assert len(set(target.inspector_ids)) == 2
        task = await SupervisionTask.get(id=target.task_id)
        assert task.origin == TaskOrigin.RANDOM_INSPECTION
        assert (task.subject_id, task.licensee_id) == (target.id, target.licensee_id)
        assert task.department_id == county.scj.id and task.status == TaskStatus.IN_PROGRESS
        assert task.title == plan.name and task.deadline_id is not None
    assert (
        await AuditEvent.filter(action="inspection_plan.draw", target_id=str(plan.id)).count() == 1
    )
    assert await AuditEvent.filter(action="task.create").count() == 5
    assert await inspections.verify_draw(county.actor("coordinator"), plan.id)


async def test_r4_the_same_seed_draws_the_same_targets_and_inspectors() -> None:
    county, _, item_id = await county_with_licensees(12)
    await set_pool(county)
    rates = {A: 30}
    first = await make_plan(county, item_id, name="第一次", rates=rates)
    second = await make_plan(county, item_id, name="第二次", rates=rates)
    for plan in (first, second):
        await inspections.draw_plan(county.actor("scj.admin"), plan.id, seed="baokang-2026")

    async def picked(plan: InspectionPlan) -> list[tuple[int, list[int]]]:
        rows = await InspectionTarget.filter(plan_id=plan.id).order_by("position")
        return [(t.licensee_id, t.inspector_ids) for t in rows]

    assert len(await picked(first)) == 4  # ceil(12 × 30 %)
    assert await picked(first) == await picked(second)


async def test_r4_rates_follow_the_grade_on_the_day_of_the_draw() -> None:
    county, _, item_id = await county_with_licensees(4)
    await credit.add_to_blacklist(
        county.actor("coordinator"),
        BlacklistData(
            licensee_number=company_number(3),
            reason="严重违法失信",
            legal_basis="《食品安全法》",
            starts_on=date(2026, 6, 1),
        ),
    )
    await set_pool(county)
    plan = await make_plan(county, item_id, rates={A: 0, D: 100})
    await inspections.draw_plan(county.actor("scj.admin"), plan.id)
    targets = await InspectionTarget.filter(plan_id=plan.id)
    assert [(t.grade, t.licensee_id) for t in targets] == [
        (D, (await InspectionPlan.get(id=plan.id)).candidates[2][0])
    ]


async def test_r4_a_failed_draw_changes_nothing_and_a_plan_is_drawn_once() -> None:
    county, _, item_id = await county_with_licensees(3)
    await set_pool(county, "scj.sup")  # one inspector, two needed per target
    plan = await make_plan(county, item_id, rates=ALL)
    with pytest.raises(InvalidInput) as caught:
        await inspections.draw_plan(county.actor("scj.admin"), plan.id)
    assert caught.value.field == "inspectors"
    assert (await InspectionPlan.get(id=plan.id)).status == PlanStatus.DRAFT
    assert await InspectionTarget.all().count() == 0 and await SupervisionTask.all().count() == 0
    await set_pool(county)
    await inspections.draw_plan(county.actor("scj.admin"), plan.id)
    with pytest.raises(inspections.PlanStateInvalid):
        await inspections.draw_plan(county.actor("scj.admin"), plan.id)
    assert await SupervisionTask.all().count() == 3


async def test_r4_verify_detects_a_draw_changed_after_the_fact() -> None:
    county, _, item_id = await county_with_licensees(4)
    await set_pool(county)
    plan = await make_plan(county, item_id, rates=ALL)
    await inspections.draw_plan(county.actor("scj.admin"), plan.id, seed="s-1")
    assert await inspections.verify_draw(county.actor("auditor"), plan.id)
    target = await InspectionTarget.filter(plan_id=plan.id).first()
    assert target is not None
    target.inspector_ids = list(reversed(target.inspector_ids))
    await target.save()
    assert not await inspections.verify_draw(county.actor("auditor"), plan.id)


async def test_r4_results_are_published_finished_or_pending() -> None:
    county, _, item_id = await county_with_licensees(3)
    await set_pool(county)
    plan = await make_plan(county, item_id, rates=ALL)
    with pytest.raises(inspections.PlanStateInvalid):
        await inspections.publish_results(county.actor("scj.admin"), plan.id)
    await inspections.draw_plan(county.actor("scj.admin"), plan.id)
    targets = await InspectionTarget.filter(plan_id=plan.id).order_by("position")
    acted = datetime.combine(date(2026, 6, 1), time(10, 0), SHANGHAI)
    await feedback.feed_back_task(
        county.actor("scj.sup"), targets[0].task_id or 0, result(ResultKind.COMPLIANT, acted)
    )
    await inspections.publish_results(county.actor("scj.admin"), plan.id)
    published = await InspectionTarget.filter(plan_id=plan.id).order_by("position")
    assert [t.published_result for t in published] == [ResultKind.COMPLIANT, None, None]
    assert [p.id for p in await reads.published_plans()] == [plan.id]
    await feedback.feed_back_task(
        county.actor("scj.sup"),
        targets[1].task_id or 0,
        result(ResultKind.PENALTY, acted, penalty_document_number="保市监罚〔2026〕1号"),
    )
    await inspections.publish_results(county.actor("scj.sup"), plan.id)
    published = await InspectionTarget.filter(plan_id=plan.id).order_by("position")
    assert [t.published_result for t in published] == [
        ResultKind.COMPLIANT,
        ResultKind.PENALTY,
        None,
    ]
    assert await AuditEvent.filter(action="inspection_plan.publish").count() == 2


async def test_r4_who_may_plan_draw_and_read() -> None:
    county, _, item_id = await county_with_licensees(2)
    for username in ("zjj.sup", "spj.officer", "auditor", "coordinator"):
        with pytest.raises(PermissionDenied):
            await make_plan(county, item_id, by=username)
    with pytest.raises(NotFound):
        await make_plan(county, 999_999)
    plan = await make_plan(county, item_id, by="scj.sup")
    assert plan.department_id == county.scj.id
    with pytest.raises(PermissionDenied):
        await inspections.draw_plan(county.actor("zjj.sup"), plan.id)
    visible = {
        name: [p.id for p in await reads.plans(county.actor(name), reads.PlanFilter())]
        for name in ("scj.sup", "zjj.sup", "coordinator", "auditor")
    }
    assert visible == {
        "scj.sup": [plan.id],
        "zjj.sup": [],
        "coordinator": [plan.id],
        "auditor": [plan.id],
    }
    assert reads.can_act(county.actor("scj.sup"), county.scj.id)
    assert not reads.can_act(county.actor("coordinator"), county.scj.id)
