"""Tortoise model of inquiries (Q1): 业务函询 between departments.

The reply deadline is a ``domain.deadlines`` row (kind ``inquiry.reply``, the asked
department's); its due time is copied here for the queues' sort and the lights.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from domain.accounts.models import Department
from domain.inquiries.rules import InquiryStatus, InquiryTopic


class Inquiry(Model):
    """业务函询 (Q1): a question from ``asking_department`` to ``asked_department``."""

    id = fields.IntField(primary_key=True)
    asking_department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="inquiries_sent", on_delete=fields.RESTRICT
    )
    asking_department_id: int
    asked_department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="inquiries_received", on_delete=fields.RESTRICT
    )
    asked_department_id: int
    topic = fields.CharEnumField(InquiryTopic, max_length=24)
    subject = fields.CharField(max_length=200)
    question = fields.TextField()
    status = fields.CharEnumField(InquiryStatus, max_length=16, default=InquiryStatus.OPEN)
    reply_working_days = fields.IntField()
    sent_at = fields.DatetimeField()
    sent_by_id = fields.IntField(null=True)
    sent_by_name = fields.CharField(max_length=100, default="")  # as shown when sent
    # The reply deadline (domain.deadlines) and a copy of its due time.
    deadline_id = fields.IntField(null=True)
    due_at = fields.DatetimeField()
    due_provisional = fields.BooleanField(default=False)
    reply = fields.TextField(default="")
    replied_at = fields.DatetimeField(null=True)
    replied_by_id = fields.IntField(null=True)
    replied_by_name = fields.CharField(max_length=100, default="")  # as shown when replied
    # Q1: when silence became consent (the first instant after the due time).
    deemed_consent_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "inquiry"
        indexes = (
            Index(fields=("asked_department_id", "sent_at", "id"), name="inquiry_asked"),
            Index(fields=("asking_department_id", "sent_at", "id"), name="inquiry_asking"),
            Index(fields=("sent_at", "id"), name="inquiry_sent"),
            Index(fields=("status", "deemed_consent_at"), name="inquiry_status"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "asking_department_id": self.asking_department_id,
            "asked_department_id": self.asked_department_id,
            "topic": InquiryTopic(self.topic).value,
            "subject": self.subject,
            "status": InquiryStatus(self.status).value,
            "reply_working_days": self.reply_working_days,
            "sent_at": self.sent_at,
            "deadline_id": self.deadline_id,
            "due_at": self.due_at,
            "replied_at": self.replied_at,
            "replied_by_id": self.replied_by_id,
            "deemed_consent_at": self.deemed_consent_at,
        }
