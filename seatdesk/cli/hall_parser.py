"""`seatdesk hall …`: the hall's own commands (on its database) and the seat's (on its vault)."""

from __future__ import annotations

import argparse
from typing import Any


def add_hall_commands(sub: Any, vault_options: Any) -> None:
    hall = sub.add_parser("hall", help="the hall service, and this seat's link to it")
    commands = hall.add_subparsers(dest="hall_command", metavar="ACTION", required=True)

    def hall_side(name: str, text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=text)
        parser.add_argument("--dsn", required=True, help="PostgreSQL connection string")
        return parser

    init = hall_side("init", "create the hall's schema, CA and server certificate")
    init.add_argument("--dir", required=True, metavar="HALLDIR")
    init.add_argument(
        "--host", action="append", metavar="NAME", help="a name or address the seats use (repeat)"
    )
    serve = hall_side("serve", "serve the hall over TLS 1.3")
    serve.add_argument("--dir", required=True, metavar="HALLDIR")
    serve.add_argument("--listen", required=True, metavar="HOST:PORT")
    serve.add_argument(
        "--syslog", metavar="HOST:PORT", help="forward audit and alerts to this collector (TLS)"
    )
    serve.add_argument(
        "--syslog-ca", metavar="FILE", help="the CA that the collector's cert chains to"
    )
    code = hall_side("code", "a one-time enrolment code for a seat (valid 24 h)")
    code.add_argument("--dir", required=True, metavar="HALLDIR")
    code.add_argument("--seat", required=True, metavar="NAME")
    hall_side("officer-code", "a one-time code for the hall's first security officer (24 h)")
    verify = hall_side("verify", "every seat's chain as the hall holds it (exit 1 if any is bad)")
    verify.add_argument("--json", action="store_true", help="machine-readable output")

    enrol = commands.add_parser("enrol", help="enrol this seat (admin; code: SEATDESK_ENROL_CODE)")
    vault_options(enrol)
    enrol.add_argument("--hall", required=True, metavar="https://HOST:PORT")
    enrol.add_argument("--seat", required=True, metavar="NAME")
    vault_options(commands.add_parser("sync", help="send what is queued to the hall, once"))
    vault_options(commands.add_parser("status", help="this seat's link to the hall"))
    publish = commands.add_parser(
        "publish", help="publish customer changes to every seat of the hall (importers)"
    )
    vault_options(publish)
    publish.add_argument("--csv", required=True, metavar="FILE", help="the CRM's customer export")
    publish.add_argument("--mode", required=True, choices=("update", "snapshot"))
    publish.add_argument(
        "--confirm-removals", type=int, metavar="N", help="snapshot: the customers it removes"
    )
    publish.add_argument("--dry-run", action="store_true", help="report what would change")
