"""The phone index under the lookup key (issue 15, docs/threat-model.md).

`customer_phones.number` holds, for each normalised number, its keyed hash (HMAC-SHA256 under the
phone key derived from the lookup key, 16 bytes, a BLOB) instead of the number; a search or a
screen pop hashes the number it was given with the same key, one indexed read. The customer's
row keeps its phones (`customers.phones`, `records.phone_column`'s text) sealed for the lookup
key's public half, like a protected value for its compartment, so the card still reads one row.

A writer without the lookup key (the admin importing blind) seals the phones, which needs only
the public half, but cannot hash them: it writes no index rows and marks the customer *index
pending* (`index_pending`); the next sign-in of a holder at the seat opens the sealed phones and
writes the index (`services.index_upkeep`). A vault whose lookup key nobody has made yet (a vault
of schema v12 before its first holder's sign-in) is written as before: numbers in clear, which
that first sign-in hashes.

The lookup key has versions (`compartment_keys.rotate_index`, after a disable): a holder's
sign-in hashes the whole index again under the new one from the sealed phones. The audit keeps
the number hashes it has, each with the version it was keyed under (`hash_version` in the
entry's detail), so a search of the audit by number hashes it under every version held
(`audit_tags`).
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass, field

PENDING_INSERT = "INSERT OR IGNORE INTO index_pending(customer_id) VALUES "


def phone_tag(key: bytes, number: str) -> bytes:
    """The index's keyed hash of a normalised number."""
    return hmac.digest(key, b"seatdesk-phone|" + number.encode("ascii"), "sha256")[:16]


@dataclass(frozen=True)
class PhoneIndex:
    """How a writer writes the index: `indexed` (the vault has a lookup key) and its phone key
    (None: the writer does not hold the lookup key, so its customers stay pending)."""

    indexed: bool = False
    key: bytes | None = field(default=None, repr=False)
    version: int = 1  # of the lookup key `key` derives from

    def values(self, phones: Sequence[object]) -> tuple[list[object], list[object]]:
        """For flat (number, customer id, kind) values: what the index stores, and the ids of
        the customers left pending."""
        if not self.indexed:
            return list(phones), []
        if self.key is None:
            return [], list(dict.fromkeys(phones[1::3]))
        keyed = list(phones)
        keyed[0::3] = [phone_tag(self.key, str(number)) for number in phones[0::3]]
        return keyed, []

    def audit_hash(self, number: str) -> str | None:
        """The keyed hash of a searched or calling number for the audit log (another message
        than the index's, the same key): None without the lookup key."""
        return None if self.key is None else audit_tag(self.key, number)

    def probe(self, number: str) -> str | bytes:
        """What to look `number` up by in the index."""
        return number if self.key is None else phone_tag(self.key, number)


def audit_tag(key: bytes, number: str) -> str:
    """The audit's keyed hash of a number under one version's phone key."""
    return hmac.digest(key, b"seatdesk-audit|" + number.encode("ascii"), "sha256")[:16].hex()


NO_INDEX = PhoneIndex()  # a vault without a lookup key: the index as before (numbers in clear)
