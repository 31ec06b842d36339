"""Pure rules of the accounts area: lockout, passwords, roles, secrets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.accounts import rules
from domain.accounts.actor import Role
from domain.accounts.passwords import hash_password, needs_rehash, verify_password
from domain.errors import InvalidInput

NOW = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)


def fail_times(n: int, state: rules.LoginState, now: datetime) -> rules.LoginState:
    for _ in range(n):
        state = rules.after_failure(state, now)
    return state


def test_four_failures_do_not_lock() -> None:
    state = fail_times(4, rules.LoginState(), NOW)
    assert state.failed_count == 4
    assert not state.is_locked(NOW)


def test_fifth_failure_in_a_row_locks_for_fifteen_minutes() -> None:
    state = fail_times(5, rules.LoginState(), NOW)
    assert state.locked_until == NOW + timedelta(minutes=15)
    assert state.is_locked(NOW + timedelta(minutes=14, seconds=59))
    assert not state.is_locked(NOW + timedelta(minutes=15))


def test_failures_while_locked_do_not_extend_the_lock() -> None:
    locked = fail_times(5, rules.LoginState(), NOW)
    later = NOW + timedelta(minutes=10)
    assert rules.after_failure(locked, later) == locked


def test_after_the_lock_expires_five_more_failures_are_needed() -> None:
    locked = fail_times(5, rules.LoginState(), NOW)
    after = NOW + timedelta(minutes=16)
    state = fail_times(4, locked, after)
    assert not state.is_locked(after)
    assert fail_times(1, state, after).is_locked(after)


def test_success_resets_the_count() -> None:
    state = fail_times(4, rules.LoginState(), NOW)
    state = rules.after_success(state, NOW)
    assert state == rules.LoginState()
    assert not fail_times(4, state, NOW).is_locked(NOW)


def test_locked_message_names_the_unlock_time_in_beijing_time() -> None:
    message = rules.locked_message(NOW + timedelta(minutes=15))
    assert "2026-06-01 10:15" in message
    assert "锁定" in message


@pytest.mark.parametrize("password", ["short1A", "onlyletters", "1234567890123", "x1" * 65])
def test_weak_passwords_are_refused(password: str) -> None:
    with pytest.raises(InvalidInput) as info:
        rules.validate_password(password)
    assert info.value.field == "password"


def test_good_password_is_accepted() -> None:
    assert rules.validate_password("Baokang2026!") == "Baokang2026!"


def test_argon2_hash_verifies_only_the_right_password() -> None:
    hashed = hash_password("Baokang2026!")
    assert hashed.startswith("$argon2id$")
    assert "Baokang2026!" not in hashed
    assert verify_password(hashed, "Baokang2026!")
    assert not verify_password(hashed, "Baokang2026?")
    assert not verify_password("not a hash", "Baokang2026!")
    assert not needs_rehash(hashed)


@pytest.mark.parametrize(
    "roles",
    [
        {Role.SYSTEM_ADMIN, Role.AUDITOR},
        {Role.SYSTEM_ADMIN, Role.SUPERVISOR},
        {Role.AUDITOR, Role.COORDINATOR},
        set(),
    ],
)
def test_admin_auditor_and_operator_roles_stay_separate(roles: set[Role]) -> None:
    with pytest.raises(InvalidInput) as info:
        rules.validate_roles(roles, has_department=True)
    assert info.value.field == "roles"


def test_operator_roles_need_a_department() -> None:
    with pytest.raises(InvalidInput):
        rules.validate_roles({Role.SUPERVISOR}, has_department=False)
    assert rules.validate_roles({Role.AUDITOR}, has_department=False) == {Role.AUDITOR}
    both = {Role.SUPERVISOR, Role.DEPARTMENT_ADMIN}
    assert rules.validate_roles(both, has_department=True) == both


@pytest.mark.parametrize("name", ["ab", "Admin!", "-abc", "a" * 33])
def test_invalid_usernames(name: str) -> None:
    with pytest.raises(InvalidInput):
        rules.validate_username(name)


def test_username_is_lowercased() -> None:
    assert rules.validate_username(" SCJ.Admin ") == "scj.admin"


def test_secrets_are_random_and_stored_as_sha256() -> None:
    a, b = rules.new_api_token_secret(), rules.new_api_token_secret()
    assert a != b and a.startswith("sgt_") and len(a) > 40
    assert len(rules.secret_hash(a)) == 64
    assert rules.secret_hash(a) != rules.secret_hash(b)
    assert rules.new_session_token() != rules.new_session_token()


def test_session_expiry() -> None:
    expires = NOW + rules.SESSION_LIFETIME
    assert not rules.session_expired(expires, NOW)
    assert rules.session_expired(expires, expires)
