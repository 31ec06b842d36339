"""The calendar through /graphql: status, days, due times, notices, corrections (T1–T4)."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest

from domain.accounts.actor import SYSTEM, Role
from domain.calendar import services as calendar_services
from domain.calendar.models import CalendarDay, CalendarYear
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.deadlines import services as deadline_services
from tests.factories import gql, login, make_api_token, make_department, make_user

STATUS = "{ calendarStatus { today knownYears nextYear nextYearKnown warning } }"

DAYS = """
query Days($from: Date!, $to: Date!) {
  calendarDays(from: $from, to: $to) {
    date isWorkingDay source holidayName provisional changedBy reason
  }
}
"""

DUE = """
query Due($at: DateTime!, $n: Int!, $date: Date!) {
  dueTime(eventAt: $at, workingDays: $n) { dueAt dueDate provisional }
  addWorkingDays(date: $date, days: $n) { date provisional }
}
"""

ENTER = """
mutation Enter($input: EnterHolidayNoticeInput!) {
  enterHolidayNotice(input: $input) {
    __typename
    ... on EnterHolidayNoticeSuccess {
      year
      movedDeadlines {
        deadlineId subjectType subjectId kind previousDueAt dueAt provisional
        department { code }
        deadline { id dueAt }
      }
    }
    ... on Error { code message field }
  }
}
"""

CORRECT = """
mutation Correct($input: CorrectCalendarDayInput!) {
  correctCalendarDay(input: $input) {
    __typename
    ... on CorrectCalendarDaySuccess {
      day { date isWorkingDay source reason changedBy }
      movedDeadlines { subjectId previousDueAt dueAt }
    }
    ... on Error { code message field }
  }
}
"""

NODE = """
query Node($id: ID!) {
  node(id: $id) { __typename ... on Deadline { kind dueAt provisional department { code } } }
}
"""

# An invented arrangement for tests: NOT the real 2027 holidays.
NOTICE_2027 = {
    "year": 2027,
    "holidays": [
        {"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"},
        {"name": "春节", "from": "2027-02-06", "to": "2027-02-14"},
    ],
    "workingWeekendDays": ["2027-02-20"],
}


@pytest.fixture
async def people(db: str, clock: FixedClock) -> dict:
    await calendar_services.seed_from_package()
    scj = await make_department("SCJ")
    zjj = await make_department("ZJJ")
    return {
        "scj": scj,
        "admin": await make_user("admin", {Role.SYSTEM_ADMIN}),
        "scj_sup": await make_user("scj.sup", {Role.SUPERVISOR}, scj),
        "zjj_sup": await make_user("zjj.sup", {Role.SUPERVISOR}, zjj),
    }


async def test_t1_calendar_status_warns_from_1_november(
    client: httpx.AsyncClient, people: dict, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 10, 31, 12, 0, tzinfo=SHANGHAI))
    csrf = await login(client, "admin")
    status = (await gql(client, STATUS, csrf=csrf))["data"]["calendarStatus"]
    assert status["warning"] is None
    assert status["knownYears"] == list(range(2004, 2027))
    assert (status["nextYear"], status["nextYearKnown"]) == (2027, False)

    clock.set(datetime(2026, 11, 1, 8, 0, tzinfo=SHANGHAI))
    client.cookies.clear()
    csrf = await login(client, "admin")  # a new session: the first one has idled out
    status = (await gql(client, STATUS, csrf=csrf))["data"]["calendarStatus"]
    assert status["today"] == "2026-11-01"
    assert "2027" in status["warning"]


async def test_calendar_needs_a_login(client: httpx.AsyncClient, people: dict) -> None:
    body = await gql(client, STATUS)
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"


async def test_calendar_days_show_holidays_adjusted_days_and_unknown_years(
    client: httpx.AsyncClient, people: dict
) -> None:
    csrf = await login(client, "scj.sup")
    body = await gql(client, DAYS, {"from": "2026-02-14", "to": "2026-02-16"}, csrf=csrf)
    days = body["data"]["calendarDays"]
    assert [(d["date"], d["isWorkingDay"], d["holidayName"]) for d in days] == [
        ("2026-02-14", True, "春节"),  # Saturday, 调休上班
        ("2026-02-15", False, "春节"),
        ("2026-02-16", False, "春节"),
    ]
    assert {d["source"] for d in days} == {"PACKAGE"}
    body = await gql(client, DAYS, {"from": "2027-01-01", "to": "2027-01-01"}, csrf=csrf)
    day = body["data"]["calendarDays"][0]
    assert (day["isWorkingDay"], day["provisional"], day["source"]) == (True, True, None)

    body = await gql(client, DAYS, {"from": "2026-01-01", "to": "2027-01-02"}, csrf=csrf)
    assert body["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": "to"}


async def test_t2_due_time_for_clients(client: httpx.AsyncClient, people: dict) -> None:
    csrf = await login(client, "scj.sup")
    variables = {"at": "2025-09-30T16:00:00+08:00", "n": 3, "date": "2026-12-20"}
    data = (await gql(client, DUE, variables, csrf=csrf))["data"]
    assert data["dueTime"] == {
        "dueAt": "2025-10-11T15:59:59+00:00",
        "dueDate": "2025-10-11",
        "provisional": False,
    }
    assert data["addWorkingDays"] == {"date": "2026-12-23", "provisional": False}
    variables = {"at": "2026-12-20T09:00:00+08:00", "n": 30, "date": "2026-12-20"}
    data = (await gql(client, DUE, variables, csrf=csrf))["data"]
    assert data["dueTime"]["provisional"] and data["addWorkingDays"]["provisional"]
    assert data["addWorkingDays"]["date"] == "2027-01-29"


async def test_t1_enter_notice_lists_the_moved_deadlines(
    client: httpx.AsyncClient, people: dict
) -> None:
    deadline = await deadline_services.open_deadline(
        SYSTEM,
        subject_type="Push",
        subject_id=42,
        kind="push.claim",
        started_at=datetime(2026, 12, 30, 9, 0, tzinfo=SHANGHAI),
        working_days=3,
        department_id=people["scj"].id,
    )
    assert deadline.provisional
    csrf = await login(client, "admin")
    result = (await gql(client, ENTER, {"input": NOTICE_2027}, csrf=csrf))["data"][
        "enterHolidayNotice"
    ]
    assert result["__typename"] == "EnterHolidayNoticeSuccess", result
    assert result["year"] == 2027
    [moved] = result["movedDeadlines"]
    assert moved["subjectType"] == "Push" and moved["subjectId"] == "42"
    assert moved["previousDueAt"] == "2027-01-04T15:59:59+00:00"
    assert moved["dueAt"] == "2027-01-05T15:59:59+00:00"
    assert moved["provisional"] is False
    assert moved["department"] == {"code": "SCJ"}
    assert moved["deadline"] is None  # the system admin reads no business records

    # The department's supervisor sees the deadline itself; another department does not.
    await client.post("/graphql", json={"query": "mutation { logout { __typename } }"})
    client.cookies.clear()
    csrf = await login(client, "scj.sup")
    node = (await gql(client, NODE, {"id": moved["deadlineId"]}, csrf=csrf))["data"]["node"]
    assert node == {
        "__typename": "Deadline",
        "kind": "push.claim",
        "dueAt": "2027-01-05T15:59:59+00:00",
        "provisional": False,
        "department": {"code": "SCJ"},
    }
    client.cookies.clear()
    csrf = await login(client, "zjj.sup")
    assert (await gql(client, NODE, {"id": moved["deadlineId"]}, csrf=csrf))["data"]["node"] is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"year": 1900}, "input.year"),
        (
            {"holidays": [{"name": "元旦", "from": "2027-01-03", "to": "2027-01-01"}]},
            "input.holidays[0].to",
        ),
        (
            {
                "holidays": [
                    {"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"},
                    {"name": "春节", "from": "2027-01-03", "to": "2027-01-10"},
                ]
            },
            "input.holidays[1].from",
        ),
        ({"workingWeekendDays": ["2027-02-22"]}, "input.workingWeekendDays[0]"),
        ({"workingWeekendDays": ["2028-01-01"]}, "input.workingWeekendDays[0]"),
    ],
)
async def test_t1_a_wrong_notice_is_refused_by_field(
    client: httpx.AsyncClient, people: dict, change: dict, field: str
) -> None:
    csrf = await login(client, "admin")
    body = await gql(client, ENTER, {"input": {**NOTICE_2027, **change}}, csrf=csrf)
    result = body["data"]["enterHolidayNotice"]
    assert result["__typename"] == "InvalidInputError"
    assert (result["code"], result["field"]) == ("CALENDAR_NOTICE_INVALID", field)
    assert result["message"]
    assert not await CalendarYear.filter(year=2027).exists()


async def test_only_a_system_admin_enters_a_notice_or_corrects_a_day(
    client: httpx.AsyncClient, people: dict
) -> None:
    correction = {"input": {"date": "2026-06-01", "isWorkingDay": False, "reason": "测试"}}
    body = await gql(client, ENTER, {"input": NOTICE_2027})
    assert body["data"]["enterHolidayNotice"]["__typename"] == "NotAuthenticatedError"

    csrf = await login(client, "scj.sup")
    body = await gql(client, ENTER, {"input": NOTICE_2027}, csrf=csrf)
    assert body["data"]["enterHolidayNotice"]["code"] == "PERMISSION_DENIED"
    body = await gql(client, CORRECT, correction, csrf=csrf)
    assert body["data"]["correctCalendarDay"]["__typename"] == "PermissionDeniedError"

    client.cookies.clear()
    token = await make_api_token()
    body = await gql(client, CORRECT, correction, token=token)
    assert body["errors"][0]["extensions"]["code"] == "READ_ONLY_TOKEN"
    assert not await CalendarYear.filter(year=2027).exists()
    assert (await CalendarDay.get(date="2026-06-01")).source == "PACKAGE"


async def test_correct_calendar_day(client: httpx.AsyncClient, people: dict) -> None:
    await deadline_services.open_deadline(
        SYSTEM,
        subject_type="Push",
        subject_id=7,
        kind="push.claim",
        started_at=datetime(2026, 6, 1, 9, 0, tzinfo=SHANGHAI),
        working_days=3,
    )
    csrf = await login(client, "admin")
    body = await gql(
        client,
        CORRECT,
        {"input": {"date": "2026-06-03", "isWorkingDay": False, "reason": " "}},
        csrf=csrf,
    )
    error = body["data"]["correctCalendarDay"]
    assert (error["__typename"], error["field"]) == ("InvalidInputError", "input.reason")

    body = await gql(
        client,
        CORRECT,
        {"input": {"date": "2026-06-03", "isWorkingDay": False, "reason": "临时放假"}},
        csrf=csrf,
    )
    result = body["data"]["correctCalendarDay"]
    assert result["day"] == {
        "date": "2026-06-03",
        "isWorkingDay": False,
        "source": "CORRECTION",
        "reason": "临时放假",
        "changedBy": "admin",
    }
    assert result["movedDeadlines"] == [
        {
            "subjectId": "7",
            "previousDueAt": "2026-06-04T15:59:59+00:00",
            "dueAt": "2026-06-05T15:59:59+00:00",
        }
    ]
