"""The contact history of a customer: calls, complaints, notes (free text the gate masked)."""

from __future__ import annotations

from collections.abc import Iterable

from seatdesk.core.masked_text import MaskedText, require_masked
from seatdesk.vault.db import VaultDb

KINDS = ("call", "complaint", "note")


def insert_interactions(
    db: VaultDb, items: Iterable[tuple[int, str, str, str, MaskedText]]
) -> None:
    """Insert (customer_id, at, staff_id, kind, summary) rows inside the caller's transaction;
    a summary that did not pass the free-text gate is refused (UnmaskedText), nothing written."""
    rows = [(*item[:4], require_masked(item[4], "an interaction's summary")) for item in items]
    db.executemany(
        "INSERT INTO interactions(customer_id, at, staff_id, kind, summary) VALUES (?, ?, ?, ?, ?)",
        rows,
    )


def recent_interactions(
    db: VaultDb, customer_id: int, limit: int = 50
) -> list[tuple[str, str, str, str]]:
    """(at, kind, staff_id, summary) newest first (a summary stored before the gate may hold
    clear values: the gate masks it again as shown)."""
    rows = db.execute(
        "SELECT at, kind, staff_id, summary FROM interactions WHERE customer_id = ? "
        "ORDER BY at DESC, id DESC LIMIT ?",
        (customer_id, limit),
    )
    return [(str(a), str(k), str(s), str(t)) for a, k, s, t in rows]
