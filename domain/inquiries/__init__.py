"""Inquiries between departments (业务函询, Q1): a question with a reply deadline;
silence past it counts as consent, recorded against the silent department.

Importing the package registers the reply deadline's reminder policy, the deemed
consent step and the texts' placeholders with the reminders area
(``domain.inquiries.reminders``): Tortoise imports it with
``domain.inquiries.models`` (``shenguan.db.MODEL_MODULES``), so every process that
loads the models — the scheduler's sweep included — has them.
"""

from domain.inquiries import reminders as _reminders  # noqa: F401  (registers the policy)
