"""The visitor register's pure rules (no vault): each check, its message, and what it returns."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from seatdesk.core.errors import UsageError
from seatdesk.core.identity import resident_id_check_char
from seatdesk.policy.model import Policy
from seatdesk.visitors import model
from seatdesk.visitors.model import Acknowledgement

ID = "11010519880512345" + resident_id_check_char("11010519880512345")
NOW = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)  # 17:00 in the hall (+08:00), which closes at 20:00


def test_reference_names_an_entry_without_the_person() -> None:
    assert model.reference(42) == "V000042"


def test_clean_text_collapses_spaces_and_names_the_field() -> None:
    assert model.clean_text("  华信   网络 ", "organisation") == "华信 网络"
    assert model.clean_text("", "escort", required=False) == ""
    with pytest.raises(UsageError, match="approval ref: required"):
        model.clean_text(" ", "approval_ref")
    with pytest.raises(UsageError, match="name: at most 64 characters"):
        model.clean_text("x" * 65, "name")
    with pytest.raises(UsageError, match="control characters"):
        model.clean_text("a\x07b", "purpose")


def test_identity_by_type(policy: Policy) -> None:
    rules = policy.visitors
    assert model.check_identity(rules, "居民身份证", ID.lower(), NOW.date()) == ("居民身份证", ID)
    assert model.check_identity(rules, "护照", "e 1234 5678", NOW.date()) == ("护照", "E12345678")
    with pytest.raises(UsageError, match="ID type: unknown"):
        model.check_identity(rules, "驾驶证", ID, NOW.date())
    with pytest.raises(UsageError, match="check digit") as caught:
        model.check_identity(rules, "居民身份证", ID[:-1] + "0", NOW.date())
    assert ID[6:-1] not in str(caught.value)


def test_mobile_mainland_or_international() -> None:
    assert model.check_mobile("") is None
    assert model.check_mobile("139 8765 4321") == "13987654321"
    assert model.check_mobile("+44 7700 900123") == "+447700900123"
    with pytest.raises(UsageError, match="mobile: not a mainland"):
        model.check_mobile("12345")


def test_approval_time_and_expected_date(policy: Policy) -> None:
    assert model.check_approval_time(None, NOW) == NOW
    assert model.check_approval_time(NOW + timedelta(minutes=4), NOW) > NOW  # clocks drift
    with pytest.raises(UsageError, match="in the future"):
        model.check_approval_time(NOW + timedelta(hours=1), NOW)
    with pytest.raises(UsageError, match="needs a time zone"):
        model.check_approval_time(datetime(2026, 1, 1, 8), NOW)
    today = date(2026, 1, 1)
    model.check_expected_date(policy.visitors, today, today)
    with pytest.raises(UsageError, match="in the past"):
        model.check_expected_date(policy.visitors, date(2025, 12, 31), today)
    with pytest.raises(UsageError, match="at most 30 days ahead"):
        model.check_expected_date(policy.visitors, date(2026, 3, 1), today)


def test_badge_devices_and_departure(policy: Policy) -> None:
    rules = policy.visitors
    assert model.check_badge(" v-01 ") == "V-01"
    with pytest.raises(UsageError, match="badge: 1-16"):
        model.check_badge("V 01")
    taken, held = model.check_devices(rules, ("camera", "phone", "laptop"), held_at_door=True)
    assert taken == ("phone",) and held == ("laptop", "camera")  # in the policy's order
    with pytest.raises(UsageError, match="Camera may not enter the hall"):
        model.check_devices(rules, ("camera",), held_at_door=False)
    with pytest.raises(UsageError, match="unknown device"):
        model.check_devices(rules, ("toaster",), held_at_door=True)
    model.check_departure(rules, NOW + timedelta(hours=2), NOW)
    with pytest.raises(UsageError, match="later than now"):
        model.check_departure(rules, NOW, NOW)
    with pytest.raises(UsageError, match="the hall closes at 20:00"):
        model.check_departure(rules, NOW + timedelta(hours=3, minutes=30), NOW)


def test_acknowledgement_by_typed_name_or_paper_form() -> None:
    assert (
        model.check_acknowledgement(Acknowledgement.typed("ｊｏｈｎ  smith."), "John Smith") is None
    )
    assert model.check_acknowledgement(Acknowledgement.paper(" F-0042 "), "x") == "F-0042"
    with pytest.raises(UsageError, match="types their own name"):
        model.check_acknowledgement(Acknowledgement.typed("张三"), "欧阳明月")
    with pytest.raises(UsageError, match="paper form"):
        model.check_acknowledgement(Acknowledgement.paper(""), "x")
    with pytest.raises(UsageError, match="typed name or paper form"):
        model.check_acknowledgement(Acknowledgement("nod"), "x")
    assert model.notice_language(Acknowledgement.typed("x", "en")) == "en"
    assert model.notice_language(Acknowledgement.typed("x", "fr")) == "zh_CN"


def test_hall_time(policy: Policy) -> None:
    assert model.hall_time(policy.visitors, NOW) == "17:00"
    assert model.hall_time(policy.visitors, NOW, "%Y-%m-%d %H:%M") == "2026-01-01 17:00"
    assert model.hall_time(policy.visitors, None) == ""


def test_minutes_and_labels() -> None:
    due = NOW + timedelta(hours=1)
    assert model.minutes_over(due, True, None, NOW + timedelta(minutes=76)) == 16
    assert model.minutes_over(due, True, NOW + timedelta(minutes=70), NOW + timedelta(days=1)) == 10
    assert model.minutes_over(due, False, None, NOW + timedelta(hours=5)) == 0  # never came in
    assert model.minutes_over(None, True, None, NOW) == 0
    assert model.minutes_in("2026-01-01T08:30:00+00:00", NOW) == 30
    assert model.minutes_in(None, NOW) == 0
    assert model.notice_label("typed", None) == "typed"
    assert model.notice_label("paper", "F-1") == "paper F-1"
    assert model.notice_label(None, None) == ""
