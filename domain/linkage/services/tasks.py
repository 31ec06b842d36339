"""Opening a supervision task (P4, S1), whatever its origin.

A claimed push opens its task here (``claims.create_task``); so do the other areas
whose work is supervised and fed back like a push's: a random inspection's target
(R4) and a report from the public (A4). The task is due ``working_days`` working
days after ``started_at`` (S1: 30 after the push), counted by the calendar (T2);
its creation is audited and announced on the department's task stream, in the
caller's transaction.
"""

from __future__ import annotations

from datetime import datetime

from domain.accounts.actor import Actor
from domain.audit.services import record
from domain.linkage.models import SupervisionTask
from domain.linkage.rules import TASK_DEADLINE, LinkageEventKind, TaskOrigin, TaskStatus
from domain.linkage.services.common import emit, open_working_day_deadline


async def open_task(
    actor: Actor,
    *,
    origin: TaskOrigin,
    department_id: int,
    title: str,
    started_at: datetime,
    working_days: int,
    at: datetime,
    licensee_id: int | None = None,
    push_id: int | None = None,
    subject_id: int | None = None,
) -> SupervisionTask:
    """A new in-progress task of ``department_id``, due ``working_days`` after ``started_at``.

    Call inside the use case's transaction; ``subject_id`` is the origin area's record
    (an InspectionTarget, a Report), ``push_id`` the push of a PUSH task.
    """
    task = await SupervisionTask.create(
        origin=origin,
        push_id=push_id,
        licensee_id=licensee_id,
        title=title[:200],
        subject_id=subject_id,
        department_id=department_id,
        status=TaskStatus.IN_PROGRESS,
        due_at=started_at,  # replaced by the deadline's due time below
        created_at=at,
        created_by_id=actor.user_id,
        updated_at=at,
    )
    deadline = await open_working_day_deadline(
        actor,
        subject_type="SupervisionTask",
        subject_id=task.id,
        kind=TASK_DEADLINE,
        started_at=started_at,
        working_days=working_days,
        department_id=department_id,
    )
    task.deadline_id = deadline.id
    task.due_at = deadline.due_at
    task.due_provisional = deadline.provisional
    await task.save(update_fields=["deadline_id", "due_at", "due_provisional"])
    await record(
        actor,
        "task.create",
        target_type="SupervisionTask",
        target_id=task.id,
        before=None,
        after=task.snapshot(),
        department_id=task.department_id,
    )
    await emit(
        LinkageEventKind.TASK_CREATED,
        department_id=task.department_id,
        push_id=push_id,
        task_id=task.id,
        at=at,
    )
    return task
