"""What a holder's sign-in does for the phone index (issue 15, `records.phone_index`): hashes
under the lookup key the numbers a vault written before it keeps in clear and keys its verifiers
(`records.verifiers`; the first holder's sign-in after the v13 migration, as v10's rows were
sealed by the first session), and completes the customers a writer without the lookup key left
pending (the admin's blind import): indexes their sealed phones, keys their sealed verifiers."""

from __future__ import annotations

from seatdesk.audit.log import AuditLog
from seatdesk.records.customers import PHONE_INSERT, insert_values, key_index_rows
from seatdesk.records.phone_column import parse_phones
from seatdesk.records.phone_index import PhoneIndex
from seatdesk.records.verifiers import INNER_LENGTH, KEYED_LENGTH, keyed_tags
from seatdesk.services.compartment_upkeep import current_lookup
from seatdesk.vault.compartment_keys import INDEX, HeldKeys, public_keys
from seatdesk.vault.db import VaultDb
from seatdesk.vault.schema import get_meta, set_meta
from seatdesk.vault.value_seal import SealWriter, ValueOpener

CHUNK = 5000  # customers a write transaction keys or indexes
_KEYED = "phone_index_keyed"  # meta: no number is left in clear in the index or a row


def index_upkeep(db: VaultDb, audit: AuditLog, held: HeldKeys, staff_id: str) -> None:
    """Key what is still in clear and index what is pending, if `held` has the lookup key."""
    lookup = current_lookup(db, held)
    publics = public_keys(db)
    vault_id = get_meta(db, "vault_id") or ""
    if lookup is None or publics is None or INDEX not in publics.keys:
        return
    index = PhoneIndex(True, lookup.phone, lookup.version)
    keyed = 0
    if get_meta(db, _KEYED) != "1":
        keyed = _key_clear(db, index, lookup.verifier_chain(), SealWriter(db, vault_id, publics))
        with db.transaction():
            set_meta(db, _KEYED, "1")
    opener = ValueOpener(db, vault_id, held.lookup_only())
    indexed = _index_pending(db, index, lookup.verifier_chain(), opener)
    if keyed or indexed:
        with db.transaction():
            audit.append(staff_id, "vault.phone_index", detail={"keyed": keyed, "indexed": indexed})
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no page with a clear number stays in WAL


def mark_keyed(db: VaultDb) -> None:
    """A new vault: nothing in its index was ever in clear (inside the caller's transaction)."""
    set_meta(db, _KEYED, "1")


def _key_clear(db: VaultDb, index: PhoneIndex, outer: tuple[bytes, ...], writer: SealWriter) -> int:
    """Hash the clear numbers of the index, seal the clear phones of the rows and key their
    inner verifiers, a chunk of customers a transaction; returns how many customers changed."""
    done, last = 0, 0
    while True:
        rows = db.execute(
            "SELECT id, customer_no, phones, verifiers FROM customers WHERE id > ? "
            "ORDER BY id LIMIT ?",
            (last, CHUNK),
        )
        if not rows:
            return done
        last = int(rows[-1][0])
        clear = [(int(r[0]), str(r[1]), r[2]) for r in rows if isinstance(r[2], str) and r[2]]
        inner = [(int(r[0]), bytes(r[3])) for r in rows if _inner(r[3])]
        with db.transaction():
            key_index_rows(db, index, [r[0] for r in rows])
            db.executemany(
                "UPDATE customers SET phones = ? WHERE id = ?",
                [(writer.seal(INDEX, no, "phones", str(text)), i) for i, no, text in clear],
            )
            db.executemany(
                "UPDATE customers SET verifiers = ? WHERE id = ?",
                [(keyed_tags(outer, tags), i) for i, tags in inner],
            )
        done += len({i for i, _, _ in clear} | {i for i, _ in inner})


def _inner(verifiers: object) -> bool:
    """Inner tags only (a vault before v13)."""
    return isinstance(verifiers, bytes) and len(verifiers) == INNER_LENGTH


def _index_pending(
    db: VaultDb, index: PhoneIndex, outer: tuple[bytes, ...], opener: ValueOpener
) -> int:
    """Index the pending customers from their sealed phones and key their verifiers from the
    sealed inner tags; returns how many."""
    done = 0
    while True:
        rows = db.execute(
            # CROSS JOIN: the pending rows lead (none: no customer page is read at sign-in)
            "SELECT c.id, c.customer_no, c.phones, c.verifiers FROM index_pending p "
            "CROSS JOIN customers c ON c.id = p.customer_id ORDER BY p.customer_id LIMIT ?",
            (CHUNK,),
        )
        if not rows:
            return done
        values: list[object] = []
        verifiers: list[tuple[bytes, int]] = []
        for customer_id, customer_no, phones, tags in rows:
            mobiles, landlines = parse_phones(opener.open(phones, str(customer_no), "phones"))
            values += [v for m in mobiles for v in (m, int(customer_id), "mobile")]
            values += [v for n in landlines for v in (n, int(customer_id), "landline")]
            inner = _sealed_inner(opener, str(customer_no), tags)
            if inner is not None:
                verifiers.append((keyed_tags(outer, inner), int(customer_id)))
        keyed, _ = index.values(values)
        ids = [int(r[0]) for r in rows]
        with db.transaction():
            insert_values(db, PHONE_INSERT, 3, keyed)
            db.executemany("UPDATE customers SET verifiers = ? WHERE id = ?", verifiers)
            db.execute(
                f"DELETE FROM index_pending WHERE customer_id IN ({', '.join('?' * len(ids))})",
                ids,
            )
        done += len(rows)


def _sealed_inner(opener: ValueOpener, customer_no: str, tags: object) -> bytes | None:
    """The inner verifiers a blind writer sealed (None: already keyed, or none stored)."""
    if not isinstance(tags, bytes) or len(tags) == KEYED_LENGTH:
        return None
    if len(tags) == INNER_LENGTH:
        return tags
    text = opener.open(tags, customer_no, "verifiers")
    return None if text is None else bytes.fromhex(text)
