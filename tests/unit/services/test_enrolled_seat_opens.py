"""What a password opens on a seat enrolled with a hall (issue 15, docs/threat-model.md), with a
real hall over a real PostgreSQL: the compartment keys are the hall's, in each account's signed
directory entry, and the seat keeps no custody of its own once a security officer has signed in
there. Tried as each person would: their password, the seat's device secret, copies of the
vault, its key file and the seat's directory copy, and free use of SeatDesk's own modules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from seatdesk.link.client import HallRefused
from seatdesk.records.phone_column import parse_phones
from seatdesk.records.phone_index import phone_tag
from seatdesk.services.directory_refresh import refresh_directory
from seatdesk.services.directory_sign_in import SeatOnHall
from seatdesk.services.factory import Services
from seatdesk.services.session import sign_in
from seatdesk.vault.compartment_keys import HALL_BASE, HeldKeys, open_escrows, public_keys
from seatdesk.vault.db import VaultDb, open_db
from seatdesk.vault.directory_cache import DirectoryCache
from seatdesk.vault.hall_compartments import (
    HallRecord,
    make_generation,
    open_boxes,
    seal_boxes,
)
from seatdesk.vault.hall_slots import open_access, open_private, password_keys, unwrap_seat_key
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.schema import get_meta
from seatdesk.vault.seat_hall import seat_hall
from seatdesk.vault.secret_store import MemorySecretStore
from seatdesk.vault.value_seal import ValueOpener
from tests.helpers.change_sets import changed_file, demo_rows, enrol, second_seat
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.markers import TIERS, Planted, device_secret, every_value, plant, recovered
from tests.helpers.vaults import PASSWORDS, StaffedVault, by_officer

# (role's account) -> the compartments its password opens on an enrolled seat: the same table
# as on a seat of its own (test_what_a_password_opens).
EXPECTED = {
    "agent01": {"二类/秘密"},
    "super01": {"二类/秘密", "一类/秘密", "二类/机密", "一类/机密"},
    "sec01": {f"{c}/{t}" for c in ("一类", "二类") for t in TIERS},  # the custodian
    "admin01": set(),
}


def copies(staffed: StaffedVault, folder: Path, by: str = "agent01") -> tuple[Path, Path, Path]:
    """The vault, its key file and the seat's directory copy, as they are on the seat now
    (after a sign-in of `by`)."""
    folder.mkdir()
    staffed.session(by).close()  # the last connection checkpoints the vault
    out = []
    for source in (
        staffed.paths.vault,
        staffed.paths.keys,
        staffed.paths.vault.with_name(staffed.paths.vault.name + ".directory"),
    ):
        shutil.copy(source, folder / source.name)
        out.append(folder / source.name)
    return out[0], out[1], out[2]


def opened_as(
    vault: Path, keys: Path, directory: Path, staff_id: str, password: str, secret: bytes | None
) -> tuple[VaultDb, KeyFile, HeldKeys]:
    """The vault opened as the account's entry opens it, and the keys its boxes open (with the
    seat's custody if the vault still keeps one); AssertionError if the entry does not open the
    key file's seat box. The caller closes the vault."""
    keyfile = KeyFile.load(keys)
    assert keyfile.hall is not None
    hall = seat_hall(keyfile.hall, keyfile.vault_id, secret)
    cache = DirectoryCache.load(directory, hall.hall_id)
    entry = cache.entries[staff_id]["entry"]
    private = open_private(
        hall.hall_id, staff_id, password_keys(staff_id, password, entry["kdf"]),
        entry["wrapped_private"],
    )  # fmt: skip
    access = open_access(hall.hall_id, staff_id, private, entry["access"])
    dek = unwrap_seat_key(access, secret, keyfile.vault_id, hall.box)
    assert dek is not None
    records = [HallRecord.of(g["record"]) for g in cache.generations]
    held: HeldKeys = open_boxes(hall.hall_id, staff_id, private, entry.get("boxes") or {}, records)
    db = open_db(vault, dek)
    custody = json.loads(get_meta(db, "seat_escrow") or "{}")
    if custody:  # the seat's own custody, if it kept one: anyone signed in there has it
        import base64

        escrows = [(n, base64.b64decode(k)) for n, k in custody.items() if "escrow" in n]
        held = held.joined(open_escrows(keyfile, escrows))
    return db, keyfile, held


def everything_readable(
    vault: Path, keys: Path, directory: Path, staff_id: str, password: str, secret: bytes | None
) -> str:
    """Every value of every table the account's entry opens, and every sealed value its keys
    open (its boxes, and the seat's custody if the vault still keeps one), as one text;
    AssertionError if the entry does not open the key file's seat box."""
    db, keyfile, held = opened_as(vault, keys, directory, staff_id, password, secret)
    try:
        return every_value(db, ValueOpener(db, keyfile.vault_id, held))
    finally:
        db.close()


@pytest.fixture
def enrolled(customer_vault: StaffedVault, running_hall: RunningHall) -> StaffedVault:
    """A seat with customers, enrolled (so keeping its own custody), its staff in the hall."""
    enrol_staffed(customer_vault, running_hall, "seat-a")
    return customer_vault


def test_an_officer_sign_in_moves_an_enrolled_seat_to_the_halls_keys(
    enrolled: StaffedVault,
) -> None:
    session = enrolled.session("agent01")  # no generation yet: the seat's custody serves
    try:
        assert get_meta(session.db, "seat_escrow") is not None
        assert public_keys(session.db).generation < HALL_BASE  # type: ignore[union-attr]
    finally:
        session.close()
    session = enrolled.session("sec01")
    try:
        db = session.db
        assert get_meta(db, "seat_escrow") is None  # the custody is gone
        publics = public_keys(db)
        assert publics is not None and publics.generation == HALL_BASE + 1
        assert publics.index_version == HALL_BASE + 1
        moved = [
            json.loads(e.detail)
            for e in session.audit.entries()
            if e.action == "vault.custody_moved"
        ]
        assert moved == [{"customers": 300, "left": 0, "hall_generation": 1}]
        # Every value of the 300 customers sealed before opens with the hall's keys, and the
        # phone index answers under the hall's lookup key.
        lookup = session.held.lookup()
        assert lookup is not None
        rows = db.execute("SELECT id, customer_no, name, phones FROM customers")
        assert len(rows) == 300
        for customer_id, customer_no, name, phones in rows[:20]:
            assert session.opener.open(name, str(customer_no), "name") is not None
            mobiles, _ = parse_phones(session.opener.open(phones, str(customer_no), "phones"))
            for mobile in mobiles:
                found = db.execute(
                    "SELECT customer_id FROM customer_phones WHERE number = ?",
                    (phone_tag(lookup.phone, mobile),),
                )
                assert (customer_id,) in [tuple(r) for r in found]
        assert all(n >= HALL_BASE for n in (int(k.rsplit("#")[1]) for k in session.held.keys))
    finally:
        session.close()


@pytest.mark.parametrize("staff_id", sorted(EXPECTED))
def test_each_role_recovers_only_what_it_may_see_on_an_enrolled_seat(
    enrolled: StaffedVault, secret_store: MemorySecretStore, tmp_path: Path, staff_id: str
) -> None:
    planted = plant(enrolled, "E", 21)  # the officer's sign-in makes the hall's generation
    vault, keys, directory = copies(enrolled, tmp_path / "home")
    text = everything_readable(
        vault, keys, directory, staff_id, PASSWORDS[staff_id], device_secret(enrolled, secret_store)
    )
    found = recovered(text, planted)
    assert set(found) == EXPECTED[staff_id]
    for compartment in found:  # what it opens, it opens whole
        tier = compartment.split("/")[1]
        customer = next(p for p in planted if p.tier == tier)
        markers = customer.class2 if compartment.startswith("二类") else customer.class1
        assert found[compartment] == set(markers)
    mobiles = {p.mobile for p in planted if p.mobile in text}
    assert mobiles == (set() if staff_id == "admin01" else {p.mobile for p in planted})


def test_a_disabled_accounts_old_entry_recovers_nothing_written_after_the_rotation(
    enrolled: StaffedVault, secret_store: MemorySecretStore, tmp_path: Path
) -> None:
    before: list[Planted] = plant(enrolled, "F", 22)
    old = tmp_path / "old"
    _, _, old_directory = copies(enrolled, old)  # super01's entry as it was
    with Services(enrolled.signed_in("admin01")) as admin:
        admin.disable_staff("super01")
    session = enrolled.session("sec01")  # the custodian's session rotates
    try:
        publics = public_keys(session.db)
        assert publics is not None and publics.generation == HALL_BASE + 2
    finally:
        session.close()
    after = plant(enrolled, "G", 23)
    vault, keys, _ = copies(enrolled, tmp_path / "home")
    secret = device_secret(enrolled, secret_store)
    # The hall access key rotated too, and the seat rewrapped its box: the old entry opens no
    # data key from the key file as it is now.
    with pytest.raises(AssertionError):
        everything_readable(vault, keys, old_directory, "super01", PASSWORDS["super01"], secret)
    # With the key file copied before (the data key did not change), today's vault opens, but
    # nothing written after the rotation does.
    old_keys = old / keys.name
    text = everything_readable(
        vault, old_keys, old_directory, "super01", PASSWORDS["super01"], secret
    )
    assert recovered(text, after) == {}
    assert set(recovered(text, before)) == EXPECTED["super01"]  # what it could read before
    # The remaining holders read what was written after.
    agent_text = everything_readable(
        vault, keys, tmp_path / "home" / old_directory.name, "agent01", PASSWORDS["agent01"],
        device_secret(enrolled, secret_store),
    )  # fmt: skip
    assert set(recovered(agent_text, after)) == {"二类/秘密"}


def _generations(session_db: VaultDb, blobs: list[bytes]) -> set[int]:
    """The generations the write keys of these sealed values belong to."""
    found = set()
    for blob in blobs:
        key_id = int.from_bytes(blob[:8], "big", signed=True)
        found.add(
            int(session_db.scalar("SELECT generation FROM seal_keys WHERE id = ?", (key_id,)))
        )
    return found


def test_change_sets_applied_after_a_rotation_are_sealed_for_the_new_generation(
    customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    seat_a, seat_b = customer_vault, second_seat(customer_vault, tmp_path / "seat-b")
    enrol(seat_a, running_hall, "seat-a")
    enrol(seat_b, running_hall, "seat-b")
    with Services(seat_b.signed_in("agent01")) as b:  # B registers its box key
        assert b.change_sets.catch_up().hdk_missing
    seat_a.session("sec01").close()  # generation 1 (and seat A moved)
    with Services(seat_a.signed_in("admin01")) as admin:
        admin.disable_staff("super01")
    update = changed_file(tmp_path, "update.csv", change=range(10, 15))
    with Services(seat_a.signed_in("sec01")) as a:  # the rotation, then the publication
        assert a.change_sets.publish(update, "update").applied == (1,)
    with Services(seat_b.signed_in("agent01")) as b:
        assert b.change_sets.catch_up().applied == (1,)
    numbers = [row["customer_no"] for row in demo_rows()[10:15]]
    session = seat_b.session("agent01")
    try:
        marks = ", ".join("?" * len(numbers))
        rows = session.db.execute(
            f"SELECT address, email FROM customers WHERE customer_no IN ({marks})", numbers
        )
        assert _generations(session.db, [bytes(v) for r in rows for v in r]) == {HALL_BASE + 2}
        publics = public_keys(session.db)
        assert publics is not None and publics.generation == HALL_BASE + 2
    finally:
        session.close()


@pytest.mark.parametrize("staff_id", ["admin01", "super01", "agent01"])
def test_only_a_security_officer_may_post_compartment_keys(
    enrolled: StaffedVault, staff_id: str
) -> None:
    """As the admin (or an agent) would try it: their own token, the seat's credentials, a
    generation of keys they made themselves, or boxes sealed to their own account."""
    session = enrolled.session(staff_id)
    try:
        access = session.hall_access
        assert access is not None
        seat = SeatOnHall.of(session.runtime, session.paths, session.keyfile)
        made = make_generation(seat.hall.hall_id, 1, session.policy, None)
        public = seat.checked(seat.cache.entries[staff_id])["public"]
        boxes = {staff_id: seal_boxes(seat.hall.hall_id, staff_id, public, made.privates)}
        for path, body in (
            ("/v1/compartments/generation", {"record": made.record, "boxes": boxes}),
            ("/v1/compartments/grant", {"boxes": boxes}),
        ):
            with pytest.raises(HallRefused) as refused:
                seat.client().post(path, {"token": access.token, **body})
            assert refused.value.status == 403
        assert seat.client().get("/v1/compartments")["generations"] == []
    finally:
        session.close()


def test_an_offline_sign_in_holds_the_boxes_of_the_seats_directory_copy(
    enrolled: StaffedVault, running_hall: RunningHall
) -> None:
    enrolled.session("sec01").close()  # the hall's generation, and the seat moved to it
    enrolled.session("agent01").close()  # the seat's copy has the agent's boxes
    running_hall.stop()
    session = enrolled.session("agent01")
    try:
        assert session.hall_access is not None and not session.hall_access.online
        assert set(session.held.keys) == {f"二类/秘密#{HALL_BASE + 1}", f"index#{HALL_BASE + 1}"}
        assert get_meta(session.db, "seat_escrow") is None
    finally:
        session.close()


def test_new_and_reset_accounts_get_their_keys_from_the_next_officer_sign_in(
    enrolled: StaffedVault,
) -> None:
    """An account the admin adds, or whose password the admin resets (a new key pair), holds
    no compartment key until a security officer's session grants its role's."""
    enrolled.session("sec01").close()  # the hall's first generation
    with Services(enrolled.signed_in("admin01")) as admin:
        admin.staff.add(
            "agent02", "agent", "新坐席", "Agent-02-pass-2026", countersign=by_officer()
        )
        admin.staff.set_password("agent01", "Agent-01-new-2026", countersign=by_officer())
    session = sign_in(enrolled.runtime, enrolled.paths, "agent02", "Agent-02-pass-2026")
    try:
        assert session.held.keys == {}  # masked forms only, until an officer grants
    finally:
        session.close()
    enrolled.session("sec01").close()  # the grant upkeep
    expected = {f"二类/秘密#{HALL_BASE + 1}", f"index#{HALL_BASE + 1}"}
    for staff_id, password in (("agent02", "Agent-02-pass-2026"), ("agent01", "Agent-01-new-2026")):
        session = sign_in(enrolled.runtime, enrolled.paths, staff_id, password)
        try:
            assert set(session.held.keys) == expected
        finally:
            session.close()


def test_a_demoted_supervisor_recovers_nothing_of_their_old_rank_written_after(
    enrolled: StaffedVault, secret_store: MemorySecretStore, tmp_path: Path
) -> None:
    """super01 keeps a copy of the seat's files, then becomes an agent (with the officer's
    approval): their boxes go, the keys rotate at the next officer sign-in, and they get an
    agent's keys; neither their new entry nor the old copy opens the 机密 customers written
    after."""
    enrolled.session("sec01").close()  # the hall's first generation
    old = tmp_path / "old"
    copies(enrolled, old)
    with Services(enrolled.signed_in("admin01")) as admin:
        admin.staff.set_role("super01", "agent", countersign=by_officer())
    after = plant(enrolled, "H", 24)  # the officer's sign-in rotates and grants
    vault, keys, directory = copies(enrolled, tmp_path / "home")
    secret = device_secret(enrolled, secret_store)
    now = everything_readable(vault, keys, directory, "super01", PASSWORDS["super01"], secret)
    assert set(recovered(now, after)) == EXPECTED["agent01"]
    then = everything_readable(
        vault, old / keys.name, old / directory.name, "super01", PASSWORDS["super01"], secret
    )
    assert recovered(then, after) == {}


def test_an_officers_desk_rotates_at_the_halls_news_and_the_seat_follows(
    enrolled: StaffedVault,
) -> None:
    """The officer's desk is open when the admin disables an account at another desk: the
    worker's directory refresh (the `staff` news) makes the next generation there, and the
    seat's writers seal for it at once."""
    officer = enrolled.session("sec01")  # the hall's first generation
    try:
        with Services(enrolled.signed_in("admin01")) as admin:
            admin.disable_staff("super01")
        seat = SeatOnHall.of(officer.runtime, officer.paths, officer.keyfile)
        assert refresh_directory(officer, officer.db, seat.client())
        publics = public_keys(officer.db)
        assert publics is not None and publics.generation == HALL_BASE + 2
        listing = seat.client().get("/v1/compartments")
        assert not listing["rotation_due"] and listing["access_due"]  # at the next sign-in
    finally:
        officer.close()


def test_a_reveal_the_agent_cannot_open_opens_with_the_approvers_boxes(
    enrolled: StaffedVault,
) -> None:
    """On a seat that uses the hall's keys an agent's boxes hold no 二类/机密 key: a reveal of a
    机密 customer's address, approved by the supervisor at the seat, opens with the keys the
    supervisor's own boxes open (their password opens their entry), for that one value."""
    planted = plant(enrolled, "R", 23)  # the officer's sign-in moves the seat
    secret = next(p for p in planted if p.tier == "机密")
    agent = Services(enrolled.signed_in("agent01"))
    try:
        (match,) = agent.records.find("MR1")
        customer_id = match.customer_id
        ask = agent.revealer.ask(customer_id, "address")
        approval = agent.revealer.authorise("super01", PASSWORDS["super01"], ask)
        revealed = agent.revealer.reveal(
            customer_id, "address", "confirm_with_caller", "caller moved", approval=approval
        )
        assert revealed.text == secret.class2[2]
    finally:
        agent.who.close()
