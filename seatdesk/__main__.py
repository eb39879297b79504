"""`python -m seatdesk` and the `seatdesk` console script."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:2] == ["pop"]:
        # A phone system runs this for every call: it starts without the rest of SeatDesk.
        from seatdesk.cli.pop_command import run_pop

        sys.exit(run_pop(sys.argv[2:]))
    from seatdesk.app import main as run

    sys.exit(run())


if __name__ == "__main__":
    main()
