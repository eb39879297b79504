"""A customer change set's manifest: what it is, never what it holds (counts, never values).

The publishing seat signs the manifest with its Ed25519 seat key; the hall checks that signature
when the set is created, and every seat checks it again against the publisher's certificate (the
hall CA pinned at the seat), so neither the hall nor its database can forge or edit one. The
payload is sealed under the hall data key with an AAD that names the hall and the digest of the
manifest's header (everything but the payload's own digest and size, which can only be known once
it is sealed). Pure: no I/O.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

VERSION = 1
KINDS = ("delta", "full")
MODES = ("update", "snapshot")
COUNTS = ("rows", "added", "changed", "removed")
#: Raw bytes of sealed payload per upload request (base64 keeps it well under MAX_BODY).
CHUNK_BYTES = 512 * 1024
MAX_CHUNKS = 4096  # 2 GiB sealed: far more than a million customers, gzip-compressed
_PAYLOAD_FIELDS = ("payload_sha256", "payload_size", "chunks")
FIELDS = (
    "v", "uid", "hall_id", "kind", "base_seq", "mode", "counts", "publisher", "staff", "at",
    *_PAYLOAD_FIELDS,
)  # fmt: skip


class BadManifest(ValueError):
    """A manifest that is not shaped like one, or whose signature does not hold."""


def canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def _text(value: Any, limit: int = 64) -> bool:
    return isinstance(value, str) and 0 < len(value) <= limit


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def check_manifest(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict) or set(raw) != set(FIELDS):
        raise BadManifest("a manifest has exactly the fields " + ", ".join(FIELDS))
    if raw["v"] != VERSION or raw["kind"] not in KINDS or raw["mode"] not in MODES:
        raise BadManifest("unknown manifest version, kind or mode")
    if not all(_text(raw[n]) for n in ("uid", "hall_id", "publisher", "staff", "at")):
        raise BadManifest("uid, hall_id, publisher, staff and at are short strings")
    counts = raw["counts"]
    if not isinstance(counts, dict) or set(counts) != set(COUNTS):
        raise BadManifest("counts has exactly " + ", ".join(COUNTS))
    if not all(_count(v) for v in (*counts.values(), raw["base_seq"], raw["payload_size"])):
        raise BadManifest("counts, base_seq and payload_size are integers >= 0")
    if not _count(raw["chunks"]) or not 0 < raw["chunks"] <= MAX_CHUNKS:
        raise BadManifest(f"chunks is between 1 and {MAX_CHUNKS}")
    if raw["chunks"] != chunk_count(raw["payload_size"]):
        raise BadManifest("chunks does not match payload_size")
    if not _text(raw["payload_sha256"]) or len(raw["payload_sha256"]) != 64:
        raise BadManifest("payload_sha256 is a SHA-256 in hex")
    return raw


def chunk_count(size: int) -> int:
    return max(1, -(-size // CHUNK_BYTES))


def header_digest(manifest: dict[str, Any]) -> bytes:
    header = {k: v for k, v in manifest.items() if k not in _PAYLOAD_FIELDS}
    return hashlib.sha256(b"seatdesk/change-set-header/v1\n" + canonical(header)).digest()


def payload_aad(hall_id: str, manifest: dict[str, Any]) -> bytes:
    """What the sealed payload is bound to: this hall and this manifest's header."""
    return b"seatdesk/change-set/v1|" + hall_id.encode() + b"|" + header_digest(manifest)


def _message(manifest: dict[str, Any]) -> bytes:
    return b"seatdesk/change-set-manifest/v1\n" + canonical(manifest)


def sign_manifest(key: Ed25519PrivateKey, manifest: dict[str, Any]) -> str:
    return sign(key, _message(manifest))


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    return base64.b64encode(key.sign(message)).decode("ascii")


def signed_by(public_key: bytes, message: bytes, signature: str) -> bool:
    try:
        raw = base64.b64decode(signature.encode("ascii"), validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(raw, message)
    except (InvalidSignature, ValueError, UnicodeEncodeError):
        return False
    return True


def verify_manifest(public_key: bytes, manifest: dict[str, Any], signature: str) -> None:
    if not signed_by(public_key, _message(manifest), signature):
        raise BadManifest("the manifest's signature is not its publisher's")


def box_key_message(hall_id: str, seat_id: str, public: bytes) -> bytes:
    """What a seat signs when it registers its box key (so no one can slip in another)."""
    return b"seatdesk/box-key/v1|" + f"{hall_id}|{seat_id}|".encode() + public


def hdk_box_aad(hall_id: str, seat_id: str) -> bytes:
    return f"seatdesk/hall-data-key/v1|{hall_id}|{seat_id}".encode()


def hdk_id(hdk: bytes) -> str:
    """Names the hall data key without revealing it."""
    return hashlib.sha256(b"seatdesk/hall-data-key-id|" + hdk).hexdigest()[:32]
