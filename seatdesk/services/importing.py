"""Importing the CRM's customer export: validated, all-or-nothing, audited.

`apply_customer_file` is the audited core, usable without a person (the hall applies its change
sets from a background thread with its own vault connection); `import_csv` and `import_bytes`
are the desk's and the command line's, with the permission and password checks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from seatdesk.audit.log import AuditLog, JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.policy.model import Policy
from seatdesk.policy.roles import Permission, require
from seatdesk.records.csv_source import CsvScan, CsvSource
from seatdesk.records.delete_list import DeleteList, read_delete_list
from seatdesk.records.import_update import (
    IMPORT_MODES,
    SEALED_FIELD,
    ChangeReport,
    ImportMode,
    LifecycleChange,
)
from seatdesk.records.importer import (
    ImportJob,
    ImportReport,
    TooBig,
    import_customers,
    note_written,
    plan_import,
    store_backfill,
    write_plan,
)
from seatdesk.services.compartment_upkeep import reader_plan, row_sealer
from seatdesk.services.destruction import destroy_customers, reclaim
from seatdesk.services.hall_verify import send_tags_quietly
from seatdesk.services.session import Session
from seatdesk.services.staff import require_password_current
from seatdesk.vault.db import VaultDb
from seatdesk.vault.store import import_hash_key
from seatdesk.vault.value_seal import ValueOpener

__all__ = [
    "IMPORT_MODES",
    "SEALED_FIELD",
    "ChangeReport",
    "DeleteList",
    "ImportMode",
    "ImportReport",
    "apply_customer_file",
    "import_bytes",
    "import_csv",
    "read_delete_list",
]

Progress = Callable[[int, int], None]
Written = Callable[[ImportReport], None]
# Plans made before the import gives up on planning and reads under the write lock: each plan is
# redone only when customer rows were written meanwhile (a desk's edit, the tier expiry).
MAX_PLANS = 3


def import_csv(
    session: Session,
    csv_path: Path | None,
    *,
    dry_run: bool,
    mode: ImportMode = "add",
    removals: Sequence[str] | DeleteList = (),
    confirm_removals: int | None = None,
    progress: Progress | None = None,
    encoding: str | None = None,
) -> ImportReport:
    """`csv_path` may be None with a delete list (`removals`) alone."""
    name = csv_path.name if csv_path is not None else _list_name(removals)
    return _import(
        session,
        csv_path,
        name,
        dry_run=dry_run,
        mode=mode,
        removals=removals,
        confirm_removals=confirm_removals,
        progress=progress,
        encoding=encoding,
    )


def import_bytes(
    session: Session,
    data: bytes,
    source_name: str,
    *,
    dry_run: bool,
    mode: ImportMode = "add",
    removals: Sequence[str] | DeleteList = (),
    confirm_removals: int | None = None,
    progress: Progress | None = None,
    encoding: str | None = None,
) -> ImportReport:
    return _import(
        session,
        data,
        source_name,
        dry_run=dry_run,
        mode=mode,
        removals=removals,
        confirm_removals=confirm_removals,
        progress=progress,
        encoding=encoding,
    )


def _list_name(removals: Sequence[str] | DeleteList) -> str:
    return (removals.name if isinstance(removals, DeleteList) else "") or "delete list"


def _import(
    session: Session,
    source: CsvSource | None,
    source_name: str,
    *,
    dry_run: bool,
    mode: ImportMode,
    removals: Sequence[str] | DeleteList,
    confirm_removals: int | None,
    progress: Progress | None,
    encoding: str | None,
) -> ImportReport:
    require(session.role, Permission.IMPORT_CUSTOMERS)
    require_password_current(session)
    report = apply_customer_file(
        session.db,
        session.audit,
        session.policy,
        session.runtime.clock.now(),
        actor=session.staff_id,
        source=source,
        source_name=source_name,
        mode=mode,
        removals=removals,
        confirm_removals=confirm_removals,
        dry_run=dry_run,
        progress=progress,
        encoding=encoding,
        opener=session.opener,
    )
    if not report.dry_run:
        report.index_pending = int(session.db.scalar("SELECT count(*) FROM index_pending"))
        # On an enrolled seat the 一类 verifiers go to the hall now; with the hall away they wait
        # in the rows (under the data key) for the next importer's or custodian's sign-in.
        send_tags_quietly(session, create=True)
    return report


def apply_customer_file(
    db: VaultDb,
    audit: AuditLog,
    policy: Policy,
    now: datetime,
    *,
    actor: str,
    source: CsvSource | None,
    source_name: str,
    mode: ImportMode,
    removals: Sequence[str] | DeleteList = (),
    confirm_removals: int | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    encoding: str | None = None,
    written: Written | None = None,
    reclaim_space: bool = True,
    opener: ValueOpener,
) -> ImportReport:
    """Import a customer file (streamed: a path is never read whole) and/or remove customers,
    all or nothing, audited either way, in one write transaction.

    Called outside a transaction, the file is read, validated and compared first, holding no
    lock that would stop the desk's writes (its audit entries), and the write lock is taken only
    for the writes (planned again if the customers changed meanwhile): see `records.importer`.
    Inside the caller's transaction all of it runs under that transaction's lock. `written` is
    called inside the write transaction once everything is written and audited, before the
    commit (what must commit with the import: the hall's applied seq); an exception from it
    undoes all of it. With `reclaim_space` (and removals) the freed pages are given back after.

    `mode` says what a customer number the vault has means: an error (add), a record to update
    (update), and for a snapshot the file is the whole truth (the customers it does not name
    are removed). Removals (those and `removals`) need `confirm_removals` to be their number,
    as a dry run reports it: otherwise nothing changes and `UsageError` says the number. No
    permission check here: the caller is the gate (`import_csv`, or the hall's worker).
    What is written is sealed for the compartments (anyone may seal); what is compared is opened
    with `opener`'s keys, and a value they do not open is written again."""
    if mode not in IMPORT_MODES:
        raise UsageError(f"unknown import mode {mode!r} (modes are: {', '.join(IMPORT_MODES)})")
    listed: DeleteList | None = None
    if isinstance(removals, DeleteList):
        listed = removals
    elif removals:
        listed = DeleteList.of(list(removals))
    if source is None and listed is None:
        raise UsageError("nothing to import: give an import file, a delete list or both")
    stamp = utc_iso(now)
    job = ImportJob(
        policy.tier_labels, policy.default_tier, now.date(), stamp, actor, dry_run, mode, listed,
        confirm_removals, {name: rule.field_class for name, rule in policy.fields.items()},
        progress, encoding, import_hash_key(db), row_sealer(db, policy, opener.held), opener,
        None if dry_run else reader_plan(db, policy, opener.held),
    )  # fmt: skip
    if db.in_transaction:  # the caller's: read, compare and write under its lock
        report = _under_lock(db, audit, source, source_name, job, written)
    else:
        report = _in_two_phases(db, audit, source, source_name, job, written)
    if report.unconfirmed:
        raise UsageError(_unconfirmed_message(len(report.removals), confirm_removals))
    applied = not (report.errors or report.unconfirmed or dry_run)
    if reclaim_space and applied and report.removals and not db.in_transaction:
        reclaim(db)  # VACUUM needs no transaction
    return report


def _in_two_phases(
    db: VaultDb,
    audit: AuditLog,
    source: CsvSource | None,
    source_name: str,
    job: ImportJob,
    written: Written | None,
) -> ImportReport:
    """Read, validate and compare without the write lock (`plan_import`), then take it only to
    check that the customers are as compared, write and audit; planned again when they changed
    meanwhile, at most MAX_PLANS times, then under the lock throughout (as is a file too big for
    its writes to be held)."""
    scan = None
    for attempt in range(1, MAX_PLANS + 1):
        plan = plan_import(db, source, job)
        if isinstance(plan, TooBig):
            scan = plan.scan
            break
        with db.transaction():
            report = write_plan(db, plan)
            if report is not None:
                report.plans = attempt
                _audit_import(db, audit, report, source_name, job)
                if written is not None:
                    written(report)
                note_written(db, plan)
        if report is not None:
            store_backfill(db, plan)
            return report
    return _under_lock(db, audit, source, source_name, job, written, scan)


def _under_lock(
    db: VaultDb,
    audit: AuditLog,
    source: CsvSource | None,
    source_name: str,
    job: ImportJob,
    written: Written | None,
    scan: CsvScan | None = None,
) -> ImportReport:
    with db.transaction():
        report = import_customers(
            db, source, tier_labels=job.tier_labels, default_tier=job.default_tier,
            today=job.today, created_at=job.created_at, actor=job.actor, dry_run=job.dry_run,
            mode=job.mode, removals=job.removals, confirm_removals=job.confirm_removals,
            field_classes=job.field_classes, progress=job.progress, encoding=job.encoding,
            hash_key=job.hash_key, scan=scan, sealer=job.sealer, opener=job.opener,
            reader_sealing=job.reader_sealing,
        )  # fmt: skip
        _audit_import(db, audit, report, source_name, job)
        if written is not None:
            written(report)
    return report


def _audit_import(
    db: VaultDb, audit: AuditLog, report: ImportReport, source_name: str, job: ImportJob
) -> None:
    """In the import's write transaction: the lifecycle changes and the removals (destroyed
    here) when it was applied, and the import's own entry either way."""
    if not (report.errors or report.unconfirmed or job.dry_run):
        for change in report.lifecycle:
            action, detail = _lifecycle_entry(change)
            audit.append(job.actor, action, target=change.customer_no, detail=detail)
        destroy_customers(
            db,
            audit,
            job.actor,
            [(r.customer_id, r.customer_no, r.reason) for r in report.removals],
            job.created_at,
        )
    audit.append(
        job.actor,
        "customers.import",
        target=source_name,
        outcome=_outcome(report),
        detail=_import_detail(report, job.confirm_removals),
    )


def _outcome(report: ImportReport) -> str:
    if report.errors:
        return "rejected"
    if report.unconfirmed:
        return "unconfirmed"
    return "checked" if report.dry_run else "ok"


def _import_detail(report: ImportReport, confirm_removals: int | None) -> dict[str, JsonValue]:
    changes = report.changes
    return {
        "sha256": report.sha256,
        "encoding": report.encoding,
        "mode": report.mode,
        "rows": report.rows,
        "imported": report.imported,
        "added": changes.added,
        "changed": changes.changed,
        "unchanged": changes.unchanged,
        "removed": changes.removed,
        "fields": dict(sorted(changes.fields.items())),
        "classes": dict(sorted(changes.classes.items())),
        "confirmed_removals": confirm_removals,
        "errors": len(report.errors),
        "warnings": len(report.warnings),
        "dry_run": report.dry_run,
    }


def _lifecycle_entry(change: LifecycleChange) -> tuple[str, dict[str, JsonValue]]:
    """The audit entry of a tier, consent or retention change an import made (none of these
    values is protected). Consent with no purpose left is a withdrawal, as at the desk: the
    record is due at the next purge."""
    detail: dict[str, JsonValue] = {"from": change.old, "to": change.new, "via": "import"}
    if change.what == "tier":
        detail.update(from_until=change.old_until, to_until=change.new_until)
        return "record.tier_changed", detail
    if change.what == "retention":
        return "record.retention_changed", detail
    return ("record.consent_withdrawn" if change.withdrawn else "record.consent_changed"), detail


def _unconfirmed_message(due: int, given: int | None) -> str:
    said = "without --confirm-removals" if given is None else f"with --confirm-removals {given}"
    return (
        f"this import removes {due} customer(s), and it was run {said}: nothing was changed. "
        f"Check the removals with --dry-run, then run it again with --confirm-removals {due}."
    )
