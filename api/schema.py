"""The GraphQL schema, composed from each area's Query, Mutation and Subscription."""

from __future__ import annotations

import strawberry
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from api import node
from api.accounts import mutations as accounts_mutations
from api.accounts import queries as accounts_queries
from api.audit import queries as audit_queries
from api.audit import subscriptions as audit_subscriptions
from api.calendar import mutations as calendar_mutations
from api.calendar import queries as calendar_queries
from api.extensions import MaskUnexpectedErrors

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 3000

Query = merge_types(
    "Query",
    (node.Query, accounts_queries.Query, calendar_queries.Query, audit_queries.Query),
)
Mutation = merge_types("Mutation", (accounts_mutations.Mutation, calendar_mutations.Mutation))
Subscription = merge_types("Subscription", (audit_subscriptions.Subscription,))


def build_schema(*, introspection: bool = True) -> strawberry.Schema:
    extensions = [
        QueryDepthLimiter(max_depth=MAX_DEPTH),
        MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
        MaxTokensLimiter(max_token_count=MAX_TOKENS),
        ParserCache(maxsize=1000),
        ValidationCache(maxsize=1000),
        MaskUnexpectedErrors(),
    ]
    if not introspection:
        extensions.append(AddValidationRules([NoSchemaIntrospectionCustomRule]))
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,
        config=StrawberryConfig(auto_camel_case=True),
    )


# The schema as documented in schema.graphql (introspection on).
schema = build_schema()
