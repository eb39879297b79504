"""What the seat queues for its hall besides the audit: incidents and visitor events, written in
the same transaction as the change they report, and sent in order by the hall link (at least
once; the hall applies each (seat, item) once). A seat that is not enrolled queues nothing."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from seatdesk.core.clock import utc_iso
from seatdesk.vault.db import VaultDb
from seatdesk.vault.schema import get_meta


def enqueue(db: VaultDb, kind: str, ref: str, payload: dict[str, Any], now: datetime) -> None:
    if get_meta(db, "hall.seat_id") is None:
        return
    db.execute(
        "INSERT INTO outbox(kind, ref, payload, created_at) VALUES (?, ?, ?, ?)",
        (kind, ref, json.dumps(payload, ensure_ascii=False, sort_keys=True), utc_iso(now)),
    )


def unsent(db: VaultDb, limit: int) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT id, kind, ref, payload FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT ?",
        (limit,),
    )
    return [
        {"id": int(r[0]), "kind": str(r[1]), "ref": str(r[2]), "payload": json.loads(r[3])}
        for r in rows
    ]


def mark_sent(db: VaultDb, up_to: int, now: datetime) -> None:
    db.execute(
        "UPDATE outbox SET sent_at = ? WHERE id <= ? AND sent_at IS NULL", (utc_iso(now), up_to)
    )


def unsent_count(db: VaultDb) -> int:
    return int(db.scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL") or 0)


def unsent_refs(db: VaultDb, kind_prefix: str) -> set[str]:
    rows = db.execute(
        "SELECT DISTINCT ref FROM outbox WHERE sent_at IS NULL AND kind LIKE ?",
        (kind_prefix + "%",),
    )
    return {str(r[0]) for r in rows}
