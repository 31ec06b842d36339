"""The accounts commands, run as the operator runs them, on a fresh migrated database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from domain.demo import DEMO_PASSWORD


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "shenguan.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_migrate_load_demo_create_user_and_tokens(empty_database_url: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "SHENGUAN_DATA_DIR": str(tmp_path / "var"),
        "SHENGUAN_DATABASE_URL": empty_database_url,
        "SHENGUAN_LOG_LEVEL": "WARNING",
    }
    assert run(env, "migrate").returncode == 0

    demo = run(env, "load-demo")
    assert demo.returncode == 0, demo.stderr
    assert "scj.supervisor" in demo.stdout and DEMO_PASSWORD in demo.stdout
    again = run(env, "load-demo")
    assert again.returncode == 0 and "scj.supervisor" not in again.stdout

    created = run(
        env,
        *("create-user", "li.si", "--display-name", "李四", "--role", "supervisor"),
        *("--department", "scj", "--password-stdin"),
        stdin="Abcdefgh123\n",
    )
    assert created.returncode == 0, created.stderr
    assert "li.si" in created.stdout
    weak = run(
        env,
        *("create-user", "li.wu", "--display-name", "李五", "--role", "SUPERVISOR"),
        *("--department", "SCJ", "--password-stdin"),
        stdin="short\n",
    )
    assert weak.returncode == 1 and "INVALID_INPUT" in weak.stderr

    token = run(env, "create-token", "大屏", "--department", "SCJ")
    assert token.returncode == 0, token.stderr
    assert token.stdout.strip().splitlines()[-1].startswith("sgt_")
    assert run(env, "revoke-token", "1").returncode == 0
    twice = run(env, "revoke-token", "1")
    assert twice.returncode == 1 and "CONFLICT" in twice.stderr
