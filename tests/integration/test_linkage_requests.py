"""License requests (S4, 制度 Art 20, 28): the letter with evidence, review with a joint
meeting, the decision pushed back and the license status; audit (A1); typed errors
that change nothing."""

from __future__ import annotations

import pytest

from domain.attachments.models import Attachment
from domain.attachments.services import can_read
from domain.audit.models import AuditEvent
from domain.errors import ErrorCode, InvalidInput, NotFound, PermissionDenied
from domain.linkage.errors import (
    LicenseRequestStateInvalid,
    NotResponsibleDepartment,
    PushStateInvalid,
)
from domain.linkage.models import LicenseRequest, LinkageEvent, Push
from domain.linkage.rules import LicenseRequestKind, LicenseRequestStatus, LicenseStatus
from domain.linkage.services import requests
from tests.linkage_factories import make_linked_county, record
from tests.results_factories import claimed_task, evidence

pytestmark = pytest.mark.usefixtures("db", "clock")

REASON = "经复查，该单位拒不整改冷藏设施问题，建议撤销食品经营许可。"
BASIS = "《中华人民共和国行政许可法》第六十九条"


async def _snapshot() -> tuple[object, ...]:
    return (
        await LicenseRequest.all()
        .order_by("id")
        .values_list("status", "joint_meeting", "decision_document_number"),
        await Push.all().order_by("id").values_list("license_status", flat=True),
        await AuditEvent.all().count(),
        await LinkageEvent.all().count(),
        await Attachment.all().order_by("id").values_list("owner_type", "owner_id"),
    )


async def test_s4_request_review_with_joint_meeting_decision_pushed_back_license_revoked() -> None:
    county, catalogue = await make_linked_county()
    push, task = await claimed_task(county, catalogue, "BK-1")
    letter = await evidence(county, "scj.sup", 2)
    request = await requests.submit_license_request(
        county.actor("scj.sup"),
        push.id,
        LicenseRequestKind.REVOKE,
        REASON,
        BASIS,
        task_id=task.id,
        attachment_ids=letter,
    )
    assert (request.status, request.department_id, request.approval_department_id) == (
        LicenseRequestStatus.SUBMITTED,
        county.scj.id,
        county.spj.id,
    )
    assert (request.task_id, request.reason, request.legal_basis) == (task.id, REASON, BASIS)
    owners = await Attachment.filter(id__in=letter).values_list("owner_type", "owner_id")
    assert owners == [("LicenseRequest", request.id)] * 2
    received = await LinkageEvent.get(license_request_id=request.id)
    assert (received.kind, received.department_id, received.push_id, received.task_id) == (
        "LICENSE_REQUEST_RECEIVED",
        county.spj.id,
        push.id,
        task.id,
    )

    reviewed = await requests.review_license_request(
        county.actor("spj.officer"), request.id, joint_meeting=True, note="6 月 3 日召开联席会议"
    )
    assert (reviewed.status, reviewed.joint_meeting, reviewed.joint_meeting_note) == (
        LicenseRequestStatus.UNDER_REVIEW,
        True,
        "6 月 3 日召开联席会议",
    )
    decision = await evidence(county, "spj.admin")
    decided = await requests.decide_license_request(
        county.actor("spj.admin"),
        request.id,
        approved=True,
        decision_note="同意撤销。",
        decision_document_number="保审批撤〔2026〕1号",
        attachment_ids=decision,
    )
    assert decided.status == LicenseRequestStatus.APPROVED and decided.decided_at is not None
    assert (await Push.get(id=push.id)).license_status == LicenseStatus.REVOKED
    assert (await Attachment.get(id=decision[0])).owner_id == request.id
    # The decision is pushed back to the requesting department.
    events = (
        await LinkageEvent.filter(license_request_id=request.id)
        .order_by("id")
        .values_list("kind", "department_id")
    )
    assert events == [
        ("LICENSE_REQUEST_RECEIVED", county.spj.id),
        ("LICENSE_REQUEST_DECIDED", county.scj.id),
    ]
    # A1: every change on record, the license status with its before and after.
    actions = await AuditEvent.filter(
        target_type="LicenseRequest", target_id=request.id
    ).values_list("action", flat=True)
    assert sorted(actions) == [
        "license_request.decide",
        "license_request.review",
        "license_request.submit",
    ]
    status_change = await AuditEvent.get(action="push.license_status", target_id=push.id)
    assert (status_change.before["license_status"], status_change.after["license_status"]) == (
        "VALID",
        "REVOKED",
    )
    # A revoked license takes no further request.
    with pytest.raises(LicenseRequestStateInvalid):
        await requests.submit_license_request(
            county.actor("scj.sup"),
            push.id,
            LicenseRequestKind.CANCEL,
            REASON,
            attachment_ids=await evidence(county, "scj.sup"),
        )


@pytest.mark.parametrize(
    "kind,status",
    [
        (LicenseRequestKind.CHANGE, LicenseStatus.CHANGED),
        (LicenseRequestKind.WITHDRAW, LicenseStatus.WITHDRAWN),
        (LicenseRequestKind.CANCEL, LicenseStatus.CANCELLED),
    ],
)
async def test_s4_an_approved_request_sets_the_license_status_of_its_kind(
    kind: LicenseRequestKind, status: LicenseStatus
) -> None:
    county, catalogue = await make_linked_county()
    push, _ = await claimed_task(county, catalogue, "BK-1")
    request = await requests.submit_license_request(
        county.actor("scj.admin"),
        push.id,
        kind,
        REASON,
        attachment_ids=await evidence(county, "scj.admin"),
    )
    # Decided without a review (SUBMITTED → APPROVED).
    await requests.decide_license_request(
        county.actor("spj.officer"), request.id, True, "", "保审批〔2026〕7号"
    )
    assert (await Push.get(id=push.id)).license_status == status


async def test_s4_a_rejected_request_gives_reasons_and_leaves_the_license() -> None:
    county, catalogue = await make_linked_county()
    push, _ = await claimed_task(county, catalogue, "BK-1")
    request = await requests.submit_license_request(
        county.actor("scj.sup"),
        push.id,
        LicenseRequestKind.REVOKE,
        REASON,
        attachment_ids=await evidence(county, "scj.sup"),
    )
    with pytest.raises(InvalidInput) as no_reason:
        await requests.decide_license_request(county.actor("spj.officer"), request.id, False)
    assert no_reason.value.field == "decisionNote"
    with pytest.raises(InvalidInput) as no_number:
        await requests.decide_license_request(county.actor("spj.officer"), request.id, True)
    assert no_number.value.field == "decisionDocumentNumber"
    rejected = await requests.decide_license_request(
        county.actor("spj.officer"), request.id, False, "证据不足，请补充检查记录。"
    )
    assert rejected.status == LicenseRequestStatus.REJECTED
    assert (await Push.get(id=push.id)).license_status == LicenseStatus.VALID
    assert not await AuditEvent.filter(action="push.license_status").exists()
    decided = await LinkageEvent.get(kind="LICENSE_REQUEST_DECIDED")
    assert decided.department_id == county.scj.id
    # Decided: a new request of the same kind may follow (with more evidence).
    again = await requests.submit_license_request(
        county.actor("scj.sup"),
        push.id,
        LicenseRequestKind.REVOKE,
        REASON,
        attachment_ids=await evidence(county, "scj.sup"),
    )
    assert again.status == LicenseRequestStatus.SUBMITTED


async def test_s4_typed_errors_change_nothing() -> None:
    county, catalogue = await make_linked_county()
    push, task = await claimed_task(county, catalogue, "BK-1", serial=1)
    unclaimed = await record(county, catalogue, "BK-2", serial=2)
    sup = county.actor("scj.sup")
    letter = await evidence(county, "scj.sup")
    open_request = await requests.submit_license_request(
        sup, push.id, LicenseRequestKind.REVOKE, REASON, attachment_ids=letter
    )
    fresh = await evidence(county, "scj.sup")
    before = await _snapshot()
    with pytest.raises(LicenseRequestStateInvalid) as twice:  # one open request per kind
        await requests.submit_license_request(
            sup, push.id, LicenseRequestKind.REVOKE, REASON, attachment_ids=fresh
        )
    assert twice.value.code == ErrorCode.LICENSE_REQUEST_STATE_INVALID
    with pytest.raises(PushStateInvalid):
        await requests.submit_license_request(
            sup, unclaimed.id, LicenseRequestKind.REVOKE, REASON, attachment_ids=fresh
        )
    with pytest.raises(NotResponsibleDepartment):
        await requests.submit_license_request(
            county.actor("zjj.sup"), push.id, LicenseRequestKind.CHANGE, REASON
        )
    for username in ("spj.officer", "coordinator", "auditor"):
        with pytest.raises(PermissionDenied):
            await requests.submit_license_request(
                county.actor(username), push.id, LicenseRequestKind.CHANGE, REASON
            )
    with pytest.raises(NotFound):
        await requests.submit_license_request(sup, 999, LicenseRequestKind.CHANGE, REASON)
    invalid = [
        ({"reason": " "}, "reason"),
        ({"attachment_ids": ()}, "attachmentIds"),  # evidence required
        ({"attachment_ids": (*fresh, *letter)}, "attachmentIds"),  # attached already
        ({"task_id": task.id + 1}, "taskId"),
        ({"legal_basis": "法" * 5001}, "legalBasis"),
    ]
    for changes, field in invalid:
        arguments = {"reason": REASON, "attachment_ids": fresh, **changes}
        with pytest.raises(InvalidInput) as caught:
            await requests.submit_license_request(
                sup, push.id, LicenseRequestKind.CHANGE, **arguments
            )
        assert caught.value.field == field, changes
    # Only the approval department reviews and decides.
    for username in ("scj.sup", "scj.admin", "zjj.sup"):
        with pytest.raises((PermissionDenied, NotResponsibleDepartment)):
            await requests.review_license_request(county.actor(username), open_request.id)
        with pytest.raises((PermissionDenied, NotResponsibleDepartment)):
            await requests.decide_license_request(
                county.actor(username), open_request.id, True, "", "文号"
            )
    with pytest.raises(PermissionDenied):
        await requests.decide_license_request(
            county.actor("auditor"), open_request.id, True, "", "文号"
        )
    with pytest.raises(NotFound) as missing:
        await requests.review_license_request(county.actor("spj.officer"), 999)
    assert missing.value.field == "requestId"
    assert await _snapshot() == before

    officer = county.actor("spj.officer")
    await requests.review_license_request(officer, open_request.id)
    await requests.decide_license_request(officer, open_request.id, False, "不予同意")
    decided = await _snapshot()
    with pytest.raises(LicenseRequestStateInvalid):
        await requests.review_license_request(officer, open_request.id)
    with pytest.raises(LicenseRequestStateInvalid):
        await requests.decide_license_request(officer, open_request.id, True, "", "文号")
    assert await _snapshot() == decided


async def test_s4_the_letter_is_read_by_both_departments_only(clock: object) -> None:
    county, catalogue = await make_linked_county()
    push, _ = await claimed_task(county, catalogue, "BK-1")
    letter = await evidence(county, "scj.sup")
    await requests.submit_license_request(
        county.actor("scj.sup"), push.id, LicenseRequestKind.REVOKE, REASON, attachment_ids=letter
    )
    attachment = await Attachment.get(id=letter[0])
    readers = {
        username: await can_read(county.actor(username), attachment)
        for username in ("scj.sup", "spj.officer", "coordinator", "auditor", "zjj.sup")
    }
    assert readers == {
        "scj.sup": True,
        "spj.officer": True,
        "coordinator": True,
        "auditor": True,
        "zjj.sup": False,
    }


async def test_s4_once_revoked_an_open_request_of_another_kind_cannot_be_approved() -> None:
    county, catalogue = await make_linked_county()
    push, _ = await claimed_task(county, catalogue, "BK-1")
    sup, officer = county.actor("scj.sup"), county.actor("spj.officer")
    revoke = await requests.submit_license_request(
        sup,
        push.id,
        LicenseRequestKind.REVOKE,
        REASON,
        attachment_ids=await evidence(county, "scj.sup"),
    )
    cancel = await requests.submit_license_request(
        sup,
        push.id,
        LicenseRequestKind.CANCEL,
        REASON,
        attachment_ids=await evidence(county, "scj.sup"),
    )
    await requests.decide_license_request(officer, revoke.id, True, "", "保审批撤〔2026〕2号")
    before = await _snapshot()
    with pytest.raises(LicenseRequestStateInvalid):
        await requests.decide_license_request(officer, cancel.id, True, "", "保审批注〔2026〕1号")
    assert await _snapshot() == before
    rejected = await requests.decide_license_request(officer, cancel.id, False, "许可已撤销")
    assert rejected.status == LicenseRequestStatus.REJECTED
    assert (await Push.get(id=push.id)).license_status == LicenseStatus.REVOKED
