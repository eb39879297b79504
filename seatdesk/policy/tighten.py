"""User settings may make the policy stricter, never weaker: a seat's own config can shorten the
idle lock or the reveal time, but cannot lengthen them or change anything else."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from seatdesk.policy.model import PARTNER_REMIND_BOUNDS, Limits, PartnerRules, Policy
from seatdesk.policy.training import MAX_SCORE

# Training settings a seat may tighten: shorter validity and grace, a higher pass mark for every
# course, the gate switched on (never off).
TRAINING_SETTINGS = (
    "training_required",
    "training_validity_days",
    "training_grace_days",
    "training_pass_mark",
)

# For each limit a user may set: True if a lower number is stricter, False if higher is.
_STRICTER_WHEN_LOWER: Mapping[str, bool] = {
    "reveal_seconds": True,
    "reveal_quota_per_hour": True,
    "verify_attempts_per_call": True,
    "idle_lock_seconds": True,
    "idle_lock_during_call_seconds": True,
    "lockout_failures": True,
    "lockout_minutes": False,
    "password_min_length": False,
    "hall_silence_strict_seconds": True,
    "searches_per_minute": True,
    "views_per_minute": True,
}


# Not a limit: how long audit entries are kept (`[audit] retention_days`). Longer is stricter.
AUDIT_RETENTION = "audit_retention_days"


def tighten(policy: Policy, settings: Mapping[str, object]) -> tuple[Policy, list[str]]:
    """The policy with the user's stricter limits applied, and a note for each setting refused."""
    changes: dict[str, int] = {}
    policy, refused = _tighten_training(
        policy, {k: v for k, v in settings.items() if k in TRAINING_SETTINGS}
    )
    remind_days: int | None = None
    retention = policy.audit_retention_days
    for key, value in settings.items():
        if key in TRAINING_SETTINGS:
            continue
        if key == "partner_remind_days":  # reminding earlier is stricter
            remind_days, note = _remind_days(policy, value)
            refused += [note] if note else []
            continue
        if key == AUDIT_RETENTION:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                refused.append(f"{key}: expected a whole number")
            elif value < policy.audit_retention_days:
                refused.append(
                    f"{key}: {value} would weaken the policy ({policy.audit_retention_days}); "
                    "ignored (a seat may only keep its audit longer)"
                )
            else:
                retention = value
            continue
        lower_is_stricter = _STRICTER_WHEN_LOWER.get(key)
        if lower_is_stricter is None:
            refused.append(f"{key}: not a setting a seat may change")
            continue
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            refused.append(f"{key}: expected a whole number")
            continue
        current = int(getattr(policy.limits, key))
        stricter = value < current if lower_is_stricter else value > current
        if value == current:
            continue
        if not stricter:
            refused.append(f"{key}: {value} would weaken the policy ({current}); ignored")
            continue
        if (
            key
            in (
                "reveal_seconds",
                "verify_attempts_per_call",
                "idle_lock_seconds",
                "lockout_failures",
            )
            and value < 1
        ):
            refused.append(f"{key}: must be at least 1")
            continue
        changes[key] = value
    if remind_days is not None:
        policy = dataclasses.replace(policy, partners=PartnerRules(remind_days=remind_days))
    if retention != policy.audit_retention_days:
        policy = dataclasses.replace(policy, audit_retention_days=retention)
    if not changes:
        return policy, refused
    limits: Limits = dataclasses.replace(policy.limits, **changes)
    return dataclasses.replace(policy, limits=limits), refused


def _tighten_training(policy: Policy, settings: Mapping[str, object]) -> tuple[Policy, list[str]]:
    rules = policy.training
    refused: list[str] = []
    if "training_required" in settings:
        value = settings["training_required"]
        if not isinstance(value, bool):
            refused.append("training_required: expected true or false")
        elif value:
            rules = dataclasses.replace(rules, required=True)
        elif rules.required:
            refused.append("training_required: false would weaken the policy (true); ignored")
    for key, attribute, minimum in (
        ("training_validity_days", "validity_days", 1),
        ("training_grace_days", "grace_days", 0),
    ):
        if key not in settings:
            continue
        value = settings[key]
        current = int(getattr(rules, attribute))
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            refused.append(f"{key}: expected a whole number of at least {minimum}")
        elif value > current:
            refused.append(f"{key}: {value} would weaken the policy ({current}); ignored")
        else:
            rules = (
                dataclasses.replace(rules, validity_days=value)
                if attribute == "validity_days"
                else dataclasses.replace(rules, grace_days=value)
            )
    if "training_pass_mark" in settings:
        value = settings["training_pass_mark"]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_SCORE:
            refused.append(f"training_pass_mark: expected a whole number from 1 to {MAX_SCORE}")
        else:
            # Raised where it is higher; a course whose mark is already higher keeps its own.
            courses = tuple(
                dataclasses.replace(c, pass_mark=max(c.pass_mark, value)) for c in rules.courses
            )
            rules = dataclasses.replace(rules, courses=courses)
    if rules == policy.training:
        return policy, refused
    return dataclasses.replace(policy, training=rules), refused


def _remind_days(policy: Policy, value: object) -> tuple[int | None, str]:
    """The partner reminder a seat asks for: only earlier (more days) than the policy's."""
    key, current = "partner_remind_days", policy.partners.remind_days
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return None, f"{key}: expected a whole number"
    if value < current:
        return None, f"{key}: {value} would weaken the policy ({current}); ignored"
    if value > PARTNER_REMIND_BOUNDS[1]:
        return None, f"{key}: must be at most {PARTNER_REMIND_BOUNDS[1]}"
    return (value if value > current else None), ""
