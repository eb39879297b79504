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
from seatdesk.policy.masking import masker
from seatdesk.policy.model import MaskRule, Policy
from seatdesk.policy.namesakes import stored_detail
from seatdesk.records.phone_index import NO_INDEX, PhoneIndex
from seatdesk.records.verifiers import keyed_tags, verifier_tags
from seatdesk.vault.compartment_keys import INDEX
from seatdesk.vault.value_seal import DrawnKey, SealWriter, ValueOpener

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
NAMESAKE = "n"  # the key of the namesake detail ("kind:detail") in `masks`


@dataclass(frozen=True)
class SealingPlan:
    """What sealing a row needs, without the vault or the policy object, so that it can go to
    the import's reader process: per sealed column its index, class and mask rule, the masking
    rules' digest, the verifier key and (for a writer away from the vault) the drawn write keys."""

    vault_id: str
    digest: str
    entries: tuple[tuple[str, int, str | None, MaskRule], ...]
    number_index: int
    tier_index: int
    verifier_key: bytes = field(repr=False)
    drawn: tuple[DrawnKey, ...] = field(default=(), repr=False)
    namesake: str = "none"  # the policy's namesake detail, stored with the masks
    index: PhoneIndex = NO_INDEX  # how the phones are indexed (`records.phone_index`)
    # from the lookup key: the verifier keys of its versions 1..current (`records.verifiers`)
    verifier_outer: bytes | tuple[bytes, ...] | None = field(default=None, repr=False)


def sealing_plan(
    policy: Policy,
    vault_id: str,
    verifier_key: bytes,
    columns: Sequence[str],
    phones: PhoneIndex = NO_INDEX,
    verifier_outer: bytes | tuple[bytes, ...] | None = None,
) -> SealingPlan:
    index = {name: n for n, name in enumerate(columns)}
    entries = tuple(
        (name, index[name], sealing_class(policy, name), policy.field(name).mask)
        for name in SEALED_COLUMNS
    )
    return SealingPlan(
        vault_id,
        mask_digest(policy),
        entries,
        index["customer_no"],
        index["tier"],
        verifier_key,
        namesake=policy.namesake_detail,
        index=phones,
        verifier_outer=verifier_outer,
    )


class RowSealer:
    """Makes stored rows from clear values (in the order of the plan's columns)."""

    def __init__(self, plan: SealingPlan, writer: SealWriter) -> None:
        self.plan = plan
        self.writer = writer
        # Per sealed column: its name, index and its rule's masking function; then per tier
        # the compartment of each (None: stored as it is), made once.
        self._entries = tuple((name, index, masker(rule)) for name, index, _, rule in plan.entries)
        self._compartments: dict[str, tuple[str | None, ...]] = {}

    @classmethod
    def detached(cls, plan: SealingPlan) -> RowSealer:
        """A sealer under the plan's drawn keys, away from the vault (the import's reader)."""
        return cls(plan, SealWriter(None, plan.vault_id, None, plan.drawn))

    def stored(self, values: Sequence[object]) -> tuple[object, ...]:
        """`values` with the protected ones sealed, then the `EXTRA_COLUMNS`."""
        plan = self.plan
        customer_no = str(values[plan.number_index])
        out = list(values)
        clear: dict[str, str | None] = {}
        masks: dict[str, str] = {}
        sealing: list[tuple[str, str, str]] = []
        at: list[int] = []
        places = self._places(str(values[plan.tier_index]))
        for (name, index, mask), place in zip(self._entries, places, strict=True):
            value = values[index]
            if value is None:
                clear[name] = None
                continue
            text = clear[name] = str(value)
            masks[name] = mask(text)
            if place is not None:
                sealing.append((place, name, text))
                at.append(index)
        for index, blob in zip(at, self.writer.seal_row(customer_no, sealing), strict=True):
            out[index] = blob
        masks[MASK_POLICY] = plan.digest
        detail = stored_detail(plan.namesake, clear)
        if detail is not None:
            masks[NAMESAKE] = detail
        tags = self._verifiers(customer_no, verifier_tags(plan.verifier_key, customer_no, clear))
        return (*out, _masks_json(masks), masks.get("name", ""), tags)

    def _verifiers(self, customer_no: str, inner: bytes) -> bytes:
        """The stored verifiers: keyed under the lookup key; a writer without it seals the inner
        tags for it (a holder's sign-in keys them); in a vault without one, the inner tags."""
        if self.plan.verifier_outer is not None:
            return keyed_tags(self.plan.verifier_outer, inner)
        if self.plan.index.indexed:
            return self.writer.seal(INDEX, customer_no, "verifiers", inner.hex())
        return inner

    @property
    def blind(self) -> bool:
        """Whether what this sealer writes waits for a holder of the lookup key."""
        return self.plan.index.indexed and self.plan.index.key is None

    @property
    def index(self) -> PhoneIndex:
        return self.plan.index

    def seal_phones(self, customer_no: str, text: str) -> object:
        """A customer's phones (`records.phone_column`'s text) as its row keeps them: sealed for
        the lookup key (in clear in a vault that has none yet)."""
        if not text or not self.plan.index.indexed:
            return text
        return self.writer.seal(INDEX, customer_no, "phones", text)

    def _places(self, tier: str) -> tuple[str | None, ...]:
        """The compartment of each sealed column for a customer of `tier` (None: not sealed)."""
        places = self._compartments.get(tier)
        if places is None:
            places = self._compartments[tier] = tuple(
                None if field_class is None else compartment(field_class, tier)
                for _, _, field_class, _ in self.plan.entries
            )
        return places


def open_values(
    opener: ValueOpener, customer_no: str, stored: Mapping[str, object]
) -> dict[str, str | None]:
    """The clear values of the sealed columns that `opener`'s keys open; None for the others
    (and for what is not stored)."""
    return {name: opener.open(stored[name], customer_no, name) for name in SEALED_COLUMNS}


# What `json.dumps(masks, ensure_ascii=False)` writes, without making an encoder per row.
_masks_json = json.JSONEncoder(ensure_ascii=False).encode


def parse_masks(text: object) -> dict[str, str]:
    if not isinstance(text, str):
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
