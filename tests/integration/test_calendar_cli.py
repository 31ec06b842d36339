"""``shenguan calendar`` run as the operator runs it, on a fresh migrated database."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs" / "calendar.md"


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "shenguan.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def documented_example() -> str:
    match = re.search(r"```yaml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert match, "docs/calendar.md has no YAML example"
    return match.group(1)


def test_t1_calendar_commands(empty_database_url: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "SHENGUAN_DATA_DIR": str(tmp_path / "var"),
        "SHENGUAN_DATABASE_URL": empty_database_url,
        "SHENGUAN_LOG_LEVEL": "WARNING",
    }
    migrated = run(env, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    assert "2004" in migrated.stdout and "2026" in migrated.stdout  # the package was loaded

    status = run(env, "calendar", "status")
    assert status.returncode == 0, status.stderr
    assert "2004–2026" in status.stdout

    shown = run(env, "calendar", "show", "--year", "2026", "--month", "2")
    assert shown.returncode == 0, shown.stderr
    assert re.search(r"2026-02-14 周六 调休上班\s+PACKAGE\s+春节", shown.stdout)
    assert re.search(r"2026-02-16 周一 休息日\s+PACKAGE\s+春节", shown.stdout)

    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(
        "year: 2027\nholidays:\n  - {name: 元旦, from: 2027-01-03, to: 2027-01-01}\n",
        encoding="utf-8",
    )
    refused = run(env, "calendar", "enter-notice", str(wrong))
    assert refused.returncode == 1
    assert "[holidays[0].to]" in refused.stderr and "CALENDAR_NOTICE_INVALID" in refused.stderr

    notice = tmp_path / "notice-2027.yaml"
    notice.write_text(documented_example(), encoding="utf-8")
    entered = run(env, "calendar", "enter-notice", str(notice))
    assert entered.returncode == 0, entered.stderr
    assert "2027" in entered.stdout
    assert "2004–2027" in run(env, "calendar", "status").stdout
    shown = run(env, "calendar", "show", "--year", "2027", "--month", "2")
    assert re.search(r"2027-02-20 周六 调休上班\s+NOTICE", shown.stdout)

    corrected = run(env, "calendar", "correct", "2027-03-01", "--rest", "--reason", "测试更正")
    assert corrected.returncode == 0, corrected.stderr
    shown = run(env, "calendar", "show", "--year", "2027", "--month", "3")
    assert re.search(r"2027-03-01 周一 休息日\s+CORRECTION\s+测试更正", shown.stdout)
    no_reason = run(env, "calendar", "correct", "2027-03-02", "--rest")
    assert no_reason.returncode == 1 and "[reason]" in no_reason.stderr
