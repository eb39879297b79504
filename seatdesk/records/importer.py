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
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from seatdesk.records.csv_format import CustomerCsvReader, CustomerDraft, RowProblem
from seatdesk.records.csv_source import CsvScan, CsvSource, open_text, scan_source
from seatdesk.records.customers import (
    CUSTOMER_INSERT,
    PHONE_INSERT,
    Statement,
    draft_rows,
    multi_row_statements,
)
from seatdesk.vault.db import IntegrityError, VaultDb

Progress = Callable[[int, int], None]
# Rows handed to the writer at a time: 1600 customers of 19 values make one INSERT statement.
BATCH_ROWS = 1600
_QUEUE_BATCHES = 4  # batches validated ahead of the writer (bounds the memory)
# While the rows stream, the writer thread must get the GIL back quickly each time SQLite
# finishes a statement, or it waits out the interpreter's 5 ms switch interval every time.
_SWITCH_INTERVAL = 0.0005
# A large import into a vault with fewer customers than the file is a bulk load. Keys that
# arrive in random order are what makes a million inserts slow (each lands on a different page
# of a big b-tree, which for the vault means decrypting and re-encrypting it): the indexes below
# are dropped and built again at the end (one sort each), inside the import's savepoint. The
# other keys arrive in order (ids, customer numbers as CRMs export them), or their b-tree stays
# in the page cache (phone numbers).
BULK_MIN_ROWS = 20_000
REBUILT_INDEXES = ("customers_by_name", "customers_by_retain")
# The numbers seen live in a temporary table in memory; its page cache must hold it, or SQLite
# spills and reloads its pages through the pager all the time.
_TEMP_CACHE_KIB = 64 * 1024
_SAVEPOINT = "customer_import"
_SEEN_TABLE = "temp.import_seen"
_SEEN_INSERT = f"INSERT INTO {_SEEN_TABLE}(customer_no, line, ok) VALUES "


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
    seen: list[Statement]  # records every customer number read, with its line
    check: Statement | None  # which of the batch's numbers the vault already has
    lines: dict[str, int]  # customer number -> line, for the rows without error
    inserts: list[Statement]  # the customers, then their phones (empty when not inserting)
    count: int  # customers in `inserts`


class _Writer(threading.Thread):
    """Owns the connection while the rows stream: runs the statements the reader prepared,
    and stops inserting at the first problem (the checks go on)."""

    def __init__(self, db: VaultDb, *, insert: bool) -> None:
        super().__init__(name="seatdesk-import-writer", daemon=True)
        self.db = db
        self.inserting = insert
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
        for sql, params in batch.seen:
            db.execute(sql, params)
        if batch.check is not None:
            for (found,) in db.execute(*batch.check):
                self.in_vault.append(batch.lines[str(found)])
        if self.in_vault or self.stop_inserting.is_set():
            self.inserting = False
        if not self.inserting or not batch.inserts:
            return
        try:
            for sql, params in batch.inserts:
                db.execute(sql, params)
        except IntegrityError:
            # A number repeated within the file; the duplicate check reports it at the end.
            self.conflict, self.inserting = True, False
            return
        self.inserted += batch.count


@dataclass
class _Plan:
    """What the reader needs to prepare a batch."""

    insert: bool
    vault_max_id: int  # customers up to this id were there before the import
    batch_id: int
    created_at: str


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
    _drop_temp_tables(db)
    temp_cache = int(db.scalar("PRAGMA temp.cache_size"))
    db.execute(f"PRAGMA temp.cache_size = -{_TEMP_CACHE_KIB}")
    db.execute(
        f"CREATE TABLE {_SEEN_TABLE} (customer_no TEXT NOT NULL, line INTEGER NOT NULL, "
        "ok INTEGER NOT NULL, PRIMARY KEY (customer_no, line)) WITHOUT ROWID"
    )
    db.execute(f"SAVEPOINT {_SAVEPOINT}")
    try:
        vault_max_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers"))
        plan = _Plan(not dry_run, vault_max_id, 0, created_at)
        rebuild: list[str] = []
        if not dry_run:
            plan.batch_id = db.execute_returning_id(
                "INSERT INTO import_batches(at, actor, rows, encoding, sha256) "
                "VALUES (?, ?, 0, ?, ?)",
                (created_at, actor, scan.encoding, scan.sha256),
            )
            expected_rows = scan.lines - 1
            if expected_rows >= BULK_MIN_ROWS and expected_rows >= vault_max_id:
                rebuild = _drop_indexes(db, REBUILT_INDEXES)
        writer = _Writer(db, insert=not dry_run)
        reader = _stream(source, scan, writer, plan, tier_labels, default_tier, today, progress)
        duplicates = _duplicates(db)
        _finish_report(report, reader, writer, duplicates)
        if report.errors or dry_run:
            if writer.conflict and not report.errors:
                raise RuntimeError("import conflict without a reported duplicate")
            db.execute(f"ROLLBACK TO {_SAVEPOINT}")
        else:
            for sql in rebuild:
                db.execute(sql)
            db.execute(
                "UPDATE import_batches SET rows = ? WHERE id = ?", (writer.inserted, plan.batch_id)
            )
            report.imported, report.batch_id = writer.inserted, plan.batch_id
        db.execute(f"RELEASE {_SAVEPOINT}")
    except BaseException:
        if db.in_transaction:
            db.execute(f"ROLLBACK TO {_SAVEPOINT}")
            db.execute(f"RELEASE {_SAVEPOINT}")
        raise
    finally:
        if db.in_transaction:
            _drop_temp_tables(db)
        db.execute(f"PRAGMA temp.cache_size = {temp_cache}")
    return report


def _drop_temp_tables(db: VaultDb) -> None:
    db.execute(f"DROP TABLE IF EXISTS {_SEEN_TABLE}")


def _drop_indexes(db: VaultDb, names: Sequence[str]) -> list[str]:
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


def _stream(
    source: CsvSource,
    scan: CsvScan,
    writer: _Writer,
    plan: _Plan,
    tier_labels: Sequence[str],
    default_tier: str,
    today: date,
    progress: Progress | None,
) -> CustomerCsvReader:
    """Validate the rows on this thread while the writer thread records and inserts them."""
    seen: list[tuple[str, int, int]] = []

    def remember(line: int, customer_no: str) -> None:
        seen.append((customer_no, line, 0))

    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_interval, _SWITCH_INTERVAL))
    writer.start()
    next_id = plan.vault_max_id + 1
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
                    _hand_over(writer, reader, plan, seen, drafts, next_id)
                    next_id += len(drafts)
                    seen, drafts = [], []
                    if progress is not None:
                        progress(reader.data_rows, max(scan.lines - 1, reader.data_rows))
            if seen or drafts:
                _hand_over(writer, reader, plan, seen, drafts, next_id)
            text.check_unchanged()
    finally:
        writer.queue.put(None)
        writer.join()
        sys.setswitchinterval(switch_interval)
    if writer.error is not None:
        raise writer.error
    if progress is not None:
        progress(reader.data_rows, reader.data_rows)
    return reader


def _hand_over(
    writer: _Writer,
    reader: CustomerCsvReader,
    plan: _Plan,
    seen: list[tuple[str, int, int]],
    drafts: list[tuple[int, CustomerDraft]],
    first_id: int,
) -> None:
    """Prepare the batch's statements here (Python work), so that the writer only runs them."""
    if writer.error is not None:
        raise writer.error
    if reader.has_errors:
        writer.stop_inserting.set()
    lines: dict[str, int] = {}
    for line, draft in drafts:
        lines.setdefault(draft.customer_no, line)  # a repeat is the duplicate check's to report
    check: Statement | None = None
    if lines and plan.vault_max_id > 0:
        marks = ", ".join("?" * len(lines))
        check = (
            f"SELECT customer_no FROM customers WHERE id <= ? AND customer_no IN ({marks})",
            [plan.vault_max_id, *lines],
        )
    inserts: list[Statement] = []
    if plan.insert and writer.inserting and not writer.stop_inserting.is_set():
        customers, phones = draft_rows(
            drafts, first_id, batch_id=plan.batch_id, created_at=plan.created_at
        )
        inserts = multi_row_statements(CUSTOMER_INSERT, customers)
        inserts += multi_row_statements(PHONE_INSERT, phones)
    batch = _Batch(multi_row_statements(_SEEN_INSERT, seen), check, lines, inserts, len(drafts))
    writer.queue.put(batch)


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
