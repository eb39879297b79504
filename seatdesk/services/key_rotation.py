"""Rotation of the keys a disabled account held, on a seat without a hall (DESIGN §3, issue 15).

Disabling an account (or changing its role) must leave an old copy of its slot opening nothing
written afterwards. New key pairs are made only in the session of someone who may hold them:

- the **compartment keys** (a new generation, `compartment_keys.new_generation`) in a
  custodian's session (a security officer, the recovery key), which holds every generation
  through the escrow;
- the **lookup key** (a new version, `compartment_keys.rotate_index`) in a session of one of
  its holders (`compartment_upkeep._holds_index`: the roles that search, the recovery key).

The admin, who disables accounts, is neither: their `user disable` removes the slot and marks
the rotation *due* (meta `rotation_due`, audited with the disable); the next such sign-in makes
the keys (`rotate_due`). What was written between the disable and that sign-in is sealed for the
old generation and version, which the old slot opens: the custodian's rotation then reseals
every customer's values under the new generation (`compartment_upkeep.upkeep`, the tier-change
reseal), and the holder's re-keys the whole phone index, every row's phones and every verifier
under the new version (`rekey_index`), so nothing written after the disable stays open to the old
slot once both have run. docs/threat-model.md says what the old slot recovers in between.
"""

from __future__ import annotations

import json

from seatdesk.audit.log import AuditLog, JsonValue
from seatdesk.policy.model import Policy
from seatdesk.records.customers import replace_phones
from seatdesk.records.phone_column import parse_phones
from seatdesk.records.verifiers import (
    INNER_LENGTH,
    KEYED_LENGTH,
    keyed_tags,
    keyed_version,
    rekeyed,
)
from seatdesk.services.compartment_upkeep import (
    current_lookup,
    note_tier_changes,
    row_sealer,
)
from seatdesk.vault.compartment_keys import (
    HALL_BASE,
    HeldKeys,
    index_public,
    index_record,
    new_generation,
    open_held,
    rotate_index,
    set_index_public,
    staff_roles,
)
from seatdesk.vault.compartment_keys import INDEX as INDEX_KEY
from seatdesk.vault.db import VaultDb
from seatdesk.vault.hall_compartments import HallRecord
from seatdesk.vault.keyslots import KeyFile, Unlocked
from seatdesk.vault.schema import get_meta, set_meta
from seatdesk.vault.value_seal import ValueOpener

CHUNK = 5000  # customers re-keyed per write transaction
COMPARTMENTS = "compartments"
INDEX = "index"
_DUE = "rotation_due"  # meta: what a custodian's / holder's sign-in must rotate (JSON list)
_REKEY = "index_rekey"  # meta: the index's re-key under a new version, where it has got to


def due(db: VaultDb) -> set[str]:
    """What is waiting to be rotated (`COMPARTMENTS`, `INDEX`)."""
    return set(json.loads(get_meta(db, _DUE) or "[]"))


def _set_due(db: VaultDb, wanted: set[str]) -> None:
    set_meta(db, _DUE, json.dumps(sorted(wanted)))


def rotate_or_mark(
    keyfile: KeyFile, db: VaultDb, policy: Policy, held: HeldKeys, *, lookup: bool = True
) -> dict[str, JsonValue]:
    """In the caller's transaction, after a slot was removed or changed: a custodian's session
    makes the new compartment generation at once; any other (the admin's) marks it due. The
    lookup key, if the slot held it (`lookup`), is marked due (its re-key runs at a holder's
    sign-in, in chunks). What to audit with the change is returned; the caller saves the key
    file."""
    wanted = due(db)
    if lookup and index_public(db) is not None:
        wanted.add(INDEX)
    detail: dict[str, JsonValue] = {}
    if held.custodian:
        generation = new_generation(keyfile, db, policy, staff_roles(db, keyfile.staff_ids()))
        detail["compartment_keys"] = generation.number
    else:
        wanted.add(COMPARTMENTS)
    _set_due(db, wanted)
    detail["rotation_due"] = sorted(wanted)
    return detail


def rotate_due(
    db: VaultDb,
    keyfile: KeyFile,
    audit: AuditLog,
    policy: Policy,
    unlocked: Unlocked | None,
    held: HeldKeys,
    staff_id: str,
) -> HeldKeys:
    """At a sign-in on a seat without a hall: make what is due that this session may make, and
    return its keys with the new ones."""
    wanted = due(db)
    if keyfile.hall is not None or unlocked is None or not wanted:
        return held
    roles = staff_roles(db, keyfile.staff_ids())
    changed = False
    if COMPARTMENTS in wanted and held.custodian:
        with db.transaction():
            generation = new_generation(keyfile, db, policy, roles)
            note_tier_changes(db)  # the upkeep reseals every value under the new generation
            wanted.discard(COMPARTMENTS)
            _set_due(db, wanted)
            audit.append(
                staff_id, "vault.keys_rotated", detail={"compartment_keys": generation.number}
            )
            keyfile.save()
        changed = True
    if INDEX in wanted and current_lookup(db, held) is not None:
        with db.transaction():
            version = rotate_index(keyfile, db, roles)
            set_meta(db, _REKEY, json.dumps({"version": version, "last": 0}))
            wanted.discard(INDEX)
            _set_due(db, wanted)
            audit.append(staff_id, "vault.index_rotated", detail={"index_key": version})
            keyfile.save()
        changed = True
    return open_held(keyfile, unlocked) if changed else held


def follow_hall_index(
    db: VaultDb, audit: AuditLog, held: HeldKeys, record: HallRecord | None, staff_id: str
) -> None:
    """At the sign-in of a holder of its hall's newer lookup key version (an account that held
    the one before left), an enrolled seat keyed under an older hall version starts the re-key
    (`rekey_index`, which this sign-in runs next): until then writers and searches stay on the
    older version."""
    found = index_record(db)
    if record is None or found is None or INDEX_KEY not in record.keys:
        return
    version = found[0]
    if not HALL_BASE < version < record.index_version or get_meta(db, _REKEY) is not None:
        return
    if held.lookup(record.index_version) is None:
        return  # not a holder of the new version (with its chain): a holder's sign-in does it
    with db.transaction():
        set_index_public(db, record.index_version, record.keys[INDEX_KEY])
        set_meta(db, _REKEY, json.dumps({"version": record.index_version, "last": 0}))
        audit.append(staff_id, "vault.index_rotated", detail={"index_key": record.index_version})


def rekey_index(
    db: VaultDb, audit: AuditLog, policy: Policy, held: HeldKeys, staff_id: str
) -> None:
    """Re-key the phone index, the rows' phones and the verifiers under the lookup key's new
    version, a chunk of customers a transaction (where it has got to is kept: an interrupted
    re-key goes on at the next holder's sign-in; until then the customers after it are not
    found by phone); audited with counts when done."""
    text = get_meta(db, _REKEY)
    lookup = current_lookup(db, held)
    if text is None or lookup is None:
        return
    state = json.loads(text)
    sealer = row_sealer(db, policy, held)
    opener = ValueOpener(db, get_meta(db, "vault_id") or "", held.lookup_only())
    chain = lookup.verifier_chain()
    last, customers = int(state.get("last", 0)), int(state.get("customers", 0))
    numbers = int(state.get("numbers", 0))
    while True:
        rows = db.execute(
            "SELECT id, customer_no, phones, verifiers FROM customers WHERE id > ? "
            "ORDER BY id LIMIT ?",
            (last, CHUNK),
        )
        if not rows:
            break
        phones: list[tuple[int, list[tuple[str, str]]]] = []
        verifiers: list[tuple[bytes, int]] = []
        for customer_id, customer_no, sealed, tags in rows:
            clear = None if sealed is None else opener.open(sealed, str(customer_no), "phones")
            if clear is not None:
                mobiles, landlines = parse_phones(clear)
                pairs = [(m, "mobile") for m in mobiles] + [(n, "landline") for n in landlines]
                phones.append((int(customer_id), pairs))
                numbers += len(pairs)
            keyed = _rekeyed(opener, chain, str(customer_no), tags)
            if keyed is not None:
                verifiers.append((keyed, int(customer_id)))
        last = int(rows[-1][0])
        customers += len(rows)
        with db.transaction():
            replace_phones(db, phones, sealer)
            db.executemany("UPDATE customers SET verifiers = ? WHERE id = ?", verifiers)
            state.update(last=last, customers=customers, numbers=numbers)
            set_meta(db, _REKEY, json.dumps(state))
    with db.transaction():
        db.execute("DELETE FROM meta WHERE key = ?", (_REKEY,))
        audit.append(
            staff_id,
            "vault.index_rekeyed",
            detail={"index_key": lookup.version, "customers": customers, "numbers": numbers},
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no page keyed under the old version stays


def _rekeyed(
    opener: ValueOpener, chain: tuple[bytes, ...], customer_no: str, tags: object
) -> bytes | None:
    """A row's verifiers keyed up to the current version (None: nothing to change)."""
    if not isinstance(tags, bytes):
        return None
    version = keyed_version(tags)
    if version is not None:
        return None if version >= len(chain) else rekeyed(chain, tags)
    if len(tags) == KEYED_LENGTH:
        return None
    if len(tags) != INNER_LENGTH:  # the inner tags a blind writer sealed for the lookup key
        text = opener.open(tags, customer_no, "verifiers")
        if text is None:
            return None
        tags = bytes.fromhex(text)
    return keyed_tags(chain, tags)
