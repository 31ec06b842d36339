"""K4 事后核查 and K5 承诺不实 on a database: the push of a post-verification commitment,
its task due within the item's verification period, the result pushed back within 3
working days of the verification (late recorded, T4); an untrue commitment through
rectification (S3), the revocation request (S4) and the revocation with the credit
records, a blacklist entry and a judicial referral."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from domain.audit.models import AuditEvent
from domain.calendar import services as calendar_services
from domain.calendar.rules import SHANGHAI, end_of_day
from domain.catalogue.rules import CommitmentMode
from domain.clock import FixedClock
from domain.commitments.models import Commitment
from domain.commitments.rules import CommitmentStatus, RevocationReason, VerificationOutcome
from domain.commitments.services import commitments
from domain.commitments.services.commitments import RevocationData
from domain.commitments.services.verification import VerificationData, record_verification
from domain.credit.models import BlacklistEntry, CreditRecord
from domain.credit.rules import CreditSource
from domain.errors import Conflict, InvalidInput, PermissionDenied
from domain.linkage.models import Push, SupervisionTask
from domain.linkage.rules import (
    FollowUpData,
    FollowUpOutcome,
    LicenseRequestKind,
    LicenseStatus,
    ResultKind,
    TaskStatus,
)
from domain.linkage.services import claims, feedback, requests
from tests.catalogue_factories import County
from tests.commitment_factories import (
    Items,
    credit_check,
    issue_data,
    make_commitment,
    make_commitment_county,
)
from tests.linkage_factories import company_number
from tests.results_factories import evidence

pytestmark = pytest.mark.usefixtures("db", "clock")

NUMBER = company_number(1)


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=SHANGHAI).astimezone(UTC)


async def issued_post_verification(county: County, items: Items) -> tuple[Commitment, Push]:
    await calendar_services.seed_from_package()
    row = await make_commitment(
        county,
        items,
        await credit_check(county, NUMBER),
        mode=CommitmentMode.POST_VERIFICATION,
        materials=[],
        due_on=None,
    )
    assert row.deadline_id is None and row.status == CommitmentStatus.PENDING
    issued = await commitments.issue_committed_license(
        county.actor("spj.officer"), issue_data(row, handed_in_materials=[])
    )
    return issued, await Push.get(id=issued.push_id)


async def test_k4_post_verification_is_issued_at_once_and_its_task_is_due_within_the_period(
    clock: FixedClock,
) -> None:
    county, items = await make_commitment_county()
    row, push = await issued_post_verification(county, items)
    assert (row.status, push.department_id, push.verification_period_working_days) == (
        CommitmentStatus.ISSUED,
        county.scj.id,
        20,
    )
    assert push.commitment_content.startswith("告知承诺（事后核查）")
    task = await claims.claim_push(county.actor("scj.sup"), push.id)  # within 3 working days
    assert (await Push.get(id=push.id)).claim_late_working_days == 0
    # Mon 1 June 2026 + 20 working days (Dragon Boat Festival 19 June off) = Tue 30 June.
    assert task.due_at == end_of_day(date(2026, 6, 30))


async def test_k4_the_result_is_pushed_back_within_3_working_days_of_the_verification(
    clock: FixedClock,
) -> None:
    county, items = await make_commitment_county()
    row, push = await issued_post_verification(county, items)
    await claims.claim_push(county.actor("scj.sup"), push.id)
    clock.set(at(date(2026, 6, 4)))
    data = VerificationData(
        row.id, VerificationOutcome.TRUE, at(date(2026, 6, 2), 15), "现场核查：与承诺一致。"
    )
    with pytest.raises(PermissionDenied):  # the approval department does not verify
        await record_verification(county.actor("spj.officer"), data)
    verified = await record_verification(county.actor("scj.sup"), data)
    assert (verified.status, verified.result_late_working_days) == (CommitmentStatus.VERIFIED, 0)
    task = await SupervisionTask.get(push_id=push.id)
    assert (task.status, task.result) == (TaskStatus.COMPLETED, ResultKind.COMPLIANT)
    assert await AuditEvent.filter(action="commitment.verify", target_id=str(row.id)).exists()
    with pytest.raises(Conflict):
        await record_verification(county.actor("scj.sup"), data)


async def test_k4_a_result_pushed_back_late_records_the_working_days_late(
    clock: FixedClock,
) -> None:
    county, items = await make_commitment_county()
    row, push = await issued_post_verification(county, items)
    await claims.claim_push(county.actor("scj.sup"), push.id)
    # Verified Tue 2 June: due Fri 5 June; pushed back Tue 9 June = 2 working days late.
    clock.set(at(date(2026, 6, 9)))
    verified = await record_verification(
        county.actor("scj.sup"),
        VerificationData(row.id, VerificationOutcome.TRUE, at(date(2026, 6, 2)), "属实。"),
    )
    assert verified.result_late_working_days == 2


async def test_k4_verification_needs_a_claimed_task(clock: FixedClock) -> None:
    county, items = await make_commitment_county()
    row, _ = await issued_post_verification(county, items)
    with pytest.raises(InvalidInput) as raised:
        await record_verification(
            county.actor("scj.sup"),
            VerificationData(row.id, VerificationOutcome.TRUE, at(date(2026, 6, 1)), "属实。"),
        )
    assert "认领" in raised.value.message


async def test_k5_untrue_rectification_revocation_request_then_revoked_with_credit_records(
    clock: FixedClock,
) -> None:
    county, items = await make_commitment_county()
    row, push = await issued_post_verification(county, items)
    task = await claims.claim_push(county.actor("scj.sup"), push.id)
    with pytest.raises(InvalidInput) as raised:
        await record_verification(
            county.actor("scj.sup"),
            VerificationData(row.id, VerificationOutcome.UNTRUE, at(date(2026, 6, 1)), "不符。"),
        )
    assert raised.value.field == "rectificationDueOn"
    untrue = await record_verification(
        county.actor("scj.sup"),
        VerificationData(
            row.id,
            VerificationOutcome.UNTRUE,
            at(date(2026, 6, 1)),
            "经营场所与承诺不符。",
            rectification_due_on=date(2026, 6, 15),
        ),
    )
    assert untrue.status == CommitmentStatus.UNTRUE
    assert (await SupervisionTask.get(id=task.id)).status == TaskStatus.RECTIFYING
    # S3: not rectified → revocation recommended.
    clock.set(at(date(2026, 6, 16)))
    await feedback.record_follow_up(
        county.actor("scj.sup"),
        task.id,
        FollowUpData(FollowUpOutcome.REFUSED, at(date(2026, 6, 16), 9), "拒不整改。"),
    )
    revoke = RevocationData(
        row.id,
        RevocationReason.UNTRUE,
        "承诺不实且拒不整改。",
        blacklist=True,
        blacklist_legal_basis="《保康县审批监管协调联动工作制度》第二十三条",
        judicial_referral=True,
        referral_note="涉嫌提供虚假材料。",
    )
    with pytest.raises(InvalidInput) as raised:  # the license is not revoked yet (S4)
        await commitments.revoke_commitment(county.actor("spj.admin"), revoke)
    assert "撤销申请" in raised.value.message
    # S4: the revocation request, approved by the approval department.
    request = await requests.submit_license_request(
        county.actor("scj.sup"),
        push.id,
        LicenseRequestKind.REVOKE,
        "承诺不实，拒不整改，建议撤销许可。",
        task_id=task.id,
        attachment_ids=await evidence(county, "scj.sup"),
    )
    await requests.decide_license_request(
        county.actor("spj.admin"), request.id, True, decision_document_number="保行审撤〔2026〕1号"
    )
    assert (await Push.get(id=push.id)).license_status == LicenseStatus.REVOKED
    revoked = await commitments.revoke_commitment(county.actor("spj.admin"), revoke)
    assert (revoked.status, revoked.revocation_reason) == (
        CommitmentStatus.REVOKED,
        RevocationReason.UNTRUE,
    )
    sources = await CreditRecord.filter(licensee_id=row.licensee_id).values_list(
        "source", flat=True
    )
    assert sorted(sources) == sorted(
        [CreditSource.REVOCATION, CreditSource.UNTRUE_COMMITMENT, CreditSource.JUDICIAL_REFERRAL]
    )
    entry = await BlacklistEntry.get(id=revoked.blacklist_entry_id)
    assert entry.licensee_id == row.licensee_id and entry.removed_at is None
    again = await credit_check(county, NUMBER)
    assert not again.allowed and again.blacklisted


# ---- K3 材料核验 ----------------------------------------------------------------------------


async def test_k3_an_expired_or_missing_material_blocks_issuing_with_a_message_each() -> None:
    from domain.materials.rules import MaterialCategory, MaterialData, RequiredMaterial
    from domain.materials.services import add_material

    county, items = await make_commitment_county()
    required = [
        RequiredMaterial(MaterialCategory.IDENTITY, "营业执照"),
        RequiredMaterial(MaterialCategory.QUALIFICATION, "从业人员健康证明"),
        RequiredMaterial(MaterialCategory.PROPERTY, "经营场所产权证明"),
    ]
    row = await make_commitment(
        county,
        items,
        await credit_check(county, NUMBER),
        mode=CommitmentMode.MATERIAL_VERIFICATION,
        materials=[],
        due_on=None,
        required_materials=required,
    )
    officer = county.actor("spj.officer")
    await add_material(
        officer,
        NUMBER,
        MaterialData(
            MaterialCategory.IDENTITY, "营业执照", "保康县市场监督管理局", date(2020, 1, 1)
        ),
    )
    await add_material(
        officer,
        NUMBER,
        MaterialData(
            MaterialCategory.QUALIFICATION,
            "从业人员健康证明",
            "保康县疾控中心",
            date(2025, 1, 1),
            date(2026, 5, 31),
        ),
    )
    with pytest.raises(InvalidInput) as raised:
        await commitments.issue_committed_license(officer, issue_data(row, handed_in_materials=[]))
    message = raised.value.message
    assert raised.value.field == "requiredMaterials"
    assert "资格类“从业人员健康证明”已于 2026-05-31 过期" in message
    assert "财产类“经营场所产权证明”在证照材料库中不存在" in message
    assert "营业执照" not in message  # valid: not asked for again (L1)
    assert (await Commitment.get(id=row.id)).status == CommitmentStatus.PENDING
    for category, name in [
        (MaterialCategory.QUALIFICATION, "从业人员健康证明"),
        (MaterialCategory.PROPERTY, "经营场所产权证明"),
    ]:
        await add_material(
            officer, NUMBER, MaterialData(category, name, "发证机关", date(2026, 6, 1))
        )
    issued = await commitments.issue_committed_license(
        officer, issue_data(row, handed_in_materials=[])
    )
    assert issued.status == CommitmentStatus.ISSUED and issued.push_id is not None
