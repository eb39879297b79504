"""[approvals] request_minutes: how long a request asked through the hall waits (issue 17)."""

from __future__ import annotations

import pytest

from seatdesk.core.errors import PolicyError
from seatdesk.policy.parse import parse_policy
from tests.unit.policy.test_policy_model import DEFAULT_TEXT, section, variant


def test_the_default_policy_waits_ten_minutes() -> None:
    assert parse_policy(DEFAULT_TEXT, "default.toml").approval_request_minutes == 10


def test_a_policy_without_the_section_waits_ten_minutes() -> None:
    text = DEFAULT_TEXT.replace(section("approvals"), "")
    assert "[approvals]" not in text
    assert parse_policy(text, "p.toml").approval_request_minutes == 10


def test_the_minutes_are_read_and_bounded() -> None:
    text = variant("request_minutes = 10", "request_minutes = 3")
    assert parse_policy(text, "p.toml").approval_request_minutes == 3
    for bad in ("0", "121", '"ten"'):
        with pytest.raises(PolicyError, match="request_minutes"):
            parse_policy(variant("request_minutes = 10", f"request_minutes = {bad}"), "p.toml")
    with pytest.raises(PolicyError, match="grant_remote"):
        parse_policy(variant("request_minutes = 10", "request_minutes = 10\ngrant_remote = 1"), "p")
