"""A push's timeline: its whole history from the audit trail (A1), in order.

The events whose target is the push, its supervision task, the task's feedbacks
(``TaskFeedback``), its disputes, its license requests, the reverse pushes referring
to it, the deadlines of all of these (``Deadline.subject_type/subject_id``) and the
attachments attached to them — ordered by ``seq``. Each entry names what changed:
the keys whose value differs between the event's before and after.

Whoever may read the push reads its timeline (READ_RECORDS through
``reads.visible_pushes``), not only auditors: the departments acting on a push need
its history. :func:`timelines_of` reads the timelines of many pushes with the same
number of statements as one (for a DataLoader).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import reduce
from operator import or_
from typing import Any

from tortoise.expressions import Q

from domain.accounts.actor import Actor
from domain.attachments.models import Attachment
from domain.audit.models import AuditEvent
from domain.deadlines.models import Deadline
from domain.errors import NotFound
from domain.linkage.models import (
    Dispute,
    LicenseRequest,
    ReversePush,
    SupervisionTask,
    TaskFeedback,
)
from domain.linkage.rules import (
    CLAIM_DEADLINE,
    FOLLOW_UP_DEADLINE,
    REVERSE_CLAIM_DEADLINE,
    REVERSE_PUSH_DEADLINE,
    SAME_DAY_FEEDBACK_DEADLINE,
    TASK_DEADLINE,
)
from domain.linkage.services import reads

# The Chinese label of every action the linkage area records (with the deadlines and
# attachments it uses). A test checks that every ``record(…)`` action of
# domain/linkage, domain/deadlines and domain/attachments is here.
ACTION_LABELS: dict[str, str] = {
    # pushes and claims (P1–P4, P6)
    "licensee.create": "登记行政相对人",
    "licensee.update": "更新行政相对人信息",
    "push.create": "推送审批信息",
    "push.claim": "认领推送",
    "push.return": "退回推送",
    "push.reassign": "重新分派推送",
    "push.license_status": "许可状态变更",
    "push.license_revoked": "吊销许可证",
    "push.claim_due_soon": "认领即将到期（提醒）",
    "push.claim_overdue": "认领已逾期（提醒）",
    "dispute.open": "产生职责争议",
    "dispute.resolve": "职责争议已解决",
    # supervision tasks and their results (P4, S1–S3)
    "task.create": "生成监管任务",
    "task.feed_back": "反馈监管结果",
    "task.follow_up": "整改复查",
    "task.due_soon": "监管任务即将到期（提醒）",
    "task.overdue": "监管任务已逾期（提醒）",
    # license requests (S4)
    "license_request.submit": "提出许可变更/撤销申请",
    "license_request.review": "审查许可申请",
    "license_request.decide": "作出许可申请决定",
    # reverse pushes (P5)
    "reverse_push.create": "推送监管信息",
    "reverse_push.claim": "认领监管信息",
    # deadlines (T1–T4)
    "deadline.open": "开始计时",
    "deadline.close": "办结计时",
    "deadline.recompute": "按新日历重算期限",
    # attachments
    "attachment.upload": "上传附件",
    "attachment.attach": "添加附件",
}

# Deadline kinds of this area, named in the deadline events' labels.
DEADLINE_KIND_LABELS: dict[str, str] = {
    CLAIM_DEADLINE: "认领期限",
    TASK_DEADLINE: "监管结果反馈期限",
    SAME_DAY_FEEDBACK_DEADLINE: "当日反馈期限",
    FOLLOW_UP_DEADLINE: "整改复查期限",
    REVERSE_PUSH_DEADLINE: "监管信息推送期限",
    REVERSE_CLAIM_DEADLINE: "监管信息认领期限",
}


def action_label(action: str, before: Any = None, after: Any = None) -> str:
    """The Chinese label of ``action``; a deadline's names its kind ("认领期限：开始计时")."""
    label = ACTION_LABELS.get(action, action)
    if action.startswith("deadline."):
        snapshot = after if isinstance(after, dict) else before
        kind = snapshot.get("kind") if isinstance(snapshot, dict) else None
        if kind in DEADLINE_KIND_LABELS:
            return f"{DEADLINE_KIND_LABELS[kind]}：{label}"
    return label


def changed_keys(before: Any, after: Any) -> list[str]:
    """The keys whose value differs between ``before`` and ``after``, in ``after``'s order
    (then those only in ``before``); every key of a creation, none of a plain read."""
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    keys = list(new) + [k for k in old if k not in new]
    return [k for k in keys if old.get(k) != new.get(k) or (k in old) != (k in new)]


@dataclass(frozen=True)
class TimelineEntry:
    seq: int
    at: datetime
    action: str
    action_label: str
    actor_username: str
    department_id: int | None
    target_type: str
    target_id: str
    changed_keys: list[str]


Subject = tuple[str, int]


def _any_of(pairs: dict[str, set[int]], type_field: str, id_field: str) -> Q | None:
    conditions = [
        Q(**{type_field: kind, f"{id_field}__in": sorted(ids)})
        for kind, ids in pairs.items()
        if ids
    ]
    return reduce(or_, conditions) if conditions else None


def _by_type(subjects: Iterable[Subject]) -> dict[str, set[int]]:
    grouped: dict[str, set[int]] = {}
    for kind, pk in subjects:
        grouped.setdefault(kind, set()).add(pk)
    return grouped


async def timelines_of(push_ids: Sequence[int]) -> list[list[TimelineEntry]]:
    """The timelines of ``push_ids`` (in order; no visibility check: for pushes already
    read). At most eight statements whatever the number of pushes and events."""
    pushes = set(push_ids)
    owner: dict[Subject, int] = {("Push", p): p for p in pushes}
    if pushes:
        tasks = await SupervisionTask.filter(push_id__in=sorted(pushes)).values_list(
            "id", "push_id"
        )
        owner.update((("SupervisionTask", t), p) for t, p in tasks)
        task_push = dict(tasks)
        if task_push:
            feedbacks = await TaskFeedback.filter(task_id__in=sorted(task_push)).values_list(
                "id", "task_id"
            )
            owner.update((("TaskFeedback", f), task_push[t]) for f, t in feedbacks)
        for model, kind in (
            (Dispute, "Dispute"),
            (LicenseRequest, "LicenseRequest"),
            (ReversePush, "ReversePush"),
        ):
            rows = await model.filter(push_id__in=sorted(pushes)).values_list("id", "push_id")
            owner.update(((kind, pk), p) for pk, p in rows)
        records = dict(owner)  # the records themselves, before their deadlines
        deadlines_of = _any_of(_by_type(records), "subject_type", "subject_id")
        if deadlines_of is not None:
            for pk, kind, subject in await Deadline.filter(deadlines_of).values_list(
                "id", "subject_type", "subject_id"
            ):
                owner[("Deadline", pk)] = records[(kind, subject)]
        attached_to = _any_of(_by_type(records), "owner_type", "owner_id")
        if attached_to is not None:
            for pk, kind, subject in await Attachment.filter(attached_to).values_list(
                "id", "owner_type", "owner_id"
            ):
                owner[("Attachment", pk)] = records[(kind, subject)]
    timelines: dict[int, list[TimelineEntry]] = {p: [] for p in pushes}
    targets = {kind: {str(pk) for pk in ids} for kind, ids in _by_type(owner).items()}
    conditions = [
        Q(target_type=kind, target_id__in=sorted(ids)) for kind, ids in targets.items() if ids
    ]
    if conditions:
        for event in await AuditEvent.filter(reduce(or_, conditions)).order_by("seq"):
            push_id = owner.get((event.target_type, int(event.target_id)))
            if push_id is None:
                continue
            timelines[push_id].append(
                TimelineEntry(
                    seq=event.seq,
                    at=event.at,
                    action=event.action,
                    action_label=action_label(event.action, event.before, event.after),
                    actor_username=event.actor_username,
                    department_id=event.department_id,
                    target_type=event.target_type,
                    target_id=event.target_id,
                    changed_keys=changed_keys(event.before, event.after),
                )
            )
    return [timelines.get(p, []) for p in push_ids]


async def push_timeline(actor: Actor, push_id: int) -> list[TimelineEntry]:
    """The timeline of a push ``actor`` may read; ``NotFound`` otherwise."""
    push = await reads.visible_push(actor, push_id)
    if push is None:
        raise NotFound("推送不存在。", field="pushId")
    return (await timelines_of([push.id]))[0]
