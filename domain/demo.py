"""Demo data: Baokang County's departments, a user for each role, and the catalogue.

Loaded on an empty database only (first start of the embedded service, or
``shenguan load-demo``). Every demo user's password is :data:`DEMO_PASSWORD`.
The catalogue (``domain/demo_catalogue.py``) is created through the catalogue's
own use cases, audited like any other change, and published as version 1
effective on the load date.
"""

from __future__ import annotations

from domain.accounts.actor import SYSTEM, DepartmentKind, Role
from domain.accounts.models import Department, User
from domain.accounts.rules import ROLE_LABELS
from domain.accounts.services import create_department, create_user
from domain.calendar.rules import local_date
from domain.catalogue.rules import (
    ApprovalItemData,
    HandlingItemData,
    SupervisionItemData,
    SupervisionSubItemData,
)
from domain.catalogue.services.items import (
    create_approval_item,
    create_handling_item,
    create_supervision_item,
    create_supervision_sub_item,
)
from domain.catalogue.services.links import confirm_link, propose_link, reject_link, unlink_link
from domain.catalogue.services.publication import publish_catalogue
from domain.clock import utc_now
from domain.demo_catalogue import (
    APPROVAL_ITEMS,
    SUPERVISION_ITEMS,
    Confirmed,
    LinkStep,
    Rejected,
    Unlinked,
)
from domain.demo_commitments import plan_demo_commitments
from domain.demo_credit import load_demo_credit
from domain.demo_inquiries import plan_demo_inquiries
from domain.demo_inspections import plan_demo_inspections
from domain.demo_linkage import History, history_clock, load_demo_linkage
from domain.demo_materials import load_demo_materials
from domain.demo_reports import plan_demo_reports
from domain.demo_reviews import plan_demo_reviews
from domain.transaction import transaction

DEMO_PASSWORD = "Baokang2026!"
DEMO_MAIL_DOMAIN = "baokang.example"

# (code, name, kind)
DEMO_DEPARTMENTS: list[tuple[str, str, DepartmentKind]] = [
    ("SPJ", "保康县行政审批局", DepartmentKind.APPROVAL),
    ("SCJ", "保康县市场监督管理局", DepartmentKind.SUPERVISION),
    ("ZJJ", "保康县住房和城乡建设局", DepartmentKind.SUPERVISION),
    ("WJJ", "保康县卫生健康局", DepartmentKind.SUPERVISION),
    ("YJJ", "保康县应急管理局", DepartmentKind.SUPERVISION),
    ("JTJ", "保康县交通运输局", DepartmentKind.SUPERVISION),
    ("WLJ", "保康县文化和旅游局", DepartmentKind.SUPERVISION),
    ("JYJ", "保康县教育局", DepartmentKind.SUPERVISION),
    ("NYJ", "保康县农业农村局", DepartmentKind.SUPERVISION),
    ("SLJ", "保康县水利和湖泊局", DepartmentKind.SUPERVISION),
    ("ZGJ", "保康县自然资源和规划局", DepartmentKind.SUPERVISION),
    ("LYJ", "保康县林业局", DepartmentKind.SUPERVISION),
    ("RSJ", "保康县人力资源和社会保障局", DepartmentKind.SUPERVISION),
    ("XTZ", "保康县推进政府职能转变和“放管服”改革协调小组", DepartmentKind.COORDINATION),
]

# (username, display name, department code or None, roles)
DEMO_USERS: list[tuple[str, str, str | None, tuple[Role, ...]]] = [
    ("admin", "系统管理员", None, (Role.SYSTEM_ADMIN,)),
    ("auditor", "审计员", None, (Role.AUDITOR,)),
    ("coordinator", "协调小组 周协调", "XTZ", (Role.COORDINATOR,)),
    ("spj.admin", "审批局 王管理", "SPJ", (Role.DEPARTMENT_ADMIN,)),
    ("spj.officer", "审批局 李审批", "SPJ", (Role.APPROVAL_OFFICER,)),
    ("spj.officer2", "审批局 张审批", "SPJ", (Role.APPROVAL_OFFICER,)),
    ("scj.admin", "市场监管局 赵管理", "SCJ", (Role.DEPARTMENT_ADMIN,)),
    ("scj.supervisor", "市场监管局 陈监管", "SCJ", (Role.SUPERVISOR,)),
    ("zjj.admin", "住建局 刘管理", "ZJJ", (Role.DEPARTMENT_ADMIN,)),
    ("zjj.supervisor", "住建局 杨监管", "ZJJ", (Role.SUPERVISOR,)),
    ("wjj.admin", "卫健局 吴管理", "WJJ", (Role.DEPARTMENT_ADMIN,)),
    ("wjj.supervisor", "卫健局 黄监管", "WJJ", (Role.SUPERVISOR,)),
    ("yjj.admin", "应急管理局 郑管理", "YJJ", (Role.DEPARTMENT_ADMIN,)),
    ("yjj.supervisor", "应急管理局 孙监管", "YJJ", (Role.SUPERVISOR,)),
    ("jtj.supervisor", "交通运输局 马监管", "JTJ", (Role.SUPERVISOR,)),
]


def demo_contact(username: str, serial: int, roles: tuple[Role, ...]) -> dict[str, object]:
    """A demo user's contacts for reminders (M1): an e-mail of the reserved ``.example``
    domain, a made-up mobile number; the supervisors are their departments' responsible
    people for receiving and feeding back (制度 Art 20(1)): they receive the reminders."""
    return {
        "email": f"{username}@{DEMO_MAIL_DOMAIN}",
        "phone": f"1380710{serial:04d}",
        "receives_reminders": Role.SUPERVISOR in roles,
    }


async def load_demo_data() -> list[tuple[str, str, str]] | None:
    """Create the demo departments and users on an empty database.

    Returns ``(username, role description, password)`` per demo user, or None
    (and changes nothing) when any department or user already exists. The county's
    history begins weeks before today (``domain/demo_linkage.py``): the load runs
    with the clock moved there, and restores it.
    """
    with history_clock() as history:
        return await _load_demo_data(history)


async def _load_demo_data(history: History) -> list[tuple[str, str, str]] | None:
    async with transaction():
        if await Department.exists() or await User.exists():
            return None
        departments: dict[str, Department] = {}
        for code, name, kind in DEMO_DEPARTMENTS:
            departments[code] = await create_department(SYSTEM, code=code, name=name, kind=kind)
        table: list[tuple[str, str, str]] = []
        for serial, (username, display_name, code, roles) in enumerate(DEMO_USERS, start=1):
            department = departments[code] if code else None
            await create_user(
                SYSTEM,
                username=username,
                display_name=display_name,
                department_id=department.id if department else None,
                roles=roles,
                password=DEMO_PASSWORD,
                **demo_contact(username, serial, roles),
            )
            role_text = "、".join(ROLE_LABELS[r] for r in roles)
            where = department.name if department else "全县"
            table.append((username, f"{role_text}（{where}）", DEMO_PASSWORD))
        await load_demo_catalogue({code: d.id for code, d in departments.items()})
        await load_demo_linkage(
            history,
            more=(
                plan_demo_commitments,
                plan_demo_reviews,
                plan_demo_inquiries,
                plan_demo_inspections,
                plan_demo_reports,
            ),
        )
        await load_demo_credit()
        await load_demo_materials()
    return table


# ---- the catalogue ------------------------------------------------------------------


async def load_demo_catalogue(department_ids: dict[str, int]) -> None:
    """Create the demo catalogue and publish it (call inside the loader's transaction)."""
    sub_item_ids: dict[str, int] = {}
    for item in SUPERVISION_ITEMS:
        supervision_item = await create_supervision_item(
            SYSTEM,
            SupervisionItemData(
                code=item.code,
                name=item.name,
                department_id=department_ids[item.department],
                legal_basis=item.legal_basis,
                is_key=item.key_area is not None,
                key_area=item.key_area,
            ),
        )
        for code, name in item.sub_items:
            sub_item = await create_supervision_sub_item(
                SYSTEM,
                SupervisionSubItemData(
                    code=code, name=name, supervision_item_id=supervision_item.id
                ),
            )
            sub_item_ids[code] = sub_item.id
    sub_item_departments = {
        code: department_ids[item.department]
        for item in SUPERVISION_ITEMS
        for code, _ in item.sub_items
    }

    for item in APPROVAL_ITEMS:
        commitment = item.commitment
        approval_item = await create_approval_item(
            SYSTEM,
            ApprovalItemData(
                code=item.code,
                name=item.name,
                department_id=department_ids[item.department],
                legal_basis=item.legal_basis,
                commitment_eligible=commitment is not None,
                commitment_modes=commitment.modes if commitment else (),
                verification_period_working_days=(
                    commitment.verification_period_working_days if commitment else None
                ),
                allowed_credit_grades=commitment.allowed_credit_grades if commitment else (),
            ),
        )
        for handling in item.handling_items:
            handling_item = await create_handling_item(
                SYSTEM,
                HandlingItemData(
                    code=handling.code, name=handling.name, approval_item_id=approval_item.id
                ),
            )
            for step in handling.links:
                await _link_step(
                    handling_item.id, step, department_ids, sub_item_ids, sub_item_departments
                )

    await publish_catalogue(
        SYSTEM,
        effective_date=local_date(utc_now()),
        note="保康县审管联动事项清单（演示数据）首次发布。",
    )


async def _link_step(
    handling_item_id: int,
    step: LinkStep,
    department_ids: dict[str, int],
    sub_item_ids: dict[str, int],
    sub_item_departments: dict[str, int],
) -> None:
    """One step of a handling item's link history (see ``domain/demo_catalogue.py``)."""
    if isinstance(step, Confirmed | Unlinked):
        department_id = sub_item_departments[step.sub_item]
    else:
        department_id = department_ids[step.department]
    link = await propose_link(
        SYSTEM, handling_item_id=handling_item_id, department_id=department_id
    )
    if isinstance(step, Rejected):
        await reject_link(SYSTEM, link.id, reason=step.reason)
    elif isinstance(step, Confirmed | Unlinked):
        await confirm_link(SYSTEM, link.id, supervision_sub_item_id=sub_item_ids[step.sub_item])
        if isinstance(step, Unlinked):
            await unlink_link(SYSTEM, link.id, reason=step.reason)
