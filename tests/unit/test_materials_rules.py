"""The materials store's rules (L1): validity on a day (last day inclusive, long-term,
not yet valid, withdrawn), the material that answers a required one, input cleaning."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from domain.errors import InvalidInput
from domain.materials.rules import (
    CATEGORY_LABELS,
    VALIDITY_LABELS,
    MaterialCategory,
    MaterialData,
    MaterialValidity,
    RequiredMaterial,
    answer,
    clean_material,
    clean_withdrawal_reason,
    normalized_name,
    validity,
)

ON = date(2026, 6, 1)
IDENTITY, QUALIFICATION = MaterialCategory.IDENTITY, MaterialCategory.QUALIFICATION


@dataclass(frozen=True)
class Fake:
    name: str = "营业执照"
    category: str = IDENTITY
    valid_from: date = date(2020, 1, 1)
    valid_until: date | None = None
    withdrawn_at: datetime | None = None


def test_l1_every_category_and_validity_has_a_chinese_name() -> None:
    assert set(CATEGORY_LABELS) == set(MaterialCategory)
    assert CATEGORY_LABELS[MaterialCategory.SOCIAL_RELATIONS] == "社会关系类"
    assert set(VALIDITY_LABELS) == set(MaterialValidity)


def test_l1_valid_until_is_the_last_valid_day() -> None:
    material = Fake(valid_until=ON)
    assert validity(material, ON) == MaterialValidity.VALID
    assert validity(material, date(2026, 6, 2)) == MaterialValidity.EXPIRED


def test_l1_long_term_material_never_expires() -> None:
    assert validity(Fake(valid_until=None), date(2099, 12, 31)) == MaterialValidity.VALID


def test_l1_material_before_its_first_day_is_not_yet_valid() -> None:
    material = Fake(valid_from=date(2026, 6, 2))
    assert validity(material, ON) == MaterialValidity.NOT_YET_VALID
    assert validity(material, date(2026, 6, 2)) == MaterialValidity.VALID


def test_l1_withdrawn_material_is_withdrawn_whatever_its_period() -> None:
    material = Fake(withdrawn_at=datetime(2026, 5, 1, tzinfo=UTC))
    assert validity(material, ON) == MaterialValidity.WITHDRAWN


def test_l1_names_compare_without_spaces_and_case() -> None:
    assert normalized_name(" 食品经营 许可证\u3000") == normalized_name("食品经营许可证")
    assert normalized_name("iso 9001") == normalized_name("ISO9001")


def test_l1_missing_material_answers_none() -> None:
    required = RequiredMaterial(IDENTITY, "营业执照")
    assert answer(required, [Fake(name="身份证")], ON) == (None, None)
    # The same name in another category does not answer.
    assert answer(required, [Fake(category=QUALIFICATION)], ON) == (None, None)


def test_l1_valid_material_answers_before_expired_one() -> None:
    expired = Fake(valid_until=date(2026, 5, 31))
    valid = Fake(valid_until=date(2027, 1, 1))
    material, state = answer(RequiredMaterial(IDENTITY, "营业执照"), [expired, valid], ON)
    assert material is valid
    assert state == MaterialValidity.VALID


def test_l1_expired_material_is_returned_expired_never_valid() -> None:
    expired = Fake(valid_until=date(2026, 5, 31))
    withdrawn = Fake(withdrawn_at=datetime(2026, 1, 1, tzinfo=UTC))
    material, state = answer(RequiredMaterial(IDENTITY, "营业执照"), [withdrawn, expired], ON)
    assert material is expired
    assert state == MaterialValidity.EXPIRED


def test_l1_of_several_valid_the_long_term_or_latest_ending_answers() -> None:
    short = Fake(valid_until=date(2026, 12, 31))
    longer = Fake(valid_until=date(2030, 12, 31))
    assert answer(RequiredMaterial(IDENTITY, "营业执照"), [short, longer], ON)[0] is longer
    forever = Fake(valid_until=None)
    assert answer(RequiredMaterial(IDENTITY, "营业执照"), [longer, forever], ON)[0] is forever


def test_l1_not_yet_valid_answers_before_expired() -> None:
    expired = Fake(valid_until=date(2026, 5, 31))
    future = Fake(valid_from=date(2026, 7, 1))
    material, state = answer(RequiredMaterial(IDENTITY, "营业执照"), [expired, future], ON)
    assert (material, state) == (future, MaterialValidity.NOT_YET_VALID)


def data(**kw: object) -> MaterialData:
    values: dict[str, object] = {
        "category": QUALIFICATION,
        "name": " 食品经营许可证 ",
        "issuer": "保康县行政审批局",
        "valid_from": date(2026, 1, 1),
        "valid_until": date(2030, 12, 31),
        "document_number": " JY14206260000001 ",
    } | kw
    return MaterialData(**values)  # type: ignore[arg-type]


def test_l1_clean_material_trims_its_texts() -> None:
    clean = clean_material(data())
    assert (clean.name, clean.document_number) == ("食品经营许可证", "JY14206260000001")


def test_l1_valid_until_before_valid_from_names_valid_until() -> None:
    with pytest.raises(InvalidInput) as info:
        clean_material(data(valid_until=date(2025, 12, 31)))
    assert info.value.field == "validUntil"
    # One day long is fine.
    assert clean_material(data(valid_until=date(2026, 1, 1))).valid_until == date(2026, 1, 1)


@pytest.mark.parametrize("field", ["name", "issuer"])
def test_l1_name_and_issuer_are_required(field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        clean_material(data(**{field: "  "}))
    assert info.value.field == field


def test_l1_withdrawal_needs_a_reason() -> None:
    with pytest.raises(InvalidInput) as info:
        clean_withdrawal_reason(" ")
    assert info.value.field == "reason"
