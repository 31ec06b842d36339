"""Exporting the catalogue as a spreadsheet (C6), and the import template.

The export has the import's format (``spreadsheet.py``), so an exported file
imports again unchanged. The draft export holds the active approval items with
their active handling items, the active supervision items with their active
sub-items, and the open links (待确认 / 已确认); a published version holds what
was published, its routes as 已确认 links. Rows are ordered by code.
"""

from __future__ import annotations

from domain.accounts.actor import Actor
from domain.accounts.models import Department
from domain.catalogue.models import (
    CatalogueLink,
    CatalogueVersion,
    HandlingItem,
    PublishedApprovalItem,
    PublishedLink,
    PublishedSupervisionItem,
    SupervisionSubItem,
)
from domain.catalogue.rules import OPEN_LINK_STATUSES
from domain.catalogue.spreadsheet import (
    ApprovalRow,
    CatalogueSheets,
    LinkRow,
    SupervisionRow,
)
from domain.catalogue.spreadsheet_write import sorted_sheets, write_workbook
from domain.errors import NotAuthenticated, NotFound

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _value(enum_or_str: object) -> str | None:
    return None if enum_or_str is None else str(getattr(enum_or_str, "value", enum_or_str))


async def draft_sheets() -> CatalogueSheets:
    """The current (draft) catalogue as spreadsheet rows (three queries)."""
    handling = await HandlingItem.filter(is_active=True, approval_item__is_active=True).values(
        "code",
        "name",
        "approval_item__code",
        "approval_item__name",
        "approval_item__department__code",
        "approval_item__legal_basis",
        "approval_item__commitment_eligible",
        "approval_item__commitment_modes",
        "approval_item__verification_period_working_days",
        "approval_item__allowed_credit_grades",
    )
    subs = await SupervisionSubItem.filter(is_active=True, supervision_item__is_active=True).values(
        "code",
        "name",
        "supervision_item__code",
        "supervision_item__name",
        "supervision_item__department__code",
        "supervision_item__legal_basis",
        "supervision_item__is_key",
        "supervision_item__key_area",
    )
    links = await CatalogueLink.filter(
        status__in=list(OPEN_LINK_STATUSES),
        handling_item__is_active=True,
        handling_item__approval_item__is_active=True,
    ).values("handling_item__code", "department__code", "supervision_sub_item__code", "status")
    approval = [
        ApprovalRow(
            approval_code=h["approval_item__code"],
            approval_name=h["approval_item__name"],
            department_code=h["approval_item__department__code"],
            legal_basis=h["approval_item__legal_basis"] or "",
            commitment_eligible=bool(h["approval_item__commitment_eligible"]),
            commitment_modes=_modes(h["approval_item__commitment_modes"]),
            verification_period_working_days=h["approval_item__verification_period_working_days"],
            allowed_credit_grades=tuple(sorted(h["approval_item__allowed_credit_grades"] or ())),
            handling_code=h["code"],
            handling_name=h["name"],
        )
        for h in handling
    ]
    supervision = [
        SupervisionRow(
            supervision_code=s["supervision_item__code"],
            supervision_name=s["supervision_item__name"],
            department_code=s["supervision_item__department__code"],
            legal_basis=s["supervision_item__legal_basis"] or "",
            is_key=bool(s["supervision_item__is_key"]),
            key_area=_value(s["supervision_item__key_area"]),
            sub_item_code=s["code"],
            sub_item_name=s["name"],
        )
        for s in subs
    ]
    link_rows = [
        LinkRow(
            handling_code=link["handling_item__code"],
            department_code=link["department__code"],
            sub_item_code=link["supervision_sub_item__code"],
            status=_value(link["status"]) or "",
        )
        for link in links
    ]
    return sorted_sheets(CatalogueSheets(approval, supervision, link_rows))


def _modes(modes: object) -> tuple[str, ...]:
    from domain.catalogue.spreadsheet import COMMITMENT_MODES

    chosen = set(modes or ())  # type: ignore[call-overload]
    return tuple(m for m in COMMITMENT_MODES.values() if m in chosen)


async def published_sheets(number: int) -> CatalogueSheets:
    """Published version ``number`` as spreadsheet rows; ``NotFound`` when there is none."""
    version = await CatalogueVersion.get_or_none(number=number)
    if version is None:
        raise NotFound(f"没有第 {number} 版已发布的清单。", field="version")
    codes = dict(await Department.all().values_list("id", "code"))
    items = {i.id: i for i in await PublishedApprovalItem.filter(version_id=version.id)}
    routes = await PublishedLink.filter(version_id=version.id)
    approval, link_rows = [], []
    for route in routes:
        item = items[route.published_approval_item_id]
        approval.append(
            ApprovalRow(
                approval_code=item.code,
                approval_name=item.name,
                department_code=codes.get(item.department_id, ""),
                legal_basis=item.legal_basis or "",
                commitment_eligible=item.commitment_eligible,
                commitment_modes=_modes(item.commitment_modes),
                verification_period_working_days=item.verification_period_working_days,
                allowed_credit_grades=tuple(sorted(item.allowed_credit_grades or ())),
                handling_code=route.handling_item_code,
                handling_name=route.handling_item_name,
            )
        )
        if route.supervision_sub_item_code and route.department_id is not None:
            link_rows.append(
                LinkRow(
                    handling_code=route.handling_item_code,
                    department_code=codes.get(route.department_id, ""),
                    sub_item_code=route.supervision_sub_item_code,
                    status="CONFIRMED",
                )
            )
    supervision = [
        SupervisionRow(
            supervision_code=item.code,
            supervision_name=item.name,
            department_code=codes.get(item.department_id, ""),
            legal_basis=item.legal_basis or "",
            is_key=item.is_key,
            key_area=_value(item.key_area),
            sub_item_code=sub["code"],
            sub_item_name=sub["name"],
        )
        for item in await PublishedSupervisionItem.filter(version_id=version.id)
        for sub in item.sub_items
    ]
    return sorted_sheets(CatalogueSheets(approval, supervision, link_rows))


async def export_workbook(actor: Actor, version: int | None = None) -> tuple[bytes, str]:
    """The .xlsx file and its name: published ``version`` (anyone) or the draft (staff)."""
    if version is not None:
        return write_workbook(await published_sheets(version)), f"catalogue-v{version}.xlsx"
    if not actor.is_authenticated:
        raise NotAuthenticated("请先登录后再导出草稿清单；已发布的版本无需登录。")
    return write_workbook(await draft_sheets()), "catalogue-draft.xlsx"
