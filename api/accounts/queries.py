"""Placeholder: replaced by the area's real queries."""

import strawberry


@strawberry.type
class Query:
    @strawberry.field(description="占位")
    def placeholder_accounts(self) -> bool:
        return True
