"""CSV import into the vault: streamed, validated row by row, all or nothing.

The file is never held in memory. It is read once to detect its encoding and hash it, then
streamed: each row is validated and the good rows are inserted in batches inside a savepoint of
the caller's transaction. A large file is validated in a second process while this one inserts
(validation is Python work, insertion mostly SQLite's; in one process they would share one core
through the GIL). Customer numbers are checked for duplicates within the file through a
temporary in-memory table, and against the vault batch by batch. The first error stops the
inserting but not the checking: the report still names every bad row. If any row is bad (or on
a dry run) the savepoint is rolled back and nothing is imported; a crash mid-import leaves the
vault as it was (SQLite rolls back the open transaction). The report names lines and columns,
never values.

The mode decides what a number the vault has means: an error (``add``), or a record to compare
and update (``update``; ``snapshot`` also removes the customers the file does not name). The
comparing and the removals are `import_update`'s.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

from seatdesk.records.csv_format import CustomerCsvReader, CustomerDraft, RowProblem
from seatdesk.records.csv_source import CsvScan, CsvSource, open_text, scan_source
from seatdesk.records.customers import (
    CUSTOMER_INSERT,
    PHONE_INSERT,
    draft_phones,
    draft_rows,
    draft_values,
    insert_values,
)
from seatdesk.records.delete_list import DeleteList
from seatdesk.records.import_update import (
    ChangeReport,
    Comparer,
    ImportMode,
    LifecycleChange,
    PreparedRow,
    Removal,
    listed_removals,
    snapshot_removals,
)
from seatdesk.vault.db import IntegrityError, VaultDb

_fcntl: Any = importlib.import_module("fcntl") if os.name == "posix" else None

Progress = Callable[[int, int], None]
_PIPE_BYTES = 1 << 20
# Rows per batch: 1600 customers of 19 values make one INSERT statement.
BATCH_ROWS = 1600
# Files with at least this many lines are validated in a separate process.
PARALLEL_MIN_ROWS = 20_000
# A large import into a vault with fewer customers than the file is a bulk load. Keys that
# arrive in random order are what makes a million inserts slow (each lands on a different page
# of a big b-tree, which for the vault means decrypting and re-encrypting it): the indexes below
# are dropped and built again at the end (one sort each), inside the import's savepoint. The
# other keys arrive in order (ids, customer numbers as CRMs export them), or their b-tree stays
# in the page cache (phone numbers); each phone insert also looks its customer up (foreign key),
# which only stays cheap while the phones follow the customers.
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
    """What an import found and did. Counts, lines and columns, customer numbers (not
    protected): never a value of a protected field."""

    encoding: str  # "" without an import file (a delete list alone)
    rows: int
    sha256: str
    dry_run: bool
    problems: list[RowProblem] = field(default_factory=list)
    imported: int = 0  # customers written: added and changed (0 on a dry run)
    batch_id: int | None = None
    mode: ImportMode = "add"
    changes: ChangeReport = field(default_factory=ChangeReport)
    list_problems: list[RowProblem] = field(default_factory=list)  # the delete list's
    added_numbers: list[str] = field(default_factory=list)
    changed_numbers: list[str] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)  # the caller destroys them
    lifecycle: list[LifecycleChange] = field(default_factory=list)
    # Set when removals were due but `confirm_removals` did not match: nothing was changed.
    unconfirmed: bool = False

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in (*self.problems, *self.list_problems) if not p.is_warning]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.is_warning]

    @property
    def removed_numbers(self) -> list[str]:
        return [removal.customer_no for removal in self.removals]


@dataclass(frozen=True)
class _Settings:
    """What validating and preparing the rows needs (sent to the parser process)."""

    tier_labels: tuple[str, ...]
    default_tier: str
    today: date
    insert: bool
    compare: bool  # prepare rows to compare with the vault (update, snapshot)
    first_id: int  # the id of the first customer inserted
    batch_id: int
    created_at: str


@dataclass
class _Batch:
    """Rows validated and prepared for the vault: flat statement values, one list per table."""

    data_rows: int  # rows read so far, good or bad (for progress)
    errors: bool  # an error has been found (from then on nothing is prepared for insertion)
    seen: list[object]  # (customer_no, line, ok) of every row with a number
    lines: dict[str, int]  # first line of each number among the rows without error
    customers: list[object]  # CUSTOMER_INSERT values (empty when not inserting)
    phones: list[object]  # PHONE_INSERT values
    rows: list[PreparedRow]  # when comparing: the rows to compare, instead of the two above


@dataclass
class _End:
    problems: list[RowProblem]
    data_rows: int
    drafts: int


@dataclass
class _Failed:
    error: BaseException


def _prepare(source: CsvSource, scan: CsvScan, settings: _Settings) -> Iterator[_Batch | _End]:
    """Validate the file row by row and prepare the batches; the last item is the `_End`."""
    seen: list[object] = []

    def remember(line: int, customer_no: str) -> None:
        seen.extend((customer_no, line, 0))

    next_id = settings.first_id
    with open_text(source, scan) as text:
        reader = CustomerCsvReader(
            text,
            tier_labels=settings.tier_labels,
            default_tier=settings.default_tier,
            today=settings.today,
            seen=remember,
        )
        drafts: list[tuple[int, CustomerDraft]] = []

        def batch() -> _Batch:
            lines: dict[str, int] = {}
            for line, draft in drafts:
                lines.setdefault(draft.customer_no, line)  # a repeat: the duplicate check's
            customers: list[object] = []
            phones: list[object] = []
            prepared: list[PreparedRow] = []
            errors = reader.has_errors
            if settings.compare and not errors:
                prepared = [(draft_values(draft), draft_phones(draft)) for _, draft in drafts]
            elif settings.insert and not errors:
                rows, phone_rows = draft_rows(
                    drafts, next_id, batch_id=settings.batch_id, created_at=settings.created_at
                )
                customers = [value for row in rows for value in row]
                phones = [value for row in phone_rows for value in row]
            return _Batch(reader.data_rows, errors, seen, lines, customers, phones, prepared)

        for line, draft in reader:
            assert seen[-2] == line  # every draft has a number, noted just now
            seen[-1] = 1
            drafts.append((line, draft))
            if len(drafts) >= BATCH_ROWS:
                yield batch()
                next_id += len(drafts)
                seen, drafts = [], []
        if seen or drafts:
            yield batch()
        text.check_unchanged()
    yield _End(reader.problems, reader.data_rows, reader.drafts)


def prepare_in_child() -> int:
    """The reader process (``python -m seatdesk.records.import_reader``): the arguments come
    pickled on stdin, the batches go pickled to stdout, then the end (or the failure)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed goes to stderr, not into the stream
    try:
        source, scan, settings = pickle.load(sys.stdin.buffer)
        for item in _prepare(source, scan, settings):
            pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()  # all of it: the importer must not wait for the next batch
    except (BrokenPipeError, KeyboardInterrupt):
        return 1  # the importing process is gone
    except BaseException as exc:
        failure = _Failed(exc)
        try:
            pickle.dumps(failure)
        except Exception:
            failure = _Failed(RuntimeError(f"import reader failed ({type(exc).__name__})"))
        with contextlib.suppress(OSError):
            pickle.dump(failure, out)
            out.flush()
        return 1
    finally:
        with contextlib.suppress(OSError):
            out.close()
    return 0


def _prepared_elsewhere(
    source: CsvSource, scan: CsvScan, settings: _Settings
) -> Iterator[_Batch | _End]:
    """`_prepare` in a separate Python process, fed and read through pipes."""
    environment = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    process = subprocess.Popen(
        [sys.executable, "-m", "seatdesk.records.import_reader"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=environment,
    )
    assert process.stdin is not None and process.stdout is not None
    _widen_pipe(process.stdout)
    try:
        with process.stdin:
            pickle.dump((source, scan, settings), process.stdin)
        while True:
            try:
                item = pickle.load(process.stdout)
            except EOFError:
                raise RuntimeError("the import's reader process stopped unexpectedly") from None
            if isinstance(item, _Failed):
                raise item.error
            yield item
            if isinstance(item, _End):
                return
    finally:
        process.stdout.close()
        if process.poll() is None:
            process.kill()
        process.wait()


def _widen_pipe(pipe: IO[bytes]) -> None:
    """Let the reader write a whole batch or two ahead (Linux pipes hold 64 KiB by default)."""
    set_size = getattr(_fcntl, "F_SETPIPE_SZ", None)
    if _fcntl is not None and set_size is not None:
        with contextlib.suppress(OSError, ValueError):
            _fcntl.fcntl(pipe.fileno(), set_size, _PIPE_BYTES)


class _Writer:
    """Records the numbers seen, checks them against the vault (add) or compares the rows with
    it (`comparer`: update, snapshot), and writes while the file is still clean."""

    def __init__(
        self, db: VaultDb, *, insert: bool, vault_max_id: int, comparer: Comparer | None = None
    ) -> None:
        self.db = db
        self.inserting = insert or comparer is not None
        self.vault_max_id = vault_max_id
        self.comparer = comparer
        self.in_vault: list[int] = []  # lines whose customer number the vault already has
        self.conflict = False  # an insert hit the unique customer number
        self.inserted = 0
        self.numbers: list[str] = []  # add: the numbers of the rows without error

    def write(self, batch: _Batch) -> None:
        db = self.db
        insert_values(db, _SEEN_INSERT, 3, batch.seen)
        if self.comparer is not None:
            if batch.errors:
                self.inserting = False
            if self.inserting and not self.comparer.apply(batch.rows):
                # A number repeated within the file; the duplicate check reports it at the end.
                self.conflict, self.inserting = True, False
            return
        self.numbers.extend(batch.lines)
        if batch.lines and self.vault_max_id > 0:
            marks = ", ".join("?" * len(batch.lines))
            for (found,) in db.execute(
                f"SELECT customer_no FROM customers WHERE id <= ? AND customer_no IN ({marks})",
                [self.vault_max_id, *batch.lines],
            ):
                self.in_vault.append(batch.lines[str(found)])
        if self.in_vault or batch.errors:
            self.inserting = False
        if not self.inserting or not batch.customers:
            return
        try:
            insert_values(db, CUSTOMER_INSERT, 19, batch.customers)
        except IntegrityError:
            # A number repeated within the file; the duplicate check reports it at the end.
            self.conflict, self.inserting = True, False
            return
        insert_values(db, PHONE_INSERT, 3, batch.phones)
        self.inserted += len(batch.customers) // 19


def import_customers(
    db: VaultDb,
    source: CsvSource | None,
    *,
    tier_labels: Sequence[str],
    default_tier: str,
    today: date,
    created_at: str,
    actor: str,
    dry_run: bool,
    mode: ImportMode = "add",
    removals: DeleteList | None = None,
    confirm_removals: int | None = None,
    field_classes: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    encoding: str | None = None,
) -> ImportReport:
    """Import `source` (the file's bytes or its path; None with a delete list alone) inside the
    caller's transaction; the encoding is detected unless given ("utf-8" or "gb18030", from
    ``--encoding``).

    `removals` (a delete list) may go with any mode. The removals found (those and, for a
    snapshot, every customer the file does not name) are in `report.removals`, for the caller
    to destroy in the same transaction; unless this is a dry run they need `confirm_removals`
    to be their number, or nothing is changed and `report.unconfirmed` says so.
    `field_classes` (policy field -> class) makes the change report's per-class counts."""
    if default_tier not in tier_labels:
        raise ValueError("default_tier must be one of tier_labels")
    if source is None:
        if removals is None:
            raise ValueError("an import needs a file, a delete list or both")
        return _remove_only(db, removals, dry_run=dry_run, confirm_removals=confirm_removals)
    scan = scan_source(source, encoding)
    report = ImportReport(
        encoding=scan.encoding, rows=0, sha256=scan.sha256, dry_run=dry_run, mode=mode
    )
    expected_rows = max(scan.lines - 1, 0)
    _drop_temp_table(db)
    temp_cache = int(db.scalar("PRAGMA temp.cache_size"))
    db.execute(f"PRAGMA temp.cache_size = -{_TEMP_CACHE_KIB}")
    db.execute(
        f"CREATE TABLE {_SEEN_TABLE} (customer_no TEXT NOT NULL, line INTEGER NOT NULL, "
        "ok INTEGER NOT NULL, PRIMARY KEY (customer_no, line)) WITHOUT ROWID"
    )
    db.execute(f"SAVEPOINT {_SAVEPOINT}")
    try:
        vault_max_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers"))
        batch_id = 0
        rebuild: list[str] = []
        if not dry_run:
            batch_id = db.execute_returning_id(
                "INSERT INTO import_batches(at, actor, rows, encoding, sha256) "
                "VALUES (?, ?, 0, ?, ?)",
                (created_at, actor, scan.encoding, scan.sha256),
            )
            # Not for an update of a full vault: rebuilding would write every unchanged row.
            bulk = mode == "add" or vault_max_id == 0
            if bulk and expected_rows >= BULK_MIN_ROWS and expected_rows >= vault_max_id:
                rebuild = _drop_indexes(db, REBUILT_INDEXES)
        settings = _Settings(
            tuple(tier_labels),
            default_tier,
            today,
            insert=not dry_run,
            compare=mode != "add",
            first_id=vault_max_id + 1,
            batch_id=batch_id,
            created_at=created_at,
        )
        parallel = expected_rows >= PARALLEL_MIN_ROWS and not getattr(sys, "frozen", False)
        items = (_prepared_elsewhere if parallel else _prepare)(source, scan, settings)
        comparer = None
        if mode != "add":
            comparer = Comparer(
                db,
                write=not dry_run,
                next_id=vault_max_id + 1,
                batch_id=batch_id,
                created_at=created_at,
                field_classes=field_classes or {},
                today=today.isoformat(),
                default_tier=default_tier,
            )
        writer = _Writer(db, insert=not dry_run, vault_max_id=vault_max_id, comparer=comparer)
        end: _End | None = None
        try:
            for item in items:
                if isinstance(item, _End):
                    end = item
                    break
                writer.write(item)
                if progress is not None:
                    progress(item.data_rows, max(expected_rows, item.data_rows))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # stops the reader process if we leave early
        assert end is not None
        if progress is not None:
            progress(end.data_rows, end.data_rows)
        duplicates = _duplicates(db)
        _finish_report(report, end, writer, duplicates)
        _changes(report, writer)
        if removals is not None:
            report.removals, report.list_problems = listed_removals(
                db, removals, _SEEN_TABLE, vault_max_id
            )
        if mode == "snapshot" and not report.errors:
            listed = {removal.customer_no for removal in report.removals}
            report.removals += [
                removal
                for removal in snapshot_removals(db, _SEEN_TABLE, vault_max_id)
                if removal.customer_no not in listed
            ]
        _check_confirmation(report, confirm_removals)
        if report.errors or dry_run or report.unconfirmed:
            if writer.conflict and not report.errors:
                raise RuntimeError("import conflict without a reported duplicate")
            db.execute(f"ROLLBACK TO {_SAVEPOINT}")
        else:
            for sql in rebuild:
                db.execute(sql)
            written = report.changes.added + report.changes.changed
            db.execute("UPDATE import_batches SET rows = ? WHERE id = ?", (written, batch_id))
            report.imported, report.batch_id = written, batch_id
        db.execute(f"RELEASE {_SAVEPOINT}")
    except BaseException:
        if db.in_transaction:
            db.execute(f"ROLLBACK TO {_SAVEPOINT}")
            db.execute(f"RELEASE {_SAVEPOINT}")
        raise
    finally:
        if db.in_transaction:
            _drop_temp_table(db)
        db.execute(f"PRAGMA temp.cache_size = {temp_cache}")
    return report


def _changes(report: ImportReport, writer: _Writer) -> None:
    """The change report; empty when the file has errors (nothing is imported)."""
    if report.errors:
        return
    comparer = writer.comparer
    if comparer is None:
        report.changes = ChangeReport(added=report.rows)
        report.added_numbers = writer.numbers
        return
    report.changes = comparer.changes
    report.changes.added = len(comparer.added_numbers)
    report.added_numbers = comparer.added_numbers
    report.changed_numbers = comparer.changed_numbers
    report.lifecycle = comparer.lifecycle


def _check_confirmation(report: ImportReport, confirm_removals: int | None) -> None:
    """Removals need their number confirmed (not on a dry run: that is where it comes from)."""
    if report.errors:
        report.removals = []
        return
    report.changes.removed = len(report.removals)
    if report.dry_run:
        return
    expected = confirm_removals if confirm_removals is not None else 0
    report.unconfirmed = expected != len(report.removals)


def _remove_only(
    db: VaultDb, removals: DeleteList, *, dry_run: bool, confirm_removals: int | None
) -> ImportReport:
    """A delete list without an import file: checked and confirmed as with one."""
    vault_max_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers"))
    report = ImportReport(encoding="", rows=0, sha256="", dry_run=dry_run)
    report.removals, report.list_problems = listed_removals(db, removals, None, vault_max_id)
    _check_confirmation(report, confirm_removals)
    return report


def _drop_temp_table(db: VaultDb) -> None:
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
    report: ImportReport, end: _End, writer: _Writer, duplicates: list[tuple[int, int, int]]
) -> None:
    """Merge the problems found row by row with those found across rows, in line order (a
    duplicate first on its line, as the in-memory check of `parse_customer_csv` reports it)."""
    duplicate_lines = {line for line, _, _ in duplicates}
    ordered: list[tuple[tuple[int, bool, int], RowProblem]] = [
        ((p.line, p.is_warning, 1), p) for p in end.problems
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
    report.rows = end.drafts - sum(ok for _, _, ok in duplicates)
