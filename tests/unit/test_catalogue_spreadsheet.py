"""The catalogue spreadsheet (C6): reading, writing and checking, without a database."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook, load_workbook

from domain.catalogue.spreadsheet import (
    APPROVAL_COLUMNS,
    APPROVAL_SHEET,
    LINK_COLUMNS,
    LINK_SHEET,
    SUPERVISION_COLUMNS,
    SUPERVISION_SHEET,
    ApprovalRow,
    CatalogueSheets,
    LinkRow,
    SupervisionRow,
    read_workbook,
    without_row_numbers,
)
from domain.catalogue.spreadsheet_checks import KnownRecords, KnownSubItem, check
from domain.catalogue.spreadsheet_write import write_workbook

DEPARTMENTS = {"SPJ": "APPROVAL", "SCJ": "SUPERVISION", "ZJJ": "SUPERVISION", "XTZ": "COORDINATION"}
KNOWN = KnownRecords(departments=DEPARTMENTS)

APPROVAL_HEADERS = [c.header for c in APPROVAL_COLUMNS]
SUPERVISION_HEADERS = [c.header for c in SUPERVISION_COLUMNS]
LINK_HEADERS = [c.header for c in LINK_COLUMNS]

GOOD_APPROVAL = ["SP-001", "食品经营许可", "SPJ", "《食品安全法》第三十五条", "是"]
GOOD_APPROVAL += ["材料延期、事后核查", 20, "A、B", "SP-001-01", "新办"]
GOOD_SUPERVISION = ["JG-001", "食品经营监管", "SCJ", "《食品安全法》", "是", "食品药品"]
GOOD_SUPERVISION += ["JG-001-01", "日常监督检查"]
CHANGED_NAME = ["SP-001", "食品经营许可（改）", *GOOD_APPROVAL[2:8]]
GOOD_LINK = ["SP-001-01", "SCJ", "JG-001-01", "已确认"]


def workbook(
    approval: list[list[Any]] | None = None,
    supervision: list[list[Any]] | None = None,
    links: list[list[Any]] | None = None,
    *,
    headers: dict[str, list[str]] | None = None,
    leave_out: str | None = None,
) -> bytes:
    headers = {
        APPROVAL_SHEET: APPROVAL_HEADERS,
        SUPERVISION_SHEET: SUPERVISION_HEADERS,
        LINK_SHEET: LINK_HEADERS,
        **(headers or {}),
    }
    book = Workbook()
    book.remove(book.active)
    for name, rows in (
        (APPROVAL_SHEET, approval if approval is not None else [GOOD_APPROVAL]),
        (SUPERVISION_SHEET, supervision if supervision is not None else [GOOD_SUPERVISION]),
        (LINK_SHEET, links if links is not None else [GOOD_LINK]),
    ):
        if name == leave_out:
            continue
        sheet = book.create_sheet(name)
        sheet.append(headers[name])
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def where(errors) -> list[tuple[str, int | None, str | None]]:
    return [(e.sheet, e.row, e.column) for e in errors]


def read_and_check(content: bytes, known: KnownRecords = KNOWN):
    sheets, errors = read_workbook(content)
    plan, more = check(sheets, known)
    return plan, errors + more


def test_c6_a_good_file_reads_into_typed_rows_and_a_plan():
    plan, errors = read_and_check(workbook())
    assert errors == []
    assert plan is not None
    (item,) = plan.approval_items
    assert item.code == "SP-001"
    assert item.commitment_modes == ("DEFERRED_MATERIALS", "POST_VERIFICATION")
    assert item.verification_period_working_days == 20
    assert item.allowed_credit_grades == ("A", "B")
    assert item.handling_items == (("SP-001-01", "新办", 2),)
    (supervision,) = plan.supervision_items
    assert supervision.key_area == "FOOD_AND_DRUGS"  # the short spelling is accepted
    assert plan.links[0].status == "CONFIRMED"
    assert plan.row_count == 3


def test_c6_written_rows_read_back_equal():
    sheets = CatalogueSheets(
        [
            ApprovalRow("A-1", "许可一", "SPJ", "", False, (), None, (), "A-1-01", "新办"),
            ApprovalRow(
                "A-2",
                "许可二",
                "SPJ",
                "依据",
                True,
                ("POST_VERIFICATION",),
                30,
                ("A",),
                "A-2-01",
                "变更",
            ),
        ],
        [SupervisionRow("J-1", "监管一", "ZJJ", "依据", False, None, "J-1-01", "子项")],
        [
            LinkRow("A-1-01", "ZJJ", None, "PROPOSED"),
            LinkRow("A-2-01", "ZJJ", "J-1-01", "CONFIRMED"),
        ],
    )
    read, errors = read_workbook(write_workbook(sheets))
    assert errors == []
    assert without_row_numbers(read) == sheets
    assert [r.row for r in read.approval] == [2, 3]


def test_c6_every_bad_cell_is_reported_by_sheet_row_and_column():
    approval = [
        GOOD_APPROVAL,
        ["", "名称", "SPJ", "", "否", "", "", "", "SP-002-01", "新办"],  # code missing
        ["SP 003", "名称", "SPJ", "", "也许", "", "", "", "SP-003-01", "新办"],  # code, yes/no
        ["SP-004", "名称", "SPJ", "", "是", "当场办结", "", "E", "SP-004-01", "新办"],  # enums
        ["SP-005", "名称", "SPJ", "", "是", "事后核查", "三十", "A", "SP-005-01", "新办"],
    ]
    supervision = [
        GOOD_SUPERVISION,
        ["JG-002", "", "SCJ", "", "是", "消防", "JG-002-01", "检查"],  # name, key area
    ]
    links = [GOOD_LINK, ["SP-001-01", "SCJ", "", "已办结"]]  # status (and duplicate)
    _, errors = read_and_check(workbook(approval, supervision, links))
    assert where(errors) == [
        (APPROVAL_SHEET, 3, "审批事项编码"),
        (APPROVAL_SHEET, 4, "审批事项编码"),
        (APPROVAL_SHEET, 4, "可告知承诺"),
        (APPROVAL_SHEET, 5, "告知承诺方式"),
        (APPROVAL_SHEET, 5, "可适用信用等级"),
        (APPROVAL_SHEET, 6, "核查期限（工作日）"),
        (SUPERVISION_SHEET, 3, "监管事项名称"),
        (SUPERVISION_SHEET, 3, "重点监管领域"),
        (LINK_SHEET, 3, "状态"),
    ]
    messages = {(e.sheet, e.row, e.column): e.message for e in errors}
    assert "不能为空" in messages[(APPROVAL_SHEET, 3, "审批事项编码")]
    assert "“也许”" in messages[(APPROVAL_SHEET, 4, "可告知承诺")]
    assert "当场办结" in messages[(APPROVAL_SHEET, 5, "告知承诺方式")]
    assert "1–365" in messages[(APPROVAL_SHEET, 6, "核查期限（工作日）")]
    assert "已办结" in messages[(LINK_SHEET, 3, "状态")]


def test_c6_checks_across_rows_sheets_and_records():
    known = KnownRecords(
        departments=DEPARTMENTS,
        handling_items={"OLD-01": "OLD", "SP-009-01": "SP-OTHER"},
        sub_items={"JG-OLD-01": KnownSubItem("JG-OLD", "ZJJ")},
    )
    approval = [
        GOOD_APPROVAL,
        [*CHANGED_NAME, "SP-001-02", "变更"],  # name differs from row 2
        ["SP-002", "许可", "SCJ", "", "否", "", "", "", "SP-001-01", "新办"],  # kind, duplicate
        ["SP-003", "许可", "NOPE", "", "是", "材料核验", "", "", "SP-003-01", "新办"],
        ["SP-004", "许可", "SPJ", "", "否", "", "", "", "SP-009-01", "新办"],  # moved
    ]
    supervision = [
        GOOD_SUPERVISION,
        ["JG-002", "监管", "SPJ", "", "否", "", "JG-001-01", "检查"],  # kind, duplicate
    ]
    links = [
        GOOD_LINK,
        ["SP-001-01", "ZJJ", "", "待确认"],  # second link of one handling item
        ["NOPE-01", "SCJ", "", "待确认"],  # unknown handling item
        ["OLD-01", "ZJJ", "JG-001-01", "已确认"],  # sub-item of another department
        ["SP-001-02", "SCJ", "", "已确认"],  # confirmed without a sub-item
        ["SP-004-01", "ZJJ", "JG-OLD-01", "待确认"],  # proposed with a sub-item
        ["SP-003-01", "XTZ", "", "待确认"],  # not a supervision department
    ]
    plan, errors = read_and_check(workbook(approval, supervision, links), known)
    assert plan is None
    assert where(errors) == [
        (APPROVAL_SHEET, 3, "审批事项名称"),
        (APPROVAL_SHEET, 4, "审批部门编码"),
        (APPROVAL_SHEET, 4, "业务办理项编码"),
        (APPROVAL_SHEET, 5, "审批部门编码"),
        (APPROVAL_SHEET, 5, "可适用信用等级"),
        (APPROVAL_SHEET, 6, "业务办理项编码"),
        (SUPERVISION_SHEET, 3, "监管部门编码"),
        (SUPERVISION_SHEET, 3, "监管子项编码"),
        (LINK_SHEET, 3, "业务办理项编码"),
        (LINK_SHEET, 4, "业务办理项编码"),
        (LINK_SHEET, 5, "监管子项编码"),
        (LINK_SHEET, 6, "监管子项编码"),
        (LINK_SHEET, 7, "业务办理项编码"),
        (LINK_SHEET, 7, "监管子项编码"),
        (LINK_SHEET, 8, "监管部门编码"),
    ]
    messages = [e.message for e in errors]
    assert "与第 2 行不一致" in messages[0]
    assert "不是审批部门" in messages[1]
    assert "与第 2 行重复" in messages[2]
    assert "“NOPE”不存在" in messages[3]
    assert "已属于审批事项“SP-OTHER”" in messages[5]


def test_c6_a_row_with_a_bad_cell_is_not_reported_again_through_its_links():
    approval = [["SP-001", "许可", "SPJ", "", "也许", "", "", "", "SP-001-01", "新办"]]
    supervision = [["JG-001", "监管", "SCJ", "", "是", "", "JG-001-01", "检查"]]
    links = [["SP-001-01", "SCJ", "JG-001-01", "已确认"]]
    _, errors = read_and_check(workbook(approval, supervision, links))
    assert where(errors) == [
        (APPROVAL_SHEET, 2, "可告知承诺"),
        (SUPERVISION_SHEET, 2, "重点监管领域"),
    ]


def test_c6_missing_sheets_and_columns_are_reported():
    headers = {APPROVAL_SHEET: [h for h in APPROVAL_HEADERS if h != "审批部门编码"]}
    _, errors = read_and_check(workbook(headers=headers, leave_out=LINK_SHEET, links=[]))
    assert (APPROVAL_SHEET, 1, "审批部门编码") in where(errors)
    assert (LINK_SHEET, None, None) in where(errors)


def test_c6_blank_rows_are_skipped_and_columns_may_be_reordered():
    order = list(reversed(LINK_HEADERS))
    link = list(reversed(GOOD_LINK))
    content = workbook(
        approval=[[None] * len(APPROVAL_HEADERS), GOOD_APPROVAL],
        links=[link],
        headers={LINK_SHEET: order},
    )
    sheets, errors = read_workbook(content)
    assert errors == []
    assert [r.row for r in sheets.approval] == [3]
    assert sheets.links[0].sub_item_code == "JG-001-01"


def test_c6_codes_are_upper_cased_like_the_forms_do():
    approval = [["sp-001", "许可", "SPJ", "", "否", "", "", "", "sp-001-01", "新办"]]
    sheets, errors = read_workbook(workbook(approval, [], []))
    assert errors == []
    assert (sheets.approval[0].approval_code, sheets.approval[0].handling_code) == (
        "SP-001",
        "SP-001-01",
    )


def test_c6_a_file_that_is_not_a_workbook_is_one_error():
    sheets, errors = read_workbook(b"not a zip file at all")
    assert sheets.row_count == 0
    assert [e.message for e in errors] == ["文件不是有效的 .xlsx 工作簿"]


def test_c6_the_written_file_explains_its_columns():
    content = write_workbook(CatalogueSheets([], [], []))
    book = load_workbook(io.BytesIO(content))
    assert book.sheetnames == [APPROVAL_SHEET, SUPERVISION_SHEET, LINK_SHEET, "说明"]
    notes = [row[1] for row in book["说明"].iter_rows(min_row=2, values_only=True) if row[1]]
    assert notes == APPROVAL_HEADERS + SUPERVISION_HEADERS + LINK_HEADERS
