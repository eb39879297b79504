"""The lock screen: no customer data, a password to come back, and "report incident"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from seatdesk.ui.style import danger_button, set_heading, set_tone


class LockScreen(QWidget):
    unlock_requested = Signal(str)
    report_requested = Signal()

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("SeatDesk is locked"))
        title.setObjectName("lockTitle")
        set_heading(title, 1)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = QLabel()
        self.reason.setObjectName("lockReason")
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        person = QLabel(who)
        person.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self._unlock)
        unlock = QPushButton(self.tr("Unlock"))
        unlock.setObjectName("unlockButton")
        unlock.clicked.connect(self._unlock)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        set_tone(self.error, "error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        report = QPushButton(self.tr("Report incident"))
        report.setObjectName("lockReportButton")
        danger_button(report)
        report.clicked.connect(self.report_requested)

        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.password)
        row.addWidget(unlock)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(title)
        layout.addWidget(self.reason)
        layout.addWidget(person)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(report, 0, Qt.AlignmentFlag.AlignHCenter)

    def _unlock(self) -> None:
        password = self.password.text()
        self.password.clear()
        self.unlock_requested.emit(password)

    def show_locked(self, reason: str) -> None:
        """Why the desk locked; the password field takes the focus."""
        reasons = {
            "idle": self.tr("Locked after inactivity."),
            "manual": self.tr("Locked by you."),
            "os_lock": self.tr("Locked with the screen."),
            "session_switch": self.tr("Locked when the session switched."),
            "account_disabled": self.tr("Locked: the hall disabled this account."),
        }
        self.reason.setText(reasons.get(reason, ""))
        self.error.clear()
