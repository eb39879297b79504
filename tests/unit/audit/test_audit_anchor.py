"""A purge leaves an anchor entry: the chain verifies from it, and is still caught when an entry
after it is edited or removed, when the anchor is edited, or when more is cut than it records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from seatdesk.audit.log import PURGED, AuditLog
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
        audit.append("agent01", "record.view", target=f"C{i:08d}")
    return audit


def seqs(db: VaultDb) -> list[int]:
    return [int(r[0]) for r in db.execute("SELECT seq FROM audit ORDER BY seq")]


def test_after_a_purge_the_chain_verifies_from_the_anchor(log: AuditLog, db: VaultDb) -> None:
    mac_6 = str(db.scalar("SELECT mac FROM audit WHERE seq = 6"))
    anchor = log.purge_through("sec01", 6, {"retention_days": 180})
    assert seqs(db) == [7, 8, 9, 10, 11] and anchor.seq == 11 and anchor.action == PURGED
    detail = json.loads(anchor.detail)
    assert detail["through_seq"] == 6 and detail["through_mac"] == mac_6
    assert detail["purged"] == 6 and detail["total_purged"] == 6
    result = log.verify()
    assert result.ok and result.purged_through == 6 and result.entries == 5
    # an anchor written down after the purge still counts; one of a purged entry does not
    assert log.verify(anchor.mac).ok
    old = log.verify(mac_6)
    assert not old.ok and "purged" in old.reason


def test_a_second_purge_counts_on_from_the_first(log: AuditLog, db: VaultDb) -> None:
    log.purge_through("sec01", 4, {})
    second = log.purge_through("sec01", 9, {})
    assert json.loads(second.detail)["total_purged"] == 9
    assert seqs(db) == [10, 11, 12] and log.verify().ok


def test_a_tampered_entry_after_the_anchor_is_caught(log: AuditLog, db: VaultDb) -> None:
    log.purge_through("sec01", 6, {})
    db.execute("UPDATE audit SET target = 'C99999999' WHERE seq = 8")
    result = log.verify()
    assert not result.ok and result.first_broken == 8 and "altered" in result.reason


def test_an_edited_anchor_is_caught(log: AuditLog, db: VaultDb) -> None:
    log.purge_through("sec01", 6, {})
    detail = json.loads(str(db.scalar("SELECT detail FROM audit WHERE seq = 11")))
    detail["purged"] = 1
    db.execute("UPDATE audit SET detail = ? WHERE seq = 11", (json.dumps(detail, sort_keys=True),))
    result = log.verify()
    assert not result.ok and result.first_broken == 11


def test_cutting_more_than_the_anchor_records_is_caught(log: AuditLog, db: VaultDb) -> None:
    log.purge_through("sec01", 6, {})
    db.execute("DELETE FROM audit WHERE seq <= 8")
    result = log.verify()
    assert not result.ok and result.first_broken == 7 and "7 to 8 are missing" in result.reason


def test_a_truncated_head_without_an_anchor_is_caught(log: AuditLog, db: VaultDb) -> None:
    db.execute("DELETE FROM audit WHERE seq <= 3")
    result = log.verify()
    assert not result.ok and result.first_broken == 1 and "no purge anchor" in result.reason


def test_the_first_entry_kept_must_link_to_the_anchor(log: AuditLog, db: VaultDb) -> None:
    log.purge_through("sec01", 6, {})
    db.execute("UPDATE audit SET prev = ? WHERE seq = 7", ("f" * 64,))
    result = log.verify()
    assert not result.ok and result.first_broken == 7
