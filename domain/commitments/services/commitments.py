"""Commitments (K2–K5): an approval officer accepts a commitment relying on an allowed
credit check (K1), issues the license when its mode's condition is met — every promised
material handed in (K2 材料延期), every required material valid in the store (K3 材料核验),
at once (K4 事后核查) — which records the approval decision and pushes it (P1), and
revokes it when overdue (K2) or found untrue (K5), writing the credit record (R1),
optionally a blacklist entry (R2) and a judicial referral.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor
from domain.accounts.policy import Operation, department_scope
from domain.audit.services import record
from domain.calendar.rules import local_date, start_of_day
from domain.catalogue.models import ApprovalItem, HandlingItem
from domain.catalogue.rules import COMMITMENT_MODE_NAMES, CommitmentMode
from domain.clock import utc_now
from domain.commitments import rules
from domain.commitments.errors import CommitmentNotFound
from domain.commitments.models import Commitment
from domain.commitments.services.checks import approving_department, usable_check
from domain.commitments.services.materials import material_problems
from domain.credit import services as credit
from domain.credit.rules import BlacklistData, CreditSource
from domain.deadlines.models import Deadline
from domain.deadlines.services import close_if_open, is_overdue, open_deadline
from domain.errors import InvalidInput, NotFound
from domain.linkage.models import Licensee, Push
from domain.linkage.rules import (
    ApprovalDecision,
    CleanLicensee,
    LicenseeData,
    LicenseeKind,
    LicenseStatus,
)
from domain.linkage.services.pushes import record_approval_decision, upsert_licensee
from domain.transaction import transaction

SUBJECT = "Commitment"


async def _handling_item(handling_item_id: int, department_id: int) -> HandlingItem:
    item = await HandlingItem.get_or_none(id=handling_item_id).prefetch_related("approval_item")
    if item is None or not item.is_active:
        raise NotFound("业务办理项不存在或已停用。", field="handlingItemId")
    if item.approval_item.department_id != department_id:
        raise InvalidInput("该业务办理项不属于本审批部门。", field="handlingItemId")
    return item


async def create_commitment(actor: Actor, data: rules.CommitmentData) -> Commitment:
    """K2–K4: accept a commitment of the applicant the credit check was run on."""
    department_id = await approving_department(actor)
    handling = await _handling_item(data.handling_item_id, department_id)
    item = handling.approval_item
    if not item.commitment_eligible:
        raise InvalidInput(f"审批事项“{item.name}”不适用告知承诺制。", field="handlingItemId")
    today = local_date(utc_now())
    clean = rules.clean_commitment(data, modes=item.commitment_modes, today=today)
    check = await usable_check(
        data.credit_check_id, department_id=department_id, approval_item_id=item.id
    )
    now = utc_now()
    async with transaction():
        licensee = await upsert_licensee(
            actor,
            CleanLicensee(
                kind=LicenseeKind(check.licensee_kind),
                number=check.licensee_number,
                name=clean.licensee_name,
                contact_phone=clean.contact_phone,
                address=clean.address,
                legal_representative=clean.legal_representative,
            ),
            department_id=department_id,
        )
        row = await Commitment.create(
            department_id=department_id,
            licensee_id=licensee.id,
            handling_item_id=handling.id,
            approval_item_id=item.id,
            approval_item_name=item.name,
            mode=clean.mode,
            credit_check_id=check.id,
            content=clean.content,
            materials=list(clean.materials),
            required_materials=[
                {"category": m.category.value, "name": m.name} for m in clean.required_materials
            ],
            contact_phone=clean.contact_phone,
            contact_email=clean.contact_email,
            status=rules.CommitmentStatus.PENDING,
            created_at=now,
            created_by_id=actor.user_id,
            updated_at=now,
        )
        if clean.mode == CommitmentMode.DEFERRED_MATERIALS:
            deadline = await _open_promise_deadline(actor, row, clean, now)
            row.deadline_id, row.due_at = deadline.id, deadline.due_at
            await row.save(update_fields=["deadline_id", "due_at"])
        await record(
            actor,
            "commitment.create",
            target_type=SUBJECT,
            target_id=row.id,
            before=None,
            after=row.snapshot(),
            department_id=department_id,
        )
    return row


async def _open_promise_deadline(
    actor: Actor, row: Commitment, clean: rules.CleanCommitment, now: datetime
) -> Deadline:
    """K2: the promise deadline — N working days from today (T2), or the end of the
    promised day (fixed: a calendar change does not move a promised date)."""
    common = {
        "subject_type": SUBJECT,
        "subject_id": row.id,
        "kind": rules.MATERIALS_DEADLINE,
        "department_id": row.department_id,
    }
    if clean.due_working_days is not None:
        return await open_deadline(
            actor, started_at=now, working_days=clean.due_working_days, **common
        )
    assert clean.due_on is not None
    return await open_deadline(
        actor, started_at=start_of_day(clean.due_on), same_day=True, **common
    )


async def _own_commitment(actor: Actor, commitment_id: int) -> tuple[int, Commitment]:
    department_id = await approving_department(actor)
    row = await Commitment.get_or_none(id=commitment_id)
    if row is None or row.department_id != department_id:
        raise CommitmentNotFound("告知承诺不存在。", field="commitmentId")
    return department_id, row


@dataclass(frozen=True)
class IssueData:
    """The license decided on a commitment (P1's fields not already known)."""

    commitment_id: int
    document_number: str
    license_content: str
    valid_from: date | None = None
    valid_until: date | None = None
    handling_opinion: str = ""
    handed_in_materials: Sequence[str] = ()  # K2: the promised ones, handed in
    attachment_ids: Sequence[int] = field(default_factory=tuple)


async def issue_committed_license(actor: Actor, data: IssueData) -> Commitment:
    """K2/K3/K4: issue the license on the commitment and push it (P1), in one transaction."""
    department_id, row = await _own_commitment(actor, data.commitment_id)
    handed_in = rules.clean_materials(data.handed_in_materials, field="handedInMaterials")
    rules.check_issue(
        rules.CommitmentStatus(row.status), rules.CommitmentMode(row.mode), row.materials, handed_in
    )
    today = local_date(utc_now())
    if row.mode == CommitmentMode.MATERIAL_VERIFICATION:
        problems = await material_problems(row, today)
        if problems:
            raise InvalidInput(
                "材料核验未通过：" + "；".join(p.message for p in problems) + "。",
                field="requiredMaterials",
            )
    licensee = await Licensee.get(id=row.licensee_id)
    decision = ApprovalDecision(
        handling_item=row.handling_item_id,
        document_number=data.document_number,
        licensee=LicenseeData(
            number=licensee.number,
            name=licensee.name,
            contact_phone=row.contact_phone or licensee.contact_phone,
            address=licensee.address,
            legal_representative=licensee.legal_representative,
        ),
        license_date=today,
        valid_from=data.valid_from,
        valid_until=data.valid_until,
        license_content=data.license_content,
        materials=list(handed_in or row.materials),
        handling_opinion=data.handling_opinion,
        commitment_content=(
            f"告知承诺（{COMMITMENT_MODE_NAMES[CommitmentMode(row.mode)]}）：{row.content}"
        ),
        approval_department_id=department_id,
        attachment_ids=list(data.attachment_ids),
    )
    async with transaction():
        row = await Commitment.select_for_update().get(id=row.id)
        rules.check_issue(
            rules.CommitmentStatus(row.status),
            rules.CommitmentMode(row.mode),
            row.materials,
            handed_in,
        )
        before = row.snapshot()
        now = utc_now()
        push = await record_approval_decision(actor, decision)
        if row.mode == CommitmentMode.POST_VERIFICATION:
            # K4: the push's task is due within the item's verification period (核查期限).
            item = await ApprovalItem.get(id=row.approval_item_id)
            push.verification_period_working_days = item.verification_period_working_days
            await push.save(update_fields=["verification_period_working_days"])
        row.materials_late_working_days = await close_if_open(actor, row.deadline_id, now)
        row.status = rules.CommitmentStatus.ISSUED
        row.push_id, row.issued_at, row.updated_at = push.id, now, now
        row.handed_in_materials = list(handed_in)
        await row.save()
        await record(
            actor,
            "commitment.issue",
            target_type=SUBJECT,
            target_id=row.id,
            before=before,
            after=row.snapshot(),
            department_id=department_id,
        )
    return row


@dataclass(frozen=True)
class RevocationData:
    commitment_id: int
    reason: rules.RevocationReason
    note: str
    # R2: a blacklist entry (the roles MANAGE_BLACKLIST allows: the approval
    # department's admin), with its legal basis; K5: a judicial referral recorded.
    blacklist: bool = False
    blacklist_legal_basis: str = ""
    judicial_referral: bool = False
    referral_note: str = ""


async def revoke_commitment(actor: Actor, data: RevocationData) -> Commitment:
    """K2: an overdue 材料延期 commitment; K5: an untrue one whose license was revoked
    through the revocation request (S4). Writes the credit record (overdue / untrue
    commitment), and where chosen a judicial referral record and a blacklist entry."""
    department_id, row = await _own_commitment(actor, data.commitment_id)
    note = rules.clean_text(data.note, field="note", maximum=rules.TEXT_MAX, required=True)
    now = utc_now()
    today = local_date(now)
    async with transaction():
        row = await Commitment.select_for_update().get(id=row.id)
        deadline = None if row.deadline_id is None else await Deadline.get(id=row.deadline_id)
        rules.check_revoke(
            rules.CommitmentStatus(row.status),
            rules.CommitmentMode(row.mode),
            data.reason,
            overdue=deadline is not None and is_overdue(deadline, now),
        )
        if data.reason == rules.RevocationReason.UNTRUE and row.push_id is not None:
            push = await Push.get(id=row.push_id)
            if push.license_status != LicenseStatus.REVOKED:
                raise InvalidInput(
                    "许可尚未撤销：请先由监管部门提出撤销申请、审批部门批准（S4）。",
                    field="commitmentId",
                )
        before = row.snapshot()
        late = await close_if_open(actor, row.deadline_id, now)
        if row.materials_late_working_days is None and row.deadline_id is not None:
            row.materials_late_working_days = late
        source = (
            CreditSource.OVERDUE_COMMITMENT
            if data.reason == rules.RevocationReason.OVERDUE
            else CreditSource.UNTRUE_COMMITMENT
        )
        what = "逾期未补交承诺材料" if source == CreditSource.OVERDUE_COMMITMENT else "承诺不实"
        credit_row = await credit.write_credit_record(
            actor,
            licensee_id=row.licensee_id,
            source=source,
            occurred_on=today,
            department_id=department_id,
            description=f"{row.approval_item_name}：{what}，撤销告知承诺审批。{note}",
            subject_type=SUBJECT,
            subject_id=row.id,
        )
        row.credit_record_id = credit_row.id
        if data.judicial_referral:
            referral = await credit.write_credit_record(
                actor,
                licensee_id=row.licensee_id,
                source=CreditSource.JUDICIAL_REFERRAL,
                occurred_on=today,
                department_id=department_id,
                description=f"{row.approval_item_name}：涉嫌犯罪，移送司法机关。"
                + rules.clean_text(
                    data.referral_note, field="referralNote", maximum=rules.TEXT_MAX
                ),
                subject_type=SUBJECT,
                subject_id=row.id,
            )
            row.referral_record_id = referral.id
        if data.blacklist:
            licensee = await Licensee.get(id=row.licensee_id)
            entry = await credit.add_to_blacklist(
                actor,
                BlacklistData(
                    licensee_number=licensee.number,
                    reason=f"{row.approval_item_name}：{what}，撤销告知承诺审批。{note}",
                    legal_basis=rules.clean_text(
                        data.blacklist_legal_basis,
                        field="blacklistLegalBasis",
                        maximum=500,
                        required=True,
                    ),
                    starts_on=today,
                ),
            )
            row.blacklist_entry_id = entry.id
        row.status = rules.CommitmentStatus.REVOKED
        row.revocation_reason = data.reason
        row.revocation_note = note
        row.revoked_at, row.revoked_by_id, row.updated_at = now, actor.user_id, now
        await row.save()
        await record(
            actor,
            "commitment.revoke",
            target_type=SUBJECT,
            target_id=row.id,
            before=before,
            after=row.snapshot(),
            department_id=department_id,
        )
    return row


# ---- reads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CommitmentFilter:
    status: rules.CommitmentStatus | None = None
    mode: CommitmentMode | None = None
    licensee_number: str | None = None


def commitments(actor: Actor, filter: CommitmentFilter) -> QuerySet[Commitment]:
    """Commitments of the departments ``actor`` reads (READ_RECORDS): the approval
    department's own; coordinators and auditors all."""
    scope = department_scope(actor, Operation.READ_RECORDS)
    queryset = Commitment.all()
    if scope is not None:
        queryset = queryset.filter(department_id__in=list(scope))
    if filter.status is not None:
        queryset = queryset.filter(status=filter.status)
    if filter.mode is not None:
        queryset = queryset.filter(mode=filter.mode)
    if filter.licensee_number:
        number = "".join(filter.licensee_number.split()).upper()
        queryset = queryset.filter(
            licensee_id__in=Licensee.filter(number=number).values_list("id", flat=True)
        )
    return queryset


async def commitment(actor: Actor, commitment_id: int) -> Commitment | None:
    return await commitments(actor, CommitmentFilter()).filter(id=commitment_id).first()
