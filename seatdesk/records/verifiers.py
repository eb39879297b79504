"""Verify without opening: what a caller says is compared with a stored value in one canonical
form per (field, mode), whether the value is opened (the person's slot holds its compartment) or
not (then with its *verifier*: a keyed hash of that form, computed at import and kept with the
record). A verifier is as guessable as the form it hashes (four card digits: 10,000 tries) to
anyone holding its keys, so which fields a seat without a hall may check this way is the
policy's `class1_verify`; docs/threat-model.md says what that costs.

Since vault schema v13 (issue 15) a stored verifier is keyed twice: the inner tag under the key
derived from the vault's audit root (which every holder of the data key derives), then that tag
under the verifier key derived from the lookup key (which the admin's slot does not hold), so
the admin cannot test a guess. The second keying needs no clear value: a holder's sign-in re-keys
the verifiers a vault stored before (`KEYED` marks a keyed blob), and completes those a writer
without the lookup key sealed for it (the inner tags, sealed like the phones).

The lookup key has versions (a disable makes the next: `compartment_keys.rotate_index`). A
verifier of version v is the inner tag keyed under the verifier key of version 1, then of 2, ...
up to v (its first byte says v), so a rotation re-keys it from the stored blob alone (`rekeyed`:
the new keys on top), without the values, and an old version's key alone tests no guess of it."""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date
from typing import Any

from seatdesk.core.identity import (
    normalise_resident_id,
    resident_id_birth_date,
    to_ascii_digits,
)
from seatdesk.core.text import normal_text
from seatdesk.records.validation import normalise_card

# The (field, mode) pairs that have verifiers, in the order of the stored tags.
VERIFIED: tuple[tuple[str, str], ...] = (
    ("name", "full"),
    ("id_number", "full"),
    ("id_number", "last6"),
    ("bank_card", "full"),
    ("bank_card", "last4"),
    ("birth_date", "full"),
    ("email", "full"),
)
_TAG = 16
_NONE = bytes(_TAG)
KEYED = b"\x02"  # the first byte of verifiers keyed under the lookup key (its version 1)
_VERSION_BASE = 1  # the first byte is this plus the version of the lookup key
KEYED_LENGTH = 1 + _TAG * len(VERIFIED)
INNER_LENGTH = _TAG * len(VERIFIED)  # inner tags only: a vault before v13


@dataclass(frozen=True)
class VerifierKeys:
    """The keys of the two keyings: `inner` (from the audit root), `outer` (from the lookup key;
    None for a person whose slot does not hold it, who then can check no keyed verifier)."""

    inner: bytes = _field(repr=False)
    # The verifier keys of the lookup key's versions 1.. (one key: version 1 only).
    outer: bytes | tuple[bytes, ...] | None = _field(default=None, repr=False)


def _chain(outer: bytes | Sequence[bytes]) -> tuple[bytes, ...]:
    return (outer,) if isinstance(outer, bytes) else tuple(outer)


def keyed_tags(outer: bytes | Sequence[bytes], inner: bytes) -> bytes:
    """Inner tags (`verifier_tags`) keyed under the lookup key's verifier keys (of versions
    1..v, in order; one key: version 1)."""
    return rekeyed(outer, bytes([_VERSION_BASE]) + inner)


def keyed_version(tags: object) -> int | None:
    """The version of the lookup key a stored verifier blob is keyed under (None: not keyed)."""
    if not isinstance(tags, bytes) or len(tags) != KEYED_LENGTH or tags[0] <= _VERSION_BASE:
        return None
    return tags[0] - _VERSION_BASE


def rekeyed(outer: bytes | Sequence[bytes], tags: bytes) -> bytes:
    """A keyed verifier blob (or version 0: a version byte and the inner tags) keyed on up to
    the last version of `outer` (the verifier keys of versions 1..v)."""
    chain = _chain(outer)
    done = tags[0] - _VERSION_BASE
    parts = [tags[i : i + _TAG] for i in range(1, len(tags), _TAG)]
    for key in chain[done:]:
        base = _keyed(key)
        parts = [p if p == _NONE else _mac(base, p) for p in parts]
    return bytes([_VERSION_BASE + max(done, len(chain))]) + b"".join(parts)


def _outer(outer: bytes, tag: bytes) -> bytes:
    return hashlib.blake2b(tag, key=outer, digest_size=_TAG).digest()


def _keyed(key: bytes) -> Any:
    """BLAKE2b keyed with `key`, before any message: a copy of it is the MAC of what follows
    (the same digest as keying anew; a row's tags key once, then copy)."""
    return hashlib.blake2b(key=key, digest_size=_TAG)


def _mac(base: Any, message: bytes) -> bytes:
    state = base.copy()
    state.update(message)
    digest: bytes = state.digest()
    return digest


_DATE = re.compile(r"^(\d{4})\D{0,2}(\d{1,2})\D{0,2}(\d{1,2})\D{0,2}$")


def _name_form(text: str) -> str:
    return "".join(normal_text(unicodedata.normalize("NFKC", text)).split())


def _birth(values: Mapping[str, str | None]) -> str | None:
    if values.get("birth_date"):
        return str(values["birth_date"])
    number = values.get("id_number") or ""
    if len(number) in (15, 18):
        try:
            return resident_id_birth_date(number).isoformat()
        except ValueError:
            return None
    return None


def stored_form(values: Mapping[str, str | None], field: str, mode: str) -> str | None:
    """The canonical form of a stored value (None: nothing stored to compare with)."""
    if field == "name":
        name = values.get("name")
        return _name_form(name) if name else None
    if field == "id_number":
        number = (values.get("id_number") or "").upper()
        return None if not number else number[-6:] if mode == "last6" else number
    if field == "bank_card":
        card = values.get("bank_card") or ""
        return None if not card else card[-4:] if mode == "last4" else card
    if field == "birth_date":
        return _birth(values)
    if field == "email":
        email = values.get("email")
        return email.strip().lower() if email else None
    raise ValueError(f"{field} has no stored form")


def spoken_form(field: str, mode: str, typed: str) -> str:
    """The canonical form of what the caller said ('' when it cannot be one)."""
    if field == "name":
        return _name_form(typed)
    if field == "id_number":
        return normalise_resident_id(typed)
    if field == "bank_card":
        if mode == "last4":
            digits = re.sub(r"\D", "", to_ascii_digits(typed))
            return digits if len(digits) == 4 else ""
        return normalise_card(typed) or ""
    if field == "email":
        return typed.strip().lower()
    if field == "birth_date":
        match = _DATE.match(to_ascii_digits(typed.strip()))
        if not match:
            return ""
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return ""
    raise ValueError(f"{field} has no spoken form")


def _tag(key: bytes, customer_no: str, field: str, mode: str, form: str) -> bytes:
    """BLAKE2b keyed with the verifier key (a MAC): one call, where HMAC takes three."""
    message = f"{field}:{mode}|{customer_no}|{form}".encode()
    return hashlib.blake2b(message, key=key, digest_size=_TAG).digest()


def verifier_tags(key: bytes, customer_no: str, values: Mapping[str, str | None]) -> bytes:
    """The inner tags of a record, in `VERIFIED` order (zero bytes where nothing is stored):
    `_tag` of each `stored_form`, the forms made once per value (an import's hot path)."""
    base = _keyed(key)
    name, number = values.get("name"), (values.get("id_number") or "").upper()
    card, email = values.get("bank_card") or "", values.get("email")
    forms = (
        _name_form(name) if name else None,
        number or None,
        number[-6:] if number else None,
        card or None,
        card[-4:] if card else None,
        _birth(values),
        email.strip().lower() if email else None,
    )
    return b"".join(
        _NONE if form is None else _mac(base, f"{head}{customer_no}|{form}".encode())
        for head, form in zip(_HEADS, forms, strict=True)
    )


_HEADS = tuple(f"{field}:{mode}|" for field, mode in VERIFIED)


def matches_verifier(
    keys: VerifierKeys, customer_no: str, tags: bytes | None, field: str, mode: str, typed: str
) -> bool | None:
    """Whether what was said matches the stored verifier; None when none is stored (or none
    these keys check: a keyed verifier without the lookup key, or one still sealed)."""
    index = VERIFIED.index((field, mode))
    tags = tags or b""
    chain: tuple[bytes, ...] = ()
    version = keyed_version(tags)
    if version is not None:
        if keys.outer is None or len(_chain(keys.outer)) < version:
            return None
        tags, chain = tags[1:], _chain(keys.outer)[:version]
    elif len(tags) != INNER_LENGTH:
        return None
    stored = tags[index * _TAG : (index + 1) * _TAG]
    if stored == _NONE:
        return None
    form = spoken_form(field, mode, typed)
    if not form:
        return False
    tag = _tag(keys.inner, customer_no, field, mode, form)
    for key in chain:
        tag = _outer(key, tag)
    return hmac.compare_digest(stored, tag)


def same_form(stored: str | None, field: str, mode: str, typed: str) -> bool | None:
    """Compare what was said with an opened value's canonical form (None: nothing stored)."""
    if stored is None:
        return None
    form = spoken_form(field, mode, typed)
    return bool(form) and hmac.compare_digest(form.encode(), stored.encode())


_DIGIT_RUN = re.compile(r"[0-9xX][0-9xX \-]{10,30}[0-9xX]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]{2,}")
# An address as people write it into Chinese text: ASCII only, so that the characters around it
# ("邮箱zhang@example.cn被") are not taken for part of it.
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_DATE_RUN = re.compile(r"\d{4}\D{0,2}\d{1,2}\D{0,2}\d{1,2}")


def _candidates(field: str, text: str) -> list[str]:
    """What in `text` could be a value of `field` (as written there): every part of a digit
    run of the lengths the field has, ideograph runs of two to four for a name, e-mail
    addresses, dates."""
    if field == "name":
        runs = _CJK_RUN.findall(text)
        return [r[i : i + n] for r in runs for n in (2, 3, 4) for i in range(len(r) - n + 1)]
    if field == "email":
        return _EMAIL.findall(text)
    if field == "birth_date":
        return _DATE_RUN.findall(text)
    out = []
    sizes = (18, 15) if field == "id_number" else range(12, 20)
    for run in _DIGIT_RUN.findall(to_ascii_digits(text)):
        clean = re.sub(r"[ \-]", "", run)
        out += [clean[i : i + n] for n in sizes for i in range(len(clean) - n + 1)]
    return out


def quoted_by_verifier(
    keys: VerifierKeys, customer_no: str, tags: bytes | None, field: str, text: str
) -> list[str]:
    """The parts of `text` that are the customer's value of `field`, found by its verifier
    (for a value the reader's keys do not open); at most a few hundred tries per text."""
    return [
        candidate
        for candidate in dict.fromkeys(_candidates(field, text))
        if matches_verifier(keys, customer_no, tags, field, "full", candidate)
    ]


# -- 一类 verification at the hall (issue 15) ------------------------------------------------
# An enrolled seat gives the hall, per 一类 form, a tag of the form's keyed verifier under a key
# derived from the hall data key, and then zeroes that part of the stored blob: a copy of the
# vault then tests no 一类 guess (`services.hall_verify`).


def keyed_part(tags: bytes | None, field: str, mode: str) -> bytes | None:
    """The keyed verifier of one form in a keyed blob, of whatever version of the lookup key
    (`keyed_version`; None: not keyed, or nothing stored)."""
    if keyed_version(tags) is None:
        return None
    assert tags is not None
    index = VERIFIED.index((field, mode))
    part = tags[1 + index * _TAG : 1 + (index + 1) * _TAG]
    return None if part == _NONE else part


def without_forms(tags: bytes, forms: frozenset[tuple[str, str]]) -> bytes:
    """A keyed blob with the parts of `forms` zeroed (as if nothing were stored for them), its
    version kept."""
    parts = [tags[1 + i * _TAG : 1 + (i + 1) * _TAG] for i in range(len(VERIFIED))]
    return tags[:1] + b"".join(
        _NONE if pair in forms else part for pair, part in zip(VERIFIED, parts, strict=True)
    )


def spoken_keyed(keys: VerifierKeys, customer_no: str, field: str, mode: str, typed: str) -> bytes:
    """The keyed verifier of what was said under the newest version of the lookup key these
    keys hold (b"" when it cannot be a value of the field)."""
    versions = spoken_keyed_versions(keys, customer_no, field, mode, typed)
    return versions[-1] if versions else b""


def spoken_keyed_versions(
    keys: VerifierKeys, customer_no: str, field: str, mode: str, typed: str
) -> tuple[bytes, ...]:
    """The keyed verifiers of what was said under versions 1, 2, … of the lookup key that these
    keys hold (the hall compares the one of the version its tag was made under); () when it
    cannot be a value of the field, or the keys hold no lookup key."""
    form = spoken_form(field, mode, typed)
    if not form or keys.outer is None:
        return ()
    tag, out = _tag(keys.inner, customer_no, field, mode, form), []
    for key in _chain(keys.outer):
        tag = _outer(key, tag)
        out.append(tag)
    return tuple(out)


def hall_tag(key: bytes, customer_no: str, field: str, mode: str, keyed: bytes) -> bytes:
    """The tag the hall keeps (peppered) and compares: BLAKE2b under the hall-verifier key."""
    message = f"{field}:{mode}|{customer_no}|{keyed.hex()}".encode()
    return hashlib.blake2b(message, key=key, digest_size=_TAG).digest()
