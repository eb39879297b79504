"""Retention purge with a destruction log, tier expiry, consent withdrawal, backup/restore,
rekey and the access review."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import AuthenticationError, PermissionDenied, UsageError
from seatdesk.services.access_review import access_review, sign_off
from seatdesk.services.audit_desk import verify_audit
from seatdesk.services.backups import backup, rekey, restore
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.lifecycle import expire_tiers, purge, purge_candidates, withdraw_consent
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.runtime import VaultPaths
from seatdesk.services.session import sign_in
from tests.helpers.vaults import PASSWORDS, StaffedVault

ROWS = list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))


def count(vault: StaffedVault, table: str = "customers") -> int:
    session = vault.session("sec01")
    try:
        return int(session.db.scalar(f"SELECT count(*) FROM {table}"))
    finally:
        session.close()


def test_purge_deletes_expired_and_withdrawn_with_a_destruction_log(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    expired = {
        r["customer_no"]
        for r in ROWS
        if r["retain_until"] and r["retain_until"] < clock.now().date().isoformat()
    }
    assert expired, "the demo data has customers past retention"
    agent = customer_vault.session("agent01")
    try:
        keep = next(r for r in ROWS if r["customer_no"] not in expired)
        withdrawn_id = RecordDesk(agent).find(keep["customer_no"])[0].customer_id
        withdraw_consent(agent, withdrawn_id, "客户来电要求删除，回拨 13812345678")
        with pytest.raises(PermissionDenied):
            purge(agent, dry_run=True)
    finally:
        agent.close()
    session = customer_vault.session("sec01")
    try:
        due = purge(session, dry_run=True)
        assert {c.customer_no for c in due} == expired | {keep["customer_no"]}
        assert count_in(session) == 300
        destroyed = purge(session, dry_run=False)
        assert len(destroyed) == len(due) and purge_candidates(session) == []
        assert count_in(session) == 300 - len(due)
        entries = [e for e in session.audit.entries() if e.action == "record.destroyed"]
        assert len(entries) == len(due)
        for entry in entries:
            assert entry.target not in expired and len(entry.target) == 32  # keyed hash only
            assert json.loads(entry.detail)["reason"] in ("retention", "consent_withdrawn")
        notes = [
            e.detail for e in session.audit.entries() if e.action == "record.consent_withdrawn"
        ]
        assert notes and "13812345678" not in notes[0]
        assert verify_audit(session).ok
    finally:
        session.close()


def count_in(session) -> int:
    return int(session.db.scalar("SELECT count(*) FROM customers"))


def test_tiers_expire_at_sign_in_and_are_audited(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    with_expiry = [r for r in ROWS if r["tier_expires"] and r["tier"] != "秘密"]
    assert with_expiry
    latest = max(r["tier_expires"] for r in with_expiry)
    clock.current = clock.current.replace(year=int(latest[:4]) + 1)
    session = customer_vault.session("agent01")  # sign-in runs the expiry
    try:
        changed = [e for e in session.audit.entries() if e.action == "record.tier_expired"]
        assert {e.target for e in changed} >= {r["customer_no"] for r in with_expiry}
        assert all(json.loads(e.detail)["to"] == "秘密" for e in changed)
        assert {e.actor for e in changed} == {"system"}  # not whoever signs in first
        assert {json.loads(e.detail)["triggered_by"] for e in changed} == {"agent01"}
        assert expire_tiers(session) == 0  # nothing left for the daily run
        left = session.db.scalar("SELECT count(*) FROM customers WHERE tier_expires IS NOT NULL")
        assert left == 0
    finally:
        session.close()


def test_backup_restore_round_trip_with_the_recovery_key(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    out = tmp_path / "backups" / "hall-2026.sdb"
    out.parent.mkdir()
    admin = customer_vault.session("admin01")
    try:
        report = backup(admin, out)
        with pytest.raises(UsageError):
            backup(admin, out)  # never overwrites
    finally:
        admin.close()
    assert report.counts["customers"] == 300
    with zipfile.ZipFile(out) as archive:
        assert set(archive.namelist()) == {"manifest.json", "keys.json", "vault.db"}
        raw = archive.read("vault.db")
    assert ROWS[0]["name"].encode() not in raw and b"SQLite format 3" not in raw[:16]
    target = VaultPaths(tmp_path / "restored" / "hall.vault")
    with pytest.raises(AuthenticationError):
        restore(customer_vault.runtime, out, target, "AAAA-" * 12 + "AAAA", force=False)
    restore(customer_vault.runtime, out, target, customer_vault.recovery_key, force=False)
    with pytest.raises(UsageError, match="--force"):
        restore(customer_vault.runtime, out, target, customer_vault.recovery_key, force=False)
    session = sign_in(customer_vault.runtime, target, "agent01", PASSWORDS["agent01"])
    try:
        assert session.db.scalar("SELECT count(*) FROM customers") == 300
        actions = [e.action for e in session.audit.entries()]
        assert "vault.restore" in actions and verify_audit_ok(session)
    finally:
        session.close()
    assert not list(target.vault.parent.glob("*.partial*"))


def verify_audit_ok(session) -> bool:
    return session.audit.verify().ok


def test_rekey_changes_the_key_and_every_slot_still_opens(
    customer_vault: StaffedVault,
) -> None:
    before = customer_vault.paths.vault.read_bytes()[:4096]
    admin = customer_vault.session("admin01")
    _, anchor = admin.audit.head()
    rekey(admin)
    assert customer_vault.paths.vault.read_bytes()[:4096] != before
    for staff_id in PASSWORDS:
        session = customer_vault.session(staff_id)
        session.close()
    session = customer_vault.session("sec01")
    try:
        assert session.audit.verify(anchor).ok  # anchors printed before a rekey stay valid
        assert [e.outcome for e in session.audit.entries() if e.action == "vault.rekey"] == [
            "started",
            "ok",
        ]
    finally:
        session.close()
    from seatdesk.vault.keyslots import KeyFile, parse_recovery_key

    keys = KeyFile.load(customer_vault.paths.keys)
    assert keys.unwrap_recovery(parse_recovery_key(customer_vault.recovery_key))


def test_access_review_and_sign_off(customer_vault: StaffedVault, clock: FixedClock) -> None:
    agent = customer_vault.session("agent01")
    RecordDesk(agent).view(RecordDesk(agent).find(ROWS[0]["customer_no"])[0].customer_id)
    agent.close()
    clock.advance(days=100)
    session = customer_vault.session("sec01")
    try:
        review = access_review(session, period_days=120)
        lines = {a.staff_id: a for a in review.accounts}
        assert lines["agent01"].views == 1 and lines["agent01"].dormant
        assert not lines["sec01"].dormant
        sign_off(session, review, "季度权限复核，无异常")
        assert session.db.scalar("SELECT reviewer FROM access_reviews") == "sec01"
    finally:
        session.close()
    agent = customer_vault.session("agent01")
    try:
        with pytest.raises(PermissionDenied):
            access_review(agent)
    finally:
        agent.close()
