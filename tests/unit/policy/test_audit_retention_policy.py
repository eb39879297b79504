"""`[audit] retention_days`: at least 180 days (CSL Art. 23); a seat may only lengthen it."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatdesk.core.errors import PolicyError
from seatdesk.policy.parse import parse_policy
from seatdesk.policy.tighten import tighten

DEFAULT = (Path(__file__).parents[3] / "resources/policy/default.toml").read_text(encoding="utf-8")


def test_the_default_keeps_audit_entries_180_days() -> None:
    assert parse_policy(DEFAULT, "default.toml").audit_retention_days == 180


def test_a_policy_without_the_audit_table_keeps_the_minimum() -> None:
    text = DEFAULT.replace("[audit]\nretention_days = 180\n", "")
    assert "[audit]" not in text
    assert parse_policy(text, "p.toml").audit_retention_days == 180


def test_a_policy_asking_90_days_is_refused_at_load_citing_the_law() -> None:
    text = DEFAULT.replace("[audit]\nretention_days = 180", "[audit]\nretention_days = 90")
    assert text.count("retention_days = 90") == 1
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, "p.toml")
    message = str(caught.value)
    assert "audit.retention_days" in message and "Art. 23" in message
    assert "180" in message and "90" in message


def test_a_longer_retention_loads() -> None:
    text = DEFAULT.replace("[audit]\nretention_days = 180", "[audit]\nretention_days = 400")
    assert parse_policy(text, "p.toml").audit_retention_days == 400


def test_an_unknown_audit_key_is_refused() -> None:
    text = DEFAULT.replace("[audit]\n", "[audit]\nkeep_days = 3\n")
    with pytest.raises(PolicyError, match="keep_days"):
        parse_policy(text, "p.toml")


def test_a_seat_may_lengthen_the_retention_but_never_shorten_it() -> None:
    policy = parse_policy(DEFAULT, "default.toml")
    longer, refused = tighten(policy, {"audit_retention_days": 365})
    assert longer.audit_retention_days == 365 and not refused
    same, refused = tighten(policy, {"audit_retention_days": 30})
    assert same.audit_retention_days == 180
    assert len(refused) == 1 and "weaken" in refused[0]
    _, refused = tighten(policy, {"audit_retention_days": "forever"})
    assert refused == ["audit_retention_days: expected a whole number"]
