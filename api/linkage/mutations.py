"""Mutations of the linkage loop: record a decision (P1), claim (P2), return and
reassign (P3); each calls one domain service."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import strawberry

from api.context import Info
from api.errors import (
    mutation_result,
    result_union,
    to_error,
)
from api.linkage.types import Dispute, Push, SupervisionTask
from api.relay import int_pk
from domain.errors import DomainError
from domain.linkage import rules
from domain.linkage.models import Push as PushModel
from domain.linkage.models import SupervisionTask as TaskModel
from domain.linkage.services import claims, pushes


def _arg(description: str) -> Any:
    return strawberry.argument(description=description)


@strawberry.input(description="行政相对人信息 (LicenseeInput)：按代码合并为同一条记录 (P6)。")
class LicenseeInput:
    number: str = strawberry.field(
        description="统一社会信用代码或身份证号 (number)：18 位，校验位须正确。"
    )
    name: str = strawberry.field(description="名称或姓名 (name)。")
    contact_phone: str = strawberry.field(default="", description="联系电话 (contact phone)。")
    address: str = strawberry.field(default="", description="地址 (address)。")
    legal_representative: str = strawberry.field(
        default="", description="法定代表人 (legal representative)。"
    )


@strawberry.input(description="录入审批决定 (RecordApprovalDecisionInput)：P1 所列全部信息。")
class RecordApprovalDecisionInput:
    handling_item_id: strawberry.ID = strawberry.field(
        description="业务办理项 (handlingItemId)：HandlingItem 的全局编号。"
    )
    document_number: str = strawberry.field(description="法律文书编号 (document number)：唯一。")
    licensee: LicenseeInput = strawberry.field(description="行政相对人 (licensee)。")
    license_date: date = strawberry.field(
        description="许可日期 (license date)：决定日，按当日生效的清单路由。"
    )
    valid_from: date | None = strawberry.field(
        default=None, description="有效期起 (valid from)：默认为许可日期。"
    )
    valid_until: date | None = strawberry.field(
        default=None, description="有效期止 (valid until)：不填表示长期有效。"
    )
    license_content: str = strawberry.field(description="许可内容 (license content)。")
    materials: list[str] = strawberry.field(
        default_factory=list, description="审批档案：申请材料清单 (materials)。"
    )
    handling_opinion: str = strawberry.field(
        default="", description="审批档案：办理意见 (handling opinion)。"
    )
    commitment_content: str = strawberry.field(
        default="", description="审批档案：告知承诺内容 (commitment content)。"
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="审批档案附件 (attachmentIds)：先经 POST /files/attachments 上传所得的 "
        "Attachment 全局编号，与推送在同一事务中保存；至多 20 个。",
    )


@strawberry.input(description="认领推送 (ClaimPushInput)。")
class ClaimPushInput:
    push_id: strawberry.ID = strawberry.field(description="推送 (pushId)：Push 的全局编号。")


@strawberry.input(description="批量认领推送 (ClaimPushesInput)：最多 100 条，逐条认领。")
class ClaimPushesInput:
    push_ids: list[strawberry.ID] = strawberry.field(
        description="推送 (pushIds)：Push 的全局编号列表。"
    )


@strawberry.input(description="退回推送 (ReturnPushInput)：认为不属于本部门职责 (P3)。")
class ReturnPushInput:
    push_id: strawberry.ID = strawberry.field(description="推送 (pushId)：Push 的全局编号。")
    reason: str = strawberry.field(description="退回理由 (reason)：必填。")


@strawberry.input(description="重新分派推送 (ReassignPushInput)：协调小组处理退回或无关联的推送。")
class ReassignPushInput:
    push_id: strawberry.ID = strawberry.field(description="推送 (pushId)：Push 的全局编号。")
    department_id: strawberry.ID = strawberry.field(
        description="监管部门 (departmentId)：分派到的部门的全局编号（可为原部门）。"
    )
    note: str = strawberry.field(default="", description="协调意见 (note)。")


@strawberry.type(description="审批决定已推送 (RecordApprovalDecisionSuccess)。")
class RecordApprovalDecisionSuccess:
    push: Push = strawberry.field(
        description="推送 (push)：已路由到监管部门，或无审管关联 (ROUTING_GAP)。"
    )


@strawberry.type(description="推送已认领 (ClaimPushSuccess)。")
class ClaimPushSuccess:
    push: Push = strawberry.field(description="推送 (push)。")
    task: SupervisionTask = strawberry.field(description="生成的监管任务 (task)。")


ClaimPushResult = result_union(
    "ClaimPushResult", ClaimPushSuccess, "认领推送结果 (ClaimPushResult)。"
)


@strawberry.type(description="批量认领中一条推送的结果 (ClaimPushesItem)。")
class ClaimPushesItem:
    push_id: strawberry.ID = strawberry.field(description="推送 (pushId)：请求中的全局编号。")
    result: ClaimPushResult = strawberry.field(description="该推送的认领结果 (result)。")


@strawberry.type(description="批量认领已处理 (ClaimPushesSuccess)：每条推送一个结果，顺序同请求。")
class ClaimPushesSuccess:
    results: list[ClaimPushesItem] = strawberry.field(description="各推送的结果 (results)。")
    claimed_count: int = strawberry.field(description="成功认领的条数 (claimed count)。")


@strawberry.type(description="推送已退回 (ReturnPushSuccess)：职责争议已提交协调小组。")
class ReturnPushSuccess:
    push: Push = strawberry.field(description="推送 (push)。")
    dispute: Dispute = strawberry.field(description="职责争议 (dispute)。")


@strawberry.type(description="推送已重新分派 (ReassignPushSuccess)：新的认领期限自分派时起算。")
class ReassignPushSuccess:
    push: Push = strawberry.field(description="推送 (push)。")


RecordApprovalDecisionResult = result_union(
    "RecordApprovalDecisionResult",
    RecordApprovalDecisionSuccess,
    "录入审批决定结果 (RecordApprovalDecisionResult)。",
)
ClaimPushesResult = result_union(
    "ClaimPushesResult", ClaimPushesSuccess, "批量认领结果 (ClaimPushesResult)。"
)
ReturnPushResult = result_union(
    "ReturnPushResult", ReturnPushSuccess, "退回推送结果 (ReturnPushResult)。"
)
ReassignPushResult = result_union(
    "ReassignPushResult", ReassignPushSuccess, "重新分派推送结果 (ReassignPushResult)。"
)


def attachment_pks(global_ids: list[strawberry.ID], field: str = "attachmentIds") -> list[int]:
    """Attachment primary keys of global ids (``InvalidInput`` naming ``field``)."""
    return [int_pk(global_id, "Attachment", field) for global_id in global_ids]


def approval_decision(
    input: RecordApprovalDecisionInput, handling_item: int
) -> rules.ApprovalDecision:
    """The domain's decision of an input (also used by the bulk import)."""
    return rules.ApprovalDecision(
        handling_item=handling_item,
        document_number=input.document_number,
        licensee=rules.LicenseeData(
            number=input.licensee.number,
            name=input.licensee.name,
            contact_phone=input.licensee.contact_phone,
            address=input.licensee.address,
            legal_representative=input.licensee.legal_representative,
        ),
        license_date=input.license_date,
        valid_from=input.valid_from,
        valid_until=input.valid_until,
        license_content=input.license_content,
        materials=list(input.materials),
        handling_opinion=input.handling_opinion,
        commitment_content=input.commitment_content,
        attachment_ids=attachment_pks(input.attachment_ids),
    )


async def _claim_success(task_row: TaskModel) -> ClaimPushSuccess:
    push_row = await PushModel.get(id=task_row.push_id)
    return ClaimPushSuccess(
        push=Push.from_model(push_row), task=SupervisionTask.from_model(task_row)
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="录入审批决定 (recordApprovalDecision)：审批部门的审批人员或部门管理员；"
        "按决定日生效的清单立即推送给监管部门，无审管关联时交协调小组 (P1)。"
    )
    async def record_approval_decision(
        self,
        info: Info,
        input: Annotated[RecordApprovalDecisionInput, _arg("审批决定 (input)。")],
    ) -> RecordApprovalDecisionResult:
        async def work() -> RecordApprovalDecisionSuccess:
            decision = approval_decision(
                input, int_pk(input.handling_item_id, "HandlingItem", "handlingItemId")
            )
            row = await pushes.record_approval_decision(info.context.actor, decision)
            return RecordApprovalDecisionSuccess(push=Push.from_model(row))

        return await mutation_result(work())

    @strawberry.mutation(
        description="认领推送 (claimPush)：推送所属监管部门的监管人员或部门管理员；"
        "生成监管任务 (P2, P4)。两人同时认领时只有一人成功。"
    )
    async def claim_push(
        self, info: Info, input: Annotated[ClaimPushInput, _arg("认领推送 (input)。")]
    ) -> ClaimPushResult:
        async def work() -> ClaimPushSuccess:
            task = await claims.claim_push(
                info.context.actor, int_pk(input.push_id, "Push", "pushId")
            )
            return await _claim_success(task)

        return await mutation_result(work())

    @strawberry.mutation(
        description="批量认领推送 (claimPushes)：逐条认领，每条推送返回各自的结果。"
    )
    async def claim_pushes(
        self, info: Info, input: Annotated[ClaimPushesInput, _arg("批量认领推送 (input)。")]
    ) -> ClaimPushesResult:
        async def work() -> ClaimPushesSuccess:
            actor = info.context.actor
            claims.check_batch_size(len(input.push_ids))
            parsed: list[int | DomainError] = []
            for global_id in input.push_ids:
                try:
                    parsed.append(int_pk(global_id, "Push", "pushIds"))
                except DomainError as exc:
                    parsed.append(exc)
            valid = [pk for pk in parsed if isinstance(pk, int)]
            outcomes = iter(await claims.claim_pushes(actor, valid) if valid else [])
            results = []
            for global_id, pk in zip(input.push_ids, parsed, strict=True):
                if isinstance(pk, DomainError):
                    result: Any = to_error(pk)
                else:
                    outcome = next(outcomes)
                    result = (
                        to_error(outcome.error)
                        if outcome.task is None
                        else await _claim_success(outcome.task)
                    )
                results.append(ClaimPushesItem(push_id=global_id, result=result))
            claimed = sum(isinstance(item.result, ClaimPushSuccess) for item in results)
            return ClaimPushesSuccess(results=results, claimed_count=claimed)

        return await mutation_result(work())

    @strawberry.mutation(
        description="退回推送 (returnPush)：推送所属监管部门认为不属于本部门职责，附理由；"
        "形成职责争议，由协调小组重新分派 (P3)。"
    )
    async def return_push(
        self, info: Info, input: Annotated[ReturnPushInput, _arg("退回推送 (input)。")]
    ) -> ReturnPushResult:
        async def work() -> ReturnPushSuccess:
            dispute = await claims.return_push(
                info.context.actor, int_pk(input.push_id, "Push", "pushId"), input.reason
            )
            push_row = await PushModel.get(id=dispute.push_id)
            return ReturnPushSuccess(
                push=Push.from_model(push_row), dispute=Dispute.from_model(dispute)
            )

        return await mutation_result(work())

    @strawberry.mutation(
        description="重新分派推送 (reassignPush)：协调小组将被退回或无审管关联的推送分派给"
        "某监管部门（可为原部门），自分派时起重新计算认领期限 (P3)。"
    )
    async def reassign_push(
        self, info: Info, input: Annotated[ReassignPushInput, _arg("重新分派推送 (input)。")]
    ) -> ReassignPushResult:
        async def work() -> ReassignPushSuccess:
            row = await claims.reassign_push(
                info.context.actor,
                int_pk(input.push_id, "Push", "pushId"),
                int_pk(input.department_id, "Department", "departmentId"),
                input.note,
            )
            return ReassignPushSuccess(push=Push.from_model(row))

        return await mutation_result(work())
