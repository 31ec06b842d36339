"""Placeholder: replaced by the area's real queries."""

import strawberry


@strawberry.type
class Query:
    @strawberry.field(description="占位")
    def placeholder_audit(self) -> bool:
        return True
