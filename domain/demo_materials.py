"""Demo data of the materials store (L1): the first demo licensees get materials of several
categories, recorded by the approval department and a supervision department through the
real services — long-term, valid, one expired a year ago and one withdrawn — so the page and
``checkMaterials`` show every validity but "not yet valid" on a fresh start."""

from __future__ import annotations

from datetime import date, timedelta

from domain.accounts.models import User
from domain.calendar.rules import local_date
from domain.clock import utc_now
from domain.linkage.models import Licensee
from domain.linkage.rules import LicenseeKind
from domain.materials import services
from domain.materials.rules import MaterialCategory, MaterialData

_DAY = timedelta(days=1)
LICENSEES = 4


def _company_materials(today: date, serial: int) -> list[tuple[str, MaterialData]]:
    return [
        (
            "spj.officer",
            MaterialData(
                category=MaterialCategory.IDENTITY,
                name="营业执照",
                issuer="保康县市场监督管理局",
                valid_from=today - 900 * _DAY,
                document_number=f"BK-YYZZ-{serial:04d}",
            ),
        ),
        (
            "spj.officer",
            MaterialData(
                category=MaterialCategory.QUALIFICATION,
                name="食品经营许可证",
                issuer="保康县行政审批局",
                valid_from=today - 400 * _DAY,
                valid_until=today + 1400 * _DAY,
                document_number=f"JY1420626{serial:07d}",
            ),
        ),
        (
            "scj.supervisor",
            MaterialData(
                category=MaterialCategory.QUALIFICATION,
                name="公共场所卫生许可证",
                issuer="保康县卫生健康局",
                valid_from=today - 1500 * _DAY,
                valid_until=today - 365 * _DAY,
                document_number=f"保卫公证字〔2021〕第{serial:03d}号",
            ),
        ),
        (
            "scj.supervisor",
            MaterialData(
                category=MaterialCategory.PROPERTY,
                name="经营场所租赁合同",
                issuer="保康县城关镇房屋出租人",
                valid_from=today - 200 * _DAY,
                valid_until=today + 900 * _DAY,
            ),
        ),
    ]


def _person_materials(today: date, serial: int) -> list[tuple[str, MaterialData]]:
    return [
        (
            "spj.officer",
            MaterialData(
                category=MaterialCategory.IDENTITY,
                name="居民身份证",
                issuer="保康县公安局",
                valid_from=today - 2000 * _DAY,
                valid_until=today + 1600 * _DAY,
            ),
        ),
        (
            "spj.officer",
            MaterialData(
                category=MaterialCategory.CREDIT,
                name="无犯罪记录证明",
                issuer="保康县公安局城关派出所",
                valid_from=today - 60 * _DAY,
                valid_until=today + 120 * _DAY,
                document_number=f"BK-WFZ-{serial:04d}",
            ),
        ),
    ]


async def load_demo_materials() -> None:
    """Call after the demo licensees exist, in the demo's transaction."""
    today = local_date(utc_now())
    actors = {
        username: (await User.get(username=username)).actor()
        for username in ("spj.officer", "scj.supervisor")
    }
    licensees = await Licensee.all().order_by("id").limit(LICENSEES)
    for serial, licensee in enumerate(licensees, start=1):
        is_company = LicenseeKind(licensee.kind) == LicenseeKind.COMPANY
        plan = (_company_materials if is_company else _person_materials)(today, serial)
        for username, data in plan:
            await services.add_material(actors[username], licensee.number, data)
    # One recorded by mistake and withdrawn, with its reason.
    if licensees:
        wrong = await services.add_material(
            actors["spj.officer"],
            licensees[0].number,
            MaterialData(
                category=MaterialCategory.RIGHTS,
                name="商标注册证",
                issuer="国家知识产权局",
                valid_from=today - 30 * _DAY,
                valid_until=today + 3000 * _DAY,
            ),
        )
        await services.withdraw_material(
            actors["spj.officer"], wrong.id, "录入错误：该商标注册证不属于本行政相对人。"
        )
