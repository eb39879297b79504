"""What an import found and did (`ImportReport`): counts, lines and columns, customer numbers,
never a value of a protected field; and how the problems found row by row and across rows are
merged into it, in line order."""

from __future__ import annotations

from dataclasses import dataclass, field

from seatdesk.records.csv_format import RowProblem
from seatdesk.records.import_reading import End
from seatdesk.records.import_update import ChangeReport, ImportMode, LifecycleChange, Removal
from seatdesk.records.import_writer import Writer


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
    # How often it was read and compared without the write lock (services.importing plans
    # again when the customers changed before it could write); 0: all of it under the lock.
    plans: int = 0
    # Customers not yet found by phone: written without the lookup key (the admin's import),
    # indexed at the next sign-in of a holder at the seat (`services.index_upkeep`).
    index_pending: int = 0

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in (*self.problems, *self.list_problems) if not p.is_warning]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.is_warning]

    @property
    def removed_numbers(self) -> list[str]:
        return [removal.customer_no for removal in self.removals]


def add_changes(report: ImportReport, writer: Writer) -> None:
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


def check_confirmation(report: ImportReport, confirm_removals: int | None) -> None:
    """Removals need their number confirmed (not on a dry run: that is where it comes from)."""
    if report.errors:
        report.removals = []
        return
    report.changes.removed = len(report.removals)
    if report.dry_run:
        return
    expected = confirm_removals if confirm_removals is not None else 0
    report.unconfirmed = expected != len(report.removals)


def finish_report(
    report: ImportReport, end: End, writer: Writer, duplicates: list[tuple[int, int, int]]
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
