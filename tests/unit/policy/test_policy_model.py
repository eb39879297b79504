from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

import pytest

from seatdesk.core.errors import PolicyError
from seatdesk.policy.model import (
    FIELD_NAMES,
    MaskKind,
    MaskRule,
    Policy,
    Reveal,
    TierAccess,
)
from seatdesk.policy.parse import parse_policy
from seatdesk.policy.roles import Role

DEFAULT_PATH = Path(__file__).parents[3] / "resources/policy/default.toml"
DEFAULT_TEXT = DEFAULT_PATH.read_text(encoding="utf-8")


def default_policy() -> Policy:
    return parse_policy(DEFAULT_TEXT, "default.toml")


def variant(old: str, new: str, text: str = DEFAULT_TEXT) -> str:
    """The default policy with exactly one occurrence of `old` replaced."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def section(name: str) -> str:
    """The text of one `[table]` section of the default policy, header included."""
    match = re.search(rf"^\[{re.escape(name)}\]\n(?:(?!\[).*\n)*", DEFAULT_TEXT, re.MULTILINE)
    assert match is not None
    return match[0]


def policy_error(text: str) -> str:
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, "default.toml")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("policy default.toml: ")
    return message


# --- the shipped default -------------------------------------------------------------------


def test_default_policy_parses() -> None:
    policy = default_policy()
    assert tuple(policy.fields) == FIELD_NAMES
    assert policy.source == "default.toml"
    assert policy.sha256 == hashlib.sha256(DEFAULT_TEXT.encode("utf-8")).hexdigest()
    assert policy.tier_labels == ("秘密", "机密", "绝密")
    assert policy.default_tier == "秘密"
    assert {name: c.level for name, c in policy.classes.items()} == {
        "一类": "一级",
        "二类": "二级",
        "三类": "三级",
    }
    assert policy.roles[Role.AGENT].label_zh == "坐席员"
    assert policy.roles[Role.SUPERVISOR].label_zh == "班组长/现场主管"
    assert policy.roles[Role.SECURITY].label_zh == "信息安全专员"
    assert policy.roles[Role.ADMIN].label_zh == "系统管理员"


def test_default_limits() -> None:
    limits = default_policy().limits
    assert dataclasses.asdict(limits) == {
        "reveal_seconds": 15,
        "reveal_quota_per_hour": 10,
        "verify_attempts_per_call": 3,
        "idle_lock_seconds": 120,
        "idle_lock_during_call_seconds": 1800,
        "lockout_failures": 5,
        "lockout_minutes": 15,
        "password_min_length": 10,
        "audit_excerpt_minutes": 60,
        "agreement_valid_days": 365,
        "backup_interval_days": 7,
        "hall_silence_strict_seconds": 60,
        "searches_per_minute": 30,
        "views_per_minute": 30,
    }


# DESIGN §4: class, mask, whether an agent may reveal, verify.
DESIGN_FIELDS = [
    ("name", "二类", MaskRule("keep", first=1), True, True),
    ("mobile", "二类", MaskRule("keep", first=3, last=4), True, True),
    ("landline", "二类", MaskRule("keep", first=4, last=2), True, True),
    ("id_number", "一类", MaskRule("keep", first=1, last=1), False, True),
    ("bank_card", "一类", MaskRule("keep", last=4), False, True),
    ("birth_date", "一类", MaskRule("date_year"), False, True),
    ("email", "二类", MaskRule("email"), True, True),
    ("address", "二类", MaskRule("hide_last", count=8), True, False),
    ("notes", "二类", MaskRule("free_text"), False, False),
    ("gender", "三类", MaskRule("none"), False, False),
    ("segment", "三类", MaskRule("none"), False, False),
    ("consent", "三类", MaskRule("none"), False, False),
]


@pytest.mark.parametrize(("name", "field_class", "mask", "agent_reveals", "verify"), DESIGN_FIELDS)
def test_default_fields_follow_design(
    name: str, field_class: str, mask: MaskRule, agent_reveals: bool, verify: bool
) -> None:
    rule = default_policy().field(name)
    assert rule.name == name
    assert rule.field_class == field_class
    assert rule.mask == mask
    assert rule.may_reveal(Role.AGENT) is agent_reveals
    assert rule.verify is verify
    assert rule.label_zh and rule.label_en
    # Supervisors may reveal every protected, revealable field; security and admin never.
    revealable = field_class != "三类" and name != "notes"
    assert rule.may_reveal(Role.SUPERVISOR) is revealable
    assert rule.reveal[Role.SECURITY] is Reveal.NEVER
    assert rule.reveal[Role.ADMIN] is Reveal.NEVER


@pytest.mark.parametrize(
    ("field", "role", "tier", "needed"),
    [
        ("mobile", Role.AGENT, "秘密", TierAccess.ALLOWED),
        ("mobile", Role.AGENT, "机密", TierAccess.SUPERVISOR_APPROVAL),
        ("mobile", Role.AGENT, "绝密", TierAccess.NEVER),
        ("mobile", Role.SUPERVISOR, "机密", TierAccess.ALLOWED),
        ("mobile", Role.SUPERVISOR, "绝密", TierAccess.SECURITY_APPROVAL),
        ("id_number", Role.AGENT, "秘密", TierAccess.NEVER),
        ("id_number", Role.SUPERVISOR, "秘密", TierAccess.ALLOWED),
        ("mobile", Role.SECURITY, "秘密", TierAccess.NEVER),
        ("mobile", Role.ADMIN, "秘密", TierAccess.NEVER),
        ("gender", Role.SUPERVISOR, "秘密", TierAccess.NEVER),
    ],
)
def test_reveal_requirement(field: str, role: Role, tier: str, needed: TierAccess) -> None:
    assert default_policy().reveal_requirement(field, role, tier) is needed


def test_unknown_field_and_tier_fail_closed() -> None:
    policy = default_policy()
    with pytest.raises(PolicyError, match="no rule for field 'salary'"):
        policy.field("salary")
    with pytest.raises(PolicyError, match="unknown tier '核心'"):
        policy.reveal_requirement("mobile", Role.AGENT, "核心")


def test_policy_is_immutable() -> None:
    policy = default_policy()
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.default_tier = "绝密"  # type: ignore[misc]
    with pytest.raises(TypeError):
        policy.fields["mobile"] = policy.fields["name"]  # type: ignore[index]
    with pytest.raises(TypeError):
        policy.field("mobile").reveal[Role.AGENT] = Reveal.NEVER  # type: ignore[index]


def test_tier_labels_can_be_renamed() -> None:
    renamed = DEFAULT_TEXT.replace("秘密", "一般").replace("机密", "重要").replace("绝密", "核心")
    policy = parse_policy(renamed, "renamed.toml")
    assert policy.tier_labels == ("一般", "重要", "核心")
    assert policy.reveal_requirement("mobile", Role.AGENT, "重要") is TierAccess.SUPERVISOR_APPROVAL


def test_mask_rule_checks_itself() -> None:
    with pytest.raises(ValueError, match="unknown mask kind"):
        MaskRule("kep")
    with pytest.raises(ValueError, match="negative"):
        MaskRule(MaskKind.KEEP, first=-1)


# --- invalid policies: each names the key path ----------------------------------------------


def test_not_toml() -> None:
    assert "not valid TOML" in policy_error(DEFAULT_TEXT + "\n[limits\n")


def test_unknown_key_in_field() -> None:
    text = variant('label_en = "Mobile"\n', 'label_en = "Mobile"\nverfy = false\n')
    message = policy_error(text)
    assert "fields.mobile.verfy: unknown key (expected one of: class," in message


def test_unknown_top_level_key() -> None:
    assert "policy default.toml: colour: unknown key" in policy_error("colour = 1\n" + DEFAULT_TEXT)


def test_unknown_field() -> None:
    message = policy_error(variant("[fields.mobile]", "[fields.mobil]"))
    assert "fields.mobil: unknown field (expected one of: name, mobile," in message


def test_missing_field() -> None:
    message = policy_error(variant(section("fields.consent"), ""))
    assert "fields.consent: required field is missing" in message


def test_missing_key() -> None:
    text = variant(section("fields.email"), section("fields.email").replace("verify = true\n", ""))
    assert "fields.email.verify: required key is missing" in policy_error(text)


def test_unknown_mask_kind() -> None:
    text = variant('mask = { kind = "keep", first = 3', 'mask = { kind = "kep", first = 3')
    message = policy_error(text)
    assert message.startswith(
        "policy default.toml: fields.mobile.mask.kind: unknown kind 'kep' (expected one of: keep,"
    )


def test_mask_parameter_of_another_kind() -> None:
    text = variant('mask = { kind = "email" }', 'mask = { kind = "email", first = 2 }')
    message = policy_error(text)
    assert "fields.email.mask.first: not a parameter of kind 'email'" in message


def test_mask_parameter_missing() -> None:
    text = variant('{ kind = "keep", first = 3, last = 4 }', '{ kind = "keep", first = 3 }')
    assert "fields.mobile.mask.last: required key is missing" in policy_error(text)


def test_hide_last_must_hide_something() -> None:
    text = variant('{ kind = "hide_last", count = 8 }', '{ kind = "hide_last", count = 0 }')
    assert "fields.address.mask.count: must be between 1 and" in policy_error(text)


def test_bad_class() -> None:
    text = variant(section("fields.name"), section("fields.name").replace("二类", "四类"))
    message = policy_error(text)
    assert "fields.name.class: unknown class '四类' (expected one of: 一类, 二类, 三类)" in message


def test_bad_reveal_value() -> None:
    old = section("fields.name")
    text = variant(old, old.replace('agent = "with_reason"', 'agent = "sometimes"'))
    assert "fields.name.reveal.agent: unknown value 'sometimes'" in policy_error(text)


def test_admin_may_not_reveal() -> None:
    old = section("fields.mobile")
    text = variant(old, old.replace('admin = "never"', 'admin = "with_reason"'))
    assert "fields.mobile.reveal.admin: must be 'never'" in policy_error(text)


def test_reveal_missing_role() -> None:
    old = section("fields.mobile")
    text = variant(old, old.replace(', security = "never"', ""))
    assert "fields.mobile.reveal.security: required key is missing" in policy_error(text)


def test_tier_rule_for_unknown_label() -> None:
    message = policy_error(variant('[tiers.rules."绝密"]', '[tiers.rules."核心"]'))
    assert (
        'tiers.rules."核心": rule for unknown tier label (labels are: 秘密, 机密, 绝密)' in message
    )


def test_tier_without_rule() -> None:
    text = variant('labels = ["秘密", "机密", "绝密"]', 'labels = ["秘密", "机密", "绝密", "内部"]')
    assert 'tiers.rules."内部": tier label has no rule' in policy_error(text)


def test_default_tier_not_in_labels() -> None:
    message = policy_error(variant('default = "秘密"', 'default = "一般"'))
    assert "tiers.default: '一般' is not one of the labels (秘密, 机密, 绝密)" in message


def test_duplicate_tier_label() -> None:
    text = variant('labels = ["秘密", "机密", "绝密"]', 'labels = ["秘密", "机密", "秘密"]')
    assert "tiers.labels: tier label '秘密' is listed twice" in policy_error(text)


def test_unknown_tier_access() -> None:
    old = section('tiers.rules."机密"')
    text = variant(old, old.replace("supervisor_approval", "supervisor"))
    message = policy_error(text)
    assert (
        "tiers.rules.\"机密\".agent: unknown value 'supervisor' (expected one of: allowed,"
        in message
    )


def test_higher_tier_may_not_be_looser() -> None:
    old = section('tiers.rules."绝密"')
    text = variant(old, old.replace('agent = "never"', 'agent = "allowed"'))
    message = policy_error(text)
    assert (
        "tiers.rules.\"绝密\".agent: 'allowed' is less strict than 'supervisor_approval'" in message
    )


def test_negative_limit() -> None:
    message = policy_error(variant("reveal_seconds = 15 ", "reveal_seconds = -15 "))
    assert "limits.reveal_seconds: must be between 1 and 300, got -15" in message


LABELS = 'labels = ["秘密", "机密", "绝密"]'
WRONG_TYPES = [
    (
        "reveal_seconds = 15 ",
        'reveal_seconds = "15" ',
        "reveal_seconds: expected an integer, got string",
    ),
    (
        "reveal_seconds = 15 ",
        "reveal_seconds = true ",
        "reveal_seconds: expected an integer, got boolean",
    ),
    (
        "lockout_minutes = 15 ",
        "lockout_minutes = 1.5 ",
        "lockout_minutes: expected an integer, got float",
    ),
    (LABELS, 'labels = "秘密"', "tiers.labels: expected an array of strings, got string"),
    (LABELS, 'labels = ["秘密", 2]', "tiers.labels: item 2: expected a string, got integer"),
    ('label_zh = "性别"', "label_zh = 1", "fields.gender.label_zh: expected a string, got integer"),
    ('label_zh = "性别"', 'label_zh = ""', "fields.gender.label_zh: must not be empty"),
    ('{ kind = "hide_last", count = 8 }', '"hide_last"', "fields.address.mask: expected a table"),
]


@pytest.mark.parametrize(("old", "new", "expected"), WRONG_TYPES)
def test_wrong_type(old: str, new: str, expected: str) -> None:
    assert expected in policy_error(variant(old, new))


def test_wrong_type_for_verify() -> None:
    old = section("fields.gender")
    text = variant(old, old.replace("verify = false", 'verify = "no"'))
    assert "fields.gender.verify: expected true or false, got string" in policy_error(text)


def test_table_expected() -> None:
    message = policy_error(variant(section("fields.gender"), '[fields]\ngender = "none"\n'))
    assert "fields.gender: expected a table, got string" in message


def test_missing_limit() -> None:
    text = variant("idle_lock_seconds = 120", "")
    assert "limits.idle_lock_seconds: required key is missing" in policy_error(text)


def test_unsupported_format() -> None:
    assert "format: unsupported format 2" in policy_error(variant("format = 1", "format = 2"))


def test_roles_must_be_complete() -> None:
    message = policy_error(variant("[roles.admin]", "[roles.root]"))
    assert (
        "roles.root: unknown key (expected one of: agent, supervisor, security, admin)" in message
    )


def test_reveal_reasons_are_listed_with_both_labels() -> None:
    reasons = default_policy().reveal_reasons
    assert reasons[0].code == "confirm_with_caller"
    assert all(r.label_zh and r.label_en for r in reasons)


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ('"Bad Code" = { zh = "甲", en = "a" }', 'reveal_reasons."Bad Code"'),
        ('ok_code = { zh = "甲" }', "reveal_reasons.ok_code.en"),
    ],
)
def test_bad_reveal_reasons_are_refused(snippet: str, message: str) -> None:
    text = DEFAULT_TEXT.split("[reveal_reasons]")[0] + "[reveal_reasons]\n" + snippet + "\n"
    with pytest.raises(PolicyError, match=re.escape(message)):
        parse_policy(text, "test.toml")


def test_idle_lock_during_call_limit() -> None:
    """Issue 19.5: how long an active call holds the idle lock off, validated like the others."""
    assert default_policy().limits.idle_lock_during_call_seconds == 1800
    old = "idle_lock_during_call_seconds = 1800"
    message = policy_error(variant(old, "idle_lock_during_call_seconds = 86400"))
    assert "limits.idle_lock_during_call_seconds: must be between 0 and 7200" in message
    missing = policy_error(variant(old, ""))
    assert "limits.idle_lock_during_call_seconds: required key is missing" in missing
