"""The contact history of a customer: calls, complaints, notes (free text the gate masked)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from seatdesk.core.masked_text import MaskedText, require_masked
from seatdesk.vault.db import VaultDb

KINDS = ("call", "complaint", "note")
# A call's summary is its length, in no language ("223 s"); the desk words it in its own.
# Vaults written before held one line in both languages, read here too.
_CALL_SUMMARY = re.compile(r"(\d+) s|来电 (\d+) 秒 / inbound call, \d+ s")


def call_summary(seconds: int) -> str:
    return f"{seconds} s"


def call_seconds(summary: str) -> int | None:
    """The length of a call from its stored summary (None for any other text)."""
    found = _CALL_SUMMARY.fullmatch(summary)
    return None if found is None else int(found.group(1) or found.group(2))


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
