"""`seatdesk hall …` (see `hall_parser`)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import asdict

from seatdesk.cli import prompts
from seatdesk.cli.change_commands import catch_up_text, publish_changes
from seatdesk.cli.common import emit, open_services, resolve_vault
from seatdesk.cli.hall_side import HALL_SIDE, run_hall_side
from seatdesk.core.errors import EXIT_CHECK_FAILED, EXIT_OK, UsageError
from seatdesk.core.paths import AppPaths
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime

ENROL_CODE_ENV = "SEATDESK_ENROL_CODE"


def enrol_code() -> str:
    value = os.environ.get(ENROL_CODE_ENV)
    if value is not None:
        return value
    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise UsageError(f"no enrolment code: set {ENROL_CODE_ENV} or run in a terminal")
    return getpass.getpass("Enrolment code: ")


def cmd_hall(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    action = args.hall_command
    if action in HALL_SIDE:
        return run_hall_side(args)
    if action == "enrol":
        return _enrol(args, runtime, app)
    with open_services(args, runtime, app) as services:
        link = services.hall
        if action == "publish":
            return publish_changes(args, services)
        if action == "sync":
            result = link.sync()
            changes = services.change_sets.catch_up() if not result.flagged else None
            emit(
                args,
                asdict(result) | ({"change_sets": asdict(changes)} if changes else {}),
                f"Sent {result.sent} entries ({result.stored} new at the hall); the hall holds "
                f"up to {result.hall_head_seq} of {result.local_head_seq}."
                + (f"\nLOG DIFFERS FROM THE HALL'S: {result.flag_reason}" if result.flagged else "")
                + (catch_up_text(changes) if changes else ""),
            )
            refused = changes is not None and changes.refused_seq is not None
            return EXIT_CHECK_FAILED if result.flagged or refused else EXIT_OK
        status = link.status()
        lines = [
            f"Hall: {status.hall_url or 'not enrolled'}  seat {status.seat_id or '-'}",
            f"Reachable: {'yes' if status.reachable else 'no'}"
            + (f" ({status.error})" if status.error else ""),
            f"Last contact: {status.last_contact or 'never'}",
            f"Queued for the hall: {status.outbox} "
            + ("entry" if status.outbox == 1 else "entries")
            + " (this command's own sign-in is one)",
            f"Heads: local {status.local_head}, hall "
            + ("-" if status.hall_head is None else str(status.hall_head)),
        ]
        lines.append(f"Customer data: {status.customer_data}")
        if status.flagged:
            lines.append(f"LOG DIFFERS FROM THE HALL'S: {status.flag_reason}")
        emit(args, status.as_json(), "\n".join(lines))
        return EXIT_CHECK_FAILED if status.flagged else EXIT_OK


def _enrol(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    """Enrol, and join the hall's staff directory (the admin's account there is theirs at every
    seat of the hall from now on). A seat enrolled before it could join joins without a code."""
    password = prompts.password(args.as_id)
    paths = resolve_vault(args, app)
    with Services(sign_in(runtime, paths, args.as_id, password, verify="quick")) as services:
        link = services.hall
        code = "" if link.enrolled else enrol_code()
        at_hall = prompts.hall_password(args.as_id, password)
        # With the vault's recovery key the customers imported before the join stay readable
        # at this seat; without it they open only with the recovery key from now on.
        recovery = os.environ.get("SEATDESK_RECOVERY_KEY") or None
        seat_id = link.enrol(args.hall, code, args.seat, password=at_hall, recovery_key=recovery)
        retired = link.retired
    text = (
        f"Enrolled as seat {seat_id} of {args.hall}; "
        "sign-ins here now go through its staff directory."
    )
    if retired:
        text += (
            f"\nRetired at this seat (not in the hall's directory): {', '.join(retired)}. "
            "An admin adds them with: seatdesk user add"
        )
    emit(args, {"seat_id": seat_id, "hall": args.hall, "retired": retired}, text)
    return EXIT_OK
