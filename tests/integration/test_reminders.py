"""Reminders (M1): the sweep creates each reminder once (twice run, two at once), never
for a closed deadline, again for a recomputed due time; recipients and channels; the
in-app delivery (Notification + NOTIFICATION event); deliver()'s state machine with a
fake channel (the real SMTP and SMS channels are tested in tests/jobs); the index."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest
from tortoise import Tortoise

from domain.accounts.actor import SYSTEM, Role
from domain.accounts.models import User
from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.deadlines.models import Deadline
from domain.deadlines.services import open_deadline
from domain.linkage.models import LinkageEvent, Push
from domain.linkage.rules import LinkageEventKind
from domain.linkage.services import claims
from domain.reminders import services
from domain.reminders.models import (
    Channel,
    Delivery,
    DeliveryStatus,
    Notification,
    Reminder,
    ReminderStage,
)
from domain.reminders.recipients import Recipient, register_audience, unregister_audience
from domain.reminders.rules import (
    Policy,
    StagePolicy,
    WorkingDaysBefore,
    day_before,
    due_soon,
    overdue,
    register_policy,
    unregister_policy,
)
from domain.reminders.services import deliver, pending_deliveries, sweep_reminders
from tests.catalogue_factories import County
from tests.factories import make_user
from tests.linkage_factories import make_linked_county, record

pytestmark = pytest.mark.usefixtures("db", "clock")

WEDNESDAY_9 = datetime(2026, 6, 3, 9, 0, tzinfo=SHANGHAI)  # claim of Mon 1 June: due soon
FRIDAY_0 = datetime(2026, 6, 5, 0, 0, tzinfo=SHANGHAI)  # … and overdue


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=SHANGHAI)


async def responsible(county: County, username: str, *, email: str = "", phone: str = "") -> None:
    """Name a user one of the department's responsible people, with contacts."""
    await User.filter(id=county.users[username].id).update(
        receives_reminders=True, email=email, phone=phone
    )


async def claim_deadline(push: Push) -> Deadline:
    row = await Push.get(id=push.id)
    return await Deadline.get(id=row.claim_deadline_id)


async def deliveries() -> list[tuple[str, str, int | None, str]]:
    rows = (
        Delivery.all()
        .order_by("id")
        .values_list("reminder__stage", "channel", "recipient_user_id", "address")
    )
    return [(str(s), str(c), u, a) for s, c, u, a in await rows]


async def pushed_county() -> tuple[County, Push]:
    await calendar_services.seed_from_package()
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-1")  # Mon 1 June: claim due Thu 4 June
    return county, push


# ---- the sweep ----------------------------------------------------------------------


async def test_m1_sweep_creates_each_reminder_once_due_soon_then_overdue(
    clock: FixedClock,
) -> None:
    county, push = await pushed_county()
    await responsible(county, "scj.sup", email="sup@scj.example", phone="13800000001")
    sup = county.users["scj.sup"].id
    deadline = await claim_deadline(push)
    assert deadline.next_reminder_at == WEDNESDAY_9

    assert await sweep_reminders(at(date(2026, 6, 2))) == []
    made = await sweep_reminders(WEDNESDAY_9)
    assert len(made) == 3
    assert await sweep_reminders(WEDNESDAY_9) == []  # run again: nothing twice
    assert await sweep_reminders(at(date(2026, 6, 4))) == []
    assert await deliveries() == [
        ("DUE_SOON", "IN_APP", sup, str(sup)),
        ("DUE_SOON", "EMAIL", sup, "sup@scj.example"),
        ("DUE_SOON", "SMS", sup, "13800000001"),
    ]
    assert (await Deadline.get(id=deadline.id)).next_reminder_at == FRIDAY_0

    email = await Delivery.get(channel=Channel.EMAIL)
    assert "BK-1" in email.subject
    assert "保康县示例食品有限公司" in email.body
    assert "2026年6月4日 23:59" in email.body
    assert email.status == DeliveryStatus.PENDING and email.attempts == 0

    overdue_made = await sweep_reminders(FRIDAY_0)
    assert len(overdue_made) == 3
    assert await sweep_reminders(FRIDAY_0 + timedelta(hours=1)) == []
    assert (await Deadline.get(id=deadline.id)).next_reminder_at is None
    reminders = await Reminder.all().order_by("id")
    assert [(r.stage, r.deadline_id, r.due_at, r.department_id) for r in reminders] == [
        (ReminderStage.DUE_SOON, deadline.id, deadline.due_at, county.scj.id),
        (ReminderStage.OVERDUE, deadline.id, deadline.due_at, county.scj.id),
    ]
    late = await Delivery.get(reminder_id=reminders[1].id, channel=Channel.IN_APP)
    assert "已逾期" in late.subject and "已逾期：1个工作日" in late.body
    # A1: each reminder recorded by the system.
    audits = await AuditEvent.filter(action="reminder.create").order_by("seq")
    assert [(a.actor_username, a.target_id, a.department_id) for a in audits] == [
        (SYSTEM.username, str(r.id), county.scj.id) for r in reminders
    ]


async def test_m1_two_sweeps_at_once_create_each_reminder_once() -> None:
    await calendar_services.seed_from_package()
    county, catalogue = await make_linked_county()
    for i in range(1, 6):
        await record(county, catalogue, f"BK-{i}", serial=i)
    await responsible(county, "scj.sup", email="sup@scj.example")
    results = await asyncio.gather(*(sweep_reminders(FRIDAY_0) for _ in range(3)))
    made = [i for ids in results for i in ids]
    assert len(made) == len(set(made)) == 5 * 2  # IN_APP + EMAIL per overdue claim
    assert await Reminder.all().count() == 5
    assert await Delivery.all().count() == 10
    # Due soon is not sent once the due time has passed (the sweep ran late).
    assert await Reminder.filter(stage=ReminderStage.DUE_SOON).count() == 0
    assert await sweep_reminders(FRIDAY_0) == []


async def test_m1_a_sweep_takes_at_most_its_limit_and_the_next_the_rest() -> None:
    await calendar_services.seed_from_package()
    county, catalogue = await make_linked_county()
    for i in range(1, 4):
        await record(county, catalogue, f"BK-{i}", serial=i)
    first = await sweep_reminders(FRIDAY_0, limit=2)
    second = await sweep_reminders(FRIDAY_0, limit=2)
    assert (len(first), len(second)) == (2, 1)  # scj.admin, in-app only (no contacts)
    assert await sweep_reminders(FRIDAY_0, limit=2) == []


async def test_m1_closed_deadline_is_not_reminded(clock: FixedClock) -> None:
    county, push = await pushed_county()
    clock.set(at(date(2026, 6, 2)))
    await claims.claim_push(county.actor("scj.sup"), push.id)
    deadline = await claim_deadline(push)
    assert deadline.closed_at is not None and deadline.next_reminder_at is None
    assert await sweep_reminders(WEDNESDAY_9) == []
    assert await sweep_reminders(FRIDAY_0) == []
    assert await Reminder.all().count() == 0


async def test_m1_recomputed_due_time_is_reminded_again_never_twice_for_one(
    clock: FixedClock,
) -> None:
    _county, push = await pushed_county()
    deadline = await claim_deadline(push)
    clock.set(WEDNESDAY_9)
    assert len(await sweep_reminders(WEDNESDAY_9)) == 1  # scj.admin, in-app
    # T1: Thursday 4 June becomes a holiday: the claim is due Friday 5 June instead,
    # and Wednesday is still the working day before it: reminded again, at once.
    clock.set(at(date(2026, 6, 3), 11))
    await calendar_services.correct_calendar_day(SYSTEM, date(2026, 6, 4), False, "临时调整")
    moved = await Deadline.get(id=deadline.id)
    assert moved.due_at == datetime(2026, 6, 5, 23, 59, 59, tzinfo=SHANGHAI)
    assert moved.next_reminder_at == WEDNESDAY_9
    assert len(await sweep_reminders(clock.now())) == 1
    assert await sweep_reminders(clock.now()) == []
    reminders = await Reminder.filter(stage=ReminderStage.DUE_SOON).order_by("id")
    assert [r.due_at for r in reminders] == [deadline.due_at, moved.due_at]
    texts = await Delivery.all().order_by("id").values_list("body", flat=True)
    assert "2026年6月4日 23:59" in texts[0] and "2026年6月5日 23:59" in texts[1]
    # Back to a working day: due Thursday again, already reminded of: not again.
    await calendar_services.correct_calendar_day(SYSTEM, date(2026, 6, 4), True, "恢复")
    assert await sweep_reminders(clock.now()) == []
    assert await Reminder.filter(stage=ReminderStage.DUE_SOON).count() == 2


# ---- recipients and channels ---------------------------------------------------------


async def test_p2_responsible_people_receive_reminders_else_the_department_admins() -> None:
    county, _push = await pushed_county()
    scj_admin, sup = county.users["scj.admin"], county.users["scj.sup"]
    other = await make_user("scj.sup2", {Role.SUPERVISOR}, county.scj)
    gone = await make_user("scj.gone", {Role.SUPERVISOR}, county.scj)
    await User.filter(id=gone.id).update(is_active=False, receives_reminders=True)
    # Nobody named: the department admins (in-app only: they have no contacts).
    await sweep_reminders(WEDNESDAY_9)
    assert await deliveries() == [("DUE_SOON", "IN_APP", scj_admin.id, str(scj_admin.id))]
    # Named: those people only (active ones), by the contacts they have.
    await responsible(county, "scj.sup", phone="13800000001")
    await User.filter(id=other.id).update(receives_reminders=True, email="s2@scj.example")
    await sweep_reminders(FRIDAY_0)
    assert (await deliveries())[1:] == [
        ("OVERDUE", "IN_APP", sup.id, str(sup.id)),
        ("OVERDUE", "SMS", sup.id, "13800000001"),
        ("OVERDUE", "IN_APP", other.id, str(other.id)),
        ("OVERDUE", "EMAIL", other.id, "s2@scj.example"),
    ]


async def test_m1_routing_gap_claim_is_reminded_to_the_coordinators() -> None:
    await calendar_services.seed_from_package()
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-GAP", handling=catalogue.gap)
    assert push.department_id is None
    coordinator = county.users["coordinator"]
    made = await sweep_reminders(WEDNESDAY_9)
    assert await deliveries() == [("DUE_SOON", "IN_APP", coordinator.id, str(coordinator.id))]
    body = (await Delivery.get(id=made[0])).body
    assert "协调小组" in body and "BK-GAP" in body


async def test_k2_registered_audience_reaches_the_applicant_by_email_and_sms(
    clock: FixedClock,
) -> None:
    """A later area's policy plugs in: the applicant (not a user), the calendar day before."""

    async def applicant(deadline: Deadline) -> list[Recipient]:
        return [Recipient(name="张三", email="zhangsan@example.com", phone="13900000000")]

    register_policy(Policy("test.materials", "材料补交", (day_before("test.applicant"),)))
    register_audience("test.applicant", applicant)
    try:
        await calendar_services.seed_from_package()
        deadline = await open_deadline(
            SYSTEM,
            subject_type="Commitment",
            subject_id=42,
            kind="test.materials",
            started_at=at(date(2026, 9, 28)),
            working_days=6,  # Tue 29, Wed 30 Sep, (holiday), 8, 9, 10 (Sat, worked), 12 Oct
        )
        assert deadline.due_at == datetime(2026, 10, 12, 23, 59, 59, tzinfo=SHANGHAI)
        assert deadline.next_reminder_at == datetime(2026, 10, 11, 9, tzinfo=SHANGHAI)  # Sunday
        made = await sweep_reminders(datetime(2026, 10, 11, 9, tzinfo=SHANGHAI))
        assert await deliveries() == [
            ("DAY_BEFORE", "EMAIL", None, "zhangsan@example.com"),
            ("DAY_BEFORE", "SMS", None, "13900000000"),
        ]
        sms = await Delivery.get(id=made[1])
        assert "材料补交" in sms.body and "Commitment 42" in sms.body
        assert "张三" in sms.body and "2026年10月12日 23:59" in sms.body
    finally:
        unregister_policy("test.materials")
        unregister_audience("test.applicant")


# ---- automatic steps -----------------------------------------------------------------


async def test_m1_registered_step_runs_once_per_deadline_and_stage(clock: FixedClock) -> None:
    """The mechanism Q1's deemed consent plugs into: a step at the deadline, once, in the
    reminder's transaction; a stage with no message (send=False)."""
    seen: list[tuple[int, datetime]] = []

    async def step(deadline: Deadline) -> None:
        seen.append((deadline.id, deadline.due_at))

    stage = StagePolicy(ReminderStage.OVERDUE, None, send=False)
    register_policy(Policy("test.inquiry", "函询答复", (due_soon(WorkingDaysBefore(1)), stage)))
    services.register_step("test.inquiry", ReminderStage.OVERDUE, step)
    try:
        await calendar_services.seed_from_package()
        county, _ = await make_linked_county()
        deadline = await open_deadline(
            SYSTEM,
            subject_type="Inquiry",
            subject_id=7,
            kind="test.inquiry",
            started_at=at(date(2026, 6, 1)),
            working_days=1,  # due Tue 2 June
            department_id=county.zjj.id,
        )
        wednesday = datetime(2026, 6, 3, 0, 0, tzinfo=SHANGHAI)
        assert await sweep_reminders(wednesday) == []  # the overdue stage sends nothing
        assert seen == [(deadline.id, deadline.due_at)]
        assert await sweep_reminders(wednesday) == []
        assert len(seen) == 1
        assert await Reminder.filter(deadline_id=deadline.id).count() == 1
        # A recomputed due time is reminded again, the step is not run again.
        clock.set(wednesday + timedelta(hours=10))
        await calendar_services.correct_calendar_day(SYSTEM, date(2026, 6, 2), False, "调整")
        moved = await Deadline.get(id=deadline.id)
        assert moved.due_at == datetime(2026, 6, 3, 23, 59, 59, tzinfo=SHANGHAI)
        await sweep_reminders(datetime(2026, 6, 4, 0, 0, tzinfo=SHANGHAI))
        assert await Reminder.filter(deadline_id=deadline.id, stage="OVERDUE").count() == 2
        assert len(seen) == 1
    finally:
        services.unregister_step("test.inquiry", ReminderStage.OVERDUE, step)
        unregister_policy("test.inquiry")


async def test_m1_failing_step_rolls_the_reminder_back_and_is_retried() -> None:
    calls: list[int] = []

    async def step(deadline: Deadline) -> None:
        calls.append(deadline.id)
        if len(calls) == 1:
            raise RuntimeError("boom")

    register_policy(Policy("test.step", "测试", (overdue(),)))
    services.register_step("test.step", ReminderStage.OVERDUE, step)
    try:
        await calendar_services.seed_from_package()
        county, _ = await make_linked_county()
        deadline = await open_deadline(
            SYSTEM,
            subject_type="Inquiry",
            subject_id=8,
            kind="test.step",
            started_at=at(date(2026, 6, 1)),
            working_days=1,
            department_id=county.zjj.id,
        )
        later = datetime(2026, 6, 3, 0, 0, tzinfo=SHANGHAI)
        with pytest.raises(RuntimeError):
            await sweep_reminders(later)
        assert await Reminder.all().count() == 0
        assert (await Deadline.get(id=deadline.id)).next_reminder_at is not None
        assert await sweep_reminders(later) == []  # zjj names nobody and has no admin
        assert calls == [deadline.id, deadline.id]
        assert await Reminder.all().count() == 1
    finally:
        services.unregister_step("test.step", ReminderStage.OVERDUE, step)
        unregister_policy("test.step")


# ---- delivery --------------------------------------------------------------------------


class FakeSender:
    """A test double of a channel (the unit here is deliver's state machine)."""

    def __init__(self, channel: Channel, failures: int = 0) -> None:
        self.channel = channel
        self.failures = failures
        self.sent: list[tuple[int, str, str]] = []
        self.started = asyncio.Event()
        self.release: asyncio.Event | None = None

    async def send(self, delivery: Delivery) -> None:
        self.started.set()
        if self.release is not None:
            await self.release.wait()
        if self.failures:
            self.failures -= 1
            raise ConnectionError("smtp down")
        self.sent.append((delivery.id, delivery.key, delivery.address))


async def email_delivery(clock: FixedClock) -> tuple[County, int]:
    county, _ = await pushed_county()
    clock.set(WEDNESDAY_9)
    await responsible(county, "scj.sup", email="sup@scj.example")
    await sweep_reminders(WEDNESDAY_9)
    return county, (await Delivery.get(channel=Channel.EMAIL)).id


async def test_m1_deliver_sends_once_and_never_resends_a_sent_one(clock: FixedClock) -> None:
    _, delivery_id = await email_delivery(clock)
    sender = FakeSender(Channel.EMAIL)
    assert await deliver(delivery_id, {Channel.EMAIL: sender}) == DeliveryStatus.SENT
    assert await deliver(delivery_id, {Channel.EMAIL: sender}) == DeliveryStatus.SENT
    row = await Delivery.get(id=delivery_id)
    assert sender.sent == [(delivery_id, row.key, "sup@scj.example")]
    assert (row.status, row.attempts, row.sent_at, row.lease_until) == (
        DeliveryStatus.SENT,
        1,
        clock.now(),
        None,
    )
    assert await pending_deliveries(clock.now() + timedelta(days=1)) == [
        (await Delivery.get(channel=Channel.IN_APP)).id  # the in-app one was not delivered
    ]


async def test_m1_concurrent_deliver_claims_once(clock: FixedClock) -> None:
    _, delivery_id = await email_delivery(clock)
    sender = FakeSender(Channel.EMAIL)
    sender.release = asyncio.Event()
    first = asyncio.create_task(deliver(delivery_id, {Channel.EMAIL: sender}))
    await sender.started.wait()  # the first holds the claim (SENDING, lease live)
    assert await deliver(delivery_id, {Channel.EMAIL: sender}) == DeliveryStatus.SENDING
    sender.release.set()
    assert await first == DeliveryStatus.SENT
    results = await asyncio.gather(
        *(deliver(delivery_id, {Channel.EMAIL: sender}) for _ in range(3))
    )
    assert results == [DeliveryStatus.SENT] * 3
    assert len(sender.sent) == 1


async def test_m1_expired_lease_is_claimed_again(clock: FixedClock) -> None:
    """A worker that died after its claim: the delivery is not lost."""
    _, delivery_id = await email_delivery(clock)
    clock.set(WEDNESDAY_9)
    await Delivery.filter(id=delivery_id).update(  # as a killed worker leaves it
        status=DeliveryStatus.SENDING, attempts=1, lease_until=clock.now() + services.LEASE
    )
    sender = FakeSender(Channel.EMAIL)
    assert await deliver(delivery_id, {Channel.EMAIL: sender}) == DeliveryStatus.SENDING
    assert sender.sent == []
    assert delivery_id not in await pending_deliveries(clock.now())
    clock.advance(services.LEASE + timedelta(seconds=1))
    assert delivery_id in await pending_deliveries(clock.now())  # back to PENDING, enqueued
    row = await Delivery.get(id=delivery_id)
    assert row.status == DeliveryStatus.PENDING
    assert await deliver(delivery_id, {Channel.EMAIL: sender}) == DeliveryStatus.SENT
    assert (await Delivery.get(id=delivery_id)).attempts == 2
    assert len(sender.sent) == 1


async def test_m1_expired_lease_claimed_directly_by_deliver(clock: FixedClock) -> None:
    """Without the scheduler: an expired SENDING is claimed by deliver itself."""
    _, delivery_id = await email_delivery(clock)
    await Delivery.filter(id=delivery_id).update(
        status=DeliveryStatus.SENDING, attempts=1, lease_until=clock.now() - timedelta(seconds=1)
    )
    sender = FakeSender(Channel.EMAIL)
    assert await deliver(delivery_id, {Channel.EMAIL: sender}) == DeliveryStatus.SENT
    assert len(sender.sent) == 1


async def test_m1_failure_retried_later_then_failed_after_the_last_attempt(
    clock: FixedClock,
) -> None:
    _, delivery_id = await email_delivery(clock)
    sender = FakeSender(Channel.EMAIL, failures=services.MAX_ATTEMPTS)
    senders = {Channel.EMAIL: sender}
    for attempt in range(1, services.MAX_ATTEMPTS):
        assert await deliver(delivery_id, senders) == DeliveryStatus.PENDING
        row = await Delivery.get(id=delivery_id)
        assert row.attempts == attempt
        assert row.last_error == "ConnectionError: smtp down"
        assert row.lease_until == clock.now() + services.retry_after(attempt)
        assert delivery_id not in await pending_deliveries(clock.now())  # not yet
        clock.set(row.lease_until)
        assert delivery_id in await pending_deliveries(clock.now())  # the retry is due
    assert await deliver(delivery_id, senders) == DeliveryStatus.FAILED
    row = await Delivery.get(id=delivery_id)
    assert (row.status, row.attempts, row.lease_until) == (
        DeliveryStatus.FAILED,
        services.MAX_ATTEMPTS,
        None,
    )
    assert await deliver(delivery_id, senders) == DeliveryStatus.FAILED  # final
    assert sender.sent == []
    assert delivery_id not in await pending_deliveries(clock.now() + timedelta(days=1))


async def test_m1_failure_then_success_clears_the_error(clock: FixedClock) -> None:
    _, delivery_id = await email_delivery(clock)
    sender = FakeSender(Channel.EMAIL, failures=1)
    assert await deliver(delivery_id, {Channel.EMAIL: sender}) == DeliveryStatus.PENDING
    assert await deliver(delivery_id, {Channel.EMAIL: sender}) == DeliveryStatus.SENT
    row = await Delivery.get(id=delivery_id)
    assert (row.attempts, row.last_error) == (2, "")
    assert len(sender.sent) == 1


async def test_m1_no_sender_for_a_channel_is_a_failure(clock: FixedClock) -> None:
    _, delivery_id = await email_delivery(clock)
    assert await deliver(delivery_id, {}) == DeliveryStatus.PENDING
    assert "未配置发送渠道" in (await Delivery.get(id=delivery_id)).last_error


async def test_m1_in_app_delivery_writes_the_notification_and_the_event(
    clock: FixedClock,
) -> None:
    county, push = await pushed_county()
    await responsible(county, "scj.sup")
    sup = county.users["scj.sup"]
    clock.set(WEDNESDAY_9)
    (delivery_id,) = await sweep_reminders(WEDNESDAY_9)
    clock.advance(timedelta(seconds=5))
    assert await deliver(delivery_id, {}) == DeliveryStatus.SENT  # needs no sender
    assert await deliver(delivery_id, {}) == DeliveryStatus.SENT
    delivery = await Delivery.get(id=delivery_id)
    assert (delivery.status, delivery.attempts, delivery.sent_at) == (
        DeliveryStatus.SENT,
        1,
        clock.now(),
    )
    (notification,) = await Notification.all()
    assert (notification.user_id, notification.delivery_id) == (sup.id, delivery_id)
    assert (notification.subject_type, notification.subject_id) == ("Push", push.id)
    assert (notification.title, notification.body) == (delivery.subject, delivery.body)
    assert notification.read_at is None
    (event,) = await LinkageEvent.filter(kind=LinkageEventKind.NOTIFICATION)
    assert (event.user_id, event.notification_id, event.department_id, event.push_id) == (
        sup.id,
        notification.id,
        county.scj.id,
        push.id,
    )
    audit = await AuditEvent.get(action="notification.create")
    assert (audit.actor_username, audit.target_id) == (SYSTEM.username, str(notification.id))


async def test_m1_concurrent_in_app_deliveries_write_one_notification() -> None:
    _county, _ = await pushed_county()
    (delivery_id,) = await sweep_reminders(WEDNESDAY_9)
    results = await asyncio.gather(*(deliver(delivery_id, {}) for _ in range(3)))
    assert results == [DeliveryStatus.SENT] * 3
    assert await Notification.all().count() == 1
    assert await LinkageEvent.filter(kind=LinkageEventKind.NOTIFICATION).count() == 1


async def test_m1_unknown_delivery_raises() -> None:
    with pytest.raises(LookupError):
        await deliver(12345, {})


# ---- the index -------------------------------------------------------------------------


async def test_m1_sweep_query_uses_the_next_reminder_index() -> None:
    """The sweep reads the due deadlines through ``deadline_next_reminder`` (never a scan
    of all open deadlines). On PostgreSQL with a table the planner finds worth an index:
    20,000 deadlines, 100 due."""
    connection = Tortoise.get_connection("default")
    now = datetime(2026, 6, 3, 1, 0, tzinfo=UTC)
    query = services.due_deadlines(now).sql(params_inline=True)
    if connection.capabilities.dialect == "postgres":
        await connection.execute_script(
            """
            INSERT INTO deadline (subject_type, subject_id, kind, rule, started_at, due_at,
                provisional, next_reminder_at, created_at)
            SELECT 'Push', g, 'push.claim', 'WORKING_DAYS', now(), now() + interval '3 days',
                false,
                CASE WHEN g % 200 = 0 THEN timestamptz '2026-06-02 00:00+00'
                     ELSE timestamptz '2026-07-01 00:00+00' + g * interval '1 minute' END,
                now()
            FROM generate_series(1, 20000) AS g;
            ANALYZE deadline;
            """
        )
        _, rows = await connection.execute_query(f"EXPLAIN {query}")
        plan = "\n".join(row["QUERY PLAN"] for row in rows)
        assert "Index Scan using deadline_next_reminder on deadline" in plan, plan
        assert "Seq Scan" not in plan, plan
        assert len(await services.due_deadlines(now)) == 100
    else:
        _, rows = await connection.execute_query(f"EXPLAIN QUERY PLAN {query}")
        plan = "\n".join(str(row["detail"]) for row in rows)
        assert "USING INDEX deadline_next_reminder" in plan, plan


# ---- demo data -------------------------------------------------------------------------


async def test_m1_demo_supervisors_receive_reminders_by_every_channel(clock: FixedClock) -> None:
    from domain.demo import load_demo_data

    await calendar_services.seed_from_package()
    assert await load_demo_data() is not None
    supervisor = await User.get(username="scj.supervisor")
    assert supervisor.email == "scj.supervisor@baokang.example"
    assert supervisor.phone and supervisor.receives_reminders
    assert not (await User.get(username="scj.admin")).receives_reminders
    # The demo's open claims and tasks fall due over the coming weeks.
    made = await sweep_reminders(clock.now() + timedelta(days=40))
    assert made
    channels = await Delivery.filter(recipient_user_id=supervisor.id).values_list(
        "channel", flat=True
    )
    assert {Channel.IN_APP, Channel.EMAIL, Channel.SMS} <= set(channels)
    scj_users = await User.filter(department__code="SCJ").values_list("id", flat=True)
    reached = await Delivery.filter(recipient_user_id__in=list(scj_users)).values_list(
        "recipient_user_id", flat=True
    )
    assert set(reached) == {supervisor.id}  # the responsible person, not the admin
