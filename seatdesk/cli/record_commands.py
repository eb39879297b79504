"""Customer records from the command line: import, lookup, purge, the agreement, exports and
demo data."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from seatdesk.cli import prompts
from seatdesk.cli.common import emit, open_services
from seatdesk.core.errors import EXIT_CHECK_FAILED, EXIT_OK, UsageError
from seatdesk.core.paths import AppPaths
from seatdesk.policy.model import Policy
from seatdesk.services.agreement import load_agreement
from seatdesk.services.demo import write_demo_csv
from seatdesk.services.export import open_export
from seatdesk.services.importing import SEALED_FIELD, ImportReport, read_delete_list
from seatdesk.services.record_desk import MaskedRecord, consent_text
from seatdesk.services.runtime import Runtime


def cmd_agreement(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    text = load_agreement(args.agreement_lang)
    with open_services(args, runtime, app) as services:
        if args.accept:
            services.acknowledge(text, args.as_id)
            emit(
                args,
                {"accepted": True, "sha256": text.sha256},
                f"Acknowledged by {args.as_id} (text {text.sha256[:12]}).",
            )
        else:
            due = services.agreement_due()
            emit(
                args,
                {"due": due, "sha256": text.sha256, "text": text.text},
                text.text + ("\nAcknowledge with: seatdesk agreement --accept" if due else ""),
            )
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\rimporting {done}/{total} ({100 * done // max(total, 1)}%)")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _report_text(report: ImportReport) -> str:
    lines = [str(problem) for problem in report.problems]
    lines += [f"delete list {problem}" for problem in report.list_problems]
    if report.errors:
        lines.append(
            f"Rejected: {len(report.errors)} error(s) in {report.rows} row(s); nothing was changed."
        )
        return "\n".join(lines)
    if report.encoding:
        lines.append(
            f"Checked {report.rows} row(s) ({report.encoding}, mode {report.mode}): no errors, "
            f"{len(report.warnings)} warning(s)."
        )
    lines += _changes_text(report)
    if report.dry_run:
        lines.append("Nothing was changed (dry run).")
        if report.removals:
            lines.append(
                f"To remove them, run again with --confirm-removals {len(report.removals)}."
            )
    else:
        lines.append(f"Done: {report.imported} customer(s) written.")
    if report.index_pending:
        lines.append(
            f"Not yet found by phone: {report.index_pending} customer(s), written without the "
            "lookup key; the next sign-in of an agent, supervisor or security officer at this "
            "seat indexes them."
        )
    return "\n".join(lines)


def _changes_text(report: ImportReport) -> list[str]:
    """Counts, never values; the removed customers by number (numbers are not protected)."""
    c = report.changes
    verb = "would be" if report.dry_run else "were"
    lines = [
        f"Customers: {c.added} added, {c.changed} changed, {c.unchanged} unchanged, "
        f"{c.removed} removed" + (" (if confirmed)" if report.dry_run and c.removed else "") + "."
    ]
    fields = {k: v for k, v in c.fields.items() if k != SEALED_FIELD}
    if fields:
        listed = ", ".join(f"{name} {count}" for name, count in sorted(fields.items()))
        lines.append(f"Changed, customers per field: {listed}.")
    if c.fields.get(SEALED_FIELD):
        lines.append(
            f"Protected values written again, not compared (your keys do not open them): "
            f"{c.fields[SEALED_FIELD]} customer(s); a security officer's import compares them."
        )
    if c.classes:
        classes = ", ".join(f"{name} {count}" for name, count in sorted(c.classes.items()))
        lines.append(f"Changed, customers per field class: {classes}.")
    if report.removals:
        lines.append(f"Removed customers ({verb} destroyed, each in the destruction log):")
        lines += [f"  {r.customer_no}  {r.reason}" for r in report.removals]
    return lines


def cmd_import(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    if args.csv is None and args.delete_list is None:
        raise UsageError("give --csv FILE, --delete-list FILE or both")
    if args.csv is None and args.mode != "add":
        raise UsageError(f"--mode {args.mode} needs --csv FILE")
    removals = read_delete_list(Path(args.delete_list)) if args.delete_list else ()
    with open_services(args, runtime, app) as services:
        progress = _progress if sys.stderr.isatty() and not args.json else None
        report = services.import_csv(
            Path(args.csv) if args.csv else None,
            dry_run=args.dry_run,
            mode=args.mode,
            removals=removals,
            confirm_removals=args.confirm_removals,
            progress=progress,
            encoding=args.encoding,
        )
    data = {
        "encoding": report.encoding,
        "mode": report.mode,
        "rows": report.rows,
        "imported": report.imported,
        "index_pending": report.index_pending,
        "dry_run": report.dry_run,
        "sha256": report.sha256,
        "changes": report.changes.as_json(),
        "removed_numbers": report.removed_numbers,
        "errors": [asdict(p) for p in report.problems if not p.is_warning],
        "delete_list_errors": [asdict(p) for p in report.list_problems],
        "warnings": [asdict(p) for p in report.warnings],
    }
    if report.mode != "add":  # (a first import of a million would list a million)
        data |= {"added_numbers": report.added_numbers, "changed_numbers": report.changed_numbers}
    emit(args, data, _report_text(report))
    return EXIT_CHECK_FAILED if report.errors else EXIT_OK


def record_text(record: MaskedRecord, policy: Policy) -> str:
    expiry = f" (until {record.tier_expires})" if record.tier_expires else ""
    lines = [f"customer {record.customer_no}  tier {record.tier}{expiry}"]
    for f in record.fields:
        text = consent_text(record, policy) if f.key == "consent" else f.text
        lines.append(f"  {f.label_zh:<6} {f.key:<11} [{f.field_class}]  {text or '-'}")
    return "\n".join(lines)


def cmd_lookup(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with open_services(args, runtime, app) as services:
        desk = services.records
        matches = desk.find(args.phone if args.phone is not None else args.customer_no)
        records = [desk.view(match.customer_id) for match in matches]
    if not records:
        emit(args, {"matches": []}, "No customer matches.")
        return EXIT_CHECK_FAILED
    emit(
        args,
        {"matches": [asdict(r) for r in records]},
        "\n\n".join(record_text(r, runtime.policy) for r in records),
    )
    return EXIT_OK


def cmd_purge(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with open_services(args, runtime, app) as services:
        due = services.purge(dry_run=args.dry_run)
    lines = [f"{c.customer_no}  {c.reason}" for c in due]
    verb = "due for deletion" if args.dry_run else "deleted (destruction log in the audit)"
    lines.append(f"{len(due)} customer(s) {verb}.")
    emit(args, {"dry_run": args.dry_run, "customers": [asdict(c) for c in due]}, "\n".join(lines))
    return EXIT_OK


def cmd_export_open(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    password = prompts.export_password()
    data = open_export(Path(args.file), password)
    Path(args.out).write_bytes(data)
    print(f"Wrote the masked export to {args.out}.")
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    if args.count < 1:
        raise UsageError("--count must be at least 1")
    written = write_demo_csv(Path(args.out), args.count, args.seed)
    print(f"Wrote {written} synthetic customers to {args.out} (seed {args.seed}).")
    return EXIT_OK
