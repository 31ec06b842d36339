"""Tortoise models of credit (R1, R2): credit records and blacklist entries.

At most one open blacklist entry per licensee is enforced by the database: while an
entry is open (not removed, not replaced after it ended) ``open_licensee_id`` holds
its licensee's id, under a unique index; removal clears it, and so does adding a new
entry once the old one has ended (``domain.credit.services``).
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from domain.accounts.models import Department
from domain.credit.rules import CreditSeverity, CreditSource
from domain.linkage.models import Licensee


class CreditRecord(Model):
    """信用记录 (R1): one fact in a licensee's credit history."""

    id = fields.IntField(primary_key=True)
    licensee: fields.ForeignKeyRelation[Licensee] = fields.ForeignKeyField(
        "models.Licensee", related_name="credit_records", on_delete=fields.RESTRICT
    )
    licensee_id: int
    source = fields.CharEnumField(CreditSource, max_length=32)
    severity = fields.CharEnumField(CreditSeverity, max_length=16)
    occurred_on = fields.DateField()
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="credit_records", on_delete=fields.RESTRICT
    )
    department_id: int
    description = fields.TextField()
    # The record it came from (a LicenseRequest approved, a ReversePush …); "" / None
    # for one entered by hand.
    subject_type = fields.CharField(max_length=32, default="")
    subject_id = fields.IntField(null=True)
    recorded_by_id = fields.IntField(null=True)  # None: the system
    recorded_at = fields.DatetimeField()

    class Meta:
        table = "credit_record"
        unique_together = (("source", "subject_type", "subject_id"),)
        indexes = (
            Index(fields=("licensee_id", "occurred_on", "id"), name="credit_record_licensee"),
            Index(fields=("occurred_on", "id"), name="credit_record_occurred"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "licensee_id": self.licensee_id,
            "source": CreditSource(self.source).value,
            "severity": CreditSeverity(self.severity).value,
            "occurred_on": self.occurred_on,
            "department_id": self.department_id,
            "description": self.description,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
        }


class BlacklistEntry(Model):
    """黑名单 (R2): a licensee under joint punishment, from ``starts_on`` to ``ends_on``
    (its last day; None: until removed)."""

    id = fields.IntField(primary_key=True)
    licensee: fields.ForeignKeyRelation[Licensee] = fields.ForeignKeyField(
        "models.Licensee", related_name="blacklist_entries", on_delete=fields.RESTRICT
    )
    licensee_id: int
    reason = fields.TextField()
    legal_basis = fields.CharField(max_length=500)
    starts_on = fields.DateField()
    ends_on = fields.DateField(null=True)
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="blacklist_entries", on_delete=fields.RESTRICT
    )
    department_id: int
    added_by_id = fields.IntField(null=True)
    added_at = fields.DatetimeField()
    removed_at = fields.DatetimeField(null=True)
    removed_by_id = fields.IntField(null=True)
    removal_reason = fields.TextField(default="")
    # The licensee's id while the entry is open; unique: one open entry per licensee.
    open_licensee_id = fields.IntField(null=True, unique=True)

    class Meta:
        table = "credit_blacklist_entry"
        indexes = (
            Index(fields=("licensee_id", "starts_on", "id"), name="blacklist_licensee"),
            Index(fields=("starts_on", "id"), name="blacklist_starts"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "licensee_id": self.licensee_id,
            "reason": self.reason,
            "legal_basis": self.legal_basis,
            "starts_on": self.starts_on,
            "ends_on": self.ends_on,
            "department_id": self.department_id,
            "removed_at": self.removed_at,
            "removed_by_id": self.removed_by_id,
            "removal_reason": self.removal_reason,
        }
