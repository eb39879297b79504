"""What the verify dialog can check without revealing: per field, the modes the agent can choose
(the first is the default). A field the policy marks `verify = true` but that has no mode here
(nothing to compare a spoken answer with) offers no verify."""

from __future__ import annotations

VERIFY_MODES: dict[str, tuple[str, ...]] = {
    "id_number": ("full", "last6"),
    "bank_card": ("last4", "full"),
    "birth_date": ("full",),
    "mobile": ("full",),
    "name": ("full",),
}
