"""Tortoise models of the linkage loop: licensees (P6), pushes (P1–P3), supervision
tasks (P4, S1), responsibility disputes (P3) and the outbox of linkage events.

Queues sort by a due time stored on the row (``Push.claim_due_at``,
``SupervisionTask.due_at``: copies of the open deadline's due time, so a page is one
indexed keyset query); the deadline itself lives in ``domain.deadlines``.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from domain.accounts.models import Department, User
from domain.linkage.rules import (
    DisputeStatus,
    LicenseeKind,
    LinkageEventKind,
    PushSource,
    PushStatus,
    TaskStatus,
)


class Licensee(Model):
    """行政相对人 (P6): one record per USCC or ID number, shared by every push."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(LicenseeKind, max_length=16)
    number = fields.CharField(max_length=18, unique=True)
    name = fields.CharField(max_length=200, db_index=True)
    contact_phone = fields.CharField(max_length=32, default="")
    address = fields.CharField(max_length=200, default="")
    legal_representative = fields.CharField(max_length=100, default="")
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "linkage_licensee"

    def snapshot(self) -> dict[str, Any]:
        return {
            "kind": LicenseeKind(self.kind).value,
            "number": self.number,
            "name": self.name,
            "contact_phone": self.contact_phone,
            "address": self.address,
            "legal_representative": self.legal_representative,
        }


class Push(Model):
    """审批信息推送 (P1): an approval decision on its way to the supervising department."""

    id = fields.IntField(primary_key=True)
    document_number = fields.CharField(max_length=100, unique=True)  # 法律文书编号
    source = fields.CharEnumField(PushSource, max_length=16, default=PushSource.RECORDED)
    approval_department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="pushes_decided", on_delete=fields.RESTRICT
    )
    approval_department_id: int
    licensee: fields.ForeignKeyRelation[Licensee] = fields.ForeignKeyField(
        "models.Licensee", related_name="pushes", on_delete=fields.RESTRICT
    )
    licensee_id: int
    # The handling item and approval item as in the catalogue in effect on the license date.
    handling_item_id = fields.IntField(db_index=True)
    handling_item_code = fields.CharField(max_length=64)
    handling_item_name = fields.CharField(max_length=200)
    approval_item_id = fields.IntField(null=True)
    approval_item_code = fields.CharField(max_length=64, default="")
    approval_item_name = fields.CharField(max_length=200)
    catalogue_version_id = fields.IntField(null=True)  # None: no version in effect
    # The route: the supervising department and sub-item (None for a routing gap).
    department: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="pushes", null=True, on_delete=fields.RESTRICT
    )
    department_id: int | None
    supervision_item_id = fields.IntField(null=True)
    supervision_item_name = fields.CharField(max_length=200, null=True)
    supervision_sub_item_id = fields.IntField(null=True)
    supervision_sub_item_name = fields.CharField(max_length=200, null=True)
    # The decision (P1).
    license_date = fields.DateField()
    valid_from = fields.DateField()
    valid_until = fields.DateField(null=True)
    license_content = fields.TextField()
    materials = fields.JSONField(default=list)
    handling_opinion = fields.TextField(default="")
    commitment_content = fields.TextField(default="")
    recorded_by_id = fields.IntField(null=True)
    pushed_at = fields.DatetimeField()
    # The claim (P2): the current claim deadline and its due time (copied for sorting).
    status = fields.CharEnumField(PushStatus, max_length=16, db_index=True)
    claim_deadline_id = fields.IntField(null=True)
    claim_due_at = fields.DatetimeField()
    claim_due_provisional = fields.BooleanField(default=False)
    claimed_at = fields.DatetimeField(null=True)
    claimed_by_id = fields.IntField(null=True)
    claim_late_working_days = fields.IntField(null=True)  # T4: 0 on time
    updated_at = fields.DatetimeField()

    class Meta:
        table = "linkage_push"
        indexes = (
            Index(fields=("department_id", "status", "claim_due_at", "id"), name="push_queue"),
            Index(fields=("claim_due_at", "id"), name="push_due"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "document_number": self.document_number,
            "status": PushStatus(self.status).value,
            "department_id": self.department_id,
            "approval_department_id": self.approval_department_id,
            "licensee_id": self.licensee_id,
            "handling_item_id": self.handling_item_id,
            "supervision_sub_item_id": self.supervision_sub_item_id,
            "license_date": self.license_date,
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            "claim_deadline_id": self.claim_deadline_id,
            "claim_due_at": self.claim_due_at,
            "claimed_at": self.claimed_at,
            "claimed_by_id": self.claimed_by_id,
            "claim_late_working_days": self.claim_late_working_days,
        }


class SupervisionTask(Model):
    """监管任务 (P4): the work a claimed push creates, due in 30 working days of the push (S1)."""

    id = fields.IntField(primary_key=True)
    push: fields.OneToOneRelation[Push] = fields.OneToOneField(
        "models.Push", related_name="task", on_delete=fields.RESTRICT
    )
    push_id: int
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="supervision_tasks", on_delete=fields.RESTRICT
    )
    department_id: int
    status = fields.CharEnumField(TaskStatus, max_length=16, db_index=True)
    deadline_id = fields.IntField()
    due_at = fields.DatetimeField()
    due_provisional = fields.BooleanField(default=False)
    created_at = fields.DatetimeField()
    created_by_id = fields.IntField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "linkage_supervision_task"
        indexes = (
            Index(fields=("department_id", "status", "due_at", "id"), name="task_queue"),
            Index(fields=("due_at", "id"), name="task_due"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "push_id": self.push_id,
            "department_id": self.department_id,
            "status": TaskStatus(self.status).value,
            "deadline_id": self.deadline_id,
            "due_at": self.due_at,
        }


class Dispute(Model):
    """职责争议 (P3): a push returned by its department, open until the coordinator reassigns it."""

    id = fields.IntField(primary_key=True)
    push: fields.ForeignKeyRelation[Push] = fields.ForeignKeyField(
        "models.Push", related_name="disputes", on_delete=fields.RESTRICT
    )
    push_id: int
    # The department that returned the push.
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="disputes", on_delete=fields.RESTRICT
    )
    department_id: int
    reason = fields.TextField()
    status = fields.CharEnumField(DisputeStatus, max_length=16, db_index=True)
    opened_at = fields.DatetimeField()
    opened_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="disputes_opened", null=True, on_delete=fields.SET_NULL
    )
    opened_by_id: int | None
    resolved_at = fields.DatetimeField(null=True)
    resolved_by_id = fields.IntField(null=True)
    # The department the coordinator assigned the push to, and why.
    assigned_department_id = fields.IntField(null=True)
    resolution_note = fields.TextField(default="")

    class Meta:
        table = "linkage_dispute"
        indexes = (Index(fields=("status", "opened_at", "id"), name="dispute_open"),)

    def snapshot(self) -> dict[str, Any]:
        return {
            "push_id": self.push_id,
            "department_id": self.department_id,
            "reason": self.reason,
            "status": DisputeStatus(self.status).value,
            "assigned_department_id": self.assigned_department_id,
            "resolution_note": self.resolution_note,
        }


class LinkageEvent(Model):
    """The outbox of the live task stream: written in the use case's transaction.

    ``id`` is the resume cursor. Events are written after the use case's first audit
    record, i.e. under the audit chain's lock on PostgreSQL, so ids commit in order.
    ``department_id`` None: for the coordination group (routing gaps, returns).
    """

    id = fields.BigIntField(primary_key=True)
    department_id = fields.IntField(null=True)
    kind = fields.CharEnumField(LinkageEventKind, max_length=32)
    push_id = fields.IntField()
    task_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "linkage_event"
        indexes = (Index(fields=("department_id", "id"), name="linkage_event_department"),)
