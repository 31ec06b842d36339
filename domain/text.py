"""Cleaning the free text a user types: the one rule every area shares.

A text is stripped of surrounding white space; an empty one is refused when it is
required; a longer one than its maximum is refused. Each refusal is an
``InvalidInput`` naming the input field (camelCase), so the admin page shows it
under that field. Pure: no database, no clock.
"""

from __future__ import annotations

from domain.errors import InvalidInput

REASON_MAX = 1000


def clean_text(
    value: str | None,
    *,
    field: str,
    maximum: int,
    required: bool = False,
    label: str | None = None,
) -> str:
    """``value`` stripped; ``InvalidInput`` on ``field`` when it is empty but ``required``
    or longer than ``maximum`` characters. ``label`` (e.g. "理由") names the text in the
    messages; without it they speak of "此项"."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(f"请填写{label}。" if label else "此项必填。", field=field)
    if len(text) > maximum:
        raise InvalidInput(f"{label or ''}不能超过 {maximum} 个字符。", field=field)
    return text


def clean_reason(value: str | None, *, field: str = "reason") -> str:
    """A reason for a refusal or a change of hands (return, reject, forward): required,
    at most :data:`REASON_MAX` characters."""
    return clean_text(value, field=field, maximum=REASON_MAX, required=True, label="理由")
