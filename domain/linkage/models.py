"""Tortoise models of the linkage loop: licensees (P6), pushes (P1–P3), supervision
tasks (P4, S1), responsibility disputes (P3) and the outbox of linkage events.

Queues sort by a due time stored on the row (``Push.claim_due_at``,
``SupervisionTask.due_at``: copies of the open deadline's due time, so a page is one
indexed keyset query); the deadline itself lives in ``domain.deadlines``.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from domain.accounts.models import Department, User
from domain.linkage.rules import (
    DisputeStatus,
    FollowUpOutcome,
    LicenseeKind,
    LicenseRequestKind,
    LicenseRequestStatus,
    LicenseStatus,
    LinkageEventKind,
    PushSource,
    PushStatus,
    ResultKind,
    ReversePushKind,
    ReversePushStatus,
    TaskOrigin,
    TaskStatus,
)


class Licensee(Model):
    """行政相对人 (P6): one record per USCC or ID number, shared by every push."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(LicenseeKind, max_length=16)
    number = fields.CharField(max_length=18, unique=True)
    name = fields.CharField(max_length=200, db_index=True)
    contact_phone = fields.CharField(max_length=32, default="")
    address = fields.CharField(max_length=200, default="")
    legal_representative = fields.CharField(max_length=100, default="")
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "linkage_licensee"

    def snapshot(self) -> dict[str, Any]:
        return {
            "kind": LicenseeKind(self.kind).value,
            "number": self.number,
            "name": self.name,
            "contact_phone": self.contact_phone,
            "address": self.address,
            "legal_representative": self.legal_representative,
        }


class Push(Model):
    """审批信息推送 (P1): an approval decision on its way to the supervising department."""

    id = fields.IntField(primary_key=True)
    document_number = fields.CharField(max_length=100, unique=True)  # 法律文书编号
    source = fields.CharEnumField(PushSource, max_length=16, default=PushSource.RECORDED)
    approval_department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="pushes_decided", on_delete=fields.RESTRICT
    )
    approval_department_id: int
    licensee: fields.ForeignKeyRelation[Licensee] = fields.ForeignKeyField(
        "models.Licensee", related_name="pushes", on_delete=fields.RESTRICT
    )
    licensee_id: int
    # The handling item and approval item as in the catalogue in effect on the license date.
    handling_item_id = fields.IntField(db_index=True)
    handling_item_code = fields.CharField(max_length=64)
    handling_item_name = fields.CharField(max_length=200)
    approval_item_id = fields.IntField(null=True)
    approval_item_code = fields.CharField(max_length=64, default="")
    approval_item_name = fields.CharField(max_length=200)
    catalogue_version_id = fields.IntField(null=True)  # None: no version in effect
    # The route: the supervising department and sub-item (None for a routing gap).
    department: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="pushes", null=True, on_delete=fields.RESTRICT
    )
    department_id: int | None
    supervision_item_id = fields.IntField(null=True)
    supervision_item_name = fields.CharField(max_length=200, null=True)
    supervision_sub_item_id = fields.IntField(null=True)
    supervision_sub_item_name = fields.CharField(max_length=200, null=True)
    # The decision (P1).
    license_date = fields.DateField()
    valid_from = fields.DateField()
    valid_until = fields.DateField(null=True)
    license_content = fields.TextField()
    materials = fields.JSONField(default=list)
    handling_opinion = fields.TextField(default="")
    commitment_content = fields.TextField(default="")
    # K4: a post-verification commitment's push: its task is due within the item's
    # verification period (核查期限) instead of S1's 30 working days.
    verification_period_working_days = fields.IntField(null=True)
    recorded_by_id = fields.IntField(null=True)
    pushed_at = fields.DatetimeField()
    # The claim (P2): the current claim deadline and its due time (copied for sorting).
    status = fields.CharEnumField(PushStatus, max_length=16, db_index=True)
    claim_deadline_id = fields.IntField(null=True)
    claim_due_at = fields.DatetimeField()
    claim_due_provisional = fields.BooleanField(default=False)
    claimed_at = fields.DatetimeField(null=True)
    claimed_by_id = fields.IntField(null=True)
    claim_late_working_days = fields.IntField(null=True)  # T4: 0 on time
    # The stream's due-soon / overdue events of the current claim deadline, sent once
    # (reset when a reassignment opens a new claim deadline).
    claim_due_soon_signalled_at = fields.DatetimeField(null=True)
    claim_overdue_signalled_at = fields.DatetimeField(null=True)
    # The license, as later decisions change it (S4).
    license_status = fields.CharEnumField(LicenseStatus, max_length=16, default=LicenseStatus.VALID)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "linkage_push"
        indexes = (
            Index(fields=("department_id", "status", "claim_due_at", "id"), name="push_queue"),
            Index(fields=("claim_due_at", "id"), name="push_due"),
            # A queue of one status under the OR visibility (routed to or decided by the
            # department): walks the status's rows in due order (docs/performance.md).
            Index(fields=("status", "claim_due_at", "id"), name="push_status_due"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "document_number": self.document_number,
            "status": PushStatus(self.status).value,
            "department_id": self.department_id,
            "approval_department_id": self.approval_department_id,
            "licensee_id": self.licensee_id,
            "handling_item_id": self.handling_item_id,
            "supervision_sub_item_id": self.supervision_sub_item_id,
            "license_date": self.license_date,
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            "claim_deadline_id": self.claim_deadline_id,
            "claim_due_at": self.claim_due_at,
            "claimed_at": self.claimed_at,
            "claimed_by_id": self.claimed_by_id,
            "claim_late_working_days": self.claim_late_working_days,
            "license_status": LicenseStatus(self.license_status).value,
        }


class SupervisionTask(Model):
    """监管任务 (P4): the work a claimed push creates, due in 30 working days of the push (S1)
    — or of another ``origin``: a random inspection's target (R4), a report (A4)."""

    id = fields.IntField(primary_key=True)
    origin = fields.CharEnumField(TaskOrigin, max_length=24, default=TaskOrigin.PUSH)
    # The push of a PUSH task (one task per push); None for the other origins.
    push: fields.OneToOneNullableRelation[Push] = fields.OneToOneField(
        "models.Push", related_name="task", null=True, on_delete=fields.RESTRICT
    )
    push_id: int | None
    # The licensee supervised (the push's; None when a report names no known licensee).
    licensee: fields.ForeignKeyNullableRelation[Licensee] = fields.ForeignKeyField(
        "models.Licensee", related_name="tasks", null=True, on_delete=fields.RESTRICT
    )
    licensee_id: int | None
    # What the task is about, as queues show it (the push's item, the plan's name …).
    title = fields.CharField(max_length=200, default="")
    # The record of the origin's area it came from (an InspectionTarget, a Report).
    subject_id = fields.IntField(null=True)
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="supervision_tasks", on_delete=fields.RESTRICT
    )
    department_id: int
    status = fields.CharEnumField(TaskStatus, max_length=16, db_index=True)
    # S1: the 30-working-day deadline (set in the claim's transaction, right after the
    # task row exists).
    deadline_id = fields.IntField(null=True)
    # The queue key: the due time of what is due next — the S1 deadline while in
    # progress, the follow-up check's while rectifying (S3).
    due_at = fields.DatetimeField()
    due_provisional = fields.BooleanField(default=False)
    # The first result fed back (S1 met or late, T4), and the latest result (S3).
    fed_back_at = fields.DatetimeField(null=True)
    feedback_late_working_days = fields.IntField(null=True)  # 0: within the 30 days
    result = fields.CharEnumField(ResultKind, max_length=32, null=True)
    # S3: rectification ordered → the follow-up check is due at the rectification deadline.
    follow_up_deadline_id = fields.IntField(null=True)
    # The stream's due-soon / overdue events of ``due_at``, sent once each (reset when
    # ``due_at`` moves to the follow-up check).
    due_soon_signalled_at = fields.DatetimeField(null=True)
    overdue_signalled_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()
    created_by_id = fields.IntField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "linkage_supervision_task"
        indexes = (
            Index(fields=("department_id", "status", "due_at", "id"), name="task_queue"),
            Index(fields=("due_at", "id"), name="task_due"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "origin": TaskOrigin(self.origin).value,
            "push_id": self.push_id,
            "licensee_id": self.licensee_id,
            "title": self.title,
            "subject_id": self.subject_id,
            "department_id": self.department_id,
            "status": TaskStatus(self.status).value,
            "deadline_id": self.deadline_id,
            "due_at": self.due_at,
            "fed_back_at": self.fed_back_at,
            "feedback_late_working_days": self.feedback_late_working_days,
            "result": None if self.result is None else ResultKind(self.result).value,
            "follow_up_deadline_id": self.follow_up_deadline_id,
        }


class TaskFeedback(Model):
    """监管结果反馈 (S2, S3): one result of a supervision action on a task.

    The first result answers the task (S1); a rectification order is followed by a
    follow-up check (``follow_up_outcome`` set), whose failure or refusal makes the
    result ``REVOCATION_RECOMMENDED``. S2: due by 24:00 (Asia/Shanghai) of the day the
    action was completed (``acted_at``): a same-day deadline opened and closed in the
    feedback's transaction, late recorded (T4). Evidence: attachments (``TaskFeedback``).
    """

    id = fields.IntField(primary_key=True)
    task: fields.ForeignKeyRelation[SupervisionTask] = fields.ForeignKeyField(
        "models.SupervisionTask", related_name="feedbacks", on_delete=fields.RESTRICT
    )
    task_id: int
    department_id = fields.IntField()
    result = fields.CharEnumField(ResultKind, max_length=32)
    follow_up_outcome = fields.CharEnumField(FollowUpOutcome, max_length=16, null=True)
    acted_at = fields.DatetimeField()  # when the supervision action was completed
    summary = fields.TextField()  # the measures taken and what was found
    rectification_deadline = fields.DateField(null=True)  # RECTIFICATION_ORDERED only
    penalty_document_number = fields.CharField(max_length=100, default="")  # PENALTY
    same_day_deadline_id = fields.IntField(null=True)
    late_working_days = fields.IntField(default=0)  # S2/T4: 0 fed back the same day
    fed_back_at = fields.DatetimeField()
    fed_back_by_id = fields.IntField(null=True)

    class Meta:
        table = "linkage_task_feedback"

    def snapshot(self) -> dict[str, Any]:
        return {
            "task_id": self.task_id,
            "result": ResultKind(self.result).value,
            "follow_up_outcome": None
            if self.follow_up_outcome is None
            else FollowUpOutcome(self.follow_up_outcome).value,
            "acted_at": self.acted_at,
            "summary": self.summary,
            "rectification_deadline": self.rectification_deadline,
            "penalty_document_number": self.penalty_document_number,
            "late_working_days": self.late_working_days,
            "fed_back_at": self.fed_back_at,
        }


class LicenseRequest(Model):
    """变更、撤回、撤销、注销申请 (S4, 制度 Art 20, 28): a letter with evidence from a
    supervision department to the approval department about a license (a push); the
    approval department reviews it, may convene a joint meeting, decides, and the
    decision is pushed back. Evidence and the decision document: attachments
    (``LicenseRequest``)."""

    id = fields.IntField(primary_key=True)
    push: fields.ForeignKeyRelation[Push] = fields.ForeignKeyField(
        "models.Push", related_name="license_requests", on_delete=fields.RESTRICT
    )
    push_id: int
    task_id = fields.IntField(null=True)  # the task whose result led to it, if any
    kind = fields.CharEnumField(LicenseRequestKind, max_length=16)
    # The requesting supervision department, and the approval department that decides.
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="license_requests", on_delete=fields.RESTRICT
    )
    department_id: int
    approval_department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="license_requests_received", on_delete=fields.RESTRICT
    )
    approval_department_id: int
    reason = fields.TextField()  # the letter: facts and reasons
    legal_basis = fields.TextField(default="")
    status = fields.CharEnumField(LicenseRequestStatus, max_length=16, db_index=True)
    submitted_at = fields.DatetimeField()
    submitted_by_id = fields.IntField(null=True)
    joint_meeting = fields.BooleanField(default=False)  # a joint meeting was convened
    joint_meeting_note = fields.TextField(default="")
    decision_note = fields.TextField(default="")
    decision_document_number = fields.CharField(max_length=100, default="")
    decided_at = fields.DatetimeField(null=True)
    decided_by_id = fields.IntField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "linkage_license_request"
        indexes = (
            Index(fields=("approval_department_id", "status", "id"), name="license_request_inbox"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "push_id": self.push_id,
            "task_id": self.task_id,
            "kind": LicenseRequestKind(self.kind).value,
            "department_id": self.department_id,
            "approval_department_id": self.approval_department_id,
            "reason": self.reason,
            "legal_basis": self.legal_basis,
            "status": LicenseRequestStatus(self.status).value,
            "joint_meeting": self.joint_meeting,
            "joint_meeting_note": self.joint_meeting_note,
            "decision_note": self.decision_note,
            "decision_document_number": self.decision_document_number,
            "decided_at": self.decided_at,
        }


class ReversePush(Model):
    """监管信息推送 (P5, 制度 Art 20(2)): supervision information about a licensee —
    penalty, enforcement, levy, inspection, suspension order, license revoked — pushed
    by a supervision department to the approval department within 3 working days of
    its decision, claimed there within 3 working days. Its documents: attachments
    (``ReversePush``)."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(ReversePushKind, max_length=32)
    document_number = fields.CharField(max_length=100)  # the decision's 文书编号
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="reverse_pushes", on_delete=fields.RESTRICT
    )
    department_id: int  # the supervision department that pushes
    approval_department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="reverse_pushes_received", on_delete=fields.RESTRICT
    )
    approval_department_id: int
    licensee: fields.ForeignKeyRelation[Licensee] = fields.ForeignKeyField(
        "models.Licensee", related_name="reverse_pushes", on_delete=fields.RESTRICT
    )
    licensee_id: int
    push: fields.ForeignKeyNullableRelation[Push] = fields.ForeignKeyField(
        "models.Push", related_name="reverse_pushes", null=True, on_delete=fields.RESTRICT
    )
    push_id: int | None  # the license it concerns, when known
    task_id = fields.IntField(null=True)
    decision_date = fields.DateField()
    content = fields.TextField()
    pushed_at = fields.DatetimeField()
    pushed_by_id = fields.IntField(null=True)
    # P5: pushed within 3 working days after the decision (T4: late recorded).
    push_deadline_id = fields.IntField(null=True)
    push_late_working_days = fields.IntField(default=0)
    status = fields.CharEnumField(ReversePushStatus, max_length=16, db_index=True)
    claim_deadline_id = fields.IntField(null=True)
    claim_due_at = fields.DatetimeField()
    claim_due_provisional = fields.BooleanField(default=False)
    claimed_at = fields.DatetimeField(null=True)
    claimed_by_id = fields.IntField(null=True)
    claim_late_working_days = fields.IntField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "linkage_reverse_push"
        indexes = (
            Index(
                fields=("approval_department_id", "status", "claim_due_at", "id"),
                name="reverse_push_queue",
            ),
            Index(fields=("department_id", "pushed_at", "id"), name="reverse_push_sent"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "kind": ReversePushKind(self.kind).value,
            "document_number": self.document_number,
            "department_id": self.department_id,
            "approval_department_id": self.approval_department_id,
            "licensee_id": self.licensee_id,
            "push_id": self.push_id,
            "decision_date": self.decision_date,
            "push_late_working_days": self.push_late_working_days,
            "status": ReversePushStatus(self.status).value,
            "claim_due_at": self.claim_due_at,
            "claimed_at": self.claimed_at,
            "claim_late_working_days": self.claim_late_working_days,
        }


class Dispute(Model):
    """职责争议 (P3): a push returned by its department, open until the coordinator reassigns it."""

    id = fields.IntField(primary_key=True)
    push: fields.ForeignKeyRelation[Push] = fields.ForeignKeyField(
        "models.Push", related_name="disputes", on_delete=fields.RESTRICT
    )
    push_id: int
    # The department that returned the push.
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="disputes", on_delete=fields.RESTRICT
    )
    department_id: int
    reason = fields.TextField()
    status = fields.CharEnumField(DisputeStatus, max_length=16, db_index=True)
    opened_at = fields.DatetimeField()
    opened_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="disputes_opened", null=True, on_delete=fields.SET_NULL
    )
    opened_by_id: int | None
    resolved_at = fields.DatetimeField(null=True)
    resolved_by_id = fields.IntField(null=True)
    # The department the coordinator assigned the push to, and why.
    assigned_department_id = fields.IntField(null=True)
    resolution_note = fields.TextField(default="")

    class Meta:
        table = "linkage_dispute"
        indexes = (Index(fields=("status", "opened_at", "id"), name="dispute_open"),)

    def snapshot(self) -> dict[str, Any]:
        return {
            "push_id": self.push_id,
            "department_id": self.department_id,
            "reason": self.reason,
            "status": DisputeStatus(self.status).value,
            "assigned_department_id": self.assigned_department_id,
            "resolution_note": self.resolution_note,
        }


class LinkageEvent(Model):
    """The outbox of the live task stream: written in the use case's transaction.

    ``id`` is the resume cursor. Events are written after the use case's first audit
    record, i.e. under the audit chain's lock on PostgreSQL, so ids commit in order.
    ``department_id`` None: for the coordination group (routing gaps, returns).
    """

    id = fields.BigIntField(primary_key=True)
    department_id = fields.IntField(null=True)
    kind = fields.CharEnumField(LinkageEventKind, max_length=32)
    push_id = fields.IntField(null=True)
    task_id = fields.IntField(null=True)
    reverse_push_id = fields.IntField(null=True)
    license_request_id = fields.IntField(null=True)
    # A subject of another area (a JointReviewRequest, an Inquiry, a Report …): its
    # model name and id, resolved by that area's API.
    subject_type = fields.CharField(max_length=32, default="")
    subject_id = fields.IntField(null=True)
    # A notification (M1) is for one user of the department: None for everyone's events.
    user_id = fields.IntField(null=True)
    notification_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "linkage_event"
        indexes = (Index(fields=("department_id", "id"), name="linkage_event_department"),)
