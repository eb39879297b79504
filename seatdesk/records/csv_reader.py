"""Reading a customer import file row by row (DESIGN §6): the header, the CSV structure, rows
validated one at a time (`csv_format.RowChecker`) and their customer numbers, as drafts and
problems. Pure: text in, drafts and problems out; problems name the line and column, never the
value.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date

from seatdesk.records.csv_format import (
    COLUMNS,
    REQUIRED,
    CustomerDraft,
    ParsedCsv,
    RowChecker,
    RowProblem,
    decode_csv_bytes,
)

__all__ = ["CustomerCsvReader", "SeenHook", "first_line_tracker", "parse_customer_csv"]


def _csv_error_message(exc: csv.Error) -> str:
    reason = str(exc)
    if "end of data" in reason:
        return "a quote opened here is never closed"
    if "expected after" in reason:
        return 'a quoted field goes on after its closing quote (write a quote inside one as "")'
    if "field limit" in reason:
        return "a field is too large"
    return "the CSV structure is broken here"


def _header(row: list[str], line: int, problems: list[RowProblem]) -> dict[str, int]:
    """Map known column names to their index (first occurrence); report header problems."""
    names = [cell.replace("\ufeff", "").strip().lower() for cell in row]
    index: dict[str, int] = {}
    if not any(name in COLUMNS for name in names):
        # Probably a file without a header: its first row is a customer, whose values must not
        # be echoed as "unknown column" names.
        problems.append(
            RowProblem(line, "", "the first row is not a header (expected customer_no, name, ...)")
        )
        return index
    for position, name in enumerate(names, start=1):
        if not name:
            problems.append(RowProblem(line, "", f"column {position} of the header has no name"))
        elif name not in COLUMNS:
            problems.append(RowProblem(line, name, "unknown column"))
        elif name in index:
            problems.append(RowProblem(line, name, "column appears more than once in the header"))
        else:
            index[name] = position - 1
    for name in REQUIRED:
        if name not in index:
            problems.append(RowProblem(line, name, "required column is missing"))
    return index


SeenHook = Callable[[int, str], int | None]
"""Called with ``(line, customer_no)`` for every data row that has a customer number; returns the
line where that number was first seen (the row is then a duplicate) or None. A hook may also
record the numbers and report duplicates later (the streaming import does, in the vault)."""


def first_line_tracker() -> SeenHook:
    """The in-memory duplicate check of :func:`parse_customer_csv`: a dict of every number."""
    first_line: dict[str, int] = {}

    def seen(line: int, customer_no: str) -> int | None:
        first = first_line.get(customer_no)
        if first is None:
            first_line[customer_no] = line
        return first

    return seen


class CustomerCsvReader:
    """Validates an import file row by row from a text stream, holding one row at a time.

    Iterating yields ``(line, draft)`` for each row without errors (warnings allowed); every
    problem found, of every row, accumulates in :attr:`problems`, and the end-of-file problems
    (empty file, no customer rows) are added when the iteration ends. Line numbers are physical
    lines of the file (a quoted field may span several). Blank lines and rows whose cells are all
    blank are skipped. ``lines`` must not translate newlines (``newline=""``).
    """

    def __init__(
        self,
        lines: Iterable[str],
        *,
        tier_labels: Sequence[str],
        default_tier: str,
        today: date,
        seen: SeenHook | None = None,
    ) -> None:
        if default_tier not in tier_labels:
            raise ValueError("default_tier must be one of tier_labels")
        self._lines = lines
        self._checker = RowChecker(tier_labels, default_tier, today)
        self._seen = seen if seen is not None else first_line_tracker()
        self.problems: list[RowProblem] = self._checker.problems
        self.data_rows = 0  # non-blank rows after the header, good or bad
        self.drafts = 0  # rows yielded
        self.header_ok = False
        self._scanned = 0
        self._error_found = False

    @property
    def has_errors(self) -> bool:
        """Whether any error (not a warning) has been found so far."""
        if not self._error_found:
            fresh = itertools.islice(self.problems, self._scanned, None)
            self._error_found = any(not p.is_warning for p in fresh)
            self._scanned = len(self.problems)
        return self._error_found

    def __iter__(self) -> Iterator[tuple[int, CustomerDraft]]:
        reader = csv.reader(self._lines, strict=True)
        checker = self._checker
        problems = self.problems
        seen = self._seen
        index: dict[str, int] | None = None
        width = 0
        end_of_previous = 0
        while True:
            line = end_of_previous + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                # The reader starts afresh on the next line; csv's own message is not passed on
                # because it may one day quote the text.
                end_of_previous = reader.line_num
                problems.append(RowProblem(line, "", _csv_error_message(exc)))
                continue
            end_of_previous = reader.line_num
            cells = [cell.strip() for cell in row]
            if not any(cells):
                continue
            if index is None:
                count_before = len(problems)
                index = _header(row, line, problems)
                width = len(row)
                self.header_ok = len(problems) == count_before
                continue
            self.data_rows += 1
            checker.line = line
            if len(cells) != width:
                spans = " (a quote may not be closed)" if reader.line_num > line else ""
                checker.error("", f"row has {len(cells)} cells, the header has {width}{spans}")
                continue
            values = {column: cells[position] for column, position in index.items()}
            row_start = len(problems)
            for column in REQUIRED:
                if column in index and not values[column]:
                    checker.error(column, "required value is empty")
            customer_no = values.get("customer_no", "")
            if customer_no:
                first = seen(line, customer_no)
                if first is not None:
                    checker.error("customer_no", f"duplicate customer_no (first on line {first})")
            draft = checker.check(values)
            if self.header_ok and all(p.is_warning for p in problems[row_start:]):
                self.drafts += 1
                yield line, draft
        if index is None:
            problems.append(RowProblem(1, "", "the file is empty: a header row is required"))
        elif not self.drafts and not any(not p.is_warning for p in problems):
            problems.append(RowProblem(end_of_previous, "", "the file has no customer rows", True))


def parse_customer_csv(
    data: bytes, *, tier_labels: Sequence[str], default_tier: str, today: date
) -> ParsedCsv:
    """Decode and validate a whole import file held in memory, reporting every problem of every
    row (see :class:`CustomerCsvReader`; large files are streamed by the importer instead).

    Raises :class:`ImportRejected` only when the bytes cannot be decoded at all.
    """
    if default_tier not in tier_labels:
        raise ValueError("default_tier must be one of tier_labels")
    text, encoding = decode_csv_bytes(data)
    reader = CustomerCsvReader(
        io.StringIO(text, newline=""),
        tier_labels=tier_labels,
        default_tier=default_tier,
        today=today,
    )
    drafts = list(reader)
    return ParsedCsv(encoding, drafts, reader.problems)
