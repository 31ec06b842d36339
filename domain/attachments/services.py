"""Attachments: upload (before the record exists), attach to a record in the record's
use case, read with the record's permission.

The page uploads a file first (``upload``: metadata and bytes in one transaction) and
sends its id with the mutation; the mutation's use case calls ``attach`` in its own
transaction, so a record and its attachments are stored together or not at all.
An attachment not attached yet is visible to its uploader only. Who may read an
attached one is the owner area's rule, registered with ``register_owner``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Sequence
from pathlib import PurePath

from domain.accounts.actor import Actor
from domain.accounts.policy import Operation, require
from domain.attachments.models import Attachment, AttachmentContent
from domain.audit.services import record
from domain.clock import utc_now
from domain.errors import InvalidInput, NotFound
from domain.transaction import transaction

MAX_BYTES = 20 * 1024 * 1024
MAX_PER_RECORD = 20
NAME_MAX = 200
# Office documents, PDF/OFD (signed, sealed letters), images, archives.
CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".ofd": "application/ofd",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".zip": "application/zip",
    ".txt": "text/plain; charset=utf-8",
}

# owner_type -> async (actor, owner_id) -> may the actor read that record?
OwnerReader = Callable[[Actor, int], Awaitable[bool]]
_owners: dict[str, OwnerReader] = {}


def register_owner(owner_type: str, can_read: OwnerReader) -> None:
    """An area declares a record type that carries attachments, with its read rule."""
    _owners[owner_type] = can_read


def content_type_of(file_name: str) -> str:
    suffix = PurePath(file_name).suffix.lower()
    if suffix not in CONTENT_TYPES:
        allowed = "、".join(sorted(CONTENT_TYPES))
        raise InvalidInput(
            f"不支持的文件类型 {suffix or '（无扩展名）'}：只接受 {allowed}。", field="file"
        )
    return CONTENT_TYPES[suffix]


async def upload(actor: Actor, file_name: str, data: bytes) -> Attachment:
    """Store an uploaded file (not attached yet); anyone who may act on records."""
    require(actor, Operation.ACT_ON_RECORDS, actor.department_id)
    name = PurePath((file_name or "").replace("\\", "/")).name.strip()
    if not name:
        raise InvalidInput("请提供文件名。", field="fileName")
    if len(name) > NAME_MAX:
        raise InvalidInput(f"文件名不能超过 {NAME_MAX} 个字符。", field="fileName")
    content_type = content_type_of(name)
    if not data:
        raise InvalidInput("文件是空的。", field="file")
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"文件不能超过 {MAX_BYTES // (1024 * 1024)} MB。", field="file")
    async with transaction():
        attachment = await Attachment.create(
            file_name=name,
            content_type=content_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            uploaded_by_id=actor.user_id,
            department_id=actor.department_id,
            uploaded_at=utc_now(),
        )
        await AttachmentContent.create(id=attachment.id, data=data)
        await record(
            actor,
            "attachment.upload",
            target_type="Attachment",
            target_id=attachment.id,
            before=None,
            after=attachment.snapshot(),
            department_id=actor.department_id,
        )
    return attachment


async def attach(
    actor: Actor,
    attachment_ids: Sequence[int],
    *,
    owner_type: str,
    owner_id: int,
    field: str = "attachmentIds",
) -> list[Attachment]:
    """Attach uploaded files to a record: call inside the record's use case transaction.

    Each must exist, be uploaded by ``actor`` and not be attached yet; otherwise
    ``InvalidInput`` naming ``field`` and nothing is attached.
    """
    if owner_type not in _owners:
        raise ValueError(f"{owner_type} is not registered with register_owner")
    ids = list(dict.fromkeys(attachment_ids))
    if not ids:
        return []
    if len(ids) > MAX_PER_RECORD:
        raise InvalidInput(f"附件不能超过 {MAX_PER_RECORD} 个。", field=field)
    async with transaction():
        rows = {row.id: row for row in await Attachment.select_for_update().filter(id__in=ids)}
        for attachment_id in ids:
            row = rows.get(attachment_id)
            if row is None or (actor.user_id is not None and row.uploaded_by_id != actor.user_id):
                raise InvalidInput(f"附件 {attachment_id} 不存在或不是本人上传的。", field=field)
            if row.owner_type is not None:
                raise InvalidInput(f"附件“{row.file_name}”已属于另一条记录。", field=field)
        now = utc_now()
        await Attachment.filter(id__in=ids).update(
            owner_type=owner_type, owner_id=owner_id, attached_at=now
        )
        for attachment_id in ids:
            row = rows[attachment_id]
            before = row.snapshot()
            row.owner_type, row.owner_id, row.attached_at = owner_type, owner_id, now
            await record(
                actor,
                "attachment.attach",
                target_type="Attachment",
                target_id=row.id,
                before=before,
                after=row.snapshot(),
                department_id=row.department_id,
            )
    return [rows[i] for i in ids]


async def attachments_of(owner_type: str, owner_ids: Sequence[int]) -> list[list[Attachment]]:
    """For a DataLoader: the attachments of each owner, in upload order."""
    grouped: dict[int, list[Attachment]] = {i: [] for i in owner_ids}
    rows = await Attachment.filter(owner_type=owner_type, owner_id__in=list(owner_ids)).order_by(
        "id"
    )
    for row in rows:
        grouped[int(row.owner_id or 0)].append(row)
    return [grouped[i] for i in owner_ids]


async def can_read(actor: Actor, attachment: Attachment) -> bool:
    if attachment.owner_type is None:
        return actor.user_id is not None and attachment.uploaded_by_id == actor.user_id
    reader = _owners.get(attachment.owner_type)
    return reader is not None and await reader(actor, int(attachment.owner_id or 0))


async def download(actor: Actor, attachment_id: int) -> tuple[Attachment, bytes]:
    """The attachment and its bytes, if ``actor`` may read its record; ``NotFound`` else."""
    attachment = await Attachment.get_or_none(id=attachment_id)
    if attachment is None or not await can_read(actor, attachment):
        raise NotFound("附件不存在或无权查看。", field="id")
    content = await AttachmentContent.get(id=attachment.id)
    return attachment, bytes(content.data)
