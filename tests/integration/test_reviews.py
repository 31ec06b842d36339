"""Joint reviews (J1, J2): the request with its notice to two departments, each with a
3-working-day deadline; claim, response with the written opinion, late marked (T4);
the decision pushed to the departments; key supervision flagged; reminders (M1);
audit (A1); typed errors that change nothing; who sees what."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from domain.accounts.actor import ANONYMOUS, Role
from domain.attachments.models import Attachment
from domain.attachments.services import can_read
from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock, utc_now
from domain.deadlines.models import Deadline
from domain.errors import InvalidInput, NotAuthenticated, NotFound, PermissionDenied
from domain.linkage.models import LinkageEvent
from domain.linkage.services.statistics import linkage_statistics
from domain.reminders.models import Delivery, Reminder, ReminderStage
from domain.reminders.services import sweep_reminders
from domain.reviews import reads, rules, services
from domain.reviews.errors import JointReviewStateInvalid
from domain.reviews.models import JointReviewRequest, JointReviewResponse
from domain.reviews.rules import JointReviewStatus, Outcome, Recommendation, ResponseStatus
from tests.factories import make_department, make_user
from tests.results_factories import evidence
from tests.reviews_factories import answer, make_review_county, review_data, send_joint_review

pytestmark = pytest.mark.usefixtures("db", "clock")

DUE = datetime(2026, 6, 4, 23, 59, 59, tzinfo=SHANGHAI)  # notice Mon 1 June + 3 working days


async def _snapshot() -> tuple[object, ...]:
    return (
        await JointReviewRequest.all().order_by("id").values_list("status", "outcome"),
        await JointReviewResponse.all()
        .order_by("id")
        .values_list("status", "late_working_days", "recommendation"),
        await AuditEvent.all().count(),
        await LinkageEvent.all().count(),
        await Deadline.all().count(),
        await Attachment.all().order_by("id").values_list("owner_type", "owner_id"),
    )


async def _responses(request_id: int) -> list[JointReviewResponse]:
    return list(await JointReviewResponse.filter(request_id=request_id).order_by("id"))


async def test_j1_request_to_two_departments_with_notice_and_3_working_day_deadlines() -> None:
    county, items = await make_review_county()
    request = await send_joint_review(county, items.plain)
    assert (request.status, request.kind, request.approval_department_id, request.is_key) == (
        JointReviewStatus.OPEN,
        rules.JointReviewKind.SITE_SURVEY,
        county.spj.id,
        False,
    )
    assert (request.staff, request.notice_date) == (["王审批"], date(2026, 6, 1))
    notice = await Attachment.filter(owner_type="JointReviewRequest", owner_id=request.id)
    assert len(notice) == 1
    responses = await _responses(request.id)
    assert [(r.department_id, r.status) for r in responses] == [
        (county.scj.id, ResponseStatus.PENDING),
        (county.zjj.id, ResponseStatus.PENDING),
    ]
    for response in responses:
        deadline = await Deadline.get(id=response.deadline_id)
        assert (deadline.kind, deadline.subject_type, deadline.subject_id) == (
            "joint_review.response",
            "JointReviewResponse",
            response.id,
        )
        assert deadline.due_at == response.due_at == DUE
        assert deadline.department_id == response.department_id
    events = await LinkageEvent.all().order_by("id")
    assert [(e.kind, e.department_id, e.subject_type, e.subject_id) for e in events] == [
        ("JOINT_REVIEW_RECEIVED", county.scj.id, "JointReviewRequest", request.id),
        ("JOINT_REVIEW_RECEIVED", county.zjj.id, "JointReviewRequest", request.id),
    ]
    actions = await AuditEvent.filter(action__startswith="joint_review.").values_list(
        "action", flat=True
    )
    assert sorted(actions) == ["joint_review.address"] * 2 + ["joint_review.create"]


async def test_j1_request_about_a_key_supervision_item_is_flagged() -> None:
    county, items = await make_review_county()
    request = await send_joint_review(county, items.key)
    assert request.is_key is True
    assert await reads.is_key_item(items.plain) is False


async def test_j1_every_kind_can_be_sent() -> None:
    county, items = await make_review_county()
    for serial, kind in enumerate(rules.JointReviewKind, start=1):
        request = await send_joint_review(county, items.plain, kind=kind, serial=serial)
        assert request.kind == kind
    assert await JointReviewRequest.all().count() == len(rules.JointReviewKind) == 6


async def test_j1_bad_requests_are_refused_and_change_nothing(clock: FixedClock) -> None:
    county, items = await make_review_county()
    officer = county.actor("spj.officer")
    notice = await evidence(county, "spj.officer")
    before = await _snapshot()
    cases: list[tuple[rules.JointReviewData, str]] = [
        (review_data(county, items.plain, ()), "attachmentIds"),
        (review_data(county, items.plain, notice, departments=(county.spj.id,)), "departmentIds"),
        (review_data(county, items.plain, notice, departments=(county.xtz.id,)), "departmentIds"),
        (review_data(county, items.plain, notice, departments=(99999,)), "departmentIds"),
        (review_data(county, items.plain, notice, notice_date=date(2026, 6, 2)), "noticeDate"),
        (review_data(county, 99999, notice), "approvalItemId"),
    ]
    wrong_digit = review_data(county, items.plain, notice)
    cases.append(
        (
            rules.JointReviewData(
                **{**wrong_digit.__dict__, "licensee_number": "91420626MA0000001X"}
            ),
            "licenseeNumber",
        )
    )
    for data, field in cases:
        with pytest.raises(InvalidInput) as caught:
            await services.create_joint_review_request(officer, data)
        assert caught.value.field == field, data
    good = review_data(county, items.plain, notice)
    with pytest.raises(PermissionDenied):  # a supervisor does not send 商请函
        await services.create_joint_review_request(county.actor("scj.sup"), good)
    with pytest.raises(PermissionDenied):
        await services.create_joint_review_request(county.actor("auditor"), good)
    assert await _snapshot() == before


async def test_j2_two_departments_respond_and_the_decision_goes_to_them() -> None:
    county, items = await make_review_county()
    request = await send_joint_review(county, items.plain)
    claimed = await services.claim_joint_review(county.actor("scj.sup"), request.id)
    assert (claimed.status, claimed.claimed_by_id) == (
        ResponseStatus.CLAIMED,
        county.users["scj.sup"].id,
    )
    opinion = await evidence(county, "scj.sup")
    scj = await services.respond_to_joint_review(
        county.actor("scj.sup"),
        request.id,
        rules.ResponseData(
            opinion="同意，需补充冷链设施说明。",
            recommendation=Recommendation.AGREE_WITH_CONDITIONS,
            attachment_ids=opinion,
            staff=("李监管",),
        ),
    )
    assert (scj.status, scj.late_working_days, scj.staff) == (
        ResponseStatus.RESPONDED,
        0,
        ["李监管"],
    )
    assert (await Deadline.get(id=scj.deadline_id)).closed_late_by_working_days == 0
    owners = await Attachment.filter(id__in=opinion).values_list("owner_type", "owner_id")
    assert owners == [("JointReviewResponse", scj.id)]
    await answer(county, request.id, "zjj.sup", Recommendation.AGREE)

    decided = await services.decide_joint_review(
        county.actor("spj.officer"), request.id, Outcome.APPROVED, "综合会审意见，准予许可。"
    )
    assert (decided.status, decided.outcome, decided.decided_by_id) == (
        JointReviewStatus.DECIDED,
        Outcome.APPROVED,
        county.users["spj.officer"].id,
    )
    events = await LinkageEvent.filter(kind="JOINT_REVIEW_DECIDED").order_by("id")
    assert [(e.department_id, e.subject_id) for e in events] == [
        (county.scj.id, request.id),
        (county.zjj.id, request.id),
    ]
    with pytest.raises(JointReviewStateInvalid):  # decided once
        await services.decide_joint_review(
            county.actor("spj.officer"), request.id, Outcome.REJECTED, "再次决定"
        )
    actions = await AuditEvent.filter(target_type="JointReviewResponse").values_list(
        "action", flat=True
    )
    assert sorted(set(actions)) == [
        "joint_review.address",
        "joint_review.claim",
        "joint_review.respond",
    ]


async def test_j2_a3_late_response_is_accepted_marked_and_counted(clock: FixedClock) -> None:
    await calendar_services.seed_from_package()
    county, items = await make_review_county()
    request = await send_joint_review(county, items.plain)
    await answer(county, request.id, "zjj.sup")  # on time
    await services.claim_joint_review(county.actor("scj.sup"), request.id)
    clock.set(datetime(2026, 6, 8, 10, 0, tzinfo=SHANGHAI))  # Mon: Fri 5 June and today late
    opinion = await evidence(county, "scj.sup")
    late = await services.respond_to_joint_review(
        county.actor("scj.sup"),
        request.id,
        rules.ResponseData("不同意：选址不符合规划。", Recommendation.DISAGREE, opinion),
    )
    assert late.late_working_days == 2
    counts = {
        c.department_id: c
        for c in await reads.late_responses(
            county.actor("coordinator"), notice_from=None, notice_to=None, now=utc_now()
        )
    }
    assert (counts[county.scj.id].responded_late, counts[county.scj.id].late) == (1, 1)
    assert counts[county.scj.id].late_working_days == 2
    assert (counts[county.zjj.id].responded, counts[county.zjj.id].late) == (1, 0)
    # A3: the statistics count them by the responses' due time.
    figures = {
        row.department.id: row.figures
        for row in (
            await linkage_statistics(
                county.actor("coordinator"), date(2026, 6, 1), date(2026, 6, 30)
            )
        ).rows
    }
    scj, zjj = figures[county.scj.id], figures[county.zjj.id]
    assert (scj.joint_reviews_on_time, scj.joint_reviews_late) == (0, 1)
    assert (zjj.joint_reviews_on_time, zjj.joint_reviews_late) == (1, 0)


async def test_j2_decision_waits_for_responses_until_they_are_past_due(clock: FixedClock) -> None:
    county, items = await make_review_county()
    request = await send_joint_review(county, items.plain)
    await answer(county, request.id, "scj.sup")
    officer = county.actor("spj.officer")
    before = await _snapshot()
    with pytest.raises(JointReviewStateInvalid):
        await services.decide_joint_review(officer, request.id, Outcome.APPROVED, "准予")
    assert await _snapshot() == before
    # ZJJ is silent; open and past due, it is counted late already.
    clock.set(datetime(2026, 6, 5, 9, 0, tzinfo=SHANGHAI))
    counts = {
        c.department_id: c
        for c in await reads.late_responses(
            officer, notice_from=None, notice_to=None, now=utc_now()
        )
    }
    assert (counts[county.zjj.id].overdue_open, counts[county.zjj.id].late) == (1, 1)
    await services.decide_joint_review(
        officer, request.id, Outcome.APPROVED_WITH_CONDITIONS, "附条件准予"
    )
    scj, zjj = await _responses(request.id)
    assert (scj.status, zjj.status, zjj.late_working_days) == (
        ResponseStatus.RESPONDED,
        ResponseStatus.NO_RESPONSE,
        1,
    )
    assert (await Deadline.get(id=zjj.deadline_id)).closed_at is not None
    with pytest.raises(JointReviewStateInvalid):  # decided: no more answers
        await services.claim_joint_review(county.actor("zjj.sup"), request.id)


async def test_j2_respond_needs_a_claim_an_opinion_and_the_written_opinion() -> None:
    county, items = await make_review_county()
    request = await send_joint_review(county, items.plain)
    sup = county.actor("scj.sup")
    opinion = await evidence(county, "scj.sup")
    data = rules.ResponseData("同意。", Recommendation.AGREE, opinion)
    with pytest.raises(JointReviewStateInvalid):  # not claimed yet
        await services.respond_to_joint_review(sup, request.id, data)
    await services.claim_joint_review(sup, request.id)
    with pytest.raises(JointReviewStateInvalid):  # claimed once
        await services.claim_joint_review(county.actor("scj.admin"), request.id)
    before = await _snapshot()
    for bad, field in (
        (rules.ResponseData("同意。", Recommendation.AGREE, ()), "attachmentIds"),
        (rules.ResponseData("  ", Recommendation.AGREE, opinion), "opinion"),
        (rules.ResponseData("同意。", Recommendation.AGREE, (99999,)), "attachmentIds"),
    ):
        with pytest.raises(InvalidInput) as caught:
            await services.respond_to_joint_review(sup, request.id, bad)
        assert caught.value.field == field
    assert await _snapshot() == before
    await services.respond_to_joint_review(sup, request.id, data)
    with pytest.raises(JointReviewStateInvalid):  # answered once
        await services.respond_to_joint_review(
            sup, request.id, rules.ResponseData("再答复", Recommendation.AGREE, opinion)
        )
    with pytest.raises(NotFound):
        await services.claim_joint_review(sup, 99999)


async def test_j2_only_addressed_departments_answer_only_the_approval_department_decides() -> None:
    county, items = await make_review_county()
    other = await make_department("WJJ", "县卫生健康局")
    county.users["wjj.sup"] = await make_user("wjj.sup", {Role.SUPERVISOR}, other)
    request = await send_joint_review(county, items.plain)
    before = await _snapshot()
    for username in ("wjj.sup", "spj.officer", "coordinator", "auditor"):
        with pytest.raises(PermissionDenied):
            await services.claim_joint_review(county.actor(username), request.id)
    for username in ("scj.sup", "coordinator", "auditor"):
        with pytest.raises(PermissionDenied):
            await services.decide_joint_review(
                county.actor(username), request.id, Outcome.APPROVED, "准予"
            )
    assert await _snapshot() == before


async def test_j2_who_sees_the_request_and_whose_responses() -> None:
    county, items = await make_review_county()
    other = await make_department("WJJ", "县卫生健康局")
    county.users["wjj.sup"] = await make_user("wjj.sup", {Role.SUPERVISOR}, other)
    request = await send_joint_review(county, items.plain, departments=(county.scj.id,))
    await send_joint_review(county, items.plain, departments=(county.zjj.id,), serial=2)
    scj = await answer(county, request.id, "scj.sup")

    async def visible(username: str) -> list[int]:
        rows = reads.visible_requests(county.actor(username)).order_by("id")
        return list(await rows.values_list("id", flat=True))  # type: ignore[arg-type]

    assert len(await visible("spj.officer")) == 2
    assert await visible("scj.sup") == [request.id]
    assert len(await visible("coordinator")) == 2
    assert await reads.visible_request(county.actor("wjj.sup"), request.id) is None
    assert await reads.can_read_response(county.actor("spj.officer"), scj.id)
    assert not await reads.can_read_response(county.actor("zjj.sup"), scj.id)
    written = await Attachment.get(owner_type="JointReviewResponse", owner_id=scj.id)
    assert await can_read(county.actor("spj.officer"), written)
    assert not await can_read(county.actor("zjj.sup"), written)
    assert await reads.visible_request(ANONYMOUS, request.id) is None
    with pytest.raises(NotAuthenticated):
        reads.visible_requests(ANONYMOUS)


async def test_j2_reminders_before_the_due_time_and_when_it_passes() -> None:
    await calendar_services.seed_from_package()
    county, items = await make_review_county()
    request = await send_joint_review(county, items.plain, departments=(county.scj.id,))
    (response,) = await _responses(request.id)
    deadline = await Deadline.get(id=response.deadline_id)
    wednesday_9 = datetime(2026, 6, 3, 9, 0, tzinfo=SHANGHAI)
    assert deadline.next_reminder_at == wednesday_9
    assert await sweep_reminders(wednesday_9 - timedelta(minutes=1)) == []
    assert await sweep_reminders(wednesday_9)
    assert await sweep_reminders(datetime(2026, 6, 5, 0, 0, tzinfo=SHANGHAI))
    reminders = await Reminder.all().order_by("id")
    assert [(r.stage, r.department_id) for r in reminders] == [
        (ReminderStage.DUE_SOON, county.scj.id),
        (ReminderStage.OVERDUE, county.scj.id),
    ]
    delivery = await Delivery.filter(reminder_id=reminders[0].id).first()
    assert delivery is not None
    assert "会审答复" in delivery.subject and "保康县示例食品有限公司" in delivery.body
    assert "保康县行政审批局" in delivery.body
