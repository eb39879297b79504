"""Issue 17 (a desk for the admin): accounts with the second person where the policy wants one,
backups, key storage; never customer data. Tried as the admin would: alone first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from seatdesk.services import door
from seatdesk.ui.admin_window import AccountDialog, AdminWindow
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.vaults import PASSWORDS, StaffedVault, audit_behind

FIRST = "Erste-pass-2026"


def fill(dialog: AccountDialog, staff_id: str, role: str, approver: str = "") -> None:
    dialog.staff_id.setText(staff_id)
    dialog.name.setText("新坐席")
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    dialog.first.setText(FIRST)
    dialog.repeat.setText(FIRST)
    if approver:
        dialog.approver.setText(approver)
        dialog.approver_password.setText(PASSWORDS[approver])


def test_the_admin_adds_an_agent_only_with_the_officer_there(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], customer_vault: StaffedVault
) -> None:
    admin = desk_for("admin01")
    window = AdminWindow(admin.services, admin)
    qtbot.addWidget(window)
    assert {"admin01", "agent01", "sec01"} <= {i.staff_id for i in window.accounts.items}
    alone = AccountDialog(None, window)
    fill(alone, "agent09", "agent")
    alone.accept_if_complete()
    assert alone.result() == 0 and alone.error.text()  # refused in the dialog already
    assert not window.run_account(alone, answered=True)  # and by services if it went through
    assert window.accounts_error.text()
    approved = AccountDialog(None, window)
    fill(approved, "agent09", "agent", approver="sec01")
    assert window.run_account(approved, answered=True), window.accounts_error.text()
    assert "agent09" in {i.staff_id for i in window.accounts.items}
    new = door.sign_in(customer_vault.runtime, customer_vault.paths, "agent09", FIRST)
    try:
        assert new.must_change_password
    finally:
        new.close()
    entries = audit_behind(admin.who)
    denied = [e for e in entries if e.action == "approval" and e.outcome == "denied"]
    assert denied and denied[-1].target == "agent09"


def test_an_admin_account_needs_no_officer_and_backups_are_made_here(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], tmp_path: Path
) -> None:
    admin = desk_for("admin01")
    window = AdminWindow(admin.services, admin)
    qtbot.addWidget(window)
    other = AccountDialog(None, window)
    fill(other, "admin02", "admin")
    other.accept_if_complete()
    assert other.result() == 1
    assert window.run_account(other, answered=True)
    assert "never" in window.last_backup.text() or "从未" in window.last_backup.text()
    assert window.back_up(tmp_path / "seat.sdb")
    assert (tmp_path / "seat.sdb").exists() and "seat.sdb" in window.backup_said.text()
    assert "never" not in window.last_backup.text()
    assert window.key_storage.text()


def test_disabling_an_account_rotates_the_keys_and_signs_the_admin_out(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], customer_vault: StaffedVault
) -> None:
    admin = desk_for("admin01")
    signed_out: list[bool] = []
    window = AdminWindow(admin.services, admin, signed_out=lambda: signed_out.append(True))
    qtbot.addWidget(window)
    window.disable_id.setText("agent01")
    assert window.disable_typed()
    assert signed_out == [True]
    session = customer_vault.session("sec01")
    try:
        disabled = session.db.scalar("SELECT disabled FROM staff WHERE staff_id = 'agent01'")
    finally:
        session.close()
    assert disabled == 1


def test_only_the_admin_has_administration_in_the_menu(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    for staff_id, offered in (("admin01", True), ("sec01", False), ("agent01", False)):
        desk = desk_for(staff_id)
        labels = {a.label for a in desk.menu.actions}
        assert any("backups" in label or "备份" in label for label in labels) is offered
