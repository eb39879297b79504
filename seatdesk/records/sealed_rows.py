"""A customer row as the vault stores it since compartments (vault schema v10): the protected
columns sealed for the compartment of (their class, the customer's tier), the masked forms of the
policy in force beside them (`masks`, JSON with the digest of the masking rules), the masked name
for search, and the verifiers. `RowSealer` makes that row from the clear values an import
prepared; `open_values` gives back what a session's keys open."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from seatdesk.policy.compartments import compartment, mask_digest, sealing_class
from seatdesk.policy.masking import mask_field
from seatdesk.policy.model import Policy
from seatdesk.records.verifiers import verifier_tags
from seatdesk.vault.value_seal import SealWriter, ValueOpener

# The protected columns, sealed; the other imported columns are stored as they are.
SEALED_COLUMNS: tuple[str, ...] = (
    "name",
    "birth_date",
    "id_number",
    "email",
    "address",
    "bank_card",
    "notes",
)
# What a sealed row adds to the imported columns, in this order.
EXTRA_COLUMNS: tuple[str, ...] = ("masks", "name_mask", "verifiers")
MASK_POLICY = "p"  # the key of the masking rules' digest in `masks`


@dataclass
class RowSealer:
    """Makes stored rows from clear values (`columns`: the imported columns' names in the
    values' order), for the policy in force."""

    policy: Policy
    writer: SealWriter = field(repr=False)
    verifier_key: bytes = field(repr=False)
    columns: Sequence[str]

    def __post_init__(self) -> None:
        self._index = {name: n for n, name in enumerate(self.columns)}
        self._digest = mask_digest(self.policy)
        self._classes = {c: sealing_class(self.policy, c) for c in SEALED_COLUMNS}

    def stored(self, values: Sequence[object]) -> tuple[object, ...]:
        """`values` with the protected ones sealed, then the `EXTRA_COLUMNS`."""
        clear = self.clear_of(values)
        customer_no = str(values[self._index["customer_no"]])
        tier = str(values[self._index["tier"]])
        out = list(values)
        for name in SEALED_COLUMNS:
            value = clear[name]
            field_class = self._classes[name]
            if value is not None and field_class is not None:
                out[self._index[name]] = self.writer.seal(
                    compartment(field_class, tier), customer_no, name, value
                )
        masks = self.masks(clear)
        tags = verifier_tags(self.verifier_key, customer_no, clear)
        return (*out, json.dumps(masks, ensure_ascii=False), masks.get("name", ""), tags)

    def clear_of(self, values: Sequence[object]) -> dict[str, str | None]:
        return {
            name: None if values[self._index[name]] is None else str(values[self._index[name]])
            for name in SEALED_COLUMNS
        }

    def masks(self, clear: Mapping[str, str | None]) -> dict[str, str]:
        masks = {
            name: mask_field(self.policy, name, value)
            for name, value in clear.items()
            if value is not None
        }
        masks[MASK_POLICY] = self._digest
        return masks


def open_values(
    opener: ValueOpener, customer_no: str, stored: Mapping[str, object]
) -> dict[str, str | None]:
    """The clear values of the sealed columns that `opener`'s keys open; None for the others
    (and for what is not stored)."""
    return {name: opener.open(stored[name], customer_no, name) for name in SEALED_COLUMNS}


def parse_masks(text: object) -> dict[str, str]:
    if not isinstance(text, str):
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
