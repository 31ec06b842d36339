"""Use cases of the accounts area: departments and users.

Login, logout and sessions are in ``sessions.py``; API tokens in ``tokens.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tortoise.queryset import QuerySet

from domain.accounts import rules
from domain.accounts.actor import Actor, DepartmentKind, Role
from domain.accounts.models import Department, Session, User
from domain.accounts.passwords import hash_password
from domain.accounts.policy import (
    Operation,
    department_scope,
    require,
    require_manage_user,
)
from domain.audit.services import record
from domain.clock import utc_now
from domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from domain.transaction import transaction

# ---- departments --------------------------------------------------------------


def departments_query(actor: Actor, *, kind: DepartmentKind | None = None) -> QuerySet[Department]:
    """Departments the actor may see (all, for anyone authenticated), maybe of one kind."""
    require(actor, Operation.READ_DEPARTMENTS)
    queryset = Department.all()
    if kind is not None:
        queryset = queryset.filter(kind=kind)
    return queryset


async def get_department(actor: Actor, department_id: int) -> Department | None:
    require(actor, Operation.READ_DEPARTMENTS)
    return await Department.get_or_none(id=department_id)


async def get_department_by_code(actor: Actor, code: str) -> Department:
    require(actor, Operation.READ_DEPARTMENTS)
    department = await Department.get_or_none(code=code.strip().upper())
    if department is None:
        raise NotFound(f"部门代码 {code} 不存在。", field="department")
    return department


async def departments_by_ids(ids: Sequence[int]) -> list[Department | None]:
    """For DataLoaders: departments in the order of ``ids`` (readable by everyone signed in)."""
    rows = {d.id: d for d in await Department.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]


async def create_department(
    actor: Actor, *, code: str, name: str, kind: DepartmentKind
) -> Department:
    """A new department (system admin; the demo data uses SYSTEM)."""
    require(actor, Operation.MANAGE_USERS)
    code = code.strip().upper()
    if not rules.DEPARTMENT_CODE_PATTERN.match(code):
        raise InvalidInput("部门代码须为 2–16 位大写字母或数字，以字母开头。", field="code")
    name = name.strip()
    if not name:
        raise InvalidInput("部门名称不能为空。", field="name")
    async with transaction():
        if await Department.filter(code=code).exists():
            raise Conflict(f"部门代码 {code} 已存在。", field="code")
        if await Department.filter(name=name).exists():
            raise Conflict(f"部门 {name} 已存在。", field="name")
        department = await Department.create(code=code, name=name, kind=kind, created_at=utc_now())
        await record(
            actor,
            "department.create",
            target_type="Department",
            target_id=department.id,
            before=None,
            after=department.snapshot(),
            department_id=department.id,
        )
    return department


# ---- users ----------------------------------------------------------------------


def users_query(actor: Actor, *, department_id: int | None = None) -> QuerySet[User]:
    """Users the actor may see, maybe of one department."""
    scope = department_scope(actor, Operation.READ_USERS)
    if scope == frozenset():
        raise PermissionDenied("您无权查看用户。")
    if department_id is not None:
        require(actor, Operation.READ_USERS, department_id)
        return User.filter(department_id=department_id)
    if scope is None:
        return User.all()
    return User.filter(department_id__in=list(scope))


async def get_user(actor: Actor, user_id: int) -> User | None:
    """The user, or None when it does not exist or the actor may not see it."""
    user = await User.get_or_none(id=user_id)
    if user is None:
        return None
    scope = department_scope(actor, Operation.READ_USERS)
    if scope is not None and user.department_id not in scope and user.id != actor.user_id:
        return None
    return user


async def users_by_ids(ids: Sequence[int]) -> list[User | None]:
    """For DataLoaders: users in the order of ``ids`` (callers check visibility)."""
    rows = {u.id: u for u in await User.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]


async def _department_or_error(department_id: int | None) -> Department | None:
    if department_id is None:
        return None
    department = await Department.get_or_none(id=department_id)
    if department is None:
        raise NotFound("部门不存在。", field="departmentId")
    return department


async def create_user(
    actor: Actor,
    *,
    username: str,
    display_name: str,
    department_id: int | None,
    roles: Iterable[Role],
    password: str,
    email: str = "",
    phone: str = "",
    receives_reminders: bool = False,
) -> User:
    """A new user; ``email``, ``phone`` and ``receives_reminders`` make them one of the
    department's responsible people who receive reminders (M1, 制度 Art 20(1))."""
    username = rules.validate_username(username)
    display_name = rules.validate_display_name(display_name)
    role_set = rules.validate_roles(roles, has_department=department_id is not None)
    email = rules.validate_email(email)
    phone = rules.validate_phone(phone)
    rules.validate_receives_reminders(receives_reminders, has_department=department_id is not None)
    require_manage_user(actor, department_id=department_id, new_roles=role_set)
    rules.validate_password(password)
    password_hash = hash_password(password)
    now = utc_now()
    async with transaction():
        await _department_or_error(department_id)
        if await User.filter(username=username).exists():
            raise Conflict(f"用户名 {username} 已被使用。", field="username")
        user = await User.create(
            username=username,
            display_name=display_name,
            department_id=department_id,
            roles=sorted(role_set),
            email=email,
            phone=phone,
            receives_reminders=receives_reminders,
            password_hash=password_hash,
            created_at=now,
            updated_at=now,
        )
        await record(
            actor,
            "user.create",
            target_type="User",
            target_id=user.id,
            before=None,
            after=user.snapshot(),
            department_id=department_id,
        )
    return user


_UNSET = object()


async def update_user(
    actor: Actor,
    user_id: int,
    *,
    display_name: str | None = None,
    department_id: int | object | None = _UNSET,
    roles: Iterable[Role] | None = None,
    is_active: bool | None = None,
    email: str | None = None,
    phone: str | None = None,
    receives_reminders: bool | None = None,
) -> User:
    """Change a user's name, department, roles, active flag or contact for reminders
    (None = unchanged; "" clears an e-mail address or phone number).

    Deactivating a user ends their sessions. Nobody deactivates themselves or takes
    away their own system admin role (the last door would close behind them).
    """
    async with transaction():
        user = await User.filter(id=user_id).select_for_update().first()
        if user is None or await get_user(actor, user_id) is None:
            raise NotFound("用户不存在。", field="id")
        before = user.snapshot()
        new_department = user.department_id if department_id is _UNSET else department_id
        assert new_department is None or isinstance(new_department, int)
        new_roles = user.role_set if roles is None else frozenset(roles)
        new_roles = rules.validate_roles(new_roles, has_department=new_department is not None)
        # The actor must manage the user where they are and where they go.
        require_manage_user(
            actor,
            department_id=user.department_id,
            current_roles=user.role_set,
            new_roles=new_roles,
        )
        if new_department != user.department_id:
            require_manage_user(actor, department_id=new_department, new_roles=new_roles)
            await _department_or_error(new_department)
        if user.id == actor.user_id:
            if is_active is False:
                raise Conflict("不能停用自己的账户。", field="isActive")
            if Role.SYSTEM_ADMIN in user.role_set and Role.SYSTEM_ADMIN not in new_roles:
                raise Conflict("不能取消自己的系统管理员角色。", field="roles")
        if display_name is not None:
            user.display_name = rules.validate_display_name(display_name)
        user.department_id = new_department
        user.roles = sorted(new_roles)
        if is_active is not None:
            user.is_active = is_active
        if email is not None:
            user.email = rules.validate_email(email)
        if phone is not None:
            user.phone = rules.validate_phone(phone)
        if receives_reminders is not None:
            user.receives_reminders = receives_reminders
        if new_department is None and receives_reminders is None:
            user.receives_reminders = False  # nobody's responsible person any more
        rules.validate_receives_reminders(
            user.receives_reminders, has_department=new_department is not None
        )
        after = user.snapshot()
        if after == before:
            return user
        user.updated_at = utc_now()
        await user.save()
        if is_active is False:
            await _revoke_sessions(user.id)
        await record(
            actor,
            "user.update",
            target_type="User",
            target_id=user.id,
            before=before,
            after=after,
            department_id=user.department_id,
        )
    return user


async def reset_user_password(actor: Actor, user_id: int, *, new_password: str) -> User:
    """Set a new password, lift any lock and end the user's sessions."""
    rules.validate_password(new_password, field="newPassword")
    password_hash = hash_password(new_password)
    async with transaction():
        user = await User.filter(id=user_id).select_for_update().first()
        if user is None or await get_user(actor, user_id) is None:
            raise NotFound("用户不存在。", field="id")
        require_manage_user(actor, department_id=user.department_id, current_roles=user.role_set)
        was_locked = user.locked_until is not None
        user.password_hash = password_hash
        user.failed_login_count = 0
        user.locked_until = None
        user.updated_at = utc_now()
        await user.save()
        await _revoke_sessions(user.id)
        await record(
            actor,
            "user.reset_password",
            target_type="User",
            target_id=user.id,
            before={"locked": was_locked},
            after={"locked": False, "password_changed": True},
            department_id=user.department_id,
        )
    return user


async def _revoke_sessions(user_id: int) -> int:
    return await Session.filter(user_id=user_id, revoked_at__isnull=True).update(
        revoked_at=utc_now()
    )
