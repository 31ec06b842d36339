"""The GraphQL schema, composed from each area's Query, Mutation and Subscription.

Extensions are given as factories (classes or lambdas), so every operation gets
its own instances: an extension keeps per-operation state on ``self`` and a
shared instance would mix concurrent requests. The validation rules of the
limits are created once, so the validation cache (keyed by the rules) hits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import logging
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import strawberry
from graphql.error import GraphQLError
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.scalars import JSON
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.types.scalar import DEFAULT_SCALAR_REGISTRY
from strawberry.tools import merge_types

from api import node
from api.accounts import mutations as accounts_mutations
from api.accounts import queries as accounts_queries
from api.audit import queries as audit_queries
from api.audit import subscriptions as audit_subscriptions
from api.auth import MutationGuard
from api.calendar import mutations as calendar_mutations
from api.calendar import queries as calendar_queries
from api.catalogue import files as catalogue_files
from api.catalogue import mutations as catalogue_mutations
from api.catalogue import queries as catalogue_queries
from api.commitments import mutations as commitments_mutations
from api.commitments import queries as commitments_queries
from api.credit import mutations as credit_mutations
from api.credit import queries as credit_queries
from api.extensions import MaskUnexpectedErrors
from api.inquiries import mutations as inquiries_mutations
from api.inquiries import queries as inquiries_queries
from api.inspections import mutations as inspections_mutations
from api.inspections import queries as inspections_queries
from api.linkage import imports as linkage_imports
from api.linkage import mutations as linkage_mutations
from api.linkage import queries as linkage_queries
from api.linkage import results_mutations as linkage_results
from api.linkage import reverse as linkage_reverse
from api.linkage import statistics as linkage_statistics
from api.linkage import subscriptions as linkage_subscriptions
from api.materials import mutations as materials_mutations
from api.materials import queries as materials_queries
from api.reminders import mutations as reminders_mutations
from api.reminders import queries as reminders_queries
from api.reports import mutations as reports_mutations
from api.reports import queries as reports_queries
from api.reviews import mutations as reviews_mutations
from api.reviews import queries as reviews_queries

log = logging.getLogger("shenguan.graphql")

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 3000
CACHE_SIZE = 1000

Query = merge_types(
    "Query",
    (
        node.Query,
        accounts_queries.Query,
        calendar_queries.Query,
        audit_queries.Query,
        catalogue_files.Query,
        catalogue_queries.Query,
        linkage_queries.Query,
        linkage_results.Query,
        linkage_reverse.Query,
        linkage_statistics.Query,
        reminders_queries.Query,
        credit_queries.Query,
        reviews_queries.Query,
        inquiries_queries.Query,
        materials_queries.Query,
        commitments_queries.Query,
        inspections_queries.Query,
        reports_queries.Query,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        accounts_mutations.Mutation,
        calendar_mutations.Mutation,
        catalogue_mutations.Mutation,
        linkage_mutations.Mutation,
        linkage_results.Mutation,
        linkage_reverse.Mutation,
        linkage_imports.Mutation,
        reminders_mutations.Mutation,
        credit_mutations.Mutation,
        reviews_mutations.Mutation,
        inquiries_mutations.Mutation,
        materials_mutations.Mutation,
        commitments_mutations.Mutation,
        inspections_mutations.Mutation,
        reports_mutations.Mutation,
    ),
)
Subscription = merge_types(
    "Subscription", (audit_subscriptions.Subscription, linkage_subscriptions.Subscription)
)

for _root, _description in (
    (Query, "查询 (Query)：读取数据的入口。"),
    (Mutation, "变更 (Mutation)：修改数据的入口；每个变更接受一个 input，返回成功类型或错误类型。"),
    (Subscription, "订阅 (Subscription)：经 WebSocket（graphql-transport-ws）推送的事件。"),
):
    _root.__strawberry_definition__.description = _description  # type: ignore[attr-defined]

# Strawberry's own scalars, described in Chinese like the rest of the schema.
_SCALAR_DESCRIPTIONS: dict[object, str] = {
    dt.datetime: "日期时间 (DateTime)：ISO 8601 格式，带时区，如 2026-06-01T10:00:00+08:00。",
    dt.date: "日期 (Date)：ISO 8601 格式，如 2026-06-01。",
    dt.time: "时间 (Time)：ISO 8601 格式，如 10:00:00。",
    decimal.Decimal: "十进制数 (Decimal)：以字符串表示，避免精度损失。",
    uuid.UUID: "通用唯一标识 (UUID)。",
    JSON: "JSON 值 (JSON)：任意 JSON 数据（ECMA-404）。",
}
SCALAR_OVERRIDES = {
    origin: dataclasses.replace(DEFAULT_SCALAR_REGISTRY[origin], description=description)
    for origin, description in _SCALAR_DESCRIPTIONS.items()
}


def limit_rules(*, introspection: bool) -> list[type[ASTValidationRule]]:
    """The validation rules of the query limits (and of introspection being off)."""
    rules: list[type[ASTValidationRule]] = [
        *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
        *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
    ]
    if not introspection:
        rules.append(NoSchemaIntrospectionCustomRule)
    return rules


def schema_extensions(*, introspection: bool) -> list[Callable[[], SchemaExtension]]:
    rules = limit_rules(introspection=introspection)
    return [
        lambda: AddValidationRules(rules),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: ParserCache(maxsize=CACHE_SIZE),
        lambda: ValidationCache(maxsize=CACHE_SIZE),
        MutationGuard,
        MaskUnexpectedErrors,
    ]


class ShenguanSchema(strawberry.Schema):
    """Strawberry's schema, minus its logging of every error with a traceback.

    Unexpected errors are logged (once, with the request id) by
    ``MaskUnexpectedErrors``; domain, syntax, validation and limit errors are the
    client's, not the server's, and are logged at DEBUG only.
    """

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        for error in errors:
            log.debug("GraphQL error: %s", error.message)


def build_schema(
    *,
    introspection: bool = True,
    query: Any = Query,
    mutation: Any = Mutation,
    subscription: Any = Subscription,
    types: Sequence[Any] = (),
) -> strawberry.Schema:
    """The schema with our limits and error handling.

    The root types default to the service's; tests pass their own to probe the
    conventions with resolvers of their making.
    """
    return ShenguanSchema(
        query=query,
        mutation=mutation,
        subscription=subscription,
        types=list(types),
        extensions=schema_extensions(introspection=introspection),
        config=StrawberryConfig(auto_camel_case=True),
        scalar_overrides=SCALAR_OVERRIDES,  # type: ignore[arg-type]
    )


# The schema as documented in schema.graphql (introspection on).
schema = build_schema()
