"""Compartment keys held in a hall's staff directory (issue 15, docs/hall-directory.md).

On a seat enrolled with a hall the compartment keys are the hall's: per *hall generation*, one
X25519 pair per compartment (as `compartment_keys` makes them for a seat of its own), the
lookup key (`index`, carried from one generation to the next: the phone index is keyed under
it; a new version, the next of the hall's, when an account that held it leaves) and an escrow
pair. The generation's *record* (public halves, and every private half sealed
to the escrow) is signed by the hall; each account's *boxes* (its role's private halves sealed
to its account's public key, the escrow's to a security officer's) travel in its signed
directory entry, so a seat signing in offline has them in its directory copy.

In a vault, hall generation g is generation `HALL_BASE + g` (``一类/机密#1000001``), apart from
the seat's own generations (1, 2, … in its key file), so values sealed before the seat used
its hall's keys still name the key that opens them.
"""

from __future__ import annotations

import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from seatdesk.policy.compartments import all_compartments, holdings
from seatdesk.policy.model import Policy
from seatdesk.policy.roles import Role
from seatdesk.vault.compartment_keys import (
    ESCROW,
    HALL_BASE,
    INDEX,
    HeldKeys,
    PublicKeys,
    index_holder,
)
from seatdesk.vault.sealing import (
    InvalidTag,
    b64,
    new_key_pair,
    open_sealed,
    public_of,
    seal,
    unb64,
)


def vault_generation(hall_generation: int) -> int:
    return HALL_BASE + hall_generation


def _name(compartment: str, generation: int) -> str:
    return f"{compartment}#{generation}"


def _box_aad(hall_id: str, staff_id: str, name: str) -> bytes:
    return f"seatdesk-hall-key|{hall_id}|{staff_id}|{name}".encode()


def _escrow_aad(hall_id: str, name: str) -> bytes:
    return f"seatdesk-hall-escrow|{hall_id}|{name}".encode()


@dataclass(frozen=True)
class HallRecord:
    """One hall generation as its signed record gives it (public halves only)."""

    hall_id: str
    generation: int
    keys: Mapping[str, bytes]  # compartment (and `index`) -> public half
    escrow: bytes
    index_version: int
    escrowed: Mapping[str, Any] = field(repr=False)

    @property
    def number(self) -> int:
        """The generation's number in a vault."""
        return vault_generation(self.generation)

    def publics(self) -> PublicKeys:
        return PublicKeys(self.number, dict(self.keys), self.index_version)

    def public_of_name(self, name: str) -> bytes | None:
        """The public half a key name of this generation must match."""
        compartment, _, number = name.rpartition("#")
        if compartment == INDEX:
            return self.keys.get(INDEX) if int(number) == self.index_version else None
        if int(number) != self.number:
            return None
        return self.escrow if compartment == ESCROW else self.keys.get(compartment)

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> HallRecord:
        """From a record whose signature the caller checked; ValueError if malformed."""
        try:
            return cls(
                str(record["hall_id"]),
                int(record["generation"]),
                {str(c): unb64(str(k)) for c, k in dict(record["keys"]).items()},
                unb64(str(record["escrow"])),
                int(record["index_version"]),
                dict(record["escrowed"]),
            )
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise ValueError("a malformed compartment record") from None


@dataclass(frozen=True)
class NewGeneration:
    record: dict[str, Any]
    privates: Mapping[str, bytes] = field(repr=False)  # every key name -> private half


def make_generation(
    hall_id: str,
    generation: int,
    policy: Policy,
    carry_index: tuple[int, bytes] | None,
    *,
    new_index: bool = False,
) -> NewGeneration:
    """The next hall generation: new pairs for every compartment and the escrow; the lookup key
    carried (version, private) from the generation before, or made with the first (version
    ``HALL_BASE + 1``); with `new_index`, a new lookup key of the version after the carried one
    (the hall's versions are consecutive, whatever the generation's number)."""
    number = vault_generation(generation)
    escrow_private, escrow_public = new_key_pair()
    privates: dict[str, bytes] = {}
    publics: dict[str, str] = {}
    for compartment in all_compartments(policy):
        private, public = new_key_pair()
        privates[_name(compartment, number)] = private
        publics[compartment] = b64(public)
    if carry_index is None:
        index_version, index_private = HALL_BASE + 1, new_key_pair()[0]
    elif new_index:
        index_version, index_private = carry_index[0] + 1, new_key_pair()[0]
    else:
        index_version, index_private = carry_index
    privates[_name(INDEX, index_version)] = index_private
    publics[INDEX] = b64(public_of(index_private))
    escrowed = {
        name: seal(escrow_public, private, _escrow_aad(hall_id, name))
        for name, private in privates.items()
    }
    privates[_name(ESCROW, number)] = escrow_private
    record = {
        "hall_id": hall_id,
        "generation": generation,
        "keys": publics,
        "escrow": b64(escrow_public),
        "index_version": index_version,
        "escrowed": escrowed,
    }
    return NewGeneration(record, privates)


def role_names(policy: Policy, role: Role, names: Iterable[str]) -> set[str]:
    """Which of these key names an account of `role` holds: its compartments, the lookup key
    if it searches customers, the escrow if it is a custodian (security officer)."""
    wanted = holdings(policy, role)
    held = set()
    for name in names:
        compartment = name.rpartition("#")[0]
        if (
            compartment in wanted
            or (compartment == INDEX and index_holder(role))
            or (compartment == ESCROW and role is Role.SECURITY)
        ):
            held.add(name)
    return held


def seal_boxes(
    hall_id: str, staff_id: str, public_b64: str, privates: Mapping[str, bytes]
) -> dict[str, dict[str, str]]:
    """These private halves sealed to an account's public key (its entry's boxes)."""
    public = unb64(public_b64)
    return {n: seal(public, k, _box_aad(hall_id, staff_id, n)) for n, k in privates.items()}


def open_boxes(
    hall_id: str,
    staff_id: str,
    private: bytes,
    boxes: Mapping[str, Any],
    records: Iterable[HallRecord],
) -> HeldKeys:
    """The keys an account's boxes open with its private key; an escrow key opens its
    generation's escrowed keys too. A box that does not open, or whose key is not the public
    half its generation's signed record names, gives nothing."""
    by_number = {r.number: r for r in records}
    index_records = {r.index_version: r for r in by_number.values()}
    keys: dict[str, bytes] = {}
    custodian = False
    for name, box in boxes.items():
        key = _opened(private, box, _box_aad(hall_id, staff_id, name))
        record = _record_of(name, by_number, index_records)
        if key is None or record is None or record.public_of_name(name) != public_of(key):
            continue
        keys[name] = key
        if name.startswith(ESCROW + "#"):
            custodian = True
            for inner, sealed in record.escrowed.items():
                opened = _opened(key, sealed, _escrow_aad(hall_id, inner))
                if opened is not None and record.public_of_name(inner) == public_of(opened):
                    keys[inner] = opened
    return HeldKeys(keys, custodian)


def _record_of(
    name: str, by_number: Mapping[int, HallRecord], index_records: Mapping[int, HallRecord]
) -> HallRecord | None:
    compartment, _, number = name.rpartition("#")
    if not number.isdigit():
        return None
    return (index_records if compartment == INDEX else by_number).get(int(number))


def _opened(private: bytes, box: Any, aad: bytes) -> bytes | None:
    try:
        return open_sealed(private, box, aad)
    except (InvalidTag, KeyError, TypeError, ValueError, binascii.Error):
        return None


def missing_grants(
    hall_id: str,
    policy: Policy,
    accounts: Iterable[tuple[str, Role, str, Mapping[str, Any]]],
    records: Iterable[HallRecord],
    held: HeldKeys,
) -> dict[str, dict[str, dict[str, str]]]:
    """For each account ((staff ID, role, public key, boxes) of the enabled ones), the boxes of
    every generation its role holds and it lacks, sealed from a custodian's keys (`held`)."""
    names: set[str] = set()
    for record in records:
        names |= {_name(c, record.number) for c in record.keys if c != INDEX}
        names |= {_name(INDEX, record.index_version), _name(ESCROW, record.number)}
    out = {}
    for staff_id, role, public, boxes in accounts:
        lacking = role_names(policy, role, names) - set(boxes)
        grants = {n: held.keys[n] for n in sorted(lacking) if n in held.keys}
        if grants:
            out[staff_id] = seal_boxes(hall_id, staff_id, public, grants)
    return out
