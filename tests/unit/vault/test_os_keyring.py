"""The device secret in the real OS keyring (Secret Service in CI). Skipped, with the reason, only
where no secure keyring runs; CI sets SEATDESK_REQUIRE_KEYRING so that it can never skip there."""

from __future__ import annotations

import os
import uuid

import pytest

from seatdesk.core.errors import KeyStorageError
from seatdesk.vault.secret_store import OsKeyring


@pytest.fixture
def os_keyring() -> OsKeyring:
    try:
        return OsKeyring()
    except KeyStorageError as exc:
        if os.environ.get("SEATDESK_REQUIRE_KEYRING"):
            pytest.fail(f"a real keyring is required here: {exc}")
        pytest.skip(f"no secure OS keyring on this machine: {exc}")


@pytest.mark.keyring_real
def test_device_secret_round_trips_through_the_os_keyring(os_keyring: OsKeyring) -> None:
    name = f"test-{uuid.uuid4().hex}"
    secret = os.urandom(32)
    assert os_keyring.get(name) is None
    os_keyring.put(name, secret)
    try:
        assert os_keyring.get(name) == secret
    finally:
        os_keyring.delete(name)
    assert os_keyring.get(name) is None


@pytest.mark.keyring_real
def test_a_vault_bound_to_the_real_keyring(os_keyring: OsKeyring, runtime, tmp_path) -> None:
    from tests.helpers.vaults import make_staffed_vault

    runtime.secret_store_factory = lambda: os_keyring
    staffed = make_staffed_vault(runtime, tmp_path)
    from seatdesk.vault.keyslots import KeyFile

    vault_id = KeyFile.load(staffed.paths.keys).vault_id
    try:
        session = staffed.session("agent01")
        session.close()
    finally:
        os_keyring.delete(vault_id)
    with pytest.raises(KeyStorageError):
        staffed.session("agent01")


def test_plaintext_and_fail_backends_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    with pytest.raises(KeyStorageError, match="no secure OS keyring"):
        OsKeyring()
