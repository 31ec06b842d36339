"""Rules of notification-commitment approval (告知承诺, K1–K5), pure: whether a credit
check allows commitment approval, which credit check a commitment may rely on, the
commitment's states and transitions, the promise deadline, the cleaning of inputs.
No I/O, no clock reads: every day and time is passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.catalogue.rules import COMMITMENT_MODE_NAMES, CommitmentMode
from domain.commitments.errors import CommitmentStateInvalid as Conflict
from domain.credit.rules import CreditGrade
from domain.errors import InvalidInput
from domain.materials.rules import MaterialCategory, RequiredMaterial
from domain.text import clean_text

# A commitment relies on a credit check of the same licensee and item made at most
# this many calendar days before (the check date counted as day 0): a credit
# situation changes, an old answer is not reused (K1, 方案 §6).
CHECK_VALID_DAYS = 7
# K2: the promise deadline's kind (domain/deadlines), reminded to the applicant the day
# before and to the approval department when it passes (domain/commitments/reminders.py).
MATERIALS_DEADLINE = "commitment.materials"
# K4: the verification result reaches the approval department within 3 working days of
# the verification (制度 Art 23).
RESULT_PUSH_WORKING_DAYS = 3
RESULT_PUSH_DEADLINE = "commitment.result_push"
# K5: the rectification ordered on an untrue commitment is due at its deadline date.
PROMISE_WORKING_DAYS_MAX = 120
MATERIALS_MAX = 50
NAME_MAX = 200
TEXT_MAX = 2000


class CommitmentStatus(StrEnum):
    PENDING = "PENDING"  # 待补交/待核验：not issued yet (K2 materials due, K3 to check)
    ISSUED = "ISSUED"  # 已发证：the license is decided and pushed (P1)
    VERIFIED = "VERIFIED"  # 核查属实：post verification found the promise true (K4)
    UNTRUE = "UNTRUE"  # 承诺不实：found untrue, rectification ordered (K5)
    REVOKED = "REVOKED"  # 已撤销：overdue (K2) or untrue (K5), credit record written


class RevocationReason(StrEnum):
    OVERDUE = "OVERDUE"  # 逾期未补交材料 (K2)
    UNTRUE = "UNTRUE"  # 承诺不实 (K5)


class VerificationOutcome(StrEnum):
    TRUE = "TRUE"  # 属实
    UNTRUE = "UNTRUE"  # 不实：责令限期整改


STATUS_NAMES = {
    CommitmentStatus.PENDING: "待补交/核验",
    CommitmentStatus.ISSUED: "已发证",
    CommitmentStatus.VERIFIED: "核查属实",
    CommitmentStatus.UNTRUE: "承诺不实",
    CommitmentStatus.REVOKED: "已撤销",
}


# ---- K1: the credit check --------------------------------------------------------------


@dataclass(frozen=True)
class ItemTerms:
    """What the catalogue says of an approval item's commitment approval (C4)."""

    name: str
    commitment_eligible: bool
    commitment_modes: tuple[str, ...] = ()
    allowed_credit_grades: tuple[str, ...] = ()  # empty: every grade


@dataclass(frozen=True)
class CheckAnswer:
    allowed: bool
    reasons: tuple[str, ...]


def check_answer(terms: ItemTerms, grade: CreditGrade, blacklisted: bool) -> CheckAnswer:
    """K1: commitment approval is allowed when the item is eligible, the licensee is not
    blacklisted and its grade is one the item allows (none listed: every grade). The
    reasons say why, in Chinese, each failed condition named."""
    reasons: list[str] = []
    if not terms.commitment_eligible:
        reasons.append(f"审批事项“{terms.name}”不适用告知承诺制")
    if blacklisted:
        reasons.append("申请人在黑名单中（联合惩戒），不得适用告知承诺")
    allowed_grades = tuple(str(g) for g in terms.allowed_credit_grades)
    if allowed_grades and CreditGrade(grade).value not in allowed_grades:
        reasons.append(
            f"信用风险等级 {CreditGrade(grade).value} 不在该事项允许的等级"
            f"（{'、'.join(sorted(allowed_grades))}）之内"
        )
    if reasons:
        return CheckAnswer(False, tuple(reasons))
    modes = "、".join(COMMITMENT_MODE_NAMES[CommitmentMode(m)] for m in terms.commitment_modes)
    return CheckAnswer(
        True,
        (
            f"信用风险等级 {CreditGrade(grade).value}，未列入黑名单",
            f"允许告知承诺审批{f'（{modes}）' if modes else ''}",
        ),
    )


@dataclass(frozen=True)
class CheckFacts:
    """A recorded credit check as a commitment sees it."""

    licensee_number: str
    approval_item_id: int
    allowed: bool
    checked_on: date


def check_usable(
    check: CheckFacts, *, licensee_number: str, approval_item_id: int, today: date
) -> None:
    """K1: a commitment relies on an allowed check of the same licensee and item, made
    at most ``CHECK_VALID_DAYS`` days before ``today``."""
    if check.licensee_number != licensee_number:
        raise InvalidInput("信用查询的行政相对人与申请人不一致。", field="creditCheckId")
    if check.approval_item_id != approval_item_id:
        raise InvalidInput("信用查询的审批事项与办理项所属事项不一致。", field="creditCheckId")
    if not check.allowed:
        raise InvalidInput("该信用查询结果为不允许告知承诺审批。", field="creditCheckId")
    if check.checked_on > today or today - check.checked_on > timedelta(days=CHECK_VALID_DAYS):
        raise InvalidInput(
            f"信用查询已超过 {CHECK_VALID_DAYS} 天，请重新查询。", field="creditCheckId"
        )


# ---- commitments -----------------------------------------------------------------------


@dataclass(frozen=True)
class CommitmentData:
    credit_check_id: int
    handling_item_id: int
    mode: CommitmentMode
    licensee_name: str
    content: str  # the written promise (承诺内容)
    contact_phone: str = ""
    contact_email: str = ""
    address: str = ""
    legal_representative: str = ""
    materials: Sequence[str] = ()  # K2: promised; K3: to verify in the materials store
    due_on: date | None = None  # K2: the last day of the promise, or
    due_working_days: int | None = None  # K2: N working days from today
    required_materials: Sequence[RequiredMaterial] = ()  # K3: checked in the store (L1)


@dataclass(frozen=True)
class CleanCommitment:
    mode: CommitmentMode
    licensee_name: str
    content: str
    contact_phone: str
    contact_email: str
    address: str
    legal_representative: str
    materials: tuple[str, ...]
    due_on: date | None
    due_working_days: int | None
    required_materials: tuple[RequiredMaterial, ...] = ()


def clean_materials(values: Sequence[str], *, field: str = "materials") -> tuple[str, ...]:
    if len(values) > MATERIALS_MAX:
        raise InvalidInput(f"材料不能超过 {MATERIALS_MAX} 项。", field=field)
    names = [clean_text(v, field=field, maximum=NAME_MAX) for v in values]
    return tuple(dict.fromkeys(n for n in names if n))


def clean_commitment(data: CommitmentData, *, modes: Sequence[str], today: date) -> CleanCommitment:
    """The commitment's fields checked: the mode is one the item offers (C4); 材料延期
    lists its materials and one deadline (a day from today on, or 1–120 working days);
    材料核验 lists the materials to verify; the applicant is reachable (K2's reminder)."""
    if CommitmentMode(data.mode).value not in [str(m) for m in modes]:
        raise InvalidInput(
            f"该事项未配置“{COMMITMENT_MODE_NAMES[CommitmentMode(data.mode)]}”告知承诺方式。",
            field="mode",
        )
    materials = clean_materials(data.materials)
    phone = clean_text(data.contact_phone, field="contactPhone", maximum=32)
    if phone and not all(c.isdigit() or c in "+- " for c in phone):
        raise InvalidInput("联系电话只能包含数字、空格、+ 和 -。", field="contactPhone")
    email = clean_text(data.contact_email, field="contactEmail", maximum=200)
    if email and ("@" not in email or " " in email or email.startswith("@")):
        raise InvalidInput("电子邮箱格式不正确。", field="contactEmail")
    due_on, due_days = data.due_on, data.due_working_days
    if data.mode == CommitmentMode.DEFERRED_MATERIALS:
        if not materials:
            raise InvalidInput("材料延期须列明承诺补交的材料。", field="materials")
        if (due_on is None) == (due_days is None):
            raise InvalidInput("请填写承诺期限：截止日期或工作日数（二选一）。", field="dueOn")
        if due_on is not None and due_on < today:
            raise InvalidInput("承诺截止日期不能早于今天。", field="dueOn")
        if due_days is not None and not 1 <= due_days <= PROMISE_WORKING_DAYS_MAX:
            raise InvalidInput(
                f"承诺期限须为 1–{PROMISE_WORKING_DAYS_MAX} 个工作日。", field="dueWorkingDays"
            )
        if not phone and not email:
            raise InvalidInput(
                "材料延期须留联系电话或电子邮箱，用于截止前一天的提醒。", field="contactPhone"
            )
    else:
        due_on, due_days = None, None
    required: tuple[RequiredMaterial, ...] = ()
    if data.mode == CommitmentMode.MATERIAL_VERIFICATION:
        required = clean_required(data.required_materials)
    return CleanCommitment(
        mode=CommitmentMode(data.mode),
        licensee_name=clean_text(
            data.licensee_name, field="licenseeName", maximum=NAME_MAX, required=True
        ),
        content=clean_text(data.content, field="content", maximum=TEXT_MAX, required=True),
        contact_phone=phone,
        contact_email=email,
        address=clean_text(data.address, field="address", maximum=NAME_MAX),
        legal_representative=clean_text(
            data.legal_representative, field="legalRepresentative", maximum=100
        ),
        materials=materials,
        due_on=due_on,
        due_working_days=due_days,
        required_materials=required,
    )


def clean_required(values: Sequence[RequiredMaterial]) -> tuple[RequiredMaterial, ...]:
    """K3: the materials to verify in the store, each a category and a name."""
    found: dict[tuple[str, str], RequiredMaterial] = {}
    for value in values:
        name = clean_text(value.name, field="requiredMaterials", maximum=NAME_MAX)
        if name:
            key = (MaterialCategory(value.category).value, name)
            found[key] = RequiredMaterial(category=MaterialCategory(value.category), name=name)
    if not found:
        raise InvalidInput("材料核验须列明需核验的材料（类别和名称）。", field="requiredMaterials")
    if len(found) > MATERIALS_MAX:
        raise InvalidInput(f"材料不能超过 {MATERIALS_MAX} 项。", field="requiredMaterials")
    return tuple(found.values())


def check_issue(
    status: CommitmentStatus,
    mode: CommitmentMode,
    promised: Sequence[str],
    handed_in: Sequence[str],
) -> None:
    """K2/K3/K4: only a pending commitment is issued; 材料延期 needs every promised
    material handed in."""
    if status != CommitmentStatus.PENDING:
        raise Conflict(f"承诺状态为“{STATUS_NAMES[status]}”，不能发证。", field="commitmentId")
    if mode == CommitmentMode.DEFERRED_MATERIALS:
        missing = [m for m in promised if m not in set(handed_in)]
        if missing:
            raise InvalidInput(f"尚未补交：{'、'.join(missing)}。", field="handedInMaterials")


def check_revoke(
    status: CommitmentStatus,
    mode: CommitmentMode,
    reason: RevocationReason,
    *,
    overdue: bool,
) -> None:
    """K2: an overdue 材料延期 commitment not yet issued may be revoked; K5: a commitment
    found untrue (or issued and then found untrue) may be revoked."""
    if status == CommitmentStatus.REVOKED:
        raise Conflict("该承诺已撤销。", field="commitmentId")
    if reason == RevocationReason.OVERDUE:
        if mode != CommitmentMode.DEFERRED_MATERIALS or status != CommitmentStatus.PENDING:
            raise Conflict("只有未发证的材料延期承诺可因逾期撤销。", field="commitmentId")
        if not overdue:
            raise Conflict("承诺期限尚未届满，不能因逾期撤销。", field="commitmentId")
    elif status not in (CommitmentStatus.ISSUED, CommitmentStatus.UNTRUE):
        raise Conflict("只有已发证且被发现承诺不实的承诺可因不实撤销。", field="commitmentId")


def check_verify(status: CommitmentStatus, mode: CommitmentMode) -> None:
    """K4/K5: a post verification's result is recorded once, on an issued commitment."""
    if status != CommitmentStatus.ISSUED:
        raise Conflict(
            f"承诺状态为“{STATUS_NAMES[status]}”，不能登记核查结果。", field="commitmentId"
        )


@dataclass(frozen=True)
class MaterialProblem:
    """K3: a material that blocks issuing, with its Chinese message."""

    name: str
    message: str


def material_problem(
    category_label: str,
    name: str,
    validity: str | None,
    valid_from: date | None = None,
    valid_until: date | None = None,
) -> MaterialProblem | None:
    """K3: why a required material blocks issuing (None: valid in the store, L1). The
    message names the material and what is wrong with it, in Chinese."""
    what = f"{category_label}“{name}”"
    if validity is None:
        return MaterialProblem(name, f"{what}在证照材料库中不存在，须提交")
    if validity == "VALID":
        return None
    if validity == "EXPIRED":
        return MaterialProblem(name, f"{what}已于 {valid_until} 过期，须重新提交")
    if validity == "NOT_YET_VALID":
        return MaterialProblem(name, f"{what}自 {valid_from} 起才生效，须提交有效材料")
    return MaterialProblem(name, f"{what}已撤回，须重新提交")
