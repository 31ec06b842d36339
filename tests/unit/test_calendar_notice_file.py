"""The holiday notice file of ``shenguan calendar enter-notice`` (docs/calendar.md)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.calendar.errors import CalendarNoticeInvalid
from domain.calendar.notice_file import parse_notice
from domain.calendar.rules import HolidayRange


def test_yaml_and_json_give_the_same_notice() -> None:
    yaml_text = (
        "year: 2027\nholidays:\n  - {name: 元旦, from: 2027-01-01, to: 2027-01-03}\n"
        "workingWeekendDays: [2027-02-20]\n"
    )
    json_text = (
        '{"year": 2027, "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],'
        ' "workingWeekendDays": ["2027-02-20"]}'
    )
    notice = parse_notice(yaml_text)
    assert notice == parse_notice(json_text, json_format=True)
    assert notice.holidays == (HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 3)),)
    assert notice.working_weekend_days == (date(2027, 2, 20),)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("year: [", "input"),
        ("- 1", "input"),
        ("year: 2027\nholidays: []\nextra: 1", "input"),
        ("year: '2027'\nholidays: []", "input.year"),
        ("year: 2027\nholidays: {}", "input.holidays"),
        ("year: 2027\nholidays:\n  - {name: 元旦, from: 2027-01-01}", "input.holidays[0]"),
        (
            "year: 2027\nholidays:\n  - {name: 元旦, from: 2027-01-01, to: 1月3日}",
            "input.holidays[0].to",
        ),
        (
            "year: 2027\nholidays: []\nworkingWeekendDays: [2027-02-30]",
            "input.workingWeekendDays[0]",
        ),
    ],
)
def test_a_malformed_file_is_refused_naming_the_field(text: str, field: str) -> None:
    with pytest.raises(CalendarNoticeInvalid) as raised:
        parse_notice(text)
    assert raised.value.field == field
