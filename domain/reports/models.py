"""Tortoise model of reports from the public (举报, A4).

A report's tasks are the supervision tasks of origin REPORT whose ``subject_id`` is the
report's id (``domain.linkage.services.tasks.open_task``); ``department_ids`` copies
their departments, in the order the tasks were opened, for display.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from domain.linkage.models import Licensee
from domain.reports.rules import Routing


class Report(Model):
    """举报 (A4): what a member of the public reported about a licensee."""

    id = fields.IntField(primary_key=True)
    # What the reporter quotes (never the internal id): JB20260601-7K3F9Q2M4D.
    receipt_number = fields.CharField(max_length=32, unique=True)
    # What was named: a USCC or ID number (normalized) and/or a name, as typed.
    named_number = fields.CharField(max_length=18, default="")
    named_name = fields.CharField(max_length=200, default="")
    licensee: fields.ForeignKeyNullableRelation[Licensee] = fields.ForeignKeyField(
        "models.Licensee", related_name="reports", null=True, on_delete=fields.RESTRICT
    )
    licensee_id: int | None
    content = fields.TextField()
    # Shown only to the staff of its tasks' departments, the coordinator and the auditor.
    contact = fields.CharField(max_length=254, default="")
    # HMAC of the client address (rules.address_hash): the rate limit counts these.
    address_hash = fields.CharField(max_length=64)
    submitted_at = fields.DatetimeField()
    routing = fields.CharEnumField(Routing, max_length=32)
    department_ids = fields.JSONField(default=list)

    class Meta:
        table = "report"
        indexes = (
            Index(fields=("address_hash", "submitted_at"), name="report_address"),
            Index(fields=("submitted_at", "id"), name="report_submitted"),
        )

    def snapshot(self) -> dict[str, Any]:
        """For the audit trail: no contact and no address hash (the reporter's privacy)."""
        return {
            "receipt_number": self.receipt_number,
            "named_number": self.named_number,
            "named_name": self.named_name,
            "licensee_id": self.licensee_id,
            "content": self.content,
            "has_contact": bool(self.contact),
            "routing": Routing(self.routing).value,
            "department_ids": list(self.department_ids),
            "source": "public",  # submitted by the public, without login
        }
