"""Starting the desk: the Qt application, the language, the screen-pop server, sign-in, the
password change and agreement gates, then the desk window."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from seatdesk.core.errors import SeatDeskError
from seatdesk.phone.client import desk_answers
from seatdesk.ui.dialog_kit import inform
from seatdesk.ui.i18n import choose_language, install_translator
from seatdesk.ui.login_dialog import LoginDialog
from seatdesk.ui.style import install_style

# The sign-in window comes first and needs none of the desk: its modules (and the services'
# cryptography) load after sign-in, so that the window shows about as fast as a bare Qt one.
if TYPE_CHECKING:
    from seatdesk.services.door import SignedIn
    from seatdesk.services.runtime import Runtime, VaultPaths
    from seatdesk.ui.main_window import DeskWindow
    from seatdesk.ui.phone_link import PhoneLink
    from seatdesk.ui.pop_server import PopServer

log = logging.getLogger("seatdesk.desk")


def _report_crash(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Crash reports go to the redacting log only: no dialog or stderr dump of local values."""
    log.critical("unexpected error: %s", kind.__name__, exc_info=(kind, value, tb))


def application(lang: str | None) -> tuple[QApplication, str]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SeatDesk")
    app.setOrganizationName("SeatDesk")
    install_style(app)
    sys.excepthook = _report_crash
    language = choose_language(lang)
    install_translator(app, language)
    return app, language


def pass_gates(who: SignedIn, language: str) -> bool:
    """The initial password is replaced and the agreement acknowledged before any data shows."""
    from seatdesk.policy.roles import Permission, has_permission
    from seatdesk.services.agreement import load_agreement
    from seatdesk.services.factory import Services
    from seatdesk.ui.dialogs import AgreementDialog
    from seatdesk.ui.password_dialog import ChangePasswordDialog

    services = Services(who)
    if who.must_change_password and (
        ChangePasswordDialog(services).exec() != QDialog.DialogCode.Accepted
    ):
        return False
    if has_permission(who.role, Permission.VIEW_CUSTOMERS) and services.agreement_due():
        text = load_agreement(language)
        dialog = AgreementDialog(text, who.staff_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        services.acknowledge(text, dialog.typed.text())
    return True


def open_desk(who: SignedIn, language: str, demo: bool) -> DeskWindow | None:
    from seatdesk.ui.main_window import DeskWindow

    if not pass_gates(who, language):
        who.close()
        return None
    window = DeskWindow(who, language, demo=demo)
    window.show()
    return window


def install_sigterm_handler(app: QApplication, window: DeskWindow) -> Callable[[], None]:
    """SIGTERM (shutdown, `kill`, the session ending) closes the desk like a person would: the
    call is ended and the logout written. Python runs a signal handler only between bytecodes,
    and Qt's loop runs in C, so a timer wakes the interpreter a few times a second; the handler
    itself only schedules the close. Returns a function that puts the old handler back."""
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)

    def on_sigterm(signum: int, frame: object) -> None:
        log.info("%s: closing the desk", signal.Signals(signum).name)
        QTimer.singleShot(0, lambda: window.close_for("terminated"))

    # Ctrl+C in the terminal that started the desk ends it the same way.
    previous = {sig: signal.signal(sig, on_sigterm) for sig in (signal.SIGTERM, signal.SIGINT)}

    def restore() -> None:
        wake.stop()
        wake.deleteLater()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore


def connect_pop_server(server: PopServer, window: DeskWindow) -> None:
    server.pop_requested.connect(window.on_pop)
    server.end_requested.connect(window.end_call)
    server.raise_requested.connect(window.bring_to_front)


def start_phone(
    runtime: Runtime, server: PopServer
) -> tuple[PhoneLink | None, SeatDeskError | None]:
    """The configured phone-system connector, delivering its calls as the socket's are."""
    from seatdesk.core.paths import app_paths
    from seatdesk.ui.phone_link import start_phone_link

    try:
        return start_phone_link(runtime, app_paths().config_file, server.deliver), None
    except SeatDeskError as exc:
        log.warning("phone connector not started: %s", exc)
        return None, exc


def show_phone(window: DeskWindow, link: PhoneLink | None, problem: SeatDeskError | None) -> None:
    from seatdesk.ui.phone_link import PhoneIndicator

    if link is None and problem is None:
        return
    indicator = PhoneIndicator()
    if link is not None:
        indicator.follow(link)
    elif problem is not None:
        indicator.show_problem(problem)
    window.add_status_widget(indicator)


class _AfterFirstPaint(QObject):
    """Calls `then` once `widget` has painted for the first time (it is on the screen)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def run_desk(runtime: Runtime, vault: VaultPaths, *, lang: str | None, demo: bool) -> int:
    app, language = application(lang)

    def already_running() -> int:
        inform(
            None,
            "SeatDesk",
            app.translate(
                "DeskApp",
                "SeatDesk is already running for this user; it has been brought to the front.",
            ),
        )
        return 0

    try:
        running = desk_answers()  # plain Python: the sign-in window does not wait for Qt's network
    except (SeatDeskError, OSError):
        running = False  # the server's own start reports what is wrong with the socket
    if running:
        return already_running()
    login = LoginDialog(runtime, vault)
    listening: list[PopServer] = []
    phone: list[tuple[PhoneLink | None, SeatDeskError | None]] = []
    waiting: list[str] = []  # a call that rings while the agent is still signing in

    def hold(number: str) -> None:
        waiting[:] = [number]

    def drop() -> None:
        waiting.clear()

    def listen() -> None:
        """Once the sign-in window is up: the screen-pop server (QtNetwork loads now)."""
        from seatdesk.ui.pop_server import PopServer, PopServerError

        server = PopServer()
        try:
            if not server.start():  # another desk started in the meantime
                login.reject()
                return
        except PopServerError as exc:
            log.warning("screen pop unavailable: %s", exc)
        server.pop_requested.connect(hold)
        server.end_requested.connect(drop)
        listening.append(server)
        phone.append(start_phone(runtime, server))  # a call may ring during sign-in

    after_first_paint = _AfterFirstPaint(login, listen)
    signed_in = login.exec() == QDialog.DialogCode.Accepted and login.session is not None
    after_first_paint.deleteLater()
    if not listening:  # signed in before the window first painted (or another desk listens)
        listen()
    if not listening:
        if login.session is not None:
            login.session.close()
        return already_running()
    server = listening[0]
    link, problem = phone[0]
    session = login.session if signed_in else None
    try:
        while session is not None:
            window = open_desk(session, language, demo)
            if window is None:
                return 0
            server.pop_requested.disconnect(hold)
            server.end_requested.disconnect(drop)
            show_phone(window, link, problem)
            code = _serve(app, server, window, waiting)
            if window.close_reason != "handover":
                return code
            # Shift handover: the next person signs in; a call that rings meanwhile waits.
            server.pop_requested.connect(hold)
            server.end_requested.connect(drop)
            login = LoginDialog(runtime, vault)
            accepted = login.exec() == QDialog.DialogCode.Accepted
            session = login.session if accepted else None
        return 0
    finally:
        if link is not None:
            link.stop()
        server.close()


def _serve(app: QApplication, server: PopServer, window: DeskWindow, waiting: list[str]) -> int:
    """One person's desk, from their sign-in to the window's close: screen pops, SIGTERM and the
    OS screen lock connected to it, and disconnected again when it closes."""
    from seatdesk.ui.os_lock import ScreenLockMonitor

    connect_pop_server(server, window)
    if waiting:
        window.on_pop(waiting.pop())
    restore = install_sigterm_handler(app, window)
    monitor = ScreenLockMonitor(window, window)
    monitor.locked.connect(window.lock)
    if not monitor.available:
        log.info("OS screen lock not observable here; the idle lock applies")
    try:
        return int(app.exec())
    finally:
        restore()
        server.pop_requested.disconnect(window.on_pop)
        server.end_requested.disconnect(window.end_call)
        server.raise_requested.disconnect(window.bring_to_front)
        window.deleteLater()
