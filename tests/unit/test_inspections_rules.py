"""Random inspection's draw (R4): counts per grade rounded up, a reproducible draw from
its seed, inspectors never twice for one target, the plan's settings checked."""

from __future__ import annotations

import pytest

from domain.credit.rules import CreditGrade
from domain.errors import InvalidInput
from domain.inspections.rules import (
    DEFAULT_RATES,
    Candidate,
    DrawnTarget,
    PlanData,
    clean_plan,
    clean_seed,
    draw,
    mask_id_number,
    rates_of,
    target_count,
    verify,
)

A, B, C, D = CreditGrade.A, CreditGrade.B, CreditGrade.C, CreditGrade.D


def county(a: int = 40, b: int = 20, c: int = 10, d: int = 4) -> list[Candidate]:
    grades = [A] * a + [B] * b + [C] * c + [D] * d
    return [Candidate(licensee_id=100 + i, grade=g) for i, g in enumerate(grades)]


POOL = [7, 3, 11, 5]


def test_r4_default_rates_are_lower_for_a_and_higher_for_d() -> None:
    assert DEFAULT_RATES == {A: 5, B: 10, C: 20, D: 50}
    assert rates_of({"B": 30}) == {A: 5, B: 30, C: 20, D: 50}


@pytest.mark.parametrize(
    ("candidates", "rate", "count"),
    [
        (0, 50, 0),
        (1, 5, 1),
        (20, 5, 1),
        (21, 5, 2),
        (40, 5, 2),
        (10, 20, 2),
        (3, 50, 2),
        (4, 100, 4),
        (7, 0, 0),
    ],
)
def test_r4_count_per_grade_is_rounded_up_when_any_candidate_exists(
    candidates: int, rate: int, count: int
) -> None:
    assert target_count(candidates, rate) == count


def test_r4_targets_drawn_per_grade_at_the_grade_rate() -> None:
    targets = draw(county(), DEFAULT_RATES, POOL, 2, "seed-1")
    by_grade = {g: [t for t in targets if t.grade == g] for g in CreditGrade}
    assert [len(by_grade[g]) for g in (A, B, C, D)] == [2, 2, 2, 2]
    grades = {c.licensee_id: c.grade for c in county()}
    assert all(grades[t.licensee_id] == t.grade for t in targets)
    assert len({t.licensee_id for t in targets}) == len(targets)


def test_r4_same_candidates_rates_pool_and_seed_give_the_same_draw() -> None:
    first = draw(county(), DEFAULT_RATES, POOL, 2, "4f1c9a")
    shuffled = list(reversed(county()))
    again = draw(shuffled, DEFAULT_RATES, list(reversed(POOL)), 2, "4f1c9a")
    assert first == again
    assert verify(first, shuffled, DEFAULT_RATES, POOL, 2, "4f1c9a")


def test_r4_another_seed_gives_another_draw() -> None:
    seeds = {draw(county(), DEFAULT_RATES, POOL, 2, f"s{n}") for n in range(5)}
    assert len(seeds) > 1


def test_r4_verify_detects_a_changed_draw() -> None:
    drawn = draw(county(), DEFAULT_RATES, POOL, 2, "abc")
    swapped = (DrawnTarget(999, drawn[0].grade, drawn[0].inspector_ids), *drawn[1:])
    assert not verify(swapped, county(), DEFAULT_RATES, POOL, 2, "abc")
    assert not verify(drawn, county(), DEFAULT_RATES, POOL, 2, "abd")
    assert not verify(drawn, county(), DEFAULT_RATES, POOL[:1], 2, "abc")


def test_r4_inspectors_never_the_same_person_twice_for_one_target() -> None:
    for n in range(30):
        for target in draw(county(), {A: 100, B: 100, C: 100, D: 100}, POOL, 3, f"x{n}"):
            assert len(set(target.inspector_ids)) == 3
            assert set(target.inspector_ids) <= set(POOL)


def test_r4_a_pool_smaller_than_a_target_needs_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        draw(county(), DEFAULT_RATES, [7], 2, "s")
    assert caught.value.field == "inspectors"
    assert draw([], DEFAULT_RATES, [], 2, "s") == ()


def test_r4_plan_settings_are_checked() -> None:
    plan = clean_plan(PlanData(name=" 2026 年食品经营抽查 ", rates={D: 80}))
    assert plan.name == "2026 年食品经营抽查"
    assert plan.rates == {A: 5, B: 10, C: 20, D: 80}
    assert (plan.inspectors_per_target, plan.working_days) == (2, 20)
    for data, field in [
        (PlanData(name=" "), "name"),
        (PlanData(name="x", rates={A: 101}), "rates"),
        (PlanData(name="x", inspectors_per_target=6), "inspectorsPerTarget"),
        (PlanData(name="x", working_days=61), "workingDays"),
    ]:
        with pytest.raises(InvalidInput) as caught:
            clean_plan(data)
        assert caught.value.field == field
    assert clean_seed(None) is None and clean_seed(" ab ") == "ab"
    with pytest.raises(InvalidInput):
        clean_seed("x" * 65)


def test_r4_a_persons_id_number_is_masked_for_the_public() -> None:
    assert mask_id_number("42062619900101123X") == "420626********123X"
