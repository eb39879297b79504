"""`[partners] remind_days`: read and bounded from the policy file; a seat may remind earlier."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatdesk.core.errors import PolicyError
from seatdesk.policy.parse import parse_policy
from seatdesk.policy.tighten import tighten

DEFAULT = (Path(__file__).parents[3] / "resources/policy/default.toml").read_text(encoding="utf-8")


def test_the_default_policy_reminds_thirty_days_ahead() -> None:
    assert parse_policy(DEFAULT, "default.toml").partners.remind_days == 30
    without = DEFAULT.replace("[partners]\nremind_days = 30\n", "")
    assert parse_policy(without, "old.toml").partners.remind_days == 30


@pytest.mark.parametrize("value", ["0", "366", '"30"', "true"])
def test_a_reminder_out_of_bounds_is_refused_with_its_key(value: str) -> None:
    text = DEFAULT.replace("remind_days = 30", f"remind_days = {value}")
    with pytest.raises(PolicyError, match=r"partners\.remind_days"):
        parse_policy(text, "bad.toml")
    with pytest.raises(PolicyError, match="remind"):
        parse_policy(DEFAULT.replace("remind_days = 30", "remind_days = 30\nremind = 2"), "x")


def test_a_seat_may_remind_earlier_but_not_later() -> None:
    policy = parse_policy(DEFAULT, "default.toml")
    earlier, refused = tighten(policy, {"partner_remind_days": 60})
    assert earlier.partners.remind_days == 60 and refused == []
    later, refused = tighten(policy, {"partner_remind_days": 7})
    assert later.partners.remind_days == 30 and "weaken" in refused[0]
    for nonsense in (400, "60", -1):
        kept, refused = tighten(policy, {"partner_remind_days": nonsense})
        assert kept.partners.remind_days == 30 and len(refused) == 1
