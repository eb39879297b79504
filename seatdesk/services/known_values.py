"""Free text that quotes a customer: the values of the customers it is about are masked in it.

`mask_free_text` finds numbers (phones, ID and card numbers) by their shape; a name, an address or
an e-mail address has no shape to find. Where the gate knows which customers a text concerns (an
incident's affected and recently viewed customers, the customer of a reveal), their stored values
are replaced by their masked forms before the text is kept or leaves the seat.
"""

from __future__ import annotations

from collections.abc import Iterable

from seatdesk.policy.masking import MASK_CHAR, mask_field, mask_free_text
from seatdesk.policy.model import Policy
from seatdesk.records.customers import CustomerRow
from seatdesk.records.verifiers import quoted_by_verifier
from seatdesk.services.session import Session
from seatdesk.vault.store import verifier_key

_MIN_LENGTH = 2  # a one-character value would mask every occurrence of that character


def mask_quoting(
    policy: Policy, text: str, rows: Iterable[CustomerRow], verifier_key: bytes = b""
) -> str:
    """`text` with the named customers' values masked, then numbers masked by shape.

    A value the session's keys open is found as it is. One they do not open (the person sees
    it masked) is found by its verifier (`verifier_key`: a name, an e-mail address, a date of
    birth), or, for an address, by the part its mask shows followed by as many characters as
    the mask hides."""
    values: list[tuple[str, str, str]] = []  # (field, value as written, masked)
    for row in rows:
        for field in _QUOTED:
            value = row.clear(field)
            if value is not None:
                values.append((field, value, mask_field(policy, field, value)))
            elif field in row.masks:
                values += _sealed_quotes(row, field, text, verifier_key)
    for _, value, masked in sorted(values, key=lambda v: -len(v[1])):  # longest first
        if len(value) >= _MIN_LENGTH and value in text:
            text = text.replace(value, masked)
    return mask_free_text(text)


_QUOTED = ("name", "address", "email", "birth_date")


def _sealed_quotes(
    row: CustomerRow, field: str, text: str, key: bytes
) -> list[tuple[str, str, str]]:
    masked = row.masks[field]
    if field == "address":
        shown = masked.rstrip(MASK_CHAR)
        hidden = len(masked) - len(shown)
        at = text.find(shown) if len(shown) >= _MIN_ADDRESS_SHOWN else -1
        if at < 0 or not hidden:
            return []
        quoted = text[at : at + len(shown) + hidden]
        return [(field, quoted, shown + MASK_CHAR * (len(quoted) - len(shown)))]
    if not key:
        return []
    found = quoted_by_verifier(key, row.customer_no, row.verifiers, field, text)
    return [(field, value, masked) for value in found]


_MIN_ADDRESS_SHOWN = 4  # a shorter visible part would match ordinary words


def masked_for(session: Session, text: str, rows: Iterable[CustomerRow]) -> str:
    """`mask_quoting` with the session's policy and the vault's verifiers."""
    return mask_quoting(session.policy, text, rows, verifier_key(session.db))
