"""Rotation of a disabled account's keys on a seat without a hall (issue 15, DESIGN §3), tried as
the disabled agent would: their saved copy of the key file, their password, the seat's device
secret, copies of the vault (with today's data key borrowed from a colleague) and SeatDesk's own
modules. The admin who disables makes no key pair; the next custodian's sign-in makes the new
compartment generation, a holder's the lookup key's next version, and what was written in
between is sealed and keyed again, so the old slot opens nothing written after the disable."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from seatdesk.records.customers import ids_by_phone, replace_phones
from seatdesk.records.demo_data import generate_customers
from seatdesk.records.phone_column import parse_phones
from seatdesk.records.phone_index import audit_tag, phone_tag
from seatdesk.records.verifiers import VerifierKeys, matches_verifier
from seatdesk.services import backups, key_rotation
from seatdesk.services.audit_view import AuditFilter, AuditViewer
from seatdesk.services.factory import Services
from seatdesk.services.importing import import_bytes
from seatdesk.services.staff import StaffDesk
from seatdesk.vault import sealing
from seatdesk.vault.compartment_keys import HeldKeys, LookupKeys, open_held
from seatdesk.vault.db import VaultDb, open_db
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.schema import get_meta
from seatdesk.vault.secret_store import MemorySecretStore
from seatdesk.vault.store import verifier_key
from seatdesk.vault.value_seal import ValueOpener
from tests.helpers.imports import csv_bytes
from tests.helpers.vaults import PASSWORDS, StaffedVault
from tests.unit.services.test_what_a_password_opens import copies, everything_readable

TIERS = ("秘密", "秘密", "绝密", "绝密")  # 二类/秘密 is the agent's compartment


@dataclass(frozen=True)
class Customer:
    customer_no: str
    tier: str
    markers: tuple[str, ...]  # name, e-mail, address, ID number, card
    mobile: str
    card: str


def _import(staffed: StaffedVault, staff_id: str, tag: str, seed: int) -> list[Customer]:
    rows = list(generate_customers(len(TIERS), seed, today=date(2026, 1, 1)))
    out = []
    for n, (row, tier) in enumerate(zip(rows, TIERS, strict=True)):
        row["customer_no"] = f"R{tag}{n}"
        row["tier"], row["tier_expires"] = tier, ""
        row["name"] = f"甄{tag}{'甲乙丙丁'[n]}旋"
        row["email"] = f"rotate.{tag.lower()}{n}@example.cn"
        row["address"] = f"上海市轮换路{seed}{n}号{tag}楼"
        row["mobile"] = f"1371{seed:03d}{n:04d}"
        row["bank_card"] = f"62220200{seed:05d}{n:06d}"
        markers = (row["name"], row["email"], row["address"], row["id_number"], row["bank_card"])
        out.append(Customer(row["customer_no"], tier, markers, row["mobile"], row["bank_card"]))
    session = staffed.session(staff_id)
    try:
        report = import_bytes(session, csv_bytes(rows), f"{tag}.csv", dry_run=False)
        assert report.imported == len(rows), report.errors
    finally:
        session.close()
    return out


@dataclass
class OldSlot:
    """What the disabled agent gets from a copy of today's vault with their old slot."""

    text: str  # every table, every value the old slot's keys open
    db: VaultDb
    lookup: LookupKeys  # from the old slot's lookup key (index#1)
    held: HeldKeys  # the old slot's lookup key

    def phone_found(self, number: str) -> bool:
        """The number, hashed as SeatDesk hashes it with the old key, in the index or audit."""
        tags = {bytes(r[0]) for r in self.db.execute("SELECT number FROM customer_phones")}
        return phone_tag(self.lookup.phone, number) in tags or (
            audit_tag(self.lookup.phone, number) in self.text
        )

    def guess_confirmed(self, customer: Customer) -> bool:
        """A verifier guess (the right one) confirmed with the old keys, or with none."""
        stored = self.db.scalar(
            "SELECT verifiers FROM customers WHERE customer_no = ?", (customer.customer_no,)
        )
        opener = ValueOpener(self.db, get_meta(self.db, "vault_id") or "", self.held)
        if isinstance(stored, bytes) and len(stored) not in (112, 113):  # sealed inner tags
            opened = opener.open(stored, customer.customer_no, "verifiers")
            stored = None if opened is None else bytes.fromhex(opened)
        inner = verifier_key(self.db)
        return any(
            matches_verifier(keys, customer.customer_no, stored, "bank_card", mode, typed)
            for keys in (VerifierKeys(inner), VerifierKeys(inner, self.lookup.verifier))
            for mode, typed in (("full", customer.card), ("last4", customer.card[-4:]))
        )


@contextmanager
def _old_slot(
    staffed: StaffedVault, store: MemorySecretStore, old_keys: Path, home: Path
) -> Iterator[OldSlot]:
    vault, keys = copies(staffed, home)
    shutil.copy(keys, old_keys.with_name("current.keys"))
    secret = store.get(KeyFile.load(keys).vault_id)
    text = everything_readable(
        vault, old_keys, "agent01", PASSWORDS["agent01"], secret,
        data_key_of=("super01", PASSWORDS["super01"]),
    )  # fmt: skip
    keyfile = KeyFile.load(old_keys)
    held = open_held(keyfile, keyfile.unlock_password("agent01", PASSWORDS["agent01"], secret))
    lookup = held.lookup(1)
    assert lookup is not None  # the agent held the lookup key's first version
    dek = KeyFile.load(keys).unlock_password("super01", PASSWORDS["super01"], secret).dek
    db = open_db(vault, dek)
    try:
        yield OldSlot(text, db, lookup, held.lookup_only())
    finally:
        db.close()


def _opened(slot: OldSlot, customers: list[Customer]) -> set[str]:
    return {m for c in customers for m in c.markers if m in slot.text}


def _disable_agent(staffed: StaffedVault) -> None:
    Services(staffed.signed_in("admin01")).disable_staff("agent01")  # rekeys, closes


def test_a_disabled_agents_old_slot_opens_nothing_written_after_once_the_rotation_ran(
    customer_vault: StaffedVault, secret_store: MemorySecretStore, tmp_path: Path
) -> None:
    old_keys = tmp_path / "agent01.keys"
    shutil.copy(customer_vault.paths.keys, old_keys)
    _disable_agent(customer_vault)
    window = _import(customer_vault, "admin01", "W", 31)  # before anyone else signs in
    # Before the rotation ran (no custodian nor holder signed in since): the window's customers
    # are sealed for the old generation and the lookup key's first version, which the old slot
    # holds. It opens their 二类 values of its own tier (秘密), their phones, and tests guesses of
    # their verifiers (the blind import's inner tags, sealed for the old lookup key).
    with _old_slot(customer_vault, secret_store, old_keys, tmp_path / "before") as slot:
        secret_tier = [c for c in window if c.tier == "秘密"]
        assert _opened(slot, window) == {m for c in secret_tier for m in c.markers[:3]}
        assert all(c.mobile in slot.text for c in window)
        assert all(slot.guess_confirmed(c) for c in window)
    # The security officer signs in (a custodian, a holder): both rotations run, and what the
    # window wrote is sealed and keyed again; then more customers come, and callers ring.
    after = _import(customer_vault, "sec01", "N", 32)
    supervisor = Services(customer_vault.signed_in("super01"))
    try:
        for customer in window + after:
            assert supervisor.calls.pop(customer.mobile).record is not None
            supervisor.calls.end()
    finally:
        supervisor.who.close()
    with _old_slot(customer_vault, secret_store, old_keys, tmp_path / "after") as slot:
        assert _opened(slot, window + after) == set()
        assert not any(c.mobile in slot.text for c in window + after)
        assert not any(slot.phone_found(c.mobile) for c in window + after)
        assert not any(slot.guess_confirmed(c) for c in window + after)
        assert key_rotation.due(slot.db) == set()
        unhashed = "SELECT count(*) FROM customers WHERE import_hash IS NULL"
        assert slot.db.scalar(unhashed) == 0  # the re-key kept the import's row hashes
        assert slot.db.scalar("SELECT count(*) FROM index_pending") == 0


def test_the_admin_who_disables_makes_and_holds_no_private_key(
    customer_vault: StaffedVault, secret_store: MemorySecretStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = KeyFile.load(customer_vault.paths.keys).section("compartments")
    made: list[str] = []
    real = sealing.new_key_pair

    def counted() -> tuple[bytes, bytes]:
        made.append("pair")
        return real()

    monkeypatch.setattr("seatdesk.vault.compartment_keys.new_key_pair", counted)
    admin = customer_vault.session("admin01")
    try:
        StaffDesk(admin).disable("agent01")
        assert made == []  # no key pair was made in the admin's process
        assert admin.held.names() == frozenset()
        assert key_rotation.due(admin.db) == {"compartments", "index"}
        entry = list(admin.audit.entries())[-1]
        assert entry.action == "staff.disable"
        assert json.loads(entry.detail)["rotation_due"] == ["compartments", "index"]
    finally:
        admin.close()
    _disable_agent_rekey_only(customer_vault)
    assert made == []
    keyfile = KeyFile.load(customer_vault.paths.keys)
    secret = secret_store.get(keyfile.vault_id)
    unlocked = keyfile.unlock_password("admin01", PASSWORDS["admin01"], secret)
    assert open_held(keyfile, unlocked).names() == frozenset()  # the admin's slot: nothing
    after = keyfile.section("compartments")
    assert (after["generation"], after["index"]) == (before["generation"], before["index"])
    assert after["escrowed"] == before["escrowed"]  # no new compartment key was escrowed


def _disable_agent_rekey_only(staffed: StaffedVault) -> None:
    """The rest of `user disable`: the data key, rotated by the admin (a new data key is no
    private key of a compartment: every slot holds the data key)."""
    admin = staffed.session("admin01")
    backups.rekey(admin)


def test_the_searching_roles_find_and_verify_every_customer_after_the_rotation(
    customer_vault: StaffedVault,
) -> None:
    caller = _import(customer_vault, "sec01", "C", 33)[2]  # 绝密: verified by its verifier
    supervisor = Services(customer_vault.signed_in("super01"))
    try:  # a call before the disable: its audit hash is under the first version
        assert supervisor.calls.pop(caller.mobile).record is not None
        supervisor.calls.end()
    finally:
        supervisor.who.close()
    _disable_agent(customer_vault)
    window = _import(customer_vault, "admin01", "W", 34)
    for staff_id in ("sec01", "super01"):  # sec01 first: it rotates
        session = customer_vault.session(staff_id)
        try:
            assert session.phone_index.version == 2
            opener = session.card_reader
            rows = session.db.execute("SELECT id, customer_no, phones FROM customers")
            assert len(rows) == 300 + 8
            for customer_id, customer_no, phones in rows:
                mobiles, landlines = parse_phones(opener.open(phones, customer_no, "phones"))
                assert mobiles or landlines
                for number in (*mobiles, *landlines):
                    probe = session.phone_index.probe(number)
                    assert customer_id in ids_by_phone(session.db, probe)
        finally:
            session.close()
    late = _import(customer_vault, "admin01", "L", 36)  # blind, after the rotation
    supervisor = Services(customer_vault.signed_in("super01"))
    try:
        for customer in (caller, window[3], late[3]):
            matches = supervisor.records.find(customer.mobile)
            assert [m.customer_no for m in matches] == [customer.customer_no]
            cid = matches[0].customer_id
            verify = supervisor.verifier.verify
            assert verify(cid, "bank_card", customer.card[-4:], "last4").matched
            assert not verify(cid, "bank_card", "0000", "last4").matched
        assert supervisor.calls.pop(caller.mobile).record is not None  # under the new version
        supervisor.calls.end()
    finally:
        supervisor.who.close()
    officer = customer_vault.session("sec01")
    try:
        found = AuditViewer(officer).search(AuditFilter(action="call.", number=caller.mobile))
        versions = [json.loads(e.detail).get("hash_version", 1) for e in found]
        assert sorted(versions) == [1, 2]  # the call before the rotation and the one after
        assert AuditViewer(officer).search(AuditFilter(number="13800000000")) == []
        entries = list(officer.audit.entries())
        rekeyed = [json.loads(e.detail) for e in entries if e.action == "vault.index_rekeyed"]
        assert rekeyed == [{"index_key": 2, "customers": 308, "numbers": rekeyed[0]["numbers"]}]
        assert rekeyed[0]["numbers"] >= 308
        assert caller.mobile not in "\n".join(e.detail for e in entries)
    finally:
        officer.close()


def test_an_interrupted_rekey_goes_on_at_the_next_holders_sign_in(
    customer_vault: StaffedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index's re-key runs in chunks; one that fails part way keeps what it did, and the
    next holder's sign-in finishes it (every customer found again, counted once)."""
    caller = _import(customer_vault, "sec01", "I", 35)[0]
    _disable_agent(customer_vault)
    monkeypatch.setattr(key_rotation, "CHUNK", 100)
    real = replace_phones
    calls: list[int] = []

    def failing_third(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(key_rotation, "replace_phones", failing_third)
    with pytest.raises(OSError):
        customer_vault.session("super01")  # a holder: rotates the lookup key, re-keys 2 chunks
    monkeypatch.setattr(key_rotation, "replace_phones", real)
    admin = customer_vault.session("admin01")  # no lookup key: the re-key waits
    try:
        state = json.loads(get_meta(admin.db, "index_rekey") or "{}")
        assert state["version"] == 2 and state["customers"] == 200  # two chunks kept
    finally:
        admin.close()
    session = customer_vault.session("sec01")
    try:
        state = json.loads(get_meta(session.db, "index_rekey") or "{}")
        assert state == {}  # finished at this sign-in
        entries = [e for e in session.audit.entries() if e.action == "vault.index_rekeyed"]
        assert [json.loads(e.detail)["customers"] for e in entries] == [304]
        assert session.phone_index.version == 2
        probe = session.phone_index.probe(caller.mobile)
        assert len(ids_by_phone(session.db, probe)) == 1
    finally:
        session.close()


def test_disabling_an_account_that_never_held_the_lookup_key_leaves_it_as_it_is(
    customer_vault: StaffedVault,
) -> None:
    admin = customer_vault.session("admin01")
    try:
        desk = StaffDesk(admin)
        desk.add("admin02", "admin", "", "Second-admin-2026", must_change_password=False)
        desk.disable("admin02")
        assert key_rotation.due(admin.db) == {"compartments"}  # no re-key of the whole index
    finally:
        admin.close()
    officer = customer_vault.session("sec01")
    try:
        assert key_rotation.due(officer.db) == set()
        assert officer.phone_index.version == 1
    finally:
        officer.close()


def test_a_custodians_session_rotates_the_compartment_keys_at_once(
    customer_vault: StaffedVault,
) -> None:
    """Where the session changing a slot is a custodian's (it holds the escrow), the new
    generation is made there and then; only the lookup key's re-key waits for a sign-in."""
    officer = customer_vault.session("sec01")
    try:
        assert officer.held.custodian
        before = officer.keyfile.section("compartments")["generation"]
        with officer.db.transaction():
            detail = key_rotation.rotate_or_mark(
                officer.keyfile, officer.db, officer.policy, officer.held
            )
            officer.keyfile.save()
        assert detail == {"compartment_keys": before + 1, "rotation_due": ["index"]}
        assert key_rotation.due(officer.db) == {"index"}
    finally:
        officer.close()
    supervisor = customer_vault.session("super01")  # a holder: the lookup key's next version
    try:
        assert key_rotation.due(supervisor.db) == set()
        assert supervisor.phone_index.version == 2
        assert supervisor.held.private("二类/机密", before + 1) is not None
    finally:
        supervisor.close()
