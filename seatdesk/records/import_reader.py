"""The import's reader process: ``python -m seatdesk.records.import_reader`` (import_reading)."""

from __future__ import annotations

import sys

from seatdesk.records.import_reading import prepare_in_child

if __name__ == "__main__":
    sys.exit(prepare_in_child(sys.argv[1] if len(sys.argv) > 1 else "read"))
