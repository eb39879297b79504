"""The small parts every dialog is built from: OK/Cancel buttons, the error line and the line
edits. A leaf: it imports PySide6 (and the style, PySide6 only), so that the sign-in window can
use it without loading the services (their cryptography) before it shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from seatdesk.ui.style import set_tone


def ok_cancel_buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """OK and Cancel with the dialog's own words; Cancel rejects, OK is for the caller."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    box.rejected.connect(dialog.reject)
    return box


def button_row(*widgets: QWidget) -> QHBoxLayout:
    """Buttons side by side at their own width, from the left: a window's actions are never
    stretched across it."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch()
    return row


def error_label(name: str = "dialogError") -> QLabel:
    """The red line under a form that says what went wrong."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    set_tone(label, "error")
    return label


def line_edit(name: str, accessible: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if accessible:
        edit.setAccessibleName(accessible)
    return edit


def password_edit(name: str, accessible: str = "") -> QLineEdit:
    """A line edit that never shows what is typed."""
    edit = line_edit(name, accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: dict[QMessageBox.StandardButton, str],
) -> QMessageBox:
    """A message box whose buttons say the desk's own (translated) words: Qt's "OK", "Yes" and
    "No" would stay English, as no Qt translation is shipped."""
    standard = QMessageBox.StandardButton.NoButton
    for button in buttons:
        standard |= button
    box = QMessageBox(icon, title, text, standard, parent)
    box.setObjectName("messageBox")
    for button, label in buttons.items():
        box.button(button).setText(label)
    return box


def inform(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon | None = None
) -> None:
    ok = QCoreApplication.translate("DialogKit", "OK")
    box = _box(parent, icon or QMessageBox.Icon.Information, title, text, {_OK: ok})
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or no; no is the default."""
    yes = QCoreApplication.translate("DialogKit", "Yes")
    no = QCoreApplication.translate("DialogKit", "No")
    box = _box(parent, QMessageBox.Icon.Question, title, text, {_YES: yes, _NO: no})
    box.setDefaultButton(_NO)
    return box.exec() == _YES


_OK = QMessageBox.StandardButton.Ok
_YES = QMessageBox.StandardButton.Yes
_NO = QMessageBox.StandardButton.No
