"""Small dialogs of the visitor register: the confidentiality notice, sign-out with the badge,
the security officer's watch-list override, watch-list entries and reasons."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.visitors import (
    VisitorDesk,
    VisitorView,
    WatchHit,
    WatchOverride,
    load_visitor_notice,
)
from seatdesk.ui.dialog_kit import error_label, ok_cancel_buttons
from seatdesk.ui.error_text import error_text
from seatdesk.ui.style import set_tone


class NoticeDialog(QDialog):
    """The confidentiality notice, shown to the visitor on the screen, in Chinese or English."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitorNoticeDialog")
        self.setWindowTitle(self.tr("Confidentiality notice for visitors"))
        self.language = language
        self.body = QTextBrowser()
        self.body.setObjectName("visitorNoticeText")
        self.switch = QPushButton()
        self.switch.setObjectName("visitorNoticeLanguage")
        self.switch.clicked.connect(self._toggle)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox()  # one right-aligned row, as in every other dialog
        buttons.addButton(self.switch, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self._show(language)
        self.resize(620, 560)

    def _show(self, language: str) -> None:
        self.language = language
        self.body.setMarkdown(load_visitor_notice(language).text)
        self.switch.setText("English" if language == "zh_CN" else "中文")

    def _toggle(self) -> None:
        self._show("en" if self.language == "zh_CN" else "zh_CN")


class SignOutDialog(QDialog):
    """The visitor leaves: was the badge handed back?"""

    def __init__(self, view: VisitorView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitorSignOutDialog")
        self.setWindowTitle(self.tr("Sign out a visitor"))
        intro = QLabel(
            self.tr("Sign out %1 (%2), badge %3?")
            .replace("%1", view.name)
            .replace("%2", view.organisation)
            .replace("%3", view.badge)
        )
        intro.setWordWrap(True)
        self.returned = QCheckBox(self.tr("Badge returned"))
        self.returned.setObjectName("badgeReturned")
        self.returned.setChecked(True)
        buttons = ok_cancel_buttons(self, self.tr("Sign out"), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.returned)
        layout.addWidget(buttons)


class OverrideDialog(QDialog):
    """A watch-list match: only a security officer lets the visitor in, with a reason. One signed
    in here confirms; anyone else needs the officer at the seat with staff ID and password."""

    def __init__(self, desk: VisitorDesk, hits: tuple[WatchHit, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("watchOverrideDialog")
        self.setWindowTitle(self.tr("Watch list: entry blocked"))
        self._desk = desk
        self.override: WatchOverride | None = None
        reasons = "\n".join(f"· {hit.reason}" for hit in hits)
        intro = QLabel(
            self.tr(
                "This visitor matches the watch list. They may enter only if a security "
                "officer overrides the match and gives a reason.\n\n%1"
            ).replace("%1", reasons)
        )
        intro.setObjectName("watchOverrideIntro")
        intro.setWordWrap(True)
        set_tone(intro, "alert")
        self.self_approval = desk.can_override_here()
        self.staff_id = QLineEdit()
        self.staff_id.setObjectName("overrideStaffId")
        self.staff_id.setAccessibleName(self.tr("Security officer staff ID"))
        self.password = QLineEdit()
        self.password.setObjectName("overridePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Security officer password"))
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setAccessibleName(self.tr("Reason for the override"))
        self.error = error_label()
        form = QFormLayout()
        if not self.self_approval:
            form.addRow(self.tr("Security officer staff ID"), self.staff_id)
            form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = ok_cancel_buttons(self, self.tr("Override and let in"), self.tr("Keep blocked"))
        buttons.accepted.connect(self.try_override)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def try_override(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("Give the reason for the override."))
            return
        password = self.password.text()
        self.password.clear()
        try:
            if self.self_approval:
                approval = self._desk.authorise_override("", "")
            else:
                approval = self._desk.authorise_override(self.staff_id.text().strip(), password)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        self.override = WatchOverride(approval, self.reason.text().strip())
        self.accept()


class WatchEntryDialog(QDialog):
    """A new watch-list entry: an ID number (kept only as a keyed hash and a masked form) or a
    name with the organisation, and the reason (security officers)."""

    def __init__(self, desk: VisitorDesk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchEntryDialog")
        self.setWindowTitle(self.tr("Add to the watch list"))
        self._desk = desk
        self.by_id = QRadioButton(self.tr("By ID number"))
        self.by_id.setObjectName("watchById")
        self.by_id.setChecked(True)
        self.by_name = QRadioButton(self.tr("By name and organisation"))
        self.by_name.setObjectName("watchByName")
        self.id_type = QComboBox()
        self.id_type.setObjectName("watchIdType")
        for kind in desk.rules.id_types:
            self.id_type.addItem(kind.name if language == "zh_CN" else kind.label_en, kind.name)
        self.id_number = QLineEdit()
        self.id_number.setObjectName("watchIdNumber")
        self.id_number.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.name = QLineEdit()
        self.name.setObjectName("watchName")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("watchOrganisation")
        self.reason = QLineEdit()
        self.reason.setObjectName("watchReason")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.by_id)
        form.addRow(self.tr("ID type"), self.id_type)
        form.addRow(self.tr("ID number"), self.id_number)
        form.addRow(self.by_name)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = ok_cancel_buttons(self, self.tr("Add"), self.tr("Cancel"))
        buttons.accepted.connect(self.try_add)
        self.by_id.toggled.connect(self._mode)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._mode()
        self.setMinimumWidth(460)

    def _mode(self) -> None:
        by_id = self.by_id.isChecked()
        for widget in (self.id_type, self.id_number):
            widget.setEnabled(by_id)
        for widget in (self.name, self.organisation):
            widget.setEnabled(not by_id)

    def try_add(self) -> None:
        try:
            if self.by_id.isChecked():
                self._desk.add_watch_by_id(
                    str(self.id_type.currentData()), self.id_number.text(), self.reason.text()
                )
            else:
                self._desk.add_watch_by_name(
                    self.name.text(), self.organisation.text(), self.reason.text()
                )
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        finally:
            self.id_number.clear()
        self.accept()


class ReasonDialog(QDialog):
    """One line of reason (removing a watch-list entry, cancelling a pre-registration)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setAccessibleName(prompt)
        self.error = error_label()
        buttons = ok_cancel_buttons(self, self.tr("OK"), self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _check(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("A reason is required."))
            return
        self.accept()
