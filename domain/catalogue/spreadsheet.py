"""The catalogue spreadsheet (C6): its sheets and columns, reading and writing.

Pure: bytes in, typed rows and cell errors out (and back). No database, no
clock. ``docs/catalogue-spreadsheet.md`` describes the format for people; this
module is the one definition of it. Cross-row and cross-sheet checks are in
``spreadsheet_checks.py``.

Sheets (the headers are Chinese; the English field each maps to is in
:data:`APPROVAL_COLUMNS` …):

- 审批事项 (ApprovalItem + HandlingItem): one row per handling item, with its
  approval item's columns repeated on each of its rows;
- 监管事项 (SupervisionItem + SupervisionSubItem): one row per sub-item, with its
  supervision item's columns repeated;
- 审管关联 (CatalogueLink): one row per link;
- 说明: what the columns mean; ignored on import.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from domain.catalogue.rules import (
    COMMITMENT_MODE_NAMES,
    CREDIT_GRADES,
    KEY_AREA_NAMES,
    LEGAL_BASIS_MAX,
    LINK_STATUS_NAMES,
    NAME_MAX,
    VERIFICATION_PERIOD_MAX,
    KeyArea,
    LinkStatus,
    clean_code,
    clean_name,
)
from domain.errors import InvalidInput

APPROVAL_SHEET = "审批事项"
SUPERVISION_SHEET = "监管事项"
LINK_SHEET = "审管关联"
NOTES_SHEET = "说明"
DATA_SHEETS = (APPROVAL_SHEET, SUPERVISION_SHEET, LINK_SHEET)

# Values in Chinese, as the cells hold them, and the code values they stand for.
YES, NO = "是", "否"
COMMITMENT_MODES = {name: mode.value for mode, name in COMMITMENT_MODE_NAMES.items()}
KEY_AREAS = {name: area.value for area, name in KEY_AREA_NAMES.items()}
# Short spellings accepted on import (the export writes the names above).
KEY_AREA_ALIASES = {"食品药品": KeyArea.FOOD_AND_DRUGS.value}
LINK_STATUSES = {
    LINK_STATUS_NAMES[LinkStatus.PROPOSED]: LinkStatus.PROPOSED.value,
    LINK_STATUS_NAMES[LinkStatus.CONFIRMED]: LinkStatus.CONFIRMED.value,
}
LIST_SEPARATOR = "、"
_SPLIT = re.compile(r"[、,，;；\s]+")

CODE_RULE = "字母、数字和 - _ . / ( )，以字母或数字开头，至多 64 位（字母按大写保存）"
MAX_DEPARTMENT_CODE = 16


@dataclass(frozen=True)
class Column:
    header: str  # the Chinese header in row 1
    field: str  # the English field of the typed row
    required: bool
    note: str  # for the 说明 sheet and the docs
    choices: tuple[str, ...] = ()  # a drop-down list in the template
    width: int = 16


APPROVAL_COLUMNS = (
    Column("审批事项编码", "approval_code", True, f"审批事项 code；{CODE_RULE}", width=16),
    Column("审批事项名称", "approval_name", True, "审批事项 name", width=28),
    Column("审批部门编码", "department_code", True, "审批部门的部门编码 (Department.code)"),
    Column("设定依据", "legal_basis", False, "legal basis：法律法规名称及条款", width=40),
    Column("可告知承诺", "commitment_eligible", True, "commitment eligible：是 / 否", (YES, NO)),
    Column(
        "告知承诺方式",
        "commitment_modes",
        False,
        "commitment modes：材料延期、材料核验、事后核查，多个用顿号分隔；可告知承诺为“是”时必填，"
        "为“否”时不填",
        width=24,
    ),
    Column(
        "核查期限（工作日）",
        "verification_period_working_days",
        False,
        "verification period：事后核查的核查期限，1–365 个工作日；含事后核查时必填，否则不填",
    ),
    Column(
        "可适用信用等级",
        "allowed_credit_grades",
        False,
        "allowed credit grades：可适用告知承诺的信用等级，A、B、C、D 中的若干个，用顿号分隔；"
        "可告知承诺为“是”时必填，为“否”时不填",
    ),
    Column("业务办理项编码", "handling_code", True, f"HandlingItem code；{CODE_RULE}", width=18),
    Column("业务办理项名称", "handling_name", True, "HandlingItem name", width=28),
)
SUPERVISION_COLUMNS = (
    Column("监管事项编码", "supervision_code", True, f"SupervisionItem code；{CODE_RULE}"),
    Column("监管事项名称", "supervision_name", True, "SupervisionItem name", width=28),
    Column("监管部门编码", "department_code", True, "监管部门的部门编码 (Department.code)"),
    Column("监管依据", "legal_basis", False, "legal basis：法律法规名称及条款", width=40),
    Column("重点监管", "is_key", True, "is key (制度第12条)：是 / 否", (YES, NO), width=10),
    Column(
        "重点监管领域",
        "key_area",
        False,
        f"key area：{'、'.join(KEY_AREAS)}之一（食品药品可简写为“食品药品”）；"
        "重点监管为“是”时必填，为“否”时不填",
        tuple(KEY_AREAS),
    ),
    Column(
        "监管子项编码", "sub_item_code", True, f"SupervisionSubItem code；{CODE_RULE}", width=18
    ),
    Column("监管子项名称", "sub_item_name", True, "SupervisionSubItem name", width=28),
)
LINK_COLUMNS = (
    Column("业务办理项编码", "handling_code", True, "handling item code：审批事项表或系统中已有"),
    Column("监管部门编码", "department_code", True, "supervising department code"),
    Column(
        "监管子项编码",
        "sub_item_code",
        False,
        "supervision sub-item code：该监管部门的子项；状态为“已确认”时必填",
        width=18,
    ),
    Column("状态", "status", True, "status：待确认 / 已确认", tuple(LINK_STATUSES), width=10),
)
COLUMNS: dict[str, tuple[Column, ...]] = {
    APPROVAL_SHEET: APPROVAL_COLUMNS,
    SUPERVISION_SHEET: SUPERVISION_COLUMNS,
    LINK_SHEET: LINK_COLUMNS,
}


# ---- typed rows -------------------------------------------------------------------


@dataclass(frozen=True)
class ApprovalRow:
    """A row of 审批事项: one handling item and its approval item."""

    approval_code: str
    approval_name: str
    department_code: str
    legal_basis: str
    commitment_eligible: bool
    commitment_modes: tuple[str, ...]  # CommitmentMode values, in the order of COMMITMENT_MODES
    verification_period_working_days: int | None
    allowed_credit_grades: tuple[str, ...]  # sorted
    handling_code: str
    handling_name: str
    row: int = 0  # the sheet row it was read from (0: not read from a file)


@dataclass(frozen=True)
class SupervisionRow:
    """A row of 监管事项: one sub-item and its supervision item."""

    supervision_code: str
    supervision_name: str
    department_code: str
    legal_basis: str
    is_key: bool
    key_area: str | None  # KeyArea value
    sub_item_code: str
    sub_item_name: str
    row: int = 0


@dataclass(frozen=True)
class LinkRow:
    """A row of 审管关联: one link."""

    handling_code: str
    department_code: str
    sub_item_code: str | None
    status: str  # PROPOSED or CONFIRMED
    row: int = 0


@dataclass(frozen=True)
class CellError:
    """One problem of a file: where (sheet, row, column header) and what (Chinese)."""

    sheet: str
    row: int | None  # None: the sheet or the file as a whole
    column: str | None  # the column header; None: the row as a whole
    message: str

    def as_json(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class CatalogueSheets:
    """The rows of a catalogue spreadsheet."""

    approval: list[ApprovalRow]
    supervision: list[SupervisionRow]
    links: list[LinkRow]
    # Codes of handling items and sub-items on rows left out for a bad cell: a link to
    # one of them is not reported as a link to an unknown code.
    unread_codes: frozenset[str] = frozenset()

    @property
    def row_count(self) -> int:
        return len(self.approval) + len(self.supervision) + len(self.links)


def without_row_numbers(sheets: CatalogueSheets) -> CatalogueSheets:
    """The same rows with ``row`` 0, to compare a file's content with another's."""

    def strip(rows: Sequence[Any]) -> list[Any]:
        return [type(r)(**{**_values(r), "row": 0}) for r in rows]

    return CatalogueSheets(strip(sheets.approval), strip(sheets.supervision), strip(sheets.links))


def _values(row: Any) -> dict[str, Any]:
    return {f.name: getattr(row, f.name) for f in fields(row)}


# ---- reading ----------------------------------------------------------------------


class _RowReader:
    """Converts the cells of one row, collecting an error per bad cell."""

    def __init__(self, sheet: str, row: int, cells: dict[str, Any], errors: list[CellError]):
        self.sheet, self.row, self.cells, self.errors = sheet, row, cells, errors
        self.failed = False

    def _error(self, column: Column, message: str) -> None:
        self.errors.append(CellError(self.sheet, self.row, column.header, message))
        self.failed = True

    def text(self, column: Column, max_length: int = NAME_MAX) -> str:
        value = _cell_text(self.cells.get(column.header))
        if column.required and not value:
            self._error(column, f"“{column.header}”不能为空")
        elif len(value) > max_length:
            self._error(column, f"“{column.header}”不能超过 {max_length} 个字符")
        return value

    def code(self, column: Column) -> str:
        value = self.text(column, max_length=1000)
        if not value:
            return ""
        try:
            return clean_code(value)
        except InvalidInput as exc:
            self._error(column, f"编码“{value}”无效：{exc.message}")
            return value

    def name(self, column: Column) -> str:
        value = self.text(column, max_length=1000)
        if not value:
            return ""
        try:
            return clean_name(value)
        except InvalidInput as exc:
            self._error(column, exc.message)
            return value

    def yes_no(self, column: Column) -> bool:
        value = self.text(column)
        if value and value not in (YES, NO):
            self._error(column, f"“{column.header}”应填“是”或“否”，而不是“{value}”")
        return value == YES

    def choice(self, column: Column, choices: dict[str, str]) -> str | None:
        value = self.text(column)
        if not value:
            return None
        if value not in choices:
            self._error(column, f"“{value}”不是有效的{column.header}：应为{_listing(choices)}之一")
            return None
        return choices[value]

    def choices(self, column: Column, choices: dict[str, str]) -> tuple[str, ...]:
        parts = [p for p in _SPLIT.split(self.text(column)) if p]
        unknown = [p for p in parts if p not in choices]
        if unknown:
            self._error(
                column, f"“{'、'.join(unknown)}”不是有效的{column.header}：可选{_listing(choices)}"
            )
        elif len(set(parts)) != len(parts):
            self._error(column, f"“{column.header}”有重复的值")
        chosen = {choices[p] for p in parts if p in choices}
        return tuple(v for v in choices.values() if v in chosen)

    def whole_number(self, column: Column, low: int, high: int) -> int | None:
        raw = self.cells.get(column.header)
        text = _cell_text(raw)
        if not text:
            return None
        number: int | None = None
        if isinstance(raw, int | float) and not isinstance(raw, bool) and float(raw).is_integer():
            number = int(raw)
        elif text.isdigit():
            number = int(text)
        if number is None or not low <= number <= high:
            self._error(column, f"“{column.header}”应为 {low}–{high} 的整数，而不是“{text}”")
            return None
        return number


def _listing(choices: Iterable[str]) -> str:
    return "、".join(f"“{c}”" for c in choices)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _approval_row(r: _RowReader) -> ApprovalRow:
    c = {col.field: col for col in APPROVAL_COLUMNS}
    return ApprovalRow(
        approval_code=r.code(c["approval_code"]),
        approval_name=r.name(c["approval_name"]),
        department_code=r.text(c["department_code"], max_length=MAX_DEPARTMENT_CODE),
        legal_basis=r.text(c["legal_basis"], max_length=LEGAL_BASIS_MAX),
        commitment_eligible=r.yes_no(c["commitment_eligible"]),
        commitment_modes=r.choices(c["commitment_modes"], COMMITMENT_MODES),
        verification_period_working_days=r.whole_number(
            c["verification_period_working_days"], 1, VERIFICATION_PERIOD_MAX
        ),
        allowed_credit_grades=r.choices(c["allowed_credit_grades"], {g: g for g in CREDIT_GRADES}),
        handling_code=r.code(c["handling_code"]),
        handling_name=r.name(c["handling_name"]),
        row=r.row,
    )


def _supervision_row(r: _RowReader) -> SupervisionRow:
    c = {col.field: col for col in SUPERVISION_COLUMNS}
    return SupervisionRow(
        supervision_code=r.code(c["supervision_code"]),
        supervision_name=r.name(c["supervision_name"]),
        department_code=r.text(c["department_code"], max_length=MAX_DEPARTMENT_CODE),
        legal_basis=r.text(c["legal_basis"], max_length=LEGAL_BASIS_MAX),
        is_key=r.yes_no(c["is_key"]),
        key_area=r.choice(c["key_area"], {**KEY_AREAS, **KEY_AREA_ALIASES}),
        sub_item_code=r.code(c["sub_item_code"]),
        sub_item_name=r.name(c["sub_item_name"]),
        row=r.row,
    )


def _link_row(r: _RowReader) -> LinkRow:
    c = {col.field: col for col in LINK_COLUMNS}
    return LinkRow(
        handling_code=r.code(c["handling_code"]),
        department_code=r.text(c["department_code"], max_length=MAX_DEPARTMENT_CODE),
        sub_item_code=r.code(c["sub_item_code"]) or None,
        status=r.choice(c["status"], LINK_STATUSES) or "",
        row=r.row,
    )


_ROW_BUILDERS: dict[str, Callable[[_RowReader], Any]] = {
    APPROVAL_SHEET: _approval_row,
    SUPERVISION_SHEET: _supervision_row,
    LINK_SHEET: _link_row,
}


# The column holding the code a link refers to, per sheet.
_ROW_CODE = {APPROVAL_SHEET: "业务办理项编码", SUPERVISION_SHEET: "监管子项编码"}


def _read_sheet(
    sheet: Worksheet, name: str, errors: list[CellError], unread: set[str]
) -> list[Any]:
    columns = COLUMNS[name]
    rows = sheet.iter_rows(values_only=True)
    header = [_cell_text(v) for v in next(rows, ())]
    positions: dict[str, int] = {}
    for index, title in enumerate(header):
        if not title:
            continue
        if title in positions:
            errors.append(CellError(name, 1, title, f"表头“{title}”重复"))
        positions[title] = index
    missing = [c.header for c in columns if c.header not in positions]
    for title in missing:
        errors.append(CellError(name, 1, title, f"缺少列“{title}”"))
    if missing:
        return []
    result = []
    for number, values in enumerate(rows, start=2):
        cells = {
            c.header: values[positions[c.header]] if positions[c.header] < len(values) else None
            for c in columns
        }
        if all(_cell_text(v) == "" for v in cells.values()):
            continue  # blank rows are allowed anywhere
        reader = _RowReader(name, number, cells, errors)
        typed = _ROW_BUILDERS[name](reader)
        if not reader.failed:
            result.append(typed)
        elif name in _ROW_CODE:
            unread.add(_cell_text(cells[_ROW_CODE[name]]))
    return result


def read_workbook(content: bytes) -> tuple[CatalogueSheets, list[CellError]]:
    """The typed rows of an .xlsx file and the errors of its cells.

    A row with a bad cell is left out of the rows (its errors say why); the
    checks across rows (``spreadsheet_checks.check``) run on the rest.
    """
    errors: list[CellError] = []
    empty = CatalogueSheets([], [], [])
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        return empty, [CellError("", None, None, "文件不是有效的 .xlsx 工作簿")]
    try:
        sheets: dict[str, list[Any]] = {}
        unread: set[str] = set()
        for name in DATA_SHEETS:
            if name not in workbook.sheetnames:
                errors.append(CellError(name, None, None, f"缺少工作表“{name}”"))
                sheets[name] = []
            else:
                sheets[name] = _read_sheet(workbook[name], name, errors, unread)
    finally:
        workbook.close()
    return (
        CatalogueSheets(
            sheets[APPROVAL_SHEET],
            sheets[SUPERVISION_SHEET],
            sheets[LINK_SHEET],
            frozenset(unread - {""}),
        ),
        errors,
    )


def count_rows(content: bytes) -> int:
    """The number of data rows (non-blank rows under the header) of the three sheets."""
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        return 0
    try:
        total = 0
        for name in DATA_SHEETS:
            if name in workbook.sheetnames:
                for values in workbook[name].iter_rows(min_row=2, values_only=True):
                    total += any(_cell_text(v) for v in values)
        return total
    finally:
        workbook.close()
