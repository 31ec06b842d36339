"""Fill a PostgreSQL database with the linkage loop's bench data, fast (COPY).

Called by ``bench/linkage_queue.py``; expects a migrated database with the demo loaded
(departments, users, the published catalogue). Writes ``licensees`` licensees and
``pushes`` pushes routed by the published catalogue's links over the last two years,
with a realistic mix of statuses: recent pushes waiting for their claim, older ones
claimed (each with a supervision task and both deadlines: the claim's, closed at the
claim, and the task's 30 working days from the push), a few left unclaimed past their
claim due time, returned with an open dispute, or routing gaps. Due times come from
the calendar's own rules (``domain.calendar.rules``), never counted here.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache

import asyncpg
from stdnum.cn import ric, uscc

from domain.calendar import rules as calendar_rules
from domain.calendar.rules import WorkingDayCalendar
from domain.linkage.rules import (
    CLAIM_DEADLINE,
    CLAIM_WORKING_DAYS,
    FOLLOW_UP_DEADLINE,
    TASK_DEADLINE,
    TASK_WORKING_DAYS,
)

CHUNK = 50_000
DAYS_OF_PUSHES = 720
RECENT_DAYS = 5  # pushes younger than this are mostly still waiting for their claim
MATERIALS = '["申请书", "营业执照复印件", "法定代表人身份证明", "经营场所证明"]'
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华红玉兰建国志强"
TRADES = [
    "食品经营",
    "餐饮管理",
    "药品零售",
    "商贸",
    "建筑工程",
    "交通运输",
    "文化传媒",
    "农业开发",
]
TOWNS = ["城关镇", "黄堡镇", "后坪镇", "龙坪镇", "店垭镇", "马良镇", "歇马镇", "马桥镇"]
RESULTS = ["COMPLIANT"] * 8 + ["PENALTY", "OTHER"]


@dataclass(frozen=True)
class Route:
    handling_item_id: int
    handling_item_code: str
    handling_item_name: str
    approval_item_id: int
    approval_item_code: str
    approval_item_name: str
    approval_department_id: int
    version_id: int
    department_id: int | None
    supervision_item_id: int | None
    supervision_item_name: str | None
    supervision_sub_item_id: int | None
    supervision_sub_item_name: str | None


def company_number(serial: int) -> str:
    body = f"91420626MA{serial:07d}"
    return body + uscc.calc_check_digit(body)


def person_number(serial: int) -> str:
    born = date(1985, 1, 1) + timedelta(days=serial // 900)  # 420626 exists from 1983
    body = f"420626{born:%Y%m%d}{serial % 900 + 100:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum expects a check slot


async def routes(connection: asyncpg.Connection) -> list[Route]:
    rows = await connection.fetch(
        """
        SELECT l.handling_item_id, l.handling_item_code, l.handling_item_name,
               a.approval_item_id, a.code AS approval_item_code, a.name AS approval_item_name,
               a.department_id AS approval_department_id, l.version_id, l.department_id,
               l.supervision_item_id, l.supervision_item_name,
               l.supervision_sub_item_id, l.supervision_sub_item_name
        FROM catalogue_published_link l
        JOIN catalogue_published_approval_item a ON a.id = l.published_approval_item_id
        WHERE l.version_id = (SELECT max(version_id) FROM catalogue_published_link)
        ORDER BY l.id
        """
    )
    return [Route(**dict(row)) for row in rows]


def licensee_rows(count: int, now: datetime, rng: random.Random) -> Iterator[tuple]:
    for i in range(1, count + 1):
        person = i % 10 < 3
        town = rng.choice(TOWNS)
        if person:
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))
            number, kind, legal = person_number(i), "PERSON", ""
        else:
            name = f"保康县{town}{rng.choice(TRADES)}有限公司{i}"
            number, kind = company_number(i), "COMPANY"
            legal = rng.choice(SURNAMES) + rng.choice(GIVEN)
        created = now - timedelta(days=DAYS_OF_PUSHES + rng.randint(1, 365))
        phone = f"13{rng.randint(0, 9)}{rng.randint(0, 99_999_999):08d}"
        yield (i, kind, number, name, phone, f"保康县{town}{i % 200}号", legal, created, now)


class Seeder:
    """Rows of pushes, tasks, deadlines and disputes, with ids assigned here."""

    def __init__(
        self,
        calendar: WorkingDayCalendar,
        routes: list[Route],
        supervisors: dict[int, int],
        officer_id: int | None,
        licensees: int,
        now: datetime,
        deadline_offset: int,
        seed: int = 2026,
    ) -> None:
        self.calendar = calendar
        self.routed = [r for r in routes if r.department_id is not None]
        self.gaps = [r for r in routes if r.department_id is None] or self.routed
        self.supervisors = supervisors
        self.officer_id = officer_id
        self.licensees = licensees
        self.now = now
        self.rng = random.Random(seed)
        self.next_task = 1
        self.next_deadline = deadline_offset + 1
        self.next_dispute = 1
        self.due = cache(self._due)
        self.late = cache(self._late)

    def _due(self, day: date, working_days: int) -> tuple[datetime, bool]:
        event = calendar_rules.start_of_day(day)
        due = calendar_rules.due_after_working_days(self.calendar, event, working_days)
        return due.due_at, due.provisional

    def _late(self, due_at: datetime, acted: date) -> int:
        # Late by dates: acting on the due date is on time (T4).
        acted_at = calendar_rules.start_of_day(acted)
        return calendar_rules.working_days_late(self.calendar, due_at, acted_at)

    def _deadline(
        self, subject_type: str, subject_id: int, kind: str, department_id: int | None,
        started_at: datetime, working_days: int, due_at: datetime, provisional: bool,
        closed_at: datetime | None, late: int | None,
    ) -> tuple:  # fmt: skip
        self.next_deadline += 1
        return (
            self.next_deadline - 1, subject_type, subject_id, kind, department_id,
            "WORKING_DAYS", started_at, working_days, due_at, provisional, closed_at, late,
            started_at,
        )  # fmt: skip

    def chunk(self, first_id: int, count: int) -> tuple[list, list, list, list]:
        """Pushes ``first_id`` … ``first_id + count - 1`` and what goes with them."""
        rng, now = self.rng, self.now
        pushes, tasks, deadlines, disputes = [], [], [], []
        for push_id in range(first_id, first_id + count):
            route = rng.choice(self.gaps if rng.random() < 0.005 else self.routed)
            pushed_at = now - timedelta(seconds=rng.randint(60, DAYS_OF_PUSHES * 86_400))
            local = calendar_rules.local_date(pushed_at)
            claim_due, claim_provisional = self.due(local, CLAIM_WORKING_DAYS)
            age_days = (now - pushed_at).days
            roll = rng.random()
            if route.department_id is None:
                status = "ROUTING_GAP"
            elif age_days < RECENT_DAYS:
                status = "TO_CLAIM" if roll < 0.95 else "RETURNED" if roll < 0.97 else "CLAIMED"
            else:
                status = "CLAIMED" if roll < 0.98 else "TO_CLAIM" if roll < 0.992 else "RETURNED"
            claimed_at = claimed_by = claim_late = None
            if status == "CLAIMED":
                claimed_at = min(now, pushed_at + timedelta(hours=rng.randint(1, 120)))
                claimed_by = self.supervisors.get(route.department_id)  # type: ignore[arg-type]
                claim_late = self.late(claim_due, calendar_rules.local_date(claimed_at))
            claim_deadline = self._deadline(
                "Push", push_id, CLAIM_DEADLINE, route.department_id, pushed_at,
                CLAIM_WORKING_DAYS, claim_due, claim_provisional, claimed_at, claim_late,
            )  # fmt: skip
            deadlines.append(claim_deadline)
            license_date = local
            valid_until = None if rng.random() < 0.2 else license_date + timedelta(days=5 * 365)
            pushes.append(
                (
                    push_id, f"保康审批〔{local.year}〕{push_id:07d}号", "RECORDED",
                    route.handling_item_id, route.handling_item_code, route.handling_item_name,
                    route.approval_item_id, route.approval_item_code, route.approval_item_name,
                    route.version_id, route.supervision_item_id, route.supervision_item_name,
                    route.supervision_sub_item_id, route.supervision_sub_item_name,
                    license_date, license_date, valid_until,
                    f"{route.approval_item_name}：{route.handling_item_name}，经营场所如申请书所载。",
                    MATERIALS, "符合法定条件，准予许可。", "", self.officer_id, pushed_at,
                    status, claim_deadline[0], claim_due, claim_provisional, claimed_at,
                    claimed_by, claim_late, None, None, "VALID", claimed_at or pushed_at,
                    route.approval_department_id, route.department_id,
                    rng.randint(1, self.licensees),
                )
            )  # fmt: skip
            if status == "CLAIMED":
                assert claimed_at is not None and route.department_id is not None
                tasks.append(self._task(push_id, route.department_id, pushed_at, claimed_at,
                                        claimed_by, deadlines))  # fmt: skip
            elif status == "RETURNED":
                opened = min(now, pushed_at + timedelta(hours=rng.randint(1, 48)))
                disputes.append(
                    (self.next_dispute, "该事项不属于本部门监管职责。", "OPEN", opened, None,
                     None, None, "", route.department_id, None, push_id)
                )  # fmt: skip
                self.next_dispute += 1
        return pushes, tasks, deadlines, disputes

    def _task(
        self, push_id: int, department_id: int, pushed_at: datetime, claimed_at: datetime,
        claimed_by: int | None, deadlines: list,
    ) -> tuple:  # fmt: skip
        rng, now = self.rng, self.now
        task_id = self.next_task
        self.next_task += 1
        due_at, provisional = self.due(calendar_rules.local_date(pushed_at), TASK_WORKING_DAYS)
        status, fed_back_at, late, result, follow_up_id = "IN_PROGRESS", None, None, None, None
        roll = rng.random()
        if (now > due_at and roll < 0.95) or (now <= due_at and roll < 0.4):
            fed_back_at = min(now, claimed_at + timedelta(days=rng.randint(1, 48)))
            late = self.late(due_at, calendar_rules.local_date(fed_back_at))
            if roll < 0.03:
                status, result = "RECTIFYING", "RECTIFICATION_ORDERED"
            else:
                status, result = "COMPLETED", rng.choice(RESULTS)
        task_deadline = self._deadline(
            "SupervisionTask", task_id, TASK_DEADLINE, department_id, pushed_at,
            TASK_WORKING_DAYS, due_at, provisional, fed_back_at, late,
        )  # fmt: skip
        deadlines.append(task_deadline)
        queue_due, queue_provisional = due_at, provisional
        if status == "RECTIFYING":
            assert fed_back_at is not None
            queue_due, queue_provisional = self.due(calendar_rules.local_date(fed_back_at), 20)
            follow_up = self._deadline(
                "SupervisionTask", task_id, FOLLOW_UP_DEADLINE, department_id, fed_back_at, 20,
                queue_due, queue_provisional, None, None,
            )  # fmt: skip
            deadlines.append(follow_up)
            follow_up_id = follow_up[0]
        return (
            task_id, status, task_deadline[0], queue_due, queue_provisional, fed_back_at, late,
            result, follow_up_id, None, None, claimed_at, claimed_by,
            fed_back_at or claimed_at, department_id, push_id, "PUSH", "",
        )  # fmt: skip


PUSH_COLUMNS = [
    "id", "document_number", "source", "handling_item_id", "handling_item_code",
    "handling_item_name", "approval_item_id", "approval_item_code", "approval_item_name",
    "catalogue_version_id", "supervision_item_id", "supervision_item_name",
    "supervision_sub_item_id", "supervision_sub_item_name", "license_date", "valid_from",
    "valid_until", "license_content", "materials", "handling_opinion", "commitment_content",
    "recorded_by_id", "pushed_at", "status", "claim_deadline_id", "claim_due_at",
    "claim_due_provisional", "claimed_at", "claimed_by_id", "claim_late_working_days",
    "claim_due_soon_signalled_at", "claim_overdue_signalled_at", "license_status", "updated_at",
    "approval_department_id", "department_id", "licensee_id",
]  # fmt: skip
TASK_COLUMNS = [
    "id", "status", "deadline_id", "due_at", "due_provisional", "fed_back_at",
    "feedback_late_working_days", "result", "follow_up_deadline_id", "due_soon_signalled_at",
    "overdue_signalled_at", "created_at", "created_by_id", "updated_at", "department_id",
    "push_id", "origin", "title",
]  # fmt: skip
DEADLINE_COLUMNS = [
    "id", "subject_type", "subject_id", "kind", "department_id", "rule", "started_at",
    "working_days", "due_at", "provisional", "closed_at", "closed_late_by_working_days",
    "created_at",
]  # fmt: skip
DISPUTE_COLUMNS = [
    "id", "reason", "status", "opened_at", "resolved_at", "resolved_by_id",
    "assigned_department_id", "resolution_note", "department_id", "opened_by_id", "push_id",
]  # fmt: skip
LICENSEE_COLUMNS = [
    "id", "kind", "number", "name", "contact_phone", "address", "legal_representative",
    "created_at", "updated_at",
]  # fmt: skip
TABLES = ["linkage_dispute", "linkage_supervision_task", "linkage_push", "linkage_licensee"]


async def seed(
    dsn: str, calendar: WorkingDayCalendar, *, licensees: int, pushes: int, log=print
) -> None:
    """Replace the linkage rows (and their deadlines) of the database at ``dsn``."""
    started = time.perf_counter()
    connection = await asyncpg.connect(dsn)
    try:
        now = datetime.now(UTC)
        users = await connection.fetch(
            "SELECT id, username, department_id FROM accounts_user ORDER BY id"
        )
        supervisors = {
            u["department_id"]: u["id"] for u in users if u["username"].endswith(".supervisor")
        }
        officer = next((u["id"] for u in users if u["username"] == "spj.officer"), None)
        async with connection.transaction():
            await connection.execute(
                "TRUNCATE linkage_event, linkage_task_feedback, linkage_license_request, "
                "linkage_reverse_push, " + ", ".join(TABLES) + " RESTART IDENTITY CASCADE"
            )
            await connection.execute(
                "DELETE FROM deadline WHERE subject_type IN ('Push', 'SupervisionTask')"
            )
            offset = await connection.fetchval("SELECT coalesce(max(id), 0) FROM deadline")
            await connection.copy_records_to_table(
                "linkage_licensee",
                records=licensee_rows(licensees, now, random.Random(1)),
                columns=LICENSEE_COLUMNS,
            )
            log(f"  {licensees:,} licensees ({time.perf_counter() - started:.0f} s)")
            seeder = Seeder(
                calendar, await routes(connection), supervisors, officer, licensees, now, offset
            )
            for first in range(1, pushes + 1, CHUNK):
                push_rows, task_rows, deadline_rows, dispute_rows = seeder.chunk(
                    first, min(CHUNK, pushes + 1 - first)
                )
                for table, rows, columns in (
                    ("linkage_push", push_rows, PUSH_COLUMNS),
                    ("linkage_supervision_task", task_rows, TASK_COLUMNS),
                    ("deadline", deadline_rows, DEADLINE_COLUMNS),
                    ("linkage_dispute", dispute_rows, DISPUTE_COLUMNS),
                ):
                    if rows:
                        await connection.copy_records_to_table(table, records=rows, columns=columns)
                done = first + len(push_rows) - 1
                log(f"  {done:,} pushes ({time.perf_counter() - started:.0f} s)")
            # A push's task supervises the push's licensee and shows its item (as a claim makes it).
            await connection.execute(
                "UPDATE linkage_supervision_task t SET licensee_id = p.licensee_id, "
                "title = p.approval_item_name FROM linkage_push p WHERE t.push_id = p.id"
            )
            for table in [*TABLES, "deadline"]:
                await connection.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
                )
        await connection.execute("ANALYZE")
        log(f"  seeded and analyzed in {time.perf_counter() - started:.0f} s")
    finally:
        await connection.close()
