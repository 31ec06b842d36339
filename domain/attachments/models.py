"""Tortoise models of attachments: the metadata, and the bytes in a table of their own.

The bytes live in the database (``AttachmentContent``), not on a disk beside one
server: every API process and worker reads the same, and an upload is stored in one
transaction with its metadata, never half-written. Lists read ``Attachment`` only.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model


class Attachment(Model):
    id = fields.IntField(primary_key=True)
    file_name = fields.CharField(max_length=200)
    content_type = fields.CharField(max_length=100)
    size = fields.IntField()
    sha256 = fields.CharField(max_length=64)
    uploaded_by_id = fields.IntField(null=True)
    department_id = fields.IntField(null=True)  # the uploader's department
    uploaded_at = fields.DatetimeField()
    # The record it belongs to, set once by ``attach``; None: uploaded, not attached yet.
    owner_type = fields.CharField(max_length=64, null=True)
    owner_id = fields.BigIntField(null=True)
    attached_at = fields.DatetimeField(null=True)

    class Meta:
        table = "attachment"
        indexes = (Index(fields=("owner_type", "owner_id"), name="attachment_owner"),)

    def snapshot(self) -> dict[str, object]:
        return {
            "file_name": self.file_name,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
            "owner_type": self.owner_type,
            "owner_id": self.owner_id,
        }


class AttachmentContent(Model):
    """The bytes of an attachment (same id)."""

    id = fields.IntField(primary_key=True)
    data = fields.BinaryField()

    class Meta:
        table = "attachment_content"
