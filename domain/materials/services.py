"""Materials store use cases (L1).

- ``add_material``: an approval officer, supervisor or department admin records a
  licensee's material for their own department (RECORD_MATERIALS), with its scanned
  document (attachments), audited.
- ``update_material`` (correct) and ``withdraw_material`` (with a reason): the staff of
  the department that recorded it. A material is never deleted.
- ``materials`` / ``material``: READ_MATERIALS — every user but the system admin, and
  every API token: approval and supervision staff both read the store (L1).
- ``check_materials``: K3 材料核验 asks, for a licensee, whether each required material
  is in the store and valid on a day (called inside the caller's use case, which has
  checked its own permission). L1: "while valid it is not asked for again".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor
from domain.accounts.policy import Operation, can, require
from domain.attachments.services import attach, register_owner
from domain.audit.services import record
from domain.clock import utc_now
from domain.errors import InvalidInput, NotFound, PermissionDenied
from domain.linkage.models import Licensee
from domain.linkage.rules import licensee_number
from domain.materials import rules
from domain.materials.errors import MaterialStateInvalid
from domain.materials.models import Material
from domain.materials.rules import MaterialCategory, MaterialValidity, RequiredMaterial
from domain.transaction import transaction

__all__ = [
    "MATERIAL_OWNER",
    "LicenseeNotFound",
    "MaterialCheck",
    "MaterialFilter",
    "RequiredMaterial",
    "add_material",
    "check_materials",
    "licensee_by_number",
    "material",
    "materials",
    "materials_by_ids",
    "update_material",
    "withdraw_material",
]

MATERIAL_OWNER = "Material"


async def _can_read_document(actor: Actor, owner_id: int) -> bool:
    return can(actor, Operation.READ_MATERIALS)


register_owner(MATERIAL_OWNER, _can_read_document)


class LicenseeNotFound(NotFound):
    """No licensee of that USCC or ID number (P6)."""


async def licensee_by_number(number: str, *, field: str = "licenseeNumber") -> Licensee:
    """The licensee of a USCC or ID number, checked with its check digit first (P6)."""
    normalized = licensee_number(number, field=field)[1]
    licensee = await Licensee.get_or_none(number=normalized)
    if licensee is None:
        raise LicenseeNotFound("行政相对人不存在：请核对统一社会信用代码或身份证号。", field=field)
    return licensee


# ---- reads ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MaterialFilter:
    """Filters of materials; None means any."""

    licensee_id: int | None = None
    category: MaterialCategory | None = None
    validity: MaterialValidity | None = None  # on ``today`` of the query
    department_id: int | None = None  # the recording department


def _validity_is(validity: MaterialValidity, on: date) -> Q:
    if validity == MaterialValidity.WITHDRAWN:
        return Q(withdrawn_at__isnull=False)
    current = Q(withdrawn_at__isnull=True)
    if validity == MaterialValidity.NOT_YET_VALID:
        return Q(current, Q(valid_from__gt=on))
    if validity == MaterialValidity.EXPIRED:
        return Q(current, Q(valid_until__lt=on))
    return Q(
        current,
        Q(valid_from__lte=on),
        Q(Q(valid_until__isnull=True), Q(valid_until__gte=on), join_type="OR"),
    )


def materials(actor: Actor, filter: MaterialFilter, today: date) -> QuerySet[Material]:
    """Materials matching ``filter`` (the caller orders)."""
    require(actor, Operation.READ_MATERIALS)
    queryset = Material.all()
    if filter.licensee_id is not None:
        queryset = queryset.filter(licensee_id=filter.licensee_id)
    if filter.category is not None:
        queryset = queryset.filter(category=filter.category)
    if filter.validity is not None:
        queryset = queryset.filter(_validity_is(filter.validity, today))
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    return queryset


async def material(actor: Actor, material_id: int) -> Material | None:
    require(actor, Operation.READ_MATERIALS)
    return await Material.get_or_none(id=material_id)


async def materials_by_ids(ids: Sequence[int]) -> list[Material | None]:
    rows = {row.id: row for row in await Material.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]


# ---- L1: not asked for again while valid ------------------------------------------


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
        found, validity = rules.answer(item, candidates, on)
        checks.append(MaterialCheck(required=item, material=found, validity=validity))
    return checks


# ---- writes ---------------------------------------------------------------------------


def _recording_department(actor: Actor) -> int:
    require(actor, Operation.RECORD_MATERIALS, actor.department_id)
    if actor.department_id is None:
        raise InvalidInput("记录证照材料须属于一个部门。", field="departmentId")
    return actor.department_id


async def add_material(actor: Actor, licensee_number_: str, data: rules.MaterialData) -> Material:
    """L1: record a licensee's material, with its scanned document, for the actor's
    department."""
    department_id = _recording_department(actor)
    clean = rules.clean_material(data)
    licensee = await licensee_by_number(licensee_number_)
    async with transaction():
        row = await Material.create(
            licensee_id=licensee.id,
            category=clean.category,
            name=clean.name,
            document_number=clean.document_number,
            issuer=clean.issuer,
            valid_from=clean.valid_from,
            valid_until=clean.valid_until,
            department_id=department_id,
            recorded_by_id=actor.user_id,
            recorded_at=utc_now(),
        )
        await record(
            actor,
            "material.add",
            target_type="Material",
            target_id=row.id,
            before=None,
            after=row.snapshot(),
            department_id=department_id,
        )
        await attach(actor, data.attachment_ids, owner_type=MATERIAL_OWNER, owner_id=row.id)
    return row


async def _open_material(actor: Actor, material_id: int) -> Material:
    """The material locked for a change by its recording department's staff."""
    row = await Material.select_for_update().get_or_none(id=material_id)
    if row is None:
        raise NotFound("证照材料不存在。", field="materialId")
    if not can(actor, Operation.RECORD_MATERIALS, row.department_id):
        raise PermissionDenied("该证照材料由其他部门记录，只能由该部门更正或撤回。")
    if row.withdrawn_at is not None:
        raise MaterialStateInvalid("该证照材料已撤回，不能再更改。", field="materialId")
    return row


async def update_material(actor: Actor, material_id: int, data: rules.MaterialData) -> Material:
    """L1: correct a material (not withdrawn) recorded by the actor's department; new
    attachments are added to those it has."""
    _recording_department(actor)
    clean = rules.clean_material(data)
    async with transaction():
        row = await _open_material(actor, material_id)
        before = row.snapshot()
        row.category = clean.category
        row.name = clean.name
        row.document_number = clean.document_number
        row.issuer = clean.issuer
        row.valid_from = clean.valid_from
        row.valid_until = clean.valid_until
        row.corrected_at = utc_now()
        row.corrected_by_id = actor.user_id
        await row.save()
        await record(
            actor,
            "material.update",
            target_type="Material",
            target_id=row.id,
            before=before,
            after=row.snapshot(),
            department_id=row.department_id,
        )
        await attach(actor, data.attachment_ids, owner_type=MATERIAL_OWNER, owner_id=row.id)
    return row


async def withdraw_material(actor: Actor, material_id: int, reason: str) -> Material:
    """L1: withdraw a material, with a reason; it stays in the store, WITHDRAWN."""
    _recording_department(actor)
    reason = rules.clean_withdrawal_reason(reason)
    async with transaction():
        row = await _open_material(actor, material_id)
        before = row.snapshot()
        row.withdrawn_at = utc_now()
        row.withdrawn_by_id = actor.user_id
        row.withdrawal_reason = reason
        await row.save(update_fields=["withdrawn_at", "withdrawn_by_id", "withdrawal_reason"])
        await record(
            actor,
            "material.withdraw",
            target_type="Material",
            target_id=row.id,
            before=before,
            after=row.snapshot(),
            department_id=row.department_id,
        )
    return row
