"""How every command ends on the command line: an expected failure is one line on stderr and its
exit code (DESIGN §5), never a traceback. Standard library and `core.errors` only, so that the
screen-pop command (`cli.pop_command`), which starts without the rest of the CLI, shares it."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from seatdesk.core.errors import EXIT_VAULT, SeatDeskError

log = logging.getLogger("seatdesk.app")


def private_files() -> None:
    """Everything SeatDesk writes (vault, key files, logs, exports, PDFs, backups, the hall's
    files) is the seat user's alone: files 0600 and folders 0700, whatever the login's umask."""
    os.umask(0o077)


def exit_code_of(command: Callable[[], int]) -> int:
    """Run `command`; an expected failure is said on stderr and becomes its exit code."""
    try:
        return command()
    except SeatDeskError as exc:
        log.info("command failed: %s (exit %d)", type(exc).__name__, exc.exit_code)
        print(f"seatdesk: {exc.for_cli()}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:  # a full disk, a read-only or missing folder: said, not a traceback
        where = f" {exc.filename}" if exc.filename else ""
        log.info("command failed: %s (exit %d)", type(exc).__name__, EXIT_VAULT)
        print(f"seatdesk: cannot read or write{where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_VAULT
    except KeyboardInterrupt:
        print("seatdesk: interrupted", file=sys.stderr)
        return 130
