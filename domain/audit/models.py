"""The audit trail's one table (A1): append-only, hash-chained events.

Rows are written only by ``domain.audit.services.record``. Through the ORM an
event cannot be changed or deleted: ``save`` of a stored event, ``delete``,
``QuerySet.update/delete``, ``bulk_update`` and ``bulk_create`` all raise
:class:`AuditEventImmutable`. Below the ORM, the database triggers of
``domain/audit/sql.py`` (installed by the migrations) refuse UPDATE and DELETE,
and ``shenguan audit verify`` detects what someone with the rights to drop them did.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.manager import Manager
from tortoise.models import Model
from tortoise.queryset import QuerySet

from domain.audit.errors import AuditEventImmutable
from domain.audit.rules import EventFields


class AppendOnlyQuerySet(QuerySet):  # type: ignore[type-arg]
    """A queryset that reads and never writes."""

    def update(self, **kwargs: Any) -> Any:
        raise AuditEventImmutable("QuerySet.update")

    def delete(self) -> Any:
        raise AuditEventImmutable("QuerySet.delete")

    def bulk_update(self, *args: Any, **kwargs: Any) -> Any:
        raise AuditEventImmutable("bulk_update")

    def bulk_create(self, *args: Any, **kwargs: Any) -> Any:
        raise AuditEventImmutable("bulk_create (use audit.record)")


class AppendOnlyManager(Manager):
    def get_queryset(self) -> QuerySet:  # type: ignore[type-arg]
        return AppendOnlyQuerySet(self._model)


class AuditEvent(Model):
    """One change of state: who, when, what, before and after, chained by hash."""

    # Gap-free sequence number, assigned by record() under the chain lock.
    seq = fields.BigIntField(primary_key=True, generated=False)
    at = fields.DatetimeField()
    # The actor, denormalised: the trail outlives renamed or deleted users.
    actor_user_id = fields.IntField(null=True)
    actor_username = fields.CharField(max_length=150)
    actor_token_id = fields.IntField(null=True)
    department_id = fields.IntField(null=True)
    action = fields.CharField(max_length=100)
    target_type = fields.CharField(max_length=64)
    target_id = fields.CharField(max_length=64)
    before: Any = fields.JSONField(null=True)
    after: Any = fields.JSONField(null=True)
    request_id = fields.CharField(max_length=64, null=True)
    prev_hash = fields.CharField(max_length=64, unique=True)
    hash = fields.CharField(max_length=64, unique=True)

    class Meta:
        table = "audit_event"
        manager = AppendOnlyManager()
        indexes = (
            ("target_type", "target_id", "seq"),
            ("department_id", "seq"),
            ("action", "seq"),
            ("actor_username", "seq"),
            ("at",),
        )

    def fields_for_hash(self) -> EventFields:
        return EventFields(
            seq=self.seq,
            at=self.at,
            actor_user_id=self.actor_user_id,
            actor_username=self.actor_username,
            actor_token_id=self.actor_token_id,
            department_id=self.department_id,
            action=self.action,
            target_type=self.target_type,
            target_id=self.target_id,
            before=self.before,
            after=self.after,
            request_id=self.request_id,
            prev_hash=self.prev_hash,
        )

    async def save(
        self,
        using_db: BaseDBAsyncClient | None = None,
        update_fields: Iterable[str] | None = None,
        force_create: bool = False,
        force_update: bool = False,
    ) -> None:
        if self._saved_in_db or force_update or update_fields:
            raise AuditEventImmutable(f"save of event {self.seq}")
        if self.hash != self.fields_for_hash().hash():
            raise ValueError("an audit event's hash must be the hash of its fields")
        await super().save(using_db=using_db, force_create=True)

    async def delete(self, using_db: BaseDBAsyncClient | None = None) -> None:
        raise AuditEventImmutable(f"delete of event {self.seq}")

    def __str__(self) -> str:
        return f"AuditEvent#{self.seq} {self.action} {self.target_type}:{self.target_id}"
