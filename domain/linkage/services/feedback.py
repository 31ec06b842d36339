"""Results of supervision tasks (S1–S3, T3, T4): the first result, the follow-up check.

A supervisor or department admin of the task's department feeds back the result of a
supervision action. S2 (方案 §9): due by 24:00 Asia/Shanghai of the day the action was
completed — a same-day deadline opened at the action and closed at the feedback, late
recorded on ``TaskFeedback.late_working_days`` (T4). The first result also closes the
task's 30-working-day deadline (S1). Rectification ordered (S3) opens the follow-up
check, due at the end of the rectification deadline's day; its outcome ends the task:
rectified → compliant, not rectified or refused → revocation recommended.
"""

from __future__ import annotations

from datetime import datetime

from domain.accounts.actor import Actor
from domain.attachments.services import attach, register_owner
from domain.audit.services import record
from domain.clock import utc_now
from domain.deadlines.services import close_deadline, close_if_open, open_deadline
from domain.errors import NotFound
from domain.linkage import rules
from domain.linkage.models import Push, SupervisionTask, TaskFeedback
from domain.linkage.rules import (
    FOLLOW_UP_DEADLINE,
    SAME_DAY_FEEDBACK_DEADLINE,
    FeedbackData,
    FollowUpData,
    LinkageEventKind,
    ResultKind,
    TaskStatus,
)
from domain.linkage.services import reads
from domain.linkage.services.common import SUPERVISING_ROLES, emit, require_role_in_department
from domain.transaction import transaction

OWNER_TYPE = "TaskFeedback"


async def _task(task_id: int) -> SupervisionTask:
    task = await SupervisionTask.get_or_none(id=task_id)
    if task is None:
        raise NotFound("监管任务不存在。", field="taskId")
    return task


async def _same_day(
    actor: Actor, task: SupervisionTask, acted_at: datetime, now: datetime
) -> tuple[int, int]:
    """S2/T3: the same-day deadline of a result, opened at the action and closed now;
    (its id, working days late)."""
    deadline = await open_deadline(
        actor,
        subject_type="SupervisionTask",
        subject_id=task.id,
        kind=SAME_DAY_FEEDBACK_DEADLINE,
        started_at=acted_at,
        same_day=True,
        department_id=task.department_id,
    )
    closed = await close_deadline(actor, deadline.id, at=now)
    return deadline.id, closed.closed_late_by_working_days or 0


async def _announce(task: SupervisionTask, push: Push | None, at: datetime) -> None:
    """TASK_FED_BACK to the task's department and, for a push's task, to the approval
    department (which decided the license and follows its supervision)."""
    departments = [task.department_id]
    if push is not None:
        departments.append(push.approval_department_id)
    for department_id in dict.fromkeys(departments):
        await emit(
            LinkageEventKind.TASK_FED_BACK,
            department_id=department_id,
            push_id=task.push_id,
            task_id=task.id,
            at=at,
        )


async def _push_of(task: SupervisionTask) -> Push | None:
    return None if task.push_id is None else await Push.get(id=task.push_id)


async def feed_back_task(actor: Actor, task_id: int, data: FeedbackData) -> TaskFeedback:
    """S1–S3: the first result of an in-progress task, with its evidence."""
    task = await _task(task_id)
    require_role_in_department(actor, SUPERVISING_ROLES, task.department_id, "监管人员或部门管理员")
    rules.check_feed_back(task.status)
    push = await _push_of(task)
    started_at = task.created_at if push is None else push.pushed_at
    clean = rules.clean_feedback(data, now=utc_now(), pushed_at=started_at)
    async with transaction():
        task = await SupervisionTask.select_for_update().get(id=task.id)
        rules.check_feed_back(task.status)
        now = utc_now()
        before = task.snapshot()
        same_day_id, late = await _same_day(actor, task, clean.acted_at, now)
        feedback = await TaskFeedback.create(
            task_id=task.id,
            department_id=task.department_id,
            result=clean.result,
            acted_at=clean.acted_at,
            summary=clean.summary,
            rectification_deadline=clean.rectification_deadline,
            penalty_document_number=clean.penalty_document_number,
            same_day_deadline_id=same_day_id,
            late_working_days=late,
            fed_back_at=now,
            fed_back_by_id=actor.user_id,
        )
        await attach(actor, data.attachment_ids, owner_type=OWNER_TYPE, owner_id=feedback.id)
        # S1/T4: the first result answers the task's 30-working-day deadline.
        task.feedback_late_working_days = await close_if_open(actor, task.deadline_id, now)
        task.fed_back_at = now
        task.result = clean.result
        task.status = rules.status_after(clean.result)
        if clean.rectification_deadline is not None:  # S3: the follow-up check
            follow_up = await open_deadline(
                actor,
                subject_type="SupervisionTask",
                subject_id=task.id,
                kind=FOLLOW_UP_DEADLINE,
                started_at=rules.follow_up_due_start(clean.rectification_deadline),
                same_day=True,
                department_id=task.department_id,
            )
            task.follow_up_deadline_id = follow_up.id
            task.due_at = follow_up.due_at  # the queue key moves to the follow-up check
            task.due_provisional = follow_up.provisional
            task.due_soon_signalled_at = task.overdue_signalled_at = None
        task.updated_at = now
        await task.save()
        await record(
            actor,
            "task.feed_back",
            target_type="SupervisionTask",
            target_id=task.id,
            before=before,
            after={**task.snapshot(), "feedback": {"id": feedback.id, **feedback.snapshot()}},
            department_id=task.department_id,
        )
        await _announce(task, push, now)
    return feedback


async def record_follow_up(actor: Actor, task_id: int, data: FollowUpData) -> TaskFeedback:
    """S3: the follow-up check of a rectification order ends the task."""
    task = await _task(task_id)
    require_role_in_department(actor, SUPERVISING_ROLES, task.department_id, "监管人员或部门管理员")
    rules.check_follow_up(task.status)
    order = (
        await TaskFeedback.filter(task_id=task.id, result=ResultKind.RECTIFICATION_ORDERED)
        .order_by("-id")
        .first()
    )
    assert order is not None  # RECTIFYING is set only by a rectification order
    acted_at = rules.clean_acted_at(
        data.acted_at, now=utc_now(), not_before=order.acted_at, what="责令整改的时间"
    )
    summary = rules.clean_text(data.summary, field="summary", maximum=rules.TEXT_MAX, required=True)
    outcome = rules.FollowUpOutcome(data.outcome)
    result = rules.result_of_follow_up(outcome)
    async with transaction():
        task = await SupervisionTask.select_for_update().get(id=task.id)
        rules.check_follow_up(task.status)
        push = await _push_of(task)
        now = utc_now()
        before = task.snapshot()
        same_day_id, late = await _same_day(actor, task, acted_at, now)
        feedback = await TaskFeedback.create(
            task_id=task.id,
            department_id=task.department_id,
            result=result,
            follow_up_outcome=outcome,
            acted_at=acted_at,
            summary=summary,
            same_day_deadline_id=same_day_id,
            late_working_days=late,
            fed_back_at=now,
            fed_back_by_id=actor.user_id,
        )
        await attach(actor, data.attachment_ids, owner_type=OWNER_TYPE, owner_id=feedback.id)
        await close_if_open(actor, task.follow_up_deadline_id, now)  # late recorded there (T4)
        task.result = result
        task.status = TaskStatus.COMPLETED
        task.updated_at = now
        await task.save()
        await record(
            actor,
            "task.follow_up",
            target_type="SupervisionTask",
            target_id=task.id,
            before=before,
            after={**task.snapshot(), "feedback": {"id": feedback.id, **feedback.snapshot()}},
            department_id=task.department_id,
        )
        await _announce(task, push, now)
    return feedback


async def can_read_feedback(actor: Actor, feedback_id: int) -> bool:
    """Who reads a result (and its evidence): whoever sees the task — its department,
    and for a push's task whoever sees the push (the approval department too) —, the
    coordination group, auditors, API tokens of those."""
    if not actor.is_authenticated:
        return False
    feedback = await TaskFeedback.get_or_none(id=feedback_id)
    if feedback is None:
        return False
    task = await SupervisionTask.get(id=feedback.task_id)
    if await reads.visible_tasks(actor).filter(id=task.id).exists():
        return True
    return task.push_id is not None and await reads.visible_push(actor, task.push_id) is not None


register_owner(OWNER_TYPE, can_read_feedback)
