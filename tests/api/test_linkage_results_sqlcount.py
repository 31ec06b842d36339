"""The task queue with its results (S1–S3) and the license requests list (S4) issue the
same number of SQL statements for 10 rows and for 100 (DataLoaders, no N+1)."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest

from domain.attachments.models import Attachment
from domain.clock import utc_now
from domain.deadlines.models import Deadline, DeadlineRule
from domain.linkage.models import Licensee, LicenseRequest, Push, SupervisionTask, TaskFeedback
from domain.linkage.rules import (
    LicenseeKind,
    LicenseRequestKind,
    LicenseRequestStatus,
    PushStatus,
    ResultKind,
    TaskStatus,
)
from tests.catalogue_factories import County, sign_in, signed_out
from tests.factories import gql
from tests.linkage_factories import Catalogue, company_number, make_linked_county
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("clock")

ROWS = 120

TASKS = """
query($first: Int) {
  supervisionTasks(first: $first) {
    nodes {
      id status result fedBackAt due { dueAt overdue }
      feedbackDue { dueAt overdue workingDaysLate }
      followUpDue { dueAt overdue workingDaysLate }
      feedbacks { result followUpOutcome due { workingDaysLate } attachments { fileName } }
      push { documentNumber licenseStatus licenseRequests { kind status } }
    }
  }
}
"""

REQUESTS = """
query($first: Int) {
  licenseRequests(first: $first) {
    nodes {
      id kind status reason
      department { code } approvalDepartment { code }
      push { documentNumber licenseStatus licensee { name } }
      task { status result feedbacks { result } }
      attachments { fileName }
    }
  }
}
"""


async def _fill(county: County, catalogue: Catalogue) -> None:
    """ROWS claimed pushes with tasks: half rectifying (a result, a follow-up deadline),
    half completed; each with a license request, a result and an attachment on each."""
    now = utc_now()
    await Licensee.bulk_create(
        [
            Licensee(
                kind=LicenseeKind.COMPANY,
                number=company_number(i),
                name=f"公司{i}",
                created_at=now,
                updated_at=now,
            )
            for i in range(ROWS)
        ]
    )
    licensees = await Licensee.all().order_by("id").values_list("id", flat=True)
    await Push.bulk_create(
        [
            Push(
                document_number=f"BK-{i:04d}",
                approval_department_id=county.spj.id,
                licensee_id=licensees[i],
                handling_item_id=catalogue.routed,
                handling_item_code="F-1-01",
                handling_item_name="新办",
                approval_item_name="食品经营许可",
                department_id=county.scj.id,
                license_date=now.date(),
                valid_from=now.date(),
                license_content="食品销售",
                pushed_at=now,
                status=PushStatus.CLAIMED,
                claim_due_at=now,
                updated_at=now,
            )
            for i in range(ROWS)
        ]
    )
    push_ids = await Push.all().order_by("id").values_list("id", flat=True)

    def deadline(n: int, kind: str) -> Deadline:
        return Deadline(
            subject_type="SupervisionTask",
            subject_id=n,
            kind=kind,
            department_id=county.scj.id,
            rule=DeadlineRule.SAME_DAY,
            started_at=now,
            due_at=now + timedelta(days=n),
            created_at=now,
        )

    await Deadline.bulk_create([deadline(n, "task.feedback") for n in range(ROWS)])
    await Deadline.bulk_create([deadline(n, "task.follow_up") for n in range(ROWS)])
    s1 = await Deadline.filter(kind="task.feedback").order_by("id").values_list("id", flat=True)
    follow = (
        await Deadline.filter(kind="task.follow_up").order_by("id").values_list("id", flat=True)
    )
    await SupervisionTask.bulk_create(
        [
            SupervisionTask(
                push_id=push_id,
                department_id=county.scj.id,
                status=TaskStatus.RECTIFYING if n % 2 else TaskStatus.COMPLETED,
                result=ResultKind.RECTIFICATION_ORDERED if n % 2 else ResultKind.COMPLIANT,
                deadline_id=s1[n],
                follow_up_deadline_id=follow[n] if n % 2 else None,
                fed_back_at=now,
                feedback_late_working_days=0,
                due_at=now + timedelta(days=40, hours=n),
                created_at=now,
                updated_at=now,
            )
            for n, push_id in enumerate(push_ids)
        ]
    )
    tasks = await SupervisionTask.all().order_by("id")
    await TaskFeedback.bulk_create(
        [
            TaskFeedback(
                task_id=task.id,
                department_id=county.scj.id,
                result=task.result,
                acted_at=now,
                summary="检查",
                rectification_deadline=date(2026, 6, 10) if task.follow_up_deadline_id else None,
                fed_back_at=now,
            )
            for task in tasks
        ]
    )
    await LicenseRequest.bulk_create(
        [
            LicenseRequest(
                push_id=task.push_id,
                task_id=task.id,
                kind=LicenseRequestKind.REVOKE,
                department_id=county.scj.id,
                approval_department_id=county.spj.id,
                reason="拒不整改",
                status=LicenseRequestStatus.SUBMITTED,
                submitted_at=now,
                updated_at=now,
            )
            for task in tasks
        ]
    )
    feedbacks = await TaskFeedback.all().values_list("id", flat=True)
    requests = await LicenseRequest.all().values_list("id", flat=True)
    await Attachment.bulk_create(
        [
            Attachment(
                file_name="记录.pdf",
                content_type="application/pdf",
                size=1,
                sha256="0" * 64,
                uploaded_at=now,
                owner_type=owner_type,
                owner_id=owner_id,
                attached_at=now,
            )
            for owner_type, ids in (("TaskFeedback", feedbacks), ("LicenseRequest", requests))
            for owner_id in ids
        ]
    )


@pytest.mark.parametrize(
    "query,field,username",
    [(TASKS, "supervisionTasks", "scj.sup"), (REQUESTS, "licenseRequests", "spj.officer")],
)
async def test_a2_s4_lists_with_results_do_not_grow_with_the_page(
    client: httpx.AsyncClient, query: str, field: str, username: str
) -> None:
    signed_out(client)
    county, catalogue = await make_linked_county()
    await _fill(county, catalogue)
    csrf = await sign_in(client, username)
    counts = {}
    for first in (10, 100):
        with count_queries() as counted:
            body = await gql(client, query, {"first": first}, csrf=csrf)
        assert "errors" not in body, body
        nodes = body["data"][field]["nodes"]
        assert len(nodes) == first
        counts[first] = counted.count
    assert counts[10] == counts[100], counts
    assert counts[100] <= 14, counts
    if field == "supervisionTasks":  # the fields are filled, not empty
        assert nodes[1]["followUpDue"] is not None and nodes[0]["followUpDue"] is None
        assert nodes[0]["feedbacks"][0]["attachments"] == [{"fileName": "记录.pdf"}]
        assert nodes[0]["push"]["licenseRequests"] == [{"kind": "REVOKE", "status": "SUBMITTED"}]
    else:
        assert nodes[0]["task"]["feedbacks"] == [{"result": "COMPLIANT"}]
        assert nodes[0]["attachments"] == [{"fileName": "记录.pdf"}]
