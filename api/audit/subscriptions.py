"""Placeholder: replaced by the area's real subscriptions."""

from collections.abc import AsyncGenerator

import strawberry


@strawberry.type
class Subscription:
    @strawberry.subscription(description="占位")
    async def placeholder_audit(self) -> AsyncGenerator[int, None]:
        yield 1
