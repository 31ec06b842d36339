"""Inquiries in the reminders mechanism (Q1, M1): the policy of the reply deadline —
"due tomorrow" to the asked department, and when the due time passes a message that
its silence counted as consent — the OVERDUE step that records the deemed consent,
and the placeholders of the texts (``templates/inquiry.reply.*.txt``).

Registered when ``domain.inquiries`` is imported (Tortoise imports it with
``domain.inquiries.models``), so every process that sweeps has the step.
"""

from __future__ import annotations

from domain.accounts.models import Department
from domain.deadlines.models import Deadline
from domain.inquiries import rules
from domain.inquiries.models import Inquiry
from domain.inquiries.services import record_deemed_consent
from domain.reminders.messages import register_subject
from domain.reminders.models import ReminderStage
from domain.reminders.rules import (
    CalendarDaysBefore,
    Policy,
    due_soon,
    overdue,
    overdue_at,
    register_policy,
)
from domain.reminders.services import register_step

POLICY = register_policy(
    Policy(
        rules.REPLY_DEADLINE,
        "业务函询答复",
        (due_soon(CalendarDaysBefore(1)), overdue()),
    )
)


async def deem_consent(deadline: Deadline) -> None:
    """The OVERDUE step: consent takes effect at the first instant after the due time."""
    await record_deemed_consent(deadline, overdue_at(deadline.due_at))


register_step(rules.REPLY_DEADLINE, ReminderStage.OVERDUE, deem_consent)


@register_subject(rules.SUBJECT_TYPE)
async def describe_inquiry(inquiry_id: int) -> dict[str, str]:
    row = await Inquiry.get_or_none(id=inquiry_id)
    if row is None:
        return {}
    names = await Department.filter(id=row.asking_department_id).values_list("name", flat=True)
    topic = rules.TOPIC_NAMES[rules.InquiryTopic(row.topic)]
    return {
        "from_department": names[0] if names else "",
        "subject": f"关于{topic}的函询：{row.subject}",
    }
