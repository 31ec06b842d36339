"""Tortoise models of notification-commitment approval (告知承诺): credit checks (K1) and
commitments (K2–K5). The promise deadline lives in ``domain.deadlines`` (its id here);
the license, once issued, is a push (P1) of ``domain.linkage``."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from domain.catalogue.rules import CommitmentMode
from domain.commitments.rules import CommitmentStatus, RevocationReason, VerificationOutcome
from domain.credit.rules import CreditGrade
from domain.linkage.rules import LicenseeKind


class CreditCheck(Model):
    """事前信用查询 (K1): who asked, for which applicant and item, and the answer."""

    id = fields.IntField(primary_key=True)
    asked_by_id = fields.IntField(null=True)
    department_id = fields.IntField(db_index=True)  # the asking (approval) department
    checked_at = fields.DatetimeField()
    licensee_number = fields.CharField(max_length=18)
    licensee_kind = fields.CharEnumField(LicenseeKind, max_length=16)
    licensee_id = fields.IntField(null=True)  # None: not known to the system (grade A)
    approval_item_id = fields.IntField()
    approval_item_name = fields.CharField(max_length=200)
    grade = fields.CharEnumField(CreditGrade, max_length=1)
    blacklisted = fields.BooleanField()
    allowed = fields.BooleanField()
    reasons = fields.JSONField(default=list)  # Chinese, the grade's then the answer's

    class Meta:
        table = "commitment_credit_check"
        indexes = (
            Index(fields=("department_id", "checked_at", "id"), name="credit_check_department"),
            Index(fields=("licensee_number", "checked_at", "id"), name="credit_check_number"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "department_id": self.department_id,
            "licensee_number": self.licensee_number,
            "licensee_id": self.licensee_id,
            "approval_item_id": self.approval_item_id,
            "grade": CreditGrade(self.grade).value,
            "blacklisted": self.blacklisted,
            "allowed": self.allowed,
            "reasons": list(self.reasons),
        }


class Commitment(Model):
    """告知承诺 (K2–K5): approval on the applicant's written promise, in one of the
    item's modes, relying on an allowed credit check (K1)."""

    id = fields.IntField(primary_key=True)
    department_id = fields.IntField()  # the approval department
    licensee_id = fields.IntField(db_index=True)
    handling_item_id = fields.IntField()
    approval_item_id = fields.IntField()
    approval_item_name = fields.CharField(max_length=200)
    mode = fields.CharEnumField(CommitmentMode, max_length=32)
    credit_check_id = fields.IntField()
    content = fields.TextField()  # 承诺内容
    materials = fields.JSONField(default=list)  # K2: the promised materials' names
    # K3: the materials verified in the store: [{"category": …, "name": …}]
    required_materials = fields.JSONField(default=list)
    handed_in_materials = fields.JSONField(default=list)  # K2: when issued
    contact_phone = fields.CharField(max_length=32, default="")
    contact_email = fields.CharField(max_length=200, default="")
    # K2: the promise deadline (domain/deadlines) and its due time (copied for sorting).
    deadline_id = fields.IntField(null=True)
    due_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(CommitmentStatus, max_length=16, db_index=True)
    push_id = fields.IntField(null=True)  # P1: the license once issued
    issued_at = fields.DatetimeField(null=True)
    materials_late_working_days = fields.IntField(null=True)  # K2/T4: 0 on time
    # K4: the post verification's outcome, its time, and the result's push back to the
    # approval department within 3 working days (T4).
    verification_outcome = fields.CharEnumField(VerificationOutcome, max_length=16, null=True)
    verified_at = fields.DatetimeField(null=True)
    verification_summary = fields.TextField(default="")
    result_late_working_days = fields.IntField(null=True)
    # K2/K5: the revocation and what it led to.
    revocation_reason = fields.CharEnumField(RevocationReason, max_length=16, null=True)
    revocation_note = fields.TextField(default="")
    revoked_at = fields.DatetimeField(null=True)
    revoked_by_id = fields.IntField(null=True)
    credit_record_id = fields.IntField(null=True)
    blacklist_entry_id = fields.IntField(null=True)
    referral_record_id = fields.IntField(null=True)  # 移送司法机关 (K5)
    created_at = fields.DatetimeField()
    created_by_id = fields.IntField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "commitment"
        indexes = (Index(fields=("department_id", "status", "id"), name="commitment_queue"),)

    def snapshot(self) -> dict[str, Any]:
        return {
            "department_id": self.department_id,
            "licensee_id": self.licensee_id,
            "handling_item_id": self.handling_item_id,
            "mode": CommitmentMode(self.mode).value,
            "credit_check_id": self.credit_check_id,
            "materials": list(self.materials),
            "required_materials": list(self.required_materials),
            "handed_in_materials": list(self.handed_in_materials),
            "deadline_id": self.deadline_id,
            "due_at": self.due_at,
            "status": CommitmentStatus(self.status).value,
            "push_id": self.push_id,
            "materials_late_working_days": self.materials_late_working_days,
            "verification_outcome": None
            if self.verification_outcome is None
            else VerificationOutcome(self.verification_outcome).value,
            "result_late_working_days": self.result_late_working_days,
            "revocation_reason": None
            if self.revocation_reason is None
            else RevocationReason(self.revocation_reason).value,
            "revocation_note": self.revocation_note,
            "credit_record_id": self.credit_record_id,
            "blacklist_entry_id": self.blacklist_entry_id,
            "referral_record_id": self.referral_record_id,
        }


# K2's reminder policy, the applicant audience and the texts' subject (M1).
import domain.commitments.reminders  # noqa: E402, F401
