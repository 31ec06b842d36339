"""The demo of the newer areas (domain/demo_commitments.py, demo_reviews.py,
demo_inquiries.py, demo_inspections.py, demo_reports.py): played through the real services
inside the loop's history, each area's states present, nothing on 市场监管局's queue, and a
second load changes nothing."""

from __future__ import annotations

from collections import Counter

import pytest

from domain.accounts.models import Department
from domain.clock import FixedClock, utc_now
from domain.commitments.models import Commitment, CreditCheck
from domain.commitments.rules import CommitmentStatus
from domain.demo import load_demo_data
from domain.demo_commitments import STORIES as COMMITMENT_STORIES
from domain.inquiries.models import Inquiry
from domain.inquiries.rules import InquiryStatus
from domain.inspections.models import InspectionPlan, InspectionTarget
from domain.inspections.rules import PlanStatus
from domain.linkage.models import Push, SupervisionTask
from domain.linkage.rules import TaskOrigin, TaskStatus
from domain.reports.models import Report
from domain.reports.rules import Routing
from domain.reviews.models import JointReviewRequest, JointReviewResponse
from domain.reviews.rules import JointReviewStatus, ResponseStatus
from tests import factories  # noqa: F401  (importing it lowers the argon2 cost for the run)

MODELS = (
    CreditCheck,
    Commitment,
    JointReviewRequest,
    JointReviewResponse,
    Inquiry,
    InspectionPlan,
    InspectionTarget,
    Report,
    SupervisionTask,
)


@pytest.fixture
async def loaded(db: str, clock: FixedClock) -> FixedClock:
    assert await load_demo_data() is not None
    return clock


async def test_k1_k5_demo_checks_allowed_and_refused_and_commitments_in_each_state(
    loaded: FixedClock,
) -> None:
    allowed = Counter(await CreditCheck.all().values_list("allowed", flat=True))
    assert allowed[True] == len(COMMITMENT_STORIES) and allowed[False] >= 1
    refused = await CreditCheck.filter(allowed=False)
    assert all(check.reasons for check in refused)
    statuses = Counter(await Commitment.all().values_list("status", flat=True))
    assert statuses[CommitmentStatus.PENDING] >= 3
    assert statuses[CommitmentStatus.ISSUED] >= 2
    assert statuses[CommitmentStatus.VERIFIED] == 1 and statuses[CommitmentStatus.REVOKED] == 1
    now = utc_now()
    pending_due = await Commitment.filter(
        status=CommitmentStatus.PENDING, due_at__isnull=False
    ).values_list("due_at", flat=True)
    assert any(due < now for due in pending_due) and any(due > now for due in pending_due)
    # K4: the post-verification commitments' pushes, their tasks (one in progress).
    issued = await Commitment.filter(push_id__isnull=False)
    tasks = await SupervisionTask.filter(push_id__in=[c.push_id for c in issued])
    assert {TaskStatus(t.status) for t in tasks} >= {TaskStatus.IN_PROGRESS}
    assert any(t.status != TaskStatus.IN_PROGRESS for t in tasks)  # the verified one


async def test_j1_j2_demo_joint_reviews_sent_partly_answered_and_decided(
    loaded: FixedClock,
) -> None:
    requests = await JointReviewRequest.all().prefetch_related("responses")
    assert {JointReviewStatus(r.status) for r in requests} == set(JointReviewStatus)
    by_state = [Counter(ResponseStatus(s.status) for s in r.responses) for r in requests]
    assert any(set(c) == {ResponseStatus.PENDING} for c in by_state)  # just sent
    assert any(ResponseStatus.RESPONDED in c and ResponseStatus.CLAIMED in c for c in by_state)
    assert any(ResponseStatus.NO_RESPONSE in c for c in by_state)  # decided past due


async def test_q1_demo_inquiries_open_answered_and_deemed_consent(loaded: FixedClock) -> None:
    statuses = set(await Inquiry.all().values_list("status", flat=True))
    assert statuses == set(InquiryStatus)
    deemed = await Inquiry.get(status=InquiryStatus.DEEMED_CONSENT)
    assert deemed.deemed_consent_at is not None and deemed.deemed_consent_at <= utc_now()


async def test_r4_demo_inspection_plan_drawn_with_tasks(loaded: FixedClock) -> None:
    plan = await InspectionPlan.get()
    assert plan.status == PlanStatus.DRAWN
    targets = await InspectionTarget.filter(plan_id=plan.id)
    assert targets and all(t.task_id is not None for t in targets)
    tasks = await SupervisionTask.filter(origin=TaskOrigin.RANDOM_INSPECTION)
    assert len(tasks) == len(targets)
    assert {t.department_id for t in tasks} == {plan.department_id}


async def test_a4_demo_reports_one_matched_one_to_the_coordination_group(
    loaded: FixedClock,
) -> None:
    routings = Counter(await Report.all().values_list("routing", flat=True))
    assert routings == {Routing.SUPERVISING_DEPARTMENT: 1, Routing.NO_LICENSEE: 1}
    tasks = await SupervisionTask.filter(origin=TaskOrigin.REPORT)
    group = await Department.get(code="XTZ")
    assert len(tasks) == 2 and group.id in {t.department_id for t in tasks}


async def test_demo_new_areas_leave_the_market_supervision_queue_alone(
    loaded: FixedClock,
) -> None:
    scj = await Department.get(code="SCJ")
    assert (
        not await SupervisionTask.filter(department_id=scj.id)
        .exclude(origin=TaskOrigin.PUSH)
        .exists()
    )
    assert not await Push.filter(department_id=scj.id).exclude(commitment_content="").exists()


async def test_demo_new_areas_loading_twice_changes_nothing(loaded: FixedClock) -> None:
    before = {model.__name__: await model.all().count() for model in MODELS}
    assert all(before.values())
    assert await load_demo_data() is None
    assert {model.__name__: await model.all().count() for model in MODELS} == before
