"""`seatdesk hall init|serve|code|officer-code|verify`: the hall administrator's commands, on
the hall's database. They need no vault and no services, so `app` runs them before it imports
the seat's commands (a hall process starts in a fraction of the time; DESIGN §5)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from seatdesk.cli.output import emit
from seatdesk.core.errors import EXIT_CHECK_FAILED, EXIT_OK, UsageError

HALL_SIDE = ("init", "serve", "code", "officer-code", "verify")


def run_hall_side(args: argparse.Namespace) -> int:
    from seatdesk.hall import admin  # psycopg: only the hall's commands need it

    action = args.hall_command
    now = datetime.now(UTC)
    if action == "init":
        hall_id = admin.init_hall(args.dsn, Path(args.dir), now, args.host)
        print(f"Hall {hall_id} ready in {args.dir}.")
        print(hall_id)
        return EXIT_OK
    if action == "code":
        code = admin.new_code(args.dsn, Path(args.dir), args.seat, now)
        print(f"Enrolment code for seat {args.seat} (one use, valid 24 h):")
        print(code)
        return EXIT_OK
    if action == "officer-code":
        code = admin.new_officer_code(args.dsn, now)
        print("Code for the hall's first security officer (one use, valid 24 h, only while")
        print("the directory has no active security officer; for the admin who adds the officer):")
        print(code)
        return EXIT_OK
    if action == "serve":
        from seatdesk.hall.serve import serve

        if args.syslog_ca and not args.syslog:
            raise UsageError("--syslog-ca needs --syslog HOST:PORT")
        ca = Path(args.syslog_ca) if args.syslog_ca else None
        serve(args.dsn, Path(args.dir), args.listen, args.syslog, ca)
        return EXIT_OK
    verdicts = admin.verify_hall(args.dsn)
    lines = []
    for v in verdicts:
        state = "ok" if v.ok else f"BROKEN: {v.broken}" if v.broken else f"DIVERGED: {v.flagged}"
        lines.append(f"{v.name:<16} {v.seat_id:<14} {v.entries:>8} entries  {state}")
    bad = [v for v in verdicts if not v.ok]
    lines.append(f"{len(verdicts)} seat(s), {len(bad)} with a problem.")
    emit(args, [{**asdict(v), "ok": v.ok} for v in verdicts], "\n".join(lines))
    return EXIT_CHECK_FAILED if bad else EXIT_OK
