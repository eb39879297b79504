"""Compartments: which key seals a customer's full values, and which roles hold which keys.

A full value of a 一类 or 二类 field is sealed under the key of its compartment, one per (class,
tier). A role's key slot holds the compartments whose fields it may reveal on its own under the
policy (`TierAccess.ALLOWED`), and those whose reveals it approves for another role. A field that
no role may reveal (notes: shown with the numbers in it masked) is sealed with the 一类 fields of
its tier, so holding 二类 (contact details) never opens the numbers written in notes.
Masked forms are computed at import under the policy in force; `mask_digest` names that policy's
masking rules, so a record masked under other rules is recognised and never shown.
"""

from __future__ import annotations

import hashlib

from seatdesk.policy.model import Policy, TierAccess
from seatdesk.policy.roles import Role

SEALED_CLASSES = ("一类", "二类")
_APPROVER: dict[TierAccess, Role] = {
    TierAccess.SUPERVISOR_APPROVAL: Role.SUPERVISOR,
    TierAccess.SECURITY_APPROVAL: Role.SECURITY,
}


def compartment(field_class: str, tier: str) -> str:
    """The compartment's name, as the key file and the vault store it: ``一类/机密``."""
    return f"{field_class}/{tier}"


def sealing_class(policy: Policy, field: str) -> str | None:
    """The class whose compartment seals `field`'s full value; None: stored as it is (三类)."""
    rule = policy.field(field)
    if rule.field_class not in SEALED_CLASSES:
        return None
    if not any(rule.may_reveal(role) for role in Role):
        return SEALED_CLASSES[0]
    return rule.field_class


def sealed_fields(policy: Policy, field_class: str) -> tuple[str, ...]:
    return tuple(f for f in policy.fields if sealing_class(policy, f) == field_class)


def all_compartments(policy: Policy) -> tuple[str, ...]:
    return tuple(compartment(c, t) for c in SEALED_CLASSES for t in policy.tier_labels)


def holdings(policy: Policy, role: Role) -> frozenset[str]:
    """The compartments a slot of `role` holds."""
    held: set[str] = set()
    for field_class in SEALED_CLASSES:
        fields = sealed_fields(policy, field_class)
        for tier in policy.tier_labels:
            needs = {policy.reveal_requirement(f, r, tier) for f in fields for r in Role}
            own = {policy.reveal_requirement(f, role, tier) for f in fields}
            if TierAccess.ALLOWED in own or any(_APPROVER.get(n) is role for n in needs):
                held.add(compartment(field_class, tier))
    return frozenset(held)


def mask_digest(policy: Policy) -> str:
    """A short name of the policy's masking rules (fields, classes and mask kinds)."""
    text = "\n".join(
        f"{name}|{rule.field_class}|{rule.mask!r}" for name, rule in sorted(policy.fields.items())
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
