"""`python -m seatdesk` and the `seatdesk` console script."""

from __future__ import annotations

import sys


def main() -> None:
    arguments = sys.argv[1:]
    # A phone system runs `seatdesk pop` for every call, and the desktop entry's URL handler
    # runs `seatdesk seatdesk://pop?number=…`: both start without the rest of SeatDesk.
    if arguments[:1] == ["pop"] or (
        len(arguments) == 1 and arguments[0].lower().startswith("seatdesk://")
    ):
        from seatdesk.cli.pop_command import run_pop

        sys.exit(run_pop(arguments[1:] if arguments[0] == "pop" else arguments))
    from seatdesk.app import main as run

    sys.exit(run())


if __name__ == "__main__":
    main()
