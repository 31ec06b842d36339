"""Helpers shared by the linkage use cases: who acts for a department, deadlines,
the outbox of linkage events."""

from __future__ import annotations

from datetime import datetime

from domain.accounts.actor import SYSTEM, Actor, Role
from domain.accounts.policy import Operation, require
from domain.deadlines.models import Deadline
from domain.deadlines.services import open_deadline
from domain.errors import PermissionDenied
from domain.linkage.errors import NotResponsibleDepartment
from domain.linkage.models import LinkageEvent
from domain.linkage.rules import LinkageEventKind
from domain.transaction import after_commit
from shenguan.pubsub import get_pubsub

SUPERVISING_ROLES = frozenset({Role.SUPERVISOR, Role.DEPARTMENT_ADMIN})
APPROVING_ROLES = frozenset({Role.APPROVAL_OFFICER, Role.DEPARTMENT_ADMIN})
# The channel of events for the coordination group (routing gaps, returned pushes).
COORDINATION_CHANNEL = "linkage:coordination"
# Every event is also published here, for those who see all (coordinator, auditor):
# one subscription instead of one per department.
ALL_CHANNEL = "linkage:all"


def channel(department_id: int | None) -> str:
    """The pub/sub channel of a department's linkage events."""
    return COORDINATION_CHANNEL if department_id is None else f"linkage:{department_id}"


def require_role_in_department(
    actor: Actor, roles: frozenset[Role], department_id: int | None, what: str
) -> None:
    """``actor`` holds one of ``roles`` and acts for ``department_id`` (its own).

    Anonymous, API tokens and auditors get their usual errors; someone of the right
    role in another department gets ``NotResponsibleDepartment``.
    """
    if actor is SYSTEM:
        return
    require(actor, Operation.ACT_ON_RECORDS, actor.department_id)
    if not actor.roles & roles:
        raise PermissionDenied(f"只有{what}可以执行此操作。")
    if department_id is None or department_id != actor.department_id:
        raise NotResponsibleDepartment("该推送不属于本部门，不能操作。")


async def open_working_day_deadline(
    actor: Actor,
    *,
    subject_type: str,
    subject_id: int,
    kind: str,
    started_at: datetime,
    working_days: int,
    department_id: int | None,
) -> Deadline:
    return await open_deadline(
        actor,
        subject_type=subject_type,
        subject_id=subject_id,
        kind=kind,
        started_at=started_at,
        working_days=working_days,
        department_id=department_id,
    )


async def emit(
    kind: LinkageEventKind,
    *,
    department_id: int | None,
    push_id: int | None = None,
    task_id: int | None = None,
    reverse_push_id: int | None = None,
    license_request_id: int | None = None,
    subject_type: str = "",
    subject_id: int | None = None,
    user_id: int | None = None,
    notification_id: int | None = None,
    at: datetime,
) -> LinkageEvent:
    """Write a linkage event in the current transaction; publish its ids after commit.

    Call after the use case's first audit record (the chain lock orders the ids).
    ``subject_type``/``subject_id``: the subject of another area (a joint review
    request, an inquiry, a report). ``user_id``: an event for one user of the department
    (a notification, M1).
    """
    event = await LinkageEvent.create(
        department_id=department_id,
        kind=kind,
        push_id=push_id,
        task_id=task_id,
        reverse_push_id=reverse_push_id,
        license_request_id=license_request_id,
        subject_type=subject_type,
        subject_id=subject_id,
        user_id=user_id,
        notification_id=notification_id,
        created_at=at,
    )
    message = {
        "eventId": event.id,
        "kind": kind.value,
        "departmentId": department_id,
        "pushId": push_id,
        "taskId": task_id,
        "reversePushId": reverse_push_id,
        "licenseRequestId": license_request_id,
    }
    if subject_type:  # a subject of another area
        message |= {"subjectType": subject_type, "subjectId": subject_id}
    if user_id is not None:  # an event for one user (M1)
        message |= {"userId": user_id, "notificationId": notification_id}

    async def publish() -> None:
        pubsub = get_pubsub()
        await pubsub.publish(channel(department_id), message)
        await pubsub.publish(ALL_CHANNEL, message)

    await after_commit(publish)
    return event
