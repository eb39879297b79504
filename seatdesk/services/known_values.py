"""Free text that quotes a customer: the values of the customers it is about are masked in it.

`mask_free_text` finds numbers (phones, ID and card numbers) by their shape; a name, an address or
an e-mail address has no shape to find. Where the gate knows which customers a text concerns (an
incident's affected and recently viewed customers, the customer of a reveal), their stored values
are replaced by their masked forms before the text is kept or leaves the seat.
"""

from __future__ import annotations

from collections.abc import Iterable

from seatdesk.policy.masking import mask_field, mask_free_text
from seatdesk.policy.model import Policy
from seatdesk.records.customers import CustomerRow

_MIN_LENGTH = 2  # a one-character value would mask every occurrence of that character


def mask_quoting(policy: Policy, text: str, rows: Iterable[CustomerRow]) -> str:
    """`text` with the named customers' values masked, then numbers masked by shape."""
    values: list[tuple[str, str]] = []
    for row in rows:
        for field, value in (
            ("name", row.name),
            ("address", row.address),
            ("email", row.email),
            ("birth_date", row.birth_date),
        ):
            if value and len(value) >= _MIN_LENGTH:
                values.append((field, value))
    for field, value in sorted(values, key=lambda fv: -len(fv[1])):  # longest first
        if value in text:
            text = text.replace(value, mask_field(policy, field, value))
    return mask_free_text(text)
