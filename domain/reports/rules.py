"""Reports from the public (举报, A4), pure rules: cleaning what the public typed, the
licensee's name as it is compared, routing a report to departments, the rate limit,
the receipt number. No I/O, no clock (docs/reports.md).

A report names a licensee by its number (USCC or ID number, checked with its check
digit) or by its name, or both; says what was seen (10–2,000 characters); and may leave
a contact (a mobile number or an e-mail address). Every field error names its input
field (camelCase), so the public form shows it beside the field.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from domain.accounts.rules import validate_email, validate_phone
from domain.errors import InvalidInput
from domain.linkage.rules import licensee_number
from domain.reports.errors import RateLimited
from domain.text import clean_text

CONTENT_MIN = 10
CONTENT_MAX = 2000
NAME_MAX = 200
CONTACT_MAX = 254
# Default rate limit per client address (settings override: SHENGUAN_REPORT_LIMIT_*).
LIMIT_PER_HOUR = 5
LIMIT_PER_DAY = 20
# Receipt numbers: "JB" + the local date + 10 characters of Crockford's base 32 (50
# random bits), so that a receipt cannot be guessed from another one.
RECEIPT_PREFIX = "JB"
_RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECEIPT_RANDOM_LENGTH = 10
RECEIPT_PATTERN = re.compile(r"^JB\d{8}-[0-9A-HJKMNP-TV-Z]{10}$")


class Routing(StrEnum):
    """How a report found its department(s) (docs/reports.md)."""

    SUPERVISING_DEPARTMENT = "SUPERVISING_DEPARTMENT"  # the licensee's supervising department(s)
    NO_LICENSEE = "NO_LICENSEE"  # no licensee matched: the coordination group
    NO_DEPARTMENT = "NO_DEPARTMENT"  # matched, no license in force: the coordination group


class ReportStatus(StrEnum):
    """A report's status, read from its tasks (what the public lookup shows)."""

    IN_PROGRESS = "IN_PROGRESS"  # 处理中: a task of it has no final result yet
    COMPLETED = "COMPLETED"  # 已办结: every task of it has its final result


@dataclass(frozen=True)
class ReportData:
    """What the public typed into the form."""

    licensee_number: str = ""
    licensee_name: str = ""
    content: str = ""
    contact: str = ""


@dataclass(frozen=True)
class CleanReport:
    licensee_number: str  # normalized USCC or ID number, or ""
    licensee_name: str  # as typed (trimmed), or ""
    content: str
    contact: str  # a mobile number or a lower-cased e-mail domain, or ""


def normalize_name(name: str) -> str:
    """A name as it is compared (A4 routing): NFKC (full-width letters, digits and
    brackets become their usual forms), every kind of white space removed, case folded."""
    text = unicodedata.normalize("NFKC", name or "")
    return "".join(text.split()).casefold()


def clean_contact(value: str) -> str:
    """An optional contact: an 11-digit mainland mobile number or an e-mail address."""
    text = clean_text(value, field="contact", maximum=CONTACT_MAX, label="联系方式")
    if not text:
        return ""
    try:
        if "@" in text:
            return validate_email(text)
        return validate_phone(text)
    except InvalidInput as exc:
        raise InvalidInput(
            "联系方式须为 11 位手机号码（如 13800001111）或电子邮箱（如 name@example.com）；"
            "也可以不填。",
            field="contact",
        ) from exc


def clean_report(data: ReportData) -> CleanReport:
    """A4: the report as it will be stored, or ``InvalidInput`` naming the field."""
    number_text = "".join((data.licensee_number or "").split())
    name = " ".join((data.licensee_name or "").split())
    if not number_text and not name:
        raise InvalidInput(
            "请填写被举报对象的统一社会信用代码（或身份证号），或其名称。", field="licenseeName"
        )
    number = ""
    if number_text:
        if len(number_text) != 18:
            raise InvalidInput(
                "统一社会信用代码或身份证号应为 18 位；不知道时可只填名称。",
                field="licenseeNumber",
            )
        number = licensee_number(number_text, field="licenseeNumber")[1]
    if len(name) > NAME_MAX:
        raise InvalidInput(f"名称不能超过 {NAME_MAX} 个字符。", field="licenseeName")
    content = (data.content or "").strip()
    if len(content) < CONTENT_MIN:
        raise InvalidInput(
            f"请描述看到的情况，至少 {CONTENT_MIN} 个字（时间、地点、经过）。", field="content"
        )
    if len(content) > CONTENT_MAX:
        raise InvalidInput(
            f"举报内容不能超过 {CONTENT_MAX} 个字（现有 {len(content)} 个）。", field="content"
        )
    return CleanReport(
        licensee_number=number,
        licensee_name=name,
        content=content,
        contact=clean_contact(data.contact),
    )


# ---- routing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    routing: Routing
    department_ids: tuple[int, ...]  # one task for each, in this order


def route(
    licensee_id: int | None, supervising_department_ids: Iterable[int], coordination_id: int
) -> Route:
    """A4: the supervising departments of the matched licensee's licenses in force, one
    task each; the coordination group when no licensee matched or none supervises it."""
    if licensee_id is None:
        return Route(Routing.NO_LICENSEE, (coordination_id,))
    departments = tuple(sorted(set(supervising_department_ids)))
    if not departments:
        return Route(Routing.NO_DEPARTMENT, (coordination_id,))
    return Route(Routing.SUPERVISING_DEPARTMENT, departments)


def pick_by_name(candidates: Iterable[tuple[int, str]], name: str) -> int | None:
    """The one licensee whose normalized name equals ``name``'s; None when none or
    several do (a name shared by two licensees names neither)."""
    wanted = normalize_name(name)
    if not wanted:
        return None
    matches = {pk for pk, candidate in candidates if normalize_name(candidate) == wanted}
    return matches.pop() if len(matches) == 1 else None


def report_status(task_statuses: Iterable[str]) -> ReportStatus:
    """Completed once every task has its final result (S3); in progress otherwise."""
    statuses = list(task_statuses)
    if statuses and all(status == "COMPLETED" for status in statuses):
        return ReportStatus.COMPLETED
    return ReportStatus.IN_PROGRESS


# ---- rate limit -------------------------------------------------------------------------


@dataclass(frozen=True)
class RateLimit:
    per_hour: int = LIMIT_PER_HOUR
    per_day: int = LIMIT_PER_DAY


def check_rate(limit: RateLimit, *, last_hour: int, last_day: int) -> None:
    """A4: refuse one more report from an address that sent ``last_hour`` reports in the
    past hour and ``last_day`` in the past 24 hours."""
    if last_hour >= limit.per_hour:
        raise RateLimited(
            f"提交过于频繁：同一网络地址每小时最多提交 {limit.per_hour} 件举报，请稍后再试。"
        )
    if last_day >= limit.per_day:
        raise RateLimited(
            f"提交过于频繁：同一网络地址每天最多提交 {limit.per_day} 件举报，请明天再试。"
        )


def address_hash(secret_key: str, address: str) -> str:
    """The client address as stored: HMAC-SHA256 under the service's secret key, so the
    same address counts alike on every API process and is never stored in clear."""
    key = secret_key.encode()
    return hmac.new(key, f"report-address:{address}".encode(), hashlib.sha256).hexdigest()


def client_address(peer: str | None, headers: dict[str, str], trusted_header: str | None) -> str:
    """The client's address: the peer, or, only when a setting names the header a trusted
    reverse proxy sets, that header's last (proxy-appended) address."""
    if trusted_header:
        value = headers.get(trusted_header.lower(), "")
        last = value.split(",")[-1].strip()
        if last:
            return last
    return peer or "unknown"


def new_receipt_number(local_day: str, randbits: int | None = None) -> str:
    """``JB20260601-7K3F9Q2M4D``: the day (YYYYMMDD) and 10 random base-32 characters."""
    bits = secrets.randbits(5 * RECEIPT_RANDOM_LENGTH) if randbits is None else randbits
    chars = []
    for _ in range(RECEIPT_RANDOM_LENGTH):
        chars.append(_RECEIPT_ALPHABET[bits & 31])
        bits >>= 5
    return f"{RECEIPT_PREFIX}{local_day}-{''.join(reversed(chars))}"


def clean_receipt_number(value: str) -> str:
    """A receipt number as typed (spaces dropped, upper case), or ``InvalidInput``."""
    text = "".join((value or "").split()).upper()
    if not RECEIPT_PATTERN.match(text):
        raise InvalidInput(
            "回执编号格式不正确，应如 JB20260601-7K3F9Q2M4D。", field="receiptNumber"
        )
    return text


def task_title(receipt_number: str, named: str, content: str) -> str:
    """The task's title: the receipt, who was named and the start of what was seen."""
    excerpt = " ".join(content.split())
    if len(excerpt) > 60:
        excerpt = excerpt[:60] + "…"
    return f"举报 {receipt_number}：{named or '未具名对象'} — {excerpt}"[:200]
