"""The contact history of a customer: calls, complaints, notes (free text, masked when shown)."""

from __future__ import annotations

from collections.abc import Iterable

from seatdesk.vault.db import VaultDb

KINDS = ("call", "complaint", "note")


def insert_interactions(db: VaultDb, items: Iterable[tuple[int, str, str, str, str]]) -> None:
    """Insert (customer_id, at, staff_id, kind, summary) rows inside the caller's transaction."""
    db.executemany(
        "INSERT INTO interactions(customer_id, at, staff_id, kind, summary) VALUES (?, ?, ?, ?, ?)",
        items,
    )


def recent_interactions(
    db: VaultDb, customer_id: int, limit: int = 50
) -> list[tuple[str, str, str, str]]:
    """(at, kind, staff_id, summary) newest first; the summary is clear text."""
    rows = db.execute(
        "SELECT at, kind, staff_id, summary FROM interactions WHERE customer_id = ? "
        "ORDER BY at DESC, id DESC LIMIT ?",
        (customer_id, limit),
    )
    return [(str(a), str(k), str(s), str(t)) for a, k, s, t in rows]
