"""K2's reminders (M1): the promise deadline of a 材料延期 commitment is reminded to the
applicant the calendar day before (承诺期限截止前一天 … 发送材料补交的提醒信息, 方案 §7),
by SMS and e-mail to the contact given with the commitment (the applicant is not a
user), and to the approval department's responsible people when it passes (overdue:
the department may revoke). Registered at import (``domain.commitments.models`` imports
this module, so every process that loads the models has it)."""

from __future__ import annotations

from domain.commitments.rules import MATERIALS_DEADLINE
from domain.deadlines.models import Deadline
from domain.reminders.messages import register_subject
from domain.reminders.recipients import Recipient, register_audience
from domain.reminders.rules import Policy, day_before, overdue, register_policy

APPLICANT = "applicant"

register_policy(Policy(MATERIALS_DEADLINE, "承诺材料补交", (day_before(APPLICANT), overdue())))


async def applicant_of_commitment(deadline: Deadline) -> list[Recipient]:
    """The applicant of the deadline's commitment: its contact phone and e-mail."""
    from domain.commitments.models import Commitment
    from domain.linkage.models import Licensee

    row = await Commitment.get_or_none(id=deadline.subject_id)
    if row is None or not (row.contact_phone or row.contact_email):
        return []
    licensee = await Licensee.get_or_none(id=row.licensee_id)
    return [
        Recipient(
            name=licensee.name if licensee is not None else "申请人",
            email=row.contact_email,
            phone=row.contact_phone,
        )
    ]


register_audience(APPLICANT, applicant_of_commitment)


@register_subject("Commitment")
async def describe_commitment(commitment_id: int) -> dict[str, str]:
    from domain.commitments.models import Commitment
    from domain.linkage.models import Licensee

    row = await Commitment.get_or_none(id=commitment_id)
    if row is None:
        return {}
    licensee = await Licensee.get_or_none(id=row.licensee_id)
    name = licensee.name if licensee is not None else ""
    materials = "、".join(row.materials)
    return {
        "licensee": name,
        "item": row.approval_item_name,
        "subject": f"{row.approval_item_name}告知承诺，承诺补交：{materials}（{name}）",
    }
