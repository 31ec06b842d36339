"""Deadlines: the due time of something that must be done within N working days (T1–T4).

A deadline belongs to a subject (``subject_type``, ``subject_id``: a push, a task,
an inquiry …) and a ``kind`` (what must be done: ``"push.claim"``, ``"task.feedback"``).
Sweeps find the open ones falling due with ``closed_at IS NULL AND due_at <= t``
(index ``deadline_open_due``).
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model


class DeadlineRule(StrEnum):
    WORKING_DAYS = "WORKING_DAYS"  # T2: end of the Nth working day after the event's date
    SAME_DAY = "SAME_DAY"  # T3: end of the day of the work


class Deadline(Model):
    id = fields.IntField(primary_key=True)
    subject_type = fields.CharField(max_length=64)
    subject_id = fields.BigIntField()
    kind = fields.CharField(max_length=64)
    # The department that must act (None: not one department's).
    department_id = fields.IntField(null=True, db_index=True)
    rule = fields.CharEnumField(DeadlineRule, max_length=16)
    started_at = fields.DatetimeField()  # the triggering event, UTC
    working_days = fields.IntField(null=True)  # N, for WORKING_DAYS
    due_at = fields.DatetimeField(db_index=True)
    # Counted over a year the calendar does not know yet: recomputed when it is entered.
    provisional = fields.BooleanField(default=False)
    closed_at = fields.DatetimeField(null=True)
    closed_late_by_working_days = fields.IntField(null=True)  # 0: on time (T4)
    # When the reminders sweep (M1) next has something to do for this deadline: its
    # first reminder, then the overdue one; None when nothing more is due (closed, or
    # no reminder policy for its kind). Set through the hook of
    # ``services.schedules_reminders``; the sweep reads ``next_reminder_at <= now``.
    next_reminder_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "deadline"
        indexes = (
            Index(fields=("closed_at", "due_at"), name="deadline_open_due"),
            Index(fields=("subject_type", "subject_id"), name="deadline_subject"),
            Index(fields=("next_reminder_at", "id"), name="deadline_next_reminder"),
        )

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None
