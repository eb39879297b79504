"""Importing the CRM's customer export: validated, all-or-nothing, audited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from seatdesk.core.clock import utc_iso
from seatdesk.policy.roles import Permission, require
from seatdesk.records.csv_source import CsvSource
from seatdesk.records.importer import ImportReport, import_customers
from seatdesk.services.session import Session
from seatdesk.services.staff import require_password_current

__all__ = ["ImportReport", "import_bytes", "import_csv"]

Progress = Callable[[int, int], None]


def import_csv(
    session: Session,
    csv_path: Path,
    *,
    dry_run: bool,
    progress: Progress | None = None,
    encoding: str | None = None,
) -> ImportReport:
    return _import(
        session, csv_path, csv_path.name, dry_run=dry_run, progress=progress, encoding=encoding
    )


def import_bytes(
    session: Session,
    data: bytes,
    source_name: str,
    *,
    dry_run: bool,
    progress: Progress | None = None,
    encoding: str | None = None,
) -> ImportReport:
    return _import(
        session, data, source_name, dry_run=dry_run, progress=progress, encoding=encoding
    )


def _import(
    session: Session,
    source: CsvSource,
    source_name: str,
    *,
    dry_run: bool,
    progress: Progress | None,
    encoding: str | None = None,
) -> ImportReport:
    """Streamed (a path is never read whole), all or nothing, audited either way."""
    require(session.role, Permission.IMPORT_CUSTOMERS)
    require_password_current(session)
    now = session.runtime.clock.now()
    policy = session.policy
    with session.db.transaction():
        report = import_customers(
            session.db,
            source,
            tier_labels=policy.tier_labels,
            default_tier=policy.default_tier,
            today=now.date(),
            created_at=utc_iso(now),
            actor=session.staff_id,
            dry_run=dry_run,
            progress=progress,
            encoding=encoding,
        )
        outcome = "rejected" if report.errors else ("checked" if dry_run else "ok")
        session.audit.append(
            session.staff_id,
            "customers.import",
            target=source_name,
            outcome=outcome,
            detail={
                "sha256": report.sha256,
                "encoding": report.encoding,
                "rows": report.rows,
                "imported": report.imported,
                "errors": len(report.errors),
                "warnings": len(report.warnings),
                "dry_run": dry_run,
            },
        )
    return report
