"""Pure rules of the linkage catalogue (C1–C5): no I/O, no clock.

The services validate their input here; the spreadsheet import uses the same
functions, so a row is refused for the same reason as a form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from domain.errors import Conflict, InvalidInput
from domain.text import clean_reason as clean_reason
from domain.text import clean_text


class CommitmentMode(StrEnum):
    """告知承诺方式 (C4)."""

    DEFERRED_MATERIALS = "DEFERRED_MATERIALS"  # 材料延期
    MATERIAL_VERIFICATION = "MATERIAL_VERIFICATION"  # 材料核验
    POST_VERIFICATION = "POST_VERIFICATION"  # 事后核查


class KeyArea(StrEnum):
    """重点监管领域 (制度 Art 12)."""

    SAFETY_PRODUCTION = "SAFETY_PRODUCTION"  # 安全生产
    HEALTH = "HEALTH"  # 卫生健康
    FOOD_AND_DRUGS = "FOOD_AND_DRUGS"  # 食品药品（含医疗器械、化妆品）
    SPECIAL_EQUIPMENT = "SPECIAL_EQUIPMENT"  # 特种设备
    HAZARDOUS_CHEMICALS = "HAZARDOUS_CHEMICALS"  # 危险化学品


class LinkStatus(StrEnum):
    """审管关联状态 (C3)."""

    PROPOSED = "PROPOSED"  # 待确认
    CONFIRMED = "CONFIRMED"  # 已确认
    REJECTED = "REJECTED"  # 已拒绝
    UNLINKED = "UNLINKED"  # 已解除


OPEN_LINK_STATUSES = frozenset({LinkStatus.PROPOSED, LinkStatus.CONFIRMED})

CREDIT_GRADES = ("A", "B", "C", "D")
COMMITMENT_MODE_NAMES = {
    CommitmentMode.DEFERRED_MATERIALS: "材料延期",
    CommitmentMode.MATERIAL_VERIFICATION: "材料核验",
    CommitmentMode.POST_VERIFICATION: "事后核查",
}
KEY_AREA_NAMES = {
    KeyArea.SAFETY_PRODUCTION: "安全生产",
    KeyArea.HEALTH: "卫生健康",
    KeyArea.FOOD_AND_DRUGS: "食品药品（含医疗器械、化妆品）",
    KeyArea.SPECIAL_EQUIPMENT: "特种设备",
    KeyArea.HAZARDOUS_CHEMICALS: "危险化学品",
}
LINK_STATUS_NAMES = {
    LinkStatus.PROPOSED: "待确认",
    LinkStatus.CONFIRMED: "已确认",
    LinkStatus.REJECTED: "已拒绝",
    LinkStatus.UNLINKED: "已解除",
}

CODE_MAX = 64
NAME_MAX = 200
LEGAL_BASIS_MAX = 4000
NOTE_MAX = 2000
VERIFICATION_PERIOD_MAX = 365
# Letters, digits and - _ . / ( ) ; starts with a letter or digit.
_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-_./()]*$")


# ---- field checks ----------------------------------------------------------------


def clean_code(value: str, *, field: str = "code") -> str:
    """A catalogue code, stripped and upper-cased; ``InvalidInput`` when malformed."""
    code = (value or "").strip().upper()
    if not code:
        raise InvalidInput("编码不能为空。", field=field)
    if len(code) > CODE_MAX:
        raise InvalidInput(f"编码不能超过 {CODE_MAX} 个字符。", field=field)
    if not _CODE.match(code):
        raise InvalidInput(
            "编码只能包含字母、数字和 - _ . / ( )，且以字母或数字开头。", field=field
        )
    return code


def clean_name(value: str, *, field: str = "name") -> str:
    name = " ".join((value or "").split())
    if not name:
        raise InvalidInput("名称不能为空。", field=field)
    if len(name) > NAME_MAX:
        raise InvalidInput(f"名称不能超过 {NAME_MAX} 个字符。", field=field)
    return name


# ---- items ------------------------------------------------------------------------


@dataclass(frozen=True)
class ApprovalItemData:
    """An approval item as entered (form or spreadsheet row); see :func:`check_approval_item`."""

    code: str
    name: str
    department_id: int
    legal_basis: str = ""
    commitment_eligible: bool = False
    commitment_modes: Sequence[CommitmentMode | str] = ()
    verification_period_working_days: int | None = None
    allowed_credit_grades: Sequence[str] = ()
    is_active: bool = True


def check_commitment(
    eligible: bool,
    modes: Iterable[CommitmentMode | str],
    verification_period: int | None,
    grades: Iterable[str],
) -> tuple[list[CommitmentMode], int | None, list[str]]:
    """C4: the commitment configuration, normalised (modes and grades sorted, unique).

    An eligible item has at least one mode and at least one allowed credit grade;
    POST_VERIFICATION needs a verification period of 1..365 working days, and no
    other configuration has one. An item that is not eligible has no modes, no
    period and no grades.
    """
    try:
        mode_set = {CommitmentMode(m) for m in modes}
    except ValueError as exc:
        raise InvalidInput("告知承诺方式无效。", field="commitmentModes") from exc
    grade_set = {str(g).strip().upper() for g in grades}
    bad = sorted(g for g in grade_set if g not in CREDIT_GRADES)
    if bad:
        raise InvalidInput(
            f"信用等级只能是 A、B、C、D：{'、'.join(bad)} 无效。", field="allowedCreditGrades"
        )
    if not eligible:
        if mode_set:
            raise InvalidInput("未实行告知承诺制的事项不能设置承诺方式。", field="commitmentModes")
        if grade_set:
            raise InvalidInput(
                "未实行告知承诺制的事项不能设置允许的信用等级。", field="allowedCreditGrades"
            )
        if verification_period is not None:
            raise InvalidInput(
                "未实行告知承诺制的事项不能设置核查期限。",
                field="verificationPeriodWorkingDays",
            )
        return [], None, []
    if not mode_set:
        raise InvalidInput("实行告知承诺制的事项须至少选择一种承诺方式。", field="commitmentModes")
    if not grade_set:
        raise InvalidInput(
            "实行告知承诺制的事项须至少允许一个信用等级。", field="allowedCreditGrades"
        )
    if CommitmentMode.POST_VERIFICATION in mode_set:
        if verification_period is None:
            raise InvalidInput(
                "事后核查须填写核查期限（工作日）。", field="verificationPeriodWorkingDays"
            )
        if not 1 <= verification_period <= VERIFICATION_PERIOD_MAX:
            raise InvalidInput(
                f"核查期限须在 1 到 {VERIFICATION_PERIOD_MAX} 个工作日之间。",
                field="verificationPeriodWorkingDays",
            )
    elif verification_period is not None:
        raise InvalidInput(
            "只有事后核查方式才设置核查期限。", field="verificationPeriodWorkingDays"
        )
    return sorted(mode_set), verification_period, sorted(grade_set)


def check_approval_item(data: ApprovalItemData) -> ApprovalItemData:
    """C1/C4: ``data`` with every field checked and normalised (``InvalidInput`` with field)."""
    modes, period, grades = check_commitment(
        data.commitment_eligible,
        data.commitment_modes,
        data.verification_period_working_days,
        data.allowed_credit_grades,
    )
    return replace(
        data,
        code=clean_code(data.code),
        name=clean_name(data.name),
        legal_basis=clean_text(data.legal_basis, field="legalBasis", maximum=LEGAL_BASIS_MAX),
        commitment_modes=tuple(modes),
        verification_period_working_days=period,
        allowed_credit_grades=tuple(grades),
    )


@dataclass(frozen=True)
class HandlingItemData:
    code: str
    name: str
    approval_item_id: int
    is_active: bool = True


def check_handling_item(data: HandlingItemData) -> HandlingItemData:
    return replace(data, code=clean_code(data.code), name=clean_name(data.name))


@dataclass(frozen=True)
class SupervisionItemData:
    code: str
    name: str
    department_id: int
    legal_basis: str = ""
    is_key: bool = False
    key_area: KeyArea | str | None = None
    is_active: bool = True


def check_key_supervision(is_key: bool, key_area: KeyArea | str | None) -> KeyArea | None:
    """C2 / 制度 Art 12: a key supervision item names its area; no other item has one."""
    if key_area in (None, ""):
        area = None
    else:
        try:
            area = KeyArea(key_area)
        except ValueError as exc:
            raise InvalidInput("重点监管领域无效。", field="keyArea") from exc
    if is_key and area is None:
        raise InvalidInput("重点监管事项须选择重点监管领域。", field="keyArea")
    if not is_key and area is not None:
        raise InvalidInput("非重点监管事项不能设置重点监管领域。", field="keyArea")
    return area


def check_supervision_item(data: SupervisionItemData) -> SupervisionItemData:
    return replace(
        data,
        code=clean_code(data.code),
        name=clean_name(data.name),
        legal_basis=clean_text(data.legal_basis, field="legalBasis", maximum=LEGAL_BASIS_MAX),
        key_area=check_key_supervision(data.is_key, data.key_area),
    )


@dataclass(frozen=True)
class SupervisionSubItemData:
    code: str
    name: str
    supervision_item_id: int
    is_active: bool = True


def check_supervision_sub_item(data: SupervisionSubItemData) -> SupervisionSubItemData:
    return replace(data, code=clean_code(data.code), name=clean_name(data.name))


# ---- links (C3) --------------------------------------------------------------------


class LinkAction(StrEnum):
    CONFIRM = "CONFIRM"
    REJECT = "REJECT"
    UNLINK = "UNLINK"


_ACTION_NAMES = {LinkAction.CONFIRM: "确认", LinkAction.REJECT: "拒绝", LinkAction.UNLINK: "解除"}
_TRANSITIONS: dict[LinkAction, tuple[frozenset[LinkStatus], LinkStatus]] = {
    LinkAction.CONFIRM: (frozenset({LinkStatus.PROPOSED}), LinkStatus.CONFIRMED),
    LinkAction.REJECT: (frozenset({LinkStatus.PROPOSED}), LinkStatus.REJECTED),
    LinkAction.UNLINK: (OPEN_LINK_STATUSES, LinkStatus.UNLINKED),
}


def link_transition(status: LinkStatus, action: LinkAction) -> LinkStatus:
    """C3: the status after ``action``; ``Conflict`` when the link is not in a state for it."""
    allowed, target = _TRANSITIONS[action]
    if status not in allowed:
        raise Conflict(
            f"关联当前状态为“{LINK_STATUS_NAMES[status]}”，不能{_ACTION_NAMES[action]}。",
            field="id",
        )
    return target


def open_key(handling_item_id: int, status: LinkStatus) -> int | None:
    """The value of ``CatalogueLink.open_handling_item_id`` for a link in ``status``."""
    return handling_item_id if status in OPEN_LINK_STATUSES else None


def requires_link(commitment_modes: Iterable[CommitmentMode | str]) -> bool:
    """C4: 事后核查 items must have a (confirmed) link."""
    return CommitmentMode.POST_VERIFICATION in {CommitmentMode(m) for m in commitment_modes}


# ---- publication (C5) ----------------------------------------------------------------


@dataclass(frozen=True)
class DraftApprovalItem:
    """What publishing checks of an active approval item of the draft."""

    code: str
    name: str
    commitment_modes: Sequence[str]
    handling_item_codes: Sequence[str]
    # Codes of its active handling items that have a CONFIRMED link.
    confirmed_handling_item_codes: Sequence[str] = ()


@dataclass(frozen=True)
class PublicationProblem:
    approval_item_code: str
    message: str


@dataclass
class PublicationCheck:
    problems: list[PublicationProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_publication(items: Iterable[DraftApprovalItem]) -> PublicationCheck:
    """What stops the draft from being published.

    C1: every active approval item has at least one active handling item.
    C4: every handling item of a 事后核查 item has a confirmed link.
    """
    check = PublicationCheck()
    for item in items:
        if not item.handling_item_codes:
            check.problems.append(
                PublicationProblem(
                    item.code, f"审批事项 {item.code}（{item.name}）没有业务办理项。"
                )
            )
            continue
        if requires_link(item.commitment_modes):
            confirmed = set(item.confirmed_handling_item_codes)
            missing = [c for c in item.handling_item_codes if c not in confirmed]
            if missing:
                check.problems.append(
                    PublicationProblem(
                        item.code,
                        f"审批事项 {item.code}（{item.name}）实行事后核查，"
                        f"但业务办理项 {'、'.join(sorted(missing))} 没有已确认的审管关联。",
                    )
                )
    return check


def check_effective_date(
    effective_date: date, today: date, latest_effective_date: date | None
) -> None:
    """C5: a version takes effect today or later, and not before the latest version."""
    if effective_date < today:
        raise InvalidInput(f"生效日期不能早于今天（{today.isoformat()}）。", field="effectiveDate")
    if latest_effective_date is not None and effective_date < latest_effective_date:
        raise InvalidInput(
            f"生效日期不能早于最新已发布版本的生效日期（{latest_effective_date.isoformat()}）。",
            field="effectiveDate",
        )
