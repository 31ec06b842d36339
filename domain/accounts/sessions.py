"""Use cases of logging in and out, and finding who a session belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import Q

from domain.accounts import rules
from domain.accounts.actor import ANONYMOUS, SYSTEM, Actor
from domain.accounts.errors import AccountDisabled, AccountLocked, InvalidCredentials
from domain.accounts.models import Session, User
from domain.accounts.passwords import burn_time, hash_password, needs_rehash, verify_password
from domain.audit.services import record
from domain.clock import utc_now
from domain.errors import DomainError, NotAuthenticated
from domain.transaction import transaction


@dataclass(frozen=True)
class LoginOutcome:
    user: User
    # The session token for the cookie: shown here once, only its hash is stored.
    session_token: str
    expires_at: datetime


async def login(username: str, password: str) -> LoginOutcome:
    """Check a password and open a session.

    Five failures in a row lock the account for ``rules.LOCK_DURATION``; a success
    resets the count. Failures are recorded (count, lock, audit event) even though
    the call fails.
    """
    now = utc_now()
    username = rules.normalize_username(username)
    failure: DomainError | None = None
    async with transaction():
        user = await User.filter(username=username).select_for_update().first()
        if user is None:
            burn_time()
            raise InvalidCredentials("用户名或密码错误。", field="password")
        state = rules.LoginState(user.failed_login_count, user.locked_until)
        if state.is_locked(now):
            assert user.locked_until is not None
            until = user.locked_until
            raise AccountLocked(rules.locked_message(until), locked_until=until)
        if not verify_password(user.password_hash, password):
            new_state = rules.after_failure(state, now)
            user.failed_login_count = new_state.failed_count
            user.locked_until = new_state.locked_until
            await user.save(update_fields=["failed_login_count", "locked_until"])
            await record(
                ANONYMOUS,  # whoever typed the wrong password is not known to be the user
                "user.login_failed",
                target_type="User",
                target_id=user.id,
                before={"failed_login_count": state.failed_count},
                after={
                    "failed_login_count": new_state.failed_count,
                    "locked_until": _iso(new_state.locked_until),
                },
                department_id=user.department_id,
            )
            if new_state.locked_until is not None:
                failure = AccountLocked(
                    rules.locked_message(new_state.locked_until),
                    locked_until=new_state.locked_until,
                )
            else:
                failure = InvalidCredentials("用户名或密码错误。", field="password")
        elif not user.is_active:
            raise AccountDisabled("该账户已停用，请联系管理员。")
        else:
            fresh = rules.after_success(state, now)
            user.failed_login_count = fresh.failed_count
            user.locked_until = fresh.locked_until
            user.last_login_at = now
            fields = ["failed_login_count", "locked_until", "last_login_at"]
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
                fields.append("password_hash")
            await user.save(update_fields=fields)
            token = rules.new_session_token()
            expires_at = now + rules.SESSION_LIFETIME
            session = await Session.create(
                user=user,
                token_hash=rules.secret_hash(token),
                created_at=now,
                expires_at=expires_at,
            )
            await record(
                user.actor(),
                "session.create",
                target_type="Session",
                target_id=session.id,
                before=None,
                after={"user_id": user.id, "expires_at": _iso(expires_at)},
                department_id=user.department_id,
            )
    if failure is not None:
        raise failure
    return LoginOutcome(user=user, session_token=token, expires_at=expires_at)


async def logout(actor: Actor, session_token: str | None, *, all_sessions: bool = False) -> int:
    """End the session of ``session_token`` (or all the actor's sessions); how many ended."""
    if actor.user_id is None:
        raise NotAuthenticated("请先登录。")
    now = utc_now()
    async with transaction():
        sessions = Session.filter(user_id=actor.user_id, revoked_at__isnull=True)
        if not all_sessions:
            if not session_token:
                return 0
            sessions = sessions.filter(token_hash=rules.secret_hash(session_token))
        ids = await sessions.values_list("id", flat=True)
        if not ids:
            return 0
        await Session.filter(id__in=list(ids)).update(revoked_at=now)
        for session_id in ids:
            await record(
                actor,
                "session.revoke",
                target_type="Session",
                target_id=session_id,
                before={"revoked": False},
                after={"revoked": True},
                department_id=actor.department_id,
            )
    return len(ids)


async def actor_for_session(session_token: str) -> Actor | None:
    """The actor of a live session (not expired, not revoked, user active), else None."""
    if not session_token or len(session_token) > 200:
        return None
    session = await Session.get_or_none(
        token_hash=rules.secret_hash(session_token), revoked_at__isnull=True
    ).select_related("user")
    if session is None or rules.session_expired(session.expires_at, utc_now()):
        return None
    if not session.user.is_active:
        return None
    return session.user.actor()


async def purge_expired_sessions(now: datetime) -> int:
    """Delete sessions that expired or were revoked before ``now`` (a scheduler sweep).

    Their opening and ending are already in the audit trail; the purge is recorded
    as one event with the number of rows removed.
    """
    async with transaction():
        count = await Session.filter(Q(expires_at__lt=now) | Q(revoked_at__lt=now)).delete()
        if count:
            await record(
                SYSTEM,
                "session.purge",
                target_type="Session",
                target_id="expired",
                before=None,
                after={"purged": count},
            )
    return count


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
