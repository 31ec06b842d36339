"""Keep the queues' copies of due times in step with their deadlines.

``Push.claim_due_at``, ``SupervisionTask.due_at`` and ``ReversePush.claim_due_at`` copy
the due time of their open deadline so that a queue page is one keyset query; the
working days late of closed ones (``*_late_working_days``, read by the statistics) are
copies too, recounted when a provisional deadline's year is entered. When a calendar
change recomputes deadlines (T1, ``domain.deadlines.services.recompute_deadlines``), it calls
:func:`refresh_due_times` (registered below) with the recomputed deadlines' ids in the
same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from tortoise.expressions import Q

from domain.deadlines.models import Deadline
from domain.deadlines.services import keeps_due_time_copies
from domain.linkage.models import Push, ReversePush, SupervisionTask


@keeps_due_time_copies
async def refresh_due_times(deadline_ids: Iterable[int]) -> int:
    """Copy the due time and provisional flag of ``deadline_ids`` onto the pushes and
    tasks that use them; the number of rows changed."""
    ids = sorted(set(deadline_ids))
    if not ids:
        return 0
    deadlines = {d.id: d for d in await Deadline.filter(id__in=ids)}
    changed = 0
    for push in await Push.filter(claim_deadline_id__in=ids):
        deadline = deadlines[push.claim_deadline_id]  # type: ignore[index]
        fields: list[str] = []
        if (push.claim_due_at, push.claim_due_provisional) != (
            deadline.due_at,
            deadline.provisional,
        ):
            push.claim_due_at = deadline.due_at
            push.claim_due_provisional = deadline.provisional
            fields += ["claim_due_at", "claim_due_provisional"]
        late = deadline.closed_late_by_working_days
        if deadline.closed_at is not None and push.claim_late_working_days != late:
            push.claim_late_working_days = late  # claimed over a provisional year: T4 recounted
            fields.append("claim_late_working_days")
        if fields:
            await push.save(update_fields=fields)
            changed += 1
    for task in await SupervisionTask.filter(deadline_id__in=ids):
        deadline = deadlines[task.deadline_id]
        late = deadline.closed_late_by_working_days
        if deadline.closed_at is not None and task.feedback_late_working_days != late:
            task.feedback_late_working_days = late  # S1 answered: T4 recounted
            await task.save(update_fields=["feedback_late_working_days"])
        if task.follow_up_deadline_id is not None:  # S3: due_at is the follow-up check's
            continue
        if (task.due_at, task.due_provisional) != (deadline.due_at, deadline.provisional):
            task.due_at = deadline.due_at
            task.due_provisional = deadline.provisional
            await task.save(update_fields=["due_at", "due_provisional"])
            changed += 1
    changed += await _refresh_reverse_pushes(ids, deadlines)
    return changed


async def _refresh_reverse_pushes(ids: list[int], deadlines: dict[int, Deadline]) -> int:
    """P5: the claim due time, and the working days late of the push (its deadline is
    closed at once; a provisional one is recounted when its year is entered)."""
    changed = 0
    rows = await ReversePush.filter(Q(claim_deadline_id__in=ids) | Q(push_deadline_id__in=ids))
    for row in rows:
        fields: list[str] = []
        claim = deadlines.get(row.claim_deadline_id or 0)
        if claim is not None and (row.claim_due_at, row.claim_due_provisional) != (
            claim.due_at,
            claim.provisional,
        ):
            row.claim_due_at, row.claim_due_provisional = claim.due_at, claim.provisional
            fields += ["claim_due_at", "claim_due_provisional"]
        if claim is not None and claim.closed_at is not None:
            if row.claim_late_working_days != claim.closed_late_by_working_days:
                row.claim_late_working_days = claim.closed_late_by_working_days
                fields.append("claim_late_working_days")
        pushed = deadlines.get(row.push_deadline_id or 0)
        if pushed is not None and pushed.closed_late_by_working_days is not None:
            if row.push_late_working_days != pushed.closed_late_by_working_days:
                row.push_late_working_days = pushed.closed_late_by_working_days
                fields.append("push_late_working_days")
        if fields:
            await row.save(update_fields=fields)
            changed += 1
    return changed
