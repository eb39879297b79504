"""CSV import into the vault: validate everything first, then insert all rows in one transaction.

A file with any error imports nothing; a crash mid-import leaves the vault as it was (SQLite
rolls back the open transaction). The report names lines and columns, never values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from seatdesk.records.csv_format import RowProblem, parse_customer_csv
from seatdesk.records.customers import existing_customer_nos, insert_customers
from seatdesk.vault.db import VaultDb

Progress = Callable[[int, int], None]
_CHUNK = 1000


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


def import_customers(
    db: VaultDb,
    data: bytes,
    *,
    tier_labels: Sequence[str],
    default_tier: str,
    today: date,
    created_at: str,
    actor: str,
    dry_run: bool,
    progress: Progress | None = None,
) -> ImportReport:
    parsed = parse_customer_csv(
        data, tier_labels=tier_labels, default_tier=default_tier, today=today
    )
    report = ImportReport(
        encoding=parsed.encoding,
        rows=len(parsed.drafts),
        sha256=hashlib.sha256(data).hexdigest(),
        dry_run=dry_run,
        problems=list(parsed.problems),
    )
    known = existing_customer_nos(db, [draft.customer_no for _, draft in parsed.drafts])
    for line, draft in parsed.drafts:
        if draft.customer_no in known:
            report.problems.append(
                RowProblem(line, "customer_no", "customer number is already in the vault", False)
            )
    report.problems.sort(key=lambda p: (p.line, p.is_warning))
    if report.errors or dry_run:
        return report
    total = len(parsed.drafts)
    with db.transaction():
        batch_id = db.execute_returning_id(
            "INSERT INTO import_batches(at, actor, rows, encoding, sha256) VALUES (?, ?, ?, ?, ?)",
            (created_at, actor, total, parsed.encoding, report.sha256),
        )
        for start in range(0, total, _CHUNK):
            chunk = [draft for _, draft in parsed.drafts[start : start + _CHUNK]]
            report.imported += insert_customers(db, chunk, batch_id=batch_id, created_at=created_at)
            if progress is not None:
                progress(report.imported, total)
    report.batch_id = batch_id
    return report
