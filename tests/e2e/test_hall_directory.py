"""One staff directory for the hall, with a real hall over a real PostgreSQL and two seats: an
account added at one seat signs in at the other, a password changed at one is refused in its
old form at the other, a disable refuses everywhere, failures at any seats lock the account
everywhere, and an old key file (or directory copy) restored on a seat opens nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from seatdesk.core.errors import (
    AccountLockedError,
    AuthenticationError,
    PermissionDenied,
    VaultUnreadable,
)
from seatdesk.link.client import HallRefused, HallUnreachable
from seatdesk.services import door
from seatdesk.services.directory_sign_in import SeatOnHall
from seatdesk.services.factory import Services
from seatdesk.vault.hall_slots import new_account_keys, seal_access
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.vaults import (
    PASSWORDS,
    TEST_KDF,
    StaffedVault,
    audit_behind,
    by_officer,
    make_staffed_vault,
    session_behind,
)

NEW_AGENT = "agent77"
FIRST = "First-pass-2026"
SECOND = "Second-pass-2026"


@pytest.fixture
def two_seats(
    customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> tuple[StaffedVault, StaffedVault]:
    seat_b = make_staffed_vault(customer_vault.runtime, tmp_path / "seat-b")
    enrol_staffed(customer_vault, running_hall, "seat-a")
    enrol_staffed(seat_b, running_hall, "seat-b")
    return customer_vault, seat_b


def sign_in(seat: StaffedVault, staff_id: str, password: str) -> door.SignedIn:
    return door.sign_in(seat.runtime, seat.paths, staff_id, password)


def copy_says_disabled(seat: StaffedVault, staff_id: str) -> bool:
    """What the seat's directory copy (its file beside the vault) says of an account."""
    copy = json.loads(seat.paths.vault.with_name("hall.vault.directory").read_text())
    return bool(copy["entries"][staff_id]["entry"]["disabled"])


def add_agent(seat: StaffedVault, password: str = FIRST) -> None:
    with Services(seat.signed_in("admin01")) as admin:
        admin.staff.add(
            NEW_AGENT,
            "agent",
            "新坐席",
            password,
            must_change_password=False,
            countersign=by_officer(),
        )


def test_an_account_added_at_one_seat_signs_in_at_the_other(
    two_seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall
) -> None:
    seat_a, seat_b = two_seats
    with pytest.raises(AuthenticationError):
        sign_in(seat_b, NEW_AGENT, FIRST)  # not yet in the directory
    add_agent(seat_a)
    with sign_in(seat_b, NEW_AGENT, FIRST) as who:
        assert who.role.value == "agent" and who.display_name == "新坐席"
        last = audit_behind(who)[-1]  # seat B's vault opened, and its log says who came in
        assert (last.actor, last.action, last.outcome) == (NEW_AGENT, "login", "ok")
    with psycopg.connect(running_hall.dsn) as conn:
        log = conn.execute(
            "SELECT actor, action, target, outcome FROM directory_log ORDER BY id"
        ).fetchall()
        stored = conn.execute("SELECT verifier, wrapped_private FROM staff").fetchall()
    assert ("admin01", "staff.add", NEW_AGENT, "ok") in log
    assert (NEW_AGENT, "login", NEW_AGENT, "ok") in log
    every_byte = json.dumps(stored)
    assert all(p not in every_byte for p in [*PASSWORDS.values(), FIRST])


def test_a_password_changed_at_one_seat_is_refused_in_its_old_form_at_the_other(
    two_seats: tuple[StaffedVault, StaffedVault],
) -> None:
    seat_a, seat_b = two_seats
    add_agent(seat_a)
    with Services(sign_in(seat_a, NEW_AGENT, FIRST)) as agent:
        agent.staff.set_password(NEW_AGENT, SECOND)
    with pytest.raises(AuthenticationError, match="wrong"):
        sign_in(seat_b, NEW_AGENT, FIRST)
    with sign_in(seat_b, NEW_AGENT, SECOND) as who:
        assert who.staff_id == NEW_AGENT


def test_an_agent_cannot_add_or_disable_accounts_at_the_hall(
    two_seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall
) -> None:
    seat_a, _ = two_seats
    with Services(seat_a.signed_in("agent01")) as agent:
        with pytest.raises(PermissionDenied):
            agent.staff.add("agent99", "admin", "x", "Whatever-2026-pass")
        with pytest.raises(PermissionDenied):
            agent.staff.disable("admin01")


def test_disabling_refuses_the_account_at_every_seat_and_offline_after_the_seat_heard(
    qtbot: QtBot, two_seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall
) -> None:
    seat_a, seat_b = two_seats
    add_agent(seat_a)
    sign_in(seat_b, NEW_AGENT, FIRST).close()  # seat B knows the account
    with Services(seat_b.signed_in("super01")) as watcher:
        watcher.hall_worker.start()
        qtbot.waitUntil(lambda: watcher.hall_worker.state.connected, timeout=20000)
        with Services(seat_a.signed_in("admin01")) as admin:
            assert admin.staff.disable(NEW_AGENT).disabled
        # the hall pushes the change; seat B's worker keeps its directory copy current
        qtbot.waitUntil(lambda: copy_says_disabled(seat_b, NEW_AGENT), timeout=20000)
    for seat in (seat_a, seat_b):
        with pytest.raises(AuthenticationError, match="disabled"):
            sign_in(seat, NEW_AGENT, FIRST)
    running_hall.stop()
    with pytest.raises(AuthenticationError, match="disabled"):
        sign_in(seat_b, NEW_AGENT, FIRST)  # offline, from the copy the worker kept


def test_failures_at_any_seats_lock_the_account_everywhere(
    two_seats: tuple[StaffedVault, StaffedVault],
) -> None:
    seat_a, seat_b = two_seats
    add_agent(seat_a)
    before = seat_b.paths.keys.read_bytes()  # the key file as it was before any failure
    for seat in (seat_a, seat_b, seat_a, seat_b):
        with pytest.raises(AuthenticationError, match="wrong"):
            sign_in(seat, NEW_AGENT, "Not-the-password-1")
    with pytest.raises(AccountLockedError, match="too many"):
        sign_in(seat_b, NEW_AGENT, "Not-the-password-1")
    for seat in (seat_a, seat_b):  # the right password does not open a locked account
        with pytest.raises(AccountLockedError, match="locked at the hall"):
            sign_in(seat, NEW_AGENT, FIRST)
    seat_b.paths.keys.write_bytes(before)  # putting the old key file back undoes nothing
    with pytest.raises(AccountLockedError, match="locked at the hall"):
        sign_in(seat_b, NEW_AGENT, FIRST)


def test_an_old_key_file_restored_on_a_seat_does_not_unlock(
    two_seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall, tmp_path: Path
) -> None:
    seat_a, seat_b = two_seats
    add_agent(seat_a)
    sign_in(seat_b, NEW_AGENT, FIRST).close()
    copies = tmp_path / "copies"
    copies.mkdir()
    files = [seat_b.paths.keys, seat_b.paths.vault.with_name("hall.vault.directory")]
    for f in files:
        shutil.copy2(f, copies / f.name)
    with Services(sign_in(seat_a, NEW_AGENT, FIRST)) as agent:
        agent.staff.set_password(NEW_AGENT, SECOND)
    sign_in(seat_b, NEW_AGENT, SECOND).close()  # seat B saw the new directory
    for f in files:  # the agent puts back the files of before the change
        shutil.copy2(copies / f.name, f)
    with pytest.raises(AuthenticationError, match="wrong"):
        sign_in(seat_b, NEW_AGENT, FIRST)  # online: the hall decides
    running_hall.stop()
    with pytest.raises(AuthenticationError, match="older than one it has seen"):
        sign_in(seat_b, NEW_AGENT, FIRST)  # offline: the keyring's mark refuses the old copy


def test_an_offline_seat_signs_in_accounts_it_knows_and_refuses_those_it_never_saw(
    two_seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall
) -> None:
    seat_a, seat_b = two_seats
    add_agent(seat_a)  # seat B has not heard of it: nobody signed in there since
    running_hall.stop()
    with sign_in(seat_b, "agent01", PASSWORDS["agent01"]) as who:
        assert who.role.value == "agent"
        with pytest.raises(HallUnreachable, match="could not be reached"):
            Services(who).staff.set_password("agent01", SECOND)
    with pytest.raises(AuthenticationError, match="never seen"):
        sign_in(seat_b, NEW_AGENT, FIRST)
    with pytest.raises(AuthenticationError, match="wrong"):
        sign_in(seat_b, "agent01", "Not-the-password-1")


def test_the_seats_own_accounts_retire_when_it_joins_and_local_slots_are_gone(
    two_seats: tuple[StaffedVault, StaffedVault],
) -> None:
    seat_a, _ = two_seats
    keys = json.loads(seat_a.paths.keys.read_text())
    assert keys["slots"] == {} and keys["recovery"] and keys["hall"]["seat_id"]
    assert "BEGIN PRIVATE KEY" not in seat_a.paths.keys.read_text()  # wrapped, not in clear


def test_an_agent_who_edits_the_seats_directory_copy_gets_no_other_role(
    two_seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall
) -> None:
    seat_a, _ = two_seats
    sign_in(seat_a, "agent01", PASSWORDS["agent01"]).close()
    copy_file = seat_a.paths.vault.with_name("hall.vault.directory")
    copy = json.loads(copy_file.read_text())
    copy["entries"]["agent01"]["entry"]["role"] = "security"  # the agent's own file
    copy_file.write_text(json.dumps(copy))
    running_hall.stop()  # offline, the copy is all the seat has
    with pytest.raises(VaultUnreadable, match="not signed by this hall"):
        sign_in(seat_a, "agent01", PASSWORDS["agent01"])


def test_an_agent_cannot_use_their_own_sign_in_to_make_an_admin_at_the_hall(
    two_seats: tuple[StaffedVault, StaffedVault],
) -> None:
    """As the agent would try it: the project's own modules, their own password, their seat."""
    seat_a, _ = two_seats
    with Services(seat_a.signed_in("agent01")) as agent:
        session = session_behind(agent.who)
        access = session.hall_access
        assert access is not None and access.token
        seat = SeatOnHall.of(session.runtime, session.paths, session.keyfile)
        keys = new_account_keys(access.hall_id, "mole01", "Mole-pass-2026-x", TEST_KDF)
        payload = {
            "token": access.token,
            "staff_id": "mole01",
            "display_name": "mole",
            "role": "admin",
            "keys": keys.for_hall(),
            "access": seal_access(access.hall_id, "mole01", keys.public, access.access_key),
        }
        with pytest.raises(HallRefused) as refused:
            seat.client().post("/v1/staff/add", payload)
        assert refused.value.status == 403
        with pytest.raises(HallRefused) as reset:  # nor reset the admin's password
            seat.client().post(
                "/v1/staff/passwd", {"token": access.token, "staff_id": "admin01",
                                     "keys": keys.for_hall(), "access": payload["access"]},
            )  # fmt: skip
        assert reset.value.status == 403
    with pytest.raises(AuthenticationError):
        sign_in(seat_a, "mole01", "Mole-pass-2026-x")


def test_a_rekey_on_a_seat_of_the_hall_keeps_every_account_opening_it(
    two_seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall
) -> None:
    seat_a, _ = two_seats
    sign_in(seat_a, "agent01", PASSWORDS["agent01"]).close()
    box_before = json.loads(seat_a.paths.keys.read_text())["hall"]["box"]
    with Services(seat_a.signed_in("admin01")) as admin:
        admin.rekey()
    assert json.loads(seat_a.paths.keys.read_text())["hall"]["box"] != box_before
    with sign_in(seat_a, "agent01", PASSWORDS["agent01"]) as who:
        assert who.is_open
    running_hall.stop()
    with sign_in(seat_a, "agent01", PASSWORDS["agent01"]) as who:  # offline too
        assert who.is_open


def test_offline_failures_are_counted_sealed_and_reach_the_hall_when_it_returns(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    seat_id = enrol_staffed(customer_vault, running_hall, "seat-a")
    sign_in(customer_vault, "agent01", PASSWORDS["agent01"]).close()  # the seat's copy knows it
    running_hall.stop()
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="wrong"):
            sign_in(customer_vault, "agent01", "Not-the-password-1")
    with pytest.raises(AccountLockedError, match="too many"):
        sign_in(customer_vault, "agent01", "Not-the-password-1")
    keys = json.loads(customer_vault.paths.keys.read_text())
    keys["failures"] = {}  # the agent clears the seat's counter while the hall is away
    customer_vault.paths.keys.write_text(json.dumps(keys))
    with pytest.raises(AccountLockedError, match="tampered with"):
        sign_in(customer_vault, "agent01", PASSWORDS["agent01"])  # offline: the sealed counter
    running_hall.start()
    with Services(customer_vault.signed_in("sec01")) as security:  # online: the hall decides
        security.hall.sync()
    with psycopg.connect(running_hall.dsn) as conn:
        rows = conn.execute(
            "SELECT actor, action, detail FROM audit WHERE seat_id = %s "
            "AND action IN ('login.failed', 'auth.lockout_tampered') ORDER BY seq",
            (seat_id,),
        ).fetchall()
    # The five failures the edit erased come back from the keyring's tally, as one count.
    assert [(str(r[0]), str(r[1]), json.loads(r[2]).get("count")) for r in rows] == [
        ("agent01", "login.failed", 5),
        ("agent01", "auth.lockout_tampered", None),
    ]
