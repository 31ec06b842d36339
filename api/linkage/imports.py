"""Bulk import of approval decisions made in the provincial platform (P1) over GraphQL:
all or nothing, with every wrong row named; calls ``pushes.import_approval_decisions``."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from api.context import Info
from api.errors import Error, mutation_result, result_union
from api.linkage.mutations import RecordApprovalDecisionInput, approval_decision
from api.linkage.types import Push
from api.relay import int_pk
from domain.errors import DomainError, ErrorCode, InvalidInput
from domain.linkage.services import pushes

MAX_DECISIONS = 500
# A handling item id no row has: a row whose id cannot be read is still checked
# (its other fields too) by the domain, which rejects it; its error is then the
# edge's own message.
_NO_HANDLING_ITEM = 0


@strawberry.type(description="导入错误 (DecisionImportRowError)：一条审批决定中的一处错误。")
class DecisionImportRowError:
    row: int = strawberry.field(description="序号 (row)：在 decisions 列表中的位置，从 1 起。")
    field: str | None = strawberry.field(
        description="出错的字段 (field)：如 documentNumber、licensee.number；整条的错误为 null。"
    )
    message: str = strawberry.field(description="错误说明 (message)：中文。")


@strawberry.type(
    description="审批决定未导入 (ImportApprovalDecisionsRejected)：有错误的条目逐条列出，"
    "未保存任何数据。"
)
class ImportApprovalDecisionsRejected(Error):
    rows: list[DecisionImportRowError] = strawberry.field(
        description="各条错误 (rows)：按序号排列。"
    )


@strawberry.type(
    description="审批决定已导入 (ImportApprovalDecisionsSuccess)：全部推送，顺序同请求。"
)
class ImportApprovalDecisionsSuccess:
    pushes: list[Push] = strawberry.field(description="生成的推送 (pushes)：来源为省平台导入。")


ImportApprovalDecisionsResult = result_union(
    "ImportApprovalDecisionsResult",
    ImportApprovalDecisionsSuccess | ImportApprovalDecisionsRejected,
    "导入审批决定结果 (ImportApprovalDecisionsResult)。",
)


def _rejected(errors: list[pushes.RowError], message: str) -> ImportApprovalDecisionsRejected:
    return ImportApprovalDecisionsRejected(
        message=message,
        code=ErrorCode.INVALID_INPUT,
        field="decisions",
        rows=[DecisionImportRowError(row=e.row, field=e.field, message=e.message) for e in errors],
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="导入审批决定 (importApprovalDecisions)：在省政务服务平台作出的审批决定，"
        f"一次至多 {MAX_DECISIONS} 条；全部无误才全部推送，否则逐条列出错误、不保存任何数据 "
        "(P1)。审批部门的审批人员或部门管理员。"
    )
    async def import_approval_decisions(
        self,
        info: Info,
        decisions: Annotated[
            list[RecordApprovalDecisionInput],
            strawberry.argument(
                description="审批决定 (decisions)：每条同 recordApprovalDecision。"
            ),
        ],
    ) -> ImportApprovalDecisionsResult:
        async def work() -> Any:
            if not decisions:
                raise InvalidInput("请提供要导入的审批决定。", field="decisions")
            if len(decisions) > MAX_DECISIONS:
                raise InvalidInput(
                    f"一次至多导入 {MAX_DECISIONS} 条审批决定（本次 {len(decisions)} 条）。",
                    field="decisions",
                )
            unreadable: dict[int, pushes.RowError] = {}
            parsed = []
            for row, item in enumerate(decisions, start=1):
                try:
                    handling = int_pk(item.handling_item_id, "HandlingItem", "handlingItemId")
                    parsed.append(approval_decision(item, handling))
                except DomainError as exc:
                    unreadable[row] = pushes.RowError(row, exc.field, exc.message)
                    # Checked by the domain with an id no handling item has: rejected.
                    item_ = approval_decision(_without_ids(item), _NO_HANDLING_ITEM)
                    parsed.append(item_)
            try:
                created = await pushes.import_approval_decisions(info.context.actor, parsed)
            except pushes.DecisionImportRejected as exc:
                errors = [e for e in exc.errors if e.row not in unreadable]
                errors = sorted([*errors, *unreadable.values()], key=lambda e: e.row)
                shown = "；".join(f"第 {e.row} 条：{e.message}" for e in errors[:5])
                more = f"；另有 {len(errors) - 5} 处错误" if len(errors) > 5 else ""
                return _rejected(errors, f"审批决定未导入：{shown}{more}。")
            return ImportApprovalDecisionsSuccess(pushes=[Push.from_model(p) for p in created])

        return await mutation_result(work())


def _without_ids(item: RecordApprovalDecisionInput) -> RecordApprovalDecisionInput:
    """The row without its global ids (the unreadable one is reported by the edge)."""
    return RecordApprovalDecisionInput(
        handling_item_id=item.handling_item_id,
        document_number=item.document_number,
        licensee=item.licensee,
        license_date=item.license_date,
        valid_from=item.valid_from,
        valid_until=item.valid_until,
        license_content=item.license_content,
        materials=item.materials,
        handling_opinion=item.handling_opinion,
        commitment_content=item.commitment_content,
        attachment_ids=[],
    )
