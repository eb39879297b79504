"""The desk's notifications: a new incident, a deadline gone overdue, a visitor overstaying, an
agent asking for an approval, shown on the desk's notice line and, where the desktop has a
system tray, as a tray message (references and staff names only: no customer or visitor detail
leaves the window)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QSystemTrayIcon, QWidget

from seatdesk.services.notifications import Notice

translate = QCoreApplication.translate


def notice_text(notice: Notice) -> str:
    deadline = {
        "confirm": translate("Notifier", "confirming it"),
        "initial_report": translate("Notifier", "the initial report to the regulator"),
        "closure_report": translate("Notifier", "the closure report"),
    }.get(notice.what, notice.what)
    words = {
        "incident.new": translate("Notifier", "New incident %1"),
        "incident.overdue": translate("Notifier", "Incident %1: the deadline for %2 has passed"),
        "visitor.overstay": translate("Notifier", "Visitor %1 is past their expected departure"),
        "partner.expiring": translate("Notifier", "Partner agreement %1 expires on %2"),
        "approval.asked": translate("Notifier", "%3 at seat %4 asks for an approval"),
    }.get(notice.kind, notice.kind)
    return (
        words.replace("%1", notice.ref)
        .replace("%2", deadline)
        .replace("%3", notice.who)
        .replace("%4", notice.seat)
    )


class Notifier(QObject):
    def __init__(self, window: QWidget, line: QLabel) -> None:
        super().__init__(window)
        self._line = line
        self.shown: list[str] = []
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(window.windowIcon(), self)
            self._tray.setToolTip("SeatDesk")
            self._tray.show()

    def show(self, notices: Sequence[Notice]) -> None:
        if not notices:
            return
        texts = [notice_text(n) for n in notices]
        self.shown += texts
        self._line.setText(" · ".join(texts))
        if self._tray is not None:
            self._tray.showMessage("SeatDesk", "\n".join(texts))

    def stop(self) -> None:
        if self._tray is not None:
            self._tray.hide()
