"""Materials store rules (L1), pure: the categories of materials, a material's validity
on a day, the choice of the material that answers a required one, and the cleaning of
inputs. No I/O, no clock.

Validity on a day ``on`` (``valid_until`` is the last valid day; None: long-term):

- WITHDRAWN: the material was withdrawn (a current state, whatever ``on``);
- NOT_YET_VALID: ``on`` is before ``valid_from``;
- EXPIRED: ``on`` is after ``valid_until``;
- VALID: otherwise.

L1 ("while valid it is not asked for again"): a required material (category and name)
is answered by the licensee's material of that category and name; a VALID one wins
(the one valid the longest), otherwise the best of the others is shown with its
validity (not yet valid, then expired, then withdrawn) and must be handed in again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol, TypeVar

from domain.errors import InvalidInput
from domain.text import clean_text


class MaterialCategory(StrEnum):
    """证照材料类别 (L1, 方案 §11)."""

    IDENTITY = "IDENTITY"  # 身份类
    QUALIFICATION = "QUALIFICATION"  # 资格类
    PROPERTY = "PROPERTY"  # 财产类
    RIGHTS = "RIGHTS"  # 权益类
    CREDIT = "CREDIT"  # 信用类
    SOCIAL_RELATIONS = "SOCIAL_RELATIONS"  # 社会关系类


CATEGORY_LABELS: dict[MaterialCategory, str] = {
    MaterialCategory.IDENTITY: "身份类",
    MaterialCategory.QUALIFICATION: "资格类",
    MaterialCategory.PROPERTY: "财产类",
    MaterialCategory.RIGHTS: "权益类",
    MaterialCategory.CREDIT: "信用类",
    MaterialCategory.SOCIAL_RELATIONS: "社会关系类",
}


class MaterialValidity(StrEnum):
    """A material's validity on a day (L1)."""

    VALID = "VALID"  # 有效
    EXPIRED = "EXPIRED"  # 已过期
    NOT_YET_VALID = "NOT_YET_VALID"  # 未生效
    WITHDRAWN = "WITHDRAWN"  # 已撤回


VALIDITY_LABELS: dict[MaterialValidity, str] = {
    MaterialValidity.VALID: "有效",
    MaterialValidity.EXPIRED: "已过期",
    MaterialValidity.NOT_YET_VALID: "未生效",
    MaterialValidity.WITHDRAWN: "已撤回",
}

NAME_MAX = 200
NUMBER_MAX = 100
TEXT_MAX = 2000


class MaterialLike(Protocol):
    """What the rules need of a material (the model, or a plain record in tests)."""

    @property
    def category(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def valid_from(self) -> date: ...
    @property
    def valid_until(self) -> date | None: ...
    @property
    def withdrawn_at(self) -> datetime | None: ...


M = TypeVar("M", bound=MaterialLike)


def validity(material: MaterialLike, on: date) -> MaterialValidity:
    """L1: the material's validity on ``on``."""
    if material.withdrawn_at is not None:
        return MaterialValidity.WITHDRAWN
    if on < material.valid_from:
        return MaterialValidity.NOT_YET_VALID
    if material.valid_until is not None and material.valid_until < on:
        return MaterialValidity.EXPIRED
    return MaterialValidity.VALID


def normalized_name(name: str) -> str:
    """A material's name as compared (L1): no whitespace (full-width spaces included),
    Latin letters in upper case — "营业执照 " and "营业执照" are one material."""
    return "".join((name or "").split()).upper()


@dataclass(frozen=True)
class RequiredMaterial:
    """A material an approval asks for (K3 材料核验): its category and name."""

    category: MaterialCategory
    name: str


# The order in which materials that are not valid answer a required one.
_RANK = {
    MaterialValidity.VALID: 0,
    MaterialValidity.NOT_YET_VALID: 1,
    MaterialValidity.EXPIRED: 2,
    MaterialValidity.WITHDRAWN: 3,
}


def answer(
    required: RequiredMaterial, materials: Iterable[M], on: date
) -> tuple[M | None, MaterialValidity | None]:
    """L1: the material answering ``required`` among a licensee's ``materials``, and its
    validity on ``on``; (None, None) when the licensee has none of that category and
    name (missing). An expired material is returned as EXPIRED, never as VALID."""
    wanted = normalized_name(required.name)
    matching = [
        m
        for m in materials
        if MaterialCategory(m.category) == required.category and normalized_name(m.name) == wanted
    ]
    if not matching:
        return None, None
    best = min(
        matching,
        key=lambda m: (
            _RANK[validity(m, on)],
            m.valid_until is not None,
            -(m.valid_until or date.min).toordinal(),
            -m.valid_from.toordinal(),
        ),
    )
    return best, validity(best, on)


# ---- inputs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MaterialData:
    """What a user enters to add or correct a material."""

    category: MaterialCategory
    name: str
    issuer: str
    valid_from: date
    valid_until: date | None = None  # None: long-term (长期有效)
    document_number: str = ""  # 证照编号, optional
    attachment_ids: Sequence[int] = ()


@dataclass(frozen=True)
class CleanMaterial:
    category: MaterialCategory
    name: str
    issuer: str
    valid_from: date
    valid_until: date | None
    document_number: str


def clean_material(data: MaterialData) -> CleanMaterial:
    """The material's fields checked: name and issuer required, the validity period in
    order (``validUntil`` not before ``validFrom``)."""
    name = clean_text(data.name, field="name", maximum=NAME_MAX, required=True)
    issuer = clean_text(data.issuer, field="issuer", maximum=NAME_MAX, required=True)
    number = clean_text(data.document_number, field="documentNumber", maximum=NUMBER_MAX)
    if data.valid_until is not None and data.valid_until < data.valid_from:
        raise InvalidInput("有效期截止日期不能早于起始日期。", field="validUntil")
    return CleanMaterial(
        category=MaterialCategory(data.category),
        name=name,
        issuer=issuer,
        valid_from=data.valid_from,
        valid_until=data.valid_until,
        document_number=number,
    )


def clean_withdrawal_reason(reason: str) -> str:
    return clean_text(reason, field="reason", maximum=TEXT_MAX, required=True)
