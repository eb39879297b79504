"""The contact history of a customer: calls, complaints, notes (free text the gate masked)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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
    db: VaultDb,
    items: Iterable[tuple[int, str, str, str, MaskedText]],
    *,
    call_id: str | None = None,
) -> None:
    """Insert (customer_id, at, staff_id, kind, summary) rows inside the caller's transaction
    (a call's one row names its call, for its wrap-up); a summary that did not pass the
    free-text gate is refused (UnmaskedText), nothing written."""
    rows = [
        (*item[:4], require_masked(item[4], "an interaction's summary"), call_id) for item in items
    ]
    db.executemany(
        "INSERT INTO interactions(customer_id, at, staff_id, kind, summary, call_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


@dataclass(frozen=True)
class Interaction:
    """One line of a customer's history; a call's wrap-up codes with it where it has one."""

    at: str
    kind: str
    staff_id: str
    summary: str
    reason: str | None = None
    outcome: str | None = None
    follow_up: str | None = None
    note: str = ""


def recent_interactions(db: VaultDb, customer_id: int, limit: int = 50) -> list[Interaction]:
    """Newest first (a summary stored before the gate may hold clear values: the gate masks it
    again as shown; a wrap-up's note was masked when it was saved)."""
    rows = db.execute(
        "SELECT i.at, i.kind, i.staff_id, i.summary, w.reason, w.outcome, w.follow_up, w.note "
        "FROM interactions i LEFT JOIN call_wrap_ups w ON w.call_id = i.call_id "
        "WHERE i.customer_id = ? ORDER BY i.at DESC, i.id DESC LIMIT ?",
        (customer_id, limit),
    )
    return [
        Interaction(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            None if r[4] is None else str(r[4]),
            None if r[5] is None else str(r[5]),
            None if r[6] is None else str(r[6]),
            str(r[7] or ""),
        )
        for r in rows
    ]
