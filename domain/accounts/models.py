"""Tortoise models of the accounts area: departments, users, sessions, API tokens.

Secrets are never stored: a user's password as an argon2id hash, a session token
and an API token secret as their SHA-256.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from domain.accounts.actor import Actor, DepartmentKind, Role


class Department(Model):
    """部门: a county department (approval, supervision or the coordination group)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)
    name = fields.CharField(max_length=100, unique=True)
    kind = fields.CharEnumField(DepartmentKind, max_length=16, db_index=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "accounts_department"

    def snapshot(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "kind": self.kind.value}


class User(Model):
    """用户: a person who logs in, member of (at most) one department."""

    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=32, unique=True)
    display_name = fields.CharField(max_length=64)
    department: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="users", null=True, on_delete=fields.RESTRICT
    )
    department_id: int | None
    # Role values, sorted (JSON list).
    roles = fields.JSONField(default=list)
    password_hash = fields.CharField(max_length=255)
    is_active = fields.BooleanField(default=True)
    # Contact for reminders (M1), and whether the user is one of the department's
    # responsible people for receiving and feeding back (制度 Art 20(1), P2).
    email = fields.CharField(max_length=254, default="")
    phone = fields.CharField(max_length=32, default="")
    receives_reminders = fields.BooleanField(default=False)
    failed_login_count = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    last_login_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "accounts_user"

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(Role(r) for r in self.roles)

    def actor(self) -> Actor:
        return Actor(
            user_id=self.id,
            username=self.username,
            department_id=self.department_id,
            roles=self.role_set,
        )

    def snapshot(self) -> dict[str, Any]:
        """What the audit trail keeps of a user (never the password hash)."""
        return {
            "username": self.username,
            "display_name": self.display_name,
            "department_id": self.department_id,
            "roles": sorted(self.roles),
            "is_active": self.is_active,
            "email": self.email,
            "phone": self.phone,
            "receives_reminders": self.receives_reminders,
        }


class Session(Model):
    """登录会话: a browser's login; the cookie holds the token, the row its hash."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="sessions", on_delete=fields.CASCADE
    )
    user_id: int
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "accounts_session"


class ApiToken(Model):
    """API 令牌: read-only access for an external dashboard, maybe one department only."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    # The first characters of the secret, to recognise a token in a list.
    prefix = fields.CharField(max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    department: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="api_tokens", null=True, on_delete=fields.RESTRICT
    )
    department_id: int | None
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="api_tokens_created", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    created_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "accounts_api_token"

    def actor(self) -> Actor:
        return Actor(
            user_id=None,
            username=f"token:{self.prefix}",
            department_id=self.department_id,
            token_id=self.id,
            token_department_id=self.department_id,
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "prefix": self.prefix,
            "department_id": self.department_id,
            "revoked": self.revoked_at is not None,
        }
