"""The hall's lookup key gets a new version when an account that held it leaves (issue 15,
docs/threat-model.md "Enrolled seats and the lookup key"), with a real hall over a real
PostgreSQL, tried as the disabled agent would: their saved copy of the seat's directory (their
entry and its boxes), the key file of then, their password, the seat's device secret, a copy of
the seat's vault taken after new customers were written and a holder signed in, and
SeatDesk's own modules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seatdesk.link.client import HallRefused
from seatdesk.records.phone_index import phone_tag
from seatdesk.records.verifiers import VerifierKeys, matches_verifier
from seatdesk.services.directory_refresh import refresh_directory
from seatdesk.services.directory_sign_in import SeatOnHall
from seatdesk.services.factory import Services
from seatdesk.vault.compartment_keys import HALL_BASE, index_version, public_keys
from seatdesk.vault.hall_compartments import make_generation
from seatdesk.vault.secret_store import MemorySecretStore
from seatdesk.vault.store import verifier_key
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.markers import device_secret
from tests.helpers.vaults import PASSWORDS, StaffedVault, by_officer
from tests.unit.services.test_enrolled_seat_opens import copies, everything_readable, opened_as
from tests.unit.services.test_key_rotation import Customer, _import

OLD, NEW = HALL_BASE + 1, HALL_BASE + 2


def _answers(customer: Customer) -> list[tuple[str, str, str]]:
    """The right answers to the verifier questions: 二类 (name, e-mail), then 一类 (the card)."""
    name, email = customer.markers[0], customer.markers[1]
    return [
        ("name", "full", name),
        ("email", "full", email),
        ("bank_card", "last4", customer.card[-4:]),
    ]


@pytest.fixture
def moved(customer_vault: StaffedVault, running_hall: RunningHall) -> StaffedVault:
    """An enrolled seat with customers, moved to the hall's first generation, whose directory
    copy has the agent's boxes."""
    enrol_staffed(customer_vault, running_hall, "seat-a")
    customer_vault.session("sec01").close()  # the hall's first generation; the seat moves
    customer_vault.session("agent01").close()
    return customer_vault


def _disable_while_the_officers_desk_is_open(staffed: StaffedVault, staff_id: str) -> None:
    """The admin disables the account; the officer's open desk makes the next generation at
    the hall's news. The seat stays on the lookup version it is keyed under."""
    officer = staffed.session("sec01")
    try:
        with Services(staffed.signed_in("admin01")) as admin:
            admin.disable_staff(staff_id)
        seat = SeatOnHall.of(officer.runtime, officer.paths, officer.keyfile)
        assert refresh_directory(officer, officer.db, seat.client())
        publics = public_keys(officer.db)
        assert publics is not None and publics.generation == HALL_BASE + 2
        assert index_version(officer.db) == OLD  # until a holder's sign-in re-keys
    finally:
        officer.close()


def test_a_disabled_agents_old_entry_finds_no_phone_and_confirms_no_guess_written_after(
    moved: StaffedVault, secret_store: MemorySecretStore, tmp_path: Path
) -> None:
    old = tmp_path / "old"
    copies(moved, old)  # the agent's entry and boxes, the key file, as they were
    _disable_while_the_officers_desk_is_open(moved, "agent01")
    window = _import(moved, "admin01", "W", 41)  # blind, under the old version
    secret = device_secret(moved, secret_store)
    directory = old / (moved.paths.vault.name + ".directory")
    # Before a holder signs in, the old entry still finds what was written in the window (the
    # attack below is real): the seat is keyed under the old version.
    vault, keys, _ = copies(moved, tmp_path / "window", by="admin01")
    attack = (vault, old / keys.name, directory, "agent01", PASSWORDS["agent01"], secret)
    assert all(c.mobile in everything_readable(*attack) for c in window)
    early = _import(moved, "sec01", "E", 42)  # the officer's sign-in re-keys, then imports
    session = moved.session("super01")  # a holder: nothing left to re-key
    try:
        assert index_version(session.db) == NEW
        rekeyed = [
            json.loads(e.detail)
            for e in session.audit.entries()
            if e.action == "vault.index_rekeyed"
        ]
        assert [r["index_key"] for r in rekeyed] == [NEW]
        assert rekeyed[0]["customers"] == 300 + 4
    finally:
        session.close()
    late = _import(moved, "admin01", "L", 43)  # blind, after
    written_after: list[Customer] = [*window, *early, *late]
    home = tmp_path / "home"
    vault, keys, _ = copies(moved, home, by="super01")
    attack = (vault, old / keys.name, directory, "agent01", PASSWORDS["agent01"], secret)
    text = everything_readable(*attack)
    assert not any(c.mobile in text for c in written_after)
    db, _, held = opened_as(*attack)
    try:
        lookup = held.lookup(OLD)
        assert lookup is not None and held.lookup(NEW) is None  # the old version only
        tags = {bytes(r[0]) for r in db.execute("SELECT number FROM customer_phones")}
        assert tags  # the index is there, under the new version
        for customer in written_after:  # the full number, hashed as the old key hashes it
            assert phone_tag(lookup.phone, customer.mobile) not in tags
        keys_then = VerifierKeys(verifier_key(db), lookup.verifier_chain())
        for customer in written_after:  # the right answer itself is not confirmed
            stored = db.scalar(
                "SELECT verifiers FROM customers WHERE customer_no = ?", (customer.customer_no,)
            )
            assert isinstance(stored, bytes)
            for field, mode, answer in _answers(customer):
                confirmed = matches_verifier(
                    keys_then, customer.customer_no, stored, field, mode, answer
                )
                assert confirmed is not True, (field, mode)
    finally:
        db.close()
    # The control: a holder's keys of today confirm the same 二类 answers from the same copy.
    holder = (vault, keys, home / directory.name, "super01", PASSWORDS["super01"], secret)
    db, _, held = opened_as(*holder)
    try:
        today = held.lookup(NEW)
        assert today is not None
        keys_now = VerifierKeys(verifier_key(db), today.verifier_chain())
        for customer in written_after:
            stored = db.scalar(
                "SELECT verifiers FROM customers WHERE customer_no = ?", (customer.customer_no,)
            )
            for field, mode, answer in _answers(customer)[:2]:
                assert matches_verifier(
                    keys_now, customer.customer_no, stored, field, mode, answer
                ), (field, mode)
    finally:
        db.close()
    for staff_id in ("sec01", "super01"):  # the searching roles that remain
        with Services(moved.signed_in(staff_id)) as services:
            for customer in written_after:
                matches = services.records.find(customer.mobile)
                assert [m.customer_no for m in matches] == [customer.customer_no]
            # 一类 answers are checked at the hall, from the tags an importer's or custodian's
            # session sent (those of a blind import wait for one: not this test's concern)
            for customer in (*window, *early):
                matches = services.records.find(customer.mobile)
                verify = services.verifier.verify
                cid = matches[0].customer_id
                assert verify(cid, "bank_card", customer.card[-4:], "last4").matched
                wrong = f"{(int(customer.card[-4:]) + 1) % 10000:04d}"
                assert not verify(cid, "bank_card", wrong, "last4").matched


def test_searches_keep_working_under_the_old_version_until_a_holder_signs_in(
    moved: StaffedVault,
) -> None:
    _disable_while_the_officers_desk_is_open(moved, "agent01")
    window = _import(moved, "admin01", "W", 44)  # blind: indexed at a holder's sign-in
    admin = moved.session("admin01")  # no holder: the seat is still keyed under the old one
    try:
        assert index_version(admin.db) == OLD
    finally:
        admin.close()
    with Services(moved.signed_in("super01")) as services:  # holds both: re-keys, finds
        for customer in window:
            assert [m.customer_no for m in services.records.find(customer.mobile)] == [
                customer.customer_no
            ]
    session = moved.session("sec01")
    try:
        assert index_version(session.db) == NEW
    finally:
        session.close()


def test_disabling_an_admin_carries_the_lookup_version(moved: StaffedVault) -> None:
    with Services(moved.signed_in("admin01")) as admin:
        admin.staff.add(
            "admin02", "admin", "第二管理员", "Admin-02-pass-2026", countersign=by_officer()
        )
    moved.session("sec01").close()  # the grant upkeep
    _disable_while_the_officers_desk_is_open(moved, "admin02")
    session = moved.session("sec01")
    try:
        seat = SeatOnHall.of(session.runtime, session.paths, session.keyfile)
        records = seat.records()
        assert [r.index_version for r in records] == [OLD, OLD]
        assert index_version(session.db) == OLD
        assert not seat.client().get("/v1/compartments")["index_due"]
    finally:
        session.close()


def test_the_hall_refuses_a_lookup_version_that_skips(moved: StaffedVault) -> None:
    """Even an officer's token: a generation's lookup version is the one before or the next."""
    session = moved.session("sec01")
    try:
        access = session.hall_access
        assert access is not None
        seat = SeatOnHall.of(session.runtime, session.paths, session.keyfile)
        carried = (OLD + 4, session.held.keys[f"index#{OLD}"])
        made = make_generation(seat.hall.hall_id, 2, session.policy, carried, new_index=True)
        with pytest.raises(HallRefused) as refused:
            seat.client().post(
                "/v1/compartments/generation",
                {"token": access.token, "record": made.record, "boxes": {}},
            )
        assert refused.value.status == 409
        assert len(seat.client().get("/v1/compartments")["generations"]) == 1
    finally:
        session.close()
