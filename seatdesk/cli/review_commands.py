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
        lapsed = [t for t in a.training if t.standing != "valid"]
        if lapsed and not a.disabled:
            note = " ".join(filter(None, (note, f"training {lapsed[0].standing}")))
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
