"""Issue 19.3: ID numbers are checked against GB/T 2260's provinces and their document type,
and U+2212 (minus sign) separates the digits of a mobile number as masking already assumed."""

from __future__ import annotations

from datetime import date

import pytest

from seatdesk.core.identity import (
    check_id_region,
    check_resident_id,
    normalise_mobile,
    resident_id_check_char,
)
from seatdesk.records.csv_reader import parse_customer_csv

TODAY = date(2026, 1, 1)
MISSING_PROVINCES = [
    10, *range(16, 21), *range(24, 31), *range(38, 41), *range(47, 50), *range(55, 61),
    *range(66, 71), *range(72, 81), *range(84, 100),
]  # fmt: skip


def resident(region: str) -> str:
    first17 = f"{region}19900101123"
    return first17 + resident_id_check_char(first17)


@pytest.mark.parametrize("province", MISSING_PROVINCES)
def test_a_province_that_gb_t_2260_does_not_list_is_refused(province: int) -> None:
    reason = check_resident_id(resident(f"{province:02d}0101"), TODAY)
    assert reason is not None and "GB/T 2260" in reason


@pytest.mark.parametrize("region", ["110105", "440304", "650102", "710000", "810000", "830000"])
def test_listed_provinces_pass(region: str) -> None:
    assert check_resident_id(resident(region), TODAY) is None


@pytest.mark.parametrize("region", ["810000", "820000", "830000"])
def test_a_fifteen_digit_number_never_has_a_permit_region(region: str) -> None:
    reason = check_resident_id(f"{region}900101123", TODAY)
    assert reason is not None and "18" in reason


@pytest.mark.parametrize(
    ("id_type", "region", "error"),
    [
        ("港澳居民居住证", "110105", True),
        ("港澳居民居住证", "810000", False),
        ("港澳居民居住证", "820000", False),
        ("港澳居民居住证", "830000", True),
        ("台湾居民居住证", "830000", False),
        ("台湾居民居住证", "810000", True),
        ("台湾居民居住证", "440304", True),
        ("港澳台居民居住证", "820000", False),
        ("港澳台居民居住证", "310104", True),
        ("居民身份证", "810000", True),
        ("临时居民身份证", "830000", True),
        ("居民身份证", "110105", False),
    ],
)
def test_the_type_must_fit_the_region(id_type: str, region: str, error: bool) -> None:
    problem, _warning = check_id_region(id_type, resident(region))
    assert (problem is not None) is error
    assert problem is None or resident(region) not in problem


def test_an_unknown_county_is_a_warning() -> None:
    problem, warning = check_id_region("居民身份证", resident("110000"))
    assert problem is None and warning is not None


def test_import_reports_type_and_region_and_county() -> None:
    data = (
        "customer_no,name,id_type,id_number\n"
        f"C1,张三,港澳居民居住证,{resident('110105')}\n"
        f"C2,李四,居民身份证,{resident('170101')}\n"
        f"C3,王五,居民身份证,{resident('440000')}\n"
        f"C4,赵六,港澳居民居住证,{resident('810000')}\n"
    ).encode()
    parsed = parse_customer_csv(data, tier_labels=("秘密",), default_tier="秘密", today=TODAY)
    found = {(p.line, p.column, p.is_warning) for p in parsed.problems}
    assert found == {(2, "id_number", False), (3, "id_number", False), (4, "id_number", True)}


@pytest.mark.parametrize("raw", ["138\u22121234\u22125678", "+86\u2212138 1234 5678"])
def test_minus_sign_separates_mobile_digits(raw: str) -> None:
    assert normalise_mobile(raw) == "13812345678"
