"""What every command shares: output (text or --json), the vault it names, signing in."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from seatdesk.cli import prompts
from seatdesk.cli.output import emit as emit  # the one way to print a result
from seatdesk.core.errors import UsageError
from seatdesk.core.paths import AppPaths
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime, VaultPaths

Command = Callable[[argparse.Namespace, Runtime, AppPaths], int]


def resolve_vault(args: argparse.Namespace, app: AppPaths) -> VaultPaths:
    if args.vault:
        return VaultPaths(Path(args.vault).expanduser())
    configured = app.configured_vault()
    if configured is None:
        raise UsageError(
            "no vault configured: create one with 'seatdesk init --vault PATH --admin STAFF_ID'"
        )
    return VaultPaths(configured)


def open_services(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> Services:
    # A command is short-lived: its open checks the key, header, length and schema, and every
    # page it reads; the desk's sign-in and `seatdesk vault check` check every page (see Verify).
    paths = resolve_vault(args, app)
    return Services(
        sign_in(runtime, paths, args.as_id, prompts.password(args.as_id), verify="quick")
    )


def phase(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def quiet_phase(_: str) -> None:
    pass
