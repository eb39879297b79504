"""管理 / Administration: the admin's desk (issue 17), never customer data. Accounts (add,
reset a password, disable; an account that may see customer data only with a security officer
there, who types their password and the first password, so the admin never knows it), backups
(the last one, and one now) and how the seat's keys are stored. Decided and audited in services."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.roles import Role
from seatdesk.services.countersign import Countersign, needs_countersign
from seatdesk.services.factory import Services
from seatdesk.services.staff import StaffInfo
from seatdesk.ui.dialog_kit import error_label, ok_cancel_buttons
from seatdesk.ui.error_text import error_text
from seatdesk.ui.tables import RowsModel, guarded_table, selected_row


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AccountDialog(QDialog):
    """A new account, or a new password for one: with the officer's approval where needed."""

    def __init__(
        self,
        reset: StaffInfo | None,
        parent: QWidget | None = None,
        role_label: Callable[[Role], str] = lambda role: role.value,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Reset password") if reset else self.tr("Add account"))
        self.setMinimumWidth(480)
        self.reset = reset
        self.staff_id = QLineEdit(reset.staff_id if reset else "")
        self.staff_id.setObjectName("accountStaffId")
        self.staff_id.setReadOnly(reset is not None)
        self.name = QLineEdit()
        self.name.setObjectName("accountName")
        self.role = QComboBox()
        self.role.setObjectName("accountRole")
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.approver = QLineEdit()
        self.approver.setObjectName("approverId")
        self.approver_password = _password_edit("approverPassword")
        self.first = _password_edit("firstPassword")
        self.repeat = _password_edit("firstPasswordRepeat")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Staff ID"), self.staff_id)
        if reset is None:
            form.addRow(self.tr("Name"), self.name)
            form.addRow(self.tr("Role"), self.role)
        self.approval_hint = QLabel(
            self.tr(
                "An account that may see customer data needs a security officer here: they type "
                "their staff ID and password, and the first password, which they hand to the "
                "person. The admin does not learn it."
            )
        )
        self.approval_hint.setWordWrap(True)
        form.addRow(self.approval_hint)
        form.addRow(self.tr("Approving officer"), self.approver)
        form.addRow(self.tr("Officer's password"), self.approver_password)
        form.addRow(self.tr("First password"), self.first)
        form.addRow(self.tr("Repeat it"), self.repeat)
        buttons = ok_cancel_buttons(
            self, self.tr("Reset") if reset else self.tr("Add"), self.tr("Cancel")
        )
        buttons.accepted.connect(self.accept_if_complete)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def role_chosen(self) -> Role:
        return self.reset.role if self.reset else Role(str(self.role.currentData()))

    def countersign(self) -> Countersign:
        approver = self.approver.text().strip()
        if not approver:
            return Countersign()
        password = self.approver_password.text()
        return Countersign(approver, lambda: password)

    def accept_if_complete(self) -> None:
        if not self.staff_id.text().strip():
            self.error.setText(self.tr("Give the staff ID."))
        elif self.first.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
        elif needs_countersign(self.role_chosen()) and not self.approver.text().strip():
            self.error.setText(self.tr("This account may see customer data: an officer approves."))
        else:
            self.accept()


class AdminWindow(QDialog):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        signed_out: Callable[[], None] = lambda: None,
        language: str = "zh_CN",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adminWindow")
        self.setWindowTitle(self.tr("Administration"))
        self._services = services
        self._signed_out = signed_out
        self._language = language
        self.tabs = QTabWidget()
        self.tabs.addTab(self._accounts_tab(), self.tr("Accounts"))
        self.tabs.addTab(self._backups_tab(), self.tr("Backups and keys"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(900, 560)
        self.load_accounts()

    # -- accounts -----------------------------------------------------------------------------
    def _accounts_tab(self) -> QWidget:
        self.accounts: RowsModel[StaffInfo] = RowsModel(
            [self.tr("Staff ID"), self.tr("Name"), self.tr("Role"), self.tr("State")],
            lambda i: [
                i.staff_id,
                i.display_name,
                self._role_label(i.role),
                self.tr("disabled")
                if i.disabled
                else self.tr("new")
                if i.must_change_password
                else self.tr("active"),
            ],
            parent=self,
        )
        self.accounts_table = guarded_table("adminAccounts", self.accounts, self.tr("Accounts"))
        add = QPushButton(self.tr("Add account…"))
        add.setObjectName("accountAdd")
        add.clicked.connect(lambda: self.run_account(AccountDialog(None, self, self._role_label)))
        reset = QPushButton(self.tr("Reset password…"))
        reset.setObjectName("accountReset")
        reset.clicked.connect(self._reset_selected)
        self.disable_id = QLineEdit()
        self.disable_id.setObjectName("disableStaffId")
        self.disable_id.setPlaceholderText(self.tr("Staff ID to disable"))
        disable = QPushButton(self.tr("Disable"))
        disable.setObjectName("accountDisable")
        disable.clicked.connect(self.disable_typed)
        self.accounts_said = QLabel()
        self.accounts_said.setObjectName("accountsSaid")
        self.accounts_error = error_label()
        row = QHBoxLayout()
        for widget in (add, reset):
            row.addWidget(widget)
        row.addStretch()
        row.addWidget(self.disable_id)
        row.addWidget(disable)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.accounts_table, 1)
        layout.addLayout(row)
        layout.addWidget(self.accounts_said)
        layout.addWidget(self.accounts_error)
        return tab

    def _role_label(self, role: Role) -> str:
        label = self._services.who.policy.roles.get(role)
        if label is None:
            return role.value
        return label.label_zh if self._language == "zh_CN" else label.label_en

    def load_accounts(self) -> None:
        try:
            self.accounts.set_items(self._services.staff.list())
        except SeatDeskError as exc:
            self.accounts_error.setText(error_text(exc))

    def _reset_selected(self) -> None:
        info = self.accounts.item(selected_row(self.accounts_table))
        if info is not None:
            self.run_account(AccountDialog(info, self, self._role_label))

    def run_account(self, dialog: AccountDialog, *, answered: bool = False) -> bool:
        """`answered`: the dialog was filled in already (tests, or a caller that showed it)."""
        if not answered and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        staff = self._services.staff
        staff_id = dialog.staff_id.text().strip()
        try:
            if dialog.reset is None:
                staff.add(
                    staff_id,
                    dialog.role_chosen().value,
                    dialog.name.text().strip(),
                    dialog.first.text(),
                    countersign=dialog.countersign(),
                )
                said = self.tr("Added %1: the password must be changed at first sign-in.")
            else:
                staff.set_password(staff_id, dialog.first.text(), countersign=dialog.countersign())
                said = self.tr("New password for %1: it must be changed at the next sign-in.")
        except SeatDeskError as exc:
            self.accounts_error.setText(error_text(exc))
            return False
        self.accounts_error.clear()
        self.accounts_said.setText(said.replace("%1", staff_id))
        self.load_accounts()
        return True

    def disable_typed(self) -> bool:
        staff_id = self.disable_id.text().strip()
        if not staff_id:
            return False
        try:
            self._services.disable_staff(staff_id)
        except SeatDeskError as exc:
            self.accounts_error.setText(error_text(exc))
            return False
        self.disable_id.clear()
        if not self._services.who.is_open:  # the seat's keys rotated: sign in again
            self.accept()
            self._signed_out()
            return True
        self.accounts_said.setText(self.tr("%1 disabled.").replace("%1", staff_id))
        self.load_accounts()
        return True

    # -- backups and keys ---------------------------------------------------------------------
    def _backups_tab(self) -> QWidget:
        self.last_backup = QLabel()
        self.last_backup.setObjectName("lastBackup")
        self.key_storage = QLabel()
        self.key_storage.setObjectName("keyStorage")
        self.key_storage.setWordWrap(True)
        now = QPushButton(self.tr("Back up now…"))
        now.setObjectName("backupNow")
        now.clicked.connect(self._choose_backup)
        self.backup_said = QLabel()
        self.backup_said.setObjectName("backupSaid")
        self.backup_said.setWordWrap(True)
        self.backup_error = error_label()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.last_backup)
        layout.addWidget(now)
        layout.addWidget(self.backup_said)
        layout.addWidget(self.backup_error)
        layout.addWidget(self.key_storage)
        layout.addStretch()
        self.show_backup_state()
        return tab

    def show_backup_state(self) -> None:
        due = self._services.reminders()
        policy = self._services.who.policy
        last = policy.hall_time(due.last_backup) if due.last_backup else self.tr("never")
        text = self.tr("Last backup: %1").replace("%1", last)
        if due.backup_due:
            text += " · " + self.tr("a backup is due")
        self.last_backup.setText(text)
        storage = self._services.who.key_storage
        self.key_storage.setText(
            self.tr("Keys: the device secret is in this computer's keyring.")
            if storage == "keyring"
            else self.tr(
                "Keys: no device secret (key storage none). The vault is protected by "
                "passwords alone."
            )
        )

    def _choose_backup(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up now…"), "seatdesk-backup.sdb", "SeatDesk backup (*.sdb)"
        )
        if name:
            self.back_up(Path(name))

    def back_up(self, out: Path) -> bool:
        try:
            report = self._services.backup(out)
        except SeatDeskError as exc:
            self.backup_error.setText(error_text(exc))
            return False
        self.backup_error.clear()
        self.backup_said.setText(
            self.tr("Backup written and checked: %1 (%2 customers)")
            .replace("%1", str(report.path))
            .replace("%2", str(report.counts.get("customers", 0)))
        )
        self.show_backup_state()
        return True
