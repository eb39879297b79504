"""Issue 17 (build 2): shift handover. One person signs out and the next signs in, without the
desk quitting: the real run_desk loop, its sign-in windows answered as people would."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from seatdesk.services.door import SignedIn
from seatdesk.ui import desk_app
from seatdesk.ui.i18n import install_translator
from seatdesk.ui.login_dialog import LoginDialog
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.qt import when_modal
from tests.helpers.vaults import PASSWORDS, StaffedVault, audit_behind


def sign_in_as(staff_id: str) -> Callable[[QDialog], None]:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, LoginDialog)
        dialog.staff_id.setText(staff_id)
        dialog.password.setText(PASSWORDS[staff_id])
        dialog.try_sign_in()

    return answer


def test_the_next_person_signs_in_without_the_desk_quitting(
    qtbot: QtBot, customer_vault: StaffedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    windows: list[DeskWindow] = []
    handles: list[SignedIn] = []
    names: list[str] = []
    real_open = desk_app.open_desk

    def open_and_then(who: SignedIn, language: str, demo: bool) -> DeskWindow | None:
        window = real_open(who, language, demo)
        assert window is not None
        windows.append(window)
        handles.append(who)
        names.append(who.staff_id)
        if len(windows) == 1:  # the first person hands over once their desk is up
            QTimer.singleShot(50, window.hand_over)
            when_modal(sign_in_as("super01"))
        else:  # the second one closes the desk at the end of the day
            QTimer.singleShot(50, window.close)
        return window

    translators: list[QTranslator] = []

    def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
        translators.extend(install_translator(app, lang))
        return translators

    monkeypatch.setattr(desk_app, "open_desk", open_and_then)
    monkeypatch.setattr(desk_app, "install_translator", install)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the desk sets its own
    when_modal(sign_in_as("agent01"))
    try:
        code = desk_app.run_desk(
            customer_vault.runtime, customer_vault.paths, lang="zh_CN", demo=False
        )
    finally:  # the desk's language stays with this test
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert code == 0
    assert names == ["agent01", "super01"]
    assert [w.close_reason for w in windows] == ["handover", "closed"]
    assert not any(h.is_open for h in handles)  # each person was signed out
    entries = [(e.actor, e.action) for e in audit_behind(customer_vault.signed_in("sec01"))]
    last = {entry: i for i, entry in enumerate(entries)}  # each one's latest position
    assert last[("agent01", "login")] < last[("agent01", "logout")] < last[("super01", "login")]
    assert last[("super01", "login")] < last[("super01", "logout")]
