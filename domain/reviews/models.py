"""Tortoise models of joint reviews (J1, J2): the request (商请函) and one response per
addressed department."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from domain.accounts.models import Department
from domain.catalogue.models import ApprovalItem
from domain.reviews.rules import (
    JointReviewKind,
    JointReviewStatus,
    Outcome,
    Recommendation,
    ResponseStatus,
)


class JointReviewRequest(Model):
    """商请函 / 会审 (J1): the approval department asks other departments to review an
    application together."""

    id = fields.IntField(primary_key=True)
    approval_department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="joint_reviews_sent", on_delete=fields.RESTRICT
    )
    approval_department_id: int
    kind = fields.CharEnumField(JointReviewKind, max_length=32)
    # The application it is about: the applicant and the approval item.
    licensee_number = fields.CharField(max_length=18, db_index=True)
    licensee_name = fields.CharField(max_length=200)
    approval_item: fields.ForeignKeyRelation[ApprovalItem] = fields.ForeignKeyField(
        "models.ApprovalItem", related_name="joint_reviews", on_delete=fields.RESTRICT
    )
    approval_item_id: int
    subject = fields.TextField()
    notice_date = fields.DateField()  # the written notice: the 3 working days start here
    status = fields.CharEnumField(JointReviewStatus, max_length=16, db_index=True)
    # Derived from the catalogue when created: the item is linked to a key supervision item.
    is_key = fields.BooleanField(default=False)
    staff = fields.JSONField(default=list)  # the approval department's staff sent
    outcome = fields.CharEnumField(Outcome, max_length=32, null=True)
    decision = fields.TextField(default="")
    decided_at = fields.DatetimeField(null=True)
    decided_by_id = fields.IntField(null=True)
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    responses: fields.ReverseRelation[JointReviewResponse]

    class Meta:
        table = "joint_review_request"
        indexes = (
            Index(fields=("created_at", "id"), name="joint_review_created"),
            Index(fields=("approval_department_id", "created_at"), name="joint_review_sender"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "approval_department_id": self.approval_department_id,
            "kind": JointReviewKind(self.kind).value,
            "licensee_number": self.licensee_number,
            "licensee_name": self.licensee_name,
            "approval_item_id": self.approval_item_id,
            "subject": self.subject,
            "notice_date": self.notice_date,
            "status": JointReviewStatus(self.status).value,
            "is_key": self.is_key,
            "staff": list(self.staff or []),
            "outcome": None if self.outcome is None else Outcome(self.outcome).value,
            "decision": self.decision,
            "decided_at": self.decided_at,
        }


class JointReviewResponse(Model):
    """会审答复 (J2): one addressed department's claim and response."""

    id = fields.IntField(primary_key=True)
    request: fields.ForeignKeyRelation[JointReviewRequest] = fields.ForeignKeyField(
        "models.JointReviewRequest", related_name="responses", on_delete=fields.RESTRICT
    )
    request_id: int
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="joint_review_responses", on_delete=fields.RESTRICT
    )
    department_id: int
    status = fields.CharEnumField(ResponseStatus, max_length=16)
    deadline_id = fields.IntField()
    # Copies of the deadline's, refreshed when a calendar change recomputes it (T1).
    due_at = fields.DatetimeField()
    due_provisional = fields.BooleanField(default=False)
    claimed_at = fields.DatetimeField(null=True)
    claimed_by_id = fields.IntField(null=True)
    opinion = fields.TextField(default="")
    recommendation = fields.CharEnumField(Recommendation, max_length=32, null=True)
    staff = fields.JSONField(default=list)
    late_working_days = fields.IntField(null=True)  # T4; None while waiting
    responded_at = fields.DatetimeField(null=True)
    responded_by_id = fields.IntField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "joint_review_response"
        unique_together = (("request_id", "department_id"),)
        indexes = (Index(fields=("department_id", "status"), name="joint_review_inbox"),)

    def snapshot(self) -> dict[str, Any]:
        return {
            "request_id": self.request_id,
            "department_id": self.department_id,
            "status": ResponseStatus(self.status).value,
            "deadline_id": self.deadline_id,
            "due_at": self.due_at,
            "claimed_by_id": self.claimed_by_id,
            "opinion": self.opinion,
            "recommendation": None
            if self.recommendation is None
            else Recommendation(self.recommendation).value,
            "staff": list(self.staff or []),
            "late_working_days": self.late_working_days,
            "responded_at": self.responded_at,
        }
