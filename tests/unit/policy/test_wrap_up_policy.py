"""The policy's wrap-up codes and the namesake detail of name searches (issue 17)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from seatdesk.core.errors import PolicyError
from seatdesk.policy.parse import parse_policy

DEFAULT_TEXT = (Path(__file__).parents[3] / "resources/policy/default.toml").read_text("utf-8")


def without(table: str, text: str = DEFAULT_TEXT) -> str:
    """The default policy with every `[table…]` section removed."""
    return re.sub(
        rf"(?ms)^\[{re.escape(table)}[.\]].*?(?=^\[(?!{re.escape(table)}[.\]])|\Z)", "", text
    )


def test_the_default_policy_offers_reasons_outcomes_and_unidentified_codes() -> None:
    policy = parse_policy(DEFAULT_TEXT, "default.toml")
    codes = policy.wrap_up
    assert codes.enabled
    assert (
        codes.reasons[0].code == "account_enquiry" and codes.reasons[0].label("zh_CN") == "账户查询"
    )
    assert codes.outcomes[0].code == "resolved" and codes.outcomes[0].label("en") == "Resolved"
    assert "wrong_number" in [c.code for c in codes.unidentified]
    assert policy.namesake_detail == "district"


def test_a_policy_without_the_tables_asks_for_no_wrap_up_and_shows_no_detail() -> None:
    policy = parse_policy(without("search", without("wrap_up")), "old.toml")
    assert not policy.wrap_up.enabled and policy.namesake_detail == "none"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("account_enquiry = {", "Account-Enquiry = {"), "lower-case"),
        (('resolved = { zh = "已解决", en = "Resolved" }', 'resolved = { zh = "已解决" }'), "en"),
        (('namesake_detail = "district"', 'namesake_detail = "full_name"'), "namesake_detail"),
    ],
)
def test_a_bad_wrap_up_or_search_setting_names_the_key(
    change: tuple[str, str], message: str
) -> None:
    with pytest.raises(PolicyError, match=message):
        parse_policy(DEFAULT_TEXT.replace(*change), "bad.toml")


def test_an_empty_list_of_outcomes_is_refused() -> None:
    text = re.sub(
        r"(?ms)^\[wrap_up\.outcomes\]\n.*?(?=^\[)", "[wrap_up.outcomes]\n\n", DEFAULT_TEXT
    )
    with pytest.raises(PolicyError, match="at least one call outcome"):
        parse_policy(text, "bad.toml")
