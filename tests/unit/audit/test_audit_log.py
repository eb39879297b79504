from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from seatdesk.audit.log import GENESIS, AuditLog
from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import RateLimited
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


def test_a_batch_is_one_transaction_and_chains_like_single_appends(
    log: AuditLog, db: VaultDb
) -> None:
    single = [e.mac for e in log.entries()]
    with log.batch():
        entries = [log.append("agent01", "call.start", target=f"call-{i}") for i in range(5)]
        assert db.in_transaction  # nothing committed until the end
    assert [e.seq for e in entries] == [11, 12, 13, 14, 15]
    assert [e.prev for e in entries] == [single[-1], *(e.mac for e in entries[:-1])]
    assert log.verify().ok and log.verify().entries == 15
    assert log.head() == (15, entries[-1].mac)


def test_an_exception_mid_batch_leaves_none_of_it(log: AuditLog) -> None:
    head = log.head()
    with pytest.raises(RuntimeError), log.batch():
        log.append("agent01", "call.start", target="call-1")
        log.append("agent01", "record.search", detail={"count": 1})
        raise RuntimeError("the process fails here")
    assert log.head() == head and log.verify().ok
    log.append("agent01", "call.start", target="call-2")  # the chain goes on from the head
    assert log.verify().ok and log.head()[0] == head[0] + 1


def test_a_refusal_mid_batch_keeps_what_was_appended(log: AuditLog) -> None:
    head = log.head()
    with pytest.raises(RateLimited), log.batch():
        log.append("agent01", "call.start", target="call-1")
        log.append("agent01", "record.view", outcome="rate_limited", detail={"limit": 1})
        raise RateLimited("past the rate", limit=1)
    assert log.head()[0] == head[0] + 2 and log.verify().ok


def test_another_writer_cannot_slip_into_a_batch(log: AuditLog, tmp_path: Path) -> None:
    other = open_db(tmp_path / "audit.vault", bytes(32), verify="quick")
    try:
        other.execute("PRAGMA busy_timeout = 0")
        with log.batch():
            log.append("agent01", "call.start", target="call-1")
            with pytest.raises(Exception, match="locked"):
                AuditLog(other, KEY, FixedClock(), "seat-02").append("x", "login")
            log.append("agent01", "call.end", target="call-1")
        assert log.verify().ok and log.head()[0] == 12
    finally:
        other.close()


# A child appends a batch to the vault and dies (os._exit) before its end: none of it is kept.
_DIES_MID_BATCH = """
import os, sys
from pathlib import Path
from seatdesk.audit.log import AuditLog
from seatdesk.core.clock import FixedClock
from seatdesk.vault.db import open_db

db = open_db(Path(sys.argv[1]), bytes(32), verify="quick")
log = AuditLog(db, bytes(range(32)), FixedClock(), "seat-01")
with log.batch():
    for i in range(20):
        log.append("agent01", "record.view", target=f"C{i:08d}")
    os._exit(9)
"""


def test_a_crash_mid_batch_leaves_none_of_it(log: AuditLog, db: VaultDb, tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", _DIES_MID_BATCH, str(tmp_path / "audit.vault")],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        check=False,
    )
    assert done.returncode == 9, done.stderr
    assert log.head()[0] == 10 and log.verify().ok
    log.append("agent01", "call.start", target="after")
    assert log.verify().ok


def test_count_since_stops_at_its_bound(log: AuditLog) -> None:
    since = FixedClock().now() - timedelta(minutes=1)
    assert log.count_since("agent01", "record.view", since) == 10
    assert log.count_since("agent01", "record.view", since, at_most=4) == 4
    assert log.count_since("agent01", "record.view", since, at_most=40) == 10
    assert log.count_since("agent01", "record.view", since, besides="ok", at_most=4) == 0
