"""The materials store's use cases (L1): add with the scanned document and audit (A1),
correct, withdraw with a reason (never deleted), who may do what, reads by licensee,
category and validity, typed errors that change nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.accounts.actor import Actor
from domain.accounts.errors import ReadOnlyToken
from domain.attachments.models import Attachment
from domain.attachments.services import can_read
from domain.audit.models import AuditEvent
from domain.clock import utc_now
from domain.errors import InvalidInput, NotFound, PermissionDenied
from domain.linkage.models import Licensee
from domain.linkage.rules import LicenseeKind
from domain.materials import services as store
from domain.materials.errors import MaterialStateInvalid
from domain.materials.models import Material
from domain.materials.rules import MaterialCategory, MaterialData, MaterialValidity
from tests.catalogue_factories import County, make_county
from tests.linkage_factories import company_number, person_number
from tests.results_factories import evidence

pytestmark = pytest.mark.usefixtures("db", "clock")

TODAY = date(2026, 6, 1)
NUMBER = company_number(1)
TOKEN = Actor(None, "token:all", None, token_id=1)


def data(**kw: object) -> MaterialData:
    values: dict[str, object] = {
        "category": MaterialCategory.QUALIFICATION,
        "name": "食品经营许可证",
        "issuer": "保康县行政审批局",
        "valid_from": date(2025, 1, 1),
        "valid_until": date(2030, 12, 31),
        "document_number": "JY14206260000001",
    } | kw
    return MaterialData(**values)  # type: ignore[arg-type]


async def _county() -> County:
    county = await make_county()
    now = utc_now()
    for number, kind in ((NUMBER, LicenseeKind.COMPANY), (person_number(7), LicenseeKind.PERSON)):
        await Licensee.create(
            kind=kind, number=number, name=f"相对人{number[-4:]}", created_at=now, updated_at=now
        )
    return county


async def _snapshot() -> tuple[object, ...]:
    return (
        await Material.all()
        .order_by("id")
        .values_list("id", "name", "valid_until", "withdrawn_at", "withdrawal_reason"),
        await AuditEvent.filter(target_type="Material").count(),
        await Attachment.filter(owner_type__isnull=False).count(),
    )


async def test_l1_officer_adds_material_with_document_and_audit() -> None:
    county = await _county()
    files = await evidence(county, "spj.officer")
    row = await store.add_material(
        county.actor("spj.officer"), f" {NUMBER.lower()} ", data(attachment_ids=files)
    )
    assert row.department_id == county.spj.id
    assert row.recorded_by_id == county.users["spj.officer"].id
    assert (await Licensee.get(id=row.licensee_id)).number == NUMBER
    audit = await AuditEvent.get(target_type="Material", target_id=str(row.id))
    assert audit.action == "material.add" and audit.after["name"] == "食品经营许可证"
    document = await Attachment.get(id=files[0])
    assert (document.owner_type, document.owner_id) == (store.MATERIAL_OWNER, row.id)
    # L1: supervision staff read it, and its scanned document.
    assert await can_read(county.actor("zjj.sup"), document)
    assert not await can_read(county.actor("admin"), document)


@pytest.mark.parametrize("username", ["spj.officer", "scj.sup", "scj.admin", "spj.admin"])
async def test_l1_approval_and_supervision_staff_add_materials(username: str) -> None:
    county = await _county()
    row = await store.add_material(county.actor(username), NUMBER, data())
    assert row.department_id == county.users[username].department_id


@pytest.mark.parametrize(
    ("username", "error"),
    [
        ("coordinator", PermissionDenied),
        ("auditor", PermissionDenied),
        ("admin", PermissionDenied),
        (None, ReadOnlyToken),
    ],
)
async def test_l1_others_cannot_add_materials(username: str | None, error: type) -> None:
    county = await _county()
    actor = county.actor(username) if username else TOKEN
    before = await _snapshot()
    with pytest.raises(error):
        await store.add_material(actor, NUMBER, data())
    assert await _snapshot() == before


@pytest.mark.parametrize(
    ("number", "field_errors"),
    [("91420626MA0000001X", "licenseeNumber"), (company_number(99), "licenseeNumber")],
)
async def test_p6_wrong_check_digit_or_unknown_licensee_is_named(
    number: str, field_errors: str
) -> None:
    county = await _county()
    with pytest.raises((InvalidInput, NotFound)) as info:
        await store.add_material(county.actor("spj.officer"), number, data())
    assert info.value.field == field_errors
    assert await Material.all().count() == 0


async def test_l1_valid_until_before_valid_from_changes_nothing() -> None:
    county = await _county()
    files = await evidence(county, "spj.officer")
    before = await _snapshot()
    with pytest.raises(InvalidInput) as info:
        await store.add_material(
            county.actor("spj.officer"),
            NUMBER,
            data(valid_until=date(2024, 12, 31), attachment_ids=files),
        )
    assert info.value.field == "validUntil"
    assert await _snapshot() == before


async def test_l1_recording_department_corrects_material_audited() -> None:
    county = await _county()
    row = await store.add_material(county.actor("spj.officer"), NUMBER, data())
    fixed = await store.update_material(
        county.actor("spj.admin"),
        row.id,
        data(valid_until=date(2031, 6, 30), name="食品经营许可证 "),
    )
    assert fixed.valid_until == date(2031, 6, 30) and fixed.licensee_id == row.licensee_id
    assert fixed.corrected_by_id == county.users["spj.admin"].id
    audit = await AuditEvent.get(target_type="Material", action="material.update")
    assert audit.before["valid_until"] == "2030-12-31"
    assert audit.after["valid_until"] == "2031-06-30"


async def test_l1_other_department_cannot_correct_or_withdraw() -> None:
    county = await _county()
    row = await store.add_material(county.actor("spj.officer"), NUMBER, data())
    before = await _snapshot()
    with pytest.raises(PermissionDenied):
        await store.update_material(county.actor("scj.sup"), row.id, data(name="改名"))
    with pytest.raises(PermissionDenied):
        await store.withdraw_material(county.actor("scj.sup"), row.id, "不需要")
    with pytest.raises(NotFound):
        await store.withdraw_material(county.actor("spj.officer"), row.id + 100, "不需要")
    assert await _snapshot() == before


async def test_l1_withdrawn_with_reason_stays_in_the_store() -> None:
    county = await _county()
    row = await store.add_material(county.actor("spj.officer"), NUMBER, data())
    with pytest.raises(InvalidInput) as info:
        await store.withdraw_material(county.actor("spj.officer"), row.id, "  ")
    assert info.value.field == "reason"
    gone = await store.withdraw_material(county.actor("spj.officer"), row.id, "许可证已注销")
    assert gone.withdrawal_reason == "许可证已注销" and gone.withdrawn_at is not None
    assert await Material.filter(id=row.id).exists()
    audit = await AuditEvent.get(target_type="Material", action="material.withdraw")
    assert audit.after["withdrawal_reason"] == "许可证已注销"
    before = await _snapshot()
    with pytest.raises(MaterialStateInvalid):
        await store.withdraw_material(county.actor("spj.officer"), row.id, "再撤一次")
    with pytest.raises(MaterialStateInvalid):
        await store.update_material(county.actor("spj.officer"), row.id, data())
    assert await _snapshot() == before


async def test_l1_reads_by_licensee_category_and_validity() -> None:
    county = await _county()
    officer = county.actor("spj.officer")
    valid = await store.add_material(officer, NUMBER, data())
    expired = await store.add_material(
        officer, NUMBER, data(name="旧许可证", valid_until=TODAY - timedelta(days=1))
    )
    future = await store.add_material(
        officer, NUMBER, data(category=MaterialCategory.IDENTITY, valid_from=TODAY + timedelta(1))
    )
    withdrawn = await store.add_material(officer, NUMBER, data(name="错录"))
    await store.withdraw_material(officer, withdrawn.id, "录入错误")
    other = await store.add_material(officer, person_number(7), data())
    licensee = await store.licensee_by_number(NUMBER)

    async def ids(reader: Actor, **kw: object) -> set[int]:
        query = store.materials(reader, store.MaterialFilter(**kw), TODAY)  # type: ignore[arg-type]
        return {row.id for row in await query}

    reader = county.actor("zjj.sup")
    assert await ids(reader, licensee_id=licensee.id) == {
        valid.id,
        expired.id,
        future.id,
        withdrawn.id,
    }
    assert await ids(reader, validity=MaterialValidity.VALID) == {valid.id, other.id}
    assert await ids(reader, validity=MaterialValidity.EXPIRED) == {expired.id}
    assert await ids(reader, validity=MaterialValidity.NOT_YET_VALID) == {future.id}
    assert await ids(reader, validity=MaterialValidity.WITHDRAWN) == {withdrawn.id}
    assert await ids(TOKEN, category=MaterialCategory.IDENTITY) == {future.id}
    assert len(await ids(county.actor("auditor"), department_id=county.spj.id)) == 5
    with pytest.raises(PermissionDenied):
        store.materials(county.actor("admin"), store.MaterialFilter(), TODAY)
