"""The policy's `[training]` table: parsed strictly, tightened only, and a pass's standing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from seatdesk.core.errors import PolicyError
from seatdesk.policy.parse import parse_policy
from seatdesk.policy.roles import Role
from seatdesk.policy.tighten import tighten
from seatdesk.policy.training import NO_TRAINING, Standing, TrainingRules, standing

DEFAULT = (Path(__file__).parents[3] / "resources/policy/default.toml").read_text(encoding="utf-8")
COURSE = """[[training.courses]]
id = "confidentiality"
title_zh = "客户信息保密培训"
title_en = "Customer information confidentiality"
pass_mark = 80
roles = ["agent", "supervisor", "security"]
"""


def _with_training(table: str) -> str:
    head = DEFAULT[: DEFAULT.index("[training]")]
    return head + table


def test_the_default_policy_requires_training_for_everyone_who_sees_customers() -> None:
    rules = parse_policy(DEFAULT, "default.toml").training
    assert rules.required and rules.validity_days == 365 and rules.grace_days == 14
    course = rules.course("confidentiality")
    assert course.pass_mark == 80 and course.title("zh_CN") == "客户信息保密培训"
    assert rules.courses_for(Role.AGENT) == (course,)
    assert rules.courses_for(Role.ADMIN) == ()  # the admin sees no customer data


def test_without_a_training_table_no_training_is_asked() -> None:
    assert parse_policy(_with_training(""), "p.toml").training == NO_TRAINING


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            "[training]\nrequired = true\ngrace_days = 14\nvalidity_days = 365\ncourses = []\n",
            "no course",
        ),
        (
            "[training]\nrequired = 1\ngrace_days = 14\nvalidity_days = 365\n" + COURSE,
            "training.required",
        ),
        (
            "[training]\nrequired = true\ngrace_days = 400\nvalidity_days = 365\n" + COURSE,
            "training.grace_days",
        ),
        (
            "[training]\nrequired = true\ngrace_days = 14\nvalidity_days = 365\nspare = 1\n"
            + COURSE,
            "training.spare",
        ),
        (
            "[training]\nrequired = true\ngrace_days = 14\nvalidity_days = 365\n"
            + COURSE.replace('"agent", ', '"agnet", '),
            "unknown role 'agnet'",
        ),
        (
            "[training]\nrequired = true\ngrace_days = 14\nvalidity_days = 365\n"
            + COURSE.replace("80", "101"),
            "courses[1].pass_mark",
        ),
        (
            "[training]\nrequired = true\ngrace_days = 14\nvalidity_days = 365\n" + COURSE + COURSE,
            "defined twice",
        ),
        (
            "[training]\nrequired = true\ngrace_days = 14\nvalidity_days = 365\n"
            + COURSE.replace('id = "confidentiality"', 'id = "Bad Id"'),
            "course ids",
        ),
    ],
)
def test_a_bad_training_table_is_an_error_naming_the_key(table: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_policy(_with_training(table), "p.toml")


def test_a_seat_may_tighten_training_never_loosen_it() -> None:
    policy = parse_policy(DEFAULT, "default.toml")
    tightened, refused = tighten(
        policy,
        {"training_validity_days": 180, "training_grace_days": 3, "training_pass_mark": 90},
    )
    rules = tightened.training
    assert (rules.validity_days, rules.grace_days) == (180, 3) and not refused
    assert rules.course("confidentiality").pass_mark == 90
    same, refused = tighten(
        policy,
        {
            "training_validity_days": 730,
            "training_grace_days": 30,
            "training_pass_mark": 60,  # lower than the course's: the course keeps 80
            "training_required": False,
        },
    )
    assert same.training.validity_days == 365 and same.training.grace_days == 14
    assert same.training.course("confidentiality").pass_mark == 80 and same.training.required
    assert len(refused) == 3 and all("weaken" in r for r in refused)
    nonsense, refused = tighten(
        policy, {"training_grace_days": -1, "training_pass_mark": 0, "training_required": "yes"}
    )
    assert nonsense.training == policy.training and len(refused) == 3


def test_a_seat_may_switch_the_gate_on() -> None:
    policy = parse_policy(DEFAULT.replace("required = true", "required = false"), "p.toml")
    assert not policy.training.required
    assert tighten(policy, {"training_required": True})[0].training.required


def test_standing_at_the_edges_of_validity_and_grace() -> None:
    rules = TrainingRules(required=True, grace_days=14, validity_days=365)
    passed = date(2025, 1, 1)
    assert standing(rules, None, date(2026, 1, 1)) is Standing.NEVER
    assert standing(rules, passed, date(2026, 1, 1)) is Standing.VALID  # the last valid day
    assert standing(rules, passed, date(2026, 1, 2)) is Standing.GRACE
    assert standing(rules, passed, date(2026, 1, 15)) is Standing.GRACE  # the last grace day
    assert standing(rules, passed, date(2026, 1, 16)) is Standing.LAPSED
    course_rules = parse_policy(DEFAULT, "d").training.course("confidentiality")
    assert course_rules.passes(80) and not course_rules.passes(79)
