"""An enrolled seat moves to its hall's compartment keys (issue 15, docs/hall-directory.md).

Writers follow the hall's current generation (its public halves, signed by the hall) as soon as
the seat knows it; the values a seat enrolled before sealed for its own generations, and its
phone index keyed under its own lookup key, move at the first custodian's session there, after
which the seat's own custody (its escrow keys in the vault) is deleted.
"""

from __future__ import annotations

from seatdesk.audit.log import AuditLog
from seatdesk.policy.model import Policy
from seatdesk.records.customers import replace_phones, sealed_phones_after
from seatdesk.records.phone_column import parse_phones
from seatdesk.records.sealed_rows import RowSealer
from seatdesk.services.compartment_upkeep import (
    CHUNK,
    HALL_KEYS,
    SEAT_ESCROW,
    rewrite_customers,
    row_sealer,
)
from seatdesk.vault.compartment_keys import (
    HALL_BASE,
    INDEX,
    HeldKeys,
    public_keys,
    set_index_public,
    set_public_keys,
)
from seatdesk.vault.db import VaultDb
from seatdesk.vault.hall_compartments import HallRecord
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.schema import get_meta, set_meta
from seatdesk.vault.value_seal import ValueOpener


def follow_hall(db: VaultDb, record: HallRecord) -> None:
    """Writers on an enrolled seat seal for its hall's current generation (anyone's session,
    and the hall worker at the hall's news, may switch: only public halves the hall signed);
    the lookup key follows once the seat uses the hall's keys only, but not from one hall
    version to a newer one: the index is keyed under the older until a holder's sign-in
    re-keys it (`key_rotation.follow_hall_index`)."""
    publics = public_keys(db)
    with db.transaction():
        if publics is None or publics.generation < record.number:
            set_public_keys(db, record.number, record.keys)
        moved = get_meta(db, HALL_KEYS) is not None and INDEX in record.keys
        behind = publics is None or publics.index_version <= HALL_BASE
        if moved and behind and (publics is None or publics.index_version != record.index_version):
            set_index_public(db, record.index_version, record.keys[INDEX])


def migrate_custody(
    db: VaultDb,
    keyfile: KeyFile,
    audit: AuditLog,
    policy: Policy,
    held: HeldKeys,
    hall: tuple[HeldKeys, HallRecord | None] | None,
    staff_id: str,
) -> HeldKeys:
    """A custodian's session at a seat enrolled before the hall had compartment keys: the
    values of the seat's own generations are sealed again for the hall's current generation,
    the phone index and the verifiers keyed again under the hall's lookup key, and the seat's
    custody deleted (audited). Returns the keys the session holds afterwards (`held` when there
    is nothing to do, or it cannot be done by this session)."""
    if keyfile.hall is None or hall is None or hall[1] is None or not hall[0].custodian:
        return held
    mine, record = hall[0], hall[1]
    if get_meta(db, SEAT_ESCROW) is None or f"{INDEX}#{record.index_version}" not in mine.keys:
        return held
    opener = ValueOpener(db, keyfile.vault_id, held.joined(mine))  # the seat's and the hall's
    with db.transaction():
        set_public_keys(db, record.number, record.keys)
        set_index_public(db, record.index_version, record.keys[INDEX])
    sealer = row_sealer(db, policy, mine)
    moved = rewrite_customers(db, sealer, opener, "1")
    left = db.scalar("SELECT count(*) FROM customers") - moved
    _move_phones(db, sealer, opener)
    with db.transaction():
        if left == 0:
            db.execute("DELETE FROM meta WHERE key = ?", (SEAT_ESCROW,))
            set_meta(db, HALL_KEYS, str(record.generation))
        audit.append(
            staff_id,
            "vault.custody_moved",
            outcome="ok" if left == 0 else "partial",
            detail={"customers": moved, "left": left, "hall_generation": record.generation},
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return mine if left == 0 else held.joined(mine)


def _move_phones(db: VaultDb, sealer: RowSealer, opener: ValueOpener) -> None:
    """Every customer's phones sealed for the vault's lookup key now, and indexed under it."""
    last = 0
    while True:
        rows = sealed_phones_after(db, last, CHUNK)
        if not rows:
            return
        phones = []
        for customer_id, customer_no, sealed in rows:
            text = opener.open(sealed, customer_no, "phones")
            if text is None and sealed is not None:
                continue  # not opened here: left as it is (the custody then stays too)
            mobiles, landlines = parse_phones(text)
            pairs = [(m, "mobile") for m in mobiles] + [(n, "landline") for n in landlines]
            phones.append((customer_id, pairs))
        with db.transaction():
            replace_phones(db, phones, sealer)
        last = rows[-1][0]
