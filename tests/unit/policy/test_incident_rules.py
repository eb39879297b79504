"""`[incidents]` of the policy: the operator type (deadline, recipients) and the channels."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from seatdesk.core.errors import PolicyError
from seatdesk.policy.incident_rules import IncidentRules
from seatdesk.policy.parse import parse_policy

DEFAULT = Path(__file__).parents[3] / "resources" / "policy" / "default.toml"


def with_incidents(table: str) -> str:
    text = DEFAULT.read_text(encoding="utf-8")
    head = text[: text.index("[incidents]")]
    return head + table


def test_the_default_is_a_general_operator_reporting_to_12387() -> None:
    rules = parse_policy(DEFAULT.read_text(encoding="utf-8"), "default").incidents
    assert rules.operator_type == "general" and rules.regulator_deadline == timedelta(hours=4)
    assert "12387" in rules.regulator_channels and "www.12387.cn" in rules.regulator_channels
    assert rules.recipients("zh_CN") == ("属地省级网信部门",)
    assert parse_policy(with_incidents(""), "none").incidents == IncidentRules()


@pytest.mark.parametrize(
    ("operator", "hours", "recipients"),
    [
        ("general", 4, ("属地省级网信部门",)),
        ("cii", 1, ("保护工作部门", "公安机关")),
        ("state", 2, ("本部门网信工作机构",)),
    ],
)
def test_the_operator_type_sets_deadline_and_recipients(
    operator: str, hours: int, recipients: tuple[str, ...]
) -> None:
    text = with_incidents(f'[incidents]\noperator_type = "{operator}"\n')
    rules = parse_policy(text, "p").incidents
    assert rules.regulator_deadline == timedelta(hours=hours)
    assert rules.recipients("zh_CN") == recipients
    assert all(not any("\u4e00" <= c <= "\u9fff" for c in r) for r in rules.recipients("en"))


def test_a_wrong_operator_type_or_key_is_refused_by_name() -> None:
    with pytest.raises(PolicyError, match=r"incidents\.operator_type.*unknown operator type"):
        parse_policy(with_incidents('[incidents]\noperator_type = "bank"\n'), "p")
    with pytest.raises(PolicyError, match="incidents"):
        parse_policy(with_incidents("[incidents]\ndeadline_hours = 8\n"), "p")
    with pytest.raises(PolicyError, match="regulator_channels"):
        parse_policy(with_incidents('[incidents]\nregulator_channels = " "\n'), "p")
