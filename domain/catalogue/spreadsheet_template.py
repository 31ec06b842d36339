"""The import template (C6): ``docs/catalogue-template.xlsx`` is written from these rows.

Example rows, one of each kind of row, with codes of an example scheme (``YL-``,
样例) that no real or demo item uses and the demo departments' codes (SPJ, SCJ,
WJJ, YJJ). Imported into a catalogue that has those departments and exported
again, it comes back cell for cell (tests/integration/test_catalogue_import.py).
"""

from __future__ import annotations

from domain.catalogue.spreadsheet import (
    ApprovalRow,
    CatalogueSheets,
    LinkRow,
    SupervisionRow,
)
from domain.catalogue.spreadsheet_write import sorted_sheets, write_workbook

FOOD = "《中华人民共和国食品安全法》"
PUBLIC_PLACES = "《公共场所卫生管理条例》"
FIREWORKS = "《烟花爆竹安全管理条例》"

_FOOD_ITEM = ("YL-SP-001", "食品经营许可", "SPJ", FOOD, True)
_FOOD_COMMITMENT = (("DEFERRED_MATERIALS", "POST_VERIFICATION"), 20, ("A", "B"))
_HEALTH_ITEM = ("YL-SP-002", "公共场所卫生许可", "SPJ", PUBLIC_PLACES, True)
_FIREWORKS_ITEM = ("YL-SP-003", "烟花爆竹经营（零售）许可", "SPJ", FIREWORKS, False)

TEMPLATE_SHEETS = sorted_sheets(
    CatalogueSheets(
        approval=[
            ApprovalRow(*_FOOD_ITEM, *_FOOD_COMMITMENT, "YL-SP-001-01", "食品经营许可（新办）"),
            ApprovalRow(*_FOOD_ITEM, *_FOOD_COMMITMENT, "YL-SP-001-02", "食品经营许可（变更）"),
            ApprovalRow(
                *_HEALTH_ITEM,
                ("MATERIAL_VERIFICATION",),
                None,
                ("A",),
                "YL-SP-002-01",
                "公共场所卫生许可（新办）",
            ),
            ApprovalRow(
                *_FIREWORKS_ITEM, (), None, (), "YL-SP-003-01", "烟花爆竹经营（零售）许可（新办）"
            ),
            ApprovalRow(
                *_FIREWORKS_ITEM, (), None, (), "YL-SP-003-02", "烟花爆竹经营（零售）许可（延续）"
            ),
        ],
        supervision=[
            SupervisionRow(
                "YL-JG-SCJ-01",
                "食品经营监督检查",
                "SCJ",
                FOOD,
                True,
                "FOOD_AND_DRUGS",
                "YL-JG-SCJ-01-01",
                "食品经营日常监督检查",
            ),
            SupervisionRow(
                "YL-JG-SCJ-01",
                "食品经营监督检查",
                "SCJ",
                FOOD,
                True,
                "FOOD_AND_DRUGS",
                "YL-JG-SCJ-01-02",
                "食品经营告知承诺事后核查",
            ),
            SupervisionRow(
                "YL-JG-WJJ-01",
                "公共场所卫生监督检查",
                "WJJ",
                PUBLIC_PLACES,
                True,
                "HEALTH",
                "YL-JG-WJJ-01-01",
                "公共场所卫生日常监督检查",
            ),
            SupervisionRow(
                "YL-JG-YJJ-01",
                "烟花爆竹经营安全监督检查",
                "YJJ",
                FIREWORKS,
                True,
                "SAFETY_PRODUCTION",
                "YL-JG-YJJ-01-01",
                "烟花爆竹零售经营场所安全检查",
            ),
        ],
        links=[
            LinkRow("YL-SP-001-01", "SCJ", "YL-JG-SCJ-01-02", "CONFIRMED"),
            LinkRow("YL-SP-001-02", "SCJ", "YL-JG-SCJ-01-02", "CONFIRMED"),
            LinkRow("YL-SP-002-01", "WJJ", "YL-JG-WJJ-01-01", "CONFIRMED"),
            LinkRow("YL-SP-003-01", "YJJ", None, "PROPOSED"),
        ],
    )
)
# The departments the template refers to: (code, kind).
TEMPLATE_DEPARTMENTS = (
    ("SPJ", "APPROVAL"),
    ("SCJ", "SUPERVISION"),
    ("WJJ", "SUPERVISION"),
    ("YJJ", "SUPERVISION"),
)


def template_workbook() -> bytes:
    """The template file (docs/catalogue-template.xlsx)."""
    return write_workbook(TEMPLATE_SHEETS)
