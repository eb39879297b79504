"""Identity documents and mobile numbers, pure: the one set of checks and normalisations that
the customer import (`records`) and the visitor register (`visitors`) share.

Resident ID numbers follow GB 11643 (check character and embedded birth date); other documents
(passports, travel permits, residence cards) are checked by format only. Mobile numbers are
mainland ``1[3-9]`` + 9 digits, written any way people and phone systems write them.

The checks return ``None`` or a reason instead of raising; only the helpers meant for values that
already passed a check (birth date, sex, check characters) raise ``ValueError``. A reason is its
English text (for the import report and the command line) with a stable ``code`` that the desk
words in its own language. Reasons and exception texts never contain the value that was checked:
protected values must not leak into messages, logs or reports.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from datetime import date

__all__ = [
    "OTHER_ID_PATTERN_TEXT",
    "PHONE_SEPARATORS",
    "RESIDENT_ID_TYPES",
    "Problem",
    "check_id_region",
    "check_other_id",
    "check_resident_id",
    "clean_phone",
    "is_ascii_digits",
    "normalise_international_mobile",
    "normalise_mobile",
    "normalise_other_id",
    "normalise_resident_id",
    "resident_id_birth_date",
    "resident_id_check_char",
    "resident_id_details",
    "resident_id_is_male",
    "strip_country_code",
    "strip_phone",
    "to_ascii_digits",
]

# Id types whose numbers follow GB 11643 (18 characters with a MOD 11-2 check character). The
# residence permits for Hong Kong, Macau and Taiwan residents use region codes 810000/820000/830000.
RESIDENT_ID_TYPES: frozenset[str] = frozenset(
    {"居民身份证", "临时居民身份证", "港澳台居民居住证", "港澳居民居住证", "台湾居民居住证"}
)

OTHER_ID_PATTERN_TEXT = "5-20 letters or digits"


class Problem(str):
    """Why a number was refused: the English text, and its `code` for the desk to translate."""

    code: str

    def __new__(cls, code: str, text: str) -> Problem:
        problem = super().__new__(cls, text)
        problem.code = code
        return problem

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]  # pickled whole
        return (self.code, str(self))


ID_FORMAT = Problem("id.format", "must be 17 digits followed by a digit or X")
ID_OLD_FORMAT = Problem("id.old_format", "a 15-character number must be all digits")
ID_LENGTH = Problem("id.length", "must be 18 characters (or 15 digits for an old number)")
ID_REGION_ZERO = Problem("id.region_zero", "region code cannot start with 0")
ID_PROVINCE = Problem("id.province", "region code names no province of GB/T 2260")
ID_OLD_PERMIT = Problem(
    "id.old_permit", "region 81/82/83 is a residence permit's, and permits have 18 characters"
)
ID_BIRTH_DATE = Problem("id.birth_date", "birth date in the number is not a real date")
ID_BIRTH_FUTURE = Problem("id.birth_future", "birth date in the number is in the future")
ID_BIRTH_EARLY = Problem("id.birth_early", "birth date in the number is before 1900")
ID_CHECK_DIGIT = Problem("id.check_digit", "check digit does not match")
OTHER_ID_FORMAT = Problem("id.other_format", f"must be {OTHER_ID_PATTERN_TEXT}")

# GB/T 2260 provinces (the first two digits of a region code): the mainland's 31, Taiwan (71),
# and Hong Kong, Macau (81, 82) and the Taiwan residents' permits (83).
GB2260_PROVINCES: frozenset[str] = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
        "83",
    ]
)
# Residence permits have only ever had 18 characters with these whole region codes.
PERMIT_REGIONS: dict[str, frozenset[str]] = {
    "港澳居民居住证": frozenset({"810000", "820000"}),
    "台湾居民居住证": frozenset({"830000"}),
    "港澳台居民居住证": frozenset({"810000", "820000", "830000"}),
}
_PERMIT_PROVINCES = frozenset({"81", "82", "83"})

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"
_EARLIEST_BIRTH = date(1900, 1, 1)

_ASCII_DIGITS = frozenset("0123456789")
# Separators people and phone systems put inside numbers; NFKC has already turned full-width
# forms into these ASCII ones.
PHONE_SEPARATORS = str.maketrans("", "", " \t-()‐‑‒–—.\u2212")  # and U+2212, as masking
_MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")
# A number outside the mainland in international form: + country code (not 86) and subscriber.
_INTERNATIONAL_RE = re.compile(r"^\+(?!86)[1-9][0-9]{6,14}$")
_INTERNATIONAL_SEPARATORS = re.compile(r"[\s()-]")
_OTHER_ID_RE = re.compile(r"[A-Z0-9]{5,20}")
_WHITESPACE_RE = re.compile(r"\s+")


def is_ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def to_ascii_digits(text: str) -> str:
    """Return ``text`` NFKC-normalised, with every remaining Unicode decimal digit made ASCII.

    NFKC turns full-width digits, letters and punctuation (``１３８－０``) into ASCII; digits of
    other scripts (Arabic-Indic, Devanagari, ...) are not compatibility characters and are mapped
    here.
    """
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() and ch not in _ASCII_DIGITS else ch
        for ch in text
    )


def clean_phone(raw: str) -> str:
    """ASCII digits, trimmed, lower case, without a ``tel:`` prefix; separators kept."""
    text = to_ascii_digits(raw).strip().lower()
    return text[4:].strip() if text.startswith("tel:") else text


def strip_phone(raw: str) -> str:
    """:func:`clean_phone` without the separators (:data:`PHONE_SEPARATORS`)."""
    return clean_phone(raw).translate(PHONE_SEPARATORS)


def strip_country_code(digits: str) -> tuple[str, bool]:
    """Remove a leading +86 / 0086 / 86; say whether one was there."""
    if digits.startswith("+"):
        if digits.startswith("+86"):
            return digits[3:], True
        return digits, False
    if digits.startswith("0086"):
        return digits[4:], True
    if digits.startswith("86"):
        return digits[2:], True
    return digits, False


def normalise_mobile(raw: str) -> str | None:
    """Return the 11 ASCII digits of a mainland mobile number, or None.

    Accepts full-width digits, spaces, dashes, parentheses and a ``+86``/``0086``/``86`` prefix.
    Any ``1[3-9]`` segment is accepted: operators open new segments faster than libraries follow.
    """
    if len(raw) == 11 and raw.isascii() and raw.isdigit():  # the common, already-clean case
        return raw if _MOBILE_RE.fullmatch(raw) else None
    digits = strip_phone(raw)
    if len(digits) != 11:
        digits, _ = strip_country_code(digits)
    return digits if _MOBILE_RE.fullmatch(digits) else None


def normalise_international_mobile(raw: str) -> str | None:
    """Return ``+`` and the digits of a number outside the mainland (``+447700900123``), or None.

    Spaces, dashes and parentheses are dropped; a ``+86`` number is not international here
    (:func:`normalise_mobile` reads those).
    """
    compact = _INTERNATIONAL_SEPARATORS.sub("", to_ascii_digits(raw))
    return compact if _INTERNATIONAL_RE.match(compact) else None


def normalise_resident_id(value: str) -> str:
    """ASCII digits, no whitespace, an upper-case ``X``; the value is not checked."""
    if value.isascii() and value.isalnum():
        return value.upper()
    return _WHITESPACE_RE.sub("", to_ascii_digits(value)).upper()


def resident_id_check_char(first17: str) -> str:
    """The GB 11643 (ISO 7064 MOD 11-2) check character for 17 ASCII digits."""
    if len(first17) != 17 or not is_ascii_digits(first17):
        raise ValueError("expected 17 ASCII digits")
    # The sum of weight x digit, from the ASCII codes: each weighs in 48 too much (sum(w) = 100).
    total = sum(map(operator.mul, first17.encode(), _ID_WEIGHTS)) - 4800
    return _ID_CHECK_CHARS[total % 11]


def _birth_date_text(number: str) -> str | None:
    if len(number) == 18:
        return number[6:14]
    if len(number) == 15:
        return "19" + number[6:12]
    return None


def _real_date(yyyymmdd: str) -> date | None:
    if len(yyyymmdd) == 8 and yyyymmdd.isascii() and yyyymmdd.isdigit():
        try:
            return date.fromisoformat(yyyymmdd)  # YYYYMMDD, the basic ISO form (Python 3.11+)
        except ValueError:
            return None
    try:
        return date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return None


def check_resident_id(value: str, today: date) -> Problem | None:
    """Return None if ``value`` is a valid resident ID number, else why not (without the value).

    18 characters: 17 digits and a check character (GB 11643); 15 digits: the pre-1999 form with a
    two-digit birth year in the 1900s and no check digit. The embedded birth date must be real, not
    before 1900 and not after ``today``.
    """
    return resident_id_details(value, today)[0]


def resident_id_details(value: str, today: date) -> tuple[Problem | None, str, date | None]:
    """``(reason, number, born)``: :func:`check_resident_id`'s answer, the normalised number and
    its birth date (None if the number is invalid), worked out once for the import's hot path."""
    number = normalise_resident_id(value)
    if len(number) == 18:
        if not is_ascii_digits(number[:17]) or number[17] not in _ID_CHECK_CHARS:
            return ID_FORMAT, number, None
    elif len(number) == 15:
        if not is_ascii_digits(number):
            return ID_OLD_FORMAT, number, None
    else:
        return ID_LENGTH, number, None
    if number[0] == "0":
        return ID_REGION_ZERO, number, None
    if number[:2] not in GB2260_PROVINCES:
        return ID_PROVINCE, number, None
    if len(number) == 15 and number[:2] in _PERMIT_PROVINCES:
        return ID_OLD_PERMIT, number, None
    born = _real_date(_birth_date_text(number) or "")
    if born is None:
        return ID_BIRTH_DATE, number, None
    if born > today:
        return ID_BIRTH_FUTURE, number, None
    if born < _EARLIEST_BIRTH:
        return ID_BIRTH_EARLY, number, None
    if len(number) == 18 and resident_id_check_char(number[:17]) != number[17]:
        return ID_CHECK_DIGIT, number, None
    return None, number, born


def check_id_region(id_type: str, number: str) -> tuple[str | None, str | None]:
    """``(error, warning)`` for a valid resident-style number (:func:`check_resident_id`) of
    `id_type`: a residence permit must carry its own region codes and a resident ID none of
    them; a region code that names no county (its last two digits 00) is only a warning."""
    region = normalise_resident_id(number)[:6]
    permits = PERMIT_REGIONS.get(id_type)
    if permits is not None:
        if region not in permits:
            codes = "/".join(sorted(permits))
            return f"a {id_type} number has region code {codes}", None
        return None, None
    if region[:2] in _PERMIT_PROVINCES:
        return (
            f"region code {region[:2]}0000 is a residence permit's: give id_type "
            "港澳居民居住证 or 台湾居民居住证",
            None,
        )
    if region.endswith("00"):
        return None, "region code names no county of GB/T 2260 (check the number)"
    return None, None


def resident_id_birth_date(value: str) -> date:
    """The birth date embedded in a resident ID number (15 or 18 characters)."""
    born = _real_date(_birth_date_text(normalise_resident_id(value)) or "")
    if born is None:
        raise ValueError("not a resident ID number with a real birth date")
    return born


def resident_id_is_male(value: str) -> bool:
    """Whether the sequence code is odd (male): the 17th of 18 or the 15th of 15 characters."""
    number = normalise_resident_id(value)
    index = {15: 14, 18: 16}.get(len(number))
    if index is None or number[index] not in _ASCII_DIGITS:
        raise ValueError("not a resident ID number")
    return int(number[index]) % 2 == 1


def normalise_other_id(value: str) -> str:
    """ASCII, no whitespace, upper case: the stored form of passport and pass numbers."""
    return _WHITESPACE_RE.sub("", to_ascii_digits(value)).upper()


def check_other_id(id_type: str, value: str) -> Problem | None:
    """Return None if ``value`` looks like a number of ``id_type`` (not a resident ID), else why.

    Passports, the mainland travel permits for Hong Kong, Macau and Taiwan residents and foreigners'
    permanent residence cards have changed format several times, so only the common ground is
    checked: 5-20 ASCII letters or digits after normalisation.
    """
    del id_type  # every non-resident type shares the same rule for now
    if not _OTHER_ID_RE.fullmatch(normalise_other_id(value)):
        return OTHER_ID_FORMAT
    return None


# A staff ID: what seats, the hall and the audit all name a person by.
STAFF_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$")
