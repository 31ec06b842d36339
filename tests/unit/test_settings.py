"""Settings: unset means the embedded default; a wrong value names its variable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from shenguan.settings import SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_unset_means_the_embedded_default(tmp_path: Path) -> None:
    settings = load_settings({"SHENGUAN_DATA_DIR": str(tmp_path)})
    assert settings.database_url == f"sqlite://{tmp_path / 'shenguan.sqlite3'}"
    assert settings.redis_url is None and settings.broker_url is None
    assert settings.time_zone == "Asia/Shanghai"
    assert settings.public_base_url == "http://127.0.0.1:8000"
    assert settings.introspection is True
    # The embedded secret key is generated once and kept.
    assert len(settings.secret_key) >= 32
    assert load_settings({"SHENGUAN_DATA_DIR": str(tmp_path)}).secret_key == settings.secret_key


def test_postgresql_scheme_is_accepted(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "SHENGUAN_DATA_DIR": str(tmp_path),
            "SHENGUAN_DATABASE_URL": "postgresql://shenguan@db.example:5432/shenguan",
        }
    )
    assert settings.database_url == "postgres://shenguan@db.example:5432/shenguan"
    assert not settings.is_sqlite


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "mysql://root@localhost/shenguan"),
        ("DATABASE_URL", "postgres:///no-host"),
        ("REDIS_URL", "http://127.0.0.1:6379"),
        ("BROKER_URL", "kafka://127.0.0.1:9092"),
        ("SECRET_KEY", "too-short"),
        ("TIME_ZONE", "Mars/Olympus_Mons"),
        ("PUBLIC_BASE_URL", "ftp://example.org"),
        ("INTROSPECTION", "maybe"),
        ("LOG_LEVEL", "LOUD"),
    ],
)
def test_a_wrong_value_names_its_variable(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=f"SHENGUAN_{name}"):
        load_settings({"SHENGUAN_DATA_DIR": str(tmp_path), f"SHENGUAN_{name}": value})


def test_the_service_refuses_to_start_with_a_wrong_value(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "SHENGUAN_DATA_DIR": str(tmp_path),
        "SHENGUAN_BROKER_URL": "kafka://127.0.0.1:9092",
    }
    result = subprocess.run(
        [sys.executable, "-m", "shenguan.cli", "serve"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "SHENGUAN_BROKER_URL" in result.stderr
