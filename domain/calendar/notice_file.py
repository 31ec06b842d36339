"""The holiday notice file read by ``shenguan calendar enter-notice`` (docs/calendar.md).

YAML or JSON with the shape of the ``enterHolidayNotice`` input::

    year: 2027
    holidays:
      - {name: 元旦, from: 2027-01-01, to: 2027-01-01}
    workingWeekendDays: [2027-02-20]

Pure: the caller reads the file; :func:`parse_notice` turns its text into a
:class:`HolidayNotice` or raises :class:`CalendarNoticeInvalid` naming the field.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import yaml

from domain.calendar.errors import CalendarNoticeInvalid as Invalid
from domain.calendar.rules import HolidayNotice, HolidayRange


class _Loader(yaml.SafeLoader):
    """YAML without implicit timestamps: dates stay text, checked here field by field
    (a date such as 2027-02-30 is then reported with its field, not as a crash)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_notice(text: str, *, json_format: bool = False) -> HolidayNotice:
    try:
        data = json.loads(text) if json_format else yaml.load(text, Loader=_Loader)  # a SafeLoader
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise Invalid(f"文件格式错误：{exc}", field="input") from exc
    if not isinstance(data, dict):
        raise Invalid("文件须为一个对象，包含 year、holidays、workingWeekendDays。", field="input")
    unknown = set(data) - {"year", "holidays", "workingWeekendDays"}
    if unknown:
        raise Invalid(f"未知的字段：{', '.join(sorted(map(str, unknown)))}", field="input")
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool):
        raise Invalid("year 须为整数年份。", field="input.year")
    holidays = data.get("holidays")
    if not isinstance(holidays, list):
        raise Invalid("holidays 须为列表。", field="input.holidays")
    ranges = []
    for i, item in enumerate(holidays):
        path = f"input.holidays[{i}]"
        if not isinstance(item, dict) or set(item) != {"name", "from", "to"}:
            raise Invalid("每个节假日须有且只有 name、from、to。", field=path)
        if not isinstance(item["name"], str):
            raise Invalid("name 须为文字。", field=f"{path}.name")
        ranges.append(
            HolidayRange(
                item["name"], _date(item["from"], f"{path}.from"), _date(item["to"], f"{path}.to")
            )
        )
    weekend = data.get("workingWeekendDays", [])
    if not isinstance(weekend, list):
        raise Invalid("workingWeekendDays 须为日期列表。", field="input.workingWeekendDays")
    days = tuple(_date(d, f"input.workingWeekendDays[{i}]") for i, d in enumerate(weekend))
    return HolidayNotice(year, tuple(ranges), days)


def _date(value: Any, field: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise Invalid(f"不是有效的日期（YYYY-MM-DD）：{value}", field=field)
