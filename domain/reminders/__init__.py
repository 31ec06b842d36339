"""Reminders (M1): before and at each due time, to the people who must act, through
in-app notifications, e-mail and SMS — each delivery sent exactly once.

Importing the package registers the reminder schedule with the deadlines area
(``domain.deadlines.services.schedules_reminders``): Tortoise imports it with
``domain.reminders.models`` (``shenguan.db.MODEL_MODULES``), so wherever the models
are loaded a deadline opened or recomputed gets its ``next_reminder_at``.
"""

from domain.deadlines.services import schedules_reminders
from domain.reminders.rules import first_reminder_time

schedules_reminders(first_reminder_time)
