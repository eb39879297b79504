"""The customer import file (DESIGN §6): its columns, decoding, and the validation of one row.

Reading a file row by row (the header, the CSV structure, duplicates) is `csv_reader`'s.

Pure: bytes in, drafts and problems out. Nothing is written anywhere; the caller imports the drafts
only when :attr:`ParsedCsv.errors` is empty. Problems name the physical line, the column and what is
wrong, never the value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from seatdesk.core.errors import ImportRejected
from seatdesk.core.text import normal_text
from seatdesk.policy.model import FIELD_NAMES
from seatdesk.records import validation as v
from seatdesk.records.encoding import decide as decide_encoding
from seatdesk.records.encoding import tally

__all__ = [
    "COLUMNS",
    "DEFAULT_ID_TYPE",
    "PROTECTED_COLUMNS",
    "REQUIRED",
    "CustomerDraft",
    "ParsedCsv",
    "RowChecker",
    "RowProblem",
    "decode_csv_bytes",
    "split_list",
]

# DESIGN §6, in the order the demo data and exports write them.
COLUMNS: tuple[str, ...] = (
    *("customer_no", "name", "gender", "birth_date", "id_type", "id_number", "mobile"),
    *("landline", "email", "address", "bank_card", "segment", "tier", "tier_expires"),
    *("consent", "consent_date", "retain_until", "notes"),
)
REQUIRED: tuple[str, ...] = ("customer_no", "name")
# Columns whose values never appear in a report: the customer fields but the 三类 ones.
PROTECTED_COLUMNS: frozenset[str] = frozenset(FIELD_NAMES) - {"gender", "segment", "consent"}
DEFAULT_ID_TYPE = "居民身份证"
_EARLIEST_BIRTH = date(1900, 1, 1)

_ID_TYPE_ALIASES = {"身份证": DEFAULT_ID_TYPE, "二代身份证": DEFAULT_ID_TYPE}
_GENDERS = {"男": "男", "女": "女", "m": "男", "f": "女", "male": "男", "female": "女"}
_LIST_SEPARATORS = re.compile(r"[;；]")
# What Excel makes of a long number in a General-formatted cell: 1.10105E+17.
_SCIENTIFIC_RE = re.compile(r"[0-9](?:\.[0-9]+)?[eE]\+?[0-9]+")
_SCIENTIFIC_MESSAGE = (
    "Excel turned the number into scientific notation (format the column as text and export again)"
)


def _scientific(cell: str) -> bool:
    return ("E" in cell or "e" in cell) and _SCIENTIFIC_RE.fullmatch(cell) is not None


_MAX_LENGTH = {
    "customer_no": 64,
    "name": 100,
    "id_type": 32,
    "segment": 64,
    "address": 500,
    "consent": 500,
    "notes": 4000,
}


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem found in the file. ``column`` is empty for problems with the file as a whole."""

    line: int
    column: str
    message: str
    is_warning: bool = False

    def __str__(self) -> str:
        where = f"line {self.line}, column {self.column}" if self.column else f"line {self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True, kw_only=True)
class CustomerDraft:
    """A validated, normalised row, ready for the vault. Protected fields stay out of ``repr``."""

    customer_no: str
    name: str = field(repr=False)
    gender: str = ""
    birth_date: date | None = field(default=None, repr=False)
    id_type: str = DEFAULT_ID_TYPE
    id_number: str | None = field(default=None, repr=False)
    mobiles: tuple[str, ...] = field(default=(), repr=False)
    landline: str | None = field(default=None, repr=False)
    email: str | None = field(default=None, repr=False)
    address: str | None = field(default=None, repr=False)
    bank_card: str | None = field(default=None, repr=False)
    segment: str = ""
    tier: str = "秘密"
    tier_expires: date | None = None
    consent: tuple[str, ...] = ()
    consent_date: date | None = None
    retain_until: date | None = None
    notes: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class ParsedCsv:
    """The outcome of reading an import file; ``drafts`` holds only the rows without errors."""

    encoding: str
    drafts: list[tuple[int, CustomerDraft]]
    problems: list[RowProblem]

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if not p.is_warning]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.is_warning]

    @property
    def ok(self) -> bool:
        return not any(not p.is_warning for p in self.problems)


def _line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _decode_as(data: bytes, encoding: str) -> tuple[str, str]:
    """Strictly as the person said (``--encoding``); a UTF-8 byte-order mark is allowed."""
    codec, skip = encoding, 0
    if encoding == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        codec, skip = "utf-8-sig", 3
    try:
        return data[skip:].decode(encoding), codec
    except UnicodeDecodeError as exc:
        line = _line_of_offset(data, exc.start + skip)
    label = "UTF-8" if encoding == "utf-8" else "GB18030"
    raise ImportRejected(f"file is not valid {label} (line {line})")


def decode_csv_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``: UTF-8 with BOM, UTF-8, else GB18030; strict throughout.
    A file valid both as UTF-8 and as GB18030 is decided on evidence (:mod:`.encoding`), or
    refused naming ``--encoding``; `encoding` ("utf-8" or "gb18030") skips the detection.

    Raises :class:`ImportRejected` naming the line of the first undecodable byte. The decode error
    is not chained: its text would quote the bytes, which may be part of a protected value.
    """
    if encoding is not None:
        return _decode_as(data, encoding)
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            line = _line_of_offset(data, exc.start + 3)
        raise ImportRejected(
            f"file starts with a UTF-8 byte-order mark but is not valid UTF-8 (line {line})"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRejected(
            "file is neither UTF-8 nor GB18030 (it is UTF-16: save it as CSV UTF-8 and try again)"
        )
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_line = _line_of_offset(data, exc.start)
    else:
        if data.isascii():
            return utf8, "utf-8"
        try:
            gb = data.decode("gb18030")
        except UnicodeDecodeError:
            return utf8, "utf-8"
        chosen = decide_encoding(tally(utf8), tally(gb))
        return (utf8, "utf-8") if chosen == "utf-8" else (gb, "gb18030")
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    raise ImportRejected(
        f"file is neither UTF-8 nor GB18030 (first byte that is not UTF-8 on line {utf8_line})"
    )


def split_list(cell: str) -> list[str]:
    """Split a ``;``/``；`` separated cell, dropping blanks and repeats, keeping order."""
    if ";" not in cell and "；" not in cell:
        item = cell.strip()
        return [item] if item else []
    items = (part.strip() for part in _LIST_SEPARATORS.split(cell))
    return list(dict.fromkeys(item for item in items if item))


class RowChecker:
    """Validates one row at a time; collects problems for the current line."""

    def __init__(self, tier_labels: Sequence[str], default_tier: str, today: date) -> None:
        self.tier_labels = frozenset(tier_labels)
        self.tier_text = ", ".join(tier_labels)
        self.default_tier = default_tier
        self.today = today
        self.problems: list[RowProblem] = []
        self.line = 0

    def error(self, column: str, message: str) -> None:
        self.problems.append(RowProblem(self.line, column, message))

    def warn(self, column: str, message: str) -> None:
        self.problems.append(RowProblem(self.line, column, message, is_warning=True))

    def parse_date(self, column: str, text: str, *, past_only: bool = False) -> date | None:
        if not text:
            return None
        parsed = v.parse_iso_date(text)
        if parsed is None:
            self.error(column, "not a real date (expected YYYY-MM-DD)")
        elif past_only and parsed > self.today:
            self.error(column, "date is in the future")
        return parsed

    def check(self, row: dict[str, str]) -> CustomerDraft:
        """Validate one row; the draft is meaningful only if no error was added for it."""
        row = {column: normal_text(cell) for column, cell in row.items()}  # NFC, as queries are
        get = row.get
        for column, limit in _MAX_LENGTH.items():
            if len(get(column, "")) > limit:
                self.error(column, f"too long (at most {limit} characters)")
        customer_no, name = get("customer_no", ""), get("name", "")

        gender = get("gender", "")
        if gender:
            gender = _GENDERS.get(gender) or _GENDERS.get(v.to_ascii_digits(gender).lower(), "")
            if not gender:
                self.error("gender", "expected 男, 女, M, F, male or female")
        birth_date = self.parse_date("birth_date", get("birth_date", ""), past_only=True)
        if birth_date is not None and birth_date < _EARLIEST_BIRTH:
            self.error("birth_date", "date is before 1900")
        id_type, id_number = self._id(get("id_type", ""), get("id_number", ""), birth_date, gender)
        mobiles = self._mobiles(get("mobile", ""))
        landline = self._landline(get("landline", ""))

        email = get("email", "") or None
        if email is not None:
            if v.valid_email(email):
                local, _, domain = email.partition("@")
                email = f"{local}@{domain.lower()}"
            else:
                self.error("email", "not a valid email address")

        bank_card = self._card(get("bank_card", ""))
        tier = get("tier", "") or self.default_tier
        if tier not in self.tier_labels:
            self.error("tier", f"unknown tier (expected one of {self.tier_text})")
        tier_expires = self.parse_date("tier_expires", get("tier_expires", ""))
        consent_date = self.parse_date("consent_date", get("consent_date", ""), past_only=True)
        retain_until = self.parse_date("retain_until", get("retain_until", ""))

        return CustomerDraft(
            customer_no=customer_no,
            name=name,
            gender=gender,
            birth_date=birth_date,
            id_type=id_type,
            id_number=id_number,
            mobiles=mobiles,
            landline=landline,
            email=email,
            address=get("address", "") or None,
            bank_card=bank_card,
            segment=get("segment", ""),
            tier=tier,
            tier_expires=tier_expires,
            consent=tuple(split_list(get("consent", ""))),
            consent_date=consent_date,
            retain_until=retain_until,
            notes=get("notes", "") or None,
        )

    def _id(
        self, id_type: str, raw: str, birth_date: date | None, gender: str
    ) -> tuple[str, str | None]:
        id_type = _ID_TYPE_ALIASES.get(id_type, id_type) or DEFAULT_ID_TYPE
        if not raw:
            return id_type, None
        if _scientific(raw):
            self.error("id_number", _SCIENTIFIC_MESSAGE)
            return id_type, None
        if id_type not in v.RESIDENT_ID_TYPES:
            reason = v.check_other_id(id_type, raw)
            if reason:
                self.error("id_number", reason)
            return id_type, v.normalise_other_id(raw)
        reason, number, born = v.resident_id_details(raw, self.today)
        if reason:
            self.error("id_number", reason)
            return id_type, None
        region_error, region_warning = v.check_id_region(id_type, number)
        if region_error:
            self.error("id_number", region_error)
            return id_type, None
        if region_warning:
            self.warn("id_number", region_warning)
        if birth_date is not None and birth_date != born:
            self.error("birth_date", "does not match the birth date in id_number")
        if gender and (gender == "男") != v.resident_id_is_male(number):
            self.warn("gender", "does not match the sequence code in id_number")
        return id_type, number

    def _mobiles(self, cell: str) -> tuple[str, ...]:
        parts = split_list(cell)
        found: list[str] = []
        for i, part in enumerate(parts, start=1):
            which = f"number {i} of {len(parts)} " if len(parts) > 1 else ""
            if _scientific(part):
                self.error("mobile", f"{which}{_SCIENTIFIC_MESSAGE}")
                continue
            number = v.normalise_mobile(part)
            if number is None:
                hint = " (a landline goes in the landline column)"
                hint = hint if v.normalise_landline(part) else ""
                self.error(
                    "mobile", f"{which}not a mobile number (expected 1[3-9] and 9 digits)" + hint
                )
            elif number not in found:
                found.append(number)
        return tuple(found)

    def _landline(self, cell: str) -> str | None:
        if not cell:
            return None
        number = v.normalise_landline(cell, keep_extension=True)
        if number is None:
            if v.normalise_mobile(cell):
                self.error("landline", "is a mobile number (put it in the mobile column)")
            else:
                self.error(
                    "landline",
                    "not a landline number (expected area code 0xx or 0xxx and 7-8 digits)",
                )
            return None
        number, _, extension = number.partition("#")
        if extension:
            self.warn("landline", "extension dropped (the desk stores the main number only)")
        return number

    def _card(self, cell: str) -> str | None:
        if not cell:
            return None
        if _scientific(cell):
            self.error("bank_card", _SCIENTIFIC_MESSAGE)
            return None
        card = v.normalise_card(cell)
        if card is None:
            self.error("bank_card", "not a card number (expected 12-19 digits)")
        elif not v.luhn_ok(card):
            self.warn("bank_card", "card number fails the Luhn check")
        return card
