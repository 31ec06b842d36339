"""The scheduler's session purge removes dead sessions and keeps live ones."""

from __future__ import annotations

from datetime import timedelta

from domain.accounts.actor import Role
from domain.accounts.models import Session
from domain.accounts.sessions import actor_for_session, logout
from domain.audit.models import AuditEvent
from domain.clock import FixedClock
from jobs.scheduler import find_sweep, resolve
from tests.factories import make_department, make_session, make_user


async def test_purge_removes_expired_and_revoked_sessions_only(db: str, clock: FixedClock) -> None:
    department = await make_department("SCJ")
    user = await make_user("scj.sup", [Role.SUPERVISOR], department)
    expired = await make_session(user)
    clock.advance(timedelta(days=30))
    live = await make_session(user)
    revoked = await make_session(user)
    await logout(user.actor(), revoked)
    clock.advance(timedelta(seconds=1))

    purge = resolve(find_sweep("purge_expired_sessions").target)
    assert await purge(clock.now()) == 2

    assert await Session.all().count() == 1
    assert await actor_for_session(live) is not None
    assert await actor_for_session(expired) is None
    assert await AuditEvent.filter(action="session.purge").count() == 1
    # Nothing left to purge: no second event.
    assert await purge(clock.now()) == 0
    assert await AuditEvent.filter(action="session.purge").count() == 1
