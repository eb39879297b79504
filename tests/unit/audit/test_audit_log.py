from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from seatdesk.audit.log import GENESIS, AuditLog
from seatdesk.core.clock import FixedClock
from seatdesk.vault.db import VaultDb, open_db
from seatdesk.vault.schema import migrate

KEY = bytes(range(32))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[VaultDb]:
    vault = open_db(tmp_path / "audit.vault", bytes(32), create=True)
    migrate(vault)
    yield vault
    vault.close()


@pytest.fixture
def log(db: VaultDb) -> AuditLog:
    audit = AuditLog(db, KEY, FixedClock(), "seat-01")
    for i in range(10):
        audit.append("agent01", "record.view", target=f"C{i:08d}", detail={"fields": ["name"]})
    return audit


def test_intact_chain_verifies(log: AuditLog) -> None:
    result = log.verify()
    assert result.ok and result.entries == 10
    first = next(log.entries())
    assert first.seq == 1 and first.prev == GENESIS


def test_edited_entry_is_named(log: AuditLog, db: VaultDb) -> None:
    db.execute("UPDATE audit SET target = 'C99999999' WHERE seq = 4")
    result = log.verify()
    assert not result.ok and result.first_broken == 4 and "altered" in result.reason


def test_edited_detail_is_named(log: AuditLog, db: VaultDb) -> None:
    db.execute("""UPDATE audit SET detail = '{"fields":[]}' WHERE seq = 7""")
    assert log.verify().first_broken == 7


def test_deleted_entry_is_named(log: AuditLog, db: VaultDb) -> None:
    db.execute("DELETE FROM audit WHERE seq = 5")
    result = log.verify()
    assert not result.ok and result.first_broken == 5


def test_deleted_and_renumbered_entries_are_caught(log: AuditLog, db: VaultDb) -> None:
    db.execute("DELETE FROM audit WHERE seq = 5")
    db.execute("UPDATE audit SET seq = seq - 1 WHERE seq > 5")
    result = log.verify()
    assert not result.ok and result.first_broken == 5


def test_reordered_entries_are_caught(log: AuditLog, db: VaultDb) -> None:
    rows = db.execute(
        "SELECT seq, ts, actor, seat, action, target, outcome, detail, prev, mac "
        "FROM audit WHERE seq IN (3, 4) ORDER BY seq"
    )
    db.execute("DELETE FROM audit WHERE seq IN (3, 4)")
    for seq, row in zip((3, 4), reversed(rows), strict=True):
        db.execute("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (seq, *row[1:]))
    result = log.verify()
    assert not result.ok and result.first_broken == 3


def test_truncated_tail_is_caught_with_an_anchor(log: AuditLog, db: VaultDb) -> None:
    _, anchor = log.head()
    assert log.verify(anchor).ok
    db.execute("DELETE FROM audit WHERE seq >= 9")
    assert log.verify().ok  # without an anchor, a clean truncation looks like a shorter log
    result = log.verify(anchor.upper())
    assert not result.ok and "anchor" in result.reason


def test_another_key_cannot_forge(log: AuditLog, db: VaultDb) -> None:
    forger = AuditLog(db, bytes(32), FixedClock(), "seat-66")
    forger.append("intruder", "record.view", target="C00000001")
    assert log.verify().first_broken == 11


def test_export_is_json_lines(log: AuditLog, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    assert log.export_jsonl(out) == 10
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["seq"] == 1 and lines[0]["detail"] == {"fields": ["name"]}


def test_keyed_hash_is_stable_and_not_the_value(log: AuditLog) -> None:
    digest = log.keyed_hash("13800138000")
    assert digest == log.keyed_hash("13800138000") and "13800138000" not in digest
