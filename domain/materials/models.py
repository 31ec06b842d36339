"""Tortoise model of the materials store (L1): a licensee's material, by category, with
its validity period. A material is never deleted: it is withdrawn, with a reason."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from domain.accounts.models import Department
from domain.linkage.models import Licensee
from domain.materials.rules import MaterialCategory


class Material(Model):
    """证照材料 (L1): one e-license or material of a licensee."""

    id = fields.IntField(primary_key=True)
    licensee: fields.ForeignKeyRelation[Licensee] = fields.ForeignKeyField(
        "models.Licensee", related_name="materials", on_delete=fields.RESTRICT
    )
    licensee_id: int
    category = fields.CharEnumField(MaterialCategory, max_length=32)
    name = fields.CharField(max_length=200)
    document_number = fields.CharField(max_length=100, default="")  # 证照编号; "": none
    issuer = fields.CharField(max_length=200)  # 发证机关
    valid_from = fields.DateField()
    valid_until = fields.DateField(null=True)  # its last valid day; None: long-term
    # The department and user who recorded it.
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="materials", on_delete=fields.RESTRICT
    )
    department_id: int
    recorded_by_id = fields.IntField(null=True)  # None: the system
    recorded_at = fields.DatetimeField()
    corrected_at = fields.DatetimeField(null=True)
    corrected_by_id = fields.IntField(null=True)
    withdrawn_at = fields.DatetimeField(null=True)
    withdrawn_by_id = fields.IntField(null=True)
    withdrawal_reason = fields.TextField(default="")

    class Meta:
        table = "material"
        indexes = (
            Index(fields=("licensee_id", "category", "id"), name="material_licensee"),
            Index(fields=("category", "id"), name="material_category"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "licensee_id": self.licensee_id,
            "category": MaterialCategory(self.category).value,
            "name": self.name,
            "document_number": self.document_number,
            "issuer": self.issuer,
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            "department_id": self.department_id,
            "withdrawn_at": self.withdrawn_at,
            "withdrawn_by_id": self.withdrawn_by_id,
            "withdrawal_reason": self.withdrawal_reason,
        }
