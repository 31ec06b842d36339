"""Errors of the catalogue area (codes in domain/errors.py)."""

from __future__ import annotations

from domain.catalogue.rules import PublicationProblem
from domain.errors import DomainError, ErrorCode


class CatalogueIncomplete(DomainError):
    """The draft has gaps that stop publication (C1, C4); ``problems`` lists them."""

    code = ErrorCode.CATALOGUE_INCOMPLETE

    def __init__(self, problems: list[PublicationProblem]) -> None:
        shown = "；".join(p.message for p in problems[:5])
        more = f"；另有 {len(problems) - 5} 处问题" if len(problems) > 5 else ""
        super().__init__(f"清单不完整，不能发布：{shown}{more}。", field="effectiveDate")
        self.problems = problems
