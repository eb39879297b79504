"""Every way a vault can fail to open: a clear message, exit code 4, and files left untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from seatdesk.core.errors import EXIT_VAULT, VaultUnreadable
from seatdesk.services.session import sign_in
from tests.helpers.vaults import PASSWORDS, StaffedVault, make_staffed_vault


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def attempt(vault: StaffedVault) -> VaultUnreadable:
    before = digests(vault.paths.vault.parent)
    with pytest.raises(VaultUnreadable) as info:
        vault.session("agent01")
    assert digests(vault.paths.vault.parent) == before
    assert info.value.exit_code == EXIT_VAULT
    assert "\n" not in str(info.value)
    return info.value


def test_missing_key_file(customer_vault: StaffedVault) -> None:
    customer_vault.paths.keys.unlink()
    assert "key file missing" in str(attempt(customer_vault))


def test_damaged_key_file(customer_vault: StaffedVault) -> None:
    customer_vault.paths.keys.write_text("{not json")
    assert "key file" in str(attempt(customer_vault))


def test_missing_vault(customer_vault: StaffedVault) -> None:
    customer_vault.paths.vault.unlink()
    with pytest.raises(VaultUnreadable, match="no vault at"):
        customer_vault.session("agent01")


def test_not_a_vault(customer_vault: StaffedVault) -> None:
    customer_vault.paths.vault.write_bytes(b"SQLite format 3\x00" + b"\x00" * 8000)
    assert "vault unreadable" in str(attempt(customer_vault))


def test_text_file_instead_of_vault(customer_vault: StaffedVault) -> None:
    customer_vault.paths.vault.write_text("客户名单\n" * 500, encoding="utf-8")
    attempt(customer_vault)


def test_truncated_vault(customer_vault: StaffedVault) -> None:
    data = customer_vault.paths.vault.read_bytes()
    customer_vault.paths.vault.write_bytes(data[: len(data) // 2])
    attempt(customer_vault)


@pytest.mark.parametrize("where", ["header", "middle", "last_page"])
def test_flipped_byte(customer_vault: StaffedVault, where: str) -> None:
    data = bytearray(customer_vault.paths.vault.read_bytes())
    offset = {"header": 100, "middle": len(data) // 2 + 77, "last_page": len(data) - 200}[where]
    data[offset] ^= 0x5A
    customer_vault.paths.vault.write_bytes(bytes(data))
    attempt(customer_vault)


def test_swapped_pages(customer_vault: StaffedVault) -> None:
    """Two whole pages exchanged: each is a valid page under the key, but a page's MAC covers
    its number too, so both are refused."""
    data = bytearray(customer_vault.paths.vault.read_bytes())
    size = 4096
    a, b = 5 * size, len(data) // size // 2 * size
    data[a : a + size], data[b : b + size] = data[b : b + size], data[a : a + size]
    customer_vault.paths.vault.write_bytes(bytes(data))
    attempt(customer_vault)


def test_key_file_of_another_vault(customer_vault: StaffedVault, runtime, tmp_path: Path) -> None:
    other = make_staffed_vault(runtime, tmp_path / "other")
    shutil.copy(other.paths.keys, customer_vault.paths.keys)
    error = attempt(customer_vault)
    assert "does not belong" in str(error) or "vault unreadable" in str(error)


def test_vault_file_of_another_vault(customer_vault: StaffedVault, runtime, tmp_path: Path) -> None:
    other = make_staffed_vault(runtime, tmp_path / "other")
    shutil.copy(other.paths.vault, customer_vault.paths.vault)
    attempt(customer_vault)


def test_wrong_password_leaves_vault_and_slots_unchanged(customer_vault: StaffedVault) -> None:
    vault_before = hashlib.sha256(customer_vault.paths.vault.read_bytes()).hexdigest()
    slots_before = json.loads(customer_vault.paths.keys.read_text())["slots"]
    with pytest.raises(Exception, match="wrong"):
        sign_in(customer_vault.runtime, customer_vault.paths, "agent01", "Wrong-pass-2026")
    assert hashlib.sha256(customer_vault.paths.vault.read_bytes()).hexdigest() == vault_before
    keys = json.loads(customer_vault.paths.keys.read_text())
    assert keys["slots"] == slots_before  # only the failure counter changed
    assert len(keys["failures"]["agent01"]["attempts"]) == 1
    sign_in(customer_vault.runtime, customer_vault.paths, "agent01", PASSWORDS["agent01"]).close()
