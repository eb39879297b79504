"""The compartment keys of a vault and who holds them (DESIGN §3 "What a password opens").

Each compartment (``一类/机密``: a class and a tier) has an X25519 key pair per *generation*. Its
public half is kept in the vault (meta `compartments`), so anyone who writes customers (an import,
the hall worker applying a change set) can seal values for it without being able to open them. Its
private half is sealed to the public key of every key slot whose role holds the compartment
(`policy.compartments.holdings`), in the slot's `holds` (``一类/机密#1`` -> box); a slot opens its
boxes with the private key its password unwraps, so adding, re-granting or rotating needs nobody's
password but the one granting.

Every private half is also sealed to the generation's *escrow* key (``escrowed``), whose private
half only the security officers' slots and the recovery slot hold (``escrow#1``): the custodians.
A new or reset account of a role that may see customer data therefore gets its compartments only
from a custodian (the security officer approving it, or the recovery key): the admin alone can
create an account, but it opens masked forms and nothing else.

Disabling an account starts a new generation: new key pairs sealed to the remaining holders and
to a new escrow; every value written from then on is sealed for the new generation, so an old copy
of the disabled slot opens nothing written afterwards. The pairs are made only in a custodian's
session (the admin who disables marks the rotation due: `services.key_rotation`), and the lookup
key gets a new version (`rotate_index`) in a session of one of its holders.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from seatdesk.core.errors import VaultUnreadable
from seatdesk.policy.compartments import all_compartments, holdings
from seatdesk.policy.model import Policy
from seatdesk.policy.roles import Permission, Role, has_permission
from seatdesk.vault.db import VaultDb
from seatdesk.vault.keyslots import KeyFile, Unlocked
from seatdesk.vault.schema import get_meta, set_meta
from seatdesk.vault.sealing import (
    InvalidTag,
    b64,
    hkdf,
    new_key_pair,
    open_sealed,
    seal,
    unb64,
)

ESCROW = "escrow"
# The lookup key (issue 15): one X25519 pair per *version* (the first is 1; a disable makes the
# next, `rotate_index`). Its public half (meta `phone_index`, with the current version) lets anyone
# seal a customer's phones for it; its private half is sealed to the slots of the roles that
# search customers and to the recovery slot, never to the admin's. Held as ``index#1``,
# ``index#2``, ...: a holder keeps the earlier versions (the audit's older number hashes, the
# verifiers' chain: `records.verifiers`).
INDEX = "index"
INDEX_VERSION = 1  # the first version
# Hall generation g is generation HALL_BASE + g in a vault (`vault.hall_compartments`), and the
# hall's lookup key has a version above it too: the seat's own versions (1, 2, …) and the hall's
# are two lineages, each keyed in a chain of its own (`HeldKeys.lookup`).
HALL_BASE = 1_000_000


def lineage_start(version: int) -> int:
    """The first version of the lineage `version` belongs to (the seat's own, or its hall's)."""
    return HALL_BASE + 1 if version > HALL_BASE else INDEX_VERSION


_INDEX_META = "phone_index"
_SECTION = "compartments"
_META = "compartments"


def _name(compartment: str, generation: int) -> str:
    return f"{compartment}#{generation}"


def _aad(vault_id: str, slot: str, name: str) -> bytes:
    return f"seatdesk-hold|{vault_id}|{slot}|{name}".encode()


@dataclass(frozen=True)
class HeldKeys:
    """The compartment private keys a session holds (``一类/机密#1`` -> key), never printed."""

    keys: Mapping[str, bytes] = field(default_factory=dict, repr=False)
    custodian: bool = False  # holds an escrow key: may grant compartments to others

    def private(self, compartment: str, generation: int) -> bytes | None:
        return self.keys.get(_name(compartment, generation))

    def lookup(self, version: int | None = None) -> LookupKeys | None:
        """The keys derived from the lookup key of `version` (None: the newest held), if this
        session holds it and every version before it (the verifiers' chain)."""
        held = self.index_versions()
        version = max(held, default=0) if version is None else version
        first = lineage_start(version)
        if version not in held or any(v not in held for v in range(first, version)):
            return None
        keys = [LookupKeys.of(held[v]) for v in range(first, version + 1)]
        return LookupKeys(
            keys[-1].phone, keys[-1].verifier, version, tuple(k.verifier for k in keys)
        )

    def index_versions(self) -> dict[int, bytes]:
        """The versions of the lookup key held (version -> private key)."""
        prefix = INDEX + "#"
        return {int(n[len(prefix) :]): k for n, k in self.keys.items() if n.startswith(prefix)}

    def lookup_only(self) -> HeldKeys:
        """These keys without the compartments': the lookup key's versions held (open phones)."""
        return HeldKeys({n: k for n, k in self.keys.items() if n.startswith(INDEX + "#")})

    def names(self) -> frozenset[str]:
        return frozenset(self.keys)

    def joined(self, other: HeldKeys) -> HeldKeys:
        return HeldKeys({**self.keys, **other.keys}, self.custodian or other.custodian)


NO_KEYS = HeldKeys()


@dataclass(frozen=True)
class LookupKeys:
    """What the lookup key gives: the key of the phone index's keyed hashes and the key of the
    verifiers (derived for two purposes, so one never stands in for the other)."""

    phone: bytes = field(repr=False)
    verifier: bytes = field(repr=False)
    version: int = INDEX_VERSION
    # The verifier keys of versions 1..version, in order: a verifier of version v is keyed
    # under each in turn (`records.verifiers.keyed_tags`).
    chain: tuple[bytes, ...] = field(default=(), repr=False)

    @classmethod
    def of(cls, private: bytes) -> LookupKeys:
        return cls(
            hkdf(private, salt=None, info=b"seatdesk/phone-index/v1"),
            hkdf(private, salt=None, info=b"seatdesk/verifier/v2"),
        )

    def verifier_chain(self) -> tuple[bytes, ...]:
        return self.chain or (self.verifier,)


def index_holder(role: Role) -> bool:
    """Whether a slot of `role` holds the lookup key: the roles that search customers."""
    return has_permission(role, Permission.SEARCH_CUSTOMERS)


def index_public(db: VaultDb) -> bytes | None:
    found = index_record(db)
    return None if found is None else found[1]


def index_record(db: VaultDb) -> tuple[int, bytes] | None:
    """The vault's lookup key: (version, public half), or None if it has none yet."""
    text = get_meta(db, _INDEX_META)
    if text is None:
        return None
    try:
        record = json.loads(text)
        return int(record.get("version", INDEX_VERSION)), unb64(record["public"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise VaultUnreadable(f"vault damaged (lookup key): {db.path}") from None


def index_version(db: VaultDb) -> int:
    """The lookup key's current version (what writers hash and seal phones under)."""
    found = index_record(db)
    return INDEX_VERSION if found is None else found[0]


def set_index_public(db: VaultDb, version: int, public: bytes) -> None:
    """The vault's lookup key from now on (its hall's; inside the caller's transaction)."""
    set_meta(db, _INDEX_META, json.dumps({"version": version, "public": b64(public)}))


def set_public_keys(db: VaultDb, generation: int, keys: Mapping[str, bytes]) -> None:
    """The compartments' public halves writers seal for (its hall's generation; inside the
    caller's transaction). The lookup key is not among them (`set_index_public`)."""
    publics = {c: b64(k) for c, k in keys.items() if c != INDEX}
    set_meta(db, _META, json.dumps({"generation": generation, "keys": publics}, sort_keys=True))


def new_index_key(
    keyfile: KeyFile, db: VaultDb, roles: Mapping[str, Role], version: int = INDEX_VERSION
) -> bytes:
    """Make the lookup key (of `version`) and seal it to the slots of `roles` that search
    customers and to the recovery slot. The caller saves the key file, then commits `db` (the
    public half)."""
    private, public = new_key_pair()
    name = _name(INDEX, version)
    for staff_id, role in roles.items():
        if index_holder(role):
            _seal_to(keyfile, "staff:" + staff_id, {name: private})
    _seal_to(keyfile, "recovery", {name: private})
    keyfile.section(_SECTION)["index"] = version
    set_meta(db, _INDEX_META, json.dumps({"version": version, "public": b64(public)}))
    return private


def rotate_index(keyfile: KeyFile, db: VaultDb, roles: Mapping[str, Role]) -> int:
    """The next version of the lookup key, sealed to the searching slots of `roles` and to the
    recovery slot; its number. Only in a holder's session (it re-keys the index after:
    `services.index_upkeep`). The caller saves the key file, then commits `db`."""
    version = index_version(db) + 1
    new_index_key(keyfile, db, roles, version)
    return version


@dataclass(frozen=True)
class PublicKeys:
    """What a writer needs: the current generation and each compartment's public key (and the
    lookup key's, as compartment `INDEX`, whose generation is its version)."""

    generation: int
    keys: Mapping[str, bytes] = field(default_factory=dict)
    index_version: int = INDEX_VERSION

    def generation_of(self, compartment: str) -> int:
        return self.index_version if compartment == INDEX else self.generation


def public_keys(db: VaultDb) -> PublicKeys | None:
    text = get_meta(db, _META)
    if text is None:
        return None
    try:
        record = json.loads(text)
        keys = {c: unb64(k) for c, k in record["keys"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise VaultUnreadable(f"vault damaged (compartment keys): {db.path}") from None
    index = index_record(db)
    if index is None:
        return PublicKeys(int(record["generation"]), keys)
    keys[INDEX] = index[1]
    return PublicKeys(int(record["generation"]), keys, index[0])


def _generation(keyfile: KeyFile) -> int:
    return int(keyfile.section(_SECTION).get("generation", 0))


def provisioned(keyfile: KeyFile) -> bool:
    return _generation(keyfile) > 0


@dataclass(frozen=True)
class Generation:
    number: int
    escrow: bytes = field(repr=False)  # the escrow's private key, for a seat's own custody

    @property
    def escrow_name(self) -> str:
        return _name(ESCROW, self.number)


def new_generation(
    keyfile: KeyFile, db: VaultDb, policy: Policy, roles: Mapping[str, Role]
) -> Generation:
    """Make the next generation of every compartment's key pair (the first at init or when a
    vault written before compartments is opened; later ones when an account is disabled) and
    seal each private half to the slots whose role holds it (`roles`: staff ID -> role of the
    slots to serve), to the escrow, and the escrow to the custodians. The caller saves the key
    file, then commits `db` (which gets the public halves)."""
    section = keyfile.section(_SECTION)
    generation = _generation(keyfile) + 1
    escrow_private, escrow_public = new_key_pair()
    escrowed: dict[str, Any] = section.setdefault("escrowed", {})
    publics: dict[str, str] = {}
    privates: dict[str, bytes] = {}
    for compartment in all_compartments(policy):
        private, public = new_key_pair()
        name = _name(compartment, generation)
        privates[name] = private
        publics[compartment] = b64(public)
        escrowed[name] = seal(escrow_public, private, _aad(keyfile.vault_id, ESCROW, name))
    section["generation"] = generation
    section.setdefault("escrow_public", {})[str(generation)] = b64(escrow_public)
    escrow_name = _name(ESCROW, generation)
    for staff_id, role in roles.items():
        wanted = {_name(c, generation) for c in holdings(policy, role)}
        grants = {n: privates[n] for n in wanted}
        if role is Role.SECURITY:
            grants[escrow_name] = escrow_private
        _seal_to(keyfile, "staff:" + staff_id, grants)
    if keyfile.slot_public("recovery") is not None:
        _seal_to(keyfile, "recovery", {escrow_name: escrow_private})
    set_meta(db, _META, json.dumps({"generation": generation, "keys": publics}, sort_keys=True))
    return Generation(generation, escrow_private)


def grant(keyfile: KeyFile, staff_id: str, role: Role, policy: Policy, by: HeldKeys) -> None:
    """Seal to `staff_id`'s slot the compartments of `role` (of every generation), and the escrow
    to a security officer's, from a custodian's keys (`by`)."""
    if not by.custodian:
        raise PermissionError("only a custodian (security officer, recovery key) grants keys")
    wanted = holdings(policy, role)
    grants = {
        name: key
        for name, key in by.keys.items()
        if name.rsplit("#", 1)[0] in wanted
        or (role is Role.SECURITY and name.startswith(ESCROW + "#"))
        or (index_holder(role) and name.startswith(INDEX + "#"))
    }
    _seal_to(keyfile, "staff:" + staff_id, grants)


def _seal_to(keyfile: KeyFile, slot: str, grants: Mapping[str, bytes]) -> None:
    public = keyfile.slot_public(slot)
    if public is None:
        return
    holds = keyfile.holds(slot)
    for name, private in grants.items():
        holds[name] = seal(public, private, _aad(keyfile.vault_id, slot, name))


def open_held(keyfile: KeyFile, unlocked: Unlocked) -> HeldKeys:
    """The compartment keys a slot opened with its secret holds; a custodian's escrow keys open
    every generation's compartments they were made with."""
    keys: dict[str, bytes] = {}
    escrows: list[tuple[str, bytes]] = []
    for name, box in keyfile.holds(unlocked.slot).items():
        private = _open(keyfile, unlocked.private, box, unlocked.slot, name)
        if name.startswith(ESCROW + "#"):
            escrows.append((name, private))
        else:
            keys[name] = private
    return HeldKeys(keys).joined(open_escrows(keyfile, escrows))


def open_escrows(keyfile: KeyFile, escrows: Iterable[tuple[str, bytes]]) -> HeldKeys:
    """Every compartment key the escrow keys ((``escrow#g``, private) pairs) open."""
    keys: dict[str, bytes] = {}
    escrows = list(escrows)
    escrowed = keyfile.section(_SECTION).get("escrowed", {})
    for escrow_name, escrow_private in escrows:
        generation = escrow_name.rsplit("#", 1)[1]
        for name, box in escrowed.items():
            if name.rsplit("#", 1)[1] == generation:
                keys[name] = _open(keyfile, escrow_private, box, ESCROW, name)
        keys[escrow_name] = escrow_private
    return HeldKeys(keys, custodian=bool(escrows))


def _open(keyfile: KeyFile, private: bytes, box: Any, slot: str, name: str) -> bytes:
    try:
        return open_sealed(private, box, _aad(keyfile.vault_id, slot, name))
    except (InvalidTag, KeyError, TypeError, ValueError):
        raise VaultUnreadable(f"key file damaged (key {name} of {slot}): {keyfile.path}") from None


def staff_roles(db: VaultDb, staff_ids: Iterable[str]) -> dict[str, Role]:
    """The roles of these accounts, as the vault records them (enabled accounts only)."""
    wanted = set(staff_ids)
    rows = db.execute("SELECT staff_id, role FROM staff WHERE disabled = 0")
    return {str(r[0]): Role(str(r[1])) for r in rows if str(r[0]) in wanted}
