"""The rows of a customer CSV that concern some customers, as CSV text again: the header and
those rows exactly as the file has them (what a change set carries of an import file)."""

from __future__ import annotations

import csv
import io
from collections.abc import Collection

from seatdesk.core.text import normal_text


def rows_for(text: str, numbers: Collection[str]) -> tuple[str, int]:
    """(CSV text of the header and the rows whose customer_no is in `numbers`, how many rows).
    The file has been validated already (it has a header with customer_no)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    header = next(reader, None)
    if header is None:
        return "", 0
    names = [cell.replace("\ufeff", "").strip().lower() for cell in header]
    column = names.index("customer_no")
    writer.writerow(header)
    kept = 0
    for row in reader:
        if len(row) > column and normal_text(row[column]) in numbers:
            writer.writerow(row)
            kept += 1
    return out.getvalue(), kept
