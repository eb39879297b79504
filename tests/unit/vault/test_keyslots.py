from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from seatdesk.core.errors import AccountLockedError, AuthenticationError, KeyStorageError
from seatdesk.services.session import sign_in, sign_in_with_recovery
from seatdesk.vault.failure_counter import FailureCounter
from seatdesk.vault.keyslots import KeyFile, parse_recovery_key
from tests.helpers.vaults import PASSWORDS, StaffedVault, make_staffed_vault


def test_right_password_opens_and_wrong_password_does_not(staffed_vault: StaffedVault) -> None:
    session = staffed_vault.session("agent01")
    assert session.role.value == "agent"
    session.close()
    with pytest.raises(AuthenticationError, match="staff ID or password is wrong"):
        sign_in(staffed_vault.runtime, staffed_vault.paths, "agent01", "Not-the-password")


def test_another_users_password_does_not_open_a_slot(staffed_vault: StaffedVault) -> None:
    with pytest.raises(AuthenticationError):
        sign_in(staffed_vault.runtime, staffed_vault.paths, "agent01", PASSWORDS["super01"])


def test_unknown_account_is_refused_without_counting(staffed_vault: StaffedVault) -> None:
    with pytest.raises(AuthenticationError):
        sign_in(staffed_vault.runtime, staffed_vault.paths, "nobody", "Whatever-2026")
    data = json.loads(staffed_vault.paths.keys.read_text())
    assert "nobody" not in data["failures"]


def test_slot_cannot_be_moved_to_another_account(staffed_vault: StaffedVault) -> None:
    data = json.loads(staffed_vault.paths.keys.read_text())
    data["slots"]["super01"] = data["slots"]["agent01"]
    staffed_vault.paths.keys.write_text(json.dumps(data))
    # The slot is bound to its account (AES-GCM associated data): agent's password fails as super01.
    with pytest.raises(AuthenticationError):
        sign_in(staffed_vault.runtime, staffed_vault.paths, "super01", PASSWORDS["agent01"])


def test_device_secret_is_required(staffed_vault: StaffedVault, secret_store) -> None:
    secret_store.secrets.clear()
    with pytest.raises(KeyStorageError, match="no device secret"):
        staffed_vault.session("agent01")


def test_key_storage_none_needs_no_keyring(runtime, tmp_path: Path) -> None:
    def no_keyring():
        raise KeyStorageError("no keyring here")

    runtime.secret_store_factory = no_keyring
    staffed = make_staffed_vault(runtime, tmp_path, key_storage="none")
    session = staffed.session("agent01")
    assert session.key_storage == "none"
    session.close()
    with pytest.raises(KeyStorageError):
        make_staffed_vault(runtime, tmp_path / "other", key_storage="keyring")
    assert not (tmp_path / "other" / "hall.vault").exists()


def test_five_failures_lock_for_fifteen_minutes_then_expire(
    staffed_vault: StaffedVault, clock
) -> None:
    rt, paths = staffed_vault.runtime, staffed_vault.paths
    for _ in range(4):
        with pytest.raises(AuthenticationError) as info:
            sign_in(rt, paths, "agent01", "Wrong-password-1")
        assert not isinstance(info.value, AccountLockedError)
        clock.advance(seconds=10)
    with pytest.raises(AccountLockedError):
        sign_in(rt, paths, "agent01", "Wrong-password-1")
    # Locked: even the right password is refused until the lock expires.
    clock.advance(minutes=14)
    with pytest.raises(AccountLockedError):
        sign_in(rt, paths, "agent01", PASSWORDS["agent01"])
    clock.advance(minutes=1, seconds=1)
    session = sign_in(rt, paths, "agent01", PASSWORDS["agent01"])
    failed = [e for e in session.audit.entries() if e.action == "login.failed"]
    assert all(e.actor == "agent01" for e in failed)
    reasons = [json.loads(e.detail)["reason"] for e in failed]
    assert reasons == ["wrong password"] * 5 + ["locked"]  # the refusal while locked too
    session.close()
    assert "agent01" not in json.loads(paths.keys.read_text())["failures"]


def test_failures_are_audited_at_next_unlock_with_their_times(
    staffed_vault: StaffedVault, clock
) -> None:
    first = clock.now()
    with pytest.raises(AuthenticationError):
        sign_in(staffed_vault.runtime, staffed_vault.paths, "sec01", "bad-password-x")
    clock.advance(hours=1)
    session = staffed_vault.session("sec01")
    failed = [e for e in session.audit.entries() if e.action == "login.failed"]
    assert [e.ts[:19] for e in failed] == [first.isoformat()[:19]]
    session.close()


def test_recovery_key_gets_a_security_officer_back_in(
    staffed_vault: StaffedVault, secret_store
) -> None:
    session = sign_in_with_recovery(
        staffed_vault.runtime,
        staffed_vault.paths,
        staffed_vault.recovery_key.lower(),
        "sec01",
        "Fresh-pass-2026",
    )
    assert session.staff_id == "sec01"
    assert [e.action for e in session.audit.entries()][-2:] == ["login.recovery", "login"]
    session.close()
    # Other slots still work while the seat keeps its device secret.
    staffed_vault.session("agent01").close()


def test_recovery_after_keyring_loss_makes_a_new_device_secret(
    staffed_vault: StaffedVault, secret_store
) -> None:
    secret_store.secrets.clear()
    session = sign_in_with_recovery(
        staffed_vault.runtime,
        staffed_vault.paths,
        staffed_vault.recovery_key,
        "admin01",
        "Fresh-pass-2026",
    )
    session.close()
    with pytest.raises(AuthenticationError):
        staffed_vault.session("agent01")


def test_wrong_recovery_key_is_refused(staffed_vault: StaffedVault) -> None:
    with pytest.raises(AuthenticationError):
        sign_in_with_recovery(
            staffed_vault.runtime,
            staffed_vault.paths,
            "AAAA-" * 12 + "AAAA",
            "sec01",
            "Fresh-pass-2026",
        )
    with pytest.raises(AuthenticationError):
        parse_recovery_key("not base32 !!")


def test_lock_expiry_resets_the_streak(staffed_vault: StaffedVault, clock, secret_store) -> None:
    counter = FailureCounter.load(KeyFile.load(staffed_vault.paths.keys), secret_store)
    now = clock.now()
    lock = timedelta(minutes=15)
    results = [counter.register_failure("x", now, limit=5, lock=lock) for _ in range(5)]
    assert results[:4] == [None] * 4
    until = results[4]
    assert until == now + timedelta(minutes=15)
    later = now + timedelta(minutes=16)
    assert counter.lock_of("x", later) is None
    assert counter.register_failure("x", later, limit=5, lock=lock) is None
