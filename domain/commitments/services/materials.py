"""K3 材料核验: a commitment's required materials are checked against the materials
store (L1) instead of being handed in again; an expired, not yet valid, withdrawn or
missing material blocks issuing, each with its Chinese message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.commitments import rules
from domain.commitments.models import Commitment
from domain.materials.rules import CATEGORY_LABELS, MaterialCategory, RequiredMaterial
from domain.materials.services import check_materials


def required_of(row: Commitment) -> list[RequiredMaterial]:
    return [
        RequiredMaterial(category=MaterialCategory(m["category"]), name=m["name"])
        for m in row.required_materials
    ]


@dataclass(frozen=True)
class MaterialStatus:
    """One required material as the page shows it."""

    required: RequiredMaterial
    validity: str | None  # None: missing
    material_id: int | None
    valid_until: date | None
    problem: str | None  # None: valid, not asked for again


async def material_statuses(row: Commitment, on: date) -> list[MaterialStatus]:
    """K3: each required material of ``row`` in the store on ``on``."""
    statuses = []
    for check in await check_materials(row.licensee_id, required_of(row), on):
        material = check.material
        problem = rules.material_problem(
            CATEGORY_LABELS[check.required.category],
            check.required.name,
            None if check.validity is None else check.validity.value,
            None if material is None else material.valid_from,
            None if material is None else material.valid_until,
        )
        statuses.append(
            MaterialStatus(
                required=check.required,
                validity=None if check.validity is None else check.validity.value,
                material_id=None if material is None else material.id,
                valid_until=None if material is None else material.valid_until,
                problem=None if problem is None else problem.message,
            )
        )
    return statuses


async def material_problems(row: Commitment, on: date) -> list[rules.MaterialProblem]:
    """K3: the materials that block issuing (empty: every one valid in the store)."""
    return [
        rules.MaterialProblem(s.required.name, s.problem)
        for s in await material_statuses(row, on)
        if s.problem is not None
    ]
