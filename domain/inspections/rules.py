"""Random inspection (双随机、一公开, R4): the draw, pure and reproducible.

A plan of a supervision item draws its targets (抽查对象) from the licensees under the
item, at a rate per credit grade (R3): for each grade, ``ceil(candidates × rate)``
targets — at least one as soon as the grade has a candidate and a rate above zero.
Then it draws the inspectors (执法检查人员) of each target from the department's pool,
``inspectors_per_target`` different people per target.

Reproducible: one ``random.Random(seed)`` does everything, in a fixed order —
candidates sorted by licensee id, grades A → D, targets then inspectors in target
order, the pool sorted by user id. The same candidates, grades, rates, pool and seed
always give the same draw (``verify``); the seed and the snapshot are recorded with
the plan (``domain.inspections.services``).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from domain.credit.rules import CreditGrade
from domain.errors import InvalidInput
from domain.text import clean_text


class PlanStatus(StrEnum):
    DRAFT = "DRAFT"  # 草稿: not drawn yet
    DRAWN = "DRAWN"  # 已抽取: targets drawn, their tasks open
    PUBLISHED = "PUBLISHED"  # 已公开: results published (一公开)


# Default rates in percent per grade (R4: lower for A, higher for D); a plan may set its own.
DEFAULT_RATES: dict[CreditGrade, int] = {
    CreditGrade.A: 5,
    CreditGrade.B: 10,
    CreditGrade.C: 20,
    CreditGrade.D: 50,
}
DEFAULT_INSPECTORS_PER_TARGET = 2
DEFAULT_WORKING_DAYS = 20
MAX_INSPECTORS_PER_TARGET = 5
MAX_WORKING_DAYS = 60
NAME_MAX = 100
SEED_MAX = 64


@dataclass(frozen=True)
class Candidate:
    """A licensee under the item, with its grade on the day of the draw."""

    licensee_id: int
    grade: CreditGrade


@dataclass(frozen=True)
class DrawnTarget:
    licensee_id: int
    grade: CreditGrade
    inspector_ids: tuple[int, ...]


@dataclass(frozen=True)
class PlanData:
    """What the person creating a plan enters; None: the default."""

    name: str
    rates: Mapping[CreditGrade, int] | None = None
    inspectors_per_target: int | None = None
    working_days: int | None = None


@dataclass(frozen=True)
class CleanPlan:
    name: str
    rates: dict[CreditGrade, int]
    inspectors_per_target: int
    working_days: int


def clean_plan(data: PlanData) -> CleanPlan:
    """A plan's settings checked: a name, rates 0–100 %, 1–5 inspectors, 1–60 working days."""
    name = clean_text(
        data.name, field="name", maximum=NAME_MAX, required=True, label="抽查计划名称"
    )
    rates = dict(DEFAULT_RATES)
    for grade, rate in (data.rates or {}).items():
        if not 0 <= rate <= 100:
            raise InvalidInput(f"{grade.value} 级的抽查比例须在 0 到 100 之间。", field="rates")
        rates[CreditGrade(grade)] = rate
    per_target = data.inspectors_per_target or DEFAULT_INSPECTORS_PER_TARGET
    if not 1 <= per_target <= MAX_INSPECTORS_PER_TARGET:
        raise InvalidInput(
            f"每个对象的检查人员数须在 1 到 {MAX_INSPECTORS_PER_TARGET} 之间。",
            field="inspectorsPerTarget",
        )
    working_days = data.working_days or DEFAULT_WORKING_DAYS
    if not 1 <= working_days <= MAX_WORKING_DAYS:
        raise InvalidInput(
            f"完成期限须在 1 到 {MAX_WORKING_DAYS} 个工作日之间。", field="workingDays"
        )
    return CleanPlan(name, rates, per_target, working_days)


def clean_seed(seed: str | None) -> str | None:
    """A seed given by hand (to repeat a draw elsewhere): trimmed, 1–64 characters."""
    if seed is None:
        return None
    return clean_text(seed, field="seed", maximum=SEED_MAX, required=True, label="随机种子")


def target_count(candidates: int, rate_percent: int) -> int:
    """R4: the number of targets of a grade: ``candidates × rate`` rounded up."""
    if candidates <= 0 or rate_percent <= 0:
        return 0
    return min(candidates, math.ceil(candidates * rate_percent / 100))


def rates_of(raw: Mapping[str, int]) -> dict[CreditGrade, int]:
    """Rates as stored (JSON: grade letter → percent), every grade present."""
    return {grade: int(raw.get(grade.value, DEFAULT_RATES[grade])) for grade in CreditGrade}


def draw(
    candidates: Iterable[Candidate],
    rates: Mapping[CreditGrade, int],
    pool: Iterable[int],
    inspectors_per_target: int,
    seed: str,
) -> tuple[DrawnTarget, ...]:
    """R4: the targets and their inspectors, all from ``random.Random(seed)``.

    Raises ``InvalidInput`` (field ``inspectors``) when the pool has fewer people than
    one target needs: nobody may inspect one target twice.
    """
    ordered = sorted({c.licensee_id: c for c in candidates}.values(), key=lambda c: c.licensee_id)
    people = sorted(set(pool))
    rng = random.Random(seed)
    chosen: list[Candidate] = []
    for grade in CreditGrade:
        group = [c for c in ordered if c.grade == grade]
        count = target_count(len(group), rates.get(grade, 0))
        chosen.extend(sorted(rng.sample(group, count), key=lambda c: c.licensee_id))
    if chosen and len(people) < inspectors_per_target:
        raise InvalidInput(
            f"检查人员名录只有 {len(people)} 人，每个抽查对象需要 {inspectors_per_target} 人。",
            field="inspectors",
        )
    return tuple(
        DrawnTarget(
            licensee_id=c.licensee_id,
            grade=c.grade,
            inspector_ids=tuple(rng.sample(people, inspectors_per_target)),
        )
        for c in chosen
    )


def verify(
    recorded: Sequence[DrawnTarget],
    candidates: Iterable[Candidate],
    rates: Mapping[CreditGrade, int],
    pool: Iterable[int],
    inspectors_per_target: int,
    seed: str,
) -> bool:
    """R4: whether the recorded draw is the one its seed and snapshot give again."""
    try:
        again = draw(candidates, rates, pool, inspectors_per_target, seed)
    except InvalidInput:
        return False
    return tuple(recorded) == again


def mask_id_number(number: str) -> str:
    """A person's ID number as published: the first 6 (division code) and the last 4
    characters kept, the birth date starred: 420626********123X."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
