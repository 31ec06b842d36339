"""The due-soon / overdue sweep of the live task stream (A2): each signal once, even with
two sweeps at once; audited (A1); by the calendar (T1); reset by a reassignment (P3)."""

from __future__ import annotations

import asyncio
from datetime import date, datetime

import pytest

from domain.accounts.actor import SYSTEM
from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.linkage.models import LinkageEvent, Push, SupervisionTask
from domain.linkage.rules import TaskStatus
from domain.linkage.services import claims
from domain.linkage.services.due_events import signal_due
from tests.linkage_factories import make_linked_county, record

pytestmark = pytest.mark.usefixtures("db", "clock")


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=SHANGHAI)


async def kinds(**filters: object) -> list[str]:
    rows = LinkageEvent.filter(**filters).order_by("id")
    return list(await rows.values_list("kind", flat=True))


async def due_kinds() -> list[tuple[str, int | None, int | None]]:
    rows = (
        LinkageEvent.filter(
            kind__in=["CLAIM_DUE_SOON", "CLAIM_OVERDUE", "TASK_DUE_SOON", "TASK_OVERDUE"]
        )
        .order_by("id")
        .values_list("kind", "push_id", "task_id")
    )
    return list(await rows)


async def test_a2_claim_due_soon_then_overdue_each_signalled_once(clock: FixedClock) -> None:
    await calendar_services.seed_from_package()
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-1")  # Mon 1 June: claim due Thu 4 June
    assert push.claim_due_at == datetime(2026, 6, 4, 23, 59, 59, tzinfo=SHANGHAI)
    assert await signal_due(at(date(2026, 6, 1))) == 0  # due in 3 working days: green
    assert await signal_due(at(date(2026, 6, 2))) == 0  # threshold Wed 3 June: not yet

    wednesday = at(date(2026, 6, 3))
    clock.set(wednesday)
    assert await signal_due(wednesday) == 1
    assert await signal_due(wednesday) == 0  # the sweep again: nothing twice
    assert await signal_due(at(date(2026, 6, 4), 9)) == 0
    row = await Push.get(id=push.id)
    assert row.claim_due_soon_signalled_at == wednesday
    assert row.claim_overdue_signalled_at is None

    friday = at(date(2026, 6, 5))
    clock.set(friday)
    assert await signal_due(friday) == 1
    assert await signal_due(friday) == 0
    assert await due_kinds() == [
        ("CLAIM_DUE_SOON", push.id, None),
        ("CLAIM_OVERDUE", push.id, None),
    ]
    events = await LinkageEvent.filter(kind="CLAIM_OVERDUE")
    assert [(e.department_id, e.created_at) for e in events] == [(county.scj.id, friday)]
    # A1: each signal is a state change recorded by the system.
    audits = await AuditEvent.filter(
        action__in=["push.claim_due_soon", "push.claim_overdue"]
    ).order_by("seq")
    assert [(a.action, a.actor_username, a.target_id) for a in audits] == [
        ("push.claim_due_soon", SYSTEM.username, str(push.id)),
        ("push.claim_overdue", SYSTEM.username, str(push.id)),
    ]
    assert audits[1].department_id == county.scj.id


async def test_a2_t1_claim_due_soon_across_a_weekend(clock: FixedClock) -> None:
    await calendar_services.seed_from_package()
    clock.set(at(date(2026, 6, 3)))  # Wednesday: claim due Mon 8 June (Thu, Fri, Mon)
    county, catalogue = await make_linked_county(date(2026, 6, 3))
    push = await record(county, catalogue, "BK-1", license_date=date(2026, 6, 3))
    assert push.claim_due_at == datetime(2026, 6, 8, 23, 59, 59, tzinfo=SHANGHAI)
    assert await signal_due(at(date(2026, 6, 4))) == 0  # Thursday: threshold Friday
    assert await signal_due(at(date(2026, 6, 5))) == 1  # Friday: threshold Monday
    assert await due_kinds() == [("CLAIM_DUE_SOON", push.id, None)]
    assert await signal_due(at(date(2026, 6, 6))) == 0  # Saturday: already signalled
    assert await signal_due(at(date(2026, 6, 9), 0)) == 1  # Tue 00:00: overdue
    assert [k for k, _, _ in await due_kinds()] == ["CLAIM_DUE_SOON", "CLAIM_OVERDUE"]


async def test_a2_claimed_pushes_are_not_signalled_but_their_tasks_are(clock: FixedClock) -> None:
    await calendar_services.seed_from_package()
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-1")
    task = await claims.claim_push(county.actor("scj.sup"), push.id)
    # S1: due 30 working days after the push (Dragon Boat Fri 19 June off): Tue 14 July.
    assert task.due_at == datetime(2026, 7, 14, 23, 59, 59, tzinfo=SHANGHAI)
    assert await signal_due(at(date(2026, 6, 5))) == 0  # the claim is done: no claim signal
    assert await signal_due(at(date(2026, 7, 10))) == 0  # Friday: threshold Monday
    assert await signal_due(at(date(2026, 7, 13))) == 1  # Monday: due Tuesday
    assert await signal_due(at(date(2026, 7, 13), 15)) == 0
    assert await signal_due(at(date(2026, 7, 15))) == 1
    assert await signal_due(at(date(2026, 7, 16))) == 0
    assert await due_kinds() == [
        ("TASK_DUE_SOON", push.id, task.id),
        ("TASK_OVERDUE", push.id, task.id),
    ]
    events = await LinkageEvent.filter(kind="TASK_OVERDUE")
    assert events[0].department_id == county.scj.id
    audits = await AuditEvent.filter(action__in=["task.due_soon", "task.overdue"]).count()
    assert audits == 2


async def test_a2_completed_tasks_are_not_signalled_rectifying_ones_are() -> None:
    county, catalogue = await make_linked_county()
    done = await claims.claim_push(
        county.actor("scj.sup"), (await record(county, catalogue, "BK-1")).id
    )
    fixing = await claims.claim_push(
        county.actor("scj.sup"), (await record(county, catalogue, "BK-2", serial=2)).id
    )
    # The results themselves are another use case's (S2, S3); only the statuses matter here.
    await SupervisionTask.filter(id=done.id).update(status=TaskStatus.COMPLETED)
    await SupervisionTask.filter(id=fixing.id).update(status=TaskStatus.RECTIFYING)
    assert await signal_due(done.due_at.replace(year=2027)) == 1
    assert await due_kinds() == [("TASK_OVERDUE", fixing.push_id, fixing.id)]


async def test_a2_two_sweeps_at_once_signal_each_once(clock: FixedClock) -> None:
    county, catalogue = await make_linked_county()
    pushes = [await record(county, catalogue, f"BK-{i}", serial=i) for i in range(1, 5)]
    friday = at(date(2026, 6, 5))  # every claim (due Thu 4 June) is overdue
    results = await asyncio.gather(signal_due(friday), signal_due(friday))
    assert sum(results) == len(pushes), results
    assert sorted(p for _, p, _ in await due_kinds()) == sorted(p.id for p in pushes)
    assert await AuditEvent.filter(action="push.claim_overdue").count() == len(pushes)
    assert await signal_due(friday) == 0


async def test_a2_a_sweep_signals_at_most_a_batch_and_the_next_takes_the_rest() -> None:
    county, catalogue = await make_linked_county()
    for i in range(1, 4):
        await record(county, catalogue, f"BK-{i}", serial=i)
    friday = at(date(2026, 6, 5))
    assert await signal_due(friday, batch_size=2) == 2
    assert await signal_due(friday, batch_size=2) == 1
    assert await signal_due(friday, batch_size=2) == 0
    rows = await Push.all().order_by("id").values_list("claim_overdue_signalled_at", flat=True)
    assert rows == [friday] * 3


async def test_a2_p3_reassignment_opens_a_new_claim_deadline_signalled_again(
    clock: FixedClock,
) -> None:
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-1")
    clock.set(at(date(2026, 6, 5)))
    assert await signal_due(at(date(2026, 6, 5))) == 1  # overdue
    await claims.return_push(county.actor("scj.sup"), push.id, "不属于本部门")
    clock.set(at(date(2026, 6, 8)))  # Monday: reassigned, due Thu 11 June
    await claims.reassign_push(county.actor("coordinator"), push.id, county.zjj.id)
    row = await Push.get(id=push.id)
    assert (row.claim_due_soon_signalled_at, row.claim_overdue_signalled_at) == (None, None)
    assert await signal_due(at(date(2026, 6, 10))) == 1  # due soon for ZJJ now
    assert await signal_due(at(date(2026, 6, 12))) == 1  # and overdue again
    events = (
        await LinkageEvent.filter(kind__in=["CLAIM_DUE_SOON", "CLAIM_OVERDUE"])
        .order_by("id")
        .values_list("kind", "department_id")
    )
    assert events == [
        ("CLAIM_OVERDUE", county.scj.id),
        ("CLAIM_DUE_SOON", county.zjj.id),
        ("CLAIM_OVERDUE", county.zjj.id),
    ]
