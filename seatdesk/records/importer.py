"""CSV import into the vault: streamed, validated row by row, all or nothing.

The file is never held in memory. It is read once to detect its encoding and hash it, then
streamed: each row is validated and the good rows go, in batches, to a writer thread that inserts
them inside a savepoint of the caller's transaction, while the next rows are validated (SQLite
does its work without the GIL, so on two cores validation and insertion overlap). Customer
numbers are checked for duplicates within the file through a temporary in-memory table and
against the vault batch by batch. The first error stops the inserting but not the checking:
the report still names every bad row. If any row is bad (or on a dry run) the savepoint is
rolled back and nothing is imported; a crash mid-import leaves the vault as it was (SQLite rolls
back the open transaction). The report names lines and columns, never values.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from seatdesk.records.csv_format import CustomerCsvReader, CustomerDraft, RowProblem
from seatdesk.records.csv_source import CsvScan, CsvSource, open_text, scan_source
from seatdesk.records.customers import CUSTOMER_INSERT, PHONE_INSERT, draft_rows, insert_rows
from seatdesk.vault.db import IntegrityError, VaultDb

Progress = Callable[[int, int], None]
BATCH_ROWS = 2000  # rows handed to the writer at a time
_QUEUE_BATCHES = 3  # batches validated ahead of the writer (bounds the memory)
_IN_CHUNK = 500  # customer numbers per "IN (...)" query
_SAVEPOINT = "customer_import"
_SEEN_TABLE = "temp.import_seen"


@dataclass
class ImportReport:
    encoding: str
    rows: int
    sha256: str
    dry_run: bool
    problems: list[RowProblem] = field(default_factory=list)
    imported: int = 0
    batch_id: int | None = None

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if not p.is_warning]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.is_warning]


@dataclass
class _Batch:
    seen: list[tuple[str, int, int]]  # (customer_no, line, 1 if the row had no error)
    drafts: list[tuple[int, CustomerDraft]]
    first_id: int  # the id the first draft gets if inserted


class _Writer(threading.Thread):
    """Owns the connection while the rows stream: records the numbers seen, checks them against
    the vault, and inserts while the file is still clean."""

    def __init__(
        self, db: VaultDb, *, insert: bool, vault_max_id: int, batch_id: int, created_at: str
    ) -> None:
        super().__init__(name="seatdesk-import-writer", daemon=True)
        self.db = db
        self.inserting = insert
        self.vault_max_id = vault_max_id
        self.batch_id = batch_id
        self.created_at = created_at
        self.queue: queue.Queue[_Batch | None] = queue.Queue(maxsize=_QUEUE_BATCHES)
        self.error: BaseException | None = None
        self.in_vault: list[int] = []  # lines whose customer number the vault already has
        self.conflict = False  # an insert hit the unique customer number
        self.inserted = 0
        self.stop_inserting = threading.Event()  # set by the reader at its first error

    def run(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self._handle(batch)
                except BaseException as exc:  # handed to the reader thread, which re-raises
                    self.error = exc

    def _handle(self, batch: _Batch) -> None:
        db = self.db
        insert_rows(db, f"INSERT INTO {_SEEN_TABLE}(customer_no, line, ok) VALUES ", batch.seen)
        if not batch.drafts:
            return
        lines = {draft.customer_no: line for line, draft in batch.drafts}
        numbers = list(lines)
        for start in range(0, len(numbers), _IN_CHUNK):
            chunk = numbers[start : start + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            for (found,) in db.execute(
                f"SELECT customer_no FROM customers WHERE id <= ? AND customer_no IN ({marks})",
                [self.vault_max_id, *chunk],
            ):
                self.in_vault.append(lines[str(found)])
        if self.in_vault or self.stop_inserting.is_set():
            self.inserting = False
        if not self.inserting:
            return
        customers, phones = draft_rows(
            batch.drafts, batch.first_id, batch_id=self.batch_id, created_at=self.created_at
        )
        try:
            insert_rows(db, CUSTOMER_INSERT, customers)
        except IntegrityError:
            # A number repeated within the file; the duplicate check reports it at the end.
            self.conflict, self.inserting = True, False
            return
        insert_rows(db, PHONE_INSERT, phones)
        self.inserted += len(customers)


def import_customers(
    db: VaultDb,
    source: CsvSource,
    *,
    tier_labels: Sequence[str],
    default_tier: str,
    today: date,
    created_at: str,
    actor: str,
    dry_run: bool,
    progress: Progress | None = None,
) -> ImportReport:
    """Import `source` (the file's bytes or its path) inside the caller's transaction."""
    scan = scan_source(source)
    report = ImportReport(encoding=scan.encoding, rows=0, sha256=scan.sha256, dry_run=dry_run)
    db.execute(f"DROP TABLE IF EXISTS {_SEEN_TABLE}")
    db.execute(
        f"CREATE TABLE {_SEEN_TABLE} (customer_no TEXT NOT NULL, line INTEGER NOT NULL, "
        "ok INTEGER NOT NULL, PRIMARY KEY (customer_no, line)) WITHOUT ROWID"
    )
    db.execute(f"SAVEPOINT {_SAVEPOINT}")
    try:
        vault_max_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers"))
        batch_id = 0
        if not dry_run:
            batch_id = db.execute_returning_id(
                "INSERT INTO import_batches(at, actor, rows, encoding, sha256) "
                "VALUES (?, ?, 0, ?, ?)",
                (created_at, actor, scan.encoding, scan.sha256),
            )
        writer = _Writer(
            db,
            insert=not dry_run,
            vault_max_id=vault_max_id,
            batch_id=batch_id,
            created_at=created_at,
        )
        reader = _stream(source, scan, writer, tier_labels, default_tier, today, progress)
        duplicates = _duplicates(db)
        _finish_report(report, reader, writer, duplicates)
        if report.errors or dry_run:
            if writer.conflict and not report.errors:
                raise RuntimeError("import conflict without a reported duplicate")
            db.execute(f"ROLLBACK TO {_SAVEPOINT}")
        else:
            db.execute(
                "UPDATE import_batches SET rows = ? WHERE id = ?", (writer.inserted, batch_id)
            )
            report.imported, report.batch_id = writer.inserted, batch_id
        db.execute(f"RELEASE {_SAVEPOINT}")
    except BaseException:
        if db.in_transaction:
            db.execute(f"ROLLBACK TO {_SAVEPOINT}")
            db.execute(f"RELEASE {_SAVEPOINT}")
        raise
    finally:
        if db.in_transaction:
            db.execute(f"DROP TABLE IF EXISTS {_SEEN_TABLE}")
    return report


def _stream(
    source: CsvSource,
    scan: CsvScan,
    writer: _Writer,
    tier_labels: Sequence[str],
    default_tier: str,
    today: date,
    progress: Progress | None,
) -> CustomerCsvReader:
    """Validate the rows on this thread while the writer thread records and inserts them."""
    seen: list[tuple[str, int, int]] = []

    def remember(line: int, customer_no: str) -> None:
        seen.append((customer_no, line, 0))

    writer.start()
    next_id = writer.vault_max_id + 1
    try:
        with open_text(source, scan) as text:
            reader = CustomerCsvReader(
                text,
                tier_labels=tier_labels,
                default_tier=default_tier,
                today=today,
                seen=remember,
            )
            drafts: list[tuple[int, CustomerDraft]] = []
            for line, draft in reader:
                number, seen_line, _ = seen[-1]  # every draft has a number, noted just now
                assert seen_line == line
                seen[-1] = (number, line, 1)
                drafts.append((line, draft))
                if len(drafts) >= BATCH_ROWS:
                    _hand_over(writer, reader, seen, drafts, next_id)
                    next_id += len(drafts)
                    seen, drafts = [], []
                    if progress is not None:
                        progress(reader.data_rows, max(scan.lines - 1, reader.data_rows))
            if seen or drafts:
                _hand_over(writer, reader, seen, drafts, next_id)
            text.check_unchanged()
    finally:
        writer.queue.put(None)
        writer.join()
    if writer.error is not None:
        raise writer.error
    if progress is not None:
        progress(reader.data_rows, reader.data_rows)
    return reader


def _hand_over(
    writer: _Writer,
    reader: CustomerCsvReader,
    seen: list[tuple[str, int, int]],
    drafts: list[tuple[int, CustomerDraft]],
    first_id: int,
) -> None:
    if writer.error is not None:
        raise writer.error
    if reader.has_errors:
        writer.stop_inserting.set()
    writer.queue.put(_Batch(seen, drafts, first_id))


def _duplicates(db: VaultDb) -> list[tuple[int, int, int]]:
    """(line, first line, ok) of every row whose customer number an earlier row already has."""
    rows = db.execute(
        f"SELECT s.line, f.first, s.ok FROM {_SEEN_TABLE} AS s JOIN ("
        f"  SELECT customer_no, min(line) AS first FROM {_SEEN_TABLE}"
        "   GROUP BY customer_no HAVING count(*) > 1"
        ") AS f ON f.customer_no = s.customer_no WHERE s.line > f.first ORDER BY s.line"
    )
    return [(int(r[0]), int(r[1]), int(r[2])) for r in rows]


def _finish_report(
    report: ImportReport,
    reader: CustomerCsvReader,
    writer: _Writer,
    duplicates: list[tuple[int, int, int]],
) -> None:
    """Merge the problems found row by row with those found across rows, in line order (a
    duplicate first on its line, as the in-memory check reports it)."""
    duplicate_lines = {line for line, _, _ in duplicates}
    ordered: list[tuple[tuple[int, bool, int], RowProblem]] = [
        ((p.line, p.is_warning, 1), p) for p in reader.problems
    ]
    ordered += [
        (
            (line, False, 0),
            RowProblem(line, "customer_no", f"duplicate customer_no (first on line {first})"),
        )
        for line, first, _ in duplicates
    ]
    ordered += [
        (
            (line, False, 2),
            RowProblem(line, "customer_no", "customer number is already in the vault"),
        )
        for line in writer.in_vault
        if line not in duplicate_lines
    ]
    ordered.sort(key=lambda item: item[0])
    report.problems = [problem for _, problem in ordered]
    report.rows = reader.drafts - sum(ok for _, _, ok in duplicates)
