"""Pure checks and normalisation for the identifiers a customer record carries.

Identity documents and mobile numbers are checked by `seatdesk.core.identity`, which the visitor
register shares; they are re-exported here. This module adds what only customer records hold:
landlines and the screen-pop query, bank cards (Luhn), dates and e-mail addresses.

The checks return ``None``/``False`` or a reason instead of raising; only the helpers meant for
values that already passed a check (birth date, sex, check characters) raise ``ValueError``.
Reasons and exception texts never contain the value that was checked: protected values must not
leak into messages, logs or reports.
"""

from __future__ import annotations

import re
from datetime import date

from seatdesk.core.identity import (
    OTHER_ID_PATTERN_TEXT,
    PHONE_SEPARATORS,
    RESIDENT_ID_TYPES,
    check_id_region,
    check_other_id,
    check_resident_id,
    clean_phone,
    is_ascii_digits,
    normalise_mobile,
    normalise_other_id,
    normalise_resident_id,
    resident_id_birth_date,
    resident_id_check_char,
    resident_id_details,
    resident_id_is_male,
    strip_country_code,
    strip_phone,
    to_ascii_digits,
)

__all__ = [
    "OTHER_ID_PATTERN_TEXT",
    "RESIDENT_ID_TYPES",
    "check_id_region",
    "check_other_id",
    "check_resident_id",
    "luhn_check_digit",
    "luhn_ok",
    "normalise_card",
    "normalise_landline",
    "normalise_mobile",
    "normalise_other_id",
    "normalise_phone_query",
    "normalise_resident_id",
    "parse_iso_date",
    "resident_id_birth_date",
    "resident_id_check_char",
    "resident_id_details",
    "resident_id_is_male",
    "to_ascii_digits",
    "valid_email",
]

_DROP_LOW_DIGITS = str.maketrans("", "", "01234")
# Area code: 010, 02x, or 0 + three digits starting 3-9; the local number never starts with 0 or 1.
_LANDLINE_RE = re.compile(r"0(?:10|2[0-9]|[3-9][0-9]{2})[2-9][0-9]{6,7}")
_EXTENSION_RE = re.compile(r"\s*(?:转|分机|ext\.?|x|#)\s*:?\s*([0-9]{1,6})\s*$")
_DASH_EXTENSION_RE = re.compile(r"^(.*[0-9].*)-\s*([0-9]{1,6})\s*$")
_ISO_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_EMAIL_LOCAL_RE = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
)
_EMAIL_LABEL_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_EMAIL_TLD_RE = re.compile(r"[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}")


def _landline_main(text: str) -> str | None:
    digits, international = strip_country_code(text.translate(PHONE_SEPARATORS))
    # In international form the trunk 0 is dropped (+86 10 ...), but people often keep it.
    if international and not digits.startswith("0"):
        digits = "0" + digits
    return digits if _LANDLINE_RE.fullmatch(digits) else None


def normalise_landline(raw: str, *, keep_extension: bool = False) -> str | None:
    """Return a mainland landline as ASCII digits with its area code (``01012345678``), or None.

    Accepts ``+86``/``0086`` (with or without the trunk 0), separators, and an extension after
    ``-``, ``转``, ``分机``, ``ext``, ``x`` or ``#``. The extension is dropped by default, because
    the caller ID a phone system sends never carries one and the stored form must equal the form
    :func:`normalise_phone_query` produces; with ``keep_extension=True`` it is kept after a ``#``
    (``01012345678#123``).
    """
    text = clean_phone(raw)
    extension = ""
    match = _EXTENSION_RE.search(text)
    if match:
        text, extension = text[: match.start()], match.group(1)
    number = _landline_main(text)
    if number is None and not extension:
        # "010-12345678-123": only read the last dash group as an extension when the whole
        # string is not already a valid number (it could be "0755-8888-8888").
        dashed = _DASH_EXTENSION_RE.match(text)
        if dashed:
            number = _landline_main(dashed.group(1))
            extension = dashed.group(2)
    if number is None:
        return None
    return f"{number}#{extension}" if keep_extension and extension else number


def normalise_phone_query(raw: str) -> str | None:
    """Normalise what a phone system sends for a screen pop into the form the import stores.

    Mobile numbers become 11 digits, landlines their digits with area code and no extension.
    Exchanges often put a trunk ``0`` before a mobile number from another city (``013812345678``);
    that is accepted here, but not in imported data.
    """
    mobile = normalise_mobile(raw)
    if mobile is not None:
        return mobile
    digits = strip_phone(raw)
    if len(digits) == 12 and digits.startswith("01") and normalise_mobile(digits[1:]) is not None:
        return digits[1:]
    return normalise_landline(raw)


def luhn_check_digit(partial: str) -> str:
    """The Luhn digit to append to the ASCII digits ``partial``."""
    if not is_ascii_digits(partial):
        raise ValueError("expected ASCII digits")
    # From the right: the digit beside the check digit is doubled, then every other one. Sums of
    # ASCII digits are sums of their bytes less 48 each; doubling d > 4 gives 2d - 9.
    doubled, kept = partial[::-2], partial[-2::-2]
    total = 2 * (sum(doubled.encode()) - 48 * len(doubled))
    total -= 9 * len(doubled.translate(_DROP_LOW_DIGITS))
    total += sum(kept.encode()) - 48 * len(kept)
    return str(-total % 10)


def luhn_ok(digits: str) -> bool:
    """Whether a string of ASCII digits (at least 2) passes the Luhn check."""
    if len(digits) < 2 or not is_ascii_digits(digits):
        return False
    return luhn_check_digit(digits[:-1]) == digits[-1]


def normalise_card(raw: str) -> str | None:
    """Return a card number as 12-19 ASCII digits (spaces and dashes removed), or None."""
    if 12 <= len(raw) <= 19 and raw.isascii() and raw.isdigit():  # already clean
        return raw
    digits = to_ascii_digits(raw).translate(PHONE_SEPARATORS)
    if 12 <= len(digits) <= 19 and is_ascii_digits(digits):
        return digits
    return None


def parse_iso_date(text: str) -> date | None:
    """Return the date written strictly as ``YYYY-MM-DD`` in ASCII digits, if it is real."""
    if _ISO_DATE_RE.fullmatch(text) is None:
        return None
    try:
        return date.fromisoformat(text)  # exactly YYYY-MM-DD here, so the same rules
    except ValueError:
        return None


def valid_email(text: str) -> bool:
    """A pragmatic check: ASCII ``local@domain.tld`` with sane labels, at most 254 characters."""
    if len(text) > 254 or text.count("@") != 1:
        return False
    local, domain = text.split("@")
    if not 1 <= len(local) <= 64 or not _EMAIL_LOCAL_RE.fullmatch(local):
        return False
    labels = domain.split(".")
    if len(labels) < 2:
        return False
    if not all(_EMAIL_LABEL_RE.fullmatch(label) for label in labels):
        return False
    return _EMAIL_TLD_RE.fullmatch(labels[-1]) is not None
