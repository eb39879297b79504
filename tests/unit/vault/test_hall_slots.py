"""The keys of a hall account: the password alone opens the private key at any seat, the proof
the hall checks is not the key, and the seat box opens only with the access key and the seat's
device secret."""

from __future__ import annotations

import pytest

from seatdesk.core.errors import AuthenticationError
from seatdesk.core.staff_proof import proof_matches
from seatdesk.vault.hall_slots import (
    new_access_key,
    new_account_keys,
    open_access,
    open_private,
    password_keys,
    seal_access,
    unwrap_seat_key,
    wrap_seat_key,
)
from tests.helpers.vaults import TEST_KDF

HALL = "H0123456789AB"


def test_the_password_opens_the_private_key_and_the_proof_matches_only_its_verifier() -> None:
    keys = new_account_keys(HALL, "ag1001", "Zhang-first-2026", TEST_KDF)
    derived = password_keys("ag1001", "Zhang-first-2026", keys.kdf)
    assert open_private(HALL, "ag1001", derived, keys.wrapped_private) == keys.private
    assert proof_matches(derived.proof_b64, keys.verifier)
    assert derived.proof != derived.wrap_key  # what the hall sees never opens the key
    wrong = password_keys("ag1001", "Zhang-wrong-2026", keys.kdf)
    assert not proof_matches(wrong.proof_b64, keys.verifier)
    with pytest.raises(AuthenticationError, match="wrong"):
        open_private(HALL, "ag1001", wrong, keys.wrapped_private)


def test_the_key_is_bound_to_its_account_and_hall() -> None:
    keys = new_account_keys(HALL, "ag1001", "Zhang-first-2026", TEST_KDF)
    as_other = password_keys("ag1002", "Zhang-first-2026", keys.kdf)
    with pytest.raises(AuthenticationError):
        open_private(HALL, "ag1002", as_other, keys.wrapped_private)
    derived = password_keys("ag1001", "Zhang-first-2026", keys.kdf)
    with pytest.raises(AuthenticationError):
        open_private("HOTHERHALL000", "ag1001", derived, keys.wrapped_private)


def test_an_own_password_change_keeps_the_key_pair() -> None:
    first = new_account_keys(HALL, "ag1001", "Zhang-first-2026", TEST_KDF)
    second = new_account_keys(HALL, "ag1001", "Zhang-second-2026", TEST_KDF, private=first.private)
    assert second.public == first.public and second.kdf["salt"] != first.kdf["salt"]
    old = password_keys("ag1001", "Zhang-first-2026", second.kdf)
    with pytest.raises(AuthenticationError):
        open_private(HALL, "ag1001", old, second.wrapped_private)


def test_the_access_key_opens_the_seat_box_only_with_the_device_secret() -> None:
    keys = new_account_keys(HALL, "ag1001", "Zhang-first-2026", TEST_KDF)
    access = new_access_key()
    box = seal_access(HALL, "ag1001", keys.public, access)
    assert open_access(HALL, "ag1001", keys.private, box) == access
    other = new_account_keys(HALL, "ag1002", "Other-pass-2026", TEST_KDF)
    with pytest.raises(AuthenticationError, match="has not given"):
        open_access(HALL, "ag1002", other.private, box)
    data_key, device = bytes(range(32)), b"d" * 32
    seat_box = wrap_seat_key(access, device, "vault-1", data_key)
    assert unwrap_seat_key(access, device, "vault-1", seat_box) == data_key
    assert unwrap_seat_key(access, b"x" * 32, "vault-1", seat_box) is None
    assert unwrap_seat_key(access, None, "vault-1", seat_box) is None
    assert unwrap_seat_key(new_access_key(), device, "vault-1", seat_box) is None


@pytest.mark.parametrize(
    "kdf",
    [
        {"t": 1, "m": 8 * 1024 * 1024, "p": 1, "salt": "AAAAAAAAAAAAAAAAAAAAAA=="},  # 8 GiB
        {"t": 1000, "m": 8192, "p": 1, "salt": "AAAAAAAAAAAAAAAAAAAAAA=="},
        {"t": 1, "m": 8192, "p": 1, "salt": "not base64!"},
        {"t": "1", "m": 8192},
    ],
)
def test_a_hostile_or_damaged_kdf_record_is_a_wrong_login_not_a_seat_brought_down(
    kdf: dict[str, object],
) -> None:
    with pytest.raises(AuthenticationError, match="wrong"):
        password_keys("ag1001", "Zhang-first-2026", kdf)
