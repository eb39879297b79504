"""Import files made in tests, and what the vault holds before and after an import."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from seatdesk.records.csv_format import COLUMNS
from seatdesk.vault.db import VaultDb

#: Triggers that count every write to the customer tables (in `temp.customer_writes`).
_WRITES_TABLE = "CREATE TEMP TABLE IF NOT EXISTS customer_writes (what TEXT NOT NULL)"


def csv_bytes(rows: Iterable[Mapping[str, str]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def dump(db: VaultDb) -> list[tuple[object, ...]]:
    """Every customer (every column, the id too) and every phone, in a fixed order."""
    customers = db.execute("SELECT * FROM customers ORDER BY id")
    phones = db.execute(
        "SELECT customer_id, number, kind FROM customer_phones ORDER BY customer_id, kind, number"
    )
    return [*customers, ("phones",), *phones]


def count_writes(db: VaultDb) -> None:
    """From now on (on this connection), every insert, update or delete of a customer or phone
    row adds a row to `temp.customer_writes`; see `writes`."""
    db.execute(_WRITES_TABLE)
    for table in ("customers", "customer_phones"):
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS count_{table}_{event.lower()} "
                f"AFTER {event} ON main.{table} "
                f"BEGIN INSERT INTO customer_writes VALUES ('{table} {event.lower()}'); END"
            )


def writes(db: VaultDb) -> dict[str, int]:
    rows = db.execute("SELECT what, count(*) FROM temp.customer_writes GROUP BY what")
    return {str(what): int(n) for what, n in rows}
