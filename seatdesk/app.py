"""Composition root: arguments → paths → policy → runtime → a command or the desk."""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from seatdesk.cli.exits import exit_code_of, private_files
from seatdesk.cli.hall_side import HALL_SIDE, run_hall_side
from seatdesk.cli.parser import build_parser, parse_desk_start
from seatdesk.core.clock import SystemClock
from seatdesk.core.errors import EXIT_USAGE, SeatDeskError
from seatdesk.core.logging import configure_logging
from seatdesk.core.paths import AppPaths, app_paths, shipped_resources_dir
from seatdesk.core.policy_files import find_policy, user_policy_settings
from seatdesk.policy.model import Policy
from seatdesk.policy.parse import parse_policy
from seatdesk.policy.tighten import tighten
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.vault.secret_store import OsKeyring

log = logging.getLogger("seatdesk.app")


def load_default_policy() -> Policy:
    """The shipped defaults (tests and tools); the desk uses `load_policy`."""
    path = shipped_resources_dir() / "policy" / "default.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SeatDeskError(f"cannot read the policy file {path}: {exc.strerror}") from None
    return parse_policy(text, str(path))


def load_policy(paths: AppPaths | None = None) -> Policy:
    """The managed policy if IT pushed one, else the defaults; then the seat's stricter settings."""
    source = find_policy()
    policy = parse_policy(source.text, str(source.path))
    if paths is not None:
        policy, refused = tighten(policy, user_policy_settings(paths.config_file))
        for note in refused:
            log.warning("user policy setting refused: %s", note)
    return policy


def build_runtime(paths: AppPaths | None = None) -> Runtime:
    return Runtime(
        clock=SystemClock(),
        policy=load_policy(paths),
        # One machine, several seats (the hall demo, a training room): SEATDESK_SEAT names this one.
        seat=os.environ.get("SEATDESK_SEAT") or socket.gethostname() or "seat",
        secret_store_factory=OsKeyring,
    )


def _open_desk(args: argparse.Namespace, runtime: Runtime, paths: AppPaths) -> int:
    from seatdesk.ui.desk_app import run_desk  # Qt is loaded only for the desk

    if args.demo:
        from seatdesk.core.throwaway import ThrowawayFolder
        from seatdesk.services.demo import DEMO_LOGINS, build_demo_vault, demo_sample_caller

        throwaway = ThrowawayFolder(Path(tempfile.mkdtemp(prefix="seatdesk-demo-")))
        folder = throwaway.path
        configure_logging(folder / "logs")
        print(f"Building a demo vault with 10,000 synthetic customers in {folder} …", flush=True)
        vault, report = build_demo_vault(runtime, folder)
        print(f"Demo vault ready ({report.imported} customers). Sign in as:")
        for login in DEMO_LOGINS:
            print(f"    {login.role:<11} staff ID {login.staff_id:<11} password {login.password}")
        customer_no, mobile = demo_sample_caller()
        print("Search customer numbers C00000001 … C00010000, or simulate a call from another")
        print(
            f"terminal (synthetic demo customer {customer_no}):  seatdesk pop {mobile}", flush=True
        )
        try:
            return run_desk(runtime, vault, lang=args.lang, demo=True)
        finally:
            configure_logging(None)
            throwaway.remove()  # nothing of the demo remains (nor if it is killed: the reaper)
    configured = paths.configured_vault() if not args.vault else Path(args.vault).expanduser()
    if configured is None:
        print(
            "seatdesk: no vault configured on this seat.\n"
            "  Create one:   seatdesk init --vault PATH --admin STAFF_ID\n"
            "  Or try it:    seatdesk --demo",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run_desk(runtime, VaultPaths(configured), lang=args.lang, demo=False)


def main(argv: Sequence[str] | None = None) -> int:
    private_files()
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = parse_desk_start(arguments) or build_parser().parse_args(arguments)
    return exit_code_of(lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    paths = app_paths()
    if args.command is None or not args.demo:
        configure_logging(paths.log_dir)
    runtime = build_runtime(paths)
    if args.self_test:
        from seatdesk.ui.self_test import run_self_test

        return run_self_test(runtime)
    if args.command is None:
        return _open_desk(args, runtime, paths)
    if args.command == "hall" and args.hall_command in HALL_SIDE:
        return run_hall_side(args)  # the hall's own commands: no vault, no seat's commands
    # Imported here: the desk's start (to its sign-in window) does not wait for the
    # command line's modules, nor the commands for Qt.
    from seatdesk.cli.commands import COMMANDS

    return COMMANDS[args.command](args, runtime, paths)


__all__ = ["build_runtime", "load_default_policy", "load_policy", "main"]
