"""A user's in-app notifications (站内通知, M1): the list, the unread count, marking read.

Everyone signed in reads and marks only their own notifications — nobody else's, not
even the coordinator's or the auditor's (a reminder is addressed to one person). An
API token has no notifications (``PermissionDenied``); anonymous: ``NotAuthenticated``.
Marking read is recorded in the audit trail (who read which reminder when, A1).
"""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor, Role
from domain.audit.services import record
from domain.clock import utc_now
from domain.errors import InvalidInput, NotAuthenticated, NotFound, PermissionDenied
from domain.reminders.messages import ReminderTemplate, list_templates
from domain.reminders.models import Notification
from domain.transaction import transaction

MAX_MARK_IDS = 100  # ids marked read in one call (the page's size)


def owner_id(actor: Actor) -> int:
    """The user whose notifications ``actor`` reads: the actor's own."""
    if actor.is_token:
        raise PermissionDenied("API 令牌没有站内通知。")
    if actor.user_id is None:
        raise NotAuthenticated("请先登录。")
    return actor.user_id


def notifications(actor: Actor, *, unread_only: bool = False) -> QuerySet[Notification]:
    """The actor's own notifications (order them by ``-id`` for newest first; index
    ``notification_inbox``: user, read_at, id)."""
    queryset = Notification.filter(user_id=owner_id(actor))
    if unread_only:
        queryset = queryset.filter(read_at__isnull=True)
    return queryset


async def unread_count(actor: Actor) -> int:
    return await notifications(actor, unread_only=True).count()


async def notifications_by_ids(actor: Actor, ids: Sequence[int]) -> list[Notification | None]:
    """For DataLoaders: the actor's own notifications in the order of ``ids`` (None for
    another user's or a missing one)."""
    if actor.is_token or actor.user_id is None:
        return [None for _ in ids]
    rows = {
        n.id: n for n in await Notification.filter(user_id=actor.user_id, id__in=list(set(ids)))
    }
    return [rows.get(i) for i in ids]


async def mark_read(
    actor: Actor, ids: Sequence[int] | None = None, *, all: bool = False
) -> list[Notification]:
    """Mark the actor's notifications ``ids`` read (or ``all`` of their unread ones);
    the notifications marked now (those already read stay as they were).

    Exactly one of ``ids`` and ``all``. An id that is not the actor's own notification
    is ``NotFound`` (field ``ids``) and nothing is marked.
    """
    user_id = owner_id(actor)
    if all == (ids is not None):
        raise InvalidInput("请给出要标记的通知 ids，或 all 为真（二者选一）。", field="ids")
    if ids is not None:
        wanted = sorted(set(ids))
        if not wanted:
            raise InvalidInput("请至少给出一条通知。", field="ids")
        if len(wanted) > MAX_MARK_IDS:
            raise InvalidInput(f"一次至多标记 {MAX_MARK_IDS} 条通知。", field="ids")
    now = utc_now()
    async with transaction():
        mine = Notification.filter(user_id=user_id)
        if ids is not None:
            found = await mine.filter(id__in=wanted).count()
            if found != len(wanted):
                raise NotFound("通知不存在。", field="ids")
            mine = mine.filter(id__in=wanted)
        unread = await mine.filter(read_at__isnull=True).order_by("id").values_list("id", flat=True)
        if not unread:
            return []
        # Conditional on still unread: a concurrent call marks each one once.
        await Notification.filter(id__in=list(unread), read_at__isnull=True).update(read_at=now)
        await record(
            actor,
            "notification.read",
            target_type="User",
            target_id=user_id,
            before={"unread": list(unread)},
            after={"read": list(unread), "all": all},
            department_id=actor.department_id,
        )
        return list(await Notification.filter(id__in=list(unread)).order_by("-id"))


TEMPLATE_READERS = frozenset({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.DEPARTMENT_ADMIN})


def require_template_reader(actor: Actor) -> None:
    """The reminder templates (M1: "from templates an administrator can read") are read
    by system admins, coordinators and department admins."""
    if actor.is_token:
        raise PermissionDenied("API 令牌不能查看提醒模板。")
    if not actor.is_authenticated:
        raise NotAuthenticated("请先登录。")
    if not actor.roles & TEMPLATE_READERS:
        raise PermissionDenied("只有系统管理员、协调小组和部门管理员可以查看提醒模板。")


def templates(actor: Actor) -> list[ReminderTemplate]:
    """The reminder templates, for those who may read them (:func:`require_template_reader`)."""
    require_template_reader(actor)
    return list_templates()
