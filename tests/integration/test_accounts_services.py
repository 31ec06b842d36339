"""Accounts use cases on the database: users, login and lockout, sessions, tokens, demo."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.accounts import services, sessions, tokens
from domain.accounts.actor import SYSTEM, DepartmentKind, Role
from domain.accounts.errors import AccountDisabled, AccountLocked, InvalidCredentials, ReadOnlyToken
from domain.accounts.models import Department, Session, User
from domain.accounts.policy import Operation
from domain.audit.models import AuditEvent
from domain.clock import FixedClock
from domain.demo import DEMO_PASSWORD, load_demo_data
from domain.errors import Conflict, InvalidInput, NotAuthenticated, NotFound, PermissionDenied
from tests.factories import PASSWORD, make_api_token, make_department, make_user


@pytest.fixture
async def world(db: str, clock: FixedClock) -> dict:
    scj = await make_department("SCJ")
    zjj = await make_department("ZJJ")
    xtz = await make_department("XTZ")
    return {
        "scj": scj,
        "zjj": zjj,
        "xtz": xtz,
        "admin": await make_user("admin", {Role.SYSTEM_ADMIN}),
        "auditor": await make_user("auditor", {Role.AUDITOR}),
        "coordinator": await make_user("coordinator", {Role.COORDINATOR}, xtz),
        "scj_admin": await make_user("scj.admin", {Role.DEPARTMENT_ADMIN}, scj),
        "scj_sup": await make_user("scj.sup", {Role.SUPERVISOR}, scj),
        "zjj_sup": await make_user("zjj.sup", {Role.SUPERVISOR}, zjj),
    }


# ---- users ----------------------------------------------------------------------


async def test_create_user_is_audited_without_the_password_hash(world: dict) -> None:
    user = await services.create_user(
        world["admin"].actor(),
        username="New.User",
        display_name="新用户",
        department_id=world["scj"].id,
        roles=[Role.SUPERVISOR],
        password=PASSWORD,
    )
    assert user.username == "new.user"
    event = await AuditEvent.filter(action="user.create", target_id=str(user.id)).get()
    assert event.actor_username == "admin"
    assert event.after["roles"] == ["SUPERVISOR"]
    assert "password" not in str(event.after) and user.password_hash not in str(event.after)


@pytest.mark.parametrize(
    ("actor_name", "department", "roles", "allowed"),
    [
        ("admin", "zjj", {Role.SUPERVISOR}, True),
        ("admin", None, {Role.AUDITOR}, True),
        ("scj_admin", "scj", {Role.SUPERVISOR}, True),
        ("scj_admin", "scj", {Role.DEPARTMENT_ADMIN}, True),
        ("scj_admin", "zjj", {Role.SUPERVISOR}, False),
        ("scj_admin", "scj", {Role.COORDINATOR}, False),
        ("scj_admin", None, {Role.AUDITOR}, False),
        ("scj_admin", None, {Role.SYSTEM_ADMIN}, False),
        ("scj_sup", "scj", {Role.SUPERVISOR}, False),
        ("coordinator", "scj", {Role.SUPERVISOR}, False),
        ("auditor", "scj", {Role.SUPERVISOR}, False),
    ],
)
async def test_who_may_create_users(
    world: dict, actor_name: str, department: str | None, roles: set[Role], allowed: bool
) -> None:
    kwargs = dict(
        username="x.new",
        display_name="某人",
        department_id=world[department].id if department else None,
        roles=roles,
        password=PASSWORD,
    )
    actor = world[actor_name].actor()
    if allowed:
        await services.create_user(actor, **kwargs)
        assert await User.exists(username="x.new")
    else:
        with pytest.raises(PermissionDenied):
            await services.create_user(actor, **kwargs)
        assert not await User.exists(username="x.new")
        assert not await AuditEvent.exists(action="user.create", actor_username=actor.username)


async def test_duplicate_username_conflicts(world: dict) -> None:
    with pytest.raises(Conflict) as info:
        await make_user("scj.sup", {Role.SUPERVISOR}, world["scj"])
    assert info.value.field == "username"


async def test_department_admin_cannot_change_other_departments_or_coordinators(
    world: dict,
) -> None:
    scj_admin = world["scj_admin"].actor()
    with pytest.raises(NotFound):  # not even visible
        await services.update_user(scj_admin, world["zjj_sup"].id, is_active=False)
    with pytest.raises(PermissionDenied):  # moving own user to another department
        await services.update_user(scj_admin, world["scj_sup"].id, department_id=world["zjj"].id)
    with pytest.raises(PermissionDenied):
        await services.update_user(scj_admin, world["scj_sup"].id, roles=[Role.COORDINATOR])
    user = await services.update_user(scj_admin, world["scj_sup"].id, roles=[Role.DEPARTMENT_ADMIN])
    assert user.roles == ["DEPARTMENT_ADMIN"]


async def test_update_user_records_before_and_after(world: dict) -> None:
    admin = world["admin"].actor()
    await services.update_user(admin, world["scj_sup"].id, display_name="陈监管")
    event = await AuditEvent.filter(action="user.update").get()
    assert event.before["display_name"] == "scj.sup"
    assert event.after["display_name"] == "陈监管"


async def test_deactivating_a_user_ends_their_sessions(world: dict) -> None:
    outcome = await sessions.login("scj.sup", PASSWORD)
    assert await sessions.actor_for_session(outcome.session_token) is not None
    await services.update_user(world["admin"].actor(), world["scj_sup"].id, is_active=False)
    assert await sessions.actor_for_session(outcome.session_token) is None
    with pytest.raises(AccountDisabled):
        await sessions.login("scj.sup", PASSWORD)


async def test_nobody_deactivates_themselves_or_drops_own_admin_role(world: dict) -> None:
    admin = world["admin"].actor()
    with pytest.raises(Conflict):
        await services.update_user(admin, world["admin"].id, is_active=False)
    with pytest.raises(Conflict):
        await services.update_user(admin, world["admin"].id, roles=[Role.AUDITOR])


async def test_roles_stay_separate_on_update(world: dict) -> None:
    with pytest.raises(InvalidInput):
        await services.update_user(
            world["admin"].actor(), world["auditor"].id, roles=[Role.AUDITOR, Role.SYSTEM_ADMIN]
        )


async def test_users_query_is_limited_to_own_department(world: dict) -> None:
    names = await services.users_query(world["scj_sup"].actor()).values_list("username", flat=True)
    assert sorted(names) == ["scj.admin", "scj.sup"]
    everyone = await services.users_query(world["auditor"].actor()).count()
    assert everyone == await User.all().count()
    with pytest.raises(PermissionDenied):
        services.users_query(world["scj_sup"].actor(), department_id=world["zjj"].id)


async def test_departments_need_login_but_tokens_may_read_them(world: dict) -> None:
    from domain.accounts.actor import ANONYMOUS

    with pytest.raises(NotAuthenticated):
        services.departments_query(ANONYMOUS)
    secret = await make_api_token(department=world["scj"])
    token_actor = await tokens.actor_for_api_token(secret)
    assert token_actor is not None
    kinds = services.departments_query(token_actor, kind=DepartmentKind.COORDINATION)
    assert await kinds.values_list("code", flat=True) == ["XTZ"]


# ---- login, lockout, sessions -----------------------------------------------------


async def test_login_opens_a_session_stored_as_a_hash(world: dict) -> None:
    outcome = await sessions.login("SCJ.Sup", PASSWORD)
    session = await Session.get(user_id=world["scj_sup"].id)
    assert session.token_hash != outcome.session_token
    assert len(session.token_hash) == 64
    actor = await sessions.actor_for_session(outcome.session_token)
    assert actor is not None and actor.user_id == world["scj_sup"].id
    assert actor.roles == {Role.SUPERVISOR}


async def test_unknown_user_and_wrong_password_look_the_same(world: dict) -> None:
    with pytest.raises(InvalidCredentials) as unknown:
        await sessions.login("nobody", PASSWORD)
    with pytest.raises(InvalidCredentials) as wrong:
        await sessions.login("scj.sup", "wrong-password-1")
    assert unknown.value.message == wrong.value.message


async def test_five_failed_logins_lock_the_account_for_15_minutes(
    world: dict, clock: FixedClock
) -> None:
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            await sessions.login("scj.sup", "wrong-password-1")
    with pytest.raises(AccountLocked) as locked:
        await sessions.login("scj.sup", "wrong-password-1")
    assert locked.value.locked_until == clock.now() + timedelta(minutes=15)
    assert "10:15" in locked.value.message  # Beijing time of the unlock
    # The right password does not help while locked.
    clock.advance(timedelta(minutes=14))
    with pytest.raises(AccountLocked):
        await sessions.login("scj.sup", PASSWORD)
    clock.advance(timedelta(minutes=1))
    await sessions.login("scj.sup", PASSWORD)
    user = await User.get(username="scj.sup")
    assert user.failed_login_count == 0 and user.locked_until is None
    assert await AuditEvent.filter(action="user.login_failed").count() == 5


async def test_a_success_resets_the_failure_count(world: dict) -> None:
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            await sessions.login("scj.sup", "wrong-password-1")
    await sessions.login("scj.sup", PASSWORD)
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            await sessions.login("scj.sup", "wrong-password-1")
    assert (await User.get(username="scj.sup")).locked_until is None


async def test_reset_password_unlocks_and_ends_sessions(world: dict) -> None:
    old = await sessions.login("scj.sup", PASSWORD)
    for _ in range(5):
        with pytest.raises((InvalidCredentials, AccountLocked)):
            await sessions.login("scj.sup", "wrong-password-1")
    await services.reset_user_password(
        world["scj_admin"].actor(), world["scj_sup"].id, new_password="Another-pass-99"
    )
    assert await sessions.actor_for_session(old.session_token) is None
    await sessions.login("scj.sup", "Another-pass-99")


async def test_session_expires(world: dict, clock: FixedClock) -> None:
    outcome = await sessions.login("scj.sup", PASSWORD)
    clock.advance(timedelta(hours=12))
    assert await sessions.actor_for_session(outcome.session_token) is None


async def test_logout_revokes_the_session_and_is_audited(world: dict) -> None:
    first = await sessions.login("scj.sup", PASSWORD)
    second = await sessions.login("scj.sup", PASSWORD)
    actor = world["scj_sup"].actor()
    assert await sessions.logout(actor, first.session_token) == 1
    assert await sessions.actor_for_session(first.session_token) is None
    assert await sessions.actor_for_session(second.session_token) is not None
    assert await sessions.logout(actor, None, all_sessions=True) == 1
    assert await sessions.actor_for_session(second.session_token) is None
    assert await AuditEvent.filter(action="session.revoke").count() == 2


# ---- API tokens -------------------------------------------------------------------------


async def test_api_token_is_stored_hashed_and_revocable(world: dict) -> None:
    created = await tokens.create_api_token(
        world["scj_admin"].actor(), name="市场监管大屏", department_id=world["scj"].id
    )
    row = await tokens.ApiToken.get(id=created.token.id)
    assert row.token_hash != created.secret and created.secret not in str(row.snapshot())
    actor = await tokens.actor_for_api_token(created.secret)
    assert actor is not None and actor.is_token and actor.token_department_id == world["scj"].id
    await tokens.revoke_api_token(world["scj_admin"].actor(), created.token.id)
    assert await tokens.actor_for_api_token(created.secret) is None
    actions = await AuditEvent.all().order_by("seq").values_list("action", flat=True)
    assert actions[-2:] == ["api_token.create", "api_token.revoke"]


async def test_department_admin_tokens_are_limited_to_their_department(world: dict) -> None:
    scj_admin = world["scj_admin"].actor()
    with pytest.raises(PermissionDenied):
        await tokens.create_api_token(scj_admin, name="全县", department_id=None)
    with pytest.raises(PermissionDenied):
        await tokens.create_api_token(scj_admin, name="住建", department_id=world["zjj"].id)
    other = await tokens.create_api_token(
        world["admin"].actor(), name="住建", department_id=world["zjj"].id
    )
    with pytest.raises(NotFound):
        await tokens.revoke_api_token(scj_admin, other.token.id)


async def test_a_token_changes_nothing(world: dict) -> None:
    actor = await tokens.actor_for_api_token(await make_api_token())
    assert actor is not None
    with pytest.raises(ReadOnlyToken):
        await services.create_user(
            actor,
            username="via.token",
            display_name="x",
            department_id=world["scj"].id,
            roles=[Role.SUPERVISOR],
            password=PASSWORD,
        )
    with pytest.raises(ReadOnlyToken):
        await tokens.create_api_token(actor, name="again", department_id=None)


async def test_policy_reaches_other_areas_through_department_scope(world: dict) -> None:
    from domain.accounts.policy import department_scope

    scope = department_scope(world["zjj_sup"].actor(), Operation.READ_RECORDS)
    assert scope == {world["zjj"].id}


# ---- demo data ---------------------------------------------------------------------------


async def test_demo_data_loads_once_on_an_empty_database(db: str, clock: FixedClock) -> None:
    table = await load_demo_data()
    assert table is not None
    assert await Department.filter(kind=DepartmentKind.SUPERVISION).count() == 12
    assert await Department.filter(kind=DepartmentKind.APPROVAL).count() == 1
    assert await Department.filter(kind=DepartmentKind.COORDINATION).count() == 1
    roles_seen = {Role(r) for u in await User.all() for r in u.roles}
    assert roles_seen == set(Role)
    assert len({u.department_id for u in await User.filter(department_id__not_isnull=True)}) >= 3
    username, _, password = table[0]
    assert password == DEMO_PASSWORD
    outcome = await sessions.login(username, password)
    assert outcome.user.username == username
    assert await load_demo_data() is None
    assert await Department.all().count() == 14


async def test_demo_data_is_not_loaded_over_existing_data(db: str, clock: FixedClock) -> None:
    await make_department("ABC")
    assert await load_demo_data() is None
    assert await User.all().count() == 0
    assert SYSTEM.is_authenticated
