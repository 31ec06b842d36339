"""What the linkage loop's deadlines are about, for the reminders' texts (M1): the
push's document number, licensee and item; a task's push (or, for a task of another
origin, its title and licensee); a reverse push's document and the department that
sent it."""

from __future__ import annotations

from domain.accounts.models import Department
from domain.linkage.models import Licensee, Push, ReversePush, SupervisionTask
from domain.reminders.messages import register_subject


async def _licensee_name(licensee_id: int) -> str:
    names = await Licensee.filter(id=licensee_id).values_list("name", flat=True)
    return names[0] if names else ""


async def _push_values(push: Push) -> dict[str, str]:
    licensee = await _licensee_name(push.licensee_id)
    item = push.approval_item_name
    if push.handling_item_name and push.handling_item_name != item:
        item = f"{item}（{push.handling_item_name}）"
    return {
        "document_number": push.document_number,
        "licensee": licensee,
        "item": item,
        "subject": f"法律文书编号 {push.document_number}，{licensee}",
    }


@register_subject("Push")
async def describe_push(push_id: int) -> dict[str, str]:
    push = await Push.get_or_none(id=push_id)
    return {} if push is None else await _push_values(push)


@register_subject("SupervisionTask")
async def describe_task(task_id: int) -> dict[str, str]:
    task = await SupervisionTask.get_or_none(id=task_id)
    if task is None:
        return {}
    if task.push_id is not None:
        push = await Push.get_or_none(id=task.push_id)
        return {} if push is None else await _push_values(push)
    # A task of another origin (R4, A4): its title and licensee.
    licensee = "" if task.licensee_id is None else await _licensee_name(task.licensee_id)
    return {
        "document_number": "",
        "licensee": licensee,
        "item": task.title,
        "subject": "，".join(part for part in (task.title, licensee) if part),
    }


@register_subject("ReversePush")
async def describe_reverse_push(reverse_push_id: int) -> dict[str, str]:
    row = await ReversePush.get_or_none(id=reverse_push_id)
    if row is None:
        return {}
    licensee = await _licensee_name(row.licensee_id)
    names = await Department.filter(id=row.department_id).values_list("name", flat=True)
    return {
        "document_number": row.document_number,
        "licensee": licensee,
        "from_department": names[0] if names else "",
        "subject": f"文书编号 {row.document_number}，{licensee}",
    }
