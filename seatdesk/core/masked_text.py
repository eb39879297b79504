"""Free text a person typed, after the gate masked it: the only kind of free text a store keeps.

`MaskedText` is a `str`, so it is stored, serialised and shown like one. Every store of free text
(interactions, incident descriptions, steps and findings, the visitor register, the watch list,
access-review sign-offs) and the audit log, for the detail keys that carry typed text, refuse a
plain `str` with `UnmaskedText`: a caller that forgets the gate fails, inside its transaction,
and nothing is written. Any change to a `MaskedText` (strip, concatenation, formatting) gives a
plain `str` again, which the stores refuse in turn.

Only the gate makes one (`seatdesk.services.free_text`, through `seal_masked`); a test checks
that no other module calls `seal_masked`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "NO_TEXT",
    "MaskedText",
    "UnmaskedText",
    "check_audit_detail",
    "require_masked",
    "seal_masked",
]

# Audit detail keys whose value is text a person typed (under every action) ...
TYPED_DETAIL_KEYS = frozenset(
    {"note", "purpose", "recipient", "description", "finding", "approval_ref", "escort"}
)
# ... and those that are typed text under actions starting with a prefix (elsewhere a code).
TYPED_DETAIL_KEYS_BY_ACTION = {"visitor.": frozenset({"reason"})}


class UnmaskedText(TypeError):
    """Free text reached a store without passing the gate: a programming error, failing closed."""


class MaskedText(str):
    """Typed free text after the gate masked the values it knows and numbers by their shape."""

    __slots__ = ()


NO_TEXT = MaskedText("")  # nothing typed (a step without a note)


def seal_masked(text: str) -> MaskedText:
    """For `seatdesk.services.free_text` only: `text` is masked, mark it so."""
    return MaskedText(text)


def require_masked(value: object, what: str) -> MaskedText:
    """`value` if the gate masked it; UnmaskedText (naming `what`, never the value) otherwise."""
    if isinstance(value, MaskedText):
        return value
    raise UnmaskedText(f"{what} is free text that did not pass the gate's masking")


def check_audit_detail(action: str, detail: Mapping[str, Any] | None) -> None:
    """Refuse an audit entry whose typed-text keys (at any depth) hold an unmasked string."""
    if not detail:
        return
    keys = set(TYPED_DETAIL_KEYS)
    for prefix, extra in TYPED_DETAIL_KEYS_BY_ACTION.items():
        if action.startswith(prefix):
            keys |= extra
    _check(action, detail, keys)


def _check(action: str, detail: Mapping[str, Any], keys: set[str]) -> None:
    for key, value in detail.items():
        if key in keys and isinstance(value, str) and value:
            require_masked(value, f"audit detail {key!r} of {action}")
        elif isinstance(value, Mapping):
            _check(action, value, keys)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Mapping):
                    _check(action, item, keys)
