"""What the desk shows of the visitor register, through the narrow `DeskHost` protocol: for
everyone, a status-bar indicator while visitors are in the hall (the seat then runs strict
masking); for supervisors and security officers, the "Visitors" button and shortcut, and the
end-of-day sign-out when closing time passes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.visitors import VisitorDesk
from seatdesk.ui.desk_host import DeskHost
from seatdesk.ui.error_text import error_text
from seatdesk.ui.style import COLOURS, badge_style
from seatdesk.ui.visitors.window import VisitorsWindow

SHORTCUT = "Ctrl+Shift+G"


class VisitorHallLink(QObject):
    def __init__(self, host: DeskHost) -> None:
        super().__init__(host.host_widget())
        self.host = host
        self.desk: VisitorDesk = host.services.visitors
        self.may_register = has_permission(host.services.who.role, Permission.REGISTER_VISITORS)
        self.visitors_window: VisitorsWindow | None = None
        self.indicator = QLabel()
        self.indicator.setObjectName("visitorIndicator")
        self.indicator.setStyleSheet(badge_style(COLOURS["strict"], bold=True))
        self.indicator.hide()
        host.add_status_widget(self.indicator)
        self.button: QPushButton | None = None
        if self.may_register:
            self.button = QPushButton(self.tr("Visitors…"))
            self.button.setObjectName("visitorsButton")
            self.button.setToolTip(self.tr("Visitor register (%1)").replace("%1", SHORTCUT))
            self.button.clicked.connect(self.open_window)
            host.add_call_bar_button(self.button)
            host.add_shortcut(SHORTCUT, self.open_window, self.tr("Visitor register"))
        self._count = 0

    def refresh(self) -> int:
        """Bring the indicator up to date now (through the desk's tick); returns the count."""
        self.host.tick()
        return self._count

    def show_count(self, count: int) -> None:
        self._count = count
        self.indicator.setVisible(count > 0)
        self.indicator.setText(
            self.tr("Visitors in the hall: %1 · strict masking").replace("%1", str(count))
        )

    def day_closed(self, signed_out: int) -> None:
        """Closing time passed with visitors still signed in: the tick signed them out, flagged."""
        self.host.show_status(
            self.tr(
                "Closing time: %1 visitor(s) still in the hall were signed out and flagged."
            ).replace("%1", str(signed_out)),
            15000,
        )
        if self.visitors_window is not None and self.visitors_window.isVisible():
            self.visitors_window.refresh()

    def open_window(self) -> VisitorsWindow | None:
        if not self.may_register or self.host.is_locked:
            return None
        if self.visitors_window is None or not self.visitors_window.isVisible():
            if self.visitors_window is not None:
                self.visitors_window.deleteLater()
            try:
                self.visitors_window = VisitorsWindow(
                    self.host.services,
                    self.host.language,
                    self.host.watermark_text,
                    self.host.host_widget(),
                )
            except SeatDeskError as exc:
                self.host.show_status(error_text(exc), 8000)
                return None
            self.visitors_window.changed.connect(self.refresh)
        self.visitors_window.show()
        self.visitors_window.raise_()
        self.visitors_window.activateWindow()
        return self.visitors_window

    def stop(self) -> None:
        """The desk closes: no more queries on its session."""
        if self.visitors_window is not None:
            self.visitors_window.done(QDialog.DialogCode.Rejected)
