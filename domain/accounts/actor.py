"""Who is acting: the identity every domain service receives.

The API builds an :class:`Actor` from a session or an API token; workers and
the CLI use :data:`SYSTEM`. Domain services decide what the actor may do
(``domain/accounts/policy.py``); the edges never do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    APPROVAL_OFFICER = "APPROVAL_OFFICER"  # 审批人员
    SUPERVISOR = "SUPERVISOR"  # 监管人员
    DEPARTMENT_ADMIN = "DEPARTMENT_ADMIN"  # 部门管理员
    COORDINATOR = "COORDINATOR"  # 协调小组
    AUDITOR = "AUDITOR"  # 审计人员
    SYSTEM_ADMIN = "SYSTEM_ADMIN"  # 系统管理员


class DepartmentKind(StrEnum):
    APPROVAL = "APPROVAL"  # 审批部门
    SUPERVISION = "SUPERVISION"  # 监管部门
    COORDINATION = "COORDINATION"  # 协调小组


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    department_id: int | None
    roles: frozenset[Role] = field(default_factory=frozenset)
    # Set when the actor is an API token: read-only, maybe limited to one department.
    token_id: int | None = None
    token_department_id: int | None = None

    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None or self.token_id is not None or self is SYSTEM

    @property
    def is_token(self) -> bool:
        return self.token_id is not None

    def has(self, role: Role) -> bool:
        return role in self.roles


ANONYMOUS = Actor(user_id=None, username="anonymous", department_id=None)
# The service itself: migrations, demo data, scheduled sweeps.
SYSTEM = Actor(user_id=None, username="system", department_id=None)
