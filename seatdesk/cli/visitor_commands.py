"""`seatdesk visitor …`: the register from scripts (no registration: an ID number on a command
line ends up in shell history)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from seatdesk.cli.common import emit, open_services
from seatdesk.core.errors import EXIT_OK, UsageError
from seatdesk.core.paths import AppPaths
from seatdesk.services.runtime import Runtime
from seatdesk.services.visitors import VisitorDesk, VisitorView


def _visitor_lines(desk: VisitorDesk, views: list[VisitorView], expected: bool) -> str:
    if not views:
        return "No expected visitors." if expected else "No visitors in the hall."
    lines = [
        f"{'REF':<8} {'BADGE':<8} {'SINCE':<6} {'UNTIL':<6} {'HOST':<12} {'ID':<20} NAME"
        if not expected
        else f"{'REF':<8} {'DATE':<10} {'HOST':<12} {'ID':<20} NAME"
    ]
    for v in views:
        ident = v.id_masked or "-"
        if expected:
            lines.append(
                f"{v.reference:<8} {v.expected_date:<10} {v.host:<12} {ident:<20} {v.name}"
            )
            continue
        flag = f"  OVERSTAY +{v.minutes_over} min" if v.overstay else ""
        lines.append(
            f"{v.reference:<8} {v.badge:<8} {desk.hall_time(v.checked_in_at):<6} "
            f"{desk.hall_time(v.expected_departure):<6} {v.host:<12} {ident:<20} "
            f"{v.name} ({v.organisation}){flag}"
        )
    return "\n".join(lines)


def cmd_visitor(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with open_services(args, runtime, app) as services:
        desk = services.visitors
        action = args.visitor_command
        if action == "list":
            views = desk.expected() if args.expected else desk.open_board()
            emit(
                args,
                {
                    "in_hall": desk.in_hall_count(),
                    "at": runtime.clock.now().isoformat(),
                    "visitors": [v.as_json() for v in views],
                },
                _visitor_lines(desk, views, args.expected),
            )
        elif action in ("roster", "log"):
            out = Path(args.pdf)
            if action == "roster":
                result = desk.export_roster(out)
            else:
                day = desk.today() if args.date is None else _iso_day(args.date)
                result = desk.export_daily_log(day, out)
            emit(
                args,
                {"out": str(out), "sha256": result.sha256, "rows": result.rows},
                f"Wrote {out} ({result.rows} visitor(s), sha256 {result.sha256}).",
            )
        elif action == "end-of-day":
            forced = desk.close_day(everyone=args.everyone)
            emit(
                args,
                {"signed_out": [v.reference for v in forced]},
                f"Signed out {len(forced)} visitor(s), each flagged as a forced sign-out.",
            )
        else:
            purged = desk.anonymise_expired(dry_run=args.dry_run)
            verb = "Would anonymise" if purged.dry_run else "Anonymised"
            emit(
                args,
                {
                    "dry_run": purged.dry_run,
                    "cutoff": purged.cutoff.isoformat(),
                    "references": list(purged.references),
                },
                f"{verb} {len(purged.references)} visitor entr"
                f"{'y' if len(purged.references) == 1 else 'ies'} closed before "
                f"{purged.cutoff:%Y-%m-%d}"
                + (": " + ", ".join(purged.references) if purged.references else "."),
            )
    return EXIT_OK


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date: expected YYYY-MM-DD, got {text!r}") from None
