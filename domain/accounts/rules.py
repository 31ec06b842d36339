"""Pure rules of the accounts area: roles, passwords, lockout, secrets.

No I/O and no clock reads: the current time is passed in.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from domain.accounts.actor import Role
from domain.errors import InvalidInput

DISPLAY_TZ = ZoneInfo("Asia/Shanghai")

# ---- roles ------------------------------------------------------------------

# The three kinds of duty stay separate (三员分立): one user holds roles of one group only.
ADMIN_ROLES = frozenset({Role.SYSTEM_ADMIN})
AUDIT_ROLES = frozenset({Role.AUDITOR})
OPERATOR_ROLES = frozenset(
    {Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN, Role.COORDINATOR}
)
# Roles a department admin may give to users of their own department.
DEPARTMENT_ADMIN_ASSIGNABLE = frozenset(
    {Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN}
)

ROLE_LABELS: dict[Role, str] = {
    Role.APPROVAL_OFFICER: "审批人员",
    Role.SUPERVISOR: "监管人员",
    Role.DEPARTMENT_ADMIN: "部门管理员",
    Role.COORDINATOR: "协调小组成员",
    Role.AUDITOR: "审计人员",
    Role.SYSTEM_ADMIN: "系统管理员",
}


def validate_roles(roles: Iterable[Role], *, has_department: bool) -> frozenset[Role]:
    """The role set of a user, or ``InvalidInput`` (field ``roles``)."""
    role_set = frozenset(roles)
    if not role_set:
        raise InvalidInput("至少需要指定一个角色。", field="roles")
    groups = [g for g in (ADMIN_ROLES, AUDIT_ROLES, OPERATOR_ROLES) if role_set & g]
    if len(groups) > 1:
        raise InvalidInput(
            "系统管理员、审计人员与业务角色须相互分离，不能授予同一用户。", field="roles"
        )
    if role_set & OPERATOR_ROLES and not has_department:
        raise InvalidInput("业务角色的用户必须属于一个部门。", field="departmentId")
    return role_set


def parse_roles(values: Iterable[str]) -> frozenset[Role]:
    try:
        return frozenset(Role(v) for v in values)
    except ValueError as exc:
        raise InvalidInput(f"未知的角色：{exc}", field="roles") from exc


# ---- names --------------------------------------------------------------------

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
DEPARTMENT_CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")


def normalize_username(username: str) -> str:
    return username.strip().lower()


def validate_username(username: str) -> str:
    name = normalize_username(username)
    if not USERNAME_PATTERN.match(name):
        raise InvalidInput(
            "用户名须为 3–32 位小写字母、数字或 . _ -，并以字母或数字开头。", field="username"
        )
    return name


def validate_display_name(display_name: str) -> str:
    name = display_name.strip()
    if not 1 <= len(name) <= 64:
        raise InvalidInput("姓名不能为空，且不超过 64 个字符。", field="displayName")
    return name


# ---- contact for reminders (M1, 制度 Art 20(1)) ---------------------------------------

EMAIL_PATTERN = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
MAX_EMAIL_LENGTH = 254
# A mainland China mobile number: reminders go out by SMS.
MOBILE_PATTERN = re.compile(r"^1[3-9][0-9]{9}$")


def validate_email(email: str) -> str:
    """An e-mail address for reminders, or "" (none); ``InvalidInput`` (field ``email``)."""
    value = email.strip()
    if not value:
        return ""
    if len(value) > MAX_EMAIL_LENGTH or not EMAIL_PATTERN.match(value):
        raise InvalidInput(
            f"电子邮箱“{value[:40]}”格式不正确，应如 zhangsan@baokang.gov.cn。", field="email"
        )
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


def validate_phone(phone: str) -> str:
    """A mobile number for SMS reminders (11 digits; spaces, hyphens and +86 are dropped),
    or "" (none); ``InvalidInput`` (field ``phone``)."""
    value = re.sub(r"[\s-]", "", phone)
    if not value:
        return ""
    if value.startswith("+86"):
        value = value[3:]
    elif value.startswith("0086"):
        value = value[4:]
    if not MOBILE_PATTERN.match(value):
        raise InvalidInput(
            f"手机号码“{phone.strip()[:40]}”不正确：须为 11 位中国大陆手机号码，"
            "如 13800001111（短信提醒发送到该号码）。",
            field="phone",
        )
    return value


def validate_receives_reminders(receives: bool, *, has_department: bool) -> bool:
    """Only a department's people are its responsible people for reminders (P2)."""
    if receives and not has_department:
        raise InvalidInput(
            "接收提醒的责任人须属于一个部门（制度第二十条第一款）。", field="receivesReminders"
        )
    return receives


# ---- passwords ------------------------------------------------------------------

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 128


def validate_password(password: str, *, field: str = "password") -> str:
    """A new password: 10–128 characters with at least a letter and a digit."""
    if not MIN_PASSWORD_LENGTH <= len(password) <= MAX_PASSWORD_LENGTH:
        raise InvalidInput(
            f"密码长度须在 {MIN_PASSWORD_LENGTH} 到 {MAX_PASSWORD_LENGTH} 个字符之间。",
            field=field,
        )
    if not (re.search(r"[A-Za-z]", password) and re.search(r"[0-9]", password)):
        raise InvalidInput("密码须同时包含字母和数字。", field=field)
    return password


# ---- lockout -------------------------------------------------------------------

MAX_FAILED_LOGINS = 5
LOCK_DURATION = timedelta(minutes=15)


@dataclass(frozen=True)
class LoginState:
    """A user's run of failed logins and the lock it caused, if any."""

    failed_count: int = 0
    locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


def after_failure(state: LoginState, now: datetime) -> LoginState:
    """One more failed login; the fifth in a row locks the account for LOCK_DURATION.

    Failures while locked are not counted (the lock is not extended). When a lock
    expires the count starts again from zero.
    """
    if state.is_locked(now):
        return state
    count = state.failed_count + 1
    if count >= MAX_FAILED_LOGINS:
        return LoginState(failed_count=0, locked_until=now + LOCK_DURATION)
    return LoginState(failed_count=count, locked_until=None)


def after_success(state: LoginState, now: datetime) -> LoginState:
    """A successful login resets the count (only possible while not locked)."""
    return LoginState()


def locked_message(locked_until: datetime) -> str:
    local = locked_until.astimezone(DISPLAY_TZ)
    return (
        f"连续 {MAX_FAILED_LOGINS} 次登录失败，账户已锁定，"
        f"请于 {local:%Y-%m-%d %H:%M}（北京时间）后再试，或联系管理员重置密码。"
    )


# ---- sessions and API tokens ----------------------------------------------------

SESSION_LIFETIME = timedelta(hours=12)
API_TOKEN_PREFIX = "sgt_"


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


def new_api_token_secret() -> str:
    return API_TOKEN_PREFIX + secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    """What is stored of a session token or API token secret: its SHA-256, hex."""
    return hashlib.sha256(secret.encode()).hexdigest()


def session_expired(expires_at: datetime, now: datetime) -> bool:
    return now >= expires_at
