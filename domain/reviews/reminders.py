"""Joint reviews in the reminders (M1) and the calendar's recomputations (T1).

- The response deadline (``joint_review.response``, J2: 3 working days of the notice)
  is reminded to the addressed department 1 working day before and when it passes.
- Its texts name the applicant, the approval item and the department that asked.
- A calendar change that recomputes a response's deadline refreshes the copies of its
  due time and working days late on the response (the statistics read them).
"""

from __future__ import annotations

from collections.abc import Iterable

from domain.accounts.models import Department
from domain.catalogue.models import ApprovalItem
from domain.deadlines.models import Deadline
from domain.deadlines.services import keeps_due_time_copies
from domain.reminders.messages import register_subject
from domain.reminders.rules import Policy, WorkingDaysBefore, due_soon, overdue, register_policy
from domain.reviews.models import JointReviewRequest, JointReviewResponse
from domain.reviews.rules import KIND_NAMES, RESPONSE_DEADLINE, JointReviewKind

POLICY = register_policy(
    Policy(RESPONSE_DEADLINE, "会审答复", (due_soon(WorkingDaysBefore(1)), overdue()))
)


@register_subject("JointReviewResponse")
async def describe_response(response_id: int) -> dict[str, str]:
    response = await JointReviewResponse.get_or_none(id=response_id)
    request = (
        None if response is None else await JointReviewRequest.get_or_none(id=response.request_id)
    )
    if request is None:
        return {}
    items = await ApprovalItem.filter(id=request.approval_item_id).values_list("name", flat=True)
    names = await Department.filter(id=request.approval_department_id).values_list(
        "name", flat=True
    )
    kind = KIND_NAMES[JointReviewKind(request.kind)]
    return {
        "licensee": request.licensee_name,
        "item": items[0] if items else "",
        "from_department": names[0] if names else "",
        "subject": f"商请函（{kind}）：{request.licensee_name}",
    }


@keeps_due_time_copies
async def refresh_response_due_times(deadline_ids: Iterable[int]) -> int:
    """Copy recomputed due times (and working days late of closed deadlines) onto the
    responses; the number of responses changed."""
    ids = sorted(set(deadline_ids))
    if not ids:
        return 0
    deadlines = {d.id: d for d in await Deadline.filter(id__in=ids)}
    changed = 0
    for response in await JointReviewResponse.filter(deadline_id__in=ids):
        deadline = deadlines[response.deadline_id]
        fields: list[str] = []
        if (response.due_at, response.due_provisional) != (deadline.due_at, deadline.provisional):
            response.due_at = deadline.due_at
            response.due_provisional = deadline.provisional
            fields += ["due_at", "due_provisional"]
        late = deadline.closed_late_by_working_days
        if deadline.closed_at is not None and response.late_working_days != late:
            response.late_working_days = late
            fields.append("late_working_days")
        if fields:
            await response.save(update_fields=fields)
            changed += 1
    return changed
