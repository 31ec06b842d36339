"""/healthz (alive) and /readyz (database reachable), and JSON logs of a served app."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_healthz_answers_ok(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert (response.status_code, response.text) == (200, "ok")


async def test_readyz_is_ready_when_the_database_answers(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert (response.status_code, response.text) == (200, "ready")


def test_readyz_is_503_when_the_database_is_unreachable(tmp_path: Path) -> None:
    """The real app under uvicorn, its database on a port where nothing listens."""
    port, closed = free_port(), free_port()
    env = {
        **os.environ,
        "SHENGUAN_DATA_DIR": str(tmp_path),
        "SHENGUAN_SECRET_KEY": "test-secret-key-that-is-long-enough-000000",
        "SHENGUAN_DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed}/nothing",
    }
    env.pop("SHENGUAN_REDIS_URL", None)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "api.app:from_environment",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                alive = httpx.get(f"{base}/healthz", timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None, "the server exited"
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        assert (alive.status_code, alive.text) == (200, "ok")
        ready = httpx.get(f"{base}/readyz", headers={"x-request-id": "probe-ready-01"}, timeout=10)
        assert ready.status_code == 503
        assert ready.headers["x-request-id"] == "probe-ready-01"
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=10)
    lines = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    warning = [e for e in lines if e["message"] == "database not reachable"]
    assert warning and warning[0]["request_id"] == "probe-ready-01"
    assert "exception" in warning[0]
