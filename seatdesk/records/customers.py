"""Customer rows in the vault. Only `services` may call the readers: they return clear values."""

from __future__ import annotations

import functools
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from seatdesk.records.csv_format import CustomerDraft
from seatdesk.vault.db import VaultDb

_SELECT = (
    "SELECT id, customer_no, tier, tier_expires, gender, segment, consent, consent_date, "
    "retain_until, name, birth_date, id_type, id_number, email, address, bank_card, notes, "
    "consent_withdrawn_at "
    "FROM customers"
)


@dataclass(frozen=True)
class CustomerRow:
    """A customer as stored: protected values in clear, so never printed, logged or shown."""

    id: int
    customer_no: str
    tier: str
    tier_expires: str | None
    gender: str
    segment: str
    consent: str
    consent_date: str | None
    retain_until: str | None
    name: str = field(repr=False)
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


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


CUSTOMER_INSERT = (
    "INSERT INTO customers(id, customer_no, name, gender, birth_date, id_type, id_number, "
    "email, address, bank_card, segment, tier, tier_expires, consent, consent_date, "
    "retain_until, notes, import_batch, created_at, import_hash) VALUES "
)
#: The columns an import writes from the file (after the id), in `CUSTOMER_INSERT`'s order.
IMPORTED_COLUMNS: tuple[str, ...] = (
    *("customer_no", "name", "gender", "birth_date", "id_type", "id_number", "email", "address"),
    *("bank_card", "segment", "tier", "tier_expires", "consent", "consent_date", "retain_until"),
    "notes",
)
_COLUMN_INDEX = {column: n for n, column in enumerate(IMPORTED_COLUMNS)}


@functools.lru_cache(maxsize=256)
def _update_sql(columns: tuple[str, ...]) -> str:
    """The UPDATE of these imported columns (and the row hash; a changed tier is stamped): only
    what changed is set, so the indexes of the others are left alone."""
    sets = [f"{column} = ?" for column in columns]
    if "tier" in columns:
        sets.append("tier_changed_at = ?")
    return f"UPDATE customers SET {', '.join(sets)}, import_hash = ? WHERE id = ?"


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
    drafts: Sequence[tuple[int, CustomerDraft]], first_id: int, *, batch_id: int, created_at: str
) -> tuple[list[tuple[object, ...]], list[tuple[str, int, str]]]:
    """The parameter rows of `CUSTOMER_INSERT` and `PHONE_INSERT` for (line, draft) pairs, the
    customers numbered from `first_id` on (the caller holds the write lock, so ids are free)."""
    customers: list[tuple[object, ...]] = []
    phones: list[tuple[str, int, str]] = []
    for customer_id, (_, draft) in enumerate(drafts, start=first_id):
        customers.append((customer_id, *draft_values(draft), batch_id, created_at, None))
        phones.extend((number, customer_id, kind) for number, kind in draft_phones(draft))
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
    phones: frozenset[tuple[str, str]] = field(repr=False)


def stored_for_import(db: VaultDb, numbers: Sequence[str]) -> dict[str, StoredImport]:
    """The stored rows of these customer numbers (those the vault has), in two queries."""
    if not numbers:
        return {}
    marks = ", ".join("?" * len(numbers))
    rows = db.execute(
        f"SELECT id, {', '.join(IMPORTED_COLUMNS)} FROM customers WHERE customer_no IN ({marks})",
        list(numbers),
    )
    if not rows:
        return {}
    phones: dict[int, set[tuple[str, str]]] = {int(r[0]): set() for r in rows}
    id_marks = ", ".join("?" * len(phones))
    for customer_id, number, kind in db.execute(
        f"SELECT customer_id, number, kind FROM customer_phones WHERE customer_id IN ({id_marks})",
        list(phones),
    ):
        phones[int(customer_id)].add((str(number), str(kind)))
    return {
        str(r[1]): StoredImport(int(r[0]), tuple(r[1:]), frozenset(phones[int(r[0])])) for r in rows
    }


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


def update_imported(db: VaultDb, rows: Sequence[Update], *, stamp: str) -> None:
    """Write the changed imported values of these customers in place ((id, values, row hash,
    the columns that changed)): the id, and with it every reference to the customer, stays. A
    changed tier is stamped. One statement per set of changed columns."""
    groups: dict[tuple[str, ...], list[tuple[object, ...]]] = {}
    for customer_id, values, digest, columns in rows:
        params = [values[_COLUMN_INDEX[column]] for column in columns]
        if "tier" in columns:
            params.append(stamp)
        groups.setdefault(columns, []).append((*params, digest, customer_id))
    for columns, params_list in groups.items():
        db.executemany(_update_sql(columns), params_list)


def replace_phones(db: VaultDb, phones: Sequence[tuple[int, Sequence[tuple[str, str]]]]) -> None:
    """The phone sets of these customers ((id, [(number, kind)]) pairs) replace the stored ones."""
    if not phones:
        return
    ids = [customer_id for customer_id, _ in phones]
    for start in range(0, len(ids), MAX_PARAMETERS):
        chunk = ids[start : start + MAX_PARAMETERS]
        db.execute(
            f"DELETE FROM customer_phones WHERE customer_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
    values = [v for customer_id, pairs in phones for n, k in pairs for v in (n, customer_id, k)]
    insert_values(db, PHONE_INSERT, 3, values)


def mark_consent_withdrawn(db: VaultDb, ids: Sequence[int], stamp: str) -> None:
    """Consent withdrawn (as `withdraw_consent` records it): due at the next purge."""
    db.executemany(
        "UPDATE customers SET consent_withdrawn_at = ? WHERE id = ? "
        "AND consent_withdrawn_at IS NULL",
        [(stamp, customer_id) for customer_id in ids],
    )


def insert_customers(
    db: VaultDb, drafts: Iterable[CustomerDraft], *, batch_id: int, created_at: str
) -> int:
    """Insert drafts inside the caller's transaction; returns how many were inserted."""
    first_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers")) + 1
    customers, phones = draft_rows(
        [(0, draft) for draft in drafts], first_id, batch_id=batch_id, created_at=created_at
    )
    insert_rows(db, CUSTOMER_INSERT, customers)
    insert_rows(db, PHONE_INSERT, phones)
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


def ids_by_phone(db: VaultDb, number: str) -> list[int]:
    rows = db.execute(
        "SELECT customer_id FROM customer_phones WHERE number = ? ORDER BY customer_id", (number,)
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


def ids_by_name_prefix(db: VaultDb, prefix: str, *, limit: int) -> list[int]:
    """Ids of customers whose name starts with `prefix`, in name order, at most `limit`: a range
    scan of the index `customers_by_name`, never a table scan."""
    if not prefix:
        raise ValueError("a name prefix must not be empty")
    bound = name_prefix_bound(prefix)
    if bound is None:
        rows = db.execute(
            "SELECT id FROM customers WHERE name >= ? ORDER BY name, id LIMIT ?", (prefix, limit)
        )
    else:
        rows = db.execute(
            "SELECT id FROM customers WHERE name >= ? AND name < ? ORDER BY name, id LIMIT ?",
            (prefix, bound, limit),
        )
    return [int(row[0]) for row in rows]


def ids_by_customer_no(db: VaultDb, customer_no: str) -> list[int]:
    rows = db.execute("SELECT id FROM customers WHERE customer_no = ?", (customer_no,))
    return [int(row[0]) for row in rows]


def load_customer(db: VaultDb, customer_id: int) -> CustomerRow | None:
    rows = db.execute(f"{_SELECT} WHERE id = ?", (customer_id,))
    if not rows:
        return None
    r = rows[0]
    phones = db.execute(
        "SELECT number, kind FROM customer_phones WHERE customer_id = ? ORDER BY kind, number",
        (customer_id,),
    )
    return CustomerRow(
        id=int(r[0]),
        customer_no=str(r[1]),
        tier=str(r[2]),
        tier_expires=r[3],
        gender=str(r[4]),
        segment=str(r[5]),
        consent=str(r[6]),
        consent_date=r[7],
        retain_until=r[8],
        name=str(r[9]),
        birth_date=r[10],
        id_type=str(r[11]),
        id_number=r[12],
        email=r[13],
        address=r[14],
        bank_card=r[15],
        notes=r[16],
        consent_withdrawn_at=r[17],
        mobiles=tuple(str(p[0]) for p in phones if p[1] == "mobile"),
        landlines=tuple(str(p[0]) for p in phones if p[1] == "landline"),
    )


def name_by_customer_no(db: VaultDb, customer_no: str) -> str | None:
    rows = db.execute("SELECT name FROM customers WHERE customer_no = ?", (customer_no,))
    return str(rows[0][0]) if rows else None


def count_customers(db: VaultDb) -> int:
    return int(db.scalar("SELECT count(*) FROM customers"))


def load_summary(db: VaultDb, customer_id: int) -> tuple[str, str, str] | None:
    """(customer_no, name, tier): what a result list needs, nothing more."""
    rows = db.execute("SELECT customer_no, name, tier FROM customers WHERE id = ?", (customer_id,))
    return None if not rows else (str(rows[0][0]), str(rows[0][1]), str(rows[0][2]))


def customer_numbers(db: VaultDb, ids: Sequence[int]) -> list[str]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT id, customer_no FROM customers WHERE id IN ({marks})", list(ids))
    by_id = {int(r[0]): str(r[1]) for r in rows}
    return [by_id[i] for i in ids if i in by_id]
