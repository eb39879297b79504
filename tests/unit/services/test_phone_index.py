"""The phone index and the verifiers under the lookup key (issue 15, docs/threat-model.md), tried
as the admin would: the admin's password, the seat's device secret, copies of the vault and its
key file, and SeatDesk's own modules. The roles that search customers still find the caller by
phone and verify; a blind import by the admin is found by phone only after a holder's sign-in;
a vault written before keeps every customer findable by phone."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest

from seatdesk.audit.log import AuditLog
from seatdesk.core.clock import FixedClock
from seatdesk.records.demo_data import generate_customers
from seatdesk.records.phone_column import disagreeing
from seatdesk.records.phone_index import phone_tag
from seatdesk.records.verifiers import VerifierKeys, matches_verifier
from seatdesk.services import door
from seatdesk.services.factory import Services
from seatdesk.services.importing import import_bytes
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import sign_in
from seatdesk.vault.compartment_keys import open_held
from seatdesk.vault.db import VaultDb, open_db
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.sealing import hkdf
from seatdesk.vault.secret_store import MemorySecretStore
from seatdesk.vault.store import audit_key, import_hash_key, verifier_key
from tests.helpers.imports import csv_bytes
from tests.helpers.vaults import PASSWORDS, StaffedVault

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "vault-v10"
HOLDERS = ("agent01", "super01", "sec01")


def _rows(tag: str, seed: int, count: int = 3) -> list[dict[str, str]]:
    rows = list(generate_customers(count, seed, today=date(2026, 1, 1)))
    for n, row in enumerate(rows):
        row["customer_no"] = f"P{tag}{n}"
        row["tier"], row["tier_expires"] = "秘密", ""
        row["mobile"] = f"1391{seed:03d}{n:04d}"
        row["bank_card"] = f"62220200{seed:05d}{n:06d}"
    return rows


def _import(staffed: StaffedVault, staff_id: str, rows: list[dict[str, str]]) -> None:
    session = staffed.session(staff_id)
    try:
        report = import_bytes(session, csv_bytes(rows), "p.csv", dry_run=False)
        assert report.imported == len(rows), report.errors
    finally:
        session.close()


def _found(staffed: StaffedVault, staff_id: str, number: str) -> list[str]:
    services = Services(staffed.signed_in(staff_id))
    try:
        return [m.customer_no for m in services.records.find(number)]
    finally:
        services.who.close()


def _admins_copy(staffed: StaffedVault, store: MemorySecretStore, tmp_path: Path) -> VaultDb:
    """The vault as the admin opens a copy of it: their password, the device secret."""
    staffed.session("admin01").close()  # checkpointed: the whole vault is in the file
    shutil.copy(staffed.paths.vault, tmp_path / "copy.vault")
    shutil.copy(staffed.paths.keys, tmp_path / "copy.vault.keys")
    keyfile = KeyFile.load(tmp_path / "copy.vault.keys")
    secret = store.get(keyfile.vault_id)
    unlocked = keyfile.unlock_password("admin01", PASSWORDS["admin01"], secret)
    assert open_held(keyfile, unlocked).lookup() is None  # the admin's slot: no lookup key
    assert not any(n.startswith("index#") for n in keyfile.holds("staff:admin01"))
    return open_db(tmp_path / "copy.vault", unlocked.dek)


def _keys_the_admin_derives(db: VaultDb) -> list[bytes]:
    """Every key the admin's slot and the data key give, and the ways SeatDesk derives keys."""
    root = bytes.fromhex(str(db.scalar("SELECT value FROM meta WHERE key = 'audit_root'")))
    infos = [b"seatdesk/phone-index/v1", b"seatdesk/verifier/v2", b"seatdesk/verifier/v1"]
    keys = [audit_key(db), import_hash_key(db), verifier_key(db), root]
    keys += [hkdf(root, salt=None, info=info) for info in infos]
    for (text,) in db.execute("SELECT value FROM meta"):  # the public keys, the vault id, ...
        raw = str(text).encode()
        keys += [hashlib.sha256(raw).digest()] + [hkdf(raw, salt=None, info=i) for i in infos]
    return keys


def test_the_admin_recovers_no_mobile_and_tests_no_verifier_guess(
    customer_vault: StaffedVault, secret_store: MemorySecretStore, tmp_path: Path
) -> None:
    rows = _rows("A", 21)
    _import(customer_vault, "sec01", rows)
    agent = Services(customer_vault.signed_in("agent01"))
    try:  # the callers rang: their numbers are searched and audited
        for row in rows:
            assert agent.calls.pop(row["mobile"]).record is not None
            agent.calls.end()
    finally:
        agent.who.close()
    db = _admins_copy(customer_vault, secret_store, tmp_path)
    try:
        text = "\n".join(
            str(v) if not isinstance(v, bytes) else v.hex() + v.decode("latin-1")
            for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            for r in db.execute(f"SELECT * FROM {table}")
            for v in r
        )
        assert not any(row["mobile"] in text for row in rows)
        audit = AuditLog(db, audit_key(db), FixedClock(), "seat-07")
        assert not any(audit.keyed_hash(row["mobile"]) in text for row in rows)
        tags = {bytes(r[0]) for r in db.execute("SELECT number FROM customer_phones")}
        assert db.scalar("SELECT count(*) FROM customer_phones WHERE typeof(number) = 'text'") == 0
        candidates = _keys_the_admin_derives(db)
        for row in rows:  # the full number, as if guessed: no key the admin has hashes it so
            assert not any(phone_tag(key, row["mobile"]) in tags for key in candidates)
        inner = verifier_key(db)
        for row in rows:
            stored = db.scalar(
                "SELECT verifiers FROM customers WHERE customer_no = ?", (row["customer_no"],)
            )
            assert isinstance(stored, bytes)
            last4 = row["bank_card"][-4:]
            for outer in (None, *candidates):
                keys = VerifierKeys(inner, outer)
                assert not matches_verifier(
                    keys, row["customer_no"], stored, "bank_card", "last4", last4
                )
    finally:
        db.close()


@pytest.mark.parametrize("staff_id", HOLDERS)
def test_the_roles_that_search_find_the_caller_by_phone_and_verify(
    customer_vault: StaffedVault, staff_id: str
) -> None:
    rows = _rows("B", 22)
    _import(customer_vault, "sec01", rows)
    services = Services(customer_vault.signed_in(staff_id))
    try:
        for row in rows:
            matches = services.records.find(row["mobile"])
            assert [m.customer_no for m in matches] == [row["customer_no"]]
            cid = matches[0].customer_id
            assert services.records.view(cid).field("mobile").text == (
                row["mobile"][:3] + "****" + row["mobile"][-4:]
            )
            assert services.verifier.verify(
                cid, "bank_card", row["bank_card"][-4:], "last4"
            ).matched
            wrong = f"{(int(row['bank_card'][-4:]) + 1) % 10000:04d}"
            assert not services.verifier.verify(cid, "bank_card", wrong, "last4").matched
    finally:
        services.who.close()


def test_a_blind_import_by_the_admin_is_found_by_phone_only_after_a_holders_sign_in(
    customer_vault: StaffedVault,
) -> None:
    rows = _rows("C", 23)
    early = Services(customer_vault.signed_in("agent01"))  # signed in before the import
    try:
        _import(customer_vault, "admin01", rows)
        assert early.records.find(rows[0]["mobile"]) == []  # not indexed yet
        admin = customer_vault.session("admin01")
        try:
            pending = int(admin.db.scalar("SELECT count(*) FROM index_pending"))
            assert pending == len(rows)
            assert (
                admin.db.scalar(
                    "SELECT count(*) FROM customers WHERE typeof(phones) = 'text' AND phones != ''"
                )
                == 0
            )
        finally:
            admin.close()
    finally:
        early.who.close()
    # the next holder's sign-in indexes them and keys their verifiers
    services = Services(customer_vault.signed_in("agent01"))
    try:
        for row in rows:
            matches = services.records.find(row["mobile"])
            assert [m.customer_no for m in matches] == [row["customer_no"]]
            cid = matches[0].customer_id
            assert services.verifier.verify(
                cid, "bank_card", row["bank_card"][-4:], "last4"
            ).matched
    finally:
        services.who.close()
    session = customer_vault.session("super01")
    try:
        assert session.db.scalar("SELECT count(*) FROM index_pending") == 0
        assert disagreeing(session.db, session.card_reader, session.phone_index) == []
        entries = [e for e in session.audit.entries() if e.action == "vault.phone_index"]
        assert entries and all(row["mobile"] not in e.detail for e in entries for row in rows)
    finally:
        session.close()


def test_an_import_by_a_holder_is_indexed_at_once(customer_vault: StaffedVault) -> None:
    rows = _rows("D", 24)
    early = Services(customer_vault.signed_in("agent01"))
    try:
        _import(customer_vault, "sec01", rows)
        assert [m.customer_no for m in early.records.find(rows[1]["mobile"])] == [
            rows[1]["customer_no"]
        ]
    finally:
        early.who.close()


@pytest.fixture
def old_vault(tmp_path: Path) -> VaultPaths:
    """A vault written by the release before (schema v10, numbers in clear in the index)."""
    for name in ("v10.vault", "v10.vault.keys"):
        shutil.copy(FIXTURE / name, tmp_path / name)
    return VaultPaths(tmp_path / "v10.vault")


def test_an_existing_vault_keeps_every_customer_findable_by_phone(
    runtime: Runtime, clock: FixedClock, old_vault: VaultPaths
) -> None:
    """The admin signs in first: the lookup key is not made in the admin's session, the
    numbers stay as they were; the agent's sign-in makes it and hashes every number."""
    old = KeyFile.load(old_vault.keys).unwrap_password("admin01", "Admin-pass-2026", None)
    db = open_db(old_vault.vault, old, verify="quick")
    try:
        numbers = [
            (str(n), int(c))
            for n, c in db.execute("SELECT number, customer_id FROM customer_phones")
        ]
    finally:
        db.close()
    assert numbers
    admin = sign_in(runtime, old_vault, "admin01", "Admin-pass-2026")
    try:
        assert admin.db.scalar("SELECT value FROM meta WHERE key = 'phone_index'") is None
        assert admin.held.lookup() is None
    finally:
        admin.close()
    agent = sign_in(runtime, old_vault, "agent01", "Agent-pass-2026")
    try:
        assert agent.held.lookup() is not None
        assert (
            agent.db.scalar("SELECT count(*) FROM customer_phones WHERE typeof(number) = 'text'")
            == 0
        )
        by_id = {
            int(r[0]): str(r[1]) for r in agent.db.execute("SELECT id, customer_no FROM customers")
        }
    finally:
        agent.close()
    # (the officer records the agent's confidentiality training, which came after that release)
    with Services(door.sign_in(runtime, old_vault, "sec01", PASSWORDS["sec01"])) as officer:
        today = runtime.policy.visitors.today(runtime.clock.now())
        officer.training.record("confidentiality", today, "王老师", [("agent01", 100)])
    services = Services(door.sign_in(runtime, old_vault, "agent01", "Agent-pass-2026"))
    try:
        for n, (number, customer_id) in enumerate(numbers):
            if n % 25 == 24:
                clock.advance(minutes=2)  # within the searches' rate
            assert by_id[customer_id] in [m.customer_no for m in services.records.find(number)]
    finally:
        services.who.close()


def test_the_holders_keep_the_lookup_key_when_an_account_is_disabled(
    customer_vault: StaffedVault,
) -> None:
    """Disabling rotates the data key and the compartments, not the lookup key: the remaining
    holders still find callers, old and new, by phone."""
    admin = Services(customer_vault.signed_in("admin01"))
    try:
        admin.disable_staff("super01")
    finally:
        admin.who.close()
    rows = _rows("E", 25)
    _import(customer_vault, "sec01", rows)
    assert _found(customer_vault, "agent01", rows[2]["mobile"]) == [rows[2]["customer_no"]]
    session = customer_vault.session("agent01")
    try:
        assert session.db.scalar("SELECT count(*) FROM index_pending") == 0
    finally:
        session.close()
