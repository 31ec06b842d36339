"""L1 through the database: check_materials answers, for each required material, the
licensee's material and its validity — missing, valid (not asked for again), expired
(never valid); another licensee's materials never answer."""

from __future__ import annotations

from datetime import date

import pytest

from domain.clock import utc_now
from domain.linkage.models import Licensee
from domain.linkage.rules import LicenseeKind
from domain.materials.models import Material
from domain.materials.rules import MaterialCategory, MaterialValidity
from domain.materials.services import RequiredMaterial, check_materials
from tests.factories import make_department
from tests.linkage_factories import company_number

pytestmark = pytest.mark.usefixtures("db", "clock")

ON = date(2026, 6, 1)
IDENTITY, QUALIFICATION = MaterialCategory.IDENTITY, MaterialCategory.QUALIFICATION


async def licensee(serial: int) -> Licensee:
    now = utc_now()
    return await Licensee.create(
        kind=LicenseeKind.COMPANY,
        number=company_number(serial),
        name=f"保康县测试商贸有限公司{serial}",
        created_at=now,
        updated_at=now,
    )


async def material(owner: Licensee, department_id: int, **kw: object) -> Material:
    values: dict[str, object] = {
        "licensee_id": owner.id,
        "category": IDENTITY,
        "name": "营业执照",
        "issuer": "保康县市场监督管理局",
        "valid_from": date(2020, 1, 1),
        "valid_until": None,
        "department_id": department_id,
        "recorded_at": utc_now(),
    } | kw
    return await Material.create(**values)


async def test_l1_check_materials_missing_valid_and_expired() -> None:
    department = await make_department("SPJ")
    owner, other = await licensee(1), await licensee(2)
    license_ = await material(owner, department.id)
    expired = await material(
        owner,
        department.id,
        category=QUALIFICATION,
        name="食品经营许可证",
        valid_until=date(2026, 5, 31),
    )
    await material(other, department.id, category=QUALIFICATION, name="卫生许可证")

    required = [
        RequiredMaterial(IDENTITY, "营业执照"),
        RequiredMaterial(QUALIFICATION, "食品经营许可证"),
        RequiredMaterial(QUALIFICATION, "卫生许可证"),  # only another licensee has it
    ]
    checks = await check_materials(owner.id, required, ON)

    assert [c.required for c in checks] == required
    assert checks[0].material is not None and checks[0].material.id == license_.id
    assert checks[0].validity == MaterialValidity.VALID and checks[0].satisfied
    assert checks[1].material is not None and checks[1].material.id == expired.id
    assert checks[1].validity == MaterialValidity.EXPIRED and not checks[1].satisfied
    assert checks[2].material is None and checks[2].validity is None
    assert not checks[2].satisfied


async def test_l1_valid_material_is_not_asked_for_again_until_it_expires() -> None:
    department = await make_department("SPJ")
    owner = await licensee(1)
    await material(owner, department.id, valid_until=date(2026, 6, 30))
    required = [RequiredMaterial(IDENTITY, " 营业 执照")]
    assert (await check_materials(owner.id, required, date(2026, 6, 30)))[0].satisfied
    late = (await check_materials(owner.id, required, date(2026, 7, 1)))[0]
    assert late.validity == MaterialValidity.EXPIRED and not late.satisfied


async def test_l1_withdrawn_material_is_asked_for_again() -> None:
    department = await make_department("SPJ")
    owner = await licensee(1)
    await material(owner, department.id, withdrawn_at=utc_now(), withdrawal_reason="证照已注销")
    check = (await check_materials(owner.id, [RequiredMaterial(IDENTITY, "营业执照")], ON))[0]
    assert check.validity == MaterialValidity.WITHDRAWN and not check.satisfied


async def test_l1_check_materials_of_nothing_asks_nothing() -> None:
    assert await check_materials(1, [], ON) == []
