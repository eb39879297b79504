"""Starting the desk: the Qt application, the language, sign-in, then the desk window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog

from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import Session
from seatdesk.ui.i18n import choose_language, install_translator
from seatdesk.ui.login_dialog import LoginDialog
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.password_dialog import ChangePasswordDialog


def application(lang: str | None) -> tuple[QApplication, str]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SeatDesk")
    app.setOrganizationName("SeatDesk")
    language = choose_language(lang)
    install_translator(app, language)
    return app, language


def open_desk(session: Session, language: str, demo: bool) -> DeskWindow | None:
    if (
        session.must_change_password
        and ChangePasswordDialog(session).exec() != QDialog.DialogCode.Accepted
    ):
        session.close()
        return None
    window = DeskWindow(session, language, demo=demo)
    window.show()
    return window


def run_desk(runtime: Runtime, vault: VaultPaths, *, lang: str | None, demo: bool) -> int:
    app, language = application(lang)
    login = LoginDialog(runtime, vault)
    if login.exec() != QDialog.DialogCode.Accepted or login.session is None:
        return 0
    window = open_desk(login.session, language, demo)
    if window is None:
        return 0
    return int(app.exec())
