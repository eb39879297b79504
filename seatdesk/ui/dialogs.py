"""Small dialogs of the agent desk: reveal reason, seat authorisation, verify, agreement, report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.model import RevealReason
from seatdesk.services.agreement import AgreementText
from seatdesk.services.record_desk import MaskedRecord
from seatdesk.services.reveal import Approval
from seatdesk.services.verification import VerifyDesk, VerifyOutcome
from seatdesk.services.verify_modes import VERIFY_MODES
from seatdesk.ui.approval_ask import AskHooks, AskPanel
from seatdesk.ui.dialog_kit import error_label, ok_cancel_buttons
from seatdesk.ui.error_text import error_text
from seatdesk.ui.field_rules import mark_protected
from seatdesk.ui.style import set_heading
from seatdesk.ui.watermark import Watermark


class RevealReasonDialog(QDialog):
    """Why the stored value is needed (policy list plus free text)."""

    def __init__(
        self,
        reasons: tuple[RevealReason, ...],
        language: str,
        on_call: bool,
        parent: QWidget | None = None,
        *,
        what: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revealReasonDialog")
        self.setWindowTitle(self.tr("Reveal — reason"))
        self.setMinimumWidth(460)
        heading = QLabel(what)  # which field of which customer (masked names only)
        heading.setObjectName("revealWhat")
        set_heading(heading, 3)
        heading.setVisible(bool(what))
        self.reason = QComboBox()
        self.reason.setObjectName("reasonCombo")
        self.reason.setAccessibleName(self.tr("Reason"))
        for item in reasons:
            self.reason.addItem(item.label_zh if language == "zh_CN" else item.label_en, item.code)
        if not on_call:  # no reason is presumed outside a call (the first one is about the caller)
            self.reason.setPlaceholderText(self.tr("Choose a reason"))
            self.reason.setCurrentIndex(-1)
        self.note = QLineEdit()
        self.note.setObjectName("reasonNote")
        self.note.setAccessibleName(self.tr("Explanation"))
        hint = QLabel(
            self.tr("The value is shown for a few seconds and the reveal is recorded.")
            if on_call
            else self.tr(
                "No call with this customer is active: explain why, the reveal is flagged."
            )
        )
        hint.setWordWrap(True)
        self.error = error_label()
        self._on_call = on_call
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Explanation"), self.note)
        buttons = ok_cancel_buttons(self, self.tr("Reveal"), self.tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        if self.reason.currentIndex() < 0:
            self.error.setText(self.tr("Choose a reason for the reveal."))
            return
        if not self._on_call and not self.note.text().strip():
            self.error.setText(self.tr("Outside a call an explanation is required."))
            return
        self.accept()

    def choice(self) -> tuple[str, str]:
        return str(self.reason.currentData()), self.note.text()


class ApprovalDialog(QDialog):
    """双人复核: the supervisor (or security officer) signs at this seat; on a seat of a hall the
    agent may also ask for them through the hall (`ask`) and wait here until one comes."""

    def __init__(
        self,
        role_label: str,
        authorise: Callable[[str, str], Approval],
        parent: QWidget | None = None,
        *,
        purpose: str = "reveal",
        ask: AskHooks | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Authorisation at the seat"))
        self.setMinimumWidth(460)
        self._authorise = authorise
        self.approval: Approval | None = None
        intro = QLabel(
            (
                self.tr(
                    "This export needs the authorisation of a %1. They enter their "
                    "staff ID and password here."
                )
                if purpose == "export"
                else self.tr(
                    "This reveal needs the authorisation of a %1. They enter their "
                    "staff ID and password here."
                )
            ).replace("%1", role_label)
        )
        intro.setWordWrap(True)
        self.staff_id = QLineEdit()
        self.staff_id.setObjectName("approverIdEdit")
        self.staff_id.setAccessibleName(self.tr("Approver staff ID"))
        self.password = QLineEdit()
        self.password.setObjectName("approverPasswordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Approver password"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Staff ID"), self.staff_id)
        form.addRow(self.tr("Password"), self.password)
        buttons = ok_cancel_buttons(self, self.tr("Authorise"), self.tr("Cancel"))
        buttons.accepted.connect(self.try_authorise)
        self.ask_panel = AskPanel(ask, self) if ask is not None else None
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if self.ask_panel is not None:
            layout.addWidget(self.ask_panel)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        # Closed without a signature: a request still waiting at the hall is withdrawn.
        if self.ask_panel is not None and self.approval is None:
            self.ask_panel.cancel()
        super().done(result)

    def try_authorise(self) -> None:
        password = self.password.text()
        self.password.clear()
        panel = self.ask_panel
        authorise = panel.authorise if panel is not None and panel.open_request else self._authorise
        try:
            self.approval = authorise(self.staff_id.text().strip(), password)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            self.adjustSize()  # a wrapped error grows the dialog instead of covering the form
            return
        self.accept()


class VerifyDialog(QDialog):
    """The caller says a value; the agent types it and sees only match or no match."""

    def __init__(
        self,
        record: MaskedRecord,
        desk: VerifyDesk,
        language: str,
        field: str = "",
        parent: QWidget | None = None,
        watermark: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Verify without revealing"))
        self.setMinimumWidth(480)
        heading = QLabel(self.tr("Customer %1").replace("%1", record.customer_no))
        heading.setObjectName("verifyCustomer")
        set_heading(heading, 3)
        self._record = record
        self._desk = desk
        self.field = QComboBox()
        self.field.setObjectName("verifyField")
        self.field.setAccessibleName(self.tr("Field to verify"))
        for item in record.fields:
            if item.verifiable and item.key in VERIFY_MODES:
                label = item.label_zh if language == "zh_CN" else item.label_en
                self.field.addItem(f"{label}  {item.text}", item.key)
        if field:
            self.field.setCurrentIndex(max(self.field.findData(field), 0))
        self.mode = QComboBox()
        self.mode.setObjectName("verifyMode")
        self.mode.setAccessibleName(self.tr("What the caller gives"))
        self.answer = QLineEdit()
        mark_protected(self.answer)  # what the caller says is a protected value
        self.answer.setObjectName("verifyAnswer")
        self.answer.setAccessibleName(self.tr("What the caller says"))
        self.answer.setEchoMode(QLineEdit.EchoMode.Password)
        self.verdict = QLabel()
        self.verdict.setObjectName("verifyResult")
        self.verdict.setWordWrap(True)  # a refusal (the hall away) is a sentence or two
        set_heading(self.verdict, 2)
        # Enter in the entry presses the default button, and only that: one Enter, one attempt.
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("verifyCheck")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.field.currentIndexChanged.connect(self._field_changed)
        form = QFormLayout()
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("Caller gives"), self.mode)
        form.addRow(self.tr("Caller says"), self.answer)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        buttons = QDialogButtonBox()  # one right-aligned row, as in every other dialog
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.outcome: VerifyOutcome | None = None
        self._field_changed()
        self.answer.setFocus()
        if watermark is not None:  # it lists masked values: marked like the desk
            self.watermark = Watermark(self, watermark)

    def _mode_names(self) -> dict[str, str]:
        return {
            "full": self.tr("the full value"),
            "last6": self.tr("the last 6 characters"),
            "last4": self.tr("the last 4 digits"),
        }

    def _field_changed(self) -> None:
        key = str(self.field.currentData())
        self.mode.clear()
        for mode in VERIFY_MODES.get(key, ()):
            self.mode.addItem(self._mode_names()[mode], mode)
        left = self._desk.remaining(self._record.customer_id, key)
        self.check_button.setEnabled(left > 0)
        self.verdict.setText(self.tr("%1 attempt(s) left on this call").replace("%1", str(left)))
        set_heading(self.verdict, 4)

    def check(self) -> None:
        typed = self.answer.text()
        self.answer.clear()
        self.answer.setFocus()
        if not typed.strip():  # nothing typed is never an attempt
            self.verdict.setText(self.tr("Type what the caller says first."))
            set_heading(self.verdict, 4)
            return
        key = str(self.field.currentData())
        try:
            outcome = self._desk.verify(
                self._record.customer_id, key, typed, str(self.mode.currentData())
            )
        except SeatDeskError as exc:
            self.verdict.setText(error_text(exc))
            set_heading(self.verdict, 4)
            self.adjustSize()  # the sentence may wrap: the dialog grows to show it
            return
        self.outcome = outcome
        left = self.tr("%1 attempt(s) left").replace("%1", str(outcome.remaining))
        if outcome.at_hall:
            left = self.tr("%1 attempt(s) left (counted by the hall)").replace(
                "%1", str(outcome.remaining)
            )
        if outcome.at_hall and not outcome.compared:
            text, tone = "✘ " + self.tr("Locked by the hall for this call: not checked"), "error"
        elif outcome.no_data:
            text, tone = self.tr("Nothing stored to compare with"), "muted"
        elif outcome.matched:
            text, tone = "✔ " + self.tr("Match") + " · " + left, "ok"
        elif outcome.locked and outcome.remaining == 0 and not outcome.matched:
            text, tone = "✘ " + self.tr("No match — check locked for this call"), "error"
        else:
            text, tone = "✘ " + self.tr("No match") + " · " + left, "error"
        self.verdict.setText(text)
        set_heading(self.verdict, 2, tone)
        self.check_button.setEnabled(outcome.remaining > 0)


class AgreementDialog(QDialog):
    """Read the confidentiality agreement and confirm by typing your staff ID."""

    def __init__(self, text: AgreementText, staff_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Confidentiality agreement"))
        self._staff_id = staff_id
        body = QTextBrowser()
        body.setObjectName("agreementText")
        body.setMarkdown(text.text)
        self.read = QCheckBox(self.tr("I have read the agreement and accept it"))
        self.read.setObjectName("agreementRead")
        self.typed = QLineEdit()
        self.typed.setObjectName("agreementStaffId")
        self.typed.setAccessibleName(self.tr("Type your staff ID to confirm"))
        self.typed.setPlaceholderText(self.tr("Type your staff ID to confirm"))
        buttons = ok_cancel_buttons(self, self.tr("Accept"), self.tr("Cancel"))
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        self.read.toggled.connect(self._update)
        self.typed.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.read)
        layout.addWidget(self.typed)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _update(self) -> None:
        self._ok.setEnabled(self.read.isChecked() and self.typed.text().strip() == self._staff_id)
