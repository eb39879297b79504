"""`seatdesk incident …`: the list with every deadline counting down, one incident, its PDFs,
and the 2025 reporting rules (grading, the reports to the regulator, the PIPL Art. 57 notice)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from seatdesk.cli.common import emit, open_services
from seatdesk.core.errors import EXIT_OK, UsageError
from seatdesk.core.paths import AppPaths
from seatdesk.services.factory import Services
from seatdesk.services.incident_view import IncidentView
from seatdesk.services.runtime import Runtime


def countdowns(view: IncidentView, now: datetime) -> str:
    """Every pending deadline: "initial_report in 59 min", "OVERDUE confirm" (soonest first)."""
    pending = sorted((d for d in view.deadlines if not d.met), key=lambda d: d.due)
    return (
        ", ".join(
            f"OVERDUE {d.what}"
            if d.overdue(now)
            else f"{d.what} in {d.seconds_left(now) // 60} min"
            for d in pending
        )
        or "-"
    )


def _read_form(path: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path} is not a JSON form: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: the form is a JSON object of field names and texts")
    return data


def _reporting(args: argparse.Namespace, services: Services) -> int:
    board = services.incident_board
    command = args.incident_command
    if command == "rate":
        severity = board.rate(args.ref, args.people, args.severity, args.reason)
        emit(
            args,
            {"ref": args.ref, "people": args.people, "severity": severity},
            f"{args.ref}: {severity} ({args.people:,} people affected).",
        )
    elif command == "report":
        language = args.report_lang or args.lang or "zh_CN"
        n = board.file_report(args.ref, args.kind, _read_form(args.file), language)
        emit(
            args,
            {"ref": args.ref, "kind": args.kind, "n": n},
            f"Filed {args.kind} report {n} on {args.ref}.",
        )
    elif command == "reports":
        rows = board.reports(args.ref)
        lines = [f"{'N':>3} {'KIND':<11} {'FILED':<17} {'BY':<10} SHA-256 (last PDF)"]
        lines += [
            f"{r.n:>3} {r.kind:<11} {services.who.policy.hall_time(r.filed_at):<17} "
            f"{r.filed_by:<10} {r.pdf_sha256 or '-'}"
            for r in rows
        ]
        emit(args, [r.__dict__ for r in rows], "\n".join(lines))
    else:  # notice
        language = args.notice_lang or args.lang or "zh_CN"
        digest = services.notice_pdf(args.ref, Path(args.out), language)
        emit(
            args,
            {"ref": args.ref, "out": args.out, "sha256": digest},
            f"Wrote {args.out} (sha256 {digest}).",
        )
    return EXIT_OK


def cmd_incident(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with open_services(args, runtime, app) as services:
        desk = services.incident_board
        now = runtime.clock.now()
        if args.incident_command in ("rate", "report", "reports", "notice"):
            return _reporting(args, services)
        if args.incident_command == "pdf":
            if args.report is not None:
                digest = services.report_pdf(args.ref, args.report, Path(args.out))
            else:
                digest = services.incident_pdf(
                    args.ref, Path(args.out), with_outcome=args.with_outcome
                )
            emit(
                args,
                {"ref": args.ref, "out": args.out, "sha256": digest},
                f"Wrote {args.out} (sha256 {digest}).",
            )
            return EXIT_OK
        refs = [args.ref] if args.incident_command == "show" else desk.refs()
        views = [desk.show(ref) for ref in refs]
    data = []
    lines = [f"{'REF':<22} {'REPORTED':<17} {'STATUS':<10} {'SEVERITY':<9} DEADLINES"]
    for view in views:
        lines.append(
            f"{view.ref:<22} {runtime.policy.hall_time(view.reported_at):<17} {view.status:<10} "
            f"{view.severity or '-':<9} {countdowns(view, now)}"
        )
        data.append(view.as_json(now))
    emit(args, data if args.incident_command == "list" else data[0], "\n".join(lines))
    return EXIT_OK
