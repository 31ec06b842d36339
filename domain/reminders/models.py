"""Tortoise models of reminders (M1).

- ``Reminder``: one per deadline, stage (due soon, overdue, …) and due time — the
  unique ``key`` makes the sweep idempotent: two sweeps at once create it once.
- ``Delivery``: one per reminder, recipient and channel — the unit that is sent
  exactly once. A worker claims it atomically (PENDING → SENDING with a lease), sends,
  and marks it SENT; a delivery whose lease expired (the worker died) is claimed again.
  The message is rendered when the delivery is created and never changes.
- ``Notification``: the in-app channel's message, listed on the admin page (read or
  unread); written in the same transaction that marks its delivery SENT.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model


class ReminderStage(StrEnum):
    DUE_SOON = "DUE_SOON"  # before the due time (the policy says how long before)
    OVERDUE = "OVERDUE"  # when the due time has passed
    DAY_BEFORE = "DAY_BEFORE"  # the calendar day before (K2: the applicant, 材料延期)


class Channel(StrEnum):
    IN_APP = "IN_APP"
    EMAIL = "EMAIL"
    SMS = "SMS"


class DeliveryStatus(StrEnum):
    PENDING = "PENDING"  # created, waiting for a worker
    SENDING = "SENDING"  # claimed by a worker until ``lease_until``
    SENT = "SENT"  # accepted by the channel
    FAILED = "FAILED"  # gave up after the last attempt (``last_error``)


class Reminder(Model):
    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=128, unique=True)
    deadline_id = fields.IntField(db_index=True)
    stage = fields.CharEnumField(ReminderStage, max_length=16)
    kind = fields.CharField(max_length=64)  # the deadline's kind
    subject_type = fields.CharField(max_length=64)
    subject_id = fields.BigIntField()
    department_id = fields.IntField(null=True)
    due_at = fields.DatetimeField()  # the due time it reminds of
    created_at = fields.DatetimeField()

    class Meta:
        table = "reminder"


class Delivery(Model):
    id = fields.IntField(primary_key=True)
    reminder: fields.ForeignKeyRelation[Reminder] = fields.ForeignKeyField(
        "models.Reminder", related_name="deliveries", on_delete=fields.RESTRICT
    )
    reminder_id: int
    # Unique per reminder, channel and recipient; also the idempotency key given to the
    # channel (the e-mail's Message-ID, the SMS gateway's message id).
    key = fields.CharField(max_length=160, unique=True)
    channel = fields.CharEnumField(Channel, max_length=8)
    recipient_user_id = fields.IntField(null=True)  # None: not a user (the applicant, K2)
    address = fields.CharField(max_length=254)  # e-mail address, phone number, or user id
    subject = fields.CharField(max_length=200)
    body = fields.TextField()
    status = fields.CharEnumField(DeliveryStatus, max_length=8, default=DeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)
    lease_until = fields.DatetimeField(null=True)
    sent_at = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")
    created_at = fields.DatetimeField()

    class Meta:
        table = "reminder_delivery"
        indexes = (Index(fields=("status", "lease_until", "id"), name="delivery_pending"),)

    def snapshot(self) -> dict[str, Any]:
        return {
            "reminder_id": self.reminder_id,
            "channel": Channel(self.channel).value,
            "recipient_user_id": self.recipient_user_id,
            "status": DeliveryStatus(self.status).value,
            "attempts": self.attempts,
            "sent_at": self.sent_at,
        }


class Notification(Model):
    """站内通知: the in-app message of a delivery, for one user."""

    id = fields.IntField(primary_key=True)
    user_id = fields.IntField()
    delivery_id = fields.IntField(null=True, unique=True)
    title = fields.CharField(max_length=200)
    body = fields.TextField()
    # The record it is about (e.g. Push / SupervisionTask), for a link on the page.
    subject_type = fields.CharField(max_length=64, default="")
    subject_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField()
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "notification"
        indexes = (Index(fields=("user_id", "read_at", "id"), name="notification_inbox"),)
