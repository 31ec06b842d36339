"""Writing the catalogue spreadsheet (C6): the format of ``spreadsheet.py``, as an .xlsx file.

The written file has the three data sheets (headers, a drop-down list for the
columns with fixed values, the header row frozen) and the 说明 sheet.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from domain.catalogue.spreadsheet import (
    APPROVAL_SHEET,
    COLUMNS,
    COMMITMENT_MODES,
    CREDIT_GRADES,
    DATA_SHEETS,
    KEY_AREAS,
    LINK_SHEET,
    LINK_STATUSES,
    LIST_SEPARATOR,
    NO,
    NOTES_SHEET,
    SUPERVISION_SHEET,
    YES,
    CatalogueSheets,
    Column,
)

# ---- writing ----------------------------------------------------------------------


def _cells(name: str, row: Any) -> list[Any]:
    values = []
    for column in COLUMNS[name]:
        value = getattr(row, column.field)
        values.append(_to_cell(column, value))
    return values


def _to_cell(column: Column, value: Any) -> Any:
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, tuple):
        mapping = {**COMMITMENT_MODES, **{g: g for g in CREDIT_GRADES}}
        names = {v: k for k, v in mapping.items()}
        return LIST_SEPARATOR.join(names[v] for v in value) or None
    if column.field == "key_area":
        return {v: k for k, v in KEY_AREAS.items()}.get(value) if value else None
    if column.field == "status":
        return {v: k for k, v in LINK_STATUSES.items()}[value]
    if value == "":
        return None
    return value


NOTES_FOOTER = "红色表头为必填列；空行会被忽略；导入时任何一行有错误，整个文件都不会保存。"
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_REQUIRED_FONT = Font(bold=True, color="C00000")


def _write_sheet(workbook: Workbook, name: str, rows: Sequence[Any]) -> None:
    sheet = workbook.create_sheet(name)
    columns = COLUMNS[name]
    sheet.append([c.header for c in columns])
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = _REQUIRED_FONT if column.required else _HEADER_FONT
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = column.width
        if column.choices:
            letter = get_column_letter(index)
            listing = ",".join(column.choices)
            validation = DataValidation(type="list", formula1=f'"{listing}"', allow_blank=True)
            validation.add(f"{letter}2:{letter}10000")
            sheet.add_data_validation(validation)
    for row in rows:
        sheet.append(_cells(name, row))
    sheet.freeze_panes = "A2"


def _write_notes(workbook: Workbook) -> None:
    sheet = workbook.create_sheet(NOTES_SHEET)
    sheet.append(["工作表", "列", "必填", "说明"])
    for cell in sheet[1]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    for name in DATA_SHEETS:
        for column in COLUMNS[name]:
            sheet.append([name, column.header, YES if column.required else NO, column.note])
    sheet.append([])
    sheet.append(["", "", "", NOTES_FOOTER])
    for letter, width in zip("ABCD", (12, 20, 8, 80), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        row[3].alignment = Alignment(wrap_text=True)


def write_workbook(sheets: CatalogueSheets) -> bytes:
    """An .xlsx file of ``sheets`` in the format :func:`read_workbook` reads."""
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    _write_sheet(workbook, APPROVAL_SHEET, sheets.approval)
    _write_sheet(workbook, SUPERVISION_SHEET, sheets.supervision)
    _write_sheet(workbook, LINK_SHEET, sheets.links)
    _write_notes(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sorted_sheets(sheets: CatalogueSheets) -> CatalogueSheets:
    """The rows in the order an export writes them: by codes."""
    return CatalogueSheets(
        sorted(sheets.approval, key=lambda r: (r.approval_code, r.handling_code)),
        sorted(sheets.supervision, key=lambda r: (r.supervision_code, r.sub_item_code)),
        sorted(sheets.links, key=lambda r: (r.handling_code, r.department_code)),
    )
