"""The forms of the 2025 reporting rules on the incident board: grading from the number of
people affected (an override needs a reason), and the initial, supplementary and closure reports
(the fields of Art. 7 and of the closure report). Thin: the services check and store them; a
refusal is shown on the form, which stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.incident_reports import REPORT_FIELDS, suggest_severity
from seatdesk.services.incidents import SEVERITIES
from seatdesk.ui.dialog_kit import error_label, ok_cancel_buttons
from seatdesk.ui.error_text import error_text
from seatdesk.ui.incident_words import field_label, word
from seatdesk.ui.style import set_tone

MAX_PEOPLE = 2_000_000_000


class ReportFormDialog(QDialog):
    """One report's form; `submit(fields)` files it (raising SeatDeskError to refuse)."""

    def __init__(
        self,
        kind: str,
        reference: str,
        submit: Callable[[dict[str, str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportForm")
        self._submit = submit
        self.setWindowTitle(
            self.tr("%1 — %2").replace("%1", word("report", kind)).replace("%2", reference)
        )
        intro = QLabel(
            {
                "initial": self.tr(
                    "Art. 7 items 1–2: what the regulator needs first, within the deadline."
                ),
                "supplement": self.tr("Art. 7 items 3–7: fill what is known now; add more later."),
                "closure": self.tr("Due within 30 days after handling ended (contained)."),
            }[kind]
        )
        intro.setWordWrap(True)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        for name in REPORT_FIELDS[kind]:
            edit: QLineEdit | QPlainTextEdit
            if name == "occurred_at":
                edit = QLineEdit()
                edit.setPlaceholderText("2026-01-01 09:30")
            else:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(54)
            edit.setObjectName(f"reportField_{name}")
            edit.setAccessibleName(field_label(kind, name))
            self.fields[name] = edit
            form.addRow(field_label(kind, name), edit)
        self.error = error_label()
        buttons = ok_cancel_buttons(self, self.tr("File report"), self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def form(self) -> dict[str, str]:
        return {
            name: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            for name, edit in self.fields.items()
        }

    def _check(self) -> None:
        try:
            self._submit(self.form())
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class GradeDialog(QDialog):
    """The number of people affected suggests the grade; another grade needs a reason.
    `submit(people, severity or None, reason)` grades (raising SeatDeskError to refuse)."""

    def __init__(
        self,
        reference: str,
        submit: Callable[[int, str | None, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gradeDialog")
        self._submit = submit
        self.setWindowTitle(self.tr("Grade %1").replace("%1", reference))
        self.people = QSpinBox()
        self.people.setObjectName("gradePeople")
        self.people.setRange(0, MAX_PEOPLE)
        self.people.setGroupSeparatorShown(True)
        self.people.setAccessibleName(self.tr("People affected"))
        self.suggested = QLabel()
        self.suggested.setObjectName("gradeSuggested")
        self.override = QComboBox()
        self.override.setObjectName("gradeOverride")
        self.override.addItem(self.tr("As suggested"), "")
        for code in SEVERITIES:
            self.override.addItem(word("severity", code), code)
        self.reason = QLineEdit()
        self.reason.setObjectName("gradeReason")
        self.reason.setPlaceholderText(self.tr("Why another grade (needed for an override)"))
        self.error = error_label()
        buttons = ok_cancel_buttons(self, self.tr("Set grade"), self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("People affected"), self.people)
        form.addRow(self.tr("Suggested grade"), self.suggested)
        form.addRow(self.tr("Grade"), self.override)
        form.addRow(self.tr("Reason"), self.reason)
        hint = QLabel(
            self.tr("From 1,000,000 people: major; 10,000,000: serious; 100,000,000: critical.")
        )
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.people.valueChanged.connect(lambda _: self._suggest())
        self._suggest()
        self.setMinimumWidth(480)

    def _suggest(self) -> None:
        self.suggested.setText(word("severity", suggest_severity(self.people.value())))

    def _check(self) -> None:
        chosen = str(self.override.currentData()) or None
        try:
            self._submit(self.people.value(), chosen, self.reason.text())
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
