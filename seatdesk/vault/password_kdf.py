"""Argon2id of a password, and the record of its parameters kept beside what it protects: one
way for the seat's key slots and the hall directory's accounts alike."""

from __future__ import annotations

import binascii
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from seatdesk.vault.kdf import KdfParams
from seatdesk.vault.sealing import b64, unb64


def stretch(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def kdf_record(params: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "alg": "argon2id",
        "t": params.time_cost,
        "m": params.memory_kib,
        "p": params.parallelism,
        "salt": b64(salt),
    }


class BadKdfRecord(ValueError):
    """A parameter record that is not one (the caller says what that means for it)."""


def parse_kdf_record(record: Any) -> tuple[KdfParams, bytes]:
    try:
        params = KdfParams(int(record["t"]), int(record["m"]), int(record["p"]))
        return params, unb64(str(record["salt"]))
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise BadKdfRecord("malformed Argon2id parameters") from None
