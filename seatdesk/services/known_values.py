"""Free text that quotes a customer: the values of the customers it is about are masked in it.

`mask_free_text` finds numbers (phones, ID and card numbers) by their shape; a name, an address or
an e-mail address has no shape to find. Where the gate knows which customers a text concerns (the
customers open on the seat, an incident's affected customers, the exported ones), their stored
values are replaced by their masked forms before the text is kept or leaves the seat. Values are
found as people retype them: full-width or upper-case letters and spaces put in between
("甄 测试甲乙", "ZHEN@EXAMPLE.CN") match too. The gate for typed text is
`seatdesk.services.free_text`; this module is its matching.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from seatdesk.policy.masking import mask_field, mask_free_text
from seatdesk.policy.model import Policy
from seatdesk.records.customers import CustomerRow

_MIN_LENGTH = 2  # a one-character value would mask every occurrence of that character
_FIELDS = ("name", "address", "email", "birth_date")


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` NFKC-folded and case-folded without whitespace, and for each of its characters the
    index of the character of `text` it came from."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for folded in unicodedata.normalize("NFKC", ch).casefold():
            if not folded.isspace():
                chars.append(folded)
                index.append(i)
    return "".join(chars), index


def mask_quoting(policy: Policy, text: str, rows: Iterable[CustomerRow]) -> str:
    """`text` with the named customers' values masked, then numbers masked by shape."""
    values: list[tuple[str, str]] = []
    for row in rows:
        for field in _FIELDS:
            value = getattr(row, field, None)
            if isinstance(value, str):
                folded = _folded(value)[0]
                if len(folded) >= _MIN_LENGTH:
                    values.append((field, folded))
    haystack, index = _folded(text)
    spans: list[tuple[int, int, str]] = []  # (start, end) in `text`, field
    for field, folded in sorted(values, key=lambda fv: -len(fv[1])):  # longest first
        at = haystack.find(folded)
        while at >= 0:
            start, end = index[at], index[at + len(folded) - 1] + 1
            if all(end <= s or start >= e for s, e, _ in spans):
                spans.append((start, end, field))
            at = haystack.find(folded, at + 1)
    out, last = [], 0
    for start, end, field in sorted(spans):
        out += [text[last:start], mask_field(policy, field, text[start:end])]
        last = end
    out.append(text[last:])
    return mask_free_text("".join(out))
