"""Imports that update (``--mode update|snapshot``) and removals (snapshot, delete list).

Each valid row is compared with the stored record (every imported column and the phone set), a
batch of stored rows fetched in two queries. Only what differs is written (`PlannedWrites`): a
changed customer is updated in place (its id, and every reference to it, stays), its phones
replaced only when they differ; a new number is inserted; an unchanged row costs no write. The
change report counts, per field and per field class, the customers whose field changed: counts,
never values.

Removals are found here (the numbers a snapshot does not name, the numbers of a delete list);
destroying them, with the destruction log, is the caller's (`services.destruction`), in the same
transaction.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from seatdesk.records.csv_format import RowProblem
from seatdesk.records.customers import (
    CUSTOMER_INSERT,
    IMPORTED_COLUMNS,
    MAX_PARAMETERS,
    PREPARED_WIDTH,
    SEALED,
    STORED_WIDTH,
    Update,
    bump_customers_version,
    insert_phones,
    insert_sealed,
    insert_values,
    mark_consent_withdrawn,
    mark_pending,
    replace_phones,
    store_hashes,
    stored_for_import,
    stored_hashes,
    update_imported,
)
from seatdesk.records.delete_list import DeleteList
from seatdesk.records.phone_column import phones_text
from seatdesk.records.sealed_rows import RowSealer
from seatdesk.vault.db import IntegrityError, VaultDb
from seatdesk.vault.value_seal import DrawnKey, ValueOpener, insert_drawn

__all__ = [
    "IMPORT_MODES",
    "ChangeReport",
    "Comparer",
    "HashBackfill",
    "ImportMode",
    "LifecycleChange",
    "PlannedWrites",
    "PreparedRow",
    "Removal",
    "RemovalReason",
]

ImportMode = Literal["add", "update", "snapshot"]
IMPORT_MODES: tuple[ImportMode, ...] = ("add", "update", "snapshot")
RemovalReason = Literal["snapshot", "delete-list"]
# A row ready to compare: the values of IMPORTED_COLUMNS, the (number, kind) phone pairs and the
# row's hash (`customers.row_hash`; None where it cannot stand for the comparison: an expired
# tier, which is compared as the expiry leaves it).
PreparedRow = tuple[tuple[object, ...], tuple[tuple[str, str], ...], bytes | None]
# Row hashes an import stores for rows it found equal (the first import after hashes came, or
# after edits): a bound on the memory they take (24 bytes each); the next imports store the rest.
BACKFILL_MAX = 2_000_000
_DIGEST = 16  # bytes of a row hash

# A new customer's row: the id, IMPORTED_COLUMNS, the import batch, the creation time, the hash,
# the phones.
_INSERT_WIDTH = PREPARED_WIDTH
_BATCH_COLUMN = 1 + len(IMPORTED_COLUMNS)
_COLUMN = {name: index for index, name in enumerate(IMPORTED_COLUMNS)}
_TIER, _EXPIRES = _COLUMN["tier"], _COLUMN["tier_expires"]
_CONSENT, _RETAIN = _COLUMN["consent"], _COLUMN["retain_until"]
# Columns that belong to a policy field for the per-class count (the rest, tier, tier_expires
# and retain_until, describe the record, not the customer, and have no class).
_FIELD_OF_COLUMN = {"id_type": "id_number", "consent_date": "consent"}
# In the change report: protected values the importer could not open (see `Comparer.compare`).
SEALED_FIELD = "protected_unopened"


@dataclass
class ChangeReport:
    """What an import adds, changes and removes: counts only, never a value."""

    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    fields: dict[str, int] = field(default_factory=dict)  # column -> customers it changed for
    classes: dict[str, int] = field(default_factory=dict)  # field class -> customers

    def as_json(self) -> dict[str, object]:
        return {
            "added": self.added,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "fields": dict(sorted(self.fields.items())),
            "classes": dict(sorted(self.classes.items())),
        }


@dataclass(frozen=True)
class LifecycleChange:
    """A change the lifecycle cares about, audited as such: tier (with its expiry), consent
    (the purposes; `withdrawn` when none is left) or retention. None of these is protected."""

    customer_no: str
    what: Literal["tier", "consent", "retention"]
    old: str | None
    new: str | None
    old_until: str | None = None  # tier only: the confidentiality period's end
    new_until: str | None = None

    @property
    def withdrawn(self) -> bool:
        return self.what == "consent" and bool(self.old) and not self.new


@dataclass
class PlannedWrites:
    """The values of every statement an import decided to run, ready to execute: new customers
    (`CUSTOMER_INSERT` values, 20 a row, and their `PHONE_INSERT` values), updated ones, replaced
    phone sets, consents withdrawn. Protected values in clear: never printed or logged."""

    inserts: list[object] = field(default_factory=list, repr=False)
    # New customers the reader sealed already (`STORED_WIDTH` values a row).
    sealed: list[object] = field(default_factory=list, repr=False)
    phones: list[object] = field(default_factory=list, repr=False)
    updates: list[Update] = field(default_factory=list, repr=False)
    phone_sets: list[tuple[int, Sequence[tuple[str, str]]]] = field(
        default_factory=list, repr=False
    )
    withdrawn: list[int] = field(default_factory=list)
    hashes: list[tuple[bytes, int]] = field(default_factory=list, repr=False)  # phones only

    @property
    def rows(self) -> int:
        """Customer rows written (inserted, updated or with their phones replaced)."""
        return (
            len(self.inserts) // _INSERT_WIDTH
            + len(self.sealed) // STORED_WIDTH
            + len(self.updates)
            + len(self.phone_sets)
        )

    def execute(
        self,
        db: VaultDb,
        *,
        batch_id: int,
        stamp: str,
        sealer: RowSealer,
        drawn: Sequence[DrawnKey] = (),
    ) -> bool:
        """Run them in the caller's write transaction, sealed by `sealer`, the inserted
        customers marked as of import batch `batch_id`; False if an insert met a customer
        number the vault has (the statement is undone; the caller rolls back). Empties this."""
        if self.inserts or self.sealed:
            self.inserts[_BATCH_COLUMN::_INSERT_WIDTH] = [batch_id] * (
                len(self.inserts) // _INSERT_WIDTH
            )
            self.sealed[_BATCH_COLUMN::STORED_WIDTH] = [batch_id] * (
                len(self.sealed) // STORED_WIDTH
            )
            try:
                insert_sealed(db, self.inserts, sealer)
                if self.sealed:
                    insert_drawn(db, drawn)
                    insert_values(db, CUSTOMER_INSERT, STORED_WIDTH, self.sealed)
            except IntegrityError:
                return False
            insert_phones(db, self.phones, sealer.index)
        update_imported(db, self.updates, stamp=stamp, sealer=sealer)
        replace_phones(db, self.phone_sets, sealer)
        written = [*self.inserts[::_INSERT_WIDTH], *self.sealed[::STORED_WIDTH]]
        mark_pending(db, [*written, *(update[0] for update in self.updates)], sealer)
        mark_consent_withdrawn(db, self.withdrawn, stamp)
        store_hashes(db, self.hashes)
        if self.phone_sets:
            bump_customers_version(db)  # phones inserted for a known customer: no trigger sees it
        self.inserts, self.sealed, self.phones, self.updates = [], [], [], []
        self.phone_sets, self.withdrawn, self.hashes = [], [], []
        return True


class HashBackfill:
    """(row hash, customer id) pairs, packed: 24 bytes a row, not a tuple of objects each."""

    def __init__(self) -> None:
        self._ids = array("q")
        self._digests = bytearray()

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, digest: bytes, customer_id: int) -> None:
        self._ids.append(customer_id)
        self._digests += digest

    def chunk(self, start: int, size: int) -> list[tuple[bytes, int]]:
        """The pairs from `start`, at most `size`, as `customers.store_hashes` takes them."""
        digests = self._digests
        return [
            (bytes(digests[n * _DIGEST : (n + 1) * _DIGEST]), self._ids[n])
            for n in range(start, min(start + size, len(self._ids)))
        ]


@dataclass(frozen=True)
class Removal:
    customer_id: int
    customer_no: str
    reason: RemovalReason


class Comparer:
    """Compares batches of prepared rows with the vault and collects the writes that make the
    differences (unless `write` is off: a dry run counts the same and collects nothing). The
    caller executes them (`PlannedWrites.execute`): batch by batch under the write lock, or all
    at once after a plan made without it."""

    def __init__(
        self,
        db: VaultDb,
        *,
        write: bool,
        next_id: int,
        batch_id: int,
        created_at: str,
        field_classes: Mapping[str, str],
        today: str = "",
        default_tier: str = "",
        opener: ValueOpener,
    ) -> None:
        self.db = db
        self.opener = opener
        self.today = today  # ISO date: a tier the file says expired before it is expired here
        self.default_tier = default_tier
        self.write = write
        self.next_id = next_id
        self.batch_id = batch_id
        self.created_at = created_at
        self.field_classes = field_classes
        self.changes = ChangeReport()
        self.added_numbers: list[str] = []
        self.changed_numbers: list[str] = []
        self.lifecycle: list[LifecycleChange] = []
        self.writes = PlannedWrites()
        # Rows found equal whose hash was not stored (imported before hashes, or edited since):
        # (hash, id), stored after the import (at most BACKFILL_MAX of them an import).
        self.backfill = HashBackfill()

    def compare(self, rows: Sequence[PreparedRow]) -> None:
        """Compare one batch with the stored rows; what differs joins `writes` (unless this is
        a dry run, which only counts). A row whose hash is the one stored with its record is
        unchanged without more: only the others are fetched whole and compared field by field
        (and, found equal, their hash joins `backfill`, to be stored)."""
        hashes = stored_hashes(self.db, [str(values[0]) for values, _, _ in rows])
        unchanged = 0
        rest: list[PreparedRow] = []
        for row in rows:
            known = hashes.get(str(row[0][0]))
            if known is not None and row[2] is not None and known[1] == row[2]:
                unchanged += 1
            else:
                rest.append(row)
        self.changes.unchanged += unchanged
        if not rest:
            return
        stored = stored_for_import(
            self.db,
            [str(values[0]) for values, _, _ in rest if str(values[0]) in hashes],
            self.opener,
        )
        writes = self.writes
        for values, phones, digest in rest:
            number = str(values[0])
            old = stored.get(number)
            if old is None:
                customer_id = self.next_id
                self.next_id += 1
                if self.write:
                    writes.inserts.extend(
                        (customer_id, *values, self.batch_id, self.created_at, digest)
                    )
                    writes.inserts.append(phones_text(phones))
                    writes.phones.extend(v for n, k in phones for v in (n, customer_id, k))
                self.added_numbers.append(number)
                continue
            phone_set = frozenset(phones)
            values = self._expired(values)
            if old.values == values and old.phones == phone_set:
                self.changes.unchanged += 1
                if digest is not None and self.write and len(self.backfill) < BACKFILL_MAX:
                    self.backfill.add(digest, old.id)
                continue
            changed = [
                IMPORTED_COLUMNS[i]
                for i, v in enumerate(values)
                if old.values[i] is not SEALED and old.values[i] != v
            ]
            unopened = [c for c, v in zip(IMPORTED_COLUMNS, old.values, strict=True) if v is SEALED]
            if unopened:
                # Values the importer's keys do not open cannot be compared: the row differs
                # from the one last imported (its hash), so they are written again, and the
                # report counts them as one pseudo-field.
                changed.append(SEALED_FIELD)
            if changed and self.write:
                columns = [c for c in changed if c != SEALED_FIELD] + unopened
                writes.updates.append((old.id, values, digest, tuple(columns)))
            if old.phones != phone_set:
                if self.write:
                    writes.phone_sets.append((old.id, phones))
                    if not changed and digest is not None:
                        writes.hashes.append((digest, old.id))
                if old.phones is None:  # sealed for a lookup key the importer does not hold
                    changed += [] if SEALED_FIELD in changed else [SEALED_FIELD]
                else:
                    changed += [
                        kind
                        for kind in ("mobile", "landline")
                        if _kind(old.phones, kind) != _kind(phone_set, kind)
                    ]
            if self._count(number, changed, old.values, values) and self.write:
                writes.withdrawn.append(old.id)

    def _expired(self, values: tuple[object, ...]) -> tuple[object, ...]:
        """A known customer whose confidentiality period the file says is over is compared (and
        stored) as the tier expiry leaves it, in the default tier without an end: otherwise each
        day's export would bring the old tier back until the next expiry ran."""
        expires = values[_EXPIRES]
        if not self.default_tier or expires is None or str(expires) >= self.today:
            return values
        lowered = list(values)
        lowered[_TIER], lowered[_EXPIRES] = self.default_tier, None
        return tuple(lowered)

    def _count(
        self,
        number: str,
        changed: Sequence[str],
        old: tuple[object, ...],
        new: tuple[object, ...],
    ) -> bool:
        """Count a changed customer; True if its consent was withdrawn (no purpose left)."""
        changes = self.changes
        changes.changed += 1
        self.changed_numbers.append(number)
        classes: set[str] = set()
        for column in changed:
            changes.fields[column] = changes.fields.get(column, 0) + 1
            field_class = self.field_classes.get(_FIELD_OF_COLUMN.get(column, column))
            if field_class is not None:
                classes.add(field_class)
        for field_class in classes:
            changes.classes[field_class] = changes.classes.get(field_class, 0) + 1
        if old[_TIER] != new[_TIER] or old[_EXPIRES] != new[_EXPIRES]:
            self.lifecycle.append(
                LifecycleChange(
                    number, "tier", _text(old[_TIER]), _text(new[_TIER]),
                    _text(old[_EXPIRES]), _text(new[_EXPIRES]),
                )
            )  # fmt: skip
        if old[_RETAIN] != new[_RETAIN]:
            self.lifecycle.append(
                LifecycleChange(number, "retention", _text(old[_RETAIN]), _text(new[_RETAIN]))
            )
        if old[_CONSENT] == new[_CONSENT]:
            return False
        consent = LifecycleChange(number, "consent", _text(old[_CONSENT]), _text(new[_CONSENT]))
        self.lifecycle.append(consent)
        return consent.withdrawn


def _kind(phones: frozenset[tuple[str, str]], kind: str) -> frozenset[str]:
    """The numbers of one kind."""
    return frozenset(number for number, k in phones if k == kind)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def snapshot_removals(db: VaultDb, seen_table: str, vault_max_id: int) -> list[Removal]:
    """The customers the vault had before the import whose number the file does not name."""
    rows = db.execute(
        f"SELECT id, customer_no FROM customers AS c WHERE id <= ? AND NOT EXISTS "
        f"(SELECT 1 FROM {seen_table} AS s WHERE s.customer_no = c.customer_no) ORDER BY id",
        (vault_max_id,),
    )
    return [Removal(int(r[0]), str(r[1]), "snapshot") for r in rows]


def listed_removals(
    db: VaultDb, listed: DeleteList, seen_table: str | None, vault_max_id: int
) -> tuple[list[Removal], list[RowProblem]]:
    """The customers of a delete list, and its problems: a number the vault did not have, or one
    the import file names too (a customer cannot be imported and removed at once)."""
    problems = list(listed.problems)
    found: dict[str, int] = {}
    in_file: set[str] = set()
    numbers = [number for _, number in listed.entries]
    step = MAX_PARAMETERS // 2
    for start in range(0, len(numbers), step):
        chunk = numbers[start : start + step]
        marks = ", ".join("?" * len(chunk))
        for customer_id, number in db.execute(
            f"SELECT id, customer_no FROM customers WHERE id <= ? AND customer_no IN ({marks})",
            [vault_max_id, *chunk],
        ):
            found[str(number)] = int(customer_id)
        if seen_table is not None:
            for (number,) in db.execute(
                f"SELECT DISTINCT customer_no FROM {seen_table} WHERE customer_no IN ({marks})",
                chunk,
            ):
                in_file.add(str(number))
    removals: list[Removal] = []
    for line, number in listed.entries:
        if number not in found:
            problems.append(RowProblem(line, "customer_no", "customer number is not in the vault"))
        elif number in in_file:
            problems.append(
                RowProblem(line, "customer_no", "customer number is in the import file too")
            )
        else:
            removals.append(Removal(found[number], number, "delete-list"))
    problems.sort(key=lambda p: p.line)
    return removals, problems
