"""The Relay ``node(id:)`` query over every registered node type."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Info
from api.relay import NODE_RESOLVERS, Node, from_global_id


@strawberry.type
class Query:
    @strawberry.field(description="按全局编号获取任一对象 (node)；不存在或无权查看时为 null。")
    async def node(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="全局编号 (id)：对象的 id 字段值。")
        ],
    ) -> Node | None:
        type_name, pk = from_global_id(id)
        resolver = NODE_RESOLVERS.get(type_name)
        if resolver is None or not (pk.isascii() and pk.isdigit()):
            return None
        return await resolver(info, int(pk))
