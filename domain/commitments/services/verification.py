"""K4 事后核查 and K5 承诺不实.

A POST_VERIFICATION commitment is issued at once; its push (P1) goes to the linked
supervision department, which claims it within 3 working days (P2) and whose task is
due within the item's verification period instead of 30 working days (the push's
``verification_period_working_days``, set when issuing). The department records the
verification's outcome here: this feeds the task back through S2/S3 (true: compliant;
untrue: rectification ordered with a deadline, K5) and records that the result reached
the approval department within 3 working days of the verification (制度 Art 23), late
working days kept (T4), in one transaction.

K5 continues through the linkage loop: the follow-up check (S3) — not rectified or
refused → revocation recommended; the supervision department's revocation request
(S4), which the approval department approves (license revoked, a REVOCATION credit
record); then ``revoke_commitment`` with the reason UNTRUE writes the untrue-commitment
credit record, and where chosen a blacklist entry and a judicial referral.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from domain.accounts.actor import Actor
from domain.audit.services import record
from domain.catalogue.rules import CommitmentMode
from domain.clock import utc_now
from domain.commitments import rules
from domain.commitments.errors import CommitmentNotFound
from domain.commitments.models import Commitment
from domain.deadlines.services import close_deadline, open_deadline
from domain.errors import InvalidInput
from domain.linkage.models import Push, SupervisionTask
from domain.linkage.rules import FeedbackData, ResultKind
from domain.linkage.services.common import SUPERVISING_ROLES, require_role_in_department
from domain.linkage.services.feedback import feed_back_task
from domain.transaction import transaction

SUBJECT = "Commitment"


@dataclass(frozen=True)
class VerificationData:
    commitment_id: int
    outcome: rules.VerificationOutcome
    verified_at: datetime  # when the on-site verification was completed
    summary: str
    rectification_due_on: date | None = None  # UNTRUE: 责令限期整改
    attachment_ids: tuple[int, ...] = ()


async def record_verification(actor: Actor, data: VerificationData) -> Commitment:
    """K4/K5: the supervision department's verification result of a commitment."""
    row = await Commitment.get_or_none(id=data.commitment_id)
    if row is None or row.push_id is None:
        raise CommitmentNotFound("告知承诺不存在或尚未发证。", field="commitmentId")
    push = await Push.get(id=row.push_id)
    require_role_in_department(actor, SUPERVISING_ROLES, push.department_id, "监管人员或部门管理员")
    if row.mode != CommitmentMode.POST_VERIFICATION:
        raise InvalidInput("只有事后核查的告知承诺登记核查结果。", field="commitmentId")
    rules.check_verify(rules.CommitmentStatus(row.status), CommitmentMode(row.mode))
    task = await SupervisionTask.get_or_none(push_id=push.id)
    if task is None:
        raise InvalidInput("请先认领该推送，生成监管任务后再登记核查结果。", field="commitmentId")
    if data.verified_at.tzinfo is None:
        raise InvalidInput("核查完成时间须带时区。", field="verifiedAt")
    if data.verified_at < push.pushed_at or data.verified_at > utc_now():
        raise InvalidInput("核查完成时间须在发证推送之后、当前时间之前。", field="verifiedAt")
    untrue = data.outcome == rules.VerificationOutcome.UNTRUE
    if untrue and data.rectification_due_on is None:
        raise InvalidInput("承诺不实须责令限期整改：请填写整改期限。", field="rectificationDueOn")
    feedback = FeedbackData(
        result=ResultKind.RECTIFICATION_ORDERED if untrue else ResultKind.COMPLIANT,
        acted_at=data.verified_at,
        summary=data.summary,
        rectification_deadline=data.rectification_due_on if untrue else None,
        attachment_ids=data.attachment_ids,
    )
    async with transaction():
        row = await Commitment.select_for_update().get(id=row.id)
        rules.check_verify(rules.CommitmentStatus(row.status), CommitmentMode(row.mode))
        before = row.snapshot()
        now = utc_now()
        await feed_back_task(actor, task.id, feedback)
        # 制度 Art 23: the result reaches the approval department within 3 working days
        # of the verification; recorded here, where it is pushed back (T4).
        deadline = await open_deadline(
            actor,
            subject_type=SUBJECT,
            subject_id=row.id,
            kind=rules.RESULT_PUSH_DEADLINE,
            started_at=data.verified_at,
            working_days=rules.RESULT_PUSH_WORKING_DAYS,
            department_id=push.department_id,
        )
        closed = await close_deadline(actor, deadline.id, at=now)
        row.verification_outcome = data.outcome
        row.verified_at = data.verified_at
        row.verification_summary = data.summary.strip()
        row.result_late_working_days = closed.closed_late_by_working_days
        row.status = rules.CommitmentStatus.UNTRUE if untrue else rules.CommitmentStatus.VERIFIED
        row.updated_at = now
        await row.save()
        await record(
            actor,
            "commitment.verify",
            target_type=SUBJECT,
            target_id=row.id,
            before=before,
            after=row.snapshot(),
            department_id=push.department_id,
        )
    return row
