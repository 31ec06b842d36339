"""A1: audit events are written in the use case's transaction, chained, append-only."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from tortoise import connections
from tortoise.exceptions import IntegrityError, OperationalError

from domain.accounts.actor import Actor, Role
from domain.audit import services as audit
from domain.audit.errors import AuditEventImmutable, AuditOutsideUseCase
from domain.audit.models import AuditEvent
from domain.audit.rules import GENESIS_HASH
from domain.audit.sql import append_only_sql, drop_append_only_sql
from domain.clock import FixedClock
from domain.transaction import transaction
from shenguan.db import dialect
from shenguan.logs import request_id_var
from shenguan.pubsub import get_pubsub

SUPERVISOR = Actor(
    user_id=11, username="zhang.san", department_id=2, roles=frozenset({Role.SUPERVISOR})
)


async def record(n: int = 1, **kwargs: Any) -> list[AuditEvent]:
    events = []
    for i in range(n):
        async with transaction():
            events.append(
                await audit.record(
                    SUPERVISOR,
                    kwargs.get("action", "push.claim"),
                    target_type="Push",
                    target_id=kwargs.get("target_id", i + 1),
                    before={"status": "PENDING"},
                    after={"status": "CLAIMED"},
                )
            )
    return events


async def test_a1_record_writes_every_field_in_the_transaction(db: str, clock: FixedClock) -> None:
    token = request_id_var.set("req-a1-0001")
    try:
        async with transaction():
            event = await audit.record(
                SUPERVISOR,
                "push.claim",
                target_type="Push",
                target_id=42,
                before={"status": "PENDING"},
                after={"status": "CLAIMED", "amount": 2.0},
            )
    finally:
        request_id_var.reset(token)
    stored = await AuditEvent.get(seq=event.seq)
    assert stored.seq == 1
    assert stored.at == clock.now()
    assert (stored.actor_user_id, stored.actor_username, stored.actor_token_id) == (
        11,
        "zhang.san",
        None,
    )
    assert stored.department_id == 2  # the actor's department by default
    assert (stored.action, stored.target_type, stored.target_id) == ("push.claim", "Push", "42")
    assert stored.before == {"status": "PENDING"}
    assert stored.after == {"status": "CLAIMED", "amount": 2}
    assert stored.request_id == "req-a1-0001"
    assert stored.prev_hash == GENESIS_HASH
    assert stored.hash == stored.fields_for_hash().hash()


async def test_a1_events_chain_by_hash_and_seq(db: str, clock: FixedClock) -> None:
    events = await record(3)
    stored = await AuditEvent.all().order_by("seq")
    assert [e.seq for e in stored] == [1, 2, 3]
    assert stored[1].prev_hash == stored[0].hash
    assert stored[2].prev_hash == stored[1].hash
    assert [e.hash for e in events] == [e.hash for e in stored]


async def test_a1_record_outside_a_use_case_is_refused(db: str) -> None:
    with pytest.raises(AuditOutsideUseCase):
        await audit.record(
            SUPERVISOR, "push.claim", target_type="Push", target_id=1, before=None, after=None
        )
    assert await AuditEvent.all().count() == 0


async def test_a1_rollback_leaves_no_event_and_no_gap(db: str, clock: FixedClock) -> None:
    await record(1)
    with pytest.raises(RuntimeError):
        async with transaction():
            await audit.record(
                SUPERVISOR, "push.claim", target_type="Push", target_id=9, before=None, after={}
            )
            raise RuntimeError("the use case fails after recording")
    assert await AuditEvent.all().count() == 1
    await record(1, target_id=10)
    assert [e.seq for e in await AuditEvent.all().order_by("seq")] == [1, 2]
    assert (await audit.verify()).ok


async def test_a1_event_is_published_after_commit_only(db: str, clock: FixedClock) -> None:
    async with get_pubsub().subscribe(audit.CHANNEL) as messages:
        with pytest.raises(RuntimeError):
            async with transaction():
                await audit.record(
                    SUPERVISOR, "push.claim", target_type="Push", target_id=5, before=None, after={}
                )
                raise RuntimeError("rolled back")
        async with transaction():
            event = await audit.record(
                SUPERVISOR,
                "push.claim",
                target_type="Push",
                target_id=6,
                before=None,
                after={},
                department_id=4,
            )
        message = await asyncio.wait_for(anext(messages), 1)
    assert message == {"seq": event.seq, "targetType": "Push", "targetId": "6", "departmentId": 4}
    assert event.seq == 1  # the rolled-back event left no number behind


async def test_a1_concurrent_use_cases_never_fork_the_chain(db: str) -> None:
    async def use_case(i: int) -> None:
        async with transaction():
            await asyncio.sleep(0)  # let the others start their transactions
            await audit.record(
                SUPERVISOR, "push.claim", target_type="Push", target_id=i, before=None, after={}
            )
            await asyncio.sleep(0.001 * (i % 3))

    await asyncio.gather(*(use_case(i) for i in range(20)))
    report = await audit.verify()
    assert report.ok, report.broken
    assert report.count == 20
    assert sorted(e.target_id for e in await AuditEvent.all()) == sorted(str(i) for i in range(20))


async def test_a1_orm_refuses_to_change_or_delete_events(db: str, clock: FixedClock) -> None:
    (event,) = await record(1)
    stored = await AuditEvent.get(seq=event.seq)
    stored.after = {"status": "RETURNED"}
    with pytest.raises(AuditEventImmutable):
        await stored.save()
    with pytest.raises(AuditEventImmutable):
        await stored.save(update_fields=["after"])
    with pytest.raises(AuditEventImmutable):
        await stored.delete()
    with pytest.raises(AuditEventImmutable):
        await AuditEvent.filter(seq=event.seq).update(after={})
    with pytest.raises(AuditEventImmutable):
        await AuditEvent.filter(seq=event.seq).delete()
    with pytest.raises(AuditEventImmutable):
        await AuditEvent.all().delete()
    with pytest.raises(AuditEventImmutable):
        await AuditEvent.bulk_update([stored], fields=["after"])
    with pytest.raises(AuditEventImmutable):
        await AuditEvent.bulk_create([stored])
    with pytest.raises(AuditEventImmutable):
        await AuditEvent.select_for_update().filter(seq=event.seq).update(after={})
    unchanged = await AuditEvent.get(seq=event.seq)
    assert unchanged.after == {"status": "CLAIMED"}
    assert (await audit.verify()).ok


async def test_a1_orm_refuses_an_event_whose_hash_is_not_its_own(
    db: str, clock: FixedClock
) -> None:
    (event,) = await record(1)
    forged = AuditEvent(
        **{
            **event.fields_for_hash().__dict__,
            "seq": 2,
            "prev_hash": event.hash,
            "hash": "0" * 64,
        }
    )
    with pytest.raises(ValueError):
        await forged.save()
    assert await AuditEvent.all().count() == 1


async def test_a1_database_triggers_refuse_update_and_delete(db: str, clock: FixedClock) -> None:
    """The triggers of domain/audit/sql.py (the migrations install them; the test schema
    has none, so this test installs them and removes them again)."""
    (event,) = await record(1)
    kind = dialect(db)
    connection = connections.get("default")
    await connection.execute_script(append_only_sql(kind))
    try:
        for statement in (
            f"UPDATE audit_event SET action = 'push.return' WHERE seq = {event.seq}",
            f"DELETE FROM audit_event WHERE seq = {event.seq}",
        ):
            with pytest.raises((IntegrityError, OperationalError)) as raised:
                await connection.execute_script(statement)
            assert "append-only" in str(raised.value)
        if kind == "postgres":
            with pytest.raises((IntegrityError, OperationalError)):
                await connection.execute_script("TRUNCATE audit_event")
    finally:
        await connection.execute_script(drop_append_only_sql(kind))
    assert (await AuditEvent.get(seq=event.seq)).action == "push.claim"
