"""The shared text cleaner (domain/text.py): strip, required, maximum length."""

from __future__ import annotations

import pytest

from domain import text
from domain.errors import ErrorCode, InvalidInput


def test_text_is_stripped_of_surrounding_white_space() -> None:
    assert text.clean_text("  说明 \n", field="note", maximum=10) == "说明"
    assert text.clean_text("\u3000全角空格\u3000", field="note", maximum=10) == "全角空格"


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n"])
def test_optional_text_may_be_empty(value: str | None) -> None:
    assert text.clean_text(value, field="note", maximum=10) == ""


@pytest.mark.parametrize("value", [None, "", "  "])
def test_required_text_refuses_empty_naming_the_field(value: str | None) -> None:
    with pytest.raises(InvalidInput) as raised:
        text.clean_text(value, field="contactPhone", maximum=10, required=True)
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_INPUT, "contactPhone")
    assert raised.value.message == "此项必填。"


def test_maximum_counts_characters_after_stripping() -> None:
    assert text.clean_text("  一二三  ", field="subject", maximum=3) == "一二三"
    with pytest.raises(InvalidInput) as raised:
        text.clean_text("一二三四", field="subject", maximum=3)
    assert raised.value.field == "subject"
    assert raised.value.message == "不能超过 3 个字符。"


def test_label_names_the_text_in_the_messages() -> None:
    with pytest.raises(InvalidInput) as empty:
        text.clean_text(" ", field="name", maximum=5, required=True, label="计划名称")
    assert empty.value.message == "请填写计划名称。"
    with pytest.raises(InvalidInput) as long:
        text.clean_text("x" * 6, field="name", maximum=5, label="计划名称")
    assert long.value.message == "计划名称不能超过 5 个字符。"


def test_reason_is_required_and_at_most_reason_max() -> None:
    assert text.clean_reason(" 不属本部门 ") == "不属本部门"
    with pytest.raises(InvalidInput) as empty:
        text.clean_reason("")
    assert (empty.value.field, empty.value.message) == ("reason", "请填写理由。")
    assert text.clean_reason("x" * text.REASON_MAX, field="note") == "x" * text.REASON_MAX
    with pytest.raises(InvalidInput) as long:
        text.clean_reason("x" * (text.REASON_MAX + 1), field="note")
    assert long.value.field == "note"
