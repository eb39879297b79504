"""Keys of an account in a hall's staff directory, and the seat's box that they open.

An account has an X25519 key pair. Its private half is wrapped under a key derived from the
password alone (Argon2id, then HKDF), so the same password opens it at any seat; the hall keeps
the wrapped half with the account. From the same Argon2id output a second HKDF gives the
*proof* the hall checks (it keeps only a SHA-256 of it): the hall counts and locks failed
attempts, and hands out the account's entry only to a seat that sent the right proof.

The hall access key (32 random bytes) is sealed to every account's public key. Each seat wraps
its own data key under HKDF(access key ‖ device secret), so any account of the hall opens any
enrolled seat, and still only at that seat (the device secret is in the seat's keyring).
See docs/hall-directory.md for what each party can and cannot open.
"""

from __future__ import annotations

import binascii
import secrets
from dataclasses import dataclass, field
from typing import Any

from seatdesk.core.errors import AuthenticationError
from seatdesk.core.staff_proof import verifier_of
from seatdesk.vault.kdf import KdfParams
from seatdesk.vault.password_kdf import BadKdfRecord, kdf_record, parse_kdf_record, stretch
from seatdesk.vault.sealing import (
    InvalidTag,
    b64,
    hkdf,
    new_key_pair,
    open_sealed,
    public_of,
    seal,
    unb64,
    unwrap,
    wrap,
)

WRONG = "staff ID or password is wrong"
# The most memory a directory entry may ask a seat to spend on Argon2id (1 GiB; the default is
# 64 MiB): a damaged or hostile entry must not exhaust the seat.
MAX_MEMORY_KIB = 1024 * 1024


@dataclass(frozen=True)
class PasswordKeys:
    """What a password gives at a seat: the proof for the hall and the key of the private half."""

    proof: bytes = field(repr=False)
    wrap_key: bytes = field(repr=False)

    @property
    def proof_b64(self) -> str:
        return b64(self.proof)


@dataclass(frozen=True)
class AccountKeys:
    """An account's key material as the hall stores it (nothing here opens without the password,
    except `private`, which stays in the seat's memory)."""

    kdf: dict[str, Any]
    verifier: str  # hex SHA-256 of the proof
    wrapped_private: dict[str, str]
    public: str
    private: bytes = field(repr=False)

    def for_hall(self) -> dict[str, Any]:
        return {
            "kdf": self.kdf,
            "verifier": self.verifier,
            "wrapped_private": self.wrapped_private,
            "public": self.public,
        }


def password_keys(staff_id: str, password: str, kdf: dict[str, Any]) -> PasswordKeys:
    """Argon2id with the account's stored parameters; a malformed record is a wrong login."""
    try:
        params, salt = parse_kdf_record(kdf)
    except BadKdfRecord:
        raise AuthenticationError(WRONG) from None
    if not (
        1 <= params.time_cost <= 10
        and 8 * 1024 <= params.memory_kib <= MAX_MEMORY_KIB
        and 1 <= params.parallelism <= 16
    ):
        raise AuthenticationError(WRONG)  # costs no seat should be made to pay
    stretched = stretch(password, salt, params)
    info = f"|{staff_id}".encode()
    return PasswordKeys(
        proof=hkdf(stretched, salt=salt, info=b"seatdesk/hall-proof/v1" + info),
        wrap_key=hkdf(stretched, salt=salt, info=b"seatdesk/hall-wrap/v1" + info),
    )


def _private_aad(hall_id: str, staff_id: str) -> bytes:
    return f"seatdesk-account|{hall_id}|{staff_id}".encode()


def new_account_keys(
    hall_id: str, staff_id: str, password: str, kdf: KdfParams, *, private: bytes | None = None
) -> AccountKeys:
    """Key material for `password`: a new key pair, or `private` rewrapped (own password change:
    the public key, and so every box sealed to it, stays)."""
    record = kdf_record(kdf, secrets.token_bytes(16))
    keys = password_keys(staff_id, password, record)
    if private is None:
        private, public = new_key_pair()
    else:
        public = public_of(private)
    return AccountKeys(
        kdf=record,
        verifier=verifier_of(keys.proof),
        wrapped_private=wrap(keys.wrap_key, private, _private_aad(hall_id, staff_id)),
        public=b64(public),
        private=private,
    )


def open_private(hall_id: str, staff_id: str, keys: PasswordKeys, wrapped: dict[str, Any]) -> bytes:
    try:
        return unwrap(keys.wrap_key, wrapped, _private_aad(hall_id, staff_id))
    except (InvalidTag, KeyError, TypeError, ValueError, binascii.Error):
        raise AuthenticationError(WRONG) from None


# -- the hall access key ------------------------------------------------------------------------
def new_access_key() -> bytes:
    return secrets.token_bytes(32)


def _access_aad(hall_id: str, staff_id: str) -> bytes:
    return f"seatdesk-hall-access|{hall_id}|{staff_id}".encode()


def seal_access(hall_id: str, staff_id: str, public_b64: str, access_key: bytes) -> dict[str, str]:
    return seal(unb64(public_b64), access_key, _access_aad(hall_id, staff_id))


def open_access(hall_id: str, staff_id: str, private: bytes, box: dict[str, Any]) -> bytes:
    try:
        return open_sealed(private, box, _access_aad(hall_id, staff_id))
    except (InvalidTag, KeyError, TypeError, ValueError, binascii.Error):
        raise AuthenticationError(
            f"the hall has not given account {staff_id} access to its seats"
        ) from None


def _chain_aad(hall_id: str, version: int) -> bytes:
    return f"seatdesk-hall-access-chain|{hall_id}|{version}".encode()


def wrap_previous(hall_id: str, version: int, new_key: bytes, old_key: bytes) -> dict[str, str]:
    """The access key before `version`, wrapped under the new one (the hall keeps the chain, so
    a seat whose box is under an older key opens and rewraps it)."""
    return wrap(new_key, old_key, _chain_aad(hall_id, version))


def older_access_keys(hall_id: str, access_key: bytes, chain: list[dict[str, Any]]) -> list[bytes]:
    """The access keys before `access_key`, newest first, as the chain gives them."""
    found, key = [], access_key
    for item in sorted(chain, key=lambda i: -int(i.get("version", 0))):
        try:
            key = unwrap(key, item["previous"], _chain_aad(hall_id, int(item["version"])))
        except (InvalidTag, KeyError, TypeError, ValueError, binascii.Error):
            continue  # a link of a newer key than this one
        found.append(key)
    return found


# -- the seat's box ---------------------------------------------------------------------------
def _seat_key(access_key: bytes, device_secret: bytes | None, vault_id: str) -> bytes:
    info = f"seatdesk/seat-box/v1|{vault_id}".encode()
    return hkdf(access_key + (device_secret or b""), salt=None, info=info)


def wrap_seat_key(
    access_key: bytes, device_secret: bytes | None, vault_id: str, data_key: bytes
) -> dict[str, str]:
    aad = f"seatdesk-seat-box|{vault_id}".encode()
    return wrap(_seat_key(access_key, device_secret, vault_id), data_key, aad)


def unwrap_seat_key(
    access_key: bytes, device_secret: bytes | None, vault_id: str, box: dict[str, Any]
) -> bytes | None:
    """The seat's data key, or None when this access key (or device secret) is not the one the
    box was made with."""
    aad = f"seatdesk-seat-box|{vault_id}".encode()
    try:
        return unwrap(_seat_key(access_key, device_secret, vault_id), box, aad)
    except (InvalidTag, KeyError, TypeError, ValueError, binascii.Error):
        return None
