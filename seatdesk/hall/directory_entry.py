"""A staff directory entry as the hall signs it and every seat checks it (pure: no I/O).

The hall signs each entry with its CA key (ECDSA P-256, SHA-256 over canonical JSON), so a seat
caches entries for offline sign-in without trusting the file they sit in: an edited role or
cleared `disabled` flag no longer verifies. What a signature cannot show is freshness; the seat
keeps the highest directory version it has seen in its keyring for that (see the cache).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

ENTRY_FIELDS = (
    "hall_id",
    "staff_id",
    "display_name",
    "role",
    "disabled",
    "must_change_password",
    "version",
    "kdf",
    "wrapped_private",
    "public",
    "access",
    "boxes",  # the account's compartment keys (issue 15), sealed to "public"; absent before
)
_OPTIONAL = frozenset({"boxes"})  # left out of the signed text when absent (older entries)


class BadEntry(ValueError):
    """An entry that is malformed or whose signature is not the hall's."""


def canonical(entry: dict[str, Any]) -> bytes:
    body = {
        name: entry.get(name)
        for name in ENTRY_FIELDS
        if name not in _OPTIONAL or entry.get(name) is not None
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign_entry(ca_key_pem: bytes, entry: dict[str, Any]) -> str:
    key = serialization.load_pem_private_key(ca_key_pem, password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    raw = key.sign(b"seatdesk-directory|" + canonical(entry), ec.ECDSA(hashes.SHA256()))
    return base64.b64encode(raw).decode("ascii")


def check_entry(ca_cert_pem: bytes, entry: Any, signature: Any) -> dict[str, Any]:
    """The entry, if it is the hall's as signed; BadEntry otherwise."""
    if not isinstance(entry, dict) or not isinstance(signature, str):
        raise BadEntry("a directory entry must be an object with its signature")
    for name, kind in (("staff_id", str), ("role", str), ("version", int), ("disabled", bool)):
        if not isinstance(entry.get(name), kind):
            raise BadEntry(f"a directory entry needs {name}")
    try:
        public = x509.load_pem_x509_certificate(ca_cert_pem).public_key()
        raw = base64.b64decode(signature, validate=True)
    except (ValueError, binascii.Error):
        raise BadEntry("the directory entry's signature is malformed") from None
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise BadEntry("the hall's certificate has no ECDSA key")
    try:
        public.verify(raw, b"seatdesk-directory|" + canonical(entry), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise BadEntry("the directory entry is not signed by this hall") from None
    return {
        name: entry.get(name)
        for name in ENTRY_FIELDS
        if name not in _OPTIONAL or entry.get(name) is not None
    }


def sign_record(ca_key_pem: bytes, record: dict[str, Any]) -> str:
    """The hall's signature of a compartment generation's record (its public halves)."""
    key = serialization.load_pem_private_key(ca_key_pem, password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    raw = key.sign(_record_text(record), ec.ECDSA(hashes.SHA256()))
    return base64.b64encode(raw).decode("ascii")


def check_record(ca_cert_pem: bytes, record: Any, signature: Any) -> dict[str, Any]:
    """A compartment generation's record, if the hall signed it; BadEntry otherwise."""
    if not isinstance(record, dict) or not isinstance(signature, str):
        raise BadEntry("a compartment record must be an object with its signature")
    if not isinstance(record.get("generation"), int) or not isinstance(record.get("keys"), dict):
        raise BadEntry("a compartment record needs generation and keys")
    try:
        public = x509.load_pem_x509_certificate(ca_cert_pem).public_key()
        raw = base64.b64decode(signature, validate=True)
    except (ValueError, binascii.Error):
        raise BadEntry("the compartment record's signature is malformed") from None
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise BadEntry("the hall's certificate has no ECDSA key")
    try:
        public.verify(raw, _record_text(record), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise BadEntry("the compartment record is not signed by this hall") from None
    return record


def _record_text(record: dict[str, Any]) -> bytes:
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return b"seatdesk-compartments|" + text.encode()
