"""The texts of reminders (M1): Chinese templates an administrator can read.

Templates are the files ``domain/reminders/templates/*.txt`` (``string.Template``:
``${name}`` placeholders). The first line is the subject (the notification's title,
the e-mail's Subject); the rest is the body. A message is rendered once, when its
delivery is created, and never changes.

A template is chosen by the deadline kind, the stage and the channel's family (SMS is
short; in-app and e-mail share the long text), the most specific file first::

    in-app, e-mail: push.claim.due_soon.txt → default.due_soon.txt
    SMS: push.claim.due_soon.sms.txt → default.due_soon.sms.txt → (the long ones)

Placeholders every message has: ``what`` (what is due: 审批信息认领), ``department``,
``recipient``, ``due_at`` (Asia/Shanghai), ``due_in`` (the policy's lead: 1个工作日),
``days_late`` (working days late, T4), ``subject`` (one line naming the record). The
area that owns a deadline's subject adds its own (:func:`register_subject`): a push's
``document_number``, ``licensee``, ``item``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from string import Template

from domain.calendar.rules import SHANGHAI
from domain.reminders.models import Channel, ReminderStage

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
DEFAULT = "default"
SUBJECT_MAX = 200
# The placeholders every message gets (see the module's docstring).
COMMON_VARIABLES = (
    "what",
    "department",
    "recipient",
    "due_at",
    "due_in",
    "days_late",
    "subject",
)


@dataclass(frozen=True)
class ReminderTemplate:
    """提醒模板: one template file."""

    name: str  # the file name without ``.txt`` (``push.claim.due_soon``)
    subject: str  # the first line
    body: str  # the rest
    variables: tuple[str, ...]  # the placeholders it uses, in order of first use


def _family(channel: Channel) -> str:
    return "sms" if Channel(channel) == Channel.SMS else ""


def candidate_names(kind: str, stage: ReminderStage, channel: Channel) -> list[str]:
    """The template names tried for a message, most specific first."""
    stage_name = ReminderStage(stage).value.lower()
    long = [f"{kind}.{stage_name}", f"{DEFAULT}.{stage_name}"]
    if not _family(channel):
        return long
    # SMS: a short text, the kind's or the generic one, before any long one.
    return [f"{kind}.{stage_name}.sms", f"{DEFAULT}.{stage_name}.sms", *long]


_PLACEHOLDER = re.compile(r"\$(?:\{(\w+)\}|(\w+))")


@cache
def load_template(name: str) -> ReminderTemplate | None:
    path = TEMPLATES_DIR / f"{name}.txt"
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    subject, _, body = text.partition("\n")
    seen: dict[str, None] = {}
    for match in _PLACEHOLDER.finditer(text):
        seen.setdefault(match.group(1) or match.group(2), None)
    return ReminderTemplate(name, subject.strip(), body.strip("\n"), tuple(seen))


def list_templates() -> list[ReminderTemplate]:
    """Every template, by name (for the administrators' page)."""
    names = sorted(p.name.removesuffix(".txt") for p in TEMPLATES_DIR.glob("*.txt"))
    return [t for t in (load_template(n) for n in names) if t is not None]


def template_for(kind: str, stage: ReminderStage, channel: Channel) -> ReminderTemplate:
    for name in candidate_names(kind, stage, channel):
        template = load_template(name)
        if template is not None:
            return template
    raise LookupError(f"no reminder template for {kind} {stage} {channel}")


@dataclass(frozen=True)
class Message:
    subject: str
    body: str


def render(kind: str, stage: ReminderStage, channel: Channel, values: Mapping[str, str]) -> Message:
    """The message of a delivery; a placeholder without a value is left as written."""
    template = template_for(kind, stage, channel)
    subject = Template(template.subject).safe_substitute(values)
    body = Template(template.body).safe_substitute(values)
    return Message(subject[:SUBJECT_MAX], body)


def format_time(at: datetime) -> str:
    """A time as the messages show it: 2026年6月4日 23:59 (Asia/Shanghai)."""
    local = at.astimezone(SHANGHAI)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


# ---- what a deadline is about ------------------------------------------------------

# An area's description of a deadline's subject: placeholder → text. Must include
# ``subject`` (one line); may add its own placeholders.
Describer = Callable[[int], Awaitable[dict[str, str]]]
_describers: dict[str, Describer] = {}


def register_subject(subject_type: str) -> Callable[[Describer], Describer]:
    """Decorator: ``describer(subject_id)`` gives the placeholders of ``subject_type``."""

    def register(describer: Describer) -> Describer:
        _describers[subject_type] = describer
        return describer

    return register


async def describe(subject_type: str, subject_id: int) -> dict[str, str]:
    describer = _describers.get(subject_type)
    values = await describer(subject_id) if describer is not None else {}
    values.setdefault("subject", f"{subject_type} {subject_id}")
    return values
