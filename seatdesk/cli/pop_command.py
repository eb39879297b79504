"""`seatdesk pop`: screen pop in the desk running for this OS user.

A phone system starts this command for every call, so it starts on its own: `seatdesk.__main__`
hands `pop` here before anything else of the command line is imported, and this module imports
only the standard library, `core` and `phone` (no services, cryptography, vault or Qt; a test
checks the child process's modules). The full parser's `pop` (`seatdesk --lang en pop ...`)
ends in the same `deliver`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from seatdesk.cli.exits import exit_code_of, private_files
from seatdesk.core.errors import EXIT_OK, UsageError
from seatdesk.phone import DeskRefused, EndCall, PopRequest, parse_pop_url, send_request

if TYPE_CHECKING:
    from seatdesk.core.paths import AppPaths
    from seatdesk.services.runtime import Runtime

DESCRIPTION = "screen pop: deliver a call to the running desk (exit 3 if none)"


def add_pop_arguments(pop: argparse.ArgumentParser) -> None:
    """The options of `seatdesk pop`, for its own parser and the full command tree alike."""
    pop.add_argument(
        "number", nargs="?", metavar="NUMBER", help="the caller's number, or a seatdesk:// URL"
    )
    pop.add_argument("--end", action="store_true", help="the call is over")
    pop.add_argument("--json", action="store_true", help="machine-readable output")


def deliver(number: str | None, end: bool, as_json: bool) -> int:
    """Deliver a call (or its end) to the running desk. Never prints the number."""
    if end == (number is not None):
        raise UsageError("give a number or a seatdesk:// URL, or --end (not both)")
    request: PopRequest | EndCall
    if number is None:
        request = EndCall()
    elif ":" in number:
        request = parse_pop_url(number)
    else:
        request = PopRequest(number)
    reply = send_request(request)
    if not reply["ok"]:
        raise DeskRefused(f"the desk refused the request ({reply['error']})")
    if as_json:
        print(json.dumps({"delivered": True}))
    return EXIT_OK


def cmd_pop(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    return deliver(args.number, args.end, args.json)


def pop_parser() -> argparse.ArgumentParser:
    """`seatdesk pop`'s own parser (usage errors exit 2, as the full parser's do)."""
    parser = argparse.ArgumentParser(prog="seatdesk pop", description=DESCRIPTION)
    add_pop_arguments(parser)
    return parser


def run_pop(argv: Sequence[str]) -> int:
    """`seatdesk pop ARGS` from the console script: parse, log as every command does, deliver."""
    private_files()
    args = pop_parser().parse_args(list(argv))

    def run() -> int:
        from seatdesk.core.logging import configure_logging
        from seatdesk.core.paths import app_paths

        configure_logging(app_paths().log_dir)
        return deliver(args.number, args.end, args.json)

    return exit_code_of(run)
