"""Reminders (M1): before and at each due time, to the people who must act, through
in-app notifications, e-mail and SMS — each delivery sent exactly once.

Importing the package registers the reminder schedule with the deadlines area
(``domain.deadlines.services.schedules_reminders``).
"""
