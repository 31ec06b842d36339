"""The demo's linkage loop (domain/demo_linkage.py): loaded through the real services with
the clock moved, records in every state, nothing in the future, the audit chain intact."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from domain.accounts.models import User
from domain.audit.models import AuditEvent
from domain.audit.services import verify
from domain.calendar.rules import local_date
from domain.clock import FixedClock, utc_now
from domain.demo import load_demo_data
from domain.demo_linkage import DOCUMENT_PREFIX, HISTORY_DAYS, STORIES
from domain.linkage.models import (
    Dispute,
    Licensee,
    LicenseRequest,
    Push,
    ReversePush,
    SupervisionTask,
    TaskFeedback,
)
from domain.linkage.rules import (
    DisputeStatus,
    LicenseeKind,
    LicenseRequestStatus,
    LicenseStatus,
    PushStatus,
    ResultKind,
    ReversePushStatus,
    TaskStatus,
    licensee_number,
)
from domain.linkage.services.statistics import linkage_statistics
from tests import factories  # noqa: F401  (importing it lowers the argon2 cost for the run)


@pytest.fixture
async def loaded(db: str, clock: FixedClock) -> FixedClock:
    assert await load_demo_data() is not None
    return clock


async def test_demo_loop_has_licensees_and_pushes_with_demo_document_numbers(
    loaded: FixedClock,
) -> None:
    assert await Licensee.all().count() == 40
    kinds = Counter(await Licensee.all().values_list("kind", flat=True))
    assert kinds[LicenseeKind.COMPANY] >= 20 and kinds[LicenseeKind.PERSON] >= 5
    for number in await Licensee.all().values_list("number", flat=True):
        assert licensee_number(number)[1] == number  # P6: valid check characters
    numbers = await Push.all().values_list("document_number", flat=True)
    # The loop's stories, and the commitments issued (domain/demo_commitments.py, K1–K4).
    assert await Push.filter(commitment_content="").count() == len(STORIES) >= 60
    assert all(n.startswith(DOCUMENT_PREFIX) for n in numbers)  # e2e tests tell them apart


async def test_demo_loop_has_pushes_and_tasks_in_every_state(loaded: FixedClock) -> None:
    now = utc_now()
    statuses = Counter(await Push.all().values_list("status", flat=True))
    assert set(statuses) == set(PushStatus), statuses
    to_claim = await Push.filter(status=PushStatus.TO_CLAIM)
    assert any(p.claim_due_at < now for p in to_claim)  # overdue (T4)
    assert any(p.claim_due_at > now for p in to_claim)  # still due
    late = await Push.filter(status=PushStatus.CLAIMED).values_list(
        "claim_late_working_days", flat=True
    )
    assert 0 in late and any(days and days > 0 for days in late)  # on time and late (P2)
    assert set(await SupervisionTask.all().values_list("status", flat=True)) == set(TaskStatus)
    assert set(await TaskFeedback.all().values_list("result", flat=True)) == set(ResultKind)
    assert await TaskFeedback.filter(follow_up_outcome__isnull=False).exists()  # S3
    assert await TaskFeedback.filter(late_working_days__gt=0).exists()  # S2 late
    assert await SupervisionTask.filter(
        status=TaskStatus.IN_PROGRESS, due_at__lt=now
    ).exists()  # S1 overdue
    disputes = set(await Dispute.all().values_list("status", flat=True))
    assert disputes == set(DisputeStatus)  # P3: an open dispute, resolved ones
    assert await Push.filter(status=PushStatus.RETURNED).exists()
    reverse_statuses = set(await ReversePush.all().values_list("status", flat=True))
    assert reverse_statuses == set(ReversePushStatus)  # P5
    requests = set(await LicenseRequest.all().values_list("status", flat=True))
    assert {LicenseRequestStatus.SUBMITTED, LicenseRequestStatus.APPROVED} <= requests  # S4
    assert await Push.filter(license_status=LicenseStatus.REVOKED).exists()


async def test_demo_loop_happened_in_the_past_and_the_clock_is_restored(
    loaded: FixedClock,
) -> None:
    now = loaded.now()
    assert utc_now() == now  # the load moved the clock and put it back
    first = await AuditEvent.all().order_by("seq").first()
    last = await AuditEvent.all().order_by("-seq").first()
    assert first is not None and last is not None
    assert local_date(first.at) == local_date(now) - timedelta(days=HISTORY_DAYS)
    assert last.at <= now
    times = await AuditEvent.all().order_by("seq").values_list("at", flat=True)
    assert times == sorted(times)  # the stories were played in time order
    assert await Push.filter(pushed_at__gt=now).count() == 0


async def test_a1_demo_audit_chain_verifies(loaded: FixedClock) -> None:
    report = await verify()
    assert report.broken is None
    assert report.count == await AuditEvent.all().count()
    actions = Counter(await AuditEvent.all().values_list("action", flat=True))
    assert actions["push.create"] == await Push.all().count() >= len(STORIES)
    assert actions["task.feed_back"] >= 20 and actions["reverse_push.create"] >= 3


async def test_a3_demo_statistics_show_on_time_and_late_work(loaded: FixedClock) -> None:
    coordinator = (await User.get(username="coordinator")).actor()
    today = local_date(loaded.now())
    result = await linkage_statistics(coordinator, today - timedelta(days=HISTORY_DAYS), today)
    total = result.total
    assert total.pushes_received == await Push.filter(department_id__isnull=False).count()
    assert total.claimed_on_time > 0 and total.claimed_late > 0
    assert total.unclaimed_overdue > 0 and total.open_disputes == 1
    assert total.tasks_fed_back_on_time > 0 and total.same_day_feedback_late > 0


async def test_r1_r2_r3_demo_credit_has_records_a_blacklist_entry_and_grade_d(
    loaded: FixedClock,
) -> None:
    from domain.credit.models import BlacklistEntry, CreditRecord
    from domain.credit.rules import CreditGrade, CreditSource
    from domain.credit.services import grade_of

    sources = Counter(await CreditRecord.all().values_list("source", flat=True))
    assert sources[CreditSource.REVOCATION] >= 1 and sources[CreditSource.PENALTY] >= 1
    entry = await BlacklistEntry.get()
    assert entry.removed_at is None and entry.ends_on is None
    result = await grade_of(entry.licensee_id, local_date(utc_now()))
    assert result.blacklisted and result.grade == CreditGrade.D
