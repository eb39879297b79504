"""The seat's failure counter, attacked as an agent would: their own files (the real key file on
disk, edited or copied back), the seat's keyring (the in-memory backend), SeatDesk's modules,
and an injected clock. What they get: refused, locked, and audited."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from seatdesk.audit.log import AuditEntry
from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import AccountLockedError, AuthenticationError
from seatdesk.services.desk_lock import unlock
from seatdesk.services.session import sign_in, sign_in_with_recovery
from seatdesk.services.staff import StaffDesk
from seatdesk.vault.failure_counter import ERASED, key_name, seq_name, tally_name
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.secret_store import MemorySecretStore
from tests.helpers.vaults import PASSWORDS, StaffedVault, by_officer, make_staffed_vault

WRONG = "Not-the-password-1"


def fail(vault: StaffedVault, staff_id: str = "agent01", times: int = 1) -> list[Exception]:
    """`times` sign-ins with a wrong password; what each raised."""
    raised: list[Exception] = []
    for _ in range(times):
        with pytest.raises(AuthenticationError) as info:
            sign_in(vault.runtime, vault.paths, staff_id, WRONG)
        raised.append(info.value)
    return raised


def entries_seen_by(vault: StaffedVault, staff_id: str) -> list[AuditEntry]:
    session = vault.session(staff_id)
    try:
        return list(session.audit.entries())
    finally:
        session.close()


def edit_keys(vault: StaffedVault, change) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(vault.paths.keys.read_text())
    change(data)
    vault.paths.keys.write_text(json.dumps(data))


def tampers(entries: list[AuditEntry]) -> list[dict[str, str]]:
    return [json.loads(e.detail) for e in entries if e.action == "auth.lockout_tampered"]


def erased(entries: list[AuditEntry]) -> list[tuple[str, int]]:
    """The attempts a tamper erased from the file, as the keyring's tally brought them back."""
    details = [(e.actor, json.loads(e.detail)) for e in entries if e.action == "login.failed"]
    return [(actor, d["count"]) for actor, d in details if d["reason"] == ERASED]


@pytest.mark.parametrize(
    "clear",
    [
        lambda data: data.update(failures={}),
        lambda data: data.pop("failures"),
        lambda data: data["failures"].pop("agent01"),
        lambda data: data["failures"]["agent01"].update(streak=0, locked_until=None),
    ],
    ids=["emptied", "removed", "record-removed", "lock-removed"],
)
def test_a_cleared_counter_still_refuses_and_the_tamper_is_audited(
    staffed_vault: StaffedVault, clock: FixedClock, clear
) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(fail(staffed_vault, times=5)[-1], AccountLockedError)
    edit_keys(staffed_vault, clear)
    with pytest.raises(AccountLockedError, match="tampered with") as info:
        staffed_vault.session("agent01")
    assert info.value.code == "auth.lockout_tampered" and info.value.exit_code == 3
    with pytest.raises(AccountLockedError, match="tampered with"):  # and everyone with it
        staffed_vault.session("sec01")
    clock.advance(minutes=15, seconds=1)
    entries = entries_seen_by(staffed_vault, "sec01")
    assert [f["reason"] for f in tampers(entries)] == ["the counter in the key file was edited"]
    assert erased(entries) == [("agent01", 5)]  # the five failures the edit removed, counted


def test_a_key_file_copied_back_from_before_the_failures_is_refused(
    staffed_vault: StaffedVault, tmp_path: Path, clock: FixedClock
) -> None:
    saved = tmp_path / "keys-before"
    shutil.copy2(staffed_vault.paths.keys, saved)  # its seal was valid when it was saved
    fail(staffed_vault, times=5)
    shutil.copy2(saved, staffed_vault.paths.keys)
    with pytest.raises(AccountLockedError, match="an older key file was put back"):
        staffed_vault.session("agent01")
    clock.advance(minutes=15, seconds=1)
    entries = entries_seen_by(staffed_vault, "admin01")
    assert [f["reason"] for f in tampers(entries)] == ["an older key file was put back"]
    assert erased(entries) == [("agent01", 5)]


def test_twenty_guesses_with_the_key_file_reset_between_each_are_locked_after_five(
    staffed_vault: StaffedVault, tmp_path: Path, clock: FixedClock
) -> None:
    saved = tmp_path / "keys-before"
    shutil.copy2(staffed_vault.paths.keys, saved)
    tried = []  # True: the guess reached the password check (and was wrong)
    for guess in range(20):
        shutil.copy2(saved, staffed_vault.paths.keys)
        password = PASSWORDS["agent01"] if guess == 19 else f"Guess-{guess:02d}-2026"
        with pytest.raises(AuthenticationError) as info:
            sign_in(staffed_vault.runtime, staffed_vault.paths, "agent01", password)
        tried.append(not isinstance(info.value, AccountLockedError))
        clock.advance(seconds=5)
    # The first reset is seen: every account is locked at once (not after five), and the right
    # password, guessed last, is refused too.
    assert tried == [True] + [False] * 19


def test_eleven_failed_attempts_are_eleven_audit_entries_after_another_account_signs_in(
    staffed_vault: StaffedVault, clock: FixedClock
) -> None:
    times = []
    for _ in range(11):  # 5 wrong passwords, then 6 refusals of the locked account
        times.append(clock.now())
        fail(staffed_vault)
        clock.advance(seconds=7)
    failed = [e for e in entries_seen_by(staffed_vault, "sec01") if e.action == "login.failed"]
    assert len(failed) == 11 and {e.actor for e in failed} == {"agent01"}
    assert [e.ts[:19] for e in failed] == [t.isoformat()[:19] for t in times]
    reasons = [json.loads(e.detail)["reason"] for e in failed]
    assert reasons == ["wrong password"] * 5 + ["locked"] * 6
    assert not any(WRONG in e.detail for e in failed)  # never the password typed
    again = [e for e in entries_seen_by(staffed_vault, "admin01") if e.action == "login.failed"]
    assert len(again) == 11  # written once, not again at the next sign-in


@pytest.mark.parametrize("entry", [seq_name, key_name], ids=["counter-number", "counter-key"])
def test_deleting_the_keyrings_counter_entry_locks_and_is_audited(
    staffed_vault: StaffedVault, secret_store: MemorySecretStore, clock: FixedClock, entry
) -> None:  # type: ignore[no-untyped-def]
    vault_id = KeyFile.load(staffed_vault.paths.keys).vault_id
    fail(staffed_vault, times=2)
    secret_store.delete(entry(vault_id))
    with pytest.raises(AccountLockedError, match=r"tampered with.*missing"):
        staffed_vault.session("agent01")
    clock.advance(minutes=15, seconds=1)
    entries = entries_seen_by(staffed_vault, "super01")
    found = tampers(entries)
    assert len(found) == 1 and "missing" in found[0]["reason"]
    assert erased(entries) == [("agent01", 2)]


def test_deleting_every_trace_of_the_seal_is_audited_at_the_next_opening(
    staffed_vault: StaffedVault, secret_store: MemorySecretStore
) -> None:
    """The key, the number and the tally gone from the keyring and the seal from the file look
    like a vault from before sealed counters (the attacker wrote the keyring: the limit that
    vault.failure_counter names); the vault remembers the key, and says it was replaced."""
    fail(staffed_vault, times=5)
    vault_id = KeyFile.load(staffed_vault.paths.keys).vault_id
    for name in (key_name, seq_name, tally_name):
        secret_store.delete(name(vault_id))
    edit_keys(staffed_vault, lambda data: (data.update(failures={}), data.pop("failures_seal")))
    entries = entries_seen_by(staffed_vault, "agent01")
    assert [f["reason"] for f in tampers(entries)] == ["the keyring's counter key was replaced"]
    assert not tampers(entries_seen_by(staffed_vault, "sec01")[len(entries) :])  # said once


def test_a_vault_from_before_sealed_counters_is_sealed_at_its_next_sign_in(
    staffed_vault: StaffedVault, secret_store: MemorySecretStore
) -> None:
    """As main's code left it: no seal in the file, no counter entries in the keyring, and no
    key remembered in the vault. The first sign-in seals it, quietly; from then on it holds."""
    session = staffed_vault.session("admin01")
    session.db.execute("DELETE FROM meta WHERE key = 'lockout_key_id'")
    session.close()
    vault_id = KeyFile.load(staffed_vault.paths.keys).vault_id
    for name in (key_name, seq_name, tally_name):
        secret_store.delete(name(vault_id))
    edit_keys(staffed_vault, lambda data: data.pop("failures_seal"))
    assert not tampers(entries_seen_by(staffed_vault, "agent01"))
    assert "failures_seal" in json.loads(staffed_vault.paths.keys.read_text())
    fail(staffed_vault, times=5)
    edit_keys(staffed_vault, lambda data: data.update(failures={}))
    with pytest.raises(AccountLockedError, match="tampered with"):
        staffed_vault.session("agent01")


def test_the_recovery_key_gets_a_security_officer_in_after_a_tamper(
    staffed_vault: StaffedVault,
) -> None:
    fail(staffed_vault, times=5)
    edit_keys(staffed_vault, lambda data: data.update(failures={}))
    with pytest.raises(AccountLockedError, match="tampered"):
        staffed_vault.session("sec01")
    session = sign_in_with_recovery(
        staffed_vault.runtime,
        staffed_vault.paths,
        staffed_vault.recovery_key,
        "sec01",
        "Fresh-pass-2026",
    )
    actions = [e.action for e in session.audit.entries()]
    session.close()
    assert actions.count("auth.lockout_tampered") == 1 and "auth.lockout_lifted" in actions
    staffed_vault.session("agent01").close()  # the tamper lock is over for everyone


def test_failed_desk_unlocks_are_audited_once(staffed_vault: StaffedVault) -> None:
    session = staffed_vault.session("super01")
    try:
        assert not unlock(session, WRONG) and not unlock(session, WRONG)
        assert unlock(session, PASSWORDS["super01"])
    finally:
        session.close()
    failed = [e for e in entries_seen_by(staffed_vault, "super01") if e.action == "login.failed"]
    assert len(failed) == 2 and {e.actor for e in failed} == {"super01"}


def test_a_session_saving_slots_keeps_the_failures_counted_since_it_opened(
    staffed_vault: StaffedVault,
) -> None:
    admin = staffed_vault.session("admin01")  # holds the key file as it was at its sign-in
    try:
        fail(staffed_vault, times=3)
        StaffDesk(admin).add(
            "agent02", "agent", "坐席二", "Agent2-pass-2026", countersign=by_officer()
        )
    finally:
        admin.close()
    # The approver's sign-in at the seat wrote the three to the audit (the vault is open then);
    # the count itself is still there, in the file the add saved.
    assert json.loads(staffed_vault.paths.keys.read_text())["failures"]["agent01"]["streak"] == 3
    failed = [e for e in entries_seen_by(staffed_vault, "agent01") if e.action == "login.failed"]
    assert len(failed) == 3  # and the save was no rollback: agent01 signs in


def test_without_a_keyring_the_counter_is_unsealed_as_the_threat_model_says(
    runtime, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """--key-storage none (the demo): nothing on the seat can seal the counter, so an edit of
    the key file undoes a lockout; failures still reach the audit."""
    plain = make_staffed_vault(runtime, tmp_path / "plain", key_storage="none")
    assert isinstance(fail(plain, times=5)[-1], AccountLockedError)
    assert "failures_seal" not in json.loads(plain.paths.keys.read_text())
    edit_keys(plain, lambda data: data.update(failures={}))
    plain.session("agent01").close()  # the honest limit (vault.failure_counter)
    fail(plain, times=2)
    failed = [e for e in entries_seen_by(plain, "sec01") if e.action == "login.failed"]
    assert len(failed) == 2
