"""The [visitors] table of the policy: defaults, hall-time arithmetic and strict validation."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from seatdesk.core.errors import PolicyError
from seatdesk.policy.parse import parse_policy

DEFAULT_TEXT = (Path(__file__).parents[3] / "resources/policy/default.toml").read_text("utf-8")


def variant(old: str, new: str) -> str:
    assert DEFAULT_TEXT.count(old) == 1, f"{old!r} occurs {DEFAULT_TEXT.count(old)} times"
    return DEFAULT_TEXT.replace(old, new)


def policy_error(text: str) -> str:
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, "default.toml")
    message = str(caught.value)
    assert "\n" not in message and message.startswith("policy default.toml: ")
    return message


def test_default_visitor_rules() -> None:
    rules = parse_policy(DEFAULT_TEXT, "default.toml").visitors
    assert rules.retention_days == 180
    assert rules.end_of_day == time(20, 0)
    assert rules.utc_offset == timedelta(hours=8)
    assert rules.overstay_grace_minutes == 15
    assert rules.pre_register_days_ahead == 30
    assert rules.id_types[0].name == "居民身份证"
    assert {t.name for t in rules.id_types} >= {"护照", "港澳居民来往内地通行证"}
    assert [d.code for d in rules.devices] == ["phone", "laptop", "camera", "recorder", "storage"]
    assert rules.allowed_devices == ("phone",)
    assert rules.device("camera").label_zh == "照相机/摄像机" and not rules.device("camera").allowed
    with pytest.raises(PolicyError, match="unknown device 'toaster'"):
        rules.device("toaster")


def test_hall_clock_and_closing_times() -> None:
    rules = parse_policy(DEFAULT_TEXT, "default.toml").visitors
    morning = datetime(2026, 1, 1, 1, 0, tzinfo=UTC)  # 09:00 in the hall
    evening = datetime(2026, 1, 1, 12, 30, tzinfo=UTC)  # 20:30 in the hall
    late_night = datetime(2026, 1, 1, 16, 30, tzinfo=UTC)  # 00:30 on 2 January in the hall
    closing_1 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    closing_2 = closing_1 + timedelta(days=1)
    assert rules.today(late_night) == date(2026, 1, 2)
    assert rules.end_of_day_on(date(2026, 1, 1)) == closing_1
    assert rules.next_end_of_day(morning) == closing_1
    assert rules.last_end_of_day(morning) == closing_1 - timedelta(days=1)
    assert rules.next_end_of_day(evening) == closing_2
    assert rules.last_end_of_day(evening) == closing_1
    assert rules.last_end_of_day(closing_1) == closing_1
    assert rules.last_end_of_day(late_night) == closing_1
    assert rules.local(morning).strftime("%H:%M") == "09:00"


def test_other_offsets_and_closing_times() -> None:
    text = variant('utc_offset = "+08:00"', 'utc_offset = "-05:30"')
    text = text.replace('end_of_day = "20:00"', 'end_of_day = "23:59"')
    rules = parse_policy(text, "x.toml").visitors
    assert rules.utc_offset == -timedelta(hours=5, minutes=30)
    assert rules.end_of_day == time(23, 59)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("retention_days = 180 ", "retention_days = 0", "visitors.retention_days: must be between"),
        ("retention_days = 180 ", 'retention_days = "180"', "expected an integer, got string"),
        (
            "overstay_grace_minutes = 15",
            "overstay_grace_minutes = -1",
            "visitors.overstay_grace_minutes: must be between 0 and 240",
        ),
        (
            "pre_register_days_ahead = 30",
            "pre_register_days_ahead = 400",
            "visitors.pre_register_days_ahead: must be between 0 and 365",
        ),
        (
            'end_of_day = "20:00"',
            'end_of_day = "8 pm"',
            "visitors.end_of_day: expected a time of day as HH:MM (24 h), got '8 pm'",
        ),
        ('end_of_day = "20:00"', 'end_of_day = "24:00"', "visitors.end_of_day: expected"),
        ('end_of_day = "20:00"', "end_of_day = 20:00:00", "expected a string, got date/time"),
        (
            'utc_offset = "+08:00"',
            'utc_offset = "Asia/Shanghai"',
            "visitors.utc_offset: expected +HH:MM or -HH:MM",
        ),
        (
            'allowed_devices = ["phone"]',
            'allowed_devices = ["phone", "drone"]',
            "visitors.allowed_devices: item 2: unknown device 'drone' (devices are: phone,",
        ),
        (
            'allowed_devices = ["phone"]',
            'allowed_devices = ["phone", "phone"]',
            "visitors.allowed_devices: device 'phone' is listed twice",
        ),
        (
            'allowed_devices = ["phone"]',
            'allowed_devices = "phone"',
            "visitors.allowed_devices: expected an array of strings",
        ),
        (
            "retention_days = 180 ",
            "retention_days = 180 \nretention_dayz = 90",
            "visitors.retention_dayz: unknown key (expected one of: utc_offset,",
        ),
        (
            'phone = { zh = "手机", en = "Mobile phone" }',
            'phone = { zh = "手机" }',
            "visitors.devices.phone.en: required key is missing",
        ),
        (
            'phone = { zh = "手机", en = "Mobile phone" }',
            'Phone = { zh = "手机", en = "Mobile phone" }',
            "visitors.devices.Phone: device codes are lower-case",
        ),
        ('"护照" = "Passport"', '"护照" = ""', 'visitors.id_types."护照": must not be empty'),
    ],
)
def test_invalid_visitor_rules_name_the_key(old: str, new: str, expected: str) -> None:
    assert expected in policy_error(variant(old, new))


def test_visitors_table_is_required() -> None:
    start = DEFAULT_TEXT.index("[visitors]")
    end = DEFAULT_TEXT.index("# Reasons offered when a field is revealed")
    text = DEFAULT_TEXT[:start] + DEFAULT_TEXT[end:]
    assert "visitors: required key is missing" in policy_error(text)


def test_empty_device_and_id_type_tables_are_refused() -> None:
    start = DEFAULT_TEXT.index("[visitors.id_types]\n") + len("[visitors.id_types]\n")
    end = DEFAULT_TEXT.index("# Devices a visitor declares")
    text = DEFAULT_TEXT[:start] + DEFAULT_TEXT[end:]
    assert "visitors.id_types: at least one identity document type" in policy_error(text)


def test_visitor_permissions_by_role() -> None:
    from seatdesk.policy.roles import Permission, Role, has_permission

    registrars = {r for r in Role if has_permission(r, Permission.REGISTER_VISITORS)}
    assert registrars == {Role.SUPERVISOR, Role.SECURITY}
    watchers = {r for r in Role if has_permission(r, Permission.MANAGE_WATCH_LIST)}
    assert watchers == {Role.SECURITY}
