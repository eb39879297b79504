"""The import's reading side: the file validated row by row and prepared in batches, in this
process or, for a large file, in a reader process of its own (``python -m
seatdesk.records.import_reader``; validation is Python work, writing mostly SQLite's: in one
process they would share one core through the GIL). Batches go to the importing process pickled
through a pipe; nothing here touches the vault.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

from seatdesk.records.csv_format import CustomerDraft, RowProblem
from seatdesk.records.csv_reader import CustomerCsvReader
from seatdesk.records.csv_source import CsvScan, CsvSource, open_text
from seatdesk.records.customers import (
    IMPORTED_COLUMNS,
    draft_phones,
    draft_rows,
    draft_values,
    row_hash,
    sealed_rows,
)
from seatdesk.records.import_update import PreparedRow
from seatdesk.records.sealed_rows import RowSealer, SealingPlan

_fcntl: Any = importlib.import_module("fcntl") if os.name == "posix" else None

_PIPE_BYTES = 1 << 20
# Rows per batch: 1600 customers of 20 values make one INSERT statement.
BATCH_ROWS = 1600
_EXPIRES = IMPORTED_COLUMNS.index("tier_expires")
# Files with at least this many lines are validated in a separate process.
PARALLEL_MIN_ROWS = 20_000


@dataclass(frozen=True)
class ReadSettings:
    """What validating and preparing the rows needs (sent to the reader process)."""

    tier_labels: tuple[str, ...]
    default_tier: str
    today: date
    insert: bool
    compare: bool  # prepare rows to compare with the vault (update, snapshot)
    first_id: int  # the id of the first customer inserted
    batch_id: int
    created_at: str
    # The key of the row hashes (`customers.row_hash`); b"": no hashes.
    hash_key: bytes = field(default=b"", repr=False)
    # Seal the new rows here (in the reader process, beside the writer): compartments' write
    # keys drawn for this import by the importing process, which writes their rows.
    sealing: SealingPlan | None = field(default=None, repr=False)


@dataclass
class Batch:
    """Rows validated and prepared for the vault: flat statement values, one list per table."""

    data_rows: int  # rows read so far, good or bad (for progress)
    errors: bool  # an error has been found (from then on nothing is prepared for insertion)
    seen: list[object]  # (customer_no, line, ok) of every row with a number
    lines: dict[str, int]  # first line of each number among the rows without error
    customers: list[object]  # new customers' values (empty when not inserting)
    phones: list[object]  # PHONE_INSERT values
    rows: list[PreparedRow]  # when comparing: the rows to compare, instead of the two above
    sealed: bool = False  # `customers` as the vault stores them (STORED_WIDTH), else clear


@dataclass
class End:
    problems: list[RowProblem]
    data_rows: int
    drafts: int


@dataclass
class _Failed:
    error: BaseException


def prepare(source: CsvSource, scan: CsvScan, settings: ReadSettings) -> Iterator[Batch | End]:
    """Validate the file row by row and prepare the batches; the last item is the `End`."""
    seen: list[object] = []

    def remember(line: int, customer_no: str) -> None:
        seen.extend((customer_no, line, 0))

    key, today = settings.hash_key, settings.today.isoformat()

    def _prepared(draft: CustomerDraft) -> PreparedRow:
        values, phones = draft_values(draft), draft_phones(draft)
        expires = values[_EXPIRES]
        if not key or (expires is not None and str(expires) < today):
            return values, phones, None  # an expired tier is compared as the expiry leaves it
        return values, phones, row_hash(key, values, phones)

    next_id = settings.first_id
    sealer = None if settings.sealing is None else RowSealer.detached(settings.sealing)
    with open_text(source, scan) as text:
        reader = CustomerCsvReader(
            text,
            tier_labels=settings.tier_labels,
            default_tier=settings.default_tier,
            today=settings.today,
            seen=remember,
        )
        drafts: list[tuple[int, CustomerDraft]] = []

        def batch() -> Batch:
            lines: dict[str, int] = {}
            for line, draft in drafts:
                lines.setdefault(draft.customer_no, line)  # a repeat: the duplicate check's
            customers: list[object] = []
            phones: list[object] = []
            prepared: list[PreparedRow] = []
            errors = reader.has_errors
            if settings.compare and not errors:
                prepared = [_prepared(draft) for _, draft in drafts]
            elif settings.insert and not errors:
                rows, phone_rows = draft_rows(
                    drafts,
                    next_id,
                    batch_id=settings.batch_id,
                    created_at=settings.created_at,
                    hash_key=settings.hash_key,
                )
                customers = [value for row in rows for value in row]
                if sealer is not None:
                    customers = sealed_rows(customers, sealer)
                phones = [value for row in phone_rows for value in row]
            sealed = sealer is not None and bool(customers)
            return Batch(reader.data_rows, errors, seen, lines, customers, phones, prepared, sealed)

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
    yield End(reader.problems, reader.data_rows, reader.drafts)


def prepare_in_child(stage: str = "read") -> int:
    """The reader process (``python -m seatdesk.records.import_reader``): the arguments come
    pickled on stdin, the batches go pickled to stdout, then the end (or the failure). With a
    sealing plan, the reading stage sends the plan first and the rows clear, and a sealing stage
    (``import_reader seal``, reading the first stage's output) seals them: validation and sealing
    then run in two processes beside the importer's writes."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed goes to stderr, not into the stream
    try:
        items = _sealed_stage(sys.stdin.buffer) if stage == "seal" else _read_stage(out)
        for item in items:
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


def _read_stage(out: IO[bytes]) -> Iterator[Batch | End]:
    source, scan, settings = pickle.load(sys.stdin.buffer)
    if settings.sealing is not None:  # the next stage seals: it gets the plan first
        pickle.dump(settings.sealing, out, protocol=pickle.HIGHEST_PROTOCOL)
        settings = dataclasses.replace(settings, sealing=None)
    return prepare(source, scan, settings)


def _sealed_stage(stream: IO[bytes]) -> Iterator[Batch | End]:
    """The rows of the reading stage's batches sealed under the plan it sent first."""
    plan = pickle.load(stream)
    if isinstance(plan, _Failed):
        raise plan.error
    if not isinstance(plan, SealingPlan):
        raise RuntimeError("the import's sealing stage got no plan")
    sealer = RowSealer.detached(plan)
    for item in _received(stream):
        if isinstance(item, Batch) and item.customers and not item.sealed:
            item.customers, item.sealed = sealed_rows(item.customers, sealer), True
        yield item


def _received(stream: IO[bytes]) -> Iterator[Batch | End]:
    """The items a reader stage sends, to its `End`; its failure raised here."""
    while True:
        try:
            item = pickle.load(stream)
        except EOFError:
            raise RuntimeError("the import's reader process stopped unexpectedly") from None
        if isinstance(item, _Failed):
            raise item.error
        yield item
        if isinstance(item, End):
            return


def prepared_elsewhere(
    source: CsvSource, scan: CsvScan, settings: ReadSettings
) -> Iterator[Batch | End]:
    """`prepare` in a separate Python process, fed and read through pipes."""
    environment = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    command = [sys.executable, "-m", "seatdesk.records.import_reader"]
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment
    )
    processes = [process]
    assert process.stdin is not None and process.stdout is not None
    _widen_pipe(process.stdout)
    stream = process.stdout
    try:
        if settings.sealing is not None:
            sealing = subprocess.Popen(
                [*command, "seal"], stdin=process.stdout, stdout=subprocess.PIPE, env=environment
            )
            processes.append(sealing)
            process.stdout.close()  # the sealing stage reads it
            assert sealing.stdout is not None
            _widen_pipe(sealing.stdout)
            stream = sealing.stdout
        with process.stdin:
            pickle.dump((source, scan, settings), process.stdin)
        yield from _received(stream)
    finally:
        stream.close()
        for child in processes:
            if child.poll() is None:
                child.kill()
            child.wait()


def batches(source: CsvSource, scan: CsvScan, settings: ReadSettings) -> Iterator[Batch | End]:
    """The batches of the file, read in a process of its own when it is large."""
    parallel = scan.lines - 1 >= PARALLEL_MIN_ROWS and not getattr(sys, "frozen", False)
    return (prepared_elsewhere if parallel else prepare)(source, scan, settings)


def _widen_pipe(pipe: IO[bytes]) -> None:
    """Let the reader write a whole batch or two ahead (Linux pipes hold 64 KiB by default)."""
    set_size = getattr(_fcntl, "F_SETPIPE_SZ", None)
    if _fcntl is not None and set_size is not None:
        with contextlib.suppress(OSError, ValueError):
            _fcntl.fcntl(pipe.fileno(), set_size, _PIPE_BYTES)
