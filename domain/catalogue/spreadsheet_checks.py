"""Checks across the rows of a catalogue spreadsheet (C6), and the plan they yield.

Pure: :func:`check` takes the rows read by ``spreadsheet.read_workbook`` and what
the database already holds (:class:`KnownRecords`), and returns every error by
sheet, row and column, or, when there is none, the :class:`ImportPlan` that the
import use case stores.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from domain.catalogue.rules import check_commitment, check_key_supervision
from domain.catalogue.spreadsheet import (
    APPROVAL_COLUMNS,
    APPROVAL_SHEET,
    LINK_COLUMNS,
    LINK_SHEET,
    SUPERVISION_COLUMNS,
    SUPERVISION_SHEET,
    ApprovalRow,
    CatalogueSheets,
    CellError,
    LinkRow,
    SupervisionRow,
)
from domain.errors import InvalidInput

APPROVAL_KIND = "APPROVAL"
SUPERVISION_KIND = "SUPERVISION"

_A = {c.field: c.header for c in APPROVAL_COLUMNS}
_S = {c.field: c.header for c in SUPERVISION_COLUMNS}
_L = {c.field: c.header for c in LINK_COLUMNS}

# The rules' field names (as in the GraphQL inputs) and the typed row's.
_RULE_FIELDS = {
    "commitmentModes": "commitment_modes",
    "allowedCreditGrades": "allowed_credit_grades",
    "verificationPeriodWorkingDays": "verification_period_working_days",
}

# The columns of an approval / supervision item, repeated on each of its rows.
_APPROVAL_ITEM_FIELDS = (
    "approval_name",
    "department_code",
    "legal_basis",
    "commitment_eligible",
    "commitment_modes",
    "verification_period_working_days",
    "allowed_credit_grades",
)
_SUPERVISION_ITEM_FIELDS = (
    "supervision_name",
    "department_code",
    "legal_basis",
    "is_key",
    "key_area",
)


@dataclass(frozen=True)
class KnownSubItem:
    supervision_code: str
    department_code: str


@dataclass(frozen=True)
class KnownRecords:
    """What the database holds that the file may refer to."""

    departments: Mapping[str, str] = field(default_factory=dict)  # code → kind
    handling_items: Mapping[str, str] = field(default_factory=dict)  # code → approval code
    sub_items: Mapping[str, KnownSubItem] = field(default_factory=dict)  # code → item


@dataclass(frozen=True)
class ApprovalItemPlan:
    code: str
    name: str
    department_code: str
    legal_basis: str
    commitment_eligible: bool
    commitment_modes: tuple[str, ...]
    verification_period_working_days: int | None
    allowed_credit_grades: tuple[str, ...]
    handling_items: tuple[tuple[str, str, int], ...]  # (code, name, row)
    row: int


@dataclass(frozen=True)
class SupervisionItemPlan:
    code: str
    name: str
    department_code: str
    legal_basis: str
    is_key: bool
    key_area: str | None
    sub_items: tuple[tuple[str, str, int], ...]  # (code, name, row)
    row: int


@dataclass(frozen=True)
class ImportPlan:
    approval_items: tuple[ApprovalItemPlan, ...]
    supervision_items: tuple[SupervisionItemPlan, ...]
    links: tuple[LinkRow, ...]

    @property
    def row_count(self) -> int:
        handling = sum(len(i.handling_items) for i in self.approval_items)
        sub_items = sum(len(i.sub_items) for i in self.supervision_items)
        return handling + sub_items + len(self.links)


class _Errors:
    def __init__(self) -> None:
        self.items: list[CellError] = []

    def add(self, sheet: str, row: int, column: str, message: str) -> None:
        self.items.append(CellError(sheet, row, column, message))


def _department(
    errors: _Errors, known: KnownRecords, sheet: str, row: int, column: str, code: str, kind: str
) -> None:
    found = known.departments.get(code)
    if found is None:
        errors.add(sheet, row, column, f"部门编码“{code}”不存在")
    elif found != kind:
        wanted = "审批部门" if kind == APPROVAL_KIND else "监管部门"
        errors.add(sheet, row, column, f"部门“{code}”不是{wanted}")


def _check_approval_row(errors: _Errors, known: KnownRecords, r: ApprovalRow) -> None:
    sheet = APPROVAL_SHEET
    _department(
        errors, known, sheet, r.row, _A["department_code"], r.department_code, APPROVAL_KIND
    )
    try:
        check_commitment(
            r.commitment_eligible,
            r.commitment_modes,
            r.verification_period_working_days,
            r.allowed_credit_grades,
        )
    except InvalidInput as exc:
        column = _A[_RULE_FIELDS.get(exc.field or "", "commitment_modes")]
        errors.add(sheet, r.row, column, exc.message)
    owner = known.handling_items.get(r.handling_code)
    if owner is not None and owner != r.approval_code:
        errors.add(
            sheet,
            r.row,
            _A["handling_code"],
            f"业务办理项“{r.handling_code}”已属于审批事项“{owner}”，不能改属“{r.approval_code}”",
        )


def _check_supervision_row(errors: _Errors, known: KnownRecords, r: SupervisionRow) -> None:
    sheet = SUPERVISION_SHEET
    _department(
        errors, known, sheet, r.row, _S["department_code"], r.department_code, SUPERVISION_KIND
    )
    try:
        check_key_supervision(r.is_key, r.key_area)
    except InvalidInput as exc:
        errors.add(sheet, r.row, _S["key_area"], exc.message)
    owner = known.sub_items.get(r.sub_item_code)
    if owner is not None and owner.supervision_code != r.supervision_code:
        errors.add(
            sheet,
            r.row,
            _S["sub_item_code"],
            f"监管子项“{r.sub_item_code}”已属于监管事项“{owner.supervision_code}”，"
            f"不能改属“{r.supervision_code}”",
        )


def _consistent(
    errors: _Errors,
    sheet: str,
    headers: Mapping[str, str],
    item_fields: tuple[str, ...],
    first: object,
    row: object,
    item_code: str,
) -> None:
    for name in item_fields:
        if getattr(first, name) != getattr(row, name):
            errors.add(
                sheet,
                row.row,  # type: ignore[attr-defined]
                headers[name],
                f"同一事项“{item_code}”的“{headers[name]}”与第 {first.row} 行不一致",  # type: ignore[attr-defined]
            )


def _group_approval(errors: _Errors, known: KnownRecords, rows: list[ApprovalRow]):
    firsts: dict[str, ApprovalRow] = {}
    handling: dict[str, list[tuple[str, str, int]]] = {}
    seen: dict[str, int] = {}
    for r in rows:
        _check_approval_row(errors, known, r)
        if r.handling_code in seen:
            errors.add(
                APPROVAL_SHEET,
                r.row,
                _A["handling_code"],
                f"业务办理项编码“{r.handling_code}”与第 {seen[r.handling_code]} 行重复",
            )
            continue
        seen[r.handling_code] = r.row
        first = firsts.setdefault(r.approval_code, r)
        _consistent(errors, APPROVAL_SHEET, _A, _APPROVAL_ITEM_FIELDS, first, r, r.approval_code)
        handling.setdefault(r.approval_code, []).append((r.handling_code, r.handling_name, r.row))
    return tuple(
        ApprovalItemPlan(
            code=code,
            name=f.approval_name,
            department_code=f.department_code,
            legal_basis=f.legal_basis,
            commitment_eligible=f.commitment_eligible,
            commitment_modes=f.commitment_modes,
            verification_period_working_days=f.verification_period_working_days,
            allowed_credit_grades=f.allowed_credit_grades,
            handling_items=tuple(handling[code]),
            row=f.row,
        )
        for code, f in firsts.items()
    )


def _group_supervision(errors: _Errors, known: KnownRecords, rows: list[SupervisionRow]):
    firsts: dict[str, SupervisionRow] = {}
    subs: dict[str, list[tuple[str, str, int]]] = {}
    seen: dict[str, int] = {}
    for r in rows:
        _check_supervision_row(errors, known, r)
        if r.sub_item_code in seen:
            errors.add(
                SUPERVISION_SHEET,
                r.row,
                _S["sub_item_code"],
                f"监管子项编码“{r.sub_item_code}”与第 {seen[r.sub_item_code]} 行重复",
            )
            continue
        seen[r.sub_item_code] = r.row
        first = firsts.setdefault(r.supervision_code, r)
        _consistent(
            errors, SUPERVISION_SHEET, _S, _SUPERVISION_ITEM_FIELDS, first, r, r.supervision_code
        )
        subs.setdefault(r.supervision_code, []).append((r.sub_item_code, r.sub_item_name, r.row))
    return tuple(
        SupervisionItemPlan(
            code=code,
            name=f.supervision_name,
            department_code=f.department_code,
            legal_basis=f.legal_basis,
            is_key=f.is_key,
            key_area=f.key_area,
            sub_items=tuple(subs[code]),
            row=f.row,
        )
        for code, f in firsts.items()
    )


def _check_links(
    errors: _Errors,
    known: KnownRecords,
    links: list[LinkRow],
    handling_in_file: set[str],
    sub_items_in_file: Mapping[str, str],  # sub-item code → department code
    unread: frozenset[str],
) -> None:
    seen: dict[str, int] = {}
    for r in links:
        sheet = LINK_SHEET
        if r.handling_code in seen:
            errors.add(
                sheet,
                r.row,
                _L["handling_code"],
                f"业务办理项“{r.handling_code}”已在第 {seen[r.handling_code]} 行关联："
                "每个业务办理项只能有一条有效关联",
            )
        seen.setdefault(r.handling_code, r.row)
        if r.handling_code not in handling_in_file and r.handling_code not in known.handling_items:
            errors.add(
                sheet,
                r.row,
                _L["handling_code"],
                f"业务办理项“{r.handling_code}”既不在“{APPROVAL_SHEET}”表中，也不在系统中",
            )
        _department(
            errors, known, sheet, r.row, _L["department_code"], r.department_code, SUPERVISION_KIND
        )
        sub = _L["sub_item_code"]
        if r.status == "CONFIRMED" and r.sub_item_code is None:
            errors.add(sheet, r.row, sub, "状态为“已确认”的关联须填写监管子项编码")
        if r.status == "PROPOSED" and r.sub_item_code is not None:
            errors.add(
                sheet, r.row, sub, "状态为“待确认”的关联不填监管子项编码（由监管部门确认时选定）"
            )
        if r.sub_item_code is None:
            continue
        if r.sub_item_code in unread:
            continue  # its own row has an error already
        if r.sub_item_code in sub_items_in_file:
            owner_department = sub_items_in_file[r.sub_item_code]
        elif r.sub_item_code in known.sub_items:
            owner_department = known.sub_items[r.sub_item_code].department_code
        else:
            errors.add(
                sheet,
                r.row,
                sub,
                f"监管子项“{r.sub_item_code}”既不在“{SUPERVISION_SHEET}”表中，也不在系统中",
            )
            continue
        if owner_department != r.department_code:
            errors.add(
                sheet,
                r.row,
                sub,
                f"监管子项“{r.sub_item_code}”属于部门“{owner_department}”，"
                f"不属于“{r.department_code}”",
            )


def check(
    sheets: CatalogueSheets, known: KnownRecords
) -> tuple[ImportPlan | None, list[CellError]]:
    """Every error across rows and sheets; the plan when there is none."""
    errors = _Errors()
    approval_items = _group_approval(errors, known, sheets.approval)
    supervision_items = _group_supervision(errors, known, sheets.supervision)
    handling_in_file = {r.handling_code for r in sheets.approval} | sheets.unread_codes
    sub_items_in_file: dict[str, str] = {}
    for r in sheets.supervision:  # a duplicate is reported; links see the first row
        sub_items_in_file.setdefault(r.sub_item_code, r.department_code)
    _check_links(
        errors, known, sheets.links, handling_in_file, sub_items_in_file, sheets.unread_codes
    )
    if errors.items:
        return None, sort_errors(errors.items)
    return ImportPlan(approval_items, supervision_items, tuple(sheets.links)), []


_SHEET_ORDER = {APPROVAL_SHEET: 0, SUPERVISION_SHEET: 1, LINK_SHEET: 2}


def sort_errors(errors: list[CellError]) -> list[CellError]:
    """Errors in the order of the file: sheet, row, then as found."""
    indexed = list(enumerate(errors))
    indexed.sort(key=lambda p: (_SHEET_ORDER.get(p[1].sheet, -1), p[1].row or 0, p[0]))
    return [e for _, e in indexed]
