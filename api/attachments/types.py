"""GraphQL type of an attachment, its node resolver and the per-owner DataLoader.

An area that carries attachments adds a field such as::

    @strawberry.field(description="附件 (attachments)。")
    async def attachments(self, info: Info) -> list[Attachment]:
        return await attachments_loader(info, "Push").load(self.pk)

``attachments_loader(info, owner_type)`` batches every owner of that type asked for in
the request into one query (``attachments_of``). The owner's visibility has been
checked by whoever returned the owner, so the list needs no further check.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import strawberry
from strawberry.dataloader import DataLoader

from api.context import Info
from api.relay import Node, node_resolver, to_global_id
from domain.attachments import services
from domain.attachments.models import Attachment as AttachmentRow

DOWNLOAD_PATH = "/files/attachments"


def download_url(attachment_id: int) -> str:
    """The download path of an attachment: ``/files/attachments/{global id}``."""
    return f"{DOWNLOAD_PATH}/{to_global_id('Attachment', attachment_id)}"


@strawberry.type(
    description="附件 (Attachment)：随记录保存的文件（审批档案、证据、决定书等），"
    "字节保存在数据库中；能查看记录者可下载。"
)
class Attachment(Node):
    pk: strawberry.Private[int]
    file_name: str = strawberry.field(description="文件名 (file name)。")
    content_type: str = strawberry.field(
        description="文件类型 (content type)：如 application/pdf。"
    )
    size: int = strawberry.field(description="文件大小 (size)：字节。")
    sha256: str = strawberry.field(description="SHA-256 摘要 (sha256)：十六进制，用于核验文件。")
    uploaded_at: datetime = strawberry.field(description="上传时间 (uploaded at)。")
    url: str = strawberry.field(
        description="下载地址 (url)：GET 该路径下载文件（会话 Cookie 或 API 令牌）。"
    )

    @classmethod
    def from_model(cls, row: AttachmentRow) -> Attachment:
        return cls(
            pk=row.id,
            file_name=row.file_name,
            content_type=row.content_type,
            size=row.size,
            sha256=row.sha256,
            uploaded_at=row.uploaded_at,
            url=download_url(row.id),
        )


def attachments_loader(info: Info, owner_type: str) -> DataLoader[int, list[Attachment]]:
    """The per-request loader of the attachments of owners of ``owner_type``, by owner id."""

    async def load(owner_ids: Sequence[int]) -> list[list[Attachment]]:
        grouped = await services.attachments_of(owner_type, owner_ids)
        return [[Attachment.from_model(row) for row in rows] for rows in grouped]

    return info.context.loader(f"attachments_of:{owner_type}", load)


@node_resolver("Attachment")
async def resolve_attachment(info: Info, pk: int) -> Attachment | None:
    actor = info.context.actor
    if not actor.is_authenticated:
        return None
    row = await AttachmentRow.get_or_none(id=pk)
    if row is None or not await services.can_read(actor, row):
        return None
    return Attachment.from_model(row)
