"""Every type, field, argument, enum value and input field of the schema has a Chinese
description (GraphiQL is the documentation an external developer reads)."""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated

import strawberry
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    is_introspection_type,
    is_specified_scalar_type,
)

from api.schema import schema

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def undocumented(graphql_schema: GraphQLSchema) -> list[str]:
    """Paths of every schema element whose description holds no CJK character."""
    missing: list[str] = []

    def check(path: str, description: str | None) -> None:
        if not description or not CJK.search(description):
            missing.append(path)

    for name, named in sorted(graphql_schema.type_map.items()):
        named: GraphQLNamedType
        if is_introspection_type(named) or is_specified_scalar_type(named):
            continue
        check(name, named.description)
        if isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in named.fields.items():
                check(f"{name}.{field_name}", field.description)
                for arg_name, arg in field.args.items():
                    check(f"{name}.{field_name}({arg_name})", arg.description)
        elif isinstance(named, GraphQLInputObjectType):
            for field_name, field in named.fields.items():
                check(f"{name}.{field_name}", field.description)
        elif isinstance(named, GraphQLEnumType):
            for value_name, value in named.values.items():
                check(f"{name}.{value_name}", value.description)
    return missing


def test_every_schema_element_has_a_chinese_description() -> None:
    missing = undocumented(schema._schema)
    assert not missing, "without a Chinese description:\n" + "\n".join(missing)


@strawberry.enum(description="颜色 (Color)")
class Color(Enum):
    RED = "RED"


@strawberry.input(description="输入 (ProbeInput)")
class ProbeInput:
    x: int


@strawberry.type(description="查询")
class ProbeQuery:
    @strawberry.field(description="English only")
    def a(self, b: ProbeInput, color: Color | None = None) -> int:
        return 1

    @strawberry.field(description="有说明 (b)")
    def b(self, x: Annotated[int, strawberry.argument(description="参数 (x)")]) -> int:
        return 1


def test_the_walker_finds_what_lacks_a_description() -> None:
    found = undocumented(strawberry.Schema(query=ProbeQuery)._schema)
    assert found == [
        "Color.RED",
        "ProbeInput.x",
        "ProbeQuery.a",
        "ProbeQuery.a(b)",
        "ProbeQuery.a(color)",
    ]
