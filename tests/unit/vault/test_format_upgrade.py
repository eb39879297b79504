"""Format-1 vaults and backups (tests/fixtures/vault-v10: written by the release before, with its
own command line) become format 2: at the first sign-in, or when a backup is restored. Every
customer, phone, audit entry and key slot survives, the chain verifies, a crash at any point of
the upgrade loses nothing, and a damaged format-1 file is refused before anything is written."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from seatdesk.core.errors import VaultUnreadable
from seatdesk.records.phone_column import disagreeing
from seatdesk.records.phone_index import PhoneIndex
from seatdesk.records.verifiers import keyed_tags
from seatdesk.services.backups import restore
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.vault.copies import export_copy, open_copy
from seatdesk.vault.db import FORMAT, VaultDb, connect_keyed, open_db
from seatdesk.vault.keyslots import KeyFile
from tests.helpers.vaults import audit_behind, session_behind

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "vault-v10"
PASSWORDS = {"admin01": "Admin-pass-2026", "sec01": "Secur-pass-2026", "agent01": "Agent-pass-2026"}
OLD_ENTRIES = 24  # the audit entries the fixture holds (its README)
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def old_vault(tmp_path: Path) -> VaultPaths:
    for name in ("v10.vault", "v10.vault.keys"):
        shutil.copy(FIXTURE / name, tmp_path / name)
    return VaultPaths(tmp_path / "v10.vault")


def data_key(paths: VaultPaths) -> bytes:
    return KeyFile.load(paths.keys).unwrap_password("admin01", PASSWORDS["admin01"], None)


def contents(db: VaultDb) -> dict[str, list[Any]]:
    """What must survive: every customer (as stored), phone, audit entry, account and meta."""
    return {
        "customers": db.execute("SELECT * FROM customers ORDER BY id"),
        "phones": db.execute("SELECT number, customer_id, kind FROM customer_phones ORDER BY 1, 2"),
        "audit": db.execute("SELECT * FROM audit ORDER BY seq"),
        "staff": db.execute("SELECT staff_id, role FROM staff ORDER BY 1"),
        "seal_keys": db.execute("SELECT * FROM seal_keys ORDER BY id"),
    }


def keyed_phones(index: PhoneIndex, phones: object) -> list[tuple[object, ...]]:
    """The index rows of format 1's clear (number, customer, kind) rows, hashed as the first
    holder's sign-in hashes them (v13)."""
    assert isinstance(phones, list)
    return sorted((index.probe(str(n)), c, k) for n, c, k in phones)


def raw_contents(paths: VaultPaths) -> dict[str, list[Any]]:
    db = open_db(paths.vault, data_key(paths), verify="quick")
    try:
        return contents(db)
    finally:
        db.close()


def file_format(paths: VaultPaths) -> int:
    conn, found = connect_keyed(paths.vault, data_key(paths))
    conn.close()
    return found


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_the_fixture_is_format_1(old_vault: VaultPaths) -> None:
    assert file_format(old_vault) == 1
    with pytest.raises(VaultUnreadable):  # not readable as format 2: the premise
        connect_keyed(old_vault.vault, data_key(old_vault), (2,))


def test_the_first_sign_in_upgrades_and_keeps_everything(
    runtime: Runtime, old_vault: VaultPaths
) -> None:
    before = raw_contents(old_vault)
    slots = json.loads(old_vault.keys.read_text())["slots"]
    who = sign_in(runtime, old_vault, "sec01", PASSWORDS["sec01"])
    try:
        session = session_behind(who)
        assert session.db.format == FORMAT == 2
        after = contents(session.db)
        entries = audit_behind(who)
        assert session.audit.verify().ok
        # v11 wrote each customer's phones in its row; the first holder's sign-in hashed the
        # index under the lookup key and sealed the rows' phones for it (v13, issue 15)
        assert disagreeing(session.db, session.card_reader, session.phone_index) == []
        assert session.db.scalar("SELECT count(*) FROM customers WHERE phones = ''") == 0
        assert (
            session.db.scalar("SELECT count(*) FROM customers WHERE typeof(phones) = 'text'") == 0
        )
        assert (
            session.db.scalar("SELECT count(*) FROM customer_phones WHERE typeof(number) = 'text'")
            == 0
        )
        keyed = keyed_phones(session.phone_index, before["phones"])
        lookup = session.held.lookup()
        assert lookup is not None
        at = [str(r[1]) for r in session.db.execute("PRAGMA table_info(customers)")]
        verifiers = at.index("verifiers")
    finally:
        who.close()
    assert file_format(old_vault) == 2
    audit_before = before["audit"]
    assert isinstance(audit_before, list) and len(audit_before) == OLD_ENTRIES
    assert after["audit"][: len(audit_before)] == audit_before
    upgrade = [e for e in entries if e.action == "vault.format"]
    assert [json.loads(e.detail) for e in upgrade] == [{"from": 1, "to": 2}]
    assert upgrade[0].seq == len(audit_before) + 1
    assert after["staff"] == before["staff"]
    assert sorted(after["phones"]) == keyed
    assert set(before["seal_keys"]) < set(after["seal_keys"])
    customers_after = after["customers"]
    assert isinstance(customers_after, list) and len(customers_after) == 40
    # every customer as it was (v11 only adds the phones column at the end), its verifiers
    # keyed under the lookup key (v13)
    for row, old in zip(customers_after, before["customers"], strict=True):
        assert (
            row[:verifiers] + row[verifiers + 1 : len(old)]
            == old[:verifiers] + old[verifiers + 1 :]
        )
        assert row[verifiers] == keyed_tags(lookup.verifier, old[verifiers])
    # same key: slots as they were, the holders' with the lookup key
    now = json.loads(old_vault.keys.read_text())["slots"]
    assert {s: sorted(r["holds"]) for s, r in now.items()} == {
        s: sorted([*r["holds"], *(["index#1"] if s != "admin01" else [])]) for s, r in slots.items()
    }
    assert {s: {k: v for k, v in r.items() if k != "holds"} for s, r in now.items()} == {
        s: {k: v for k, v in r.items() if k != "holds"} for s, r in slots.items()
    }
    assert sorted(p.name for p in old_vault.vault.parent.iterdir()) == [
        "v10.vault",
        "v10.vault.keys",
    ]
    # every account still opens it, the agent sees the caller it saw before (once the officer has
    # recorded their confidentiality training, which came after this release)
    with Services(sign_in(runtime, old_vault, "sec01", PASSWORDS["sec01"])) as officer:
        today = runtime.policy.visitors.today(runtime.clock.now())
        officer.training.record("confidentiality", today, "王老师", [("agent01", 100)])
    agent = Services(sign_in(runtime, old_vault, "agent01", PASSWORDS["agent01"]))
    try:
        matches = agent.records.find("19873564807")
        assert len(matches) == 1
        card = agent.records.view(matches[0].customer_id)
        assert card.field("mobile").text == "198****4807"
    finally:
        agent.who.close()
    for staff_id in ("admin01",):
        sign_in(runtime, old_vault, staff_id, PASSWORDS[staff_id]).close()


def test_a_format_1_backup_restores_as_format_2(runtime: Runtime, tmp_path: Path) -> None:
    target = VaultPaths(tmp_path / "restored" / "hall.vault")
    recovery = (FIXTURE / "recovery-key.txt").read_text().strip()
    report = restore(runtime, FIXTURE / "v10-backup.sdb", target, recovery, force=False)
    assert report.counts["customers"] == 40 and report.audit_head == 20
    assert file_format(target) == 2
    who = sign_in(runtime, target, "sec01", PASSWORDS["sec01"])
    try:
        session = session_behind(who)
        assert session.audit.verify().ok
        actions = [e.action for e in audit_behind(who)]
        assert actions[20] == "vault.restore" and "vault.format" not in actions
        assert int(session.db.scalar("SELECT count(*) FROM customer_phones")) > 40
        assert session.db.scalar("SELECT value FROM meta WHERE key = 'format'") == "2"
    finally:
        who.close()


# A crash at each step of the upgrade: the process dies (os._exit) right after the step.
CRASH = """
import os, sys
from pathlib import Path
import seatdesk.vault.format_upgrade as up
import seatdesk.vault.pending as pending
from seatdesk.vault.db import open_db
from seatdesk.vault.keyslots import KeyFile

def dying(real):
    def step(*args, **kwargs):
        real(*args, **kwargs)
        os._exit(9)
    return step

point = sys.argv[2]
if point == "copied":
    up.fsync_file = dying(up.fsync_file)
elif point == "marked":
    up.write_atomically = dying(up.write_atomically)
elif point == "renamed":
    pending.fsync_dir = dying(pending.fsync_dir)
vault = Path(sys.argv[1])
key = KeyFile.load(Path(str(vault) + ".keys")).unwrap_password("admin01", "Admin-pass-2026", None)
up.upgraded(open_db(vault, key), key)
"""


@pytest.mark.parametrize("point", ["copied", "marked", "renamed"])
def test_a_crash_during_the_upgrade_loses_nothing(
    runtime: Runtime, old_vault: VaultPaths, point: str
) -> None:
    before = raw_contents(old_vault)
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(old_vault.vault), point],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        check=False,
    )
    assert done.returncode == 9, done.stderr
    left = sorted(p.name for p in old_vault.vault.parent.iterdir())
    assert any(name.endswith(".partial") for name in left) == (point != "renamed")
    who = sign_in(runtime, old_vault, "sec01", PASSWORDS["sec01"])
    try:
        session = session_behind(who)
        assert session.db.format == 2 and session.audit.verify().ok
        after = contents(session.db)
        keyed = keyed_phones(session.phone_index, before["phones"])
    finally:
        who.close()
    assert after["audit"][:OLD_ENTRIES] == before["audit"]
    assert sorted(after["phones"]) == keyed and len(after["customers"]) == 40
    assert sorted(p.name for p in old_vault.vault.parent.iterdir()) == [
        "v10.vault",
        "v10.vault.keys",
    ]


def test_another_open_connection_postpones_the_upgrade(
    runtime: Runtime, old_vault: VaultPaths
) -> None:
    other = open_db(old_vault.vault, data_key(old_vault), verify="quick")  # an older desk, say
    try:
        other.scalar("SELECT count(*) FROM customers")
        who = sign_in(runtime, old_vault, "sec01", PASSWORDS["sec01"])
        assert session_behind(who).db.format == 1  # works as it is, nothing copied
        who.close()
        assert (
            other.scalar("SELECT count(*) FROM audit") > OLD_ENTRIES
        )  # the same file: nothing lost
    finally:
        other.close()
    assert file_format(old_vault) == 1
    sign_in(runtime, old_vault, "sec01", PASSWORDS["sec01"]).close()
    assert file_format(old_vault) == 2


def _page_swapped(data: bytearray) -> bytearray:
    size = 4096
    a, b = 2 * size, 3 * size
    data[a : a + size], data[b : b + size] = data[b : b + size], data[a : a + size]
    return data


@pytest.mark.parametrize("damage", ["header", "middle", "last_page", "swapped_pages"])
def test_a_damaged_format_1_vault_is_refused_before_its_upgrade(
    runtime: Runtime, old_vault: VaultPaths, damage: str
) -> None:
    data = bytearray(old_vault.vault.read_bytes())
    if damage == "swapped_pages":
        data = _page_swapped(data)
    else:
        offset = {"header": 100, "middle": len(data) // 2 + 77, "last_page": len(data) - 200}
        data[offset[damage]] ^= 0x5A
    old_vault.vault.write_bytes(bytes(data))
    before = digests(old_vault.vault.parent)
    with pytest.raises(VaultUnreadable):
        sign_in(runtime, old_vault, "sec01", PASSWORDS["sec01"])
    assert digests(old_vault.vault.parent) == before


def test_every_copy_is_written_in_format_2(old_vault: VaultPaths, tmp_path: Path) -> None:
    """Backups, restores and rekeys copy with `export_copy`: from a format-1 source too, the
    copy is format 2 (and not readable as format 1)."""
    key = data_key(old_vault)
    source = open_db(old_vault.vault, key, verify="quick")
    assert source.format == 1
    try:
        export_copy(source, tmp_path / "copy.db", bytes(range(32)), wal=False)
    finally:
        source.close()
    with pytest.raises(VaultUnreadable):
        connect_keyed(tmp_path / "copy.db", bytes(range(32)), (1,))
    copy = open_copy(tmp_path / "copy.db", bytes(range(32)))
    try:
        assert copy.format == 2 and int(copy.scalar("SELECT count(*) FROM customers")) == 40
    finally:
        copy.close()
