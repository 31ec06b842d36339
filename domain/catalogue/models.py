"""Tortoise models of the linkage catalogue (审管联动事项清单, C1–C5).

The live tables are the draft: approval items with their handling items,
supervision items with their sub-items, and the links between a handling item
and the supervising department (C3). Publishing (C5) freezes the draft into a
``CatalogueVersion`` with an effective date and copies it into the
``Published*`` tables, which are never changed afterwards. Later areas route a
push by ``PublishedLink`` (one row per handling item and version, unique).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tortoise import fields
from tortoise.models import Model

from domain.accounts.models import Department, User
from domain.catalogue.rules import KeyArea, LinkStatus

# ---- the draft ------------------------------------------------------------------


class ApprovalItem(Model):
    """审批事项 (C1, C4): a licensing matter decided by an approval department."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200, db_index=True)
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="approval_items", on_delete=fields.RESTRICT
    )
    department_id: int
    legal_basis = fields.TextField(default="")
    # 告知承诺制 (C4): eligibility, modes (CommitmentMode values, sorted), the
    # verification period of POST_VERIFICATION, the credit grades allowed ("A".."D").
    commitment_eligible = fields.BooleanField(default=False, db_index=True)
    commitment_modes = fields.JSONField(default=list)
    verification_period_working_days = fields.IntField(null=True)
    allowed_credit_grades = fields.JSONField(default=list)
    # Derived from commitment_modes by save() so that lists filter by plain columns
    # on every dialect: the flag of POST_VERIFICATION, and ",MODE,MODE," for LIKE.
    requires_post_verification = fields.BooleanField(default=False, db_index=True)
    commitment_mode_flags = fields.CharField(max_length=128, default="")
    is_active = fields.BooleanField(default=True, db_index=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    handling_items: fields.ReverseRelation[HandlingItem]

    class Meta:
        table = "catalogue_approval_item"

    async def save(
        self,
        using_db: Any = None,
        update_fields: Iterable[str] | None = None,
        force_create: bool = False,
        force_update: bool = False,
    ) -> None:
        modes = sorted(str(getattr(m, "value", m)) for m in self.commitment_modes)
        self.requires_post_verification = "POST_VERIFICATION" in modes
        self.commitment_mode_flags = f",{','.join(modes)}," if modes else ""
        if update_fields is not None and "commitment_modes" in update_fields:
            update_fields = [
                *update_fields,
                *(
                    f
                    for f in ("requires_post_verification", "commitment_mode_flags")
                    if f not in update_fields
                ),
            ]
        await super().save(
            using_db=using_db,
            update_fields=update_fields,
            force_create=force_create,
            force_update=force_update,
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "department_id": self.department_id,
            "legal_basis": self.legal_basis,
            "commitment_eligible": self.commitment_eligible,
            "commitment_modes": list(self.commitment_modes),
            "verification_period_working_days": self.verification_period_working_days,
            "allowed_credit_grades": list(self.allowed_credit_grades),
            "is_active": self.is_active,
        }


class HandlingItem(Model):
    """业务办理项 (C1): a concrete way an approval item is handled."""

    id = fields.IntField(primary_key=True)
    approval_item: fields.ForeignKeyRelation[ApprovalItem] = fields.ForeignKeyField(
        "models.ApprovalItem", related_name="handling_items", on_delete=fields.RESTRICT
    )
    approval_item_id: int
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200, db_index=True)
    is_active = fields.BooleanField(default=True, db_index=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "catalogue_handling_item"

    def snapshot(self) -> dict[str, Any]:
        return {
            "approval_item_id": self.approval_item_id,
            "code": self.code,
            "name": self.name,
            "is_active": self.is_active,
        }


class SupervisionItem(Model):
    """监管事项 (C2): a supervision matter of a supervision department."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200, db_index=True)
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="supervision_items", on_delete=fields.RESTRICT
    )
    department_id: int
    legal_basis = fields.TextField(default="")
    # 重点监管 (制度 Art 12): key supervision and its area (set together).
    is_key = fields.BooleanField(default=False, db_index=True)
    key_area = fields.CharEnumField(KeyArea, max_length=32, null=True)
    is_active = fields.BooleanField(default=True, db_index=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    sub_items: fields.ReverseRelation[SupervisionSubItem]

    class Meta:
        table = "catalogue_supervision_item"

    def snapshot(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "department_id": self.department_id,
            "legal_basis": self.legal_basis,
            "is_key": self.is_key,
            "key_area": self.key_area.value if self.key_area else None,
            "is_active": self.is_active,
        }


class SupervisionSubItem(Model):
    """监管事项子项 (C2): the unit a link points to."""

    id = fields.IntField(primary_key=True)
    supervision_item: fields.ForeignKeyRelation[SupervisionItem] = fields.ForeignKeyField(
        "models.SupervisionItem", related_name="sub_items", on_delete=fields.RESTRICT
    )
    supervision_item_id: int
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200, db_index=True)
    is_active = fields.BooleanField(default=True, db_index=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "catalogue_supervision_sub_item"

    def snapshot(self) -> dict[str, Any]:
        return {
            "supervision_item_id": self.supervision_item_id,
            "code": self.code,
            "name": self.name,
            "is_active": self.is_active,
        }


class CatalogueLink(Model):
    """审管关联 (C3): a handling item ↔ the supervising department and its sub-item.

    The approval side proposes the department (PROPOSED); that department
    confirms by naming its sub-item (CONFIRMED) or rejects with a reason
    (REJECTED); a link is ended by UNLINKED. At most one PROPOSED-or-CONFIRMED
    link per handling item: ``open_handling_item_id`` equals ``handling_item_id``
    while the link is open and is NULL otherwise, and is unique (NULLs repeat),
    so the database itself refuses a second open link.
    """

    id = fields.IntField(primary_key=True)
    handling_item: fields.ForeignKeyRelation[HandlingItem] = fields.ForeignKeyField(
        "models.HandlingItem", related_name="links", on_delete=fields.RESTRICT
    )
    handling_item_id: int
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="catalogue_links", on_delete=fields.RESTRICT
    )
    department_id: int
    supervision_sub_item: fields.ForeignKeyNullableRelation[SupervisionSubItem] = (
        fields.ForeignKeyField(
            "models.SupervisionSubItem",
            related_name="links",
            null=True,
            on_delete=fields.RESTRICT,
        )
    )
    supervision_sub_item_id: int | None
    status = fields.CharEnumField(LinkStatus, max_length=16, db_index=True)
    open_handling_item_id = fields.IntField(null=True, unique=True)
    proposed_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="catalogue_links_proposed", null=True, on_delete=fields.SET_NULL
    )
    proposed_by_id: int | None
    proposed_at = fields.DatetimeField()
    confirmed_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="catalogue_links_confirmed",
        null=True,
        on_delete=fields.SET_NULL,
    )
    confirmed_by_id: int | None
    confirmed_at = fields.DatetimeField(null=True)
    # Who rejected or unlinked, when, and why (the reason is required for both).
    ended_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="catalogue_links_ended", null=True, on_delete=fields.SET_NULL
    )
    ended_by_id: int | None
    ended_at = fields.DatetimeField(null=True)
    reason = fields.TextField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "catalogue_link"

    def snapshot(self) -> dict[str, Any]:
        return {
            "handling_item_id": self.handling_item_id,
            "department_id": self.department_id,
            "supervision_sub_item_id": self.supervision_sub_item_id,
            "status": self.status.value,
            "reason": self.reason,
        }


# ---- published versions (C5) ------------------------------------------------------


class CatalogueVersion(Model):
    """清单版本 (C5): a published, frozen catalogue and the date it takes effect.

    The version in effect on a date is the one with the latest effective date
    not after it (the higher number among equal dates).
    """

    id = fields.IntField(primary_key=True)
    number = fields.IntField(unique=True)
    effective_date = fields.DateField(db_index=True)
    published_at = fields.DatetimeField()
    published_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="catalogue_versions", null=True, on_delete=fields.SET_NULL
    )
    published_by_id: int | None
    published_by_name = fields.CharField(max_length=150)
    note = fields.TextField(default="")
    approval_item_count = fields.IntField(default=0)
    handling_item_count = fields.IntField(default=0)
    supervision_item_count = fields.IntField(default=0)
    link_count = fields.IntField(default=0)

    class Meta:
        table = "catalogue_version"

    def snapshot(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "effective_date": self.effective_date.isoformat(),
            "note": self.note,
            "approval_item_count": self.approval_item_count,
            "handling_item_count": self.handling_item_count,
            "supervision_item_count": self.supervision_item_count,
            "link_count": self.link_count,
        }


class PublishedApprovalItem(Model):
    """An approval item as published in a version (names frozen)."""

    id = fields.IntField(primary_key=True)
    version: fields.ForeignKeyRelation[CatalogueVersion] = fields.ForeignKeyField(
        "models.CatalogueVersion", related_name="approval_items", on_delete=fields.RESTRICT
    )
    version_id: int
    approval_item_id = fields.IntField()
    code = fields.CharField(max_length=64)
    name = fields.CharField(max_length=200)
    department_id = fields.IntField()
    department_name = fields.CharField(max_length=100)
    legal_basis = fields.TextField(default="")
    commitment_eligible = fields.BooleanField(default=False)
    commitment_modes = fields.JSONField(default=list)
    verification_period_working_days = fields.IntField(null=True)
    allowed_credit_grades = fields.JSONField(default=list)

    class Meta:
        table = "catalogue_published_approval_item"
        unique_together = (("version", "code"),)


class PublishedSupervisionItem(Model):
    """A supervision item and its sub-items as published in a version."""

    id = fields.IntField(primary_key=True)
    version: fields.ForeignKeyRelation[CatalogueVersion] = fields.ForeignKeyField(
        "models.CatalogueVersion", related_name="supervision_items", on_delete=fields.RESTRICT
    )
    version_id: int
    supervision_item_id = fields.IntField()
    code = fields.CharField(max_length=64)
    name = fields.CharField(max_length=200)
    department_id = fields.IntField()
    department_name = fields.CharField(max_length=100)
    legal_basis = fields.TextField(default="")
    is_key = fields.BooleanField(default=False)
    key_area = fields.CharEnumField(KeyArea, max_length=32, null=True)
    # [{"id", "code", "name"}, ...] sorted by code.
    sub_items = fields.JSONField(default=list)

    class Meta:
        table = "catalogue_published_supervision_item"
        unique_together = (("version", "code"),)


class PublishedLink(Model):
    """A handling item of a published version and its confirmed route, if any.

    One row per active handling item and version (unique): ``published_route``
    finds the route of a handling item on a date with one indexed lookup. The
    supervision columns are NULL when the handling item had no confirmed link.
    """

    id = fields.IntField(primary_key=True)
    version: fields.ForeignKeyRelation[CatalogueVersion] = fields.ForeignKeyField(
        "models.CatalogueVersion", related_name="links", on_delete=fields.RESTRICT
    )
    version_id: int
    published_approval_item: fields.ForeignKeyRelation[PublishedApprovalItem] = (
        fields.ForeignKeyField(
            "models.PublishedApprovalItem", related_name="links", on_delete=fields.RESTRICT
        )
    )
    published_approval_item_id: int
    handling_item_id = fields.IntField()
    handling_item_code = fields.CharField(max_length=64)
    handling_item_name = fields.CharField(max_length=200)
    link_id = fields.IntField(null=True)
    department_id = fields.IntField(null=True)
    department_name = fields.CharField(max_length=100, null=True)
    supervision_item_id = fields.IntField(null=True)
    supervision_item_code = fields.CharField(max_length=64, null=True)
    supervision_item_name = fields.CharField(max_length=200, null=True)
    supervision_sub_item_id = fields.IntField(null=True)
    supervision_sub_item_code = fields.CharField(max_length=64, null=True)
    supervision_sub_item_name = fields.CharField(max_length=200, null=True)
    is_key = fields.BooleanField(default=False)
    key_area = fields.CharEnumField(KeyArea, max_length=32, null=True)

    class Meta:
        table = "catalogue_published_link"
        unique_together = (("version", "handling_item_id"), ("version", "handling_item_code"))
