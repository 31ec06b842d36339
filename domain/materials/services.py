"""Materials store use cases (L1).

- ``check_materials``: K3 材料核验 asks, for a licensee, whether each required material
  is in the store and valid on a day (called inside the caller's use case, which has
  checked its own permission).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from domain.materials import rules
from domain.materials.models import Material
from domain.materials.rules import MaterialValidity, RequiredMaterial

__all__ = ["MaterialCheck", "RequiredMaterial", "check_materials"]


@dataclass(frozen=True)
class MaterialCheck:
    """The answer for one required material: ``material`` None means missing; otherwise
    the material found and its ``validity`` (only VALID spares handing it in again)."""

    required: RequiredMaterial
    material: Material | None
    validity: MaterialValidity | None

    @property
    def satisfied(self) -> bool:
        """L1: a valid material is not asked for again."""
        return self.validity == MaterialValidity.VALID


async def check_materials(
    licensee_id: int, required: Sequence[RequiredMaterial], on: date
) -> list[MaterialCheck]:
    """L1 / K3: for each required material, the licensee's material answering it and its
    validity on ``on`` (one query, whatever the number required)."""
    if not required:
        return []
    categories = {r.category for r in required}
    candidates = await Material.filter(licensee_id=licensee_id, category__in=categories)
    checks = []
    for item in required:
        material, validity = rules.answer(item, candidates, on)
        checks.append(MaterialCheck(required=item, material=material, validity=validity))
    return checks
