"""First sign-in (or after a reset): the initial password must be replaced before any work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from seatdesk.core.errors import SeatDeskError
from seatdesk.ui.dialog_kit import error_label, ok_cancel_buttons, password_edit
from seatdesk.ui.error_text import error_text

if TYPE_CHECKING:
    from seatdesk.services.factory import Services


class ChangePasswordDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("SeatDesk — change your password"))
        intro = QLabel(
            self.tr(
                "Your password was set by an administrator. Choose your own now "
                "(at least %1 characters, not your staff ID)."
            ).replace("%1", str(services.who.policy.limits.password_min_length))
        )
        intro.setWordWrap(True)
        self.first = password_edit("newPasswordEdit", self.tr("New password"))
        self.second = password_edit("repeatPasswordEdit", self.tr("Repeat"))
        self.error = error_label("passwordError")
        form = QFormLayout()
        form.addRow(self.tr("New password"), self.first)
        form.addRow(self.tr("Repeat"), self.second)
        buttons = ok_cancel_buttons(self, self.tr("OK"), self.tr("Cancel"))
        buttons.accepted.connect(self.change)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def change(self) -> None:
        first, second = self.first.text(), self.second.text()
        self.first.clear()
        self.second.clear()
        if first != second:
            self.error.setText(self.tr("The two passwords differ."))
            return
        try:
            self._services.set_own_password(first)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
