"""A1: tampering with the stored trail is detected, by verify() and `shenguan audit verify`."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from tortoise import connections

from domain.accounts.actor import Actor, Role
from domain.audit import services as audit
from domain.audit.models import AuditEvent
from domain.audit.rules import BreakReason
from domain.clock import FixedClock
from domain.transaction import transaction

ROOT = Path(__file__).resolve().parents[2]
OFFICER = Actor(
    user_id=5, username="li.si", department_id=1, roles=frozenset({Role.APPROVAL_OFFICER})
)


async def record_events(n: int) -> None:
    for i in range(1, n + 1):
        async with transaction():
            await audit.record(
                OFFICER,
                "push.create",
                target_type="Push",
                target_id=i,
                before=None,
                after={"status": "PENDING", "licensee": "保康县某某餐饮店", "n": i},
            )


async def raw(sql: str) -> None:
    await connections.get("default").execute_script(sql)


async def run_cli(database_url: str, tmp_path: Path) -> tuple[int, str]:
    env = {
        **os.environ,
        "SHENGUAN_DATABASE_URL": database_url,
        "SHENGUAN_DATA_DIR": str(tmp_path / "cli-var"),
        "SHENGUAN_SECRET_KEY": "test-secret-key-that-is-long-enough-000000",
        "SHENGUAN_LOG_LEVEL": "WARNING",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "shenguan.cli",
        "audit",
        "verify",
        "--batch-size",
        "3",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, out.decode() + err.decode()


async def test_a1_verify_reports_an_intact_chain_with_its_count(db: str, clock: FixedClock) -> None:
    await record_events(7)
    report = await audit.verify(batch_size=3)  # three batches, the last one short
    assert report.ok
    assert report.count == 7
    last = await AuditEvent.get(seq=7)
    assert (report.head.seq, report.head.hash) == (7, last.hash)


async def test_a1_verify_of_an_empty_trail_is_ok(db: str) -> None:
    report = await audit.verify()
    assert report.ok and report.count == 0


async def test_a1_verify_detects_an_edited_event(db: str, clock: FixedClock) -> None:
    await record_events(5)
    await raw("UPDATE audit_event SET actor_username = 'mallory' WHERE seq = 3")
    report = await audit.verify(batch_size=2)
    assert report.broken is not None
    assert (report.broken.seq, report.broken.reason) == (3, BreakReason.EDITED)
    assert report.count == 2


async def test_a1_verify_detects_an_edit_that_recomputed_the_hash(
    db: str, clock: FixedClock
) -> None:
    await record_events(5)
    event = await AuditEvent.get(seq=3)
    event.actor_username = "mallory"
    forged_hash = event.fields_for_hash().hash()
    await raw(
        f"UPDATE audit_event SET actor_username = 'mallory', hash = '{forged_hash}' WHERE seq = 3"
    )
    report = await audit.verify()
    assert report.broken is not None
    assert (report.broken.seq, report.broken.reason) == (4, BreakReason.CHAIN_BROKEN)


async def test_a1_verify_detects_a_deleted_event(db: str, clock: FixedClock) -> None:
    await record_events(5)
    await raw("DELETE FROM audit_event WHERE seq = 2")
    report = await audit.verify()
    assert report.broken is not None
    assert (report.broken.seq, report.broken.reason) == (3, BreakReason.SEQUENCE_GAP)


async def test_a1_verify_detects_a_deleted_first_event(db: str, clock: FixedClock) -> None:
    await record_events(3)
    await raw("DELETE FROM audit_event WHERE seq = 1")
    report = await audit.verify()
    assert report.broken is not None
    assert (report.broken.seq, report.broken.reason) == (2, BreakReason.SEQUENCE_GAP)


async def test_a1_verify_detects_reordered_events(db: str, clock: FixedClock) -> None:
    await record_events(5)
    await raw("UPDATE audit_event SET seq = -1 WHERE seq = 2")
    await raw("UPDATE audit_event SET seq = 2 WHERE seq = 3")
    await raw("UPDATE audit_event SET seq = 3 WHERE seq = -1")
    report = await audit.verify()
    assert report.broken is not None
    assert (report.broken.seq, report.broken.reason) == (2, BreakReason.EDITED)


async def test_a1_cli_verify_exits_0_when_intact_and_1_when_broken(
    db: str, clock: FixedClock, tmp_path: Path
) -> None:
    await record_events(7)
    code, output = await run_cli(db, tmp_path)
    assert code == 0, output
    assert "审计链完整 (audit trail intact): 7 条事件 (events)" in output

    await raw("UPDATE audit_event SET target_id = '99' WHERE seq = 5")
    code, output = await run_cli(db, tmp_path)
    assert code == 1, output
    assert "第 5 号事件 (event #5)" in output
    assert "(edited)" in output


async def test_a1_cli_verify_reports_a_deleted_event(
    db: str, clock: FixedClock, tmp_path: Path
) -> None:
    await record_events(4)
    await raw("DELETE FROM audit_event WHERE seq = 3")
    code, output = await run_cli(db, tmp_path)
    assert code == 1, output
    assert "第 4 号事件 (event #4)" in output
    assert "(sequence gap)" in output
