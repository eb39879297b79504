"""个人信息保护影响评估 / Impact assessments: the security officer's tab of the register (PIPL
Art. 55-56): the list (overdue reviews marked), one assessment in full, and a form to add one.
What is valid, masked, audited and kept is decided in `services.assessments`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.assessments import (
    RESULTS,
    TRIGGERS,
    Assessment,
    AssessmentDue,
    attachment_digest,
)
from seatdesk.services.factory import Services
from seatdesk.ui.dialog_kit import error_label
from seatdesk.ui.error_text import error_text
from seatdesk.ui.tables import RowsModel, guarded_table

translate = QCoreApplication.translate


def trigger_words() -> dict[str, str]:
    """The Art. 55 cases in the interface's language."""
    return {
        "sensitive": translate("AssessmentRegister", "Sensitive personal information"),
        "automated_decision": translate("AssessmentRegister", "Automated decision-making"),
        "entrust_provide_disclose": translate(
            "AssessmentRegister", "Entrusting, providing to others, disclosing"
        ),
        "cross_border": translate("AssessmentRegister", "Providing abroad"),
        "major_impact": translate("AssessmentRegister", "Other processing with major impact"),
    }


def result_words() -> dict[str, str]:
    return {
        "approved": translate("AssessmentRegister", "Approved"),
        "approved_with_measures": translate("AssessmentRegister", "Approved with measures"),
        "refused": translate("AssessmentRegister", "Refused"),
    }


def due_text(due: tuple[AssessmentDue, ...]) -> str:
    """The access review's line on impact assessments."""
    if not due:
        return translate(
            "AssessmentRegister", "Impact assessments: none due for review or missing."
        )
    words = trigger_words()
    parts = [
        translate("AssessmentRegister", "%1: review due (%2, %3)")
        .replace("%1", words.get(d.trigger, d.trigger))
        .replace("%2", d.ref)
        .replace("%3", d.next_review)
        if d.why == "review_due"
        else translate("AssessmentRegister", "%1: no assessment").replace(
            "%1", words.get(d.trigger, d.trigger)
        )
        for d in due
    ]
    return translate("AssessmentRegister", "Impact assessments: %1").replace("%1", "; ".join(parts))


def add_assessment_tab(tabs: QTabWidget, services: Services) -> None:
    """The register's tab, for those who record assessments."""
    if has_permission(services.who.role, Permission.RECORD_ASSESSMENTS):
        tabs.addTab(
            AssessmentRegisterTab(services), translate("AssessmentRegister", "Impact assessments")
        )


class AssessmentRegisterTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentRegister")
        self._register = services.assessments
        today = self._register.today()
        self._today = QDate(today.year, today.month, today.day)
        self._day = today
        self.items: RowsModel[Assessment] = RowsModel(
            [
                translate("AssessmentRegister", "Ref"),
                translate("AssessmentRegister", "Assessed"),
                translate("AssessmentRegister", "Art. 55 case"),
                translate("AssessmentRegister", "Result"),
                translate("AssessmentRegister", "Next review"),
                translate("AssessmentRegister", "Scope"),
            ],
            self._cells,
            lambda a: a.overdue(today),
            self,
        )
        self.table = guarded_table(
            "assessmentList", self.items, translate("AssessmentRegister", "Impact assessments")
        )
        self.table.clicked.connect(lambda index: self.show_item(index.row()))
        self.detail = QLabel()
        self.detail.setObjectName("assessmentDetail")
        self.detail.setWordWrap(True)
        self.error = error_label("assessmentError")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(self._form())
        layout.addWidget(self.error)
        self.load()

    def _form(self) -> QFormLayout:
        self.assessed_on = self._date_edit(self._today)
        self.next_review = self._date_edit(self._today.addYears(1))
        self.scope = QLineEdit()
        self.scope.setObjectName("assessmentScope")
        self.scope.setPlaceholderText(translate("AssessmentRegister", "What processing"))
        self.trigger = QComboBox()
        triggers = trigger_words()
        for code in TRIGGERS:
            self.trigger.addItem(triggers[code], code)
        self.result = QComboBox()
        results = result_words()
        for code in RESULTS:
            self.result.addItem(results[code], code)
        self.measures = QLineEdit()
        self.measures.setObjectName("assessmentMeasures")
        self.reviewer = QLineEdit()
        self.reviewer.setObjectName("assessmentReviewer")
        self.attachment = ""
        self.attachment_said = QLabel(translate("AssessmentRegister", "none"))
        attach = QPushButton(translate("AssessmentRegister", "Choose file…"))
        attach.clicked.connect(self._choose_attachment)
        add = QPushButton(translate("AssessmentRegister", "Record assessment"))
        add.setObjectName("assessmentAdd")
        add.clicked.connect(self.add)
        attached = QHBoxLayout()
        attached.addWidget(self.attachment_said, 1)
        attached.addWidget(attach)
        attached.addWidget(add)
        form = QFormLayout()
        form.addRow(translate("AssessmentRegister", "Assessed on"), self.assessed_on)
        form.addRow(translate("AssessmentRegister", "Scope"), self.scope)
        form.addRow(translate("AssessmentRegister", "Art. 55 case"), self.trigger)
        form.addRow(translate("AssessmentRegister", "Result"), self.result)
        form.addRow(translate("AssessmentRegister", "Measures"), self.measures)
        form.addRow(translate("AssessmentRegister", "Reviewer"), self.reviewer)
        form.addRow(translate("AssessmentRegister", "Next review"), self.next_review)
        form.addRow(translate("AssessmentRegister", "Signed report (SHA-256)"), attached)
        return form

    @staticmethod
    def _date_edit(day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _cells(self, item: Assessment) -> list[str]:
        return [
            item.ref,
            item.assessed_on,
            trigger_words().get(item.trigger, item.trigger),
            result_words().get(item.result, item.result),
            translate("AssessmentRegister", "%1 (review due)").replace("%1", item.next_review)
            if item.overdue(self._day)
            else item.next_review,
            item.scope,
        ]

    def load(self) -> list[Assessment]:
        try:
            found = self._register.all()
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return []
        self.items.set_items(found)
        self.table.resizeColumnsToContents()
        return found

    def show_item(self, row: int) -> Assessment | None:
        item = self.items.item(row)
        if item is None:
            return None
        try:
            shown = self._register.show(item.ref)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return None
        self.detail.setText(
            translate(
                "AssessmentRegister",
                "%1 · measures: %2 · reviewer: %3 · report SHA-256: %4 · kept until %5",
            )
            .replace("%1", shown.ref)
            .replace("%2", shown.measures or "—")
            .replace("%3", shown.reviewer)
            .replace("%4", (shown.attachment_sha256 or "—")[:16])
            .replace("%5", shown.keep_until)
        )
        return shown

    def _choose_attachment(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("AssessmentRegister", "Signed report"), "", "PDF (*.pdf);;* (*)"
        )
        if name:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        try:
            self.attachment = attachment_digest(path)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        self.attachment_said.setText(self.attachment[:16] + "…")

    def add(self) -> Assessment | None:
        try:
            added = self._register.add(
                assessed_on=self.assessed_on.date().toString("yyyy-MM-dd"),
                scope=self.scope.text(),
                trigger=str(self.trigger.currentData()),
                result=str(self.result.currentData()),
                reviewer=self.reviewer.text(),
                next_review=self.next_review.date().toString("yyyy-MM-dd"),
                measures=self.measures.text(),
                attachment_sha256=self.attachment or None,
            )
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return None
        self.error.clear()
        for edit in (self.scope, self.measures, self.reviewer):
            edit.clear()
        self.trigger.setCurrentIndex(0)
        self.result.setCurrentIndex(0)
        self.attachment = ""
        self.attachment_said.setText(translate("AssessmentRegister", "none"))
        self.load()
        return added
