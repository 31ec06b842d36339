"""Reports from the public (A4): routing to the supervising departments' tasks or the
coordination group's, one transaction with the audit record of the public, the rate
limit per address (nothing stored over it), staff reads and the contact's visibility,
the public status lookup."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from domain.accounts.actor import Actor
from domain.audit.models import AuditEvent
from domain.clock import FixedClock
from domain.deadlines.models import Deadline
from domain.errors import ErrorCode, InvalidInput, PermissionDenied
from domain.linkage.models import LinkageEvent, Push, SupervisionTask
from domain.linkage.rules import (
    LicenseStatus,
    LinkageEventKind,
    ResultKind,
    TaskOrigin,
    TaskStatus,
)
from domain.linkage.services import feedback
from domain.reports import rules
from domain.reports import services as reports
from domain.reports.errors import RateLimited, ReportStateInvalid
from domain.reports.models import Report
from domain.reports.rules import ReportData, ReportStatus, Routing
from tests.catalogue_factories import County
from tests.linkage_factories import Catalogue, company_number, make_linked_county, record
from tests.results_factories import result

pytestmark = pytest.mark.usefixtures("db", "clock")

LIMIT = rules.RateLimit(per_hour=5, per_day=20)
CONTENT = "该店在售卖过期牛奶，货架上有多盒已过保质期。"
NAME = "保康县示例食品有限公司"


def report_of(**kw: str) -> ReportData:
    values = {"licensee_number": company_number(1), "content": CONTENT} | kw
    return ReportData(**values)


async def submit(data: ReportData | None = None, address: str = "a" * 64) -> Report:
    return await reports.submit_report(data or report_of(), address_hash=address, limit=LIMIT)


async def _county() -> tuple[County, Catalogue, Push]:
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-1", serial=1, name=NAME)
    return county, catalogue, push


async def _tasks(report: Report) -> list[SupervisionTask]:
    return await SupervisionTask.filter(origin=TaskOrigin.REPORT, subject_id=report.id).order_by(
        "id"
    )


async def _counts() -> tuple[int, int, int, int]:
    return (
        await Report.all().count(),
        await SupervisionTask.all().count(),
        await AuditEvent.all().count(),
        await LinkageEvent.all().count(),
    )


async def test_a4_report_by_number_becomes_a_task_of_the_supervising_department() -> None:
    county, _, push = await _county()
    report = await submit(report_of(contact="13800001111"))
    assert rules.RECEIPT_PATTERN.match(report.receipt_number)
    assert report.licensee_id == push.licensee_id
    assert report.routing == Routing.SUPERVISING_DEPARTMENT
    assert report.department_ids == [county.scj.id]
    [task] = await _tasks(report)
    assert task.department_id == county.scj.id
    assert task.licensee_id == push.licensee_id
    assert task.status == TaskStatus.IN_PROGRESS
    assert report.receipt_number in task.title and NAME in task.title
    # fed back like any task (S1): 30 working days after the report came in
    assert task.due_at > report.submitted_at + timedelta(days=30)
    event = await LinkageEvent.get(task_id=task.id)
    assert event.kind == LinkageEventKind.TASK_CREATED
    assert event.department_id == county.scj.id


async def test_a4_the_audit_record_says_the_public_submitted_it() -> None:
    await _county()
    report = await submit(report_of(contact="13800001111"))
    audit = await AuditEvent.get(action="report.submit", target_id=str(report.id))
    assert audit.actor_username == "public"
    assert audit.actor_user_id is None
    assert audit.after["source"] == "public"
    assert audit.after["has_contact"] is True
    assert "13800001111" not in str(audit.after)  # the reporter's privacy
    task_audit = await AuditEvent.get(action="task.create")
    assert task_audit.actor_username == "public"


async def test_a4_report_by_name_matches_case_and_space_normalized() -> None:
    county, _, push = await _county()
    report = await submit(report_of(licensee_number="", licensee_name=" 保康县 示例食品有限公司 "))
    assert report.licensee_id == push.licensee_id
    assert [t.department_id for t in await _tasks(report)] == [county.scj.id]


async def test_a4_unknown_number_falls_back_to_the_name() -> None:
    _, _, push = await _county()
    report = await submit(report_of(licensee_number=company_number(99), licensee_name=NAME))
    assert report.licensee_id == push.licensee_id
    assert report.named_number == company_number(99)


async def test_a4_several_supervising_departments_get_one_task_each() -> None:
    county, catalogue, _ = await _county()
    other = await record(county, catalogue, "BK-2", serial=1, name=NAME)
    await Push.filter(id=other.id).update(department_id=county.zjj.id)
    report = await submit()
    assert report.routing == Routing.SUPERVISING_DEPARTMENT
    departments = sorted([county.scj.id, county.zjj.id])
    assert [t.department_id for t in await _tasks(report)] == departments
    assert report.department_ids == departments


async def test_a4_no_licensee_matched_goes_to_the_coordination_group() -> None:
    county, _, _ = await _county()
    report = await submit(report_of(licensee_number="", licensee_name="不存在的商店"))
    assert report.routing == Routing.NO_LICENSEE
    assert report.licensee_id is None
    [task] = await _tasks(report)
    assert task.department_id == county.xtz.id
    assert task.licensee_id is None


async def test_a4_no_license_in_force_goes_to_the_coordination_group() -> None:
    county, catalogue, push = await _county()
    await Push.filter(id=push.id).update(license_status=LicenseStatus.REVOKED)
    expired = await record(county, catalogue, "BK-3", serial=1, name=NAME)
    await Push.filter(id=expired.id).update(valid_until=date(2026, 5, 31))
    report = await submit()
    assert report.routing == Routing.NO_DEPARTMENT
    assert report.licensee_id == push.licensee_id
    assert [t.department_id for t in await _tasks(report)] == [county.xtz.id]


async def test_a4_invalid_input_stores_nothing() -> None:
    await _county()
    before = await _counts()
    with pytest.raises(InvalidInput) as caught:
        await submit(report_of(content="太短"))
    assert caught.value.field == "content"
    assert await _counts() == before


async def test_a4_rate_limited_per_address_per_hour_nothing_stored(clock: FixedClock) -> None:
    await _county()
    for _ in range(5):
        await submit()
    before = await _counts()
    with pytest.raises(RateLimited) as caught:
        await submit()
    assert caught.value.code == ErrorCode.RATE_LIMITED
    assert await _counts() == before
    await submit(address="b" * 64)  # another address is not limited
    clock.advance(timedelta(hours=1, seconds=1))
    await submit()  # an hour later: again


async def test_a4_rate_limited_per_address_per_day(clock: FixedClock) -> None:
    await _county()
    for _ in range(4):
        for _ in range(5):
            await submit()
        clock.advance(timedelta(hours=1, seconds=1))
    with pytest.raises(RateLimited) as caught:
        await submit()
    assert "每天" in caught.value.message
    clock.advance(timedelta(hours=20))
    await submit()


async def test_a4_staff_read_the_reports_of_their_department(clock: FixedClock) -> None:
    county, _, _ = await _county()
    mine = await submit(report_of(contact="13800001111"))
    other = await submit(report_of(licensee_number="", licensee_name="某无名小店"))
    scj = county.actor("scj.sup")
    assert [r.id for r in await reports.reports(scj, reports.ReportFilter())] == [mine.id]
    assert await reports.report(scj, other.id) is None
    assert await reports.reports(county.actor("zjj.sup"), reports.ReportFilter()).count() == 0
    everyone = reports.reports(county.actor("coordinator"), reports.ReportFilter())
    assert {r.id for r in await everyone} == {mine.id, other.id}
    auditor = reports.reports(county.actor("auditor"), reports.ReportFilter())
    assert await auditor.count() == 2


async def test_a4_reports_filter_by_department_task_status_and_day(clock: FixedClock) -> None:
    county, _, _ = await _county()
    first = await submit()
    clock.advance(timedelta(days=1))
    second = await submit(report_of(licensee_number="", licensee_name="某无名小店"))
    coordinator = county.actor("coordinator")

    async def ids(**kw: object) -> set[int]:
        found = reports.reports(coordinator, reports.ReportFilter(**kw))  # type: ignore[arg-type]
        return {r.id for r in await found}

    assert await ids(department_id=county.scj.id) == {first.id}
    assert await ids(department_id=county.xtz.id) == {second.id}
    assert await ids(submitted_from=date(2026, 6, 2)) == {second.id}
    assert await ids(submitted_to=date(2026, 6, 1)) == {first.id}
    assert await ids(routing=Routing.NO_LICENSEE) == {second.id}
    assert await ids(licensee_number=company_number(1)) == {first.id}
    [task] = await _tasks(first)
    acted = datetime(2026, 6, 2, 1, 0, tzinfo=UTC)
    await feedback.feed_back_task(
        county.actor("scj.sup"), task.id, result(ResultKind.COMPLIANT, acted)
    )
    assert await ids(task_status=TaskStatus.COMPLETED) == {first.id}
    assert await ids(task_status=TaskStatus.IN_PROGRESS) == {second.id}


async def test_a4_contact_only_to_its_departments_staff_coordinator_auditor() -> None:
    county, _, _ = await _county()
    departments = [county.scj.id]
    assert reports.sees_contact(county.actor("scj.sup"), departments)
    assert reports.sees_contact(county.actor("scj.admin"), departments)
    assert reports.sees_contact(county.actor("coordinator"), departments)
    assert reports.sees_contact(county.actor("auditor"), departments)
    assert not reports.sees_contact(county.actor("zjj.sup"), departments)
    assert not reports.sees_contact(county.actor("admin"), departments)
    token = Actor(user_id=None, username="t", department_id=None, token_id=1)
    assert not reports.sees_contact(token, departments)


async def test_a4_public_status_by_receipt_number(clock: FixedClock) -> None:
    county, _, _ = await _county()
    report = await submit()
    status = await reports.report_status(report.receipt_number.lower())
    assert status == reports.PublicStatus(
        report.receipt_number, date(2026, 6, 1), ReportStatus.IN_PROGRESS
    )
    [task] = await _tasks(report)
    await feedback.feed_back_task(
        county.actor("scj.sup"), task.id, result(ResultKind.COMPLIANT, clock.now())
    )
    status = await reports.report_status(report.receipt_number)
    assert status is not None and status.status == ReportStatus.COMPLETED
    assert await reports.report_status(rules.new_receipt_number("20260601", randbits=1)) is None


async def test_a4_rate_limit_holds_for_concurrent_submissions() -> None:
    await _county()
    outcomes = await asyncio.gather(*(submit() for _ in range(7)), return_exceptions=True)
    refused = [o for o in outcomes if isinstance(o, RateLimited)]
    assert len(refused) == 2, outcomes
    assert await Report.all().count() == 5


async def test_a4_coordinator_forwards_an_unmatched_report_to_a_department() -> None:
    county, _, _ = await _county()
    report = await submit(report_of(licensee_number="", licensee_name="某无名小店"))
    [task] = await _tasks(report)
    coordinator = county.actor("coordinator")
    with pytest.raises(PermissionDenied):
        await reports.forward_report(county.actor("scj.sup"), report.id, county.scj.id, "转办")
    with pytest.raises(InvalidInput) as caught:
        await reports.forward_report(coordinator, report.id, county.xtz.id, "转办")
    assert caught.value.field == "departmentId"
    with pytest.raises(InvalidInput) as caught:
        await reports.forward_report(coordinator, report.id, county.scj.id, "  ")
    assert caught.value.field == "note"
    forwarded = await reports.forward_report(coordinator, report.id, county.scj.id, "食品问题")
    assert forwarded.department_ids == [county.scj.id]
    moved = await SupervisionTask.get(id=task.id)
    assert moved.department_id == county.scj.id and moved.due_at == task.due_at
    deadline = await Deadline.get(id=task.deadline_id)
    assert deadline.department_id == county.scj.id
    event = await LinkageEvent.filter(task_id=task.id).order_by("-id").first()
    assert event is not None and event.department_id == county.scj.id
    assert event.kind == LinkageEventKind.TASK_CREATED
    audit = await AuditEvent.get(action="report.forward")
    assert audit.actor_username == "coordinator" and audit.after["note"] == "食品问题"
    scj = county.actor("scj.sup")
    assert [r.id for r in await reports.reports(scj, reports.ReportFilter())] == [report.id]
    with pytest.raises(ReportStateInvalid):  # nothing left for the coordination group
        await reports.forward_report(coordinator, report.id, county.zjj.id, "再转")


async def test_a4_a_report_with_a_department_is_not_forwarded() -> None:
    county, _, _ = await _county()
    report = await submit()
    with pytest.raises(ReportStateInvalid):
        await reports.forward_report(county.actor("coordinator"), report.id, county.zjj.id, "转")
