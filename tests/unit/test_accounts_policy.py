"""The access policy as a matrix: role × operation × department (own, other, none)."""

from __future__ import annotations

import pytest

from domain.accounts.actor import ANONYMOUS, SYSTEM, Actor, Role
from domain.accounts.errors import ReadOnlyToken
from domain.accounts.policy import (
    WRITE_OPERATIONS,
    Operation,
    can,
    department_scope,
    require,
    require_manage_user,
)
from domain.errors import NotAuthenticated, PermissionDenied

OWN, OTHER = 1, 2

ACTORS: dict[str, Actor] = {
    "approval_officer": Actor(10, "ao", OWN, frozenset({Role.APPROVAL_OFFICER})),
    "supervisor": Actor(11, "sup", OWN, frozenset({Role.SUPERVISOR})),
    "department_admin": Actor(12, "da", OWN, frozenset({Role.DEPARTMENT_ADMIN})),
    "coordinator": Actor(13, "co", OWN, frozenset({Role.COORDINATOR})),
    "auditor": Actor(14, "au", OWN, frozenset({Role.AUDITOR})),
    "system_admin": Actor(15, "sa", OWN, frozenset({Role.SYSTEM_ADMIN})),
    "token_all": Actor(None, "token:all", None, token_id=1),
    "token_own": Actor(None, "token:own", OWN, token_id=2, token_department_id=OWN),
    "anonymous": ANONYMOUS,
}

# For each operation and actor: allowed on (own department, other department, no department).
Y, N = "Y", "N"
MATRIX: dict[Operation, dict[str, str]] = {
    Operation.READ_DEPARTMENTS: {
        "approval_officer": "YYY", "supervisor": "YYY", "department_admin": "YYY",
        "coordinator": "YYY", "auditor": "YYY", "system_admin": "YYY",
        "token_all": "YYY", "token_own": "YYY", "anonymous": "NNN",
    },
    Operation.READ_USERS: {
        "approval_officer": "YNN", "supervisor": "YNN", "department_admin": "YNN",
        "coordinator": "YYY", "auditor": "YYY", "system_admin": "YYY",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.MANAGE_USERS: {
        "approval_officer": "NNN", "supervisor": "NNN", "department_admin": "YNN",
        "coordinator": "NNN", "auditor": "NNN", "system_admin": "YYY",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.MANAGE_API_TOKENS: {
        "approval_officer": "NNN", "supervisor": "NNN", "department_admin": "YNN",
        "coordinator": "NNN", "auditor": "NNN", "system_admin": "YYY",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.MANAGE_CALENDAR: {
        "approval_officer": "NNN", "supervisor": "NNN", "department_admin": "NNN",
        "coordinator": "NNN", "auditor": "NNN", "system_admin": "YYY",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.READ_AUDIT_TRAIL: {
        "approval_officer": "NNN", "supervisor": "NNN", "department_admin": "NNN",
        "coordinator": "YYY", "auditor": "YYY", "system_admin": "NNN",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.READ_RECORDS: {
        "approval_officer": "YNN", "supervisor": "YNN", "department_admin": "YNN",
        "coordinator": "YYY", "auditor": "YYY", "system_admin": "NNN",
        "token_all": "YYY", "token_own": "YNN", "anonymous": "NNN",
    },
    Operation.ACT_ON_RECORDS: {
        "approval_officer": "YNN", "supervisor": "YNN", "department_admin": "YNN",
        "coordinator": "YNN", "auditor": "NNN", "system_admin": "NNN",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.COORDINATE: {
        "approval_officer": "NNN", "supervisor": "NNN", "department_admin": "NNN",
        "coordinator": "YYY", "auditor": "NNN", "system_admin": "NNN",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.READ_CATALOGUE: {
        "approval_officer": "YYY", "supervisor": "YYY", "department_admin": "YYY",
        "coordinator": "YYY", "auditor": "YYY", "system_admin": "YYY",
        "token_all": "YYY", "token_own": "YYY", "anonymous": "NNN",
    },
    Operation.MANAGE_CATALOGUE: {
        "approval_officer": "YNN", "supervisor": "YNN", "department_admin": "YNN",
        "coordinator": "YYY", "auditor": "NNN", "system_admin": "NNN",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.PUBLISH_CATALOGUE: {
        "approval_officer": "NNN", "supervisor": "NNN", "department_admin": "NNN",
        "coordinator": "YYY", "auditor": "NNN", "system_admin": "NNN",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.IMPORT_CATALOGUE: {
        "approval_officer": "NNN", "supervisor": "NNN", "department_admin": "NNN",
        "coordinator": "YYY", "auditor": "NNN", "system_admin": "NNN",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.READ_CREDIT: {
        "approval_officer": "YYY", "supervisor": "YYY", "department_admin": "YYY",
        "coordinator": "YYY", "auditor": "YYY", "system_admin": "NNN",
        "token_all": "YYY", "token_own": "YYY", "anonymous": "NNN",
    },
    Operation.RECORD_CREDIT: {
        "approval_officer": "YNN", "supervisor": "YNN", "department_admin": "YNN",
        "coordinator": "YYY", "auditor": "NNN", "system_admin": "NNN",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.MANAGE_BLACKLIST: {
        "approval_officer": "NNN", "supervisor": "NNN", "department_admin": "YNN",
        "coordinator": "YYY", "auditor": "NNN", "system_admin": "NNN",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
    Operation.READ_MATERIALS: {
        "approval_officer": "YYY", "supervisor": "YYY", "department_admin": "YYY",
        "coordinator": "YYY", "auditor": "YYY", "system_admin": "NNN",
        "token_all": "YYY", "token_own": "YYY", "anonymous": "NNN",
    },
    Operation.RECORD_MATERIALS: {
        "approval_officer": "YNN", "supervisor": "YNN", "department_admin": "YNN",
        "coordinator": "NNN", "auditor": "NNN", "system_admin": "NNN",
        "token_all": "NNN", "token_own": "NNN", "anonymous": "NNN",
    },
}  # fmt: skip

CASES = [
    (operation, name, where, department, expected[i] == Y)
    for operation, row in MATRIX.items()
    for name, expected in row.items()
    for i, (where, department) in enumerate((("own", OWN), ("other", OTHER), ("none", None)))
]


def test_matrix_covers_every_operation_and_actor() -> None:
    assert set(MATRIX) == set(Operation)
    for row in MATRIX.values():
        assert set(row) == set(ACTORS)


@pytest.mark.parametrize(
    ("operation", "actor_name", "where", "department", "allowed"),
    CASES,
    ids=[f"{c[0].value}-{c[1]}-{c[2]}" for c in CASES],
)
def test_policy_matrix(
    operation: Operation, actor_name: str, where: str, department: int | None, allowed: bool
) -> None:
    actor = ACTORS[actor_name]
    assert can(actor, operation, department) is allowed
    if allowed:
        require(actor, operation, department)
        return
    if actor_name == "anonymous":
        expected: type[Exception] = NotAuthenticated
    elif actor.is_token and operation in WRITE_OPERATIONS:
        expected = ReadOnlyToken
    else:
        expected = PermissionDenied
    with pytest.raises(expected):
        require(actor, operation, department)


@pytest.mark.parametrize("operation", list(Operation))
def test_system_may_do_everything(operation: Operation) -> None:
    for department in (OWN, OTHER, None):
        require(SYSTEM, operation, department)
    assert department_scope(SYSTEM, operation) is None


@pytest.mark.parametrize("operation", sorted(WRITE_OPERATIONS))
def test_auditor_changes_nothing_even_with_other_roles(operation: Operation) -> None:
    # Roles are kept separate by validate_roles; the policy holds even if they were not.
    actor = Actor(1, "au", OWN, frozenset({Role.AUDITOR, Role.SYSTEM_ADMIN, Role.COORDINATOR}))
    for department in (OWN, OTHER, None):
        assert not can(actor, operation, department)


@pytest.mark.parametrize(
    ("actor_name", "expected"),
    [
        ("approval_officer", frozenset({OWN})),
        ("supervisor", frozenset({OWN})),
        ("department_admin", frozenset({OWN})),
        ("coordinator", None),
        ("auditor", None),
        ("system_admin", frozenset()),
        ("token_all", None),
        ("token_own", frozenset({OWN})),
    ],
)
def test_department_scope_of_read_records(actor_name: str, expected: frozenset[int] | None) -> None:
    assert department_scope(ACTORS[actor_name], Operation.READ_RECORDS) == expected


def test_department_scope_of_anonymous_needs_login() -> None:
    with pytest.raises(NotAuthenticated):
        department_scope(ANONYMOUS, Operation.READ_RECORDS)


def test_department_admin_manages_only_operator_roles_of_own_department() -> None:
    admin = ACTORS["department_admin"]
    require_manage_user(admin, department_id=OWN, new_roles={Role.SUPERVISOR})
    require_manage_user(admin, department_id=OWN, new_roles={Role.DEPARTMENT_ADMIN})
    for role in (Role.SYSTEM_ADMIN, Role.AUDITOR, Role.COORDINATOR):
        with pytest.raises(PermissionDenied):
            require_manage_user(admin, department_id=OWN, new_roles={role})
        with pytest.raises(PermissionDenied):  # nor touch a user who has it
            require_manage_user(admin, department_id=OWN, current_roles={role})
    with pytest.raises(PermissionDenied):
        require_manage_user(admin, department_id=OTHER, new_roles={Role.SUPERVISOR})
    require_manage_user(ACTORS["system_admin"], department_id=None, new_roles={Role.AUDITOR})
