"""Reports from the public (A4), pure rules: validation naming each field, name
normalisation, routing, the rate limit, client address and receipt numbers."""

from __future__ import annotations

import pytest

from domain.errors import ErrorCode, InvalidInput
from domain.reports import rules
from domain.reports.errors import RateLimited
from domain.reports.rules import ReportData, ReportStatus, Routing
from tests.linkage_factories import company_number, person_number

CONTENT = "超市在售卖过期的牛奶，生产日期为去年。"


def data(**kw: str) -> ReportData:
    values = {"licensee_name": "保康县示例超市", "content": CONTENT} | kw
    return ReportData(**values)


def field_of(report: ReportData) -> str | None:
    with pytest.raises(InvalidInput) as caught:
        rules.clean_report(report)
    return caught.value.field


def test_a4_a_name_alone_is_enough() -> None:
    clean = rules.clean_report(data(licensee_name="  保康县 示例超市 "))
    assert clean.licensee_name == "保康县 示例超市"
    assert clean.licensee_number == ""
    assert clean.contact == ""


def test_a4_a_number_is_checked_and_normalized() -> None:
    number = company_number(7)
    clean = rules.clean_report(data(licensee_name="", licensee_number=" " + number.lower()))
    assert clean.licensee_number == number
    assert rules.clean_report(data(licensee_number=person_number(3))).licensee_number


def test_a4_a_wrong_check_digit_names_the_number_field() -> None:
    number = company_number(7)
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    assert field_of(data(licensee_number=wrong)) == "licenseeNumber"
    assert field_of(data(licensee_number="1234")) == "licenseeNumber"


def test_a4_neither_number_nor_name_names_the_name_field() -> None:
    assert field_of(data(licensee_name="  ", licensee_number="")) == "licenseeName"
    assert field_of(data(licensee_name="名" * 201)) == "licenseeName"


def test_a4_content_is_10_to_2000_characters() -> None:
    assert field_of(data(content="太短了")) == "content"
    assert field_of(data(content="  一二三四五六七八九  ")) == "content"  # 9 after trimming
    assert (
        rules.clean_report(data(content="一二三四五六七八九十")).content == "一二三四五六七八九十"
    )
    assert rules.clean_report(data(content="字" * 2000)).content == "字" * 2000
    assert field_of(data(content="字" * 2001)) == "content"


def test_a4_contact_is_optional_phone_or_email() -> None:
    assert rules.clean_report(data(contact="138 0000 1111")).contact == "13800001111"
    assert rules.clean_report(data(contact="+8613800001111")).contact == "13800001111"
    assert rules.clean_report(data(contact="Li@Example.COM")).contact == "Li@example.com"
    assert field_of(data(contact="12345")) == "contact"
    assert field_of(data(contact="not an address@")) == "contact"
    assert field_of(data(contact="a" * 300 + "@example.com")) == "contact"


def test_a4_names_compare_case_space_and_width_normalized() -> None:
    assert rules.normalize_name(" 保康县 ＡＢＣ 超市（城关店） ") == rules.normalize_name(
        "保康县abc超市(城关店)"
    )
    assert rules.pick_by_name([(1, "保康县ABC超市"), (2, "别的店")], "保康县 abc 超市") == 1


def test_a4_a_name_shared_by_two_licensees_matches_neither() -> None:
    assert rules.pick_by_name([(1, "示例超市"), (2, "示例 超市")], "示例超市") is None
    assert rules.pick_by_name([(1, "示例超市")], "") is None
    assert rules.pick_by_name([], "示例超市") is None


def test_a4_one_supervising_department_gets_the_task() -> None:
    assert rules.route(5, [3, 3], coordination_id=9) == rules.Route(
        Routing.SUPERVISING_DEPARTMENT, (3,)
    )


def test_a4_several_supervising_departments_get_one_task_each() -> None:
    assert rules.route(5, [4, 3, 4], coordination_id=9).department_ids == (3, 4)


def test_a4_no_licensee_or_no_department_goes_to_the_coordination_group() -> None:
    assert rules.route(None, [], coordination_id=9) == rules.Route(Routing.NO_LICENSEE, (9,))
    assert rules.route(5, [], coordination_id=9) == rules.Route(Routing.NO_DEPARTMENT, (9,))


def test_a4_status_completed_only_when_every_task_is() -> None:
    assert rules.report_status(["COMPLETED", "COMPLETED"]) == ReportStatus.COMPLETED
    assert rules.report_status(["COMPLETED", "RECTIFYING"]) == ReportStatus.IN_PROGRESS
    assert rules.report_status(["IN_PROGRESS"]) == ReportStatus.IN_PROGRESS
    assert rules.report_status([]) == ReportStatus.IN_PROGRESS


def test_a4_rate_limit_per_hour_and_per_day() -> None:
    limit = rules.RateLimit(per_hour=5, per_day=20)
    rules.check_rate(limit, last_hour=4, last_day=19)
    with pytest.raises(RateLimited) as hour:
        rules.check_rate(limit, last_hour=5, last_day=5)
    assert hour.value.code == ErrorCode.RATE_LIMITED
    assert "每小时最多提交 5 件" in hour.value.message
    with pytest.raises(RateLimited) as day:
        rules.check_rate(limit, last_hour=0, last_day=20)
    assert "每天最多提交 20 件" in day.value.message


def test_a4_address_hash_is_keyed_and_stable() -> None:
    one = rules.address_hash("k" * 32, "10.0.0.1")
    assert one == rules.address_hash("k" * 32, "10.0.0.1")
    assert one != rules.address_hash("k" * 32, "10.0.0.2")
    assert one != rules.address_hash("j" * 32, "10.0.0.1")
    assert "10.0.0.1" not in one and len(one) == 64


def test_a4_proxy_header_only_when_a_setting_trusts_it() -> None:
    headers = {"x-forwarded-for": "1.1.1.1, 2.2.2.2"}
    assert rules.client_address("10.0.0.9", headers, None) == "10.0.0.9"
    assert rules.client_address("10.0.0.9", headers, "X-Forwarded-For") == "2.2.2.2"
    assert rules.client_address("10.0.0.9", {}, "X-Forwarded-For") == "10.0.0.9"
    assert rules.client_address(None, {}, None) == "unknown"


def test_a4_receipt_numbers_are_random_and_checked() -> None:
    first = rules.new_receipt_number("20260601")
    assert rules.RECEIPT_PATTERN.match(first)
    assert first != rules.new_receipt_number("20260601")
    assert rules.new_receipt_number("20260601", randbits=0) == "JB20260601-0000000000"
    assert rules.clean_receipt_number(" " + first.lower() + " ") == first
    with pytest.raises(InvalidInput) as caught:
        rules.clean_receipt_number("JB-1")
    assert caught.value.field == "receiptNumber"


def test_a4_task_title_names_receipt_licensee_and_excerpt() -> None:
    title = rules.task_title("JB20260601-0000000000", "示例超市", "字" * 100)
    assert title.startswith("举报 JB20260601-0000000000：示例超市 — ")
    assert title.endswith("…") and len(title) <= 200
    assert "未具名对象" in rules.task_title("JB20260601-0000000000", "", CONTENT)
