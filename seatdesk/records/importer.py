"""CSV import into the vault: streamed, validated row by row, all or nothing.

The file is never held in memory. It is read once to detect its encoding and hash it, then
streamed: each row is validated (`import_reading`, in a process of its own for a large file) and
the good rows are checked and written in batches (`import_writer`). Customer numbers are checked
for duplicates within the file through a temporary in-memory table, and against the vault batch
by batch. The first error stops the writing but not the checking: the report (`import_report`)
still names every bad row, by line and column, never by value. If any row is bad (or on a dry
run) nothing is imported; a crash mid-import leaves the vault as it was.

Two ways to run it. `import_customers` reads, compares and writes inside the caller's write
transaction, batch by batch (a first load of a big file: its writes could not be held). Or in
two phases, so that the write lock is held only for the writing: `plan_import` does everything
else (decoding, validating, fetching and comparing the stored rows, the statements' values)
in a read snapshot without any lock that stops a writer, and `write_plan`, in the caller's write
transaction, checks that the customers are as the plan compared them (`customers_version`) and
runs the prepared statements, or says the plan is stale.

The mode decides what a number the vault has means: an error (``add``), or a record to compare
and update (``update``; ``snapshot`` also removes the customers the file does not name). The
comparing and the removals are `import_update`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from seatdesk.records.csv_source import CsvScan, CsvSource, scan_source
from seatdesk.records.customers import customers_version, store_hashes
from seatdesk.records.delete_list import DeleteList
from seatdesk.records.import_reading import Batch, End, ReadSettings, batches
from seatdesk.records.import_report import (
    ImportReport,
    add_changes,
    check_confirmation,
    finish_report,
)
from seatdesk.records.import_update import (
    Comparer,
    HashBackfill,
    ImportMode,
    PlannedWrites,
    listed_removals,
    snapshot_removals,
)
from seatdesk.records.import_writer import (
    PLAN_MAX_ROWS,
    SEEN_TABLE,
    PlanTooBig,
    Writer,
    create_seen_table,
    drop_indexes,
    drop_seen_table,
    duplicates,
)
from seatdesk.records.sealed_rows import RowSealer, SealingPlan
from seatdesk.vault.db import VaultDb
from seatdesk.vault.value_seal import ValueOpener

__all__ = [
    "ImportJob",
    "ImportPlan",
    "ImportReport",
    "TooBig",
    "import_customers",
    "note_written",
    "plan_import",
    "store_backfill",
    "write_plan",
]

Progress = Callable[[int, int], None]
# A large import into a vault with fewer customers than the file is a bulk load. Keys that
# arrive in random order are what makes a million inserts slow (each lands on a different page
# of a big b-tree, which for the vault means decrypting and re-encrypting it): the indexes below
# are dropped and built again at the end (one sort each), inside the import's savepoint. The
# other keys arrive in order (ids, customer numbers as CRMs export them), or their b-tree stays
# in the page cache (phone numbers); each phone insert also looks its customer up (foreign key),
# which only stays cheap while the phones follow the customers.
BULK_MIN_ROWS = 20_000
REBUILT_INDEXES = ("customers_by_name", "customers_by_retain")
_SAVEPOINT = "customer_import"
# Row hashes stored a write transaction after an import (see `store_backfill`).
BACKFILL_CHUNK = 10_000


@dataclass(frozen=True)
class ImportJob:
    """What an import is asked to do, besides its file."""

    tier_labels: Sequence[str]
    default_tier: str
    today: date
    created_at: str
    actor: str
    dry_run: bool
    mode: ImportMode = "add"
    removals: DeleteList | None = None
    confirm_removals: int | None = None
    field_classes: Mapping[str, str] = field(default_factory=dict)
    progress: Progress | None = None
    encoding: str | None = None
    hash_key: bytes = field(default=b"", repr=False)  # the row hashes' (vault.store)
    # Seals what is written (services.compartment_upkeep.row_sealer); opens what is compared.
    sealer: RowSealer | None = field(default=None, repr=False)
    opener: ValueOpener | None = field(default=None, repr=False)
    # Seals the new rows in the reader (process) under write keys drawn for it.
    reader_sealing: SealingPlan | None = field(default=None, repr=False)


@dataclass
class ImportPlan:
    """An import read and compared without the write lock: its report and what to write (none
    when the report says nothing is imported), as of `version` of the customers; the row hashes
    to store after it (`store_backfill`), valid while the customers are at `written_version`."""

    report: ImportReport
    writes: PlannedWrites | None = field(repr=False)
    version: tuple[int, int]
    job: ImportJob
    backfill: HashBackfill = field(default_factory=HashBackfill, repr=False)
    written_version: tuple[int, int] | None = None


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
    hash_key: bytes = b"",
    scan: CsvScan | None = None,
    sealer: RowSealer | None = None,
    opener: ValueOpener | None = None,
    reader_sealing: SealingPlan | None = None,
) -> ImportReport:
    """Import `source` (the file's bytes or its path; None with a delete list alone) inside the
    caller's transaction, reading and writing batch by batch; the encoding is detected unless
    given ("utf-8" or "gb18030", from ``--encoding``).

    `removals` (a delete list) may go with any mode. The removals found (those and, for a
    snapshot, every customer the file does not name) are in `report.removals`, for the caller
    to destroy in the same transaction; unless this is a dry run they need `confirm_removals`
    to be their number, or nothing is changed and `report.unconfirmed` says so.
    `field_classes` (policy field -> class) makes the change report's per-class counts.
    With `hash_key` (update, snapshot) rows are recognised unchanged by their stored hash."""
    job = ImportJob(
        tier_labels, default_tier, today, created_at, actor, dry_run, mode, removals,
        confirm_removals, field_classes or {}, progress, encoding, hash_key, sealer, opener,
        reader_sealing,
    )  # fmt: skip
    return _run(db, source, job, plan=False, scan=scan).report


@dataclass(frozen=True)
class TooBig:
    """A plan given up: its writes would be too many to hold (`PLAN_MAX_ROWS`); import under
    the lock instead, with the file's scan (`import_customers(scan=)`: not read again)."""

    scan: CsvScan | None


def plan_import(db: VaultDb, source: CsvSource | None, job: ImportJob) -> ImportPlan | TooBig:
    """Everything `import_customers` does but the writes, in one read snapshot (outside a
    transaction no lock is taken that would stop another connection's writes)."""
    with db.snapshot():
        try:
            return _run(db, source, job, plan=True)
        except PlanTooBig as too_big:
            return TooBig(too_big.scan if isinstance(too_big.scan, CsvScan) else None)


def write_plan(db: VaultDb, plan: ImportPlan) -> ImportReport | None:
    """Run a plan's writes in the caller's write transaction; None, writing nothing, if the
    customers changed since it was made (plan again)."""
    if not db.in_transaction:
        raise RuntimeError("write_plan needs the caller's write transaction")
    if customers_version(db) != plan.version:
        return None
    report, writes, job = plan.report, plan.writes, plan.job
    if writes is None:
        return report
    batch_id = db.execute_returning_id(
        "INSERT INTO import_batches(at, actor, rows, encoding, sha256) VALUES (?, ?, ?, ?, ?)",
        (job.created_at, job.actor, report.imported, report.encoding, report.sha256),
    )
    if job.sealer is None:
        raise RuntimeError("an import that writes needs the vault's sealer")
    drawn = job.reader_sealing.drawn if job.reader_sealing is not None else ()
    if not writes.execute(
        db, batch_id=batch_id, stamp=job.created_at, sealer=job.sealer, drawn=drawn
    ):
        raise RuntimeError("a planned insert met a customer number the vault has")
    report.batch_id = batch_id
    return report


def note_written(db: VaultDb, plan: ImportPlan) -> None:
    """At the end of the write transaction (after the removals the caller destroyed): the
    customers as `store_backfill` must find them."""
    plan.written_version = customers_version(db)


def store_backfill(db: VaultDb, plan: ImportPlan, *, chunk: int = BACKFILL_CHUNK) -> int:
    """After `write_plan` committed: store the hashes of the rows found equal that had none, a
    chunk per short write transaction (a desk's writes go in between), while the customers are
    as written; returns how many were stored (the next import stores the rest)."""
    stored = 0
    for start in range(0, len(plan.backfill), chunk):
        with db.transaction():
            if plan.written_version is None or customers_version(db) != plan.written_version:
                break
            part = plan.backfill.chunk(start, chunk)
            store_hashes(db, part)  # no customer column changes: the version stays
            stored += len(part)
    plan.backfill = HashBackfill()
    return stored


def _run(
    db: VaultDb,
    source: CsvSource | None,
    job: ImportJob,
    *,
    plan: bool,
    scan: CsvScan | None = None,
) -> ImportPlan:
    """The import; with `plan` nothing is written to the vault, the writes are held instead."""
    if job.default_tier not in job.tier_labels:
        raise ValueError("default_tier must be one of tier_labels")
    version = customers_version(db)
    if source is None:
        if job.removals is None:
            raise ValueError("an import needs a file, a delete list or both")
        report = _remove_only(db, job.removals, dry_run=job.dry_run, confirm=job.confirm_removals)
        return ImportPlan(report, None, version, job)  # the caller destroys the removals
    scan = scan or scan_source(source, job.encoding)
    temp_cache = create_seen_table(db)
    if not plan:
        db.execute(f"SAVEPOINT {_SAVEPOINT}")
    try:
        report, writer, rebuild = _read_and_compare(db, source, scan, job, plan=plan)
        if plan:
            writes = _to_write(report, writer.writes)
            backfill = HashBackfill()
            if writes is not None:
                report.imported = report.changes.added + report.changes.changed
                if writer.comparer is not None:
                    backfill = writer.comparer.backfill
            return ImportPlan(report, writes, version, job, backfill)
        if report.errors or job.dry_run or report.unconfirmed:
            if writer.conflict and not report.errors:
                raise RuntimeError("import conflict without a reported duplicate")
            db.execute(f"ROLLBACK TO {_SAVEPOINT}")
        else:
            for sql in rebuild:
                db.execute(sql)
            written = report.changes.added + report.changes.changed
            batch_id = writer.batch_id
            db.execute("UPDATE import_batches SET rows = ? WHERE id = ?", (written, batch_id))
            report.imported, report.batch_id = written, batch_id
        db.execute(f"RELEASE {_SAVEPOINT}")
        return ImportPlan(report, None, version, job)
    except PlanTooBig as too_big:
        too_big.scan = scan
        raise
    except BaseException:
        if not plan and db.in_transaction:
            db.execute(f"ROLLBACK TO {_SAVEPOINT}")
            db.execute(f"RELEASE {_SAVEPOINT}")
        raise
    finally:
        if db.in_transaction:
            drop_seen_table(db)
        db.execute(f"PRAGMA temp.cache_size = {temp_cache}")


def _read_and_compare(
    db: VaultDb, source: CsvSource, scan: CsvScan, job: ImportJob, *, plan: bool
) -> tuple[ImportReport, Writer, list[str]]:
    """Read the file through the writer, then the removals and the confirmation: the report, the
    writer (with what it wrote or holds) and the indexes to build again (a bulk load)."""
    report = ImportReport(
        encoding=scan.encoding, rows=0, sha256=scan.sha256, dry_run=job.dry_run, mode=job.mode
    )
    expected_rows = max(scan.lines - 1, 0)
    vault_max_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers"))
    if plan and not job.dry_run and expected_rows - vault_max_id > PLAN_MAX_ROWS:
        raise PlanTooBig  # at least this many new customers: import under the lock
    batch_id = 0
    rebuild: list[str] = []
    if not job.dry_run and not plan:
        batch_id = db.execute_returning_id(
            "INSERT INTO import_batches(at, actor, rows, encoding, sha256) VALUES (?, ?, 0, ?, ?)",
            (job.created_at, job.actor, scan.encoding, scan.sha256),
        )
        # Not for an update of a full vault: rebuilding would write every unchanged row.
        bulk = job.mode == "add" or vault_max_id == 0
        if bulk and expected_rows >= BULK_MIN_ROWS and expected_rows >= vault_max_id:
            rebuild = drop_indexes(db, REBUILT_INDEXES)
    settings = ReadSettings(
        tuple(job.tier_labels),
        job.default_tier,
        job.today,
        insert=not job.dry_run,
        compare=job.mode != "add",
        first_id=vault_max_id + 1,
        batch_id=batch_id,
        created_at=job.created_at,
        hash_key=job.hash_key,
        sealing=None if job.dry_run else job.reader_sealing,
    )
    comparer = None
    if job.mode != "add":
        if job.opener is None:
            raise RuntimeError("an import that compares needs the session's opener")
        comparer = Comparer(
            db,
            write=not job.dry_run,
            next_id=vault_max_id + 1,
            batch_id=batch_id,
            created_at=job.created_at,
            field_classes=job.field_classes,
            today=job.today.isoformat(),
            default_tier=job.default_tier,
            opener=job.opener,
        )
    writer = Writer(
        db, insert=not job.dry_run, vault_max_id=vault_max_id, comparer=comparer,
        stream=not plan, batch_id=batch_id, stamp=job.created_at, sealer=job.sealer,
        drawn=job.reader_sealing.drawn if job.reader_sealing is not None else (),
    )  # fmt: skip
    end = _feed(writer, batches(source, scan, settings), expected_rows, job.progress)
    finish_report(report, end, writer, duplicates(db))
    add_changes(report, writer)
    if job.removals is not None:
        report.removals, report.list_problems = listed_removals(
            db, job.removals, SEEN_TABLE, vault_max_id
        )
    if job.mode == "snapshot" and not report.errors:
        listed = {removal.customer_no for removal in report.removals}
        report.removals += [
            removal
            for removal in snapshot_removals(db, SEEN_TABLE, vault_max_id)
            if removal.customer_no not in listed
        ]
    check_confirmation(report, job.confirm_removals)
    return report, writer, rebuild


def _feed(
    writer: Writer, items: Iterator[Batch | End], expected_rows: int, progress: Progress | None
) -> End:
    """Every batch through the writer (progress after each); the reader's end."""
    end: End | None = None
    try:
        for item in items:
            if isinstance(item, End):
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
    return end


def _to_write(report: ImportReport, writes: PlannedWrites) -> PlannedWrites | None:
    """What a plan writes: nothing when the report says nothing is imported."""
    if report.errors or report.dry_run or report.unconfirmed:
        return None
    return writes


def _remove_only(
    db: VaultDb, removals: DeleteList, *, dry_run: bool, confirm: int | None
) -> ImportReport:
    """A delete list without an import file: checked and confirmed as with one."""
    vault_max_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers"))
    report = ImportReport(encoding="", rows=0, sha256="", dry_run=dry_run)
    report.removals, report.list_problems = listed_removals(db, removals, None, vault_max_id)
    check_confirmation(report, confirm)
    return report
