"""Which opens check every page, which only the structure, and `vault check` on demand."""

from __future__ import annotations

import json

import pytest

from seatdesk.core.errors import PermissionDenied, VaultUnreadable
from seatdesk.services.session import Session, sign_in
from seatdesk.services.vault_check import check_vault
from tests.helpers.vaults import PASSWORDS, StaffedVault


def quick_sign_in(vault: StaffedVault) -> Session:
    return sign_in(vault.runtime, vault.paths, "sec01", PASSWORDS["sec01"], verify="quick")


def reads_customers(vault: StaffedVault) -> bool:
    """Whether a quick sign-in works and reading every customer then fails."""
    try:
        session = quick_sign_in(vault)
    except VaultUnreadable:
        return False
    try:
        session.db.execute("SELECT * FROM customers")
    except VaultUnreadable:
        return True
    finally:
        session.close()
    return False


def damage_a_customer_page(vault: StaffedVault) -> bytes:
    """Flip a byte in a page of the customer table that a quick sign-in does not read."""
    session = vault.session("sec01")
    session.close()  # the last connection checkpoints: the whole vault is in the file
    original = vault.paths.vault.read_bytes()
    pages = len(original) // 4096
    for page in sorted(range(2, pages), key=lambda p: abs(p - pages // 2)):
        data = bytearray(original)
        data[page * 4096 + 1000] ^= 0x5A
        vault.paths.vault.write_bytes(bytes(data))
        if reads_customers(vault):
            vault.paths.vault.write_bytes(bytes(data))  # undo what the sign-in wrote
            return bytes(data)
    raise AssertionError("no customer page outside what a sign-in reads")


def test_a_full_check_refuses_the_vault_and_a_quick_open_finds_the_page_when_it_reads_it(
    customer_vault: StaffedVault,
) -> None:
    damaged = damage_a_customer_page(customer_vault)
    with pytest.raises(VaultUnreadable, match="fail their integrity check"):
        customer_vault.session("sec01")  # the desk's sign-in: every page, before any write
    assert customer_vault.paths.vault.read_bytes() == damaged
    quick = quick_sign_in(customer_vault)  # a command: the structure only
    try:
        with pytest.raises(VaultUnreadable):  # the page is checked when it is read
            quick.db.execute("SELECT count(notes) FROM customers")
        with pytest.raises(VaultUnreadable, match="fail their integrity check"):
            check_vault(quick)
    finally:
        quick.close()


def test_vault_check_reports_and_audits_a_clean_vault(customer_vault: StaffedVault) -> None:
    session = customer_vault.session("sec01")
    try:
        result = check_vault(session)
        entry = list(session.audit.entries())[-1]
    finally:
        session.close()
    assert result.ok and result.pages > 10 and result.bytes == result.pages * 4096
    assert entry.action == "vault.check" and entry.outcome == "ok"
    assert json.loads(entry.detail)["pages"] == result.pages


def test_agents_may_not_check_the_vault(customer_vault: StaffedVault) -> None:
    session = customer_vault.session("agent01")
    try:
        with pytest.raises(PermissionDenied):
            check_vault(session)
        assert list(session.audit.entries())[-1].action != "vault.check"
    finally:
        session.close()
