"""Sign-in: staff ID and password; the error says what happened but never which part was wrong."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from seatdesk.core.errors import AccountLockedError, AuthenticationError, SeatDeskError
from seatdesk.ui.dialog_kit import error_label, line_edit, ok_cancel_buttons, password_edit
from seatdesk.ui.error_text import error_text
from seatdesk.ui.style import set_tone

if TYPE_CHECKING:  # the services load when someone signs in, not before the window shows
    from seatdesk.services.door import SignedIn
    from seatdesk.services.runtime import Runtime, VaultPaths


class LoginDialog(QDialog):
    def __init__(self, runtime: Runtime, vault: VaultPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runtime = runtime
        self._vault = vault
        self.session: SignedIn | None = None
        self.setWindowTitle(self.tr("SeatDesk — sign in"))
        self.setObjectName("loginDialog")

        heading = QLabel(self.tr("Customer information stays on this seat."))
        heading.setObjectName("loginHeading")
        self.staff_id = line_edit("staffIdEdit")
        self.password = password_edit("passwordEdit")
        self.error = error_label("loginError")

        form = QFormLayout()
        form.addRow(self.tr("Staff ID"), self.staff_id)
        form.addRow(self.tr("Password"), self.password)
        buttons = ok_cancel_buttons(self, self.tr("Sign in"), self.tr("Cancel"))
        buttons.accepted.connect(self.try_sign_in)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # The file's name is enough to tell vaults apart; its folder (often a user's home or a
        # temporary folder) is in the tooltip for whoever supports the seat.
        vault_label = QLabel(self.tr("Vault: %1").replace("%1", vault.vault.name))
        vault_label.setObjectName("vaultLabel")
        vault_label.setToolTip(str(vault.vault))
        set_tone(vault_label, "small")
        layout.addWidget(vault_label)
        self.setMinimumWidth(420)
        self.staff_id.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_sign_in(self) -> None:
        staff_id = self.staff_id.text().strip()
        password = self.password.text()
        self.password.clear()
        if not staff_id or not password:
            self.error.setText(self.tr("Enter your staff ID and password."))
            return
        from seatdesk.services.door import sign_in

        try:
            self.session = sign_in(self._runtime, self._vault, staff_id, password)
        except AccountLockedError as exc:
            if exc.code == "auth.lockout_tampered":  # not this account's failures: say what
                self.error.setText(error_text(exc))
                return
            self.error.setText(
                self.tr(
                    "This account is locked after repeated failed sign-ins. Try again later "
                    "or ask your administrator."
                )
            )
            return
        except AuthenticationError:
            self.error.setText(
                self.tr("Staff ID or password is wrong, or the account is disabled.")
            )
            return
        except SeatDeskError as exc:
            self.error.setText(
                self.tr("The vault cannot be opened: %1").replace("%1", error_text(exc))
            )
            return
        self.accept()
