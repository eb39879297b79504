"""What a seat shows instead of a protected value.

All counting is in Unicode code points (𠮷, U+20BB7, is one character), and every hidden
code point becomes exactly one `*`, so a masked value has the length of the original.
Nothing here ever returns a non-empty protected value in full, except for kind `none`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from seatdesk.policy.model import MaskKind, MaskRule, Policy

MASK_CHAR = "*"

_ISO_DATE = re.compile(r"([0-9]{4})-[0-9]{2}-[0-9]{2}")

_SPACE = "[ \t\u00a0\u3000]"
# One separator between digit groups: a dash, a dot, an underscore or a slash, in their ASCII,
# typographic and full-width forms ("138.0013.8000", "6222_0298", "138／0013").
_DASH = "[-\u2010-\u2013\u2212\uff0d._/\u00b7\u2024\u30fb\uff0e\uff0f\uff3f]"
# Digit groups joined by spaces and/or one separator: "138 0013 8000", "010-12345678",
# "138 - 0013", "6222.0298.7654.3210.987".
# `\d` is Unicode-aware, so full-width (０-９) and other decimal digits are found too.
_NUMBER = re.compile(
    rf"[+\uff0b]?\d+(?:(?:{_SPACE}*{_DASH}{_SPACE}*|{_SPACE}+)\d+)*"
    r"(?P<x>[XxＸｘ](?![A-Za-z0-9]))?"
)
_DIGITS = re.compile(r"\d+")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")

_RUN_MASKED = 7  # digit runs at least this long are masked even when not recognised
_RUN_PARTLY_SHOWN = 10  # ...and shown as first 4 + last 2 only from this length on


def mask_value(rule: MaskRule, value: str) -> str:
    """`value` as the seat shows it under `rule`; the empty string stays empty."""
    if not value:
        return ""
    kind = rule.kind
    if kind == MaskKind.KEEP:
        return _keep(value, rule.first, rule.last)
    if kind == MaskKind.HIDE_LAST:
        return _keep(value, max(len(value) - rule.count, 0), 0)
    if kind == MaskKind.DATE_YEAR:
        match = _ISO_DATE.fullmatch(value)
        return f"{match[1]}-**-**" if match else MASK_CHAR * len(value)
    if kind == MaskKind.EMAIL:
        local, at, domain = value.rpartition("@")
        if not at or not local or not domain:
            return MASK_CHAR * len(value)
        return f"{local[0]}{MASK_CHAR * 2}@{domain}"
    if kind == MaskKind.FREE_TEXT:
        return mask_free_text(value)
    if kind == MaskKind.NONE:
        return value
    raise ValueError(f"unknown mask kind {kind!r}")


def masker(rule: MaskRule) -> Callable[[str], str]:
    """`mask_value` under `rule` as a function of the value alone, the rule's choices made
    once (an import masks every row's fields under the same rules)."""
    kind = rule.kind
    if kind == MaskKind.KEEP:
        first, last = rule.first, rule.last
        return lambda value: _keep(value, first, last) if value else ""
    if kind == MaskKind.HIDE_LAST:
        count = rule.count
        return lambda value: _keep(value, max(len(value) - count, 0), 0) if value else ""
    if kind == MaskKind.FREE_TEXT:
        return lambda value: mask_free_text(value) if value else ""
    return functools.partial(mask_value, rule)


def mask_field(policy: Policy, field: str, value: str | None) -> str:
    """`value` of customer field `field` masked by `policy`; a missing value shows as ''."""
    rule = policy.field(field).mask
    return "" if value is None else mask_value(rule, value)


def _keep(value: str, first: int, last: int) -> str:
    """Show the first `first` and last `last` code points; all hidden if that is everything."""
    length = len(value)
    if length <= first + last:
        return MASK_CHAR * length
    return value[:first] + MASK_CHAR * (length - first - last) + value[length - last :]


def mask_free_text(text: str) -> str:
    """Mask the numbers found in free text; everything else comes through unchanged.

    A number is a run of digit groups joined by spaces or one separator (a dash, dot, underscore
    or slash, ASCII or full-width), optionally after `+` (`+86 138-0013-8000`,
    `０７５５ ２３４５ ６７８９`, `138.0013.8000`). Within it, from left to right:

    - a Chinese mobile, `1[3-9]` + 9 digits, optionally after `86`/`+86`: the first 3 and the
      last 4 digits of the mobile are shown (the `86` too);
    - bank-card grouping (at least two groups, all of 4 digits but the last one, 13–19 digits in
      all): only the last 4 digits are shown;
    - a resident ID number, 18 digits (or 17 and a trailing X/x) or 15 digits: first 1 and last
      1 shown (a trailing X stays, as in `1****************X`);
    - any other single group of 13–19 digits counts as a bank card: last 4 shown;
    - whatever is left, consecutive groups taken together: 7–9 digits are all hidden, 10 or
      more show the first 4 and last 2 (`010-1*****78`); fewer than 7 are shown as they are.

    Each hidden digit becomes one `*`; separators, `+` and the non-digit text are kept, so the
    result has the length of the input. No 7 consecutive digits of the input survive. This is
    best effort: numbers written in words or split by other characters are not recognised.
    """
    out = list(text)
    for number in _NUMBER.finditer(text):
        groups = [
            (m.start(), m.end()) for m in _DIGITS.finditer(text, number.start(), number.end())
        ]
        digits = ["".join(str(unicodedata.decimal(ch)) for ch in text[s:e]) for s, e in groups]
        shown = _plan(digits, has_x=number["x"] is not None)
        positions = (pos for start, end in groups for pos in range(start, end))
        for pos, keep in zip(positions, shown, strict=True):
            if not keep:
                out[pos] = MASK_CHAR
    return "".join(out)


@dataclass(frozen=True)
class _Match:
    end: int  # index of the first group after the match
    head: int  # digits shown at the start
    tail: int  # digits shown at the end


def _plan(groups: list[str], *, has_x: bool) -> list[bool]:
    """For each digit of the number (groups in order), whether it stays visible."""
    shown: list[bool] = []
    weak_digits = 0
    i = 0
    while i < len(groups):
        match = _recognise(groups, i, has_x=has_x)
        if match is None:
            weak_digits += len(groups[i])
            i += 1
            continue
        shown += _other(weak_digits)
        weak_digits = 0
        length = sum(len(group) for group in groups[i : match.end])
        shown += _show(length, match.head, match.tail)
        i = match.end
    shown += _other(weak_digits)
    return shown


def _recognise(groups: list[str], i: int, *, has_x: bool) -> _Match | None:
    """The mobile, card or ID number starting at group `i`, if any (see `mask_free_text`)."""
    prefixes: list[tuple[int, str]] = []  # (end, digits of groups[i:end])
    joined = ""
    for end in range(i + 1, len(groups) + 1):
        joined += groups[end - 1]
        if len(joined) > 19:
            break
        prefixes.append((end, joined))

    for end, digits in prefixes:
        if _MOBILE.fullmatch(digits):
            return _Match(end, 3, 4)
        if digits.startswith("86") and _MOBILE.fullmatch(digits[2:]):
            return _Match(end, 5, 4)
    for end, digits in reversed(prefixes):
        if end - i >= 2 and 13 <= len(digits) <= 19 and _card_grouping(groups[i:end]):
            return _Match(end, 0, 4)
    for end, digits in reversed(prefixes):
        if len(digits) == 18 or (len(digits) == 17 and has_x and end == len(groups)):
            return _Match(end, 1, 0 if len(digits) == 17 else 1)
    for end, digits in prefixes:
        if len(digits) == 15:
            return _Match(end, 1, 1)
    if prefixes and 13 <= len(groups[i]) <= 19:
        return _Match(i + 1, 0, 4)
    return None


def _card_grouping(groups: list[str]) -> bool:
    return all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4


def _other(length: int) -> list[bool]:
    if length < _RUN_MASKED:
        return [True] * length
    if length < _RUN_PARTLY_SHOWN:
        return [False] * length
    return _show(length, 4, 2)


def _show(length: int, head: int, tail: int) -> list[bool]:
    return [index < head or index >= length - tail for index in range(length)]
