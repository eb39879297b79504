"""Free text that quotes a customer: the values of the customers it is about are masked in it.

`mask_free_text` finds numbers (phones, ID and card numbers) by their shape; a name, an address or
an e-mail address has no shape to find. Where the gate knows which customers a text concerns (the
customers open on the seat, an incident's affected customers, the exported ones), their stored
values are replaced by their masked forms before the text is kept or leaves the seat. Values are
found as people retype them: full-width or upper-case letters and spaces put in between
("甄 测试甲乙", "ZHEN@EXAMPLE.CN") match too. A value the reader's keys do not open (they see
it masked) is found by its verifier (a name, an e-mail address, a date of birth), or, for an
address, by the part its mask shows followed by as many characters as the mask hides. The gate
for typed text is `seatdesk.services.free_text`; this module is its matching.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from seatdesk.policy.masking import MASK_CHAR, mask_field, mask_free_text
from seatdesk.policy.model import Policy
from seatdesk.records.customers import CustomerRow
from seatdesk.records.verifiers import VerifierKeys, quoted_by_verifier

_MIN_LENGTH = 2  # a one-character value would mask every occurrence of that character
_FIELDS = ("name", "address", "email", "birth_date")
_MIN_ADDRESS_SHOWN = 4  # a shorter visible part of an address would match ordinary words


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


def mask_quoting(
    policy: Policy, text: str, rows: Iterable[CustomerRow], verifier_key: VerifierKeys | None = None
) -> str:
    """`text` with the named customers' values masked, then numbers masked by shape."""
    values: list[tuple[str, str]] = []
    sealed: list[tuple[str, str]] = []  # (as written in `text`, its masked form)
    for row in rows:
        for field in _FIELDS:
            value = getattr(row, field, None)
            if isinstance(value, str):
                folded = _folded(value)[0]
                if len(folded) >= _MIN_LENGTH:
                    values.append((field, folded))
            elif field in row.masks:
                sealed += _sealed_quotes(row, field, text, verifier_key)
    haystack, index = _folded(text)
    spans: list[tuple[int, int, str]] = []  # (start, end) in `text`, its replacement
    for written, masked in sorted(sealed, key=lambda wm: -len(wm[0])):
        at = text.find(written)
        while at >= 0 and len(written) >= _MIN_LENGTH:
            spans.append((at, at + len(written), masked))
            at = text.find(written, at + len(written))
    for field, folded in sorted(values, key=lambda fv: -len(fv[1])):  # longest first
        at = haystack.find(folded)
        while at >= 0:
            start, end = index[at], index[at + len(folded) - 1] + 1
            if all(end <= s or start >= e for s, e, _ in spans):
                spans.append((start, end, mask_field(policy, field, text[start:end])))
            at = haystack.find(folded, at + 1)
    out, last = [], 0
    for start, end, masked in sorted(spans):
        if start < last:
            continue  # inside a span already masked
        out += [text[last:start], masked]
        last = end
    out.append(text[last:])
    return mask_free_text("".join(out))


def _sealed_quotes(
    row: CustomerRow, field: str, text: str, key: VerifierKeys | None
) -> list[tuple[str, str]]:
    masked = row.masks[field]
    if field == "address":
        shown = masked.rstrip(MASK_CHAR)
        hidden = len(masked) - len(shown)
        at = text.find(shown) if len(shown) >= _MIN_ADDRESS_SHOWN else -1
        if at < 0 or not hidden:
            return []
        quoted = text[at : at + len(shown) + hidden]
        return [(quoted, shown + MASK_CHAR * (len(quoted) - len(shown)))]
    if key is None:
        return []
    return [
        (value, masked)
        for value in quoted_by_verifier(key, row.customer_no, row.verifiers, field, text)
    ]
