"""Tortoise models of the working-day calendar (T1).

``CalendarDay`` holds every day of the years entered in full (``CalendarYear``)
and single corrected days; ``CalendarRevision`` is one row whose value changes
with every change of the calendar, so that each process can tell cheaply
whether its cached calendar is still current.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from domain.calendar.rules import DaySource

REVISION_ROW_ID = 1


class CalendarDay(Model):
    id = fields.IntField(primary_key=True)
    date = fields.DateField(unique=True)
    is_working_day = fields.BooleanField()
    source = fields.CharEnumField(DaySource, max_length=16)
    holiday_name = fields.CharField(max_length=64, null=True)
    # Who entered the day: the user (None for the package seed and the command line).
    changed_by_user_id = fields.IntField(null=True)
    changed_by = fields.CharField(max_length=150)
    changed_at = fields.DatetimeField()
    reason = fields.CharField(max_length=500, null=True)

    class Meta:
        table = "calendar_day"


class CalendarYear(Model):
    """A year entered in full: every day of it is in ``calendar_day``."""

    id = fields.IntField(primary_key=True)
    year = fields.IntField(unique=True)
    source = fields.CharEnumField(DaySource, max_length=16)
    entered_by_user_id = fields.IntField(null=True)
    entered_by = fields.CharField(max_length=150)
    entered_at = fields.DatetimeField()

    class Meta:
        table = "calendar_year"


class CalendarRevision(Model):
    """One row (id 1): a fresh random value after every change of the calendar."""

    id = fields.IntField(primary_key=True, generated=False)
    revision = fields.CharField(max_length=32)
    changed_at = fields.DatetimeField()

    class Meta:
        table = "calendar_revision"
