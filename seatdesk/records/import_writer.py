"""The import's writing side: every customer number seen goes into a temporary in-memory table
(duplicates within the file are found there at the end), new numbers are checked against the
vault (``add``) or the rows compared with it (`import_update.Comparer`: update, snapshot), and
the writes that follow are collected (`PlannedWrites`) to run batch by batch under the write
lock, or at once after a plan made without it."""

from __future__ import annotations

from collections.abc import Sequence

from seatdesk.records.customers import insert_values, store_hashes
from seatdesk.records.import_reading import Batch
from seatdesk.records.import_update import Comparer, HashBackfill, PlannedWrites
from seatdesk.records.sealed_rows import RowSealer
from seatdesk.vault.db import VaultDb
from seatdesk.vault.value_seal import DrawnKey

# The numbers seen live in a temporary table in memory; its page cache must hold it, or SQLite
# spills and reloads its pages through the pager all the time.
_TEMP_CACHE_KIB = 64 * 1024
SEEN_TABLE = "temp.import_seen"
_SEEN_INSERT = f"INSERT INTO {SEEN_TABLE}(customer_no, line, ok) VALUES "
# A plan made without the write lock holds its writes in memory: beyond this many customer
# rows it gives up, and the import runs under the lock as it reads (a first load of a big file).
PLAN_MAX_ROWS = 100_000


class PlanTooBig(Exception):
    """The writes a plan would hold exceed `PLAN_MAX_ROWS`."""

    scan: object = None  # the file's scan, set by the importer (not read again)


class Writer:
    """Records the numbers seen, checks them against the vault (add) or compares the rows with
    it (`comparer`: update, snapshot), and collects the writes while the file is still clean:
    `stream` executes them after each batch (under the caller's write lock), otherwise they are
    held in `writes` for later."""

    def __init__(
        self,
        db: VaultDb,
        *,
        insert: bool,
        vault_max_id: int,
        comparer: Comparer | None = None,
        stream: bool = True,
        batch_id: int = 0,
        stamp: str = "",
        sealer: RowSealer | None = None,
        drawn: Sequence[DrawnKey] = (),
    ) -> None:
        self.db = db
        self.sealer = sealer
        self.drawn = drawn
        self.inserting = insert or comparer is not None
        self.vault_max_id = vault_max_id
        self.comparer = comparer
        self.writes = comparer.writes if comparer is not None else PlannedWrites()
        self.stream = stream
        self.batch_id = batch_id
        self.stamp = stamp
        self.in_vault: list[int] = []  # lines whose customer number the vault already has
        self.conflict = False  # an insert hit the unique customer number
        self.numbers: list[str] = []  # add: the numbers of the rows without error

    def write(self, batch: Batch) -> None:
        insert_values(self.db, _SEEN_INSERT, 3, batch.seen)
        if batch.errors:
            self.inserting = False
        if self.comparer is not None:
            if self.inserting:
                self.comparer.compare(batch.rows)
        else:
            self._check_new(batch)
            if self.inserting and batch.customers:
                (self.writes.sealed if batch.sealed else self.writes.inserts).extend(
                    batch.customers
                )
                self.writes.phones.extend(batch.phones)
        if not self.inserting:
            return
        if self.stream:
            if self.sealer is None:
                raise RuntimeError("an import that writes needs the vault's sealer")
            if not self.writes.execute(
                self.db,
                batch_id=self.batch_id,
                stamp=self.stamp,
                sealer=self.sealer,
                drawn=self.drawn,
            ):
                # A number repeated within the file; the duplicate check reports it at the end.
                self.conflict, self.inserting = True, False
            elif self.comparer is not None and len(self.comparer.backfill):
                backfill = self.comparer.backfill
                store_hashes(self.db, backfill.chunk(0, len(backfill)))
                self.comparer.backfill = HashBackfill()
        elif self.writes.rows > PLAN_MAX_ROWS:
            raise PlanTooBig

    def _check_new(self, batch: Batch) -> None:
        """add: a number the vault has already is an error (reported by line)."""
        self.numbers.extend(batch.lines)
        if batch.lines and self.vault_max_id > 0:
            marks = ", ".join("?" * len(batch.lines))
            for (found,) in self.db.execute(
                f"SELECT customer_no FROM customers WHERE id <= ? AND customer_no IN ({marks})",
                [self.vault_max_id, *batch.lines],
            ):
                self.in_vault.append(batch.lines[str(found)])
        if self.in_vault:
            self.inserting = False


def create_seen_table(db: VaultDb) -> int:
    """The table of the numbers seen (and the temp cache it needs); returns the cache size to
    restore."""
    drop_seen_table(db)
    temp_cache = int(db.scalar("PRAGMA temp.cache_size"))
    db.execute(f"PRAGMA temp.cache_size = -{_TEMP_CACHE_KIB}")
    db.execute(
        f"CREATE TABLE {SEEN_TABLE} (customer_no TEXT NOT NULL, line INTEGER NOT NULL, "
        "ok INTEGER NOT NULL, PRIMARY KEY (customer_no, line)) WITHOUT ROWID"
    )
    return temp_cache


def drop_seen_table(db: VaultDb) -> None:
    db.execute(f"DROP TABLE IF EXISTS {SEEN_TABLE}")


def duplicates(db: VaultDb) -> list[tuple[int, int, int]]:
    """(line, first line, ok) of every row whose customer number an earlier row already has."""
    rows = db.execute(
        f"SELECT s.line, f.first, s.ok FROM {SEEN_TABLE} AS s JOIN ("
        f"  SELECT customer_no, min(line) AS first FROM {SEEN_TABLE}"
        "   GROUP BY customer_no HAVING count(*) > 1"
        ") AS f ON f.customer_no = s.customer_no WHERE s.line > f.first ORDER BY s.line"
    )
    return [(int(r[0]), int(r[1]), int(r[2])) for r in rows]


def drop_indexes(db: VaultDb, names: Sequence[str]) -> list[str]:
    """Drop these indexes if the schema has them (and they are not UNIQUE: those guard the
    insert); return their SQL, to make them again."""
    recreate: list[str] = []
    for name in names:
        sql = db.scalar(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ? "
            "AND tbl_name IN ('customers', 'customer_phones')",
            (name,),
        )
        if sql and not str(sql).upper().startswith("CREATE UNIQUE"):
            recreate.append(str(sql))
            db.execute(f'DROP INDEX "{name}"')
    return recreate
