"""Joint review use cases (J1, J2, 制度 Art 21, 24).

- ``create_joint_review_request``: an approval officer or department admin of an
  approval department sends a 商请函 about an application (licensee, approval item) to
  one or more departments, with the written notice attached; each addressed department
  gets a response to give within 3 working days of the notice (a deadline, reminded 1
  working day before and when it passes) and a JOINT_REVIEW_RECEIVED event.
- ``claim_joint_review``: an addressed department's approval officer, supervisor or
  department admin claims it (认领).
- ``respond_to_joint_review``: the same department responds with an opinion, a
  recommendation and the signed, sealed written opinion; late is recorded (T4).
- ``decide_joint_review``: the approval department records its decision once every
  department has responded or is past due; the departments addressed get a
  JOINT_REVIEW_DECIDED event.

Each step checks its permission, writes its rows and audit records in one transaction
and sends its events after commit; a typed error changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.accounts.actor import Actor, DepartmentKind, Role
from domain.accounts.models import Department
from domain.attachments.services import attach, register_owner
from domain.audit.services import record
from domain.calendar.rules import local_date
from domain.catalogue.models import ApprovalItem
from domain.clock import utc_now
from domain.deadlines.services import close_if_open, open_deadline
from domain.errors import InvalidInput, NotFound, PermissionDenied
from domain.linkage.rules import LinkageEventKind
from domain.linkage.services.common import APPROVING_ROLES, emit, require_role_in_department
from domain.reviews import reads, rules
from domain.reviews.models import JointReviewRequest, JointReviewResponse
from domain.reviews.rules import JointReviewStatus, ResponseStatus
from domain.transaction import transaction

REQUEST_OWNER = "JointReviewRequest"  # the written notice, the decision's documents
RESPONSE_OWNER = "JointReviewResponse"  # the signed, sealed written opinion
# Who answers for an addressed department.
RESPONDING_ROLES = frozenset({Role.APPROVAL_OFFICER, Role.SUPERVISOR, Role.DEPARTMENT_ADMIN})


async def _can_read_request(actor: Actor, request_id: int) -> bool:
    return await reads.visible_request(actor, request_id) is not None


register_owner(REQUEST_OWNER, _can_read_request)
register_owner(RESPONSE_OWNER, reads.can_read_response)


async def _request(request_id: int) -> JointReviewRequest:
    request = await JointReviewRequest.get_or_none(id=request_id)
    if request is None:
        raise NotFound("商请函不存在。", field="requestId")
    return request


async def _approval_department(actor: Actor) -> Department:
    require_role_in_department(actor, APPROVING_ROLES, actor.department_id, "审批人员或部门管理员")
    department = await Department.get(id=actor.department_id)
    if department.kind != DepartmentKind.APPROVAL:
        raise PermissionDenied("只有审批部门可以发出商请函。")
    return department


async def create_joint_review_request(
    actor: Actor, data: rules.JointReviewData
) -> JointReviewRequest:
    """J1: the approval department asks departments to review an application together."""
    department = await _approval_department(actor)
    now = utc_now()
    clean = rules.clean_joint_review(
        data, approval_department_id=department.id, today=local_date(now)
    )
    item = await ApprovalItem.get_or_none(id=data.approval_item_id)
    if item is None:
        raise InvalidInput("审批事项不存在。", field="approvalItemId")
    if item.department_id != department.id:
        raise InvalidInput("该审批事项不属于本部门。", field="approvalItemId")
    addressed = await Department.filter(id__in=list(clean.department_ids)).values_list("id", "kind")
    kinds = dict(addressed)
    for department_id in clean.department_ids:
        if department_id not in kinds:
            raise InvalidInput(f"部门 {department_id} 不存在。", field="departmentIds")
        if kinds[department_id] == DepartmentKind.COORDINATION:
            raise InvalidInput("协调小组不参加会审答复。", field="departmentIds")
    is_key = await reads.is_key_item(item.id)
    started_at = reads.notice_started_at(clean.notice_date)
    async with transaction():
        request = await JointReviewRequest.create(
            approval_department_id=department.id,
            kind=clean.kind,
            licensee_number=clean.licensee_number,
            licensee_name=clean.licensee_name,
            approval_item_id=item.id,
            subject=clean.subject,
            notice_date=clean.notice_date,
            status=JointReviewStatus.OPEN,
            is_key=is_key,
            staff=list(clean.staff),
            created_by_id=actor.user_id,
            created_at=now,
            updated_at=now,
        )
        await record(
            actor,
            "joint_review.create",
            target_type=REQUEST_OWNER,
            target_id=request.id,
            before=None,
            after=request.snapshot(),
            department_id=department.id,
        )
        await attach(actor, data.attachment_ids, owner_type=REQUEST_OWNER, owner_id=request.id)
        for department_id in clean.department_ids:
            response = await JointReviewResponse.create(
                request_id=request.id,
                department_id=department_id,
                status=ResponseStatus.PENDING,
                deadline_id=0,
                due_at=now,
                updated_at=now,
            )
            deadline = await open_deadline(
                actor,
                subject_type=RESPONSE_OWNER,
                subject_id=response.id,
                kind=rules.RESPONSE_DEADLINE,
                started_at=started_at,
                working_days=rules.RESPONSE_WORKING_DAYS,
                department_id=department_id,
            )
            response.deadline_id = deadline.id
            response.due_at = deadline.due_at
            response.due_provisional = deadline.provisional
            await response.save(update_fields=["deadline_id", "due_at", "due_provisional"])
            await record(
                actor,
                "joint_review.address",
                target_type=RESPONSE_OWNER,
                target_id=response.id,
                before=None,
                after=response.snapshot(),
                department_id=department_id,
            )
            await emit(
                LinkageEventKind.JOINT_REVIEW_RECEIVED,
                department_id=department_id,
                subject_type=REQUEST_OWNER,
                subject_id=request.id,
                at=now,
            )
    return request


async def _own_response(
    actor: Actor, request: JointReviewRequest, *, lock: bool
) -> JointReviewResponse:
    require_role_in_department(actor, RESPONDING_ROLES, actor.department_id, "会审部门的工作人员")
    queryset = JointReviewResponse.select_for_update() if lock else JointReviewResponse.all()
    response = await queryset.get_or_none(request_id=request.id, department_id=actor.department_id)
    if response is None:
        raise PermissionDenied("该商请函不是发给本部门的。")
    return response


async def claim_joint_review(actor: Actor, request_id: int) -> JointReviewResponse:
    """J2: an addressed department claims the joint review (认领)."""
    request = await _request(request_id)
    response = await _own_response(actor, request, lock=False)
    rules.check_open(request.status)
    rules.check_claim(response.status)
    async with transaction():
        request = await JointReviewRequest.select_for_update().get(id=request.id)
        rules.check_open(request.status)
        response = await _own_response(actor, request, lock=True)
        rules.check_claim(response.status)
        now = utc_now()
        before = response.snapshot()
        response.status = ResponseStatus.CLAIMED
        response.claimed_at = now
        response.claimed_by_id = actor.user_id
        response.updated_at = now
        await response.save()
        await record(
            actor,
            "joint_review.claim",
            target_type=RESPONSE_OWNER,
            target_id=response.id,
            before=before,
            after=response.snapshot(),
            department_id=response.department_id,
        )
    return response


async def respond_to_joint_review(
    actor: Actor, request_id: int, data: rules.ResponseData
) -> JointReviewResponse:
    """J2: the addressed department's opinion, recommendation and written opinion; a
    response after the due time is accepted and marked late (T4)."""
    request = await _request(request_id)
    response = await _own_response(actor, request, lock=False)
    clean = rules.clean_response(data)
    rules.check_open(request.status)
    rules.check_respond(response.status)
    async with transaction():
        request = await JointReviewRequest.select_for_update().get(id=request.id)
        rules.check_open(request.status)
        response = await _own_response(actor, request, lock=True)
        rules.check_respond(response.status)
        now = utc_now()
        before = response.snapshot()
        response.status = ResponseStatus.RESPONDED
        response.opinion = clean.opinion
        response.recommendation = clean.recommendation
        response.staff = list(clean.staff)
        response.responded_at = now
        response.responded_by_id = actor.user_id
        response.updated_at = now
        await record(
            actor,
            "joint_review.respond",
            target_type=RESPONSE_OWNER,
            target_id=response.id,
            before=before,
            after={**response.snapshot(), "late_working_days": None},
            department_id=response.department_id,
        )
        response.late_working_days = await close_if_open(actor, response.deadline_id, at=now)
        await response.save()
        await attach(actor, data.attachment_ids, owner_type=RESPONSE_OWNER, owner_id=response.id)
    return response


async def decide_joint_review(
    actor: Actor,
    request_id: int,
    outcome: rules.Outcome,
    decision: str,
    attachment_ids: Sequence[int] = (),
) -> JointReviewRequest:
    """J2: the approval department decides on the responses; the decision goes to the
    departments addressed. Responses still missing (past due) are closed as
    NO_RESPONSE with their working days late (T4)."""
    request = await _request(request_id)
    require_role_in_department(
        actor, APPROVING_ROLES, request.approval_department_id, "审批人员或部门管理员"
    )
    clean = rules.clean_decision(outcome, decision)
    rules.check_open(request.status)
    async with transaction():
        request = await JointReviewRequest.select_for_update().get(id=request.id)
        rules.check_open(request.status)
        responses = list(
            await JointReviewResponse.select_for_update()
            .filter(request_id=request.id)
            .order_by("id")
        )
        now = utc_now()
        rules.check_decide(
            [
                rules.ResponseFact(r.department_id, ResponseStatus(r.status), r.due_at)
                for r in responses
            ],
            now,
        )
        before = request.snapshot()
        request.status = JointReviewStatus.DECIDED
        request.outcome = clean.outcome
        request.decision = clean.decision
        request.decided_at = now
        request.decided_by_id = actor.user_id
        request.updated_at = now
        await request.save()
        await record(
            actor,
            "joint_review.decide",
            target_type=REQUEST_OWNER,
            target_id=request.id,
            before=before,
            after=request.snapshot(),
            department_id=request.approval_department_id,
        )
        await attach(actor, attachment_ids, owner_type=REQUEST_OWNER, owner_id=request.id)
        for response in responses:
            if response.status in rules.WAITING:  # past due, never answered (T4)
                response_before = response.snapshot()
                response.status = ResponseStatus.NO_RESPONSE
                response.late_working_days = await close_if_open(
                    actor, response.deadline_id, at=now
                )
                response.updated_at = now
                await response.save()
                await record(
                    actor,
                    "joint_review.no_response",
                    target_type=RESPONSE_OWNER,
                    target_id=response.id,
                    before=response_before,
                    after=response.snapshot(),
                    department_id=response.department_id,
                )
            await emit(
                LinkageEventKind.JOINT_REVIEW_DECIDED,
                department_id=response.department_id,
                subject_type=REQUEST_OWNER,
                subject_id=request.id,
                at=now,
            )
    return request
