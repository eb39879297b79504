"""`python -m seatdesk` and the `seatdesk` console script."""

from __future__ import annotations

import sys


def main() -> None:
    from seatdesk.app import main as run

    sys.exit(run())


if __name__ == "__main__":
    main()
