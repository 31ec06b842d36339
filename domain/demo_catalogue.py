"""Demo data: Baokang County's linkage catalogue (审管联动事项清单), as plain data.

Read by :func:`domain.demo.load_demo_data`, which creates it through the
catalogue's services and publishes version 1. Everything here is invented for
demonstration: the names are typical county licensing matters and the legal
bases name the laws they rest on, but the codes follow an invented scheme that
is clearly not an official numbering:

- approval item ``BKSP-nnn`` (保康 审批), its handling items ``BKSP-nnn-nn``;
- supervision item ``BKJG-<department>-nn`` (保康 监管), its sub-items ``BKJG-<department>-nn-nn``.

A handling item's ``links`` are the steps its link goes through, in order; an
empty tuple is a gap (no link at all) the coordinator sees in the coverage view.
"""

from __future__ import annotations

from dataclasses import dataclass

# ---- shapes -------------------------------------------------------------------------


@dataclass(frozen=True)
class Confirmed:
    """Proposed to the sub-item's department, which confirmed it with this sub-item."""

    sub_item: str


@dataclass(frozen=True)
class Proposed:
    """Proposed to a department that has not answered yet."""

    department: str


@dataclass(frozen=True)
class Rejected:
    """Proposed to a department that rejected it, giving a reason."""

    department: str
    reason: str


@dataclass(frozen=True)
class Unlinked:
    """Confirmed with this sub-item, later ended (unlinked) for a reason."""

    sub_item: str
    reason: str


LinkStep = Confirmed | Proposed | Rejected | Unlinked


@dataclass(frozen=True)
class DemoHandlingItem:
    code: str
    name: str
    links: tuple[LinkStep, ...] = ()


@dataclass(frozen=True)
class DemoCommitment:
    """告知承诺 (C4): modes are CommitmentMode values; grades "A".."D"."""

    modes: tuple[str, ...]
    allowed_credit_grades: tuple[str, ...]
    verification_period_working_days: int | None = None


@dataclass(frozen=True)
class DemoApprovalItem:
    code: str
    name: str
    legal_basis: str
    handling_items: tuple[DemoHandlingItem, ...]
    commitment: DemoCommitment | None = None
    department: str = "SPJ"


@dataclass(frozen=True)
class DemoSupervisionItem:
    code: str
    name: str
    department: str
    legal_basis: str
    sub_items: tuple[tuple[str, str], ...]  # (code, name)
    key_area: str | None = None  # a KeyArea value for key supervision (制度 Art 12)


def handling(code: str, name: str, *links: LinkStep) -> DemoHandlingItem:
    return DemoHandlingItem(code, name, links)


DEFERRED = "DEFERRED_MATERIALS"  # 材料延期
VERIFY = "MATERIAL_VERIFICATION"  # 材料核验
POST = "POST_VERIFICATION"  # 事后核查

# ---- supervision items (C2), by supervising department --------------------------------

# fmt: off
SUPERVISION_ITEMS: tuple[DemoSupervisionItem, ...] = (
    # 市场监督管理局
    DemoSupervisionItem(
        "BKJG-SCJ-01", "食品经营安全监督检查", "SCJ",
        "《中华人民共和国食品安全法》第一百一十条",
        (
            ("BKJG-SCJ-01-01", "食品销售经营者监督检查"),
            ("BKJG-SCJ-01-02", "餐饮服务提供者监督检查"),
            ("BKJG-SCJ-01-03", "食品经营许可告知承诺事后核查"),
        ),
        key_area="FOOD_AND_DRUGS",
    ),
    DemoSupervisionItem(
        "BKJG-SCJ-02", "食品生产安全监督检查", "SCJ",
        "《中华人民共和国食品安全法》第一百一十条",
        (("BKJG-SCJ-02-01", "食品生产企业监督检查"),),
        key_area="FOOD_AND_DRUGS",
    ),
    DemoSupervisionItem(
        "BKJG-SCJ-03", "药品经营监督检查", "SCJ",
        "《中华人民共和国药品管理法》第九十九条",
        (
            ("BKJG-SCJ-03-01", "药品零售企业监督检查"),
            ("BKJG-SCJ-03-02", "药品零售企业告知承诺事后核查"),
        ),
        key_area="FOOD_AND_DRUGS",
    ),
    DemoSupervisionItem(
        "BKJG-SCJ-04", "特种设备安全监督检查", "SCJ",
        "《中华人民共和国特种设备安全法》第五十七条",
        (
            ("BKJG-SCJ-04-01", "特种设备使用单位监督检查"),
            ("BKJG-SCJ-04-02", "电梯维护保养监督检查"),
        ),
        key_area="SPECIAL_EQUIPMENT",
    ),
    # 卫生健康局
    DemoSupervisionItem(
        "BKJG-WJJ-01", "公共场所卫生监督检查", "WJJ",
        "《公共场所卫生管理条例》第十条",
        (
            ("BKJG-WJJ-01-01", "住宿场所卫生监督检查"),
            ("BKJG-WJJ-01-02", "沐浴、美容美发场所卫生监督检查"),
            ("BKJG-WJJ-01-03", "公共场所卫生许可告知承诺事后核查"),
        ),
        key_area="HEALTH",
    ),
    DemoSupervisionItem(
        "BKJG-WJJ-02", "医疗卫生行业执业监督检查", "WJJ",
        "《中华人民共和国基本医疗卫生与健康促进法》第八十六条",
        (
            ("BKJG-WJJ-02-01", "医疗机构依法执业监督检查"),
            ("BKJG-WJJ-02-02", "医师、护士执业行为监督检查"),
            ("BKJG-WJJ-02-03", "母婴保健技术服务监督检查"),
        ),
        key_area="HEALTH",
    ),
    DemoSupervisionItem(
        "BKJG-WJJ-03", "生活饮用水卫生监督检查", "WJJ",
        "《中华人民共和国传染病防治法》第五十三条",
        (("BKJG-WJJ-03-01", "集中式供水单位卫生监督检查"),),
        key_area="HEALTH",
    ),
    # 住房和城乡建设局
    DemoSupervisionItem(
        "BKJG-ZJJ-01", "建筑工程质量安全监督检查", "ZJJ",
        "《建设工程安全生产管理条例》第四十条",
        (
            ("BKJG-ZJJ-01-01", "施工现场安全生产监督检查"),
            ("BKJG-ZJJ-01-02", "建筑工程质量监督检查"),
        ),
        key_area="SAFETY_PRODUCTION",
    ),
    DemoSupervisionItem(
        "BKJG-ZJJ-02", "建筑业企业资质动态核查", "ZJJ",
        "《中华人民共和国建筑法》第十三条",
        (("BKJG-ZJJ-02-01", "建筑业企业资质条件动态核查"),),
    ),
    DemoSupervisionItem(
        "BKJG-ZJJ-03", "燃气经营安全监督检查", "ZJJ",
        "《城镇燃气管理条例》第五条",
        (
            ("BKJG-ZJJ-03-01", "管道燃气经营企业监督检查"),
            ("BKJG-ZJJ-03-02", "瓶装燃气供应站监督检查"),
        ),
        key_area="SAFETY_PRODUCTION",
    ),
    DemoSupervisionItem(
        "BKJG-ZJJ-04", "房地产开发经营监督检查", "ZJJ",
        "《城市房地产开发经营管理条例》第五条",
        (
            ("BKJG-ZJJ-04-01", "商品房预售监督检查"),
            ("BKJG-ZJJ-04-02", "房地产开发企业资质监督检查"),
        ),
    ),
    DemoSupervisionItem(
        "BKJG-ZJJ-05", "市政设施与城镇排水监督检查", "ZJJ",
        "《城镇排水与污水处理条例》第四十二条",
        (
            ("BKJG-ZJJ-05-01", "污水排入排水管网监督检查"),
            ("BKJG-ZJJ-05-02", "城市道路占用、挖掘监督检查"),
            ("BKJG-ZJJ-05-03", "建筑垃圾处置监督检查"),
        ),
    ),
    # 应急管理局
    DemoSupervisionItem(
        "BKJG-YJJ-01", "烟花爆竹经营安全监督检查", "YJJ",
        "《烟花爆竹安全管理条例》第四条",
        (("BKJG-YJJ-01-01", "烟花爆竹零售经营单位监督检查"),),
        key_area="SAFETY_PRODUCTION",
    ),
    DemoSupervisionItem(
        "BKJG-YJJ-02", "危险化学品经营安全监督检查", "YJJ",
        "《危险化学品安全管理条例》第六条",
        (
            ("BKJG-YJJ-02-01", "危险化学品经营单位监督检查"),
            ("BKJG-YJJ-02-02", "加油站安全生产监督检查"),
        ),
        key_area="HAZARDOUS_CHEMICALS",
    ),
    # 交通运输局
    DemoSupervisionItem(
        "BKJG-JTJ-01", "道路运输经营监督检查", "JTJ",
        "《中华人民共和国道路运输条例》第七条",
        (
            ("BKJG-JTJ-01-01", "道路货物运输经营者监督检查"),
            ("BKJG-JTJ-01-02", "道路旅客运输经营者监督检查"),
            ("BKJG-JTJ-01-03", "出租汽车经营者监督检查"),
        ),
    ),
    DemoSupervisionItem(
        "BKJG-JTJ-02", "公路路政监督检查", "JTJ",
        "《中华人民共和国公路法》第七十一条",
        (
            ("BKJG-JTJ-02-01", "超限运输车辆监督检查"),
            ("BKJG-JTJ-02-02", "涉路施工活动监督检查"),
        ),
    ),
    # 文化和旅游局
    DemoSupervisionItem(
        "BKJG-WLJ-01", "文化市场经营场所监督检查", "WLJ",
        "《娱乐场所管理条例》第四条",
        (
            ("BKJG-WLJ-01-01", "娱乐场所监督检查"),
            ("BKJG-WLJ-01-02", "互联网上网服务营业场所监督检查"),
        ),
    ),
    DemoSupervisionItem(
        "BKJG-WLJ-02", "营业性演出监督检查", "WLJ",
        "《营业性演出管理条例》第五条",
        (("BKJG-WLJ-02-01", "文艺表演团体营业性演出监督检查"),),
    ),
    DemoSupervisionItem(
        "BKJG-WLJ-03", "旅游市场监督检查", "WLJ",
        "《中华人民共和国旅游法》第八十三条",
        (("BKJG-WLJ-03-01", "旅行社经营监督检查"),),
    ),
    # 教育局
    DemoSupervisionItem(
        "BKJG-JYJ-01", "民办学校办学监督检查", "JYJ",
        "《中华人民共和国民办教育促进法》第四十一条",
        (
            ("BKJG-JYJ-01-01", "民办幼儿园办学监督检查"),
            ("BKJG-JYJ-01-02", "民办中小学及校外培训机构办学监督检查"),
        ),
    ),
    # 农业农村局
    DemoSupervisionItem(
        "BKJG-NYJ-01", "农业投入品经营监督检查", "NYJ",
        "《农药管理条例》第四十一条",
        (
            ("BKJG-NYJ-01-01", "农药经营者监督检查"),
            ("BKJG-NYJ-01-02", "兽药经营者监督检查"),
            ("BKJG-NYJ-01-03", "农作物种子生产经营者监督检查"),
        ),
    ),
    DemoSupervisionItem(
        "BKJG-NYJ-02", "动物防疫监督检查", "NYJ",
        "《中华人民共和国动物防疫法》第七十六条",
        (("BKJG-NYJ-02-01", "动物饲养场、屠宰加工场所防疫条件监督检查"),),
    ),
    DemoSupervisionItem(
        "BKJG-NYJ-03", "渔业生产监督检查", "NYJ",
        "《中华人民共和国渔业法》第六条",
        (("BKJG-NYJ-03-01", "内陆水域捕捞作业监督检查"),),
    ),
    # 水利和湖泊局
    DemoSupervisionItem(
        "BKJG-SLJ-01", "取水监督检查", "SLJ",
        "《取水许可和水资源费征收管理条例》第四十三条",
        (("BKJG-SLJ-01-01", "取水单位取用水监督检查"),),
    ),
    DemoSupervisionItem(
        "BKJG-SLJ-02", "河道与水土保持监督检查", "SLJ",
        "《中华人民共和国水土保持法》第四十三条",
        (
            ("BKJG-SLJ-02-01", "河道管理范围内建设项目监督检查"),
            ("BKJG-SLJ-02-02", "生产建设项目水土保持监督检查"),
        ),
    ),
    # 自然资源和规划局
    DemoSupervisionItem(
        "BKJG-ZGJ-01", "城乡规划实施监督检查", "ZGJ",
        "《中华人民共和国城乡规划法》第五十三条",
        (
            ("BKJG-ZGJ-01-01", "建设用地规划许可批后监管"),
            ("BKJG-ZGJ-01-02", "建设工程规划许可批后监管"),
            ("BKJG-ZGJ-01-03", "乡村建设规划许可批后监管"),
        ),
    ),
    # 林业局
    DemoSupervisionItem(
        "BKJG-LYJ-01", "森林资源保护监督检查", "LYJ",
        "《中华人民共和国森林法》第六十六条",
        (
            ("BKJG-LYJ-01-01", "林木采伐作业监督检查"),
            ("BKJG-LYJ-01-02", "建设项目使用林地监督检查"),
            ("BKJG-LYJ-01-03", "林草种子生产经营监督检查"),
        ),
    ),
    # 人力资源和社会保障局
    DemoSupervisionItem(
        "BKJG-RSJ-01", "人力资源市场监督检查", "RSJ",
        "《人力资源市场暂行条例》第三十四条",
        (
            ("BKJG-RSJ-01-01", "人力资源服务机构监督检查"),
            ("BKJG-RSJ-01-02", "劳务派遣单位监督检查"),
        ),
    ),
    DemoSupervisionItem(
        "BKJG-RSJ-02", "民办职业培训机构监督检查", "RSJ",
        "《中华人民共和国民办教育促进法》第四十一条",
        (("BKJG-RSJ-02-01", "民办职业技能培训学校办学监督检查"),),
    ),
)

# ---- approval items (C1, C4) of 保康县行政审批局, their handling items and links (C3) ----

APPROVAL_ITEMS: tuple[DemoApprovalItem, ...] = (
    DemoApprovalItem(
        "BKSP-001", "食品经营许可", "《中华人民共和国食品安全法》第三十五条",
        (
            handling("BKSP-001-01", "食品经营许可（新办）", Confirmed("BKJG-SCJ-01-03")),
            handling("BKSP-001-02", "食品经营许可（变更）", Confirmed("BKJG-SCJ-01-02")),
            handling("BKSP-001-03", "食品经营许可（延续）", Confirmed("BKJG-SCJ-01-01")),
        ),
        DemoCommitment((POST,), ("A", "B", "C"), 20),
    ),
    DemoApprovalItem(
        "BKSP-002", "食品生产许可", "《中华人民共和国食品安全法》第三十五条",
        (
            handling("BKSP-002-01", "食品生产许可（新办）", Confirmed("BKJG-SCJ-02-01")),
            handling("BKSP-002-02", "食品生产许可（变更）", Confirmed("BKJG-SCJ-02-01")),
        ),
    ),
    DemoApprovalItem(
        "BKSP-003", "药品零售企业许可", "《中华人民共和国药品管理法》第五十一条",
        (
            handling("BKSP-003-01", "药品经营许可证（零售）核发", Confirmed("BKJG-SCJ-03-02")),
            handling("BKSP-003-02", "药品经营许可证（零售）变更", Confirmed("BKJG-SCJ-03-01")),
            handling("BKSP-003-03", "药品经营许可证（零售）换发", Confirmed("BKJG-SCJ-03-01")),
        ),
        DemoCommitment((POST,), ("A", "B"), 30),
    ),
    DemoApprovalItem(
        "BKSP-004", "特种设备使用登记", "《中华人民共和国特种设备安全法》第三十三条",
        (
            handling("BKSP-004-01", "特种设备使用登记（首次）", Confirmed("BKJG-SCJ-04-01")),
            handling("BKSP-004-02", "电梯使用登记", Confirmed("BKJG-SCJ-04-02")),
        ),
    ),
    DemoApprovalItem(
        "BKSP-005", "公共场所卫生许可", "《公共场所卫生管理条例》第八条",
        (
            handling(
                "BKSP-005-01", "公共场所卫生许可（新办）",
                Rejected("SCJ", "公共场所卫生由卫生健康部门监管，不属于本部门职责。"),
                Confirmed("BKJG-WJJ-01-03"),
            ),
            handling("BKSP-005-02", "公共场所卫生许可（变更）", Confirmed("BKJG-WJJ-01-01")),
            handling("BKSP-005-03", "公共场所卫生许可（延续）", Confirmed("BKJG-WJJ-01-02")),
        ),
        DemoCommitment((DEFERRED, POST), ("A", "B"), 15),
    ),
    DemoApprovalItem(
        "BKSP-006", "医疗机构设置审批", "《医疗机构管理条例》第九条",
        (handling("BKSP-006-01", "医疗机构设置审批（诊所以外）", Confirmed("BKJG-WJJ-02-01")),),
    ),
    DemoApprovalItem(
        "BKSP-007", "医疗机构执业登记", "《医疗机构管理条例》第十五条",
        (
            handling("BKSP-007-01", "医疗机构执业登记", Confirmed("BKJG-WJJ-02-01")),
            handling("BKSP-007-02", "医疗机构执业许可证校验", Confirmed("BKJG-WJJ-02-01")),
        ),
    ),
    DemoApprovalItem(
        "BKSP-008", "医师执业注册", "《中华人民共和国医师法》第十三条",
        (
            handling("BKSP-008-01", "医师执业注册（首次）", Confirmed("BKJG-WJJ-02-02")),
            handling("BKSP-008-02", "医师执业注册（变更）", Confirmed("BKJG-WJJ-02-02")),
        ),
        DemoCommitment((VERIFY,), ("A", "B", "C")),
    ),
    DemoApprovalItem(
        "BKSP-009", "护士执业注册", "《护士条例》第七条",
        (handling("BKSP-009-01", "护士执业注册（首次）", Confirmed("BKJG-WJJ-02-02")),),
    ),
    DemoApprovalItem(
        "BKSP-010", "饮用水供水单位卫生许可", "《中华人民共和国传染病防治法》第二十九条",
        (handling("BKSP-010-01", "集中式供水单位卫生许可", Confirmed("BKJG-WJJ-03-01")),),
    ),
    DemoApprovalItem(
        "BKSP-011", "母婴保健技术服务机构执业许可", "《中华人民共和国母婴保健法》第三十二条",
        (handling("BKSP-011-01", "母婴保健技术服务机构执业许可", Confirmed("BKJG-WJJ-02-03")),),
    ),
    DemoApprovalItem(
        "BKSP-012", "建筑工程施工许可", "《中华人民共和国建筑法》第七条",
        (
            handling("BKSP-012-01", "建筑工程施工许可（新办）", Confirmed("BKJG-ZJJ-01-01")),
            handling("BKSP-012-02", "建筑工程施工许可（变更）", Confirmed("BKJG-ZJJ-01-02")),
        ),
        DemoCommitment((DEFERRED,), ("A", "B")),
    ),
    DemoApprovalItem(
        "BKSP-013", "建筑业企业资质核准", "《中华人民共和国建筑法》第十三条",
        (
            handling("BKSP-013-01", "施工总承包三级资质（首次）", Confirmed("BKJG-ZJJ-02-01")),
            handling("BKSP-013-02", "专业承包资质（增项）", Confirmed("BKJG-ZJJ-02-01")),
        ),
        DemoCommitment((POST,), ("A", "B"), 60),
    ),
    DemoApprovalItem(
        "BKSP-014", "燃气经营许可", "《城镇燃气管理条例》第十五条",
        (
            handling("BKSP-014-01", "燃气经营许可（新办）", Confirmed("BKJG-ZJJ-03-01")),
            handling("BKSP-014-02", "燃气经营许可（变更）", Proposed("ZJJ")),
            handling("BKSP-014-03", "瓶装燃气供应站许可", Confirmed("BKJG-ZJJ-03-02")),
        ),
    ),
    DemoApprovalItem(
        "BKSP-015", "商品房预售许可", "《中华人民共和国城市房地产管理法》第四十五条",
        (handling("BKSP-015-01", "商品房预售许可", Confirmed("BKJG-ZJJ-04-01")),),
    ),
    DemoApprovalItem(
        "BKSP-016", "房地产开发企业资质核定", "《城市房地产开发经营管理条例》第九条",
        (handling("BKSP-016-01", "房地产开发企业二级资质核定", Confirmed("BKJG-ZJJ-04-02")),),
        DemoCommitment((DEFERRED, VERIFY), ("A", "B")),
    ),
    DemoApprovalItem(
        "BKSP-017", "城镇污水排入排水管网许可", "《城镇排水与污水处理条例》第二十一条",
        (handling("BKSP-017-01", "排水许可（新办）", Confirmed("BKJG-ZJJ-05-01")),),
        DemoCommitment((POST,), ("A", "B", "C"), 20),
    ),
    DemoApprovalItem(
        "BKSP-018", "占用、挖掘城市道路审批", "《城市道路管理条例》第三十条",
        (
            handling("BKSP-018-01", "临时占用城市道路", Confirmed("BKJG-ZJJ-05-02")),
            handling("BKSP-018-02", "挖掘城市道路", Confirmed("BKJG-ZJJ-05-02")),
        ),
    ),
    DemoApprovalItem(
        "BKSP-019", "城市建筑垃圾处置核准",
        "《国务院对确需保留的行政审批项目设定行政许可的决定》第101项",
        (
            handling(
                "BKSP-019-01", "建筑垃圾处置核准",
                Rejected("ZGJ", "建筑垃圾处置不属于自然资源和规划部门监管职责，请重新确定。"),
            ),
        ),
    ),
    DemoApprovalItem(
        "BKSP-020", "烟花爆竹经营（零售）许可", "《烟花爆竹安全管理条例》第三条、第十九条",
        (
            handling(
                "BKSP-020-01", "烟花爆竹经营（零售）许可（新办）", Confirmed("BKJG-YJJ-01-01")
            ),
            handling(
                "BKSP-020-02", "烟花爆竹经营（零售）许可（延期）", Confirmed("BKJG-YJJ-01-01")
            ),
        ),
    ),
    DemoApprovalItem(
        "BKSP-021", "危险化学品经营许可（不带储存设施）", "《危险化学品安全管理条例》第三十三条",
        (
            handling("BKSP-021-01", "危险化学品经营许可（新办）", Confirmed("BKJG-YJJ-02-01")),
            handling("BKSP-021-02", "加油站危险化学品经营许可", Confirmed("BKJG-YJJ-02-02")),
        ),
    ),
    DemoApprovalItem(
        "BKSP-022", "道路货物运输经营许可", "《中华人民共和国道路运输条例》第二十四条",
        (
            handling("BKSP-022-01", "道路普通货物运输经营许可", Confirmed("BKJG-JTJ-01-01")),
            handling("BKSP-022-02", "道路货物运输经营许可（变更）", Confirmed("BKJG-JTJ-01-01")),
        ),
        DemoCommitment((VERIFY,), ("A", "B", "C")),
    ),
    DemoApprovalItem(
        "BKSP-023", "道路旅客运输经营许可", "《中华人民共和国道路运输条例》第十条",
        (handling("BKSP-023-01", "县内班车客运经营许可", Confirmed("BKJG-JTJ-01-02")),),
    ),
    DemoApprovalItem(
        "BKSP-024", "出租汽车经营许可",
        "《国务院对确需保留的行政审批项目设定行政许可的决定》第112项",
        (
            handling("BKSP-024-01", "巡游出租汽车经营许可", Confirmed("BKJG-JTJ-01-03")),
            handling("BKSP-024-02", "出租汽车车辆运营证核发", Proposed("JTJ")),
        ),
    ),
    DemoApprovalItem(
        "BKSP-025", "公路超限运输许可", "《中华人民共和国公路法》第五十条",
        (handling("BKSP-025-01", "超限运输车辆行驶公路许可", Confirmed("BKJG-JTJ-02-01")),),
    ),
    DemoApprovalItem(
        "BKSP-026", "涉路施工许可", "《中华人民共和国公路法》第四十四条",
        (handling("BKSP-026-01", "占用、挖掘公路及涉路施工许可", Confirmed("BKJG-JTJ-02-02")),),
    ),
    DemoApprovalItem(
        "BKSP-027", "娱乐场所经营许可", "《娱乐场所管理条例》第九条",
        (
            handling("BKSP-027-01", "娱乐场所经营许可（新办）", Confirmed("BKJG-WLJ-01-01")),
            handling("BKSP-027-02", "娱乐场所经营许可（变更）", Confirmed("BKJG-WLJ-01-01")),
        ),
        DemoCommitment((DEFERRED,), ("A", "B")),
    ),
    DemoApprovalItem(
        "BKSP-028", "互联网上网服务营业场所经营许可",
        "《互联网上网服务营业场所管理条例》第七条",
        (
            handling("BKSP-028-01", "网吧经营许可（新办）", Proposed("WLJ")),
            handling("BKSP-028-02", "网吧经营许可（变更）", Confirmed("BKJG-WLJ-01-02")),
        ),
    ),
    DemoApprovalItem(
        "BKSP-029", "营业性演出许可", "《营业性演出管理条例》第六条",
        (handling("BKSP-029-01", "文艺表演团体从事营业性演出许可", Confirmed("BKJG-WLJ-02-01")),),
    ),
    DemoApprovalItem(
        "BKSP-030", "旅行社设立许可", "《旅行社条例》第六条",
        (handling("BKSP-030-01", "旅行社业务经营许可", Confirmed("BKJG-WLJ-03-01")),),
    ),
    DemoApprovalItem(
        "BKSP-031", "高危险性体育项目经营许可", "《全民健身条例》第三十二条",
        (
            handling("BKSP-031-01", "游泳场所经营许可"),
            handling("BKSP-031-02", "攀岩、滑雪场所经营许可"),
        ),
    ),
    DemoApprovalItem(
        "BKSP-032", "民办学校办学许可", "《中华人民共和国民办教育促进法》第十二条",
        (
            handling("BKSP-032-01", "民办幼儿园办学许可", Confirmed("BKJG-JYJ-01-01")),
            handling("BKSP-032-02", "民办义务教育学校办学许可", Confirmed("BKJG-JYJ-01-02")),
        ),
    ),
    DemoApprovalItem(
        "BKSP-033", "校外培训机构办学许可", "《中华人民共和国民办教育促进法》第十二条",
        (handling("BKSP-033-01", "非学科类校外培训机构办学许可", Proposed("JYJ")),),
    ),
    DemoApprovalItem(
        "BKSP-034", "农药经营许可", "《农药管理条例》第二十四条",
        (
            handling("BKSP-034-01", "农药经营许可（新办）", Confirmed("BKJG-NYJ-01-01")),
            handling("BKSP-034-02", "农药经营许可（变更）", Confirmed("BKJG-NYJ-01-01")),
        ),
        DemoCommitment((POST,), ("A", "B", "C"), 20),
    ),
    DemoApprovalItem(
        "BKSP-035", "兽药经营许可", "《兽药管理条例》第二十二条",
        (handling("BKSP-035-01", "兽药经营许可证核发", Confirmed("BKJG-NYJ-01-02")),),
    ),
    DemoApprovalItem(
        "BKSP-036", "农作物种子生产经营许可", "《中华人民共和国种子法》第三十一条",
        (handling("BKSP-036-01", "农作物种子生产经营许可证核发", Confirmed("BKJG-NYJ-01-03")),),
    ),
    DemoApprovalItem(
        "BKSP-037", "动物防疫条件合格证核发", "《中华人民共和国动物防疫法》第二十五条",
        (handling("BKSP-037-01", "动物饲养场防疫条件合格证核发", Confirmed("BKJG-NYJ-02-01")),),
    ),
    DemoApprovalItem(
        "BKSP-038", "渔业捕捞许可", "《中华人民共和国渔业法》第二十三条",
        (handling("BKSP-038-01", "内陆渔业捕捞许可证核发", Confirmed("BKJG-NYJ-03-01")),),
    ),
    DemoApprovalItem(
        "BKSP-039", "取水许可", "《中华人民共和国水法》第四十八条",
        (
            handling("BKSP-039-01", "取水许可（新办）", Confirmed("BKJG-SLJ-01-01")),
            handling("BKSP-039-02", "取水许可（延续）", Confirmed("BKJG-SLJ-01-01")),
        ),
        DemoCommitment((POST,), ("A", "B"), 30),
    ),
    DemoApprovalItem(
        "BKSP-040", "河道管理范围内建设项目工程建设方案审批", "《中华人民共和国水法》第三十八条",
        (handling("BKSP-040-01", "河道管理范围内建设项目审批", Confirmed("BKJG-SLJ-02-01")),),
    ),
    DemoApprovalItem(
        "BKSP-041", "生产建设项目水土保持方案审批", "《中华人民共和国水土保持法》第二十五条",
        (handling("BKSP-041-01", "水土保持方案报告书审批", Confirmed("BKJG-SLJ-02-02")),),
        DemoCommitment((DEFERRED,), ("A", "B", "C")),
    ),
    DemoApprovalItem(
        "BKSP-042", "建设用地规划许可", "《中华人民共和国城乡规划法》第三十七条",
        (handling("BKSP-042-01", "建设用地规划许可证核发", Confirmed("BKJG-ZGJ-01-01")),),
    ),
    DemoApprovalItem(
        "BKSP-043", "建设工程规划许可", "《中华人民共和国城乡规划法》第四十条",
        (handling("BKSP-043-01", "建设工程规划许可证核发", Confirmed("BKJG-ZGJ-01-02")),),
    ),
    DemoApprovalItem(
        "BKSP-044", "乡村建设规划许可", "《中华人民共和国城乡规划法》第四十一条",
        (handling("BKSP-044-01", "乡村建设规划许可证核发", Confirmed("BKJG-ZGJ-01-03")),),
    ),
    DemoApprovalItem(
        "BKSP-045", "林木采伐许可", "《中华人民共和国森林法》第五十六条",
        (
            handling("BKSP-045-01", "林木采伐许可证核发", Confirmed("BKJG-LYJ-01-01")),
            handling("BKSP-045-02", "农村居民采伐自留山林木许可", Confirmed("BKJG-LYJ-01-01")),
        ),
    ),
    DemoApprovalItem(
        "BKSP-046", "建设项目使用林地审核", "《中华人民共和国森林法》第三十七条",
        (handling("BKSP-046-01", "使用林地审核（县级权限）", Confirmed("BKJG-LYJ-01-02")),),
    ),
    DemoApprovalItem(
        "BKSP-047", "林草种子生产经营许可", "《中华人民共和国种子法》第三十一条",
        (handling("BKSP-047-01", "林草种子生产经营许可证核发", Proposed("LYJ")),),
    ),
    DemoApprovalItem(
        "BKSP-048", "人力资源服务许可", "《人力资源市场暂行条例》第十八条",
        (
            handling("BKSP-048-01", "职业中介活动许可", Confirmed("BKJG-RSJ-01-01")),
            handling("BKSP-048-02", "人力资源服务许可（变更）", Confirmed("BKJG-RSJ-01-01")),
        ),
        DemoCommitment((DEFERRED, VERIFY), ("A", "B")),
    ),
    DemoApprovalItem(
        "BKSP-049", "劳务派遣经营许可", "《中华人民共和国劳动合同法》第五十七条",
        (handling("BKSP-049-01", "劳务派遣经营许可（新办）", Confirmed("BKJG-RSJ-01-02")),),
        DemoCommitment((VERIFY,), ("A", "B")),
    ),
    DemoApprovalItem(
        "BKSP-050", "民办职业技能培训学校办学许可", "《中华人民共和国民办教育促进法》第十二条",
        (
            handling(
                "BKSP-050-01", "民办职业技能培训学校设立",
                Unlinked(
                    "BKJG-JYJ-01-02",
                    "职业技能培训学校由人力资源和社会保障部门审批监管，改由人社局监管。",
                ),
                Confirmed("BKJG-RSJ-02-01"),
            ),
        ),
    ),
)
# fmt: on
