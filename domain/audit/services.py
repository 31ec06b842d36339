"""Audit trail (A1): record events, verify the chain, read the trail.

Every use case that changes state calls :func:`record` inside its
``async with transaction():``. The event is chained to its predecessor by hash
(see rules.py and docs/audit.md); two concurrent use cases never fork the chain:
on PostgreSQL :func:`record` takes a transaction-level advisory lock before it
reads the last event (held until COMMIT/ROLLBACK), on SQLite Tortoise already
runs one transaction at a time on its single connection. The primary key on
``seq`` and the unique ``prev_hash`` make a fork impossible to commit anyway.

Because of that lock, audited use cases on PostgreSQL commit one after the
other from the moment they call ``record``: call it at the end of the use case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from domain.accounts.actor import SYSTEM, Actor, Role
from domain.accounts.policy import Operation, can, department_scope
from domain.audit.errors import AuditOutsideUseCase
from domain.audit.models import AuditEvent
from domain.audit.rules import (
    ChainHead,
    EventFields,
    VerifyReport,
    check_action,
    check_link,
    to_json_value,
)
from domain.clock import utc_now
from domain.errors import InvalidInput, NotAuthenticated, PermissionDenied
from domain.transaction import after_commit, in_use_case
from shenguan.logs import request_id_var
from shenguan.pubsub import get_pubsub

# pg_advisory_xact_lock key of the chain ("SGAUDIT1" as a 64-bit integer).
CHAIN_LOCK_KEY = 0x5347_4155_4449_5431
# The pub/sub channel of newly recorded events.
CHANNEL = "audit"
VERIFY_BATCH_SIZE = 1000


def _connection() -> BaseDBAsyncClient:
    # Inside transaction() this is the transaction's connection.
    return connections.get("default")


async def record(
    actor: Actor,
    action: str,
    *,
    target_type: str,
    target_id: int | str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    department_id: int | None = None,
) -> AuditEvent:
    """Write one audit event in the current transaction (call inside ``transaction()``).

    ``action`` is a dotted verb such as ``"user.create"``; ``before``/``after`` are
    JSON-able snapshots of the target (no secrets: never password hashes or tokens).
    ``department_id`` is the department the target belongs to (who may read the
    trail); it defaults to the actor's department. After the transaction commits,
    ``{"seq", "targetType", "targetId", "departmentId"}`` goes out on the ``audit``
    pub/sub channel.
    """
    if not in_use_case():
        raise AuditOutsideUseCase()
    check_action(action)
    target_id = str(target_id)
    if not target_type or len(target_type) > 64 or not target_id or len(target_id) > 64:
        raise ValueError("audit target_type and target_id must be 1 to 64 characters")
    if department_id is None:
        department_id = actor.department_id
    before_value = to_json_value(before)
    after_value = to_json_value(after)

    connection = _connection()
    if connection.capabilities.dialect == "postgres":
        await connection.execute_query("SELECT pg_advisory_xact_lock($1)", [CHAIN_LOCK_KEY])
    last = (
        await AuditEvent.all().using_db(connection).order_by("-seq").first().values("seq", "hash")
    )
    head = ChainHead(last["seq"], last["hash"]) if last else ChainHead()

    fields = EventFields(
        seq=head.seq + 1,
        at=utc_now(),
        actor_user_id=actor.user_id,
        actor_username=actor.username,
        actor_token_id=actor.token_id,
        department_id=department_id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        before=before_value,
        after=after_value,
        request_id=request_id_var.get(),
        prev_hash=head.hash,
    )
    event = AuditEvent(**{**fields.__dict__, "hash": fields.hash()})
    await event.save(using_db=connection)

    message = {
        "seq": event.seq,
        "targetType": event.target_type,
        "targetId": event.target_id,
        "departmentId": event.department_id,
    }

    async def publish() -> None:
        await get_pubsub().publish(CHANNEL, message)

    await after_commit(publish)
    return event


async def verify(batch_size: int = VERIFY_BATCH_SIZE) -> VerifyReport:
    """Walk the whole chain in order, ``batch_size`` events at a time.

    Returns the first broken event (edited, chain broken, sequence gap) or the
    count and head of an intact chain. Deleting the newest events leaves an
    intact but shorter chain: compare the head with one noted elsewhere.
    """
    head = ChainHead()
    count = 0
    while True:
        batch = await AuditEvent.filter(seq__gt=head.seq).order_by("seq").limit(batch_size)
        for event in batch:
            broken = check_link(head, event.fields_for_hash(), event.hash)
            if broken is not None:
                return VerifyReport(count=count, head=head, broken=broken)
            head = ChainHead(event.seq, event.hash)
            count += 1
        if len(batch) < batch_size:
            return VerifyReport(count=count, head=head)


# ---- reading ------------------------------------------------------------------


def _require_authenticated(actor: Actor) -> None:
    if not actor.is_authenticated:
        raise NotAuthenticated("请先登录。")


def reads_all_departments(actor: Actor) -> bool:
    """Auditors and the coordination group read every department's trail (policy
    READ_AUDIT_TRAIL)."""
    return can(actor, Operation.READ_AUDIT_TRAIL)


def is_auditor(actor: Actor) -> bool:
    return actor is SYSTEM or (not actor.is_token and actor.has(Role.AUDITOR))


def _visible(actor: Actor) -> QuerySet[AuditEvent]:
    """The events ``actor`` may read.

    Auditors and coordinators: all (READ_AUDIT_TRAIL). Everyone else: the events
    of the departments whose records they may read (READ_RECORDS: their own
    department; an API token its department). The system administrator reads
    none (the auditor checks the administrator).
    """
    _require_authenticated(actor)
    events = AuditEvent.all()
    if reads_all_departments(actor):
        return events
    scope = department_scope(actor, Operation.READ_RECORDS)
    if scope is None:
        return events
    if not scope:
        return events.filter(seq__lt=0)  # nothing: seq starts at 1
    return events.filter(department_id__in=sorted(scope))


def audit_trail(actor: Actor, target_type: str, target_id: str) -> QuerySet[AuditEvent]:
    """The events of one target that ``actor`` may read (order them by ``seq``).

    Auditors and coordinators read every event; everyone else the events whose
    department is theirs (another department's target has an empty trail).
    """
    if not target_type or not target_id:
        field = "targetType" if not target_type else "targetId"
        raise InvalidInput("请指定对象类型和编号 (target type and id)", field=field)
    return _visible(actor).filter(target_type=target_type, target_id=str(target_id))


@dataclass(frozen=True)
class EventFilter:
    """Filters of :func:`audit_events`; ``None`` means any."""

    action_prefix: str | None = None
    actor_username: str | None = None
    actor_user_id: int | None = None
    department_id: int | None = None
    target_type: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive


def require_auditor(actor: Actor) -> None:
    """Only auditors browse and follow the whole trail."""
    _require_authenticated(actor)
    if not is_auditor(actor):
        raise PermissionDenied("仅审计人员可以浏览全部审计事件。")


def audit_events(actor: Actor, filter: EventFilter) -> QuerySet[AuditEvent]:
    """All events matching ``filter`` (auditors only; order them by ``seq``)."""
    require_auditor(actor)
    for name in ("since", "until"):
        value = getattr(filter, name)
        if value is not None and value.tzinfo is None:
            raise InvalidInput("时间必须带时区 (timezone required)", field=name)
    conditions: list[Q] = []
    if filter.action_prefix:
        conditions.append(Q(action__startswith=filter.action_prefix))
    if filter.actor_username:
        conditions.append(Q(actor_username=filter.actor_username))
    if filter.actor_user_id is not None:
        conditions.append(Q(actor_user_id=filter.actor_user_id))
    if filter.department_id is not None:
        conditions.append(Q(department_id=filter.department_id))
    if filter.target_type:
        conditions.append(Q(target_type=filter.target_type))
    if filter.since is not None:
        conditions.append(Q(at__gte=filter.since))
    if filter.until is not None:
        conditions.append(Q(at__lt=filter.until))
    return _visible(actor).filter(*conditions)


async def visible_events(actor: Actor, seqs: Sequence[int]) -> dict[int, AuditEvent]:
    """The events of ``seqs`` that ``actor`` may read, by seq (one query)."""
    if not seqs:
        return {}
    events = await _visible(actor).filter(seq__in=list(seqs))
    return {event.seq: event for event in events}


async def visible_event(actor: Actor, seq: int) -> AuditEvent | None:
    return (await visible_events(actor, [seq])).get(seq)
