"""Test helpers of task results (S2, S3) and license requests (S4).

push, task = await claimed_task(county, catalogue, "BK-1")
ids = await evidence(county, "scj.sup")
"""

from __future__ import annotations

from datetime import date, datetime

from domain.attachments.services import upload
from domain.linkage.models import Push, SupervisionTask
from domain.linkage.rules import FeedbackData, ResultKind
from domain.linkage.services import claims
from tests.catalogue_factories import County
from tests.linkage_factories import Catalogue, record


async def claimed_task(
    county: County,
    catalogue: Catalogue,
    number: str,
    *,
    serial: int = 1,
    by: str = "scj.sup",
    **kw: object,
) -> tuple[Push, SupervisionTask]:
    """A push recorded now and claimed by SCJ: its supervision task."""
    push = await record(county, catalogue, number, serial=serial, **kw)
    task = await claims.claim_push(county.actor(by), push.id)
    return await Push.get(id=push.id), task


async def evidence(county: County, username: str, count: int = 1) -> tuple[int, ...]:
    """Files uploaded by ``username``, not attached yet."""
    ids = []
    for n in range(count):
        row = await upload(county.actor(username), f"现场检查记录{n + 1}.pdf", b"%PDF-1.4 test")
        ids.append(row.id)
    return tuple(ids)


def result(
    kind: ResultKind,
    acted_at: datetime,
    *,
    summary: str = "现场检查：经营场所、许可项目与许可内容一致。",
    rectification_deadline: date | None = None,
    penalty_document_number: str = "",
    attachment_ids: tuple[int, ...] = (),
) -> FeedbackData:
    return FeedbackData(
        result=kind,
        acted_at=acted_at,
        summary=summary,
        rectification_deadline=rectification_deadline,
        penalty_document_number=penalty_document_number,
        attachment_ids=attachment_ids,
    )
