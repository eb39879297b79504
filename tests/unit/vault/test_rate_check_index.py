"""Vault schema v20: the gate's rate check counts from the index alone (issue 15's pop cost).
A vault of v19, with its audit log, migrates; the entries and the chain stay as they were, and
the counts of `count_since` are the same as before."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from seatdesk.audit.log import AuditLog
from seatdesk.core.clock import FixedClock
from seatdesk.vault.db import VaultDb, open_db
from seatdesk.vault.schema import MIGRATIONS, SCHEMA_VERSION, _statements, migrate

KEY = bytes(range(32))
RATE_SQL = (
    "SELECT count(*) FROM (SELECT 1 FROM audit WHERE actor = ? AND action = ? AND ts >= ?"
    " AND outcome != ? LIMIT ?)"
)


def at_version(path: Path, version: int) -> VaultDb:
    """A vault migrated as far as `version` (as the release that wrote it left it)."""
    db = open_db(path, bytes(32), create=True)
    for n in range(version):
        with db.transaction():
            for statement in _statements(MIGRATIONS[n]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {n + 1}")
    return db


def fill(audit: AuditLog, clock: FixedClock) -> None:
    for n in range(40):
        audit.append("agent01", "record.search", outcome="ok" if n % 4 else "rate_limited")
        audit.append("agent02", "record.search")
        audit.append("agent01", "record.view", target=f"C{n:08d}")
        clock.advance(seconds=3)


def counts(audit: AuditLog, clock: FixedClock) -> list[int]:
    minute = clock.now() - timedelta(minutes=1)
    return [
        audit.count_since("agent01", "record.search", minute, besides="rate_limited"),
        audit.count_since("agent01", "record.search", minute, besides="rate_limited", at_most=5),
        audit.count_since("agent01", "record.search", minute, outcome="rate_limited"),
        audit.count_since("agent01", "record.view", minute),
        audit.count_since("agent02", "record.search", clock.now() - timedelta(hours=1)),
    ]


def test_a_v19_vault_migrates_and_counts_as_it_did(tmp_path: Path) -> None:
    clock = FixedClock()
    db = at_version(tmp_path / "v19.vault", 19)
    audit = AuditLog(db, KEY, clock, "seat-01")
    fill(audit, clock)
    before = counts(audit, clock)
    rows = db.execute("SELECT * FROM audit ORDER BY seq")
    assert migrate(db) == 19
    assert db.scalar("PRAGMA user_version") == SCHEMA_VERSION
    assert db.execute("SELECT * FROM audit ORDER BY seq") == rows
    assert counts(audit, clock) == before == [15, 5, 5, 20, 40]
    assert audit.verify().ok
    db.close()


def test_the_rate_check_reads_no_audit_row(tmp_path: Path) -> None:
    db = open_db(tmp_path / "new.vault", bytes(32), create=True)
    migrate(db)
    columns = [str(r[2]) for r in db.execute("PRAGMA index_info(audit_by_actor)")]
    assert columns == ["actor", "action", "ts", "outcome"]
    plan = " ".join(
        str(r[-1]) for r in db.execute(f"EXPLAIN QUERY PLAN {RATE_SQL}", ("a", "b", "c", "d", 9))
    )
    assert "COVERING INDEX audit_by_actor" in plan
    db.close()
