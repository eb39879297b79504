"""Customer rows in the vault. Only `services` may call the readers: they return clear values."""

from __future__ import annotations

import functools
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from seatdesk.policy.masking import MASK_CHAR
from seatdesk.records.csv_format import CustomerDraft
from seatdesk.records.phone_column import parse_phones, phones_text
from seatdesk.records.phone_index import PENDING_INSERT, PhoneIndex
from seatdesk.records.sealed_rows import (
    EXTRA_COLUMNS,
    MASK_POLICY,
    NAMESAKE,
    SEALED_COLUMNS,
    RowSealer,
    open_values,
    parse_masks,
)
from seatdesk.vault.db import VaultDb
from seatdesk.vault.value_seal import ValueOpener

_SELECT = (
    "SELECT id, customer_no, tier, tier_expires, gender, segment, consent, consent_date, "
    "retain_until, name, birth_date, id_type, id_number, email, address, bank_card, notes, "
    "consent_withdrawn_at, masks, verifiers, phones "
    "FROM customers"
)


@dataclass(frozen=True)
class CustomerRow:
    """A customer as the session's keys open it: the protected values its compartments hold in
    clear (so never printed, logged or shown), None for the others (and for what is not stored);
    the masked forms computed at import in `masks`, under the masking rules `mask_policy`."""

    id: int
    customer_no: str
    tier: str
    tier_expires: str | None
    gender: str
    segment: str
    consent: str
    consent_date: str | None
    retain_until: str | None
    name: str | None = field(repr=False)
    birth_date: str | None = field(repr=False)
    id_type: str = field(repr=False)
    id_number: str | None = field(repr=False)
    email: str | None = field(repr=False)
    address: str | None = field(repr=False)
    bank_card: str | None = field(repr=False)
    notes: str | None = field(repr=False)
    consent_withdrawn_at: str | None = None
    mobiles: tuple[str, ...] = field(repr=False, default=())
    landlines: tuple[str, ...] = field(repr=False, default=())
    masks: dict[str, str] = field(repr=False, default_factory=dict)
    verifiers: bytes | None = field(repr=False, default=None)

    @property
    def mask_policy(self) -> str | None:
        """The digest of the masking rules `masks` were computed under."""
        return self.masks.get(MASK_POLICY)

    def clear(self, name: str) -> str | None:
        value = getattr(self, name)
        return None if value is None else str(value)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


CUSTOMER_INSERT = (
    "INSERT INTO customers(id, customer_no, name, gender, birth_date, id_type, id_number, "
    "email, address, bank_card, segment, tier, tier_expires, consent, consent_date, "
    "retain_until, notes, import_batch, created_at, import_hash, phones, masks, name_mask, "
    "verifiers) "
    "VALUES "
)
#: The columns an import writes from the file (after the id), in `CUSTOMER_INSERT`'s order.
IMPORTED_COLUMNS: tuple[str, ...] = (
    *("customer_no", "name", "gender", "birth_date", "id_type", "id_number", "email", "address"),
    *("bank_card", "segment", "tier", "tier_expires", "consent", "consent_date", "retain_until"),
    "notes",
)
_COLUMN_INDEX = {column: n for n, column in enumerate(IMPORTED_COLUMNS)}
# What an import prepares for a new customer: the id, IMPORTED_COLUMNS (clear), the import batch,
# the creation time, the row hash and its phones (`phone_column`); `insert_sealed` stores it with
# EXTRA_COLUMNS.
PREPARED_WIDTH = 1 + len(IMPORTED_COLUMNS) + 4
STORED_WIDTH = PREPARED_WIDTH + len(EXTRA_COLUMNS)  # and as the vault stores it
_TIER_INDEX = _COLUMN_INDEX["tier"]


class Sealed:
    """Stands for a stored value the session's keys do not open: equal to nothing, so an import
    comparing a row it cannot open rewrites that value."""

    def __eq__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "<sealed>"


SEALED = Sealed()


@functools.lru_cache(maxsize=256)
def _update_sql(columns: tuple[str, ...]) -> str:
    """The UPDATE of these imported columns, the masked forms and verifiers (and the row hash; a
    changed tier is stamped): only what changed is set, so the indexes of the others are left
    alone."""
    sets = [f"{column} = ?" for column in (*columns, *EXTRA_COLUMNS)]
    if "tier" in columns:
        sets.append("tier_changed_at = ?")
    return f"UPDATE customers SET {', '.join(sets)}, import_hash = ? WHERE id = ?"


def insert_sealed(db: VaultDb, prepared: Sequence[object], sealer: RowSealer) -> None:
    """Insert new customers (flat `PREPARED_WIDTH` values a row, clear), sealed by `sealer`."""
    insert_values(db, CUSTOMER_INSERT, STORED_WIDTH, sealed_rows(prepared, sealer))


def sealed_rows(prepared: Sequence[object], sealer: RowSealer) -> list[object]:
    """Prepared new customers (flat, `PREPARED_WIDTH` a row, clear) as the vault stores them."""
    values: list[object] = []
    width, columns = PREPARED_WIDTH, len(IMPORTED_COLUMNS)
    for start in range(0, len(prepared), width):
        row = prepared[start : start + width]
        stored = sealer.stored(row[1 : 1 + columns])
        phones = sealer.seal_phones(str(row[1]), str(row[PREPARED_WIDTH - 1]))
        values.extend(
            (row[0], *stored[:columns], *row[1 + columns : -1], phones, *stored[columns:])
        )
    return values


_STORE_HASH = "UPDATE customers SET import_hash = ? WHERE id = ?"
PHONE_INSERT = "INSERT OR IGNORE INTO customer_phones(number, customer_id, kind) VALUES "
# Bound values per statement: SQLite allows 32766 since 3.32 (sqlcipher3 bundles a newer one).
MAX_PARAMETERS = 32000


@functools.lru_cache(maxsize=32)
def _values_sql(head: str, width: int, rows: int) -> str:
    return head + ", ".join(["(" + ", ".join("?" * width) + ")"] * rows)


def insert_values(db: VaultDb, head: str, width: int, values: Sequence[object]) -> None:
    """`head` ("INSERT INTO t(a, b) VALUES ") for flat `values`, `width` to a row, in as few
    statements as possible.

    One statement per many rows instead of one per row: SQLite does the work of a whole
    statement at once (and without Python's GIL), and the statement text is cached.
    """
    step = (MAX_PARAMETERS // width) * width
    for start in range(0, len(values), step):
        chunk = values[start : start + step]
        db.execute(_values_sql(head, width, len(chunk) // width), chunk)


def insert_rows(db: VaultDb, head: str, rows: Sequence[Sequence[object]]) -> None:
    if rows:
        insert_values(db, head, len(rows[0]), [value for row in rows for value in row])


def draft_rows(
    drafts: Sequence[tuple[int, CustomerDraft]],
    first_id: int,
    *,
    batch_id: int,
    created_at: str,
    hash_key: bytes = b"",
) -> tuple[list[tuple[object, ...]], list[tuple[str, int, str]]]:
    """The parameter rows of a new customer (`PREPARED_WIDTH`, clear: `insert_sealed` seals
    them) and of `PHONE_INSERT` for (line, draft) pairs, the customers numbered from
    `first_id` on (the caller holds the write lock, so ids are free); with `hash_key`, each
    with its row hash (so that the first update knows the unchanged rows without opening
    them)."""
    customers: list[tuple[object, ...]] = []
    phones: list[tuple[str, int, str]] = []
    for customer_id, (_, draft) in enumerate(drafts, start=first_id):
        values, pairs = draft_values(draft), draft_phones(draft)
        digest = row_hash(hash_key, values, pairs) if hash_key else None
        customers.append((customer_id, *values, batch_id, created_at, digest, phones_text(pairs)))
        phones.extend((number, customer_id, kind) for number, kind in pairs)
    return customers, phones


def draft_values(draft: CustomerDraft) -> tuple[object, ...]:
    """The values of `IMPORTED_COLUMNS` for a draft, as the vault stores them."""
    return (
        draft.customer_no,
        draft.name,
        draft.gender,
        _iso(draft.birth_date),
        draft.id_type,
        draft.id_number,
        draft.email or None,
        draft.address or None,
        draft.bank_card,
        draft.segment,
        draft.tier,
        _iso(draft.tier_expires),
        ";".join(draft.consent),
        _iso(draft.consent_date),
        _iso(draft.retain_until),
        draft.notes or None,
    )


def row_hash(key: bytes, values: Sequence[object], phones: Iterable[tuple[str, str]]) -> bytes:
    """A keyed hash (HMAC-SHA256, 16 bytes) of a prepared row: its values and phone set. Stored
    with the record it was imported into (under the vault's key, like the record), it lets the
    next import see an unchanged row without fetching and comparing every column; never a hash
    of a protected value without the key."""
    parts = ["\x00" if value is None else str(value) for value in values]
    parts += sorted(f"{kind}:{number}" for number, kind in phones)
    return hmac.digest(key, "\x1f".join(parts).encode("utf-8"), "sha256")[:16]


def draft_phones(draft: CustomerDraft) -> tuple[tuple[str, str], ...]:
    """(number, kind) of a draft's phones: the mobiles (already free of repeats), the landline."""
    phones = tuple((number, "mobile") for number in draft.mobiles)
    return (*phones, (draft.landline, "landline")) if draft.landline else phones


@dataclass(frozen=True, slots=True)
class StoredImport:
    """What an import compares a row with: the stored values of `IMPORTED_COLUMNS` and the
    phone set. Protected values in clear: never printed, logged or shown."""

    id: int
    values: tuple[object, ...] = field(repr=False)
    phones: frozenset[tuple[str, str]] | None = field(repr=False)  # None: not opened


def stored_for_import(
    db: VaultDb, numbers: Sequence[str], opener: ValueOpener
) -> dict[str, StoredImport]:
    """The stored rows of these customer numbers (those the vault has), in one query, the
    protected values and the phones opened with `opener`'s keys (`SEALED`, phones None, where
    they do not open)."""
    if not numbers:
        return {}
    marks = ", ".join("?" * len(numbers))
    rows = db.execute(
        f"SELECT id, {', '.join(IMPORTED_COLUMNS)}, phones FROM customers "
        f"WHERE customer_no IN ({marks})",
        list(numbers),
    )
    if not rows:
        return {}
    return {
        str(r[1]): StoredImport(int(r[0]), _opened(opener, r[1:-1]), _phone_set(opener, r))
        for r in rows
    }


def _phone_set(opener: ValueOpener, row: Sequence[object]) -> frozenset[tuple[str, str]] | None:
    """The stored phone set of a row (`phones` last); None where the keys do not open it."""
    text = opener.open(row[-1], str(row[1]), "phones")
    if text is None:
        return None
    mobiles, landlines = parse_phones(text)
    return frozenset({(m, "mobile") for m in mobiles} | {(n, "landline") for n in landlines})


def _opened(opener: ValueOpener, stored: Sequence[object]) -> tuple[object, ...]:
    values = list(stored)
    customer_no = str(values[0])
    for name in SEALED_COLUMNS:
        index = _COLUMN_INDEX[name]
        blob = values[index]
        if blob is not None:
            clear = opener.open(blob, customer_no, name)
            values[index] = SEALED if clear is None else clear
    return tuple(values)


def stored_hashes(db: VaultDb, numbers: Sequence[str]) -> dict[str, tuple[int, bytes | None]]:
    """(id, stored row hash) of these customer numbers (those the vault has), in one query."""
    if not numbers:
        return {}
    marks = ", ".join("?" * len(numbers))
    rows = db.execute(
        f"SELECT customer_no, id, import_hash FROM customers WHERE customer_no IN ({marks})",
        list(numbers),
    )
    return {str(r[0]): (int(r[1]), None if r[2] is None else bytes(r[2])) for r in rows}


def store_hashes(db: VaultDb, hashes: Sequence[tuple[bytes, int]]) -> None:
    """Store the row hashes ((hash, id) pairs) of rows found equal to the file's."""
    db.executemany(_STORE_HASH, hashes)


Update = tuple[int, tuple[object, ...], bytes | None, tuple[str, ...]]


def update_imported(db: VaultDb, rows: Sequence[Update], *, stamp: str, sealer: RowSealer) -> None:
    """Write the changed imported values of these customers in place ((id, clear values, row
    hash, the columns that changed)), sealed, with masked forms and verifiers made again: the
    id, and with it every reference to the customer, stays. A changed tier is stamped, and moves
    every protected value to the new tier's compartment. One statement per set of columns."""
    groups: dict[tuple[str, ...], list[tuple[object, ...]]] = {}
    for customer_id, values, digest, changed in rows:
        stored = sealer.stored(values)
        columns = changed
        if "tier" in changed:
            columns = tuple(dict.fromkeys((*changed, *SEALED_COLUMNS)))
        params = [stored[_COLUMN_INDEX[column]] for column in columns]
        params.extend(stored[len(IMPORTED_COLUMNS) :])
        if "tier" in columns:
            params.append(stamp)
        groups.setdefault(columns, []).append((*params, digest, customer_id))
    for columns, params_list in groups.items():
        db.executemany(_update_sql(columns), params_list)


def insert_phones(db: VaultDb, values: Sequence[object], index: PhoneIndex) -> None:
    """Index rows for flat (number, customer id, kind) values, as `index` writes them (keyed,
    or the customers marked pending)."""
    keyed, pending = index.values(values)
    insert_values(db, PHONE_INSERT, 3, keyed)
    insert_values(db, PENDING_INSERT, 1, pending)


def mark_pending(db: VaultDb, ids: Sequence[object], sealer: RowSealer) -> None:
    """Customers written by a sealer without the lookup key wait for a holder's sign-in (their
    phones to index, their verifiers to key: `services.index_upkeep`)."""
    if sealer.blind:
        insert_values(db, PENDING_INSERT, 1, list(dict.fromkeys(ids)))


def replace_phones(
    db: VaultDb, phones: Sequence[tuple[int, Sequence[tuple[str, str]]]], sealer: RowSealer
) -> None:
    """The phone sets of these customers ((id, [(number, kind)]) pairs) replace the stored ones."""
    if not phones:
        return
    ids = [customer_id for customer_id, _ in phones]
    numbers: dict[int, str] = {}
    for start in range(0, len(ids), MAX_PARAMETERS):
        chunk = ids[start : start + MAX_PARAMETERS]
        marks = ", ".join("?" * len(chunk))
        for table in ("customer_phones", "index_pending"):
            db.execute(f"DELETE FROM {table} WHERE customer_id IN ({marks})", chunk)
        rows = db.execute(f"SELECT id, customer_no FROM customers WHERE id IN ({marks})", chunk)
        numbers.update((int(r[0]), str(r[1])) for r in rows)
    values = [v for customer_id, pairs in phones for n, k in pairs for v in (n, customer_id, k)]
    insert_phones(db, values, sealer.index)
    db.executemany(
        "UPDATE customers SET phones = ? WHERE id = ?",
        [
            (sealer.seal_phones(numbers[customer_id], phones_text(pairs)), customer_id)
            for customer_id, pairs in phones
        ],
    )


def sealed_phones_after(db: VaultDb, last: int, limit: int) -> list[tuple[int, str, object]]:
    """(id, customer number, sealed phones) of the customers after id `last`, in id order."""
    rows = db.execute(
        "SELECT id, customer_no, phones FROM customers WHERE id > ? ORDER BY id LIMIT ?",
        (last, limit),
    )
    return [(int(r[0]), str(r[1]), r[2]) for r in rows]


def mark_consent_withdrawn(db: VaultDb, ids: Sequence[int], stamp: str) -> None:
    """Consent withdrawn (as `withdraw_consent` records it): due at the next purge."""
    db.executemany(
        "UPDATE customers SET consent_withdrawn_at = ? WHERE id = ? "
        "AND consent_withdrawn_at IS NULL",
        [(stamp, customer_id) for customer_id in ids],
    )


def insert_customers(
    db: VaultDb,
    drafts: Iterable[CustomerDraft],
    *,
    batch_id: int,
    created_at: str,
    sealer: RowSealer,
) -> int:
    """Insert drafts inside the caller's transaction; returns how many were inserted."""
    first_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers")) + 1
    customers, phones = draft_rows(
        [(0, draft) for draft in drafts], first_id, batch_id=batch_id, created_at=created_at
    )
    insert_sealed(db, [value for row in customers for value in row], sealer)
    insert_phones(db, [value for row in phones for value in row], sealer.index)
    mark_pending(db, [row[0] for row in customers], sealer)
    return len(customers)


def customers_version(db: VaultDb) -> tuple[int, int]:
    """What an import planned without the write lock checks, holding it, to know the customers
    are as it compared them: the counter every update and delete of a customer or phone row
    bumps (vault schema v8's triggers) and the highest id (every insert raises it)."""
    row = db.execute(
        "SELECT (SELECT n FROM customers_version), (SELECT coalesce(max(id), 0) FROM customers)"
    )[0]
    return int(row[0]), int(row[1])


def bump_customers_version(db: VaultDb) -> None:
    """For a write no trigger sees (phones inserted for a customer the vault had)."""
    db.execute("UPDATE customers_version SET n = n + 1")


def ids_by_phone(db: VaultDb, probe: str | bytes) -> list[int]:
    """The customers the index holds a number for (`probe`: `PhoneIndex.probe` of it)."""
    rows = db.execute(
        "SELECT customer_id FROM customer_phones WHERE number = ? ORDER BY customer_id", (probe,)
    )
    return [int(row[0]) for row in rows]


def name_prefix_bound(prefix: str) -> str | None:
    """The least string above every string that starts with `prefix`, or None if there is none.

    SQLite compares TEXT (BINARY collation) as UTF-8 bytes, which is code point order, so
    ``prefix <= name < bound`` is exactly "name starts with prefix" and an index range scan.
    """
    chars = list(prefix)
    while chars:
        following = ord(chars.pop()) + 1
        if 0xD800 <= following <= 0xDFFF:  # surrogates are not characters: skip them
            following = 0xE000
        if following <= 0x10FFFF:
            return "".join(chars) + chr(following)
    return None


def ids_by_name_prefix(db: VaultDb, prefix: str, *, limit: int, opener: ValueOpener) -> list[int]:
    """Ids of customers whose name starts with `prefix`, in name order, at most `limit`.

    The vault keeps names sealed; the index `customers_by_name` is on the masked name, which
    keeps the first character under the default policy. One character: a range scan of that
    index. More: the customers whose masked name starts with the first, then those whose name
    the session's keys open and that start with `prefix` (a name the person cannot open is not
    matched on characters they could not see)."""
    if not prefix:
        raise ValueError("a name prefix must not be empty")
    first = prefix[0]
    # A one-character name is masked whole: it is matched by opening it, if the keys open it.
    found = [
        int(customer_id)
        for customer_id, customer_no, sealed in db.execute(
            "SELECT id, customer_no, name FROM customers WHERE name_mask = ? ORDER BY id",
            (MASK_CHAR,),
        )
        if (opener.open(sealed, str(customer_no), "name") or "").startswith(prefix)
    ]
    bound = name_prefix_bound(first)
    where = "name_mask >= ?" if bound is None else "name_mask >= ? AND name_mask < ?"
    params: list[object] = [first] if bound is None else [first, bound]
    sql = f"SELECT id, customer_no, name FROM customers WHERE {where} ORDER BY name_mask, id"
    if len(prefix) == 1:
        rows = db.execute(sql + " LIMIT ?", (*params, limit))
        return (found + [int(row[0]) for row in rows])[:limit]
    for customer_id, customer_no, sealed in db.iterate(sql, params):
        if len(found) >= limit:
            break
        name = opener.open(sealed, str(customer_no), "name")
        if name is not None and name.startswith(prefix):
            found.append(int(customer_id))
    return found[:limit]


def ids_by_customer_no(db: VaultDb, customer_no: str) -> list[int]:
    rows = db.execute("SELECT id FROM customers WHERE customer_no = ?", (customer_no,))
    return [int(row[0]) for row in rows]


def load_customer(db: VaultDb, customer_id: int, opener: ValueOpener) -> CustomerRow | None:
    """A customer as `opener`'s keys open it (see `CustomerRow`)."""
    rows = db.execute(f"{_SELECT} WHERE id = ?", (customer_id,))
    if not rows:
        return None
    r = rows[0]
    customer_no = str(r[1])
    mobiles, landlines = parse_phones(opener.open(r[20], customer_no, "phones"))
    clear = open_values(
        opener,
        customer_no,
        dict(zip(("name", "birth_date", "id_number", "email", "address", "bank_card", "notes"),
                 (r[9], r[10], r[12], r[13], r[14], r[15], r[16]), strict=True)),
    )  # fmt: skip
    return CustomerRow(
        id=int(r[0]),
        customer_no=customer_no,
        tier=str(r[2]),
        tier_expires=r[3],
        gender=str(r[4]),
        segment=str(r[5]),
        consent=str(r[6]),
        consent_date=r[7],
        retain_until=r[8],
        name=clear["name"],
        birth_date=clear["birth_date"],
        id_type=str(r[11]),
        id_number=clear["id_number"],
        email=clear["email"],
        address=clear["address"],
        bank_card=clear["bank_card"],
        notes=clear["notes"],
        consent_withdrawn_at=r[17],
        mobiles=mobiles,
        landlines=landlines,
        masks=parse_masks(r[18]),
        verifiers=None if r[19] is None else bytes(r[19]),
    )


def masked_name_by_customer_no(db: VaultDb, customer_no: str) -> str | None:
    """The masked name stored with the customer (computed at import)."""
    rows = db.execute("SELECT name_mask FROM customers WHERE customer_no = ?", (customer_no,))
    return str(rows[0][0] or "") if rows else None


def count_customers(db: VaultDb) -> int:
    return int(db.scalar("SELECT count(*) FROM customers"))


@dataclass(frozen=True)
class Summary:
    """What a result list shows of a customer, all masked."""

    customer_no: str
    masked_name: str
    tier: str
    mask_policy: str | None  # the masking rules' digest its masked forms were made under
    namesake: str | None  # the namesake detail stored with them ("kind:detail")
    first_mobile: str | None = field(default=None, repr=False)


def load_summary(
    db: VaultDb, customer_id: int, *, opener: ValueOpener | None = None
) -> Summary | None:
    """What a result list needs; with `opener`, the customer's first mobile too (for its last
    four digits), if its keys open the phones."""
    rows = db.execute(
        "SELECT customer_no, name_mask, tier, masks, phones FROM customers WHERE id = ?",
        (customer_id,),
    )
    if not rows:
        return None
    r = rows[0]
    masks = parse_masks(r[3])
    first = None
    if opener is not None:
        mobiles = parse_phones(opener.open(r[4], str(r[0]), "phones"))[0]
        first = mobiles[0] if mobiles else None
    return Summary(
        str(r[0]), str(r[1] or ""), str(r[2]), masks.get(MASK_POLICY), masks.get(NAMESAKE), first
    )


def customer_numbers(db: VaultDb, ids: Sequence[int]) -> list[str]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT id, customer_no FROM customers WHERE id IN ({marks})", list(ids))
    by_id = {int(r[0]): str(r[1]) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def key_index_rows(db: VaultDb, index: PhoneIndex, ids: Sequence[int]) -> None:
    """The index rows of `ids` still holding clear numbers (a vault before the lookup key),
    keyed: a holder's first sign-in does it (services.index_upkeep)."""
    for start in range(0, len(ids), MAX_PARAMETERS):
        chunk = list(ids[start : start + MAX_PARAMETERS])
        where = f"customer_id IN ({', '.join('?' * len(chunk))}) AND typeof(number) = 'text'"
        found = db.execute(
            f"SELECT number, customer_id, kind FROM customer_phones WHERE {where}", chunk
        )
        if found:
            db.execute(f"DELETE FROM customer_phones WHERE {where}", chunk)
            keyed, _ = index.values([v for row in found for v in row])
            insert_values(db, PHONE_INSERT, 3, keyed)
