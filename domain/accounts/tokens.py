"""Use cases of API tokens: read-only access for external dashboards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from tortoise.queryset import QuerySet

from domain.accounts import rules
from domain.accounts.actor import SYSTEM, Actor
from domain.accounts.models import ApiToken, Department
from domain.accounts.policy import Operation, department_scope, require
from domain.audit.services import record
from domain.clock import utc_now
from domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from domain.transaction import transaction

# last_used_at is refreshed at most this often (not one write per request).
LAST_USED_RESOLUTION = timedelta(minutes=10)


@dataclass(frozen=True)
class CreatedApiToken:
    token: ApiToken
    # The secret, shown once: only its SHA-256 is stored.
    secret: str


async def create_api_token(
    actor: Actor, *, name: str, department_id: int | None
) -> CreatedApiToken:
    """A new read-only token; limited to ``department_id`` when given."""
    name = name.strip()
    if not 1 <= len(name) <= 100:
        raise InvalidInput("令牌名称不能为空，且不超过 100 个字符。", field="name")
    require(actor, Operation.MANAGE_API_TOKENS, department_id)
    secret = rules.new_api_token_secret()
    async with transaction():
        if department_id is not None and not await Department.exists(id=department_id):
            raise NotFound("部门不存在。", field="departmentId")
        token = await ApiToken.create(
            name=name,
            prefix=secret[:12],
            token_hash=rules.secret_hash(secret),
            department_id=department_id,
            created_by_id=actor.user_id,
            created_at=utc_now(),
        )
        await record(
            actor,
            "api_token.create",
            target_type="ApiToken",
            target_id=token.id,
            before=None,
            after=token.snapshot(),
            department_id=department_id,
        )
    return CreatedApiToken(token=token, secret=secret)


async def revoke_api_token(actor: Actor, token_id: int) -> ApiToken:
    async with transaction():
        token = await ApiToken.filter(id=token_id).select_for_update().first()
        if token is None or not _visible(actor, token):
            raise NotFound("API 令牌不存在。", field="id")
        require(actor, Operation.MANAGE_API_TOKENS, token.department_id)
        if token.revoked_at is not None:
            raise Conflict("该令牌已被吊销。", field="id")
        before = token.snapshot()
        token.revoked_at = utc_now()
        await token.save(update_fields=["revoked_at"])
        await record(
            actor,
            "api_token.revoke",
            target_type="ApiToken",
            target_id=token.id,
            before=before,
            after=token.snapshot(),
            department_id=token.department_id,
        )
    return token


def _visible(actor: Actor, token: ApiToken) -> bool:
    if actor is SYSTEM:
        return True
    scope = department_scope(actor, Operation.MANAGE_API_TOKENS)
    return scope is None or token.department_id in scope


def api_tokens_query(actor: Actor, *, department_id: int | None = None) -> QuerySet[ApiToken]:
    """The tokens the actor manages (system admin: all; department admin: their own)."""
    scope = department_scope(actor, Operation.MANAGE_API_TOKENS)
    if scope == frozenset():
        raise PermissionDenied("您无权查看 API 令牌。")
    queryset = ApiToken.all()
    if department_id is not None:
        require(actor, Operation.MANAGE_API_TOKENS, department_id)
        queryset = queryset.filter(department_id=department_id)
    elif scope is not None:
        queryset = queryset.filter(department_id__in=list(scope))
    return queryset


async def get_api_token(actor: Actor, token_id: int) -> ApiToken | None:
    token = await ApiToken.get_or_none(id=token_id)
    if token is None or actor.is_token or not _visible(actor, token):
        return None
    return token


async def actor_for_api_token(secret: str) -> Actor | None:
    """The actor of a live API token, else None."""
    if not secret.startswith(rules.API_TOKEN_PREFIX) or len(secret) > 200:
        return None
    token = await ApiToken.get_or_none(
        token_hash=rules.secret_hash(secret), revoked_at__isnull=True
    )
    if token is None:
        return None
    now = utc_now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        await ApiToken.filter(id=token.id).update(last_used_at=now)
    return token.actor()
