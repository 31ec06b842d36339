"""Demo data: Baokang County's departments and a user for each role.

Loaded on an empty database only (first start of the embedded service, or
``shenguan load-demo``). Every demo user's password is :data:`DEMO_PASSWORD`.
"""

from __future__ import annotations

from domain.accounts.actor import SYSTEM, DepartmentKind, Role
from domain.accounts.models import Department, User
from domain.accounts.rules import ROLE_LABELS
from domain.accounts.services import create_department, create_user
from domain.transaction import transaction

DEMO_PASSWORD = "Baokang2026!"

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


async def load_demo_data() -> list[tuple[str, str, str]] | None:
    """Create the demo departments and users on an empty database.

    Returns ``(username, role description, password)`` per demo user, or None
    (and changes nothing) when any department or user already exists.
    """
    async with transaction():
        if await Department.exists() or await User.exists():
            return None
        departments: dict[str, Department] = {}
        for code, name, kind in DEMO_DEPARTMENTS:
            departments[code] = await create_department(SYSTEM, code=code, name=name, kind=kind)
        table: list[tuple[str, str, str]] = []
        for username, display_name, code, roles in DEMO_USERS:
            department = departments[code] if code else None
            await create_user(
                SYSTEM,
                username=username,
                display_name=display_name,
                department_id=department.id if department else None,
                roles=roles,
                password=DEMO_PASSWORD,
            )
            role_text = "、".join(ROLE_LABELS[r] for r in roles)
            where = department.name if department else "全县"
            table.append((username, f"{role_text}（{where}）", DEMO_PASSWORD))
    return table
