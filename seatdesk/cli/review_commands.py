"""For the security officer: the audit log, the access review, incidents."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from seatdesk.cli.audit_text import audit_purge_text
from seatdesk.cli.common import emit, open_services
from seatdesk.core.errors import EXIT_CHECK_FAILED, EXIT_OK
from seatdesk.core.paths import AppPaths
from seatdesk.services.runtime import Runtime


def cmd_audit(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with open_services(args, runtime, app) as services:
        if args.audit_command == "export":
            count = services.export_audit(Path(args.out))
            emit(args, {"entries": count, "out": args.out}, f"Wrote {count} entries to {args.out}.")
            return EXIT_OK
        if args.audit_command == "purge":
            purge = services.purge_audit(dry_run=args.dry_run)
            emit(args, purge.as_json(), audit_purge_text(purge))
            return EXIT_OK
        result = services.verify_audit(args.anchor)
    data = asdict(result)
    if result.ok:
        since = (
            f" from entry {result.purged_through + 1} (entries up to {result.purged_through} "
            "purged after the retention; the purge anchor verified)"
            if result.purged_through
            else ""
        )
        emit(
            args, data, f"Audit chain intact: {result.entries} entries{since}, head {result.head}."
        )
        return EXIT_OK
    emit(args, data, f"AUDIT CHAIN BROKEN at entry {result.first_broken}: {result.reason}")
    return EXIT_CHECK_FAILED


def cmd_access_review(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with open_services(args, runtime, app) as services:
        review = services.access_review()
        if args.sign_off:
            services.sign_off_review(review, args.sign_off)
        if args.pdf:
            services.export_review_pdf(review, Path(args.pdf))
    lines = [
        f"{'STAFF ID':<14} {'ROLE':<11} {'LAST LOGIN':<20} {'VIEW':>5} {'VERIFY':>6} "
        f"{'REVEAL':>6} {'BLOCKED':>7}  NOTE"
    ]
    for a in review.accounts:
        note = "disabled" if a.disabled else ("DORMANT" if a.dormant else "")
        lines.append(
            f"{a.staff_id:<14} {a.role:<11} {(a.last_login or '-')[:19]:<20} "
            f"{a.views:>5} {a.verifies:>6} {a.reveals:>6} {a.blocked:>7}  {note}"
        )
    lines.append(f"Review {review.sha256[:16]}" + (" signed off." if args.sign_off else "."))
    emit(
        args,
        {**review.as_json(), "sha256": review.sha256, "signed_off": bool(args.sign_off)},
        "\n".join(lines),
    )
    return EXIT_OK


def cmd_incident(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with open_services(args, runtime, app) as services:
        desk = services.incidents
        now = runtime.clock.now()
        if args.incident_command == "pdf":
            digest = services.incident_pdf(args.ref, Path(args.out), with_outcome=args.with_outcome)
            emit(
                args,
                {"ref": args.ref, "out": args.out, "sha256": digest},
                f"Wrote {args.out} (sha256 {digest}).",
            )
            return EXIT_OK
        refs = [args.ref] if args.incident_command == "show" else desk.refs()
        views = [desk.show(ref) for ref in refs]
    data = []
    lines = [f"{'REF':<22} {'REPORTED':<17} {'STATUS':<10} {'SEVERITY':<9} DEADLINE"]
    for view in views:
        row = view
        pending = [d for d in view.deadlines if not d.met]
        first = min(pending, key=lambda d: d.due) if pending else None
        due = (
            "-"
            if first is None
            else (
                f"OVERDUE {first.what}"
                if first.overdue(now)
                else f"{first.what} in {first.seconds_left(now) // 60} min"
            )
        )
        lines.append(
            f"{row.ref:<22} {runtime.policy.hall_time(row.reported_at):<17} {row.status:<10} "
            f"{row.severity or '-':<9} {due}"
        )
        data.append(view.as_json(now))
    emit(args, data if args.incident_command == "list" else data[0], "\n".join(lines))
    return EXIT_OK
