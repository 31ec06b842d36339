"""The floor of the supervisor's queue benchmark: plain Starlette, asyncpg, orjson.

``POST /queue`` answers what ``bench/queries/supervisor_queue.graphql`` answers through
/graphql — the same rows, the same visibility (the session's actor, READ_RECORDS scope),
the same contact masking and the same JSON — with two hand-written SQL statements: the
session, then the page with its department, approval department, handling item,
licensee and task joined. Served by ``bench/linkage_queue.py``:

    BENCH_DATABASE_URL=postgres://… uvicorn --factory bench.floor_app:create_app
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import asyncpg
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from api.relay import encode_cursor, to_global_id
from domain.accounts.actor import Actor, Role
from domain.accounts.policy import Operation, department_scope
from domain.linkage.rules import mask_phone, sees_full_contact

PAGE = 50
SESSION = """
SELECT u.id, u.username, u.department_id, u.roles, u.is_active, s.expires_at
FROM accounts_session s JOIN accounts_user u ON u.id = s.user_id
WHERE s.token_hash = $1 AND s.revoked_at IS NULL
"""
COLUMNS = """
p.id, p.document_number, p.status, p.source, p.approval_item_code, p.approval_item_name,
p.handling_item_code, p.handling_item_name, p.supervision_item_name,
p.supervision_sub_item_name, p.license_date, p.valid_from, p.valid_until,
p.license_content, p.pushed_at, p.claimed_at, p.claim_due_at, p.claim_due_provisional,
p.claim_late_working_days, p.department_id, p.approval_department_id,
d.code AS d_code, d.name AS d_name, a.code AS a_code, a.name AS a_name,
h.id AS h_id, h.code AS h_code, h.name AS h_name,
l.id AS l_id, l.kind AS l_kind, l.number AS l_number, l.name AS l_name,
l.contact_phone AS l_phone,
t.id AS t_id, t.status AS t_status, t.created_at AS t_created_at, t.due_at AS t_due_at,
t.due_provisional AS t_due_provisional
"""
JOINS = """
FROM linkage_push p
LEFT JOIN accounts_department d ON d.id = p.department_id
JOIN accounts_department a ON a.id = p.approval_department_id
LEFT JOIN catalogue_handling_item h ON h.id = p.handling_item_id
JOIN linkage_licensee l ON l.id = p.licensee_id
LEFT JOIN linkage_supervision_task t ON t.push_id = p.id
"""
ORDER = " ORDER BY p.claim_due_at, p.id LIMIT $2"
# The same visibility as domain.linkage.services.reads.visible_pushes.
SCOPED = (
    f"SELECT {COLUMNS} {JOINS} WHERE (p.department_id = ANY($3::int[])"
    f" OR p.approval_department_id = ANY($3::int[])) AND p.status = $1 {ORDER}"
)
ALL = f"SELECT {COLUMNS} {JOINS} WHERE p.status = $1 {ORDER}"
OPEN = ("TO_CLAIM", "ROUTING_GAP")


def _dt(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _department(pk: int | None, code: str | None, name: str | None) -> dict | None:
    if pk is None:
        return None
    return {"id": to_global_id("Department", pk), "code": code, "name": name}


def _node(row: asyncpg.Record, actor: Actor, now: datetime) -> dict[str, Any]:
    open_ = row["status"] in OPEN
    late = row["claim_late_working_days"]
    involved = frozenset(
        d for d in (row["department_id"], row["approval_department_id"]) if d is not None
    )
    full = sees_full_contact(actor, involved)
    phone = row["l_phone"]
    task = None
    if row["t_id"] is not None:
        task = {
            "id": to_global_id("SupervisionTask", row["t_id"]),
            "status": row["t_status"],
            "createdAt": _dt(row["t_created_at"]),
            "due": {
                "dueAt": _dt(row["t_due_at"]),
                "provisional": row["t_due_provisional"],
                "overdue": row["t_status"] == "IN_PROGRESS" and now > row["t_due_at"],
            },
        }
    return {
        "id": to_global_id("Push", row["id"]),
        "documentNumber": row["document_number"],
        "status": row["status"],
        "source": row["source"],
        "approvalItemCode": row["approval_item_code"],
        "approvalItemName": row["approval_item_name"],
        "handlingItemCode": row["handling_item_code"],
        "handlingItemName": row["handling_item_name"],
        "supervisionItemName": row["supervision_item_name"],
        "supervisionSubItemName": row["supervision_sub_item_name"],
        "licenseDate": _date(row["license_date"]),
        "validFrom": _date(row["valid_from"]),
        "validUntil": _date(row["valid_until"]),
        "licenseContent": row["license_content"],
        "pushedAt": _dt(row["pushed_at"]),
        "claimedAt": _dt(row["claimed_at"]),
        "claimDue": {
            "dueAt": _dt(row["claim_due_at"]),
            "provisional": row["claim_due_provisional"],
            "overdue": (open_ and now > row["claim_due_at"]) or bool(late),
            "workingDaysLate": None if open_ else late,
        },
        "department": _department(row["department_id"], row["d_code"], row["d_name"]),
        "approvalDepartment": _department(
            row["approval_department_id"], row["a_code"], row["a_name"]
        ),
        "handlingItem": None
        if row["h_id"] is None
        else {
            "id": to_global_id("HandlingItem", row["h_id"]),
            "code": row["h_code"],
            "name": row["h_name"],
        },
        "licensee": {
            "id": to_global_id("Licensee", row["l_id"]),
            "kind": row["l_kind"],
            "number": row["l_number"],
            "name": row["l_name"],
            "contactPhone": phone if full else mask_phone(phone),
            "contactMasked": not full and bool(phone),
        },
        "task": task,
    }


def _json(data: object, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type="application/json")


async def _actor(pool: asyncpg.Pool, request: Request) -> Actor | None:
    token = request.cookies.get("sg_session")
    if not token:
        return None
    row = await pool.fetchrow(SESSION, hashlib.sha256(token.encode()).hexdigest())
    if row is None or not row["is_active"] or row["expires_at"] <= datetime.now(UTC):
        return None
    return Actor(
        user_id=row["id"],
        username=row["username"],
        department_id=row["department_id"],
        roles=frozenset(Role(r) for r in orjson.loads(row["roles"])),
    )


async def queue(request: Request) -> Response:
    """The first page of the actor's pushes waiting for their claim (TO_CLAIM)."""
    await request.body()  # read like /graphql does; the operation is fixed
    pool: asyncpg.Pool = request.app.state.pool
    actor = await _actor(pool, request)
    if actor is None:
        return _json({"errors": [{"message": "请先登录。"}]}, 401)
    scope = department_scope(actor, Operation.READ_RECORDS)
    if scope is None:
        rows = await pool.fetch(ALL, "TO_CLAIM", PAGE + 1)
    else:
        rows = await pool.fetch(SCOPED, "TO_CLAIM", PAGE + 1, sorted(scope))
    now = datetime.now(UTC)
    page = rows[:PAGE]
    cursors = [encode_cursor([r["claim_due_at"], r["id"]]) for r in page]
    return _json(
        {
            "data": {
                "pushes": {
                    "pageInfo": {
                        "hasNextPage": len(rows) > PAGE,
                        "endCursor": cursors[-1] if cursors else None,
                    },
                    "nodes": [_node(r, actor, now) for r in page],
                }
            }
        }
    )


async def healthz(request: Request) -> Response:
    return PlainTextResponse("ok")


def create_app() -> Starlette:
    dsn = os.environ["BENCH_DATABASE_URL"]
    size = int(os.environ.get("BENCH_POOL_SIZE", "5"))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Tortoise's pool defaults: min 1, max 5 (the GraphQL server gets the same max).
        app.state.pool = await asyncpg.create_pool(dsn, min_size=1, max_size=size)
        try:
            yield
        finally:
            await app.state.pool.close()

    return Starlette(
        routes=[Route("/queue", queue, methods=["POST"]), Route("/healthz", healthz)],
        lifespan=lifespan,
    )
