"""The namesake detail's pieces: a district from a Chinese address, a birth year, a mobile's end."""

from __future__ import annotations

import pytest

from seatdesk.policy.namesakes import (
    birth_year,
    district,
    mobile_last4,
    shown_detail,
    stored_detail,
)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("上海市浦东新区青年路246号翠湖苑", "浦东新区"),
        ("广东省深圳市南山区科技园路1号", "南山区"),
        ("北京市朝阳区建国路88号", "朝阳区"),
        ("内蒙古自治区鄂尔多斯市东胜区天骄路", "东胜区"),
        ("新疆维吾尔自治区乌鲁木齐市天山区解放北路", "天山区"),
        ("浙江省金华市义乌市稠城街道", "义乌市"),
        ("四川省阿坝藏族羌族自治州九寨沟县漳扎镇", "九寨沟县"),
        ("浙江省义乌市稠城街道工人路", "义乌市"),  # no district after the city: the city
        ("", ""),
        ("P.O. Box 12", ""),
    ],
)
def test_district_of_an_address(address: str, expected: str) -> None:
    assert district(address) == expected


def test_birth_year_and_mobile_end() -> None:
    assert birth_year("1985-03-02") == "1985" and birth_year("3/2/1985") == ""
    assert mobile_last4("13800138000") == "…8000" and mobile_last4("") == ""


def test_a_detail_made_for_another_setting_is_not_shown() -> None:
    stored = stored_detail("district", {"address": "北京市朝阳区建国路88号"})
    assert stored == "district:朝阳区"
    assert shown_detail("district", stored) == "朝阳区"
    assert shown_detail("birth_year", stored) == ""  # the policy changed since the import
    assert shown_detail("district", None) == ""
    assert stored_detail("mobile_last4", {}) is None and stored_detail("none", {}) is None
