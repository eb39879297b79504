"""What a sign-in does for the compartments (DESIGN §3): opens the keys the person's slot holds,
makes the compartment keys of a vault that has none yet (a vault written before compartments, or
a tier the policy added), seals the values such a vault still keeps in clear, and, when the
person is a custodian, recomputes the masked forms made under other masking rules and moves the
values of customers whose tier changed to their new compartment."""

from __future__ import annotations

import dataclasses
import json
from base64 import b64decode, b64encode
from collections.abc import Sequence

from seatdesk.audit.log import AuditLog
from seatdesk.policy.compartments import all_compartments, mask_digest
from seatdesk.policy.model import Policy
from seatdesk.policy.roles import Role
from seatdesk.records.customers import IMPORTED_COLUMNS, mark_pending
from seatdesk.records.phone_index import PhoneIndex
from seatdesk.records.sealed_rows import SEALED_COLUMNS, RowSealer, SealingPlan, sealing_plan
from seatdesk.records.verifiers import VerifierKeys
from seatdesk.vault.compartment_keys import (
    ESCROW,
    INDEX,
    INDEX_VERSION,
    NO_KEYS,
    HeldKeys,
    LookupKeys,
    PublicKeys,
    grant,
    index_holder,
    index_public,
    index_version,
    lineage_start,
    new_generation,
    new_index_key,
    open_escrows,
    open_held,
    public_keys,
    staff_roles,
)
from seatdesk.vault.db import VaultDb
from seatdesk.vault.hall_compartments import HallRecord
from seatdesk.vault.keyslots import KeyFile, Unlocked
from seatdesk.vault.schema import IMPORT_HASH_TRIGGER, get_meta, set_meta
from seatdesk.vault.store import verifier_key
from seatdesk.vault.value_seal import SealWriter, ValueOpener, draw_keys

CHUNK = 5000  # customers sealed or refreshed per write transaction
SEAT_ESCROW = "seat_escrow"  # meta: an enrolled seat's own custody (see `held_keys`)
_MASK_POLICY = "mask_policy"  # meta: the masking rules every stored mask was made under
_RESEAL_DUE = "reseal_due"  # meta: a tier changed; values may sit in the old compartment
_INDEX_NAME = f"{INDEX}#{INDEX_VERSION}"  # the lookup key as a slot holds it
_ALL_SEALED = "all_sealed"  # meta: no row written before compartments is left in clear
HALL_KEYS = "hall_keys"  # meta: the seat uses its hall's keys only (its custody is gone)


def row_sealer(db: VaultDb, policy: Policy, held: HeldKeys = NO_KEYS) -> RowSealer:
    """The sealer of writes to the customers (an import, a change set, the upkeep) by a
    session holding `held` (the lookup key among them indexes the phones, keys the verifiers)."""
    plan, publics = _plan(db, policy, held)
    return RowSealer(plan, SealWriter(db, plan.vault_id, publics))


def reader_plan(db: VaultDb, policy: Policy, held: HeldKeys = NO_KEYS) -> SealingPlan:
    """The sealing of an import's new rows in its reader (process), under write keys drawn for
    it (their rows are written with the import's: `value_seal.insert_drawn`)."""
    plan, publics = _plan(db, policy, held)
    return dataclasses.replace(plan, drawn=draw_keys(plan.vault_id, publics))


def _plan(db: VaultDb, policy: Policy, held: HeldKeys) -> tuple[SealingPlan, PublicKeys]:
    publics = public_keys(db)
    vault_id = get_meta(db, "vault_id")
    if publics is None or vault_id is None:
        raise RuntimeError("the vault has no compartment keys yet (sign in once to make them)")
    lookup = current_lookup(db, held)
    plan = sealing_plan(
        policy, vault_id, verifier_key(db), IMPORTED_COLUMNS, phone_index(db, held),
        None if lookup is None else lookup.verifier_chain(),
    )  # fmt: skip
    return plan, publics


def current_lookup(db: VaultDb, held: HeldKeys) -> LookupKeys | None:
    """The keys of the lookup key's current version, if `held` has it (a session holding only
    an earlier version writes as one without it: blind)."""
    return held.lookup(index_version(db))


def phone_index(db: VaultDb, held: HeldKeys) -> PhoneIndex:
    """How a session holding `held` writes and searches the phone index."""
    lookup = current_lookup(db, held)
    return PhoneIndex(
        index_public(db) is not None,
        None if lookup is None else lookup.phone,
        INDEX_VERSION if lookup is None else lookup.version,
    )


def verifier_keys(db: VaultDb, held: HeldKeys) -> VerifierKeys:
    """The keys a session holding `held` checks verifiers with."""
    lookup = current_lookup(db, held)
    return VerifierKeys(verifier_key(db), None if lookup is None else lookup.verifier_chain())


def verifier_keys_by_lineage(db: VaultDb, held: HeldKeys) -> list[tuple[int, VerifierKeys]]:
    """Per lineage of the lookup key `held` has (the seat's own, its hall's), the first version
    and the keys of its chain up to the newest version held: what a seat checks a spoken answer
    with against a tag made under any of them (`services.hall_verify`)."""
    out = []
    newest: dict[int, int] = {}
    for version in held.index_versions():
        start = lineage_start(version)
        newest[start] = max(version, newest.get(start, 0))
    for start, version in sorted(newest.items()):
        lookup = held.lookup(version)
        if lookup is not None:
            out.append((start, VerifierKeys(verifier_key(db), lookup.verifier_chain())))
    return out


def blind_opener(db: VaultDb) -> ValueOpener:
    """An opener with no compartment keys: for a writer without a person (the hall worker
    applying a change set), which compares what it cannot open as changed and writes it again.
    On an enrolled seat it has the lookup key the seat keeps in its custody (see `held_keys`),
    so what it writes is found by phone at once."""
    custody = json.loads(get_meta(db, SEAT_ESCROW) or "{}")
    key = custody.get(_INDEX_NAME)
    held = NO_KEYS if key is None else HeldKeys({_INDEX_NAME: b64decode(key)})
    return ValueOpener(db, get_meta(db, "vault_id") or "", held)


def open_slot_keys(keyfile: KeyFile, unlocked: Unlocked) -> HeldKeys:
    return open_held(keyfile, unlocked)


def held_keys(
    db: VaultDb,
    keyfile: KeyFile,
    unlocked: Unlocked | None,
    policy: Policy,
    hall: tuple[HeldKeys, HallRecord | None] | None = None,
) -> HeldKeys:
    """The keys of this sign-in, after making the vault's compartment keys if it has none.

    On a seat enrolled with a hall, `hall` is what the account's boxes in the hall's directory
    open and the hall's current generation (`services.hall_compartments`): the vault's public
    keys follow that generation, and once a custodian's session has moved the seat's values
    into it (`migrate_custody`) that is all a sign-in holds. Until then the seat keeps its own
    custody (its escrow keys) inside the vault, so every account of the hall opens every
    compartment there (a known limit, docs/threat-model.md)."""
    if keyfile.hall is not None and hall is not None and hall[1] is not None:
        from seatdesk.services.custody_move import follow_hall  # it builds on this module

        follow_hall(db, hall[1])
    _provision(db, keyfile, policy)
    if keyfile.hall is not None:
        if get_meta(db, HALL_KEYS) is not None:
            return NO_KEYS if hall is None else hall[0]
        if get_meta(db, SEAT_ESCROW) is None:
            keep_seat_custody(db, keyfile, policy, NO_KEYS)
        custody = {
            n: b64decode(k) for n, k in json.loads(get_meta(db, SEAT_ESCROW) or "{}").items()
        }
        mine = NO_KEYS if unlocked is None else open_held(keyfile, unlocked)
        if index_public(db) is None:  # the seat keeps its lookup key with its custody
            with db.transaction():
                custody[_INDEX_NAME] = new_index_key(keyfile, db, {})
                _keep(db, custody)
                keyfile.save()
        elif _INDEX_NAME not in custody and _INDEX_NAME in mine.keys:  # the recovery key's
            with db.transaction():
                custody[_INDEX_NAME] = mine.keys[_INDEX_NAME]
                _keep(db, custody)
        seat = open_escrows(keyfile, [(n, k) for n, k in custody.items() if n != _INDEX_NAME])
        if _INDEX_NAME in custody:
            seat = seat.joined(HeldKeys({_INDEX_NAME: custody[_INDEX_NAME]}))
        if hall is not None:  # the seat's index stays under its own lookup key until moved
            # (the vault's current version says which one its writers and searches use:
            # `current_lookup`); the hall's is held too, for the hall's 一类 tags made at a
            # seat already moved (`services.hall_verify`)
            seat = seat.joined(hall[0])
        return seat.joined(mine)
    if unlocked is None:
        return NO_KEYS
    if index_public(db) is None and _holds_index(db, unlocked):
        roles = staff_roles(db, keyfile.staff_ids())
        with db.transaction():
            new_index_key(keyfile, db, roles)
            keyfile.save()
    return open_held(keyfile, unlocked)


def _holds_index(db: VaultDb, unlocked: Unlocked) -> bool:
    """Whether the slot signing in is one the lookup key is sealed to (recovery, or a role that
    searches customers): the lookup key of a vault that has none is made only in such a
    session, never in the admin's."""
    if unlocked.slot == "recovery":
        return True
    staff_id = unlocked.slot.removeprefix("staff:")
    role = staff_roles(db, [staff_id]).get(staff_id)
    return role is not None and index_holder(role)


def _keep(db: VaultDb, custody: dict[str, bytes]) -> None:
    text = json.dumps({n: b64encode(k).decode("ascii") for n, k in custody.items()}, sort_keys=True)
    set_meta(db, SEAT_ESCROW, text)


def keep_seat_custody(db: VaultDb, keyfile: KeyFile, policy: Policy, custodian: HeldKeys) -> bool:
    """A seat joining a hall's directory keeps its own custody in the vault (see `held_keys`):
    the escrow keys of a custodian present at the join (the recovery key), so the customers
    sealed before stay readable there; without one, a new generation whose escrow it keeps
    (values sealed before open only with the recovery key). True if the custody is whole."""
    escrows = {
        n: k for n, k in custodian.keys.items() if n.startswith(ESCROW + "#") or n == _INDEX_NAME
    }
    with db.transaction():
        if not any(n.startswith(ESCROW + "#") for n in escrows):
            generation = new_generation(keyfile, db, policy, {})
            escrows[generation.escrow_name] = generation.escrow
            keyfile.save()
        _keep(db, escrows)
    return bool(custodian.custodian)


def _provision(db: VaultDb, keyfile: KeyFile, policy: Policy) -> None:
    publics = public_keys(db)
    if publics is not None and set(all_compartments(policy)) <= set(publics.keys):
        return
    roles = staff_roles(db, keyfile.staff_ids())
    with db.transaction():
        generation = new_generation(keyfile, db, policy, roles)
        if keyfile.hall is not None and get_meta(db, SEAT_ESCROW) is not None:
            escrows = json.loads(get_meta(db, SEAT_ESCROW) or "{}")
            escrows[generation.escrow_name] = b64encode(generation.escrow).decode("ascii")
            set_meta(db, SEAT_ESCROW, json.dumps(escrows, sort_keys=True))
        if publics is None and get_meta(db, _MASK_POLICY) is None:
            set_meta(db, _MASK_POLICY, mask_digest(policy))
            if not db.execute("SELECT 1 FROM customers LIMIT 1"):
                set_meta(db, _ALL_SEALED, "1")  # a new vault: nothing to seal, ever
        keyfile.save()


def provision_new_vault(db: VaultDb, keyfile: KeyFile, policy: Policy) -> None:
    """At init: the first generation, held by the vault's only accounts (admin, recovery), and
    the lookup key, held by the recovery slot only (custodians grant it)."""
    _provision(db, keyfile, policy)
    with db.transaction():
        new_index_key(keyfile, db, {})
        keyfile.save()


def regrant(
    db: VaultDb, keyfile: KeyFile, policy: Policy, staff_id: str, custodian: Unlocked
) -> None:
    """Give `staff_id`'s new slot its role's compartments from a custodian's slot (the recovery
    key at a recovery sign-in). The caller saves the key file."""
    roles = staff_roles(db, [staff_id])
    held = open_held(keyfile, custodian)
    if staff_id in roles and held.custodian:
        grant(keyfile, staff_id, roles[staff_id], policy, held)


def grant_role(
    keyfile: KeyFile, staff_id: str, role: Role, policy: Policy, custodian: HeldKeys
) -> bool:
    """Seal `role`'s compartments to `staff_id`'s slot if `custodian` may grant them; False if
    not (the account then opens masked forms only). The caller saves the key file."""
    if not custodian.custodian:
        return False
    grant(keyfile, staff_id, role, policy, custodian)
    return True


def upkeep(
    db: VaultDb,
    keyfile: KeyFile,
    audit: AuditLog,
    policy: Policy,
    held: HeldKeys,
    staff_id: str,
) -> None:
    """Seal what is still clear (anyone signed in can: sealing needs only public keys); with a
    custodian's keys, refresh masks made under other rules and values in a past compartment."""
    sealer = row_sealer(db, policy, held)
    if get_meta(db, _ALL_SEALED) != "1":
        sealed = rewrite_customers(db, sealer, None, "masks IS NULL")
        with db.transaction():
            set_meta(db, _ALL_SEALED, "1")
            audit.append(staff_id, "vault.compartments", detail={"sealed": sealed})
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no page with a clear value stays in WAL
    digest = mask_digest(policy)
    stale = get_meta(db, _MASK_POLICY) != digest or get_meta(db, _RESEAL_DUE) == "1"
    if not stale or not held.custodian:
        return
    opener = ValueOpener(db, keyfile.vault_id, held)
    refreshed = rewrite_customers(db, sealer, opener, "1")
    with db.transaction():
        set_meta(db, _MASK_POLICY, digest)
        set_meta(db, _RESEAL_DUE, "0")
        audit.append(
            staff_id, "vault.masks_refreshed", detail={"customers": refreshed, "masks": digest}
        )


def note_tier_changes(db: VaultDb) -> None:
    """A tier was lowered outside an import (its period ran out): the next custodian's sign-in
    moves the values to the new tier's compartment."""
    set_meta(db, _RESEAL_DUE, "1")


def rewrite_customers(
    db: VaultDb, sealer: RowSealer, opener: ValueOpener | None, where: str
) -> int:
    """Store again, sealed and masked under the policy in force, the customers `where` picks:
    their values as stored (in clear before compartments: `opener` None) or as opened."""
    columns = ", ".join(IMPORTED_COLUMNS)
    done, last = 0, 0
    while True:
        rows = db.execute(
            f"SELECT id, {columns} FROM customers WHERE id > ? AND {where} ORDER BY id LIMIT ?",
            (last, CHUNK),
        )
        if not rows:
            return done
        with db.transaction():
            db.execute("DROP TRIGGER customers_import_hash_stale")  # the values stay the same
            params = [_params(sealer, opener, row) for row in rows]
            db.executemany(_UPDATE, [p for p in params if p is not None])
            db.execute(IMPORT_HASH_TRIGGER)
            mark_pending(db, [row[0] for row in rows], sealer)
        done += sum(p is not None for p in params)
        last = int(rows[-1][0])


_UPDATE = (
    "UPDATE customers SET "
    + ", ".join(f"{c} = ?" for c in (*SEALED_COLUMNS, "masks", "name_mask", "verifiers"))
    + " WHERE id = ?"
)
_INDEX = {name: n for n, name in enumerate(IMPORTED_COLUMNS)}


def _params(
    sealer: RowSealer, opener: ValueOpener | None, row: Sequence[object]
) -> list[object] | None:
    """The UPDATE's parameters; None (left as it is) if a value does not open."""
    values = list(row[1:])
    if opener is not None:
        customer_no = str(values[0])
        for name in SEALED_COLUMNS:
            index = _INDEX[name]
            if values[index] is not None:
                values[index] = opener.open(values[index], customer_no, name)
                if values[index] is None:
                    return None
    stored = sealer.stored(values)
    return [
        *(stored[_INDEX[name]] for name in SEALED_COLUMNS),
        *stored[len(IMPORTED_COLUMNS) :],
        row[0],
    ]
