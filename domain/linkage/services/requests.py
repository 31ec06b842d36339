"""License requests (S4, 制度 Art 20, 28): change, withdraw, revoke, cancel.

The supervision department that supervises a license (a claimed push) writes to the
approval department that granted it: a letter with reasons, legal basis and evidence.
The approval department reviews it — it may convene a joint meeting — and decides;
the decision is pushed back to the requesting department. An approved request sets the
license status of the push. One open request per push and kind.

    SUBMITTED ──review──► UNDER_REVIEW ──decide──► APPROVED | REJECTED
        └──────────────────decide────────────────────┘
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.accounts.actor import Actor
from domain.attachments.services import attach, register_owner
from domain.audit.services import record
from domain.calendar.rules import local_date
from domain.clock import utc_now
from domain.credit.rules import CreditSource
from domain.credit.services import write_credit_record
from domain.errors import InvalidInput, NotFound
from domain.linkage import rules
from domain.linkage.errors import LicenseRequestStateInvalid, PushStateInvalid
from domain.linkage.models import LicenseRequest, Push, SupervisionTask
from domain.linkage.rules import (
    OPEN_LICENSE_REQUEST,
    LicenseRequestKind,
    LicenseRequestStatus,
    LinkageEventKind,
    PushStatus,
)
from domain.linkage.services import reads
from domain.linkage.services.common import (
    APPROVING_ROLES,
    SUPERVISING_ROLES,
    emit,
    require_role_in_department,
)
from domain.transaction import transaction

OWNER_TYPE = "LicenseRequest"


async def _push(push_id: int) -> Push:
    push = await Push.get_or_none(id=push_id)
    if push is None:
        raise NotFound("推送不存在。", field="pushId")
    return push


async def _request(request_id: int) -> LicenseRequest:
    request = await LicenseRequest.get_or_none(id=request_id)
    if request is None:
        raise NotFound("申请不存在。", field="requestId")
    return request


def _check_claimed(push: Push) -> None:
    if push.status != PushStatus.CLAIMED:
        raise PushStateInvalid(
            f"该推送当前状态（{rules.STATUS_NAMES[push.status]}）不能提出申请：须先认领并监管。"
        )


async def submit_license_request(
    actor: Actor,
    push_id: int,
    kind: LicenseRequestKind,
    reason: str,
    legal_basis: str = "",
    task_id: int | None = None,
    attachment_ids: Sequence[int] = (),
) -> LicenseRequest:
    """S4: the supervising department asks the approval department to change, withdraw,
    revoke or cancel a license, with evidence (at least one attachment)."""
    push = await _push(push_id)
    require_role_in_department(actor, SUPERVISING_ROLES, push.department_id, "监管人员或部门管理员")
    _check_claimed(push)
    clean = rules.clean_license_request(kind, reason, legal_basis, tuple(attachment_ids))
    if task_id is not None and not await SupervisionTask.exists(id=task_id, push_id=push.id):
        raise InvalidInput("该监管任务不属于此推送。", field="taskId")
    rules.check_license_in_force(push.license_status)
    async with transaction():
        push = await Push.select_for_update().get(id=push.id)  # one open request per kind
        _check_claimed(push)
        rules.check_license_in_force(push.license_status)
        if await LicenseRequest.exists(
            push_id=push.id, kind=clean.kind, status__in=list(OPEN_LICENSE_REQUEST)
        ):
            raise LicenseRequestStateInvalid(
                f"该许可已有一份未决定的{rules.LICENSE_REQUEST_KIND_NAMES[clean.kind]}申请。"
            )
        assert push.department_id is not None
        now = utc_now()
        request = await LicenseRequest.create(
            push_id=push.id,
            task_id=task_id,
            kind=clean.kind,
            department_id=push.department_id,
            approval_department_id=push.approval_department_id,
            reason=clean.reason,
            legal_basis=clean.legal_basis,
            status=LicenseRequestStatus.SUBMITTED,
            submitted_at=now,
            submitted_by_id=actor.user_id,
            updated_at=now,
        )
        await attach(actor, attachment_ids, owner_type=OWNER_TYPE, owner_id=request.id)
        await record(
            actor,
            "license_request.submit",
            target_type="LicenseRequest",
            target_id=request.id,
            before=None,
            after=request.snapshot(),
            department_id=request.department_id,
        )
        await emit(
            LinkageEventKind.LICENSE_REQUEST_RECEIVED,
            department_id=request.approval_department_id,
            push_id=push.id,
            task_id=task_id,
            license_request_id=request.id,
            at=now,
        )
    return request


async def review_license_request(
    actor: Actor, request_id: int, joint_meeting: bool = False, note: str = ""
) -> LicenseRequest:
    """S4: the approval department starts reviewing the request, recording whether it
    convened a joint meeting (联席会议) and its note."""
    request = await _request(request_id)
    require_role_in_department(
        actor, APPROVING_ROLES, request.approval_department_id, "审批人员或部门管理员"
    )
    note = rules.clean_text(note, field="note", maximum=rules.TEXT_MAX)
    rules.check_review(request.status)
    async with transaction():
        request = await LicenseRequest.select_for_update().get(id=request.id)
        rules.check_review(request.status)
        before = request.snapshot()
        request.status = LicenseRequestStatus.UNDER_REVIEW
        request.joint_meeting = joint_meeting
        request.joint_meeting_note = note
        request.updated_at = utc_now()
        await request.save()
        await record(
            actor,
            "license_request.review",
            target_type="LicenseRequest",
            target_id=request.id,
            before=before,
            after=request.snapshot(),
            department_id=request.approval_department_id,
        )
    return request


async def decide_license_request(
    actor: Actor,
    request_id: int,
    approved: bool,
    decision_note: str = "",
    decision_document_number: str = "",
    attachment_ids: Sequence[int] = (),
) -> LicenseRequest:
    """S4: the approval department decides; approved sets the license status of the
    push; the decision is pushed back to the requesting department."""
    request = await _request(request_id)
    require_role_in_department(
        actor, APPROVING_ROLES, request.approval_department_id, "审批人员或部门管理员"
    )
    clean = rules.clean_request_decision(approved, decision_note, decision_document_number)
    rules.check_decide(request.status)
    async with transaction():
        request = await LicenseRequest.select_for_update().get(id=request.id)
        rules.check_decide(request.status)
        push = await Push.select_for_update().get(id=request.push_id)
        if clean.approved:
            rules.check_license_in_force(push.license_status)
        now = utc_now()
        before = request.snapshot()
        request.status = (
            LicenseRequestStatus.APPROVED if clean.approved else LicenseRequestStatus.REJECTED
        )
        request.decision_note = clean.decision_note
        request.decision_document_number = clean.decision_document_number
        request.decided_at = now
        request.decided_by_id = actor.user_id
        request.updated_at = now
        await request.save()
        await attach(actor, attachment_ids, owner_type=OWNER_TYPE, owner_id=request.id)
        await record(
            actor,
            "license_request.decide",
            target_type="LicenseRequest",
            target_id=request.id,
            before=before,
            after=request.snapshot(),
            department_id=request.approval_department_id,
        )
        if clean.approved:
            push_before = push.snapshot()
            push.license_status = rules.license_status_after(request.kind)
            push.updated_at = now
            await push.save(update_fields=["license_status", "updated_at"])
            await record(
                actor,
                "push.license_status",
                target_type="Push",
                target_id=push.id,
                before=push_before,
                after={**push.snapshot(), "license_request_id": request.id},
                department_id=request.approval_department_id,
            )
            if request.kind == LicenseRequestKind.REVOKE:  # R1: source revocation
                await write_credit_record(
                    actor,
                    licensee_id=push.licensee_id,
                    source=CreditSource.REVOCATION,
                    occurred_on=local_date(now),
                    department_id=request.approval_department_id,
                    description=f"撤销许可（{push.document_number}）：{request.reason}",
                    subject_type="LicenseRequest",
                    subject_id=request.id,
                )
        await emit(
            LinkageEventKind.LICENSE_REQUEST_DECIDED,
            department_id=request.department_id,
            push_id=request.push_id,
            task_id=request.task_id,
            license_request_id=request.id,
            at=now,
        )
    return request


async def can_read_request(actor: Actor, request_id: int) -> bool:
    """Who reads a request (and its evidence and decision document): the requesting
    and the approval department, the coordination group, auditors, API tokens of those."""
    if not actor.is_authenticated:
        return False
    return await reads.visible_license_request(actor, request_id) is not None


register_owner(OWNER_TYPE, can_read_request)
