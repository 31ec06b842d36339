"""Who may do what: the one access policy every domain service consults.

    require(actor, Operation.MANAGE_USERS, department_id=user.department_id)

raises :class:`NotAuthenticated` (anonymous), :class:`ReadOnlyToken` (an API token
asking to change something) or :class:`PermissionDenied`. :func:`can` answers
the same question without raising; :func:`department_scope` tells a list query
which departments' rows the actor may see.

The matrix (docs/accounts.md has it as a table):

- READ_DEPARTMENTS: everyone authenticated, API tokens included.
- READ_USERS(D): system admin, auditor, coordinator: any D; other users: their own D.
- MANAGE_USERS(D): system admin: any D (or none); department admin: their own D
  (and only the roles in ``rules.DEPARTMENT_ADMIN_ASSIGNABLE``, see
  :func:`require_manage_user`).
- MANAGE_API_TOKENS(D): system admin: any D, or unlimited tokens (D None);
  department admin: tokens limited to their own D.
- MANAGE_CALENDAR: system admin only.
- READ_AUDIT_TRAIL: auditor and coordinator, all departments. The system admin does
  not read the audit trail: the auditor checks the administrator (三员分立).
- READ_RECORDS(D): coordinator and auditor: any D; approval officer, supervisor,
  department admin: their own D; API token: its department, or all if unlimited.
  The system admin reads no business records.
- ACT_ON_RECORDS(D): approval officer, supervisor, department admin, coordinator:
  their own D.
- COORDINATE: coordinator (reassign returned pushes, resolve disputes: any department).
- READ_CATALOGUE: everyone authenticated, API tokens included: the draft catalogue
  of every department (the published one is public, see domain/catalogue).
- MANAGE_CATALOGUE(D): approval officer, supervisor, department admin: their own D
  (D = the approval item's department for approval/handling items and proposing a
  link, the supervision item's or the link's department for supervision items and
  confirming or rejecting a link); coordinator: any D.
- PUBLISH_CATALOGUE, IMPORT_CATALOGUE: coordinator.
- READ_CREDIT: credit records and the blacklist are county-wide facts (R1, R2): every
  user but the system admin, and every API token whatever its department.
- RECORD_CREDIT(D): approval officer, supervisor, department admin: their own D;
  coordinator: any D.
- MANAGE_BLACKLIST(D): coordinator: any D; department admin: their own D (the credit
  service admits only the approval department's admins, docs/credit.md).
- READ_MATERIALS: the materials store (L1) is read county-wide: every user but the
  system admin, and every API token whatever its department.
- RECORD_MATERIALS(D): approval officer, supervisor, department admin: their own D
  (add, correct and withdraw the materials their department recorded).

The auditor changes nothing; API tokens change nothing. ``SYSTEM`` may do anything.
``department_id=None`` on a department-scoped operation means "not one particular
department" and needs the all-departments permission.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from domain.accounts.actor import SYSTEM, Actor, Role
from domain.accounts.errors import ReadOnlyToken
from domain.accounts.rules import DEPARTMENT_ADMIN_ASSIGNABLE
from domain.errors import NotAuthenticated, PermissionDenied


class Operation(StrEnum):
    READ_DEPARTMENTS = "READ_DEPARTMENTS"
    READ_USERS = "READ_USERS"
    MANAGE_USERS = "MANAGE_USERS"
    MANAGE_API_TOKENS = "MANAGE_API_TOKENS"
    MANAGE_CALENDAR = "MANAGE_CALENDAR"
    READ_AUDIT_TRAIL = "READ_AUDIT_TRAIL"
    READ_RECORDS = "READ_RECORDS"
    ACT_ON_RECORDS = "ACT_ON_RECORDS"
    COORDINATE = "COORDINATE"
    READ_CATALOGUE = "READ_CATALOGUE"
    MANAGE_CATALOGUE = "MANAGE_CATALOGUE"
    PUBLISH_CATALOGUE = "PUBLISH_CATALOGUE"
    IMPORT_CATALOGUE = "IMPORT_CATALOGUE"
    READ_CREDIT = "READ_CREDIT"
    RECORD_CREDIT = "RECORD_CREDIT"
    MANAGE_BLACKLIST = "MANAGE_BLACKLIST"
    READ_MATERIALS = "READ_MATERIALS"
    RECORD_MATERIALS = "RECORD_MATERIALS"


# Operations that change state: never allowed to an API token or an auditor.
WRITE_OPERATIONS = frozenset(
    {
        Operation.MANAGE_USERS,
        Operation.MANAGE_API_TOKENS,
        Operation.MANAGE_CALENDAR,
        Operation.ACT_ON_RECORDS,
        Operation.COORDINATE,
        Operation.MANAGE_CATALOGUE,
        Operation.PUBLISH_CATALOGUE,
        Operation.IMPORT_CATALOGUE,
        Operation.RECORD_CREDIT,
        Operation.MANAGE_BLACKLIST,
        Operation.RECORD_MATERIALS,
    }
)

# Roles allowed an operation in every department / in their own department only.
_ANY_DEPARTMENT: dict[Operation, frozenset[Role]] = {
    Operation.READ_DEPARTMENTS: frozenset(Role),
    Operation.READ_USERS: frozenset({Role.SYSTEM_ADMIN, Role.AUDITOR, Role.COORDINATOR}),
    Operation.MANAGE_USERS: frozenset({Role.SYSTEM_ADMIN}),
    Operation.MANAGE_API_TOKENS: frozenset({Role.SYSTEM_ADMIN}),
    Operation.MANAGE_CALENDAR: frozenset({Role.SYSTEM_ADMIN}),
    Operation.READ_AUDIT_TRAIL: frozenset({Role.AUDITOR, Role.COORDINATOR}),
    Operation.READ_RECORDS: frozenset({Role.COORDINATOR, Role.AUDITOR}),
    Operation.ACT_ON_RECORDS: frozenset(),
    Operation.COORDINATE: frozenset({Role.COORDINATOR}),
    Operation.READ_CATALOGUE: frozenset(Role),
    Operation.MANAGE_CATALOGUE: frozenset({Role.COORDINATOR}),
    Operation.PUBLISH_CATALOGUE: frozenset({Role.COORDINATOR}),
    Operation.IMPORT_CATALOGUE: frozenset({Role.COORDINATOR}),
    Operation.READ_CREDIT: frozenset(Role) - {Role.SYSTEM_ADMIN},
    Operation.RECORD_CREDIT: frozenset({Role.COORDINATOR}),
    Operation.MANAGE_BLACKLIST: frozenset({Role.COORDINATOR}),
    Operation.READ_MATERIALS: frozenset(Role) - {Role.SYSTEM_ADMIN},
    Operation.RECORD_MATERIALS: frozenset(),
}
_OWN_DEPARTMENT: dict[Operation, frozenset[Role]] = {
    Operation.READ_DEPARTMENTS: frozenset(),
    Operation.READ_USERS: frozenset(
        {Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN}
    ),
    Operation.MANAGE_USERS: frozenset({Role.DEPARTMENT_ADMIN}),
    Operation.MANAGE_API_TOKENS: frozenset({Role.DEPARTMENT_ADMIN}),
    Operation.MANAGE_CALENDAR: frozenset(),
    Operation.READ_AUDIT_TRAIL: frozenset(),
    Operation.READ_RECORDS: frozenset(
        {Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN}
    ),
    Operation.ACT_ON_RECORDS: frozenset(
        {Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN, Role.COORDINATOR}
    ),
    Operation.COORDINATE: frozenset(),
    Operation.READ_CATALOGUE: frozenset(),
    Operation.MANAGE_CATALOGUE: frozenset(
        {Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN}
    ),
    Operation.PUBLISH_CATALOGUE: frozenset(),
    Operation.IMPORT_CATALOGUE: frozenset(),
    Operation.READ_CREDIT: frozenset(),
    Operation.RECORD_CREDIT: frozenset(
        {Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN}
    ),
    Operation.MANAGE_BLACKLIST: frozenset({Role.DEPARTMENT_ADMIN}),
    Operation.READ_MATERIALS: frozenset(),
    Operation.RECORD_MATERIALS: frozenset(
        {Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN}
    ),
}
# What an API token may read: departments, and the records of its department (or all).
_TOKEN_READS = frozenset(
    {
        Operation.READ_DEPARTMENTS,
        Operation.READ_RECORDS,
        Operation.READ_CATALOGUE,
        Operation.READ_CREDIT,
        Operation.READ_MATERIALS,
    }
)
# Reads not limited to a token's department.
_TOKEN_UNSCOPED_READS = frozenset(
    {
        Operation.READ_DEPARTMENTS,
        Operation.READ_CATALOGUE,
        Operation.READ_CREDIT,
        Operation.READ_MATERIALS,
    }
)


def _token_allows(actor: Actor, operation: Operation, department_id: int | None) -> bool:
    if operation not in _TOKEN_READS:
        return False
    if operation in _TOKEN_UNSCOPED_READS or actor.token_department_id is None:
        return True
    return department_id == actor.token_department_id


def can(actor: Actor, operation: Operation, department_id: int | None = None) -> bool:
    """Whether ``actor`` may perform ``operation`` on department ``department_id``."""
    if actor is SYSTEM:
        return True
    if not actor.is_authenticated:
        return False
    if actor.is_token:
        return operation not in WRITE_OPERATIONS and _token_allows(actor, operation, department_id)
    if operation in WRITE_OPERATIONS and actor.has(Role.AUDITOR):
        return False
    if actor.roles & _ANY_DEPARTMENT[operation]:
        return True
    return (
        bool(actor.roles & _OWN_DEPARTMENT[operation])
        and department_id is not None
        and department_id == actor.department_id
    )


def require(actor: Actor, operation: Operation, department_id: int | None = None) -> None:
    """Raise unless ``actor`` may perform ``operation`` on ``department_id``."""
    if can(actor, operation, department_id):
        return
    if not actor.is_authenticated:
        raise NotAuthenticated("请先登录。")
    if actor.is_token and operation in WRITE_OPERATIONS:
        raise ReadOnlyToken("API 令牌只能读取数据，不能进行修改。")
    raise PermissionDenied("您无权执行此操作。")


def department_scope(actor: Actor, operation: Operation) -> frozenset[int] | None:
    """The departments whose rows ``actor`` may see for ``operation``.

    ``None`` means every department; an empty set means none. Raises
    ``NotAuthenticated`` for an anonymous actor.
    """
    if actor is SYSTEM:
        return None
    if not actor.is_authenticated:
        raise NotAuthenticated("请先登录。")
    if actor.is_token:
        if not _token_allows(actor, operation, actor.token_department_id):
            return frozenset()
        return None if actor.token_department_id is None else frozenset({actor.token_department_id})
    if can(actor, operation, None):
        return None
    if actor.department_id is not None and can(actor, operation, actor.department_id):
        return frozenset({actor.department_id})
    return frozenset()


def require_manage_user(
    actor: Actor,
    *,
    department_id: int | None,
    current_roles: Iterable[Role] = (),
    new_roles: Iterable[Role] = (),
) -> None:
    """Raise unless ``actor`` may create or change a user of ``department_id`` who has
    ``current_roles`` and is to have ``new_roles``.

    A department admin manages only their own department's users and only the roles
    in ``DEPARTMENT_ADMIN_ASSIGNABLE`` (never system admin, auditor or coordinator).
    """
    require(actor, Operation.MANAGE_USERS, department_id)
    if actor is SYSTEM or actor.has(Role.SYSTEM_ADMIN):
        return
    outside = (frozenset(current_roles) | frozenset(new_roles)) - DEPARTMENT_ADMIN_ASSIGNABLE
    if outside:
        raise PermissionDenied(
            "部门管理员不能授予或管理系统管理员、审计人员、协调小组角色的用户。", field="roles"
        )
