"""Full values sealed per compartment: AES-256-GCM, one key per write and compartment.

A writer holds only the compartments' public keys (`compartment_keys.PublicKeys`). For each
compartment it writes to, it draws a fresh 256-bit key, seals it to the compartment's public key
(a row of `seal_keys`, written in the writer's transaction) and encrypts each value under it, with
the vault, the customer and the field as associated data, so a sealed value moved to another
customer or field does not open. A value is stored as the key's id (8 bytes), the nonce (12) and
the ciphertext with its tag. A reader opens a write's key once, with the compartment's private
key if its slot holds it, and every value sealed under it after that.
"""

from __future__ import annotations

import json
import secrets
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from seatdesk.core.errors import VaultUnreadable
from seatdesk.vault.compartment_keys import HeldKeys, PublicKeys
from seatdesk.vault.db import VaultDb
from seatdesk.vault.sealing import InvalidTag, open_sealed, seal

_ID = struct.Struct(">q")
_HEAD = _ID.size + 12


def _key_aad(vault_id: str, compartment: str, generation: int, key_id: int) -> bytes:
    return f"seatdesk-seal-key|{vault_id}|{compartment}|{generation}|{key_id}".encode()


def value_aad(vault_id: str, customer_no: str, field_name: str) -> bytes:
    return f"seatdesk-value|{vault_id}|{customer_no}|{field_name}".encode()


@dataclass
class _WriteKey:
    key_id: int
    cipher: AESGCM = field(repr=False)
    # A 96-bit nonce per value: 8 random bytes for this writer, then a counter. A key is used by
    # one writer (an import plans again with a new reader: two writers then share a key drawn
    # ahead, with prefixes that collide with probability 2^-64).
    prefix: bytes = field(default_factory=lambda: secrets.token_bytes(8))
    count: int = 0
    head: bytes = b""  # the key's id as a sealed value starts with it

    def __post_init__(self) -> None:
        self.head = _ID.pack(self.key_id)

    def seal(self, value: str, aad: bytes) -> bytes:
        """`value` sealed: the key's id, the next nonce, the ciphertext and its tag."""
        self.count += 1
        nonce = self.prefix + self.count.to_bytes(4, "big")
        return self.head + nonce + self.cipher.encrypt(nonce, value.encode("utf-8"), aad)


@dataclass(frozen=True)
class DrawnKey:
    """A write key drawn ahead for a writer in another process (the import's reader): the row of
    `seal_keys` the importing process inserts with the rows, and the key itself (never printed;
    it goes to the reader through its pipe)."""

    compartment: str
    generation: int
    key_id: int
    box: str
    key: bytes = field(repr=False)


def draw_keys(vault_id: str, publics: PublicKeys) -> tuple[DrawnKey, ...]:
    """A fresh write key for every compartment of the current generation."""
    drawn = []
    for compartment, public in sorted(publics.keys.items()):
        key = AESGCM.generate_key(bit_length=256)
        key_id = secrets.randbits(62) + 1
        generation = publics.generation_of(compartment)
        aad = _key_aad(vault_id, compartment, generation, key_id)
        box = json.dumps(seal(public, key, aad))
        drawn.append(DrawnKey(compartment, generation, key_id, box, key))
    return tuple(drawn)


def insert_drawn(db: VaultDb, keys: Sequence[DrawnKey]) -> None:
    """The `seal_keys` rows of keys drawn ahead, in the caller's write transaction (once)."""
    db.executemany(
        "INSERT OR IGNORE INTO seal_keys(id, compartment, generation, box) VALUES (?, ?, ?, ?)",
        [(k.key_id, k.compartment, k.generation, k.box) for k in keys],
    )


class SealWriter:
    """Seals values for the compartments' current generation, inside the caller's transaction;
    or, `drawn` (in the import's reader, with no vault), under keys drawn ahead, whose rows the
    importing process writes."""

    def __init__(
        self,
        db: VaultDb | None,
        vault_id: str,
        publics: PublicKeys | None,
        drawn: Sequence[DrawnKey] = (),
    ) -> None:
        self._db = db
        self._vault_id = vault_id
        self._publics = publics
        self._keys: dict[str, _WriteKey] = {
            k.compartment: _WriteKey(k.key_id, AESGCM(k.key)) for k in drawn
        }
        self._aad_head = value_aad(vault_id, "", "")[: -len("|")]  # up to the customer

    @property
    def vault_id(self) -> str:
        return self._vault_id

    def seal(self, compartment: str, customer_no: str, field_name: str, value: str) -> bytes:
        write_key = self._keys.get(compartment) or self._new_key(compartment)
        return write_key.seal(value, self._aad_head + f"{customer_no}|{field_name}".encode())

    def seal_row(self, customer_no: str, values: Sequence[tuple[str, str, str]]) -> list[bytes]:
        """(compartment, field, value) of one customer sealed, in order: what `seal` makes of
        each, with the customer's part of the associated data encoded once."""
        head = self._aad_head + customer_no.encode() + b"|"
        keys = self._keys
        return [
            (keys.get(compartment) or self._new_key(compartment)).seal(
                value, head + field_name.encode()
            )
            for compartment, field_name, value in values
        ]

    def _new_key(self, compartment: str) -> _WriteKey:
        public = None if self._publics is None else self._publics.keys.get(compartment)
        if public is None or self._db is None or self._publics is None:
            raise VaultUnreadable(f"the vault has no key for compartment {compartment}")
        key = AESGCM.generate_key(bit_length=256)
        key_id = secrets.randbits(62) + 1
        generation = self._publics.generation_of(compartment)
        box = seal(public, key, _key_aad(self._vault_id, compartment, generation, key_id))
        self._db.execute(
            "INSERT INTO seal_keys(id, compartment, generation, box) VALUES (?, ?, ?, ?)",
            (key_id, compartment, generation, json.dumps(box)),
        )
        write_key = _WriteKey(key_id, AESGCM(key))
        self._keys[compartment] = write_key
        return write_key


class ValueOpener:
    """Opens sealed values with the compartment keys a session holds; what it cannot open is
    None. Write keys once opened are kept for the session (they open nothing else)."""

    def __init__(self, db: VaultDb, vault_id: str, held: HeldKeys) -> None:
        self._db = db
        self._vault_id = vault_id
        self._held = held
        self._ciphers: dict[int, AESGCM | None] = {}

    @property
    def held(self) -> HeldKeys:
        return self._held

    def compartment_of(self, blob: object) -> str | None:
        """The compartment a stored value was sealed for (None: not sealed)."""
        if not isinstance(blob, bytes) or len(blob) < _HEAD:
            return None
        row = self._db.execute(
            "SELECT compartment FROM seal_keys WHERE id = ?", (_ID.unpack_from(blob)[0],)
        )
        return str(row[0][0]) if row else None

    def open(self, blob: object, customer_no: str, field_name: str) -> str | None:
        if blob is None:
            return None
        if isinstance(blob, str):
            return blob  # written before compartments; sealed by the first session's upkeep
        if not isinstance(blob, bytes) or len(blob) < _HEAD + 16:
            raise VaultUnreadable(f"vault damaged (a sealed value of {customer_no})")
        cipher = self._cipher(_ID.unpack_from(blob)[0])
        if cipher is None:
            return None
        try:
            clear = cipher.decrypt(
                blob[_ID.size : _HEAD],
                blob[_HEAD:],
                value_aad(self._vault_id, customer_no, field_name),
            )
        except InvalidTag:
            raise VaultUnreadable(
                f"vault damaged or altered (a sealed value of {customer_no})"
            ) from None
        return clear.decode("utf-8")

    def _cipher(self, key_id: int) -> AESGCM | None:
        if key_id in self._ciphers:
            return self._ciphers[key_id]
        rows = self._db.execute(
            "SELECT compartment, generation, box FROM seal_keys WHERE id = ?", (key_id,)
        )
        cipher: AESGCM | None = None
        if not rows:
            raise VaultUnreadable("vault damaged (a sealed value's key is missing)")
        compartment, generation, box = str(rows[0][0]), int(rows[0][1]), str(rows[0][2])
        private = self._held.private(compartment, generation)
        if private is not None:
            try:
                key = open_sealed(
                    private,
                    json.loads(box),
                    _key_aad(self._vault_id, compartment, generation, key_id),
                )
            except (InvalidTag, ValueError, KeyError, TypeError):
                raise VaultUnreadable("vault damaged (a sealed write key)") from None
            cipher = AESGCM(key)
        self._ciphers[key_id] = cipher
        return cipher
