"""Settings from ``SHENGUAN_*`` environment variables (documented in .env.example).

Unset means the embedded default. A wrong value stops the service at start
with a message naming the variable.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PREFIX = "SHENGUAN_"
# Hosts of a public base URL that allow the test clock.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class SettingsError(ValueError):
    """A setting has a wrong value; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    redis_url: str | None
    broker_url: str | None
    secret_key: str
    time_zone: str
    public_base_url: str
    introspection: bool
    log_level: str
    # Reminders (M1): e-mail over SMTP (unset: no e-mail channel), the sender address,
    # the SMS gateway (unset: the logging gateway), how long a worker holds a claimed
    # delivery before another may take it over, and how long the sweep waits for a
    # delivery's queued job before it enqueues it again.
    smtp_url: str | None = None
    mail_from: str = "noreply@localhost"
    sms_gateway_url: str | None = None
    reminder_lease_seconds: int = 300
    reminder_grace_seconds: int = 120
    # Reports from the public (A4): at most so many per client address per hour and per
    # day; the client address from this header when a trusted reverse proxy sets it
    # (unset: the TCP peer; docs/reports.md).
    report_limit_per_hour: int = 5
    report_limit_per_day: int = 20
    trusted_proxy_header: str | None = None
    # SHENGUAN_TEST_CLOCK: a clock that tests move through POST /test/clock (browser
    # tests only; never in production).
    test_clock: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite://")

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def secure_cookies(self) -> bool:
        return self.public_base_url.startswith("https://")


def _get(env: dict[str, str], name: str) -> str | None:
    value = env.get(PREFIX + name)
    return value.strip() if value and value.strip() else None


def _url(env: dict[str, str], name: str, schemes: tuple[str, ...]) -> str | None:
    value = _get(env, name)
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in schemes:
        raise SettingsError(
            f"{PREFIX}{name}={value!r}: the scheme must be one of {', '.join(schemes)}"
        )
    if parts.scheme not in ("sqlite",) and not parts.hostname:
        raise SettingsError(f"{PREFIX}{name}={value!r}: the URL names no host")
    return value


def _bool(env: dict[str, str], name: str, default: bool) -> bool:
    value = _get(env, name)
    if value is None:
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{PREFIX}{name}={value!r}: expected true or false")


def _mail_from(env: dict[str, str], public_base_url: str) -> str:
    value = _get(env, "MAIL_FROM")
    if value is None:
        return f"noreply@{urlsplit(public_base_url).hostname or 'localhost'}"
    _, address = parseaddr(value)
    if "@" not in address or address.startswith("@") or address.endswith("@"):
        raise SettingsError(f"{PREFIX}MAIL_FROM={value!r}: not an e-mail address")
    return value


def _positive_int(env: dict[str, str], name: str, default: int) -> int:
    value = _get(env, name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise SettingsError(f"{PREFIX}{name}={value!r}: expected a whole number above 0")
    return number


def _secret_key(env: dict[str, str], data_dir: Path) -> str:
    value = _get(env, "SECRET_KEY")
    if value is not None:
        if len(value) < 32:
            raise SettingsError(f"{PREFIX}SECRET_KEY: must be at least 32 characters long")
        return value
    # Embedded default: a key generated once and kept beside the data.
    path = data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


def load_settings(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ) if env is None else env
    data_dir = Path(_get(env, "DATA_DIR") or "var").resolve()

    database_url = _url(env, "DATABASE_URL", ("sqlite", "postgres", "postgresql"))
    if database_url is None:
        database_url = f"sqlite://{data_dir / 'shenguan.sqlite3'}"
    elif database_url.startswith("postgresql://"):
        database_url = "postgres://" + database_url.removeprefix("postgresql://")

    redis_url = _url(env, "REDIS_URL", ("redis", "rediss"))
    broker_url = _url(env, "BROKER_URL", ("redis", "rediss", "amqp", "amqps"))

    time_zone = _get(env, "TIME_ZONE") or "Asia/Shanghai"
    try:
        ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError(f"{PREFIX}TIME_ZONE={time_zone!r}: not a known time zone") from exc

    public_base_url = (
        _url(env, "PUBLIC_BASE_URL", ("http", "https")) or "http://127.0.0.1:8000"
    ).rstrip("/")

    log_level = (_get(env, "LOG_LEVEL") or "INFO").upper()
    if log_level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise SettingsError(f"{PREFIX}LOG_LEVEL={log_level!r}: one of DEBUG, INFO, WARNING, ERROR")

    test_clock = _bool(env, "TEST_CLOCK", False)
    if test_clock:
        host = urlsplit(public_base_url).hostname or ""
        if host not in LOCAL_HOSTS:
            raise SettingsError(
                f"{PREFIX}TEST_CLOCK: for tests only; refused with the public address "
                f"{PREFIX}PUBLIC_BASE_URL={public_base_url!r} (use a local address)"
            )
        if broker_url is not None:
            raise SettingsError(
                f"{PREFIX}TEST_CLOCK: needs the embedded default (no {PREFIX}BROKER_URL): "
                "a separate worker or scheduler process would not see the moved clock"
            )

    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        redis_url=redis_url,
        broker_url=broker_url,
        secret_key=_secret_key(env, data_dir),
        time_zone=time_zone,
        public_base_url=public_base_url,
        introspection=_bool(env, "INTROSPECTION", True),
        log_level=log_level,
        smtp_url=_url(env, "SMTP_URL", ("smtp", "smtps")),
        mail_from=_mail_from(env, public_base_url),
        sms_gateway_url=_url(env, "SMS_GATEWAY_URL", ("http", "https")),
        reminder_lease_seconds=_positive_int(env, "REMINDER_LEASE_SECONDS", 300),
        reminder_grace_seconds=_positive_int(env, "REMINDER_GRACE_SECONDS", 120),
        report_limit_per_hour=_positive_int(env, "REPORT_LIMIT_PER_HOUR", 5),
        report_limit_per_day=_positive_int(env, "REPORT_LIMIT_PER_DAY", 20),
        trusted_proxy_header=_get(env, "TRUSTED_PROXY_HEADER"),
        test_clock=test_clock,
    )
