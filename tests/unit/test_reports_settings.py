"""Settings of reports from the public (A4): the rate limit and the trusted proxy header."""

from __future__ import annotations

from pathlib import Path

import pytest

from shenguan.settings import SettingsError, load_settings


def test_a4_rate_limit_defaults_and_no_trusted_header(tmp_path: Path) -> None:
    settings = load_settings({"SHENGUAN_DATA_DIR": str(tmp_path)})
    assert (settings.report_limit_per_hour, settings.report_limit_per_day) == (5, 20)
    assert settings.trusted_proxy_header is None


def test_a4_rate_limit_and_header_from_the_environment(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "SHENGUAN_DATA_DIR": str(tmp_path),
            "SHENGUAN_REPORT_LIMIT_PER_HOUR": "2",
            "SHENGUAN_REPORT_LIMIT_PER_DAY": "9",
            "SHENGUAN_TRUSTED_PROXY_HEADER": "X-Real-IP",
        }
    )
    assert (settings.report_limit_per_hour, settings.report_limit_per_day) == (2, 9)
    assert settings.trusted_proxy_header == "X-Real-IP"


def test_a4_a_wrong_limit_names_its_variable(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="SHENGUAN_REPORT_LIMIT_PER_HOUR"):
        load_settings({"SHENGUAN_DATA_DIR": str(tmp_path), "SHENGUAN_REPORT_LIMIT_PER_HOUR": "0"})
