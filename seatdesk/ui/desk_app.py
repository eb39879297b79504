"""Starting the desk: the Qt application, the language, the screen-pop server, sign-in, the
password change and agreement gates, then the desk window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.agreement import acknowledge, acknowledgement_due, load_agreement
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import Session
from seatdesk.ui.dialogs import AgreementDialog
from seatdesk.ui.i18n import choose_language, install_translator
from seatdesk.ui.login_dialog import LoginDialog
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.os_lock import ScreenLockMonitor
from seatdesk.ui.password_dialog import ChangePasswordDialog
from seatdesk.ui.pop_server import PopServer, PopServerError

log = logging.getLogger("seatdesk.desk")


def _report_crash(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """Crash reports go to the redacting log only: no dialog or stderr dump of local values."""
    log.critical("unexpected error: %s", kind.__name__, exc_info=(kind, value, tb))  # type: ignore[arg-type]


def application(lang: str | None) -> tuple[QApplication, str]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SeatDesk")
    app.setOrganizationName("SeatDesk")
    sys.excepthook = _report_crash
    language = choose_language(lang)
    install_translator(app, language)
    return app, language


def pass_gates(session: Session, language: str) -> bool:
    """The initial password is replaced and the agreement acknowledged before any data shows."""
    if session.must_change_password and (
        ChangePasswordDialog(session).exec() != QDialog.DialogCode.Accepted
    ):
        return False
    if has_permission(session.role, Permission.VIEW_CUSTOMERS) and acknowledgement_due(session):
        text = load_agreement(language)
        dialog = AgreementDialog(text, session.staff_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        acknowledge(session, text, dialog.typed.text())
    return True


def open_desk(session: Session, language: str, demo: bool) -> DeskWindow | None:
    if not pass_gates(session, language):
        session.close()
        return None
    window = DeskWindow(session, language, demo=demo)
    window.show()
    return window


def connect_pop_server(server: PopServer, window: DeskWindow) -> None:
    server.pop_requested.connect(window.on_pop)
    server.end_requested.connect(window.end_call)
    server.raise_requested.connect(window.bring_to_front)


def run_desk(runtime: Runtime, vault: VaultPaths, *, lang: str | None, demo: bool) -> int:
    app, language = application(lang)
    server = PopServer()
    try:
        if not server.start():
            QMessageBox.information(
                None,
                "SeatDesk",
                app.translate(
                    "DeskApp",
                    "SeatDesk is already running for this user; it has been brought to the front.",
                ),
            )
            return 0
    except PopServerError as exc:
        log.warning("screen pop unavailable: %s", exc)
    login = LoginDialog(runtime, vault)
    if login.exec() != QDialog.DialogCode.Accepted or login.session is None:
        server.close()
        return 0
    window = open_desk(login.session, language, demo)
    if window is None:
        server.close()
        return 0
    connect_pop_server(server, window)
    monitor = ScreenLockMonitor(window, window)
    monitor.locked.connect(window.lock)
    if not monitor.available:
        log.info("OS screen lock not observable here; the idle lock applies")
    try:
        return int(app.exec())
    finally:
        server.close()
