"""Real widgets, offscreen: sign in and see a masked record."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.record_desk import RecordDesk
from seatdesk.ui.login_dialog import LoginDialog
from seatdesk.ui.main_window import DeskWindow
from seatdesk.vault.failure_counter import seq_name
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.secret_store import MemorySecretStore
from tests.helpers.vaults import PASSWORDS, StaffedVault

FIRST_CUSTOMER = next(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode())))["customer_no"]


def sign_in_via_dialog(
    qtbot: QtBot, vault: StaffedVault, staff_id: str, password: str
) -> LoginDialog:
    dialog = LoginDialog(vault.runtime, vault.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.staff_id, staff_id)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def test_wrong_password_shows_a_message_and_clears_the_field(
    qtbot: QtBot, customer_vault: StaffedVault
) -> None:
    dialog = sign_in_via_dialog(qtbot, customer_vault, "agent01", "Wrong-pass-2026")
    assert dialog.session is None
    assert "wrong" in dialog.error.text()
    assert dialog.password.text() == ""


def test_a_tampered_sign_in_counter_is_said_as_such(
    qtbot: QtBot, customer_vault: StaffedVault, secret_store: MemorySecretStore
) -> None:
    vault_id = KeyFile.load(customer_vault.paths.keys).vault_id
    secret_store.delete(seq_name(vault_id))  # the keyring's number of the counter, gone
    dialog = sign_in_via_dialog(qtbot, customer_vault, "agent01", PASSWORDS["agent01"])
    assert dialog.session is None
    assert "tampered" in dialog.error.text() and "auth.lockout_tampered" in dialog.error.text()


def test_agent_signs_in_and_sees_a_masked_record(
    qtbot: QtBot, customer_vault: StaffedVault
) -> None:
    dialog = sign_in_via_dialog(qtbot, customer_vault, "agent01", PASSWORDS["agent01"])
    assert dialog.session is not None
    window = DeskWindow(dialog.session, "zh_CN")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.record_shown, timeout=5000) as shown:
        qtbot.keyClicks(window.search, FIRST_CUSTOMER)
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    record = shown.args[0]
    assert record.customer_no == FIRST_CUSTOMER
    name = window.card.value_labels["name"]
    assert name.text() == record.field("name").text and "*" in name.text()
    # Values cannot be selected, and carry no tooltip or accessible text to read them back.
    assert name.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert name.toolTip() == "" and name.accessibleName() == ""
    assert window.results.rowCount() == 1
    assert FIRST_CUSTOMER not in window.windowTitle()

    # The same masked text as the gate returns for the CLI.
    session = customer_vault.session("agent01")
    try:
        same = RecordDesk(session).view(record.customer_id)
    finally:
        session.close()
    shown_texts = {key: label.text() for key, label in window.card.value_labels.items()}
    assert shown_texts == {f.key: f.text or "—" for f in same.fields}
    window.close()


def test_no_match_offers_new_caller(qtbot: QtBot, customer_vault: StaffedVault) -> None:
    window = DeskWindow(customer_vault.signed_in("agent01"), "en")
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search, "13000000000")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert "New caller" in window.card.hint.text()
    window.close()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_admin_sees_no_customer_data(qtbot: QtBot, customer_vault: StaffedVault, lang: str) -> None:
    window = DeskWindow(customer_vault.signed_in("admin01"), lang)
    qtbot.addWidget(window)
    assert not window.search.isEnabled()
    window.close()


def test_the_sign_in_names_the_vault_file_not_its_folder(
    qtbot: QtBot, customer_vault: StaffedVault
) -> None:
    dialog = LoginDialog(customer_vault.runtime, customer_vault.paths)
    qtbot.addWidget(dialog)
    folder = str(customer_vault.paths.vault.parent)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(customer_vault.paths.vault.name in text for text in shown)
    assert not any(folder in text for text in shown), shown
    label = dialog.findChild(QLabel, "vaultLabel")
    assert label is not None and label.toolTip() == str(customer_vault.paths.vault)
