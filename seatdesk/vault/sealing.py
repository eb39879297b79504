"""Sealed boxes for the data key: each key slot has an X25519 key pair whose private half is
wrapped under the slot's secret (password or recovery key) and whose public half is stored. The
data key is sealed to every public key, so rotating the data key (rekey) re-seals it for every
slot without anyone's password, and opening still needs the password."""

from __future__ import annotations

import base64
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def hkdf(ikm: bytes, *, salt: bytes | None, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public) raw 32-byte X25519 keys."""
    private = X25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return raw, _raw_public(private.public_key())


def public_of(private: bytes) -> bytes:
    """The raw public key of a raw X25519 private key."""
    return _raw_public(X25519PrivateKey.from_private_bytes(private).public_key())


def seal(public: bytes, secret: bytes, aad: bytes) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    eph_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    key = hkdf(shared, salt=eph_public + public, info=b"seatdesk/sealed-box/v1")
    nonce = secrets.token_bytes(12)
    return {
        "eph": b64(eph_public),
        "nonce": b64(nonce),
        "ct": b64(AESGCM(key).encrypt(nonce, secret, aad)),
    }


def open_sealed(private: bytes, box: dict[str, Any], aad: bytes) -> bytes:
    """Raises InvalidTag when the box was not sealed for this key (or was altered)."""
    key_pair = X25519PrivateKey.from_private_bytes(private)
    public = _raw_public(key_pair.public_key())
    eph_public = unb64(box["eph"])
    shared = key_pair.exchange(X25519PublicKey.from_public_bytes(eph_public))
    key = hkdf(shared, salt=eph_public + public, info=b"seatdesk/sealed-box/v1")
    return AESGCM(key).decrypt(unb64(box["nonce"]), unb64(box["ct"]), aad)


def wrap(key: bytes, secret: bytes, aad: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    return {"nonce": b64(nonce), "ct": b64(AESGCM(key).encrypt(nonce, secret, aad))}


def unwrap(key: bytes, wrapped: dict[str, Any], aad: bytes) -> bytes:
    return AESGCM(key).decrypt(unb64(wrapped["nonce"]), unb64(wrapped["ct"]), aad)


def wrap_bytes(key: bytes, secret: bytes, aad: bytes) -> bytes:
    """Like `wrap`, as raw bytes (nonce, then ciphertext and tag): for large payloads."""
    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(key).encrypt(nonce, secret, aad)


def unwrap_bytes(key: bytes, wrapped: bytes, aad: bytes) -> bytes:
    """Raises InvalidTag when the key is not the one, or anything was altered."""
    return AESGCM(key).decrypt(wrapped[:12], wrapped[12:], aad)


__all__ = [
    "InvalidTag",
    "b64",
    "hkdf",
    "new_key_pair",
    "open_sealed",
    "public_of",
    "seal",
    "unb64",
    "unwrap",
    "unwrap_bytes",
    "wrap",
    "wrap_bytes",
]
