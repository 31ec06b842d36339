"""Credit rules (R1–R3), pure: sources and severities of credit records, the blacklist's
active test, the credit grade A–D, and the cleaning of inputs. No I/O, no clock.

The grade (R3, docs/credit.md), as of a day ``on``, first match wins:

- D: blacklisted on ``on``; or ``serious_for_d`` (2) serious records within the last
  ``serious_window_years`` (3) years;
- C: one serious record within those years; or ``minor_for_c`` (3) minor records within
  the last ``minor_window_years`` (3) years;
- B: a minor record within the last ``minor_recent_years`` (1) year;
- A: none of these.

"Within the last N years" of ``on``: ``occurred_on`` after the same day N years earlier
and not after ``on`` (a record dated 2023-06-01 counts on 2026-05-31, not on 2026-06-01).
The thresholds are a :class:`GradeRules` loaded from ``grading.toml`` next to this module.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path

from domain.errors import InvalidInput
from domain.text import clean_text


class CreditSource(StrEnum):
    """Where a credit record comes from (R1; 方案 §7, §9, 制度 Art 23)."""

    REVOCATION = "REVOCATION"  # 撤销许可 / 吊销许可证 (S4 approved, P5 license revoked)
    OVERDUE_COMMITMENT = "OVERDUE_COMMITMENT"  # 逾期未履行承诺 (K2)
    UNTRUE_COMMITMENT = "UNTRUE_COMMITMENT"  # 承诺不实 (K5)
    PENALTY = "PENALTY"  # 行政处罚 (P5 penalty)
    JUDICIAL_REFERRAL = "JUDICIAL_REFERRAL"  # 移送司法机关 (K5)
    OTHER = "OTHER"  # 其他失信信息


class CreditSeverity(StrEnum):
    MINOR = "MINOR"  # 一般失信
    SERIOUS = "SERIOUS"  # 严重失信


class CreditGrade(StrEnum):
    A = "A"  # 低风险
    B = "B"  # 较低风险
    C = "C"  # 较高风险
    D = "D"  # 高风险


# A source's severity unless the recorder says otherwise.
DEFAULT_SEVERITY: dict[CreditSource, CreditSeverity] = {
    CreditSource.REVOCATION: CreditSeverity.SERIOUS,
    CreditSource.OVERDUE_COMMITMENT: CreditSeverity.MINOR,
    CreditSource.UNTRUE_COMMITMENT: CreditSeverity.SERIOUS,
    CreditSource.PENALTY: CreditSeverity.MINOR,
    CreditSource.JUDICIAL_REFERRAL: CreditSeverity.SERIOUS,
    CreditSource.OTHER: CreditSeverity.MINOR,
}

SOURCE_LABELS: dict[CreditSource, str] = {
    CreditSource.REVOCATION: "撤销许可",
    CreditSource.OVERDUE_COMMITMENT: "逾期未履行承诺",
    CreditSource.UNTRUE_COMMITMENT: "承诺不实",
    CreditSource.PENALTY: "行政处罚",
    CreditSource.JUDICIAL_REFERRAL: "移送司法机关",
    CreditSource.OTHER: "其他失信信息",
}

TEXT_MAX = 2000
SHORT_MAX = 500

GRADING_FILE = Path(__file__).with_name("grading.toml")


@dataclass(frozen=True)
class GradeRules:
    """The grade's thresholds (R3); defaults as in ``grading.toml``."""

    serious_window_years: int = 3
    serious_for_d: int = 2
    minor_window_years: int = 3
    minor_for_c: int = 3
    minor_recent_years: int = 1

    def __post_init__(self) -> None:
        values = (
            self.serious_window_years,
            self.serious_for_d,
            self.minor_window_years,
            self.minor_for_c,
            self.minor_recent_years,
        )
        if any(not isinstance(v, int) or v < 1 for v in values):
            raise ValueError("credit grade thresholds must be positive integers")

    @property
    def lookback_years(self) -> int:
        """How far back any rule looks: records older than this never count."""
        return max(self.serious_window_years, self.minor_window_years, self.minor_recent_years)


def load_grade_rules(path: Path = GRADING_FILE) -> GradeRules:
    """The thresholds from a TOML file (unknown keys are an error, missing ones default)."""
    with path.open("rb") as f:
        data = tomllib.load(f)
    known = set(GradeRules.__dataclass_fields__)
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"unknown credit grade settings: {sorted(unknown)}")
    return GradeRules(**data)


@cache
def grade_rules() -> GradeRules:
    """The county's thresholds (``grading.toml``), read once."""
    return load_grade_rules()


def years_before(on: date, years: int) -> date:
    """The same day ``years`` earlier (29 February → 28 February)."""
    try:
        return on.replace(year=on.year - years)
    except ValueError:
        return on.replace(year=on.year - years, day=28)


def within_years(occurred_on: date, on: date, years: int) -> bool:
    return years_before(on, years) < occurred_on <= on


@dataclass(frozen=True)
class RecordFact:
    """What the grade needs of a credit record."""

    occurred_on: date
    severity: CreditSeverity
    source: CreditSource = CreditSource.OTHER


@dataclass(frozen=True)
class BlacklistFact:
    """What the grade needs of a blacklist entry."""

    starts_on: date
    ends_on: date | None
    removed_on: date | None = None  # the local date of its removal


class BlacklistStatus(StrEnum):
    """R2: where a blacklist entry stands on a day."""

    ACTIVE = "ACTIVE"  # 惩戒中: started, not ended, not removed
    PENDING = "PENDING"  # 未开始: starts later
    ENDED = "ENDED"  # 已到期: past its last day
    REMOVED = "REMOVED"  # 已移出: removed with a reason


def blacklist_status(entry: BlacklistFact, on: date) -> BlacklistStatus:
    """R2: an entry removed on or before ``on`` is REMOVED, whatever its dates."""
    if entry.removed_on is not None and entry.removed_on <= on:
        return BlacklistStatus.REMOVED
    if entry.starts_on > on:
        return BlacklistStatus.PENDING
    if entry.ends_on is not None and entry.ends_on < on:
        return BlacklistStatus.ENDED
    return BlacklistStatus.ACTIVE


def blacklist_active(entry: BlacklistFact, on: date) -> bool:
    """R2: in force on ``on``: started, not ended (``ends_on`` is its last day), not
    removed (a removal takes effect on its day)."""
    if entry.starts_on > on:
        return False
    if entry.ends_on is not None and entry.ends_on < on:
        return False
    return entry.removed_on is None or entry.removed_on > on


@dataclass(frozen=True)
class GradeResult:
    grade: CreditGrade
    reasons: tuple[str, ...] = field(default_factory=tuple)
    blacklisted: bool = False


def grade(
    records: Iterable[RecordFact],
    blacklist: Iterable[BlacklistFact],
    on: date,
    rules: GradeRules | None = None,
) -> GradeResult:
    """R3: the credit grade as of ``on`` with its reasons (Chinese, for the page)."""
    rules = rules or grade_rules()
    records = list(records)
    serious = [
        r
        for r in records
        if r.severity == CreditSeverity.SERIOUS
        and within_years(r.occurred_on, on, rules.serious_window_years)
    ]
    minor = [
        r
        for r in records
        if r.severity == CreditSeverity.MINOR
        and within_years(r.occurred_on, on, rules.minor_window_years)
    ]
    recent_minor = [
        r
        for r in records
        if r.severity == CreditSeverity.MINOR
        and within_years(r.occurred_on, on, rules.minor_recent_years)
    ]
    blacklisted = any(blacklist_active(entry, on) for entry in blacklist)
    reasons: list[str] = []
    if blacklisted:
        reasons.append("列入黑名单（联合惩戒）")
    if serious:
        reasons.append(f"近 {rules.serious_window_years} 年严重失信记录 {len(serious)} 条")
    if minor:
        reasons.append(f"近 {rules.minor_window_years} 年一般失信记录 {len(minor)} 条")
    if blacklisted or len(serious) >= rules.serious_for_d:
        result = CreditGrade.D
    elif serious or len(minor) >= rules.minor_for_c:
        result = CreditGrade.C
    elif recent_minor:
        result = CreditGrade.B
        reasons.append(f"近 {rules.minor_recent_years} 年有一般失信记录")
    else:
        result = CreditGrade.A
        reasons.append("无计入等级的失信记录")
    return GradeResult(grade=result, reasons=tuple(reasons), blacklisted=blacklisted)


# ---- inputs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CreditRecordData:
    licensee_number: str
    source: CreditSource
    occurred_on: date
    description: str
    severity: CreditSeverity | None = None  # None: the source's default
    department_id: int | None = None  # None: the recorder's department
    attachment_ids: Sequence[int] = ()


@dataclass(frozen=True)
class CleanCreditRecord:
    source: CreditSource
    severity: CreditSeverity
    occurred_on: date
    description: str


def clean_credit_record(data: CreditRecordData, today: date) -> CleanCreditRecord:
    if data.occurred_on > today:
        raise InvalidInput("发生日期不能晚于今天。", field="occurredOn")
    return CleanCreditRecord(
        source=data.source,
        severity=data.severity or DEFAULT_SEVERITY[data.source],
        occurred_on=data.occurred_on,
        description=clean_text(
            data.description, field="description", maximum=TEXT_MAX, required=True
        ),
    )


@dataclass(frozen=True)
class BlacklistData:
    licensee_number: str
    reason: str
    legal_basis: str
    starts_on: date
    ends_on: date | None = None  # None: until removed
    attachment_ids: Sequence[int] = ()


@dataclass(frozen=True)
class CleanBlacklist:
    reason: str
    legal_basis: str
    starts_on: date
    ends_on: date | None


def clean_blacklist(data: BlacklistData, today: date) -> CleanBlacklist:
    if data.ends_on is not None and data.ends_on < data.starts_on:
        raise InvalidInput("结束日期不能早于开始日期。", field="endsOn")
    if data.ends_on is not None and data.ends_on < today:
        raise InvalidInput("结束日期已过：黑名单记录须在今天或以后结束。", field="endsOn")
    return CleanBlacklist(
        reason=clean_text(data.reason, field="reason", maximum=TEXT_MAX, required=True),
        legal_basis=clean_text(
            data.legal_basis, field="legalBasis", maximum=SHORT_MAX, required=True
        ),
        starts_on=data.starts_on,
        ends_on=data.ends_on,
    )


def clean_removal_reason(reason: str) -> str:
    return clean_text(reason, field="reason", maximum=TEXT_MAX, required=True)
