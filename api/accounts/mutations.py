"""Placeholder: replaced by the area's real mutations."""

import strawberry


@strawberry.type
class Mutation:
    @strawberry.mutation(description="占位")
    def placeholder_accounts(self) -> bool:
        return True
