"""保密培训 / The training register, a tab of the officer's window: each person who must take a
course with their last pass, the day it is valid until and its standing (lapsed and never
highlighted); a training session recorded with each attendant's score, and results imported
from a centre's learning system as CSV (all or nothing, every bad row named)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.training import MAX_SCORE, Standing
from seatdesk.services.factory import Services
from seatdesk.services.training import CourseStatus, PersonTraining
from seatdesk.ui.dialog_kit import error_label, line_edit, ok_cancel_buttons
from seatdesk.ui.error_text import error_text
from seatdesk.ui.tables import RowsModel, guarded_table

translate = QCoreApplication.translate
Line = tuple[PersonTraining, CourseStatus]


def standing_text(standing: Standing) -> str:
    return {
        Standing.VALID: translate("TrainingRegister", "valid"),
        Standing.GRACE: translate("TrainingRegister", "in grace days"),
        Standing.LAPSED: translate("TrainingRegister", "lapsed"),
        Standing.NEVER: translate("TrainingRegister", "never passed"),
    }[standing]


class TrainingRegisterTab(QWidget):
    def __init__(self, services: Services, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self.people: list[PersonTraining] = []
        self.lines: RowsModel[Line] = RowsModel(
            [
                translate("TrainingRegister", "Staff ID"),
                translate("TrainingRegister", "Name"),
                translate("TrainingRegister", "Course"),
                translate("TrainingRegister", "Last passed"),
                translate("TrainingRegister", "Valid until"),
                translate("TrainingRegister", "Status"),
            ],
            lambda line: [
                line[0].staff_id,
                line[0].display_name,
                line[1].course.title(language),
                str(line[1].last_passed or "—"),
                str(line[1].valid_until or "—"),
                standing_text(line[1].standing),
            ],
            lambda line: line[1].standing is not Standing.VALID,
            self,
        )
        self.table = guarded_table(
            "trainingRegister", self.lines, translate("TrainingRegister", "Training register")
        )
        record = QPushButton(translate("TrainingRegister", "Record a session…"))
        record.setObjectName("trainingRecord")
        record.clicked.connect(self.record_session)
        imp = QPushButton(translate("TrainingRegister", "Import results (CSV)…"))
        imp.setObjectName("trainingImport")
        imp.clicked.connect(self._choose_import)
        self.said = QLabel()
        self.said.setObjectName("trainingSaid")
        self.said.setWordWrap(True)
        self.error = error_label("trainingError")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        buttons = QHBoxLayout()
        buttons.addWidget(record)
        buttons.addWidget(imp)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        layout.addWidget(self.error)
        self.load()

    def load(self) -> list[PersonTraining]:
        try:
            self.people = self._services.training.register()
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return []
        self.lines.set_items([(p, c) for p in self.people for c in p.courses])
        self.table.resizeColumnsToContents()
        return self.people

    def record_session(self) -> None:
        dialog = RecordTrainingDialog(self._services, self.people, self._language, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.said.setText(
                translate("TrainingRegister", "%1 result(s) recorded.").replace(
                    "%1", str(dialog.recorded)
                )
            )
            self.load()

    def _choose_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, translate("TrainingRegister", "Import results (CSV)…"), "", "CSV (*.csv)"
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Import `path`; every bad row listed, and then nothing imported."""
        try:
            report = self._services.import_training(path.read_bytes())
        except OSError:
            self.error.setText(translate("TrainingRegister", "The file cannot be read."))
            return False
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return False
        if report.errors:
            rows = "\n".join(
                translate("TrainingRegister", "Line %1: %2")
                .replace("%1", str(e.line))
                .replace("%2", _row_problem(e.column))
                for e in report.errors[:20]
            )
            self.said.clear()
            self.error.setText(
                translate("TrainingRegister", "Nothing imported: %1 bad row(s).").replace(
                    "%1", str(len(report.errors))
                )
                + "\n"
                + rows
            )
            return False
        self.error.clear()
        self.said.setText(
            translate("TrainingRegister", "%1 result(s) imported, %2 passed.")
            .replace("%1", str(report.imported))
            .replace("%2", str(report.passed))
        )
        self.load()
        return True


class RecordTrainingDialog(QDialog):
    """A session: course, day, trainer, and a score for each person who attended (ticked)."""

    def __init__(
        self,
        services: Services,
        people: list[PersonTraining],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordTrainingDialog")
        self.setWindowTitle(translate("TrainingRegister", "Record a training session"))
        self._services = services
        self.recorded = 0
        rules = services.who.policy.training
        self.course = QComboBox()
        for course in rules.courses:
            self.course.addItem(course.title(language), course.id)
        today = services.who.policy.visitors.today(services.who.clock.now())
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.trainer = line_edit("trainingTrainer", translate("TrainingRegister", "Trainer"))
        self.attendants = QTableWidget(len(people), 3)
        self.attendants.setObjectName("trainingAttendants")
        self.attendants.setHorizontalHeaderLabels(
            [
                translate("TrainingRegister", "Attended"),
                translate("TrainingRegister", "Name"),
                translate("TrainingRegister", "Score"),
            ]
        )
        self.attendants.verticalHeader().setVisible(False)
        self.scores: dict[str, QSpinBox] = {}
        for row, person in enumerate(people):
            item = QTableWidgetItem(person.staff_id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendants.setItem(row, 0, item)
            self.attendants.setItem(row, 1, QTableWidgetItem(person.display_name))
            score = QSpinBox()
            score.setRange(0, MAX_SCORE)
            score.setValue(MAX_SCORE)
            self.attendants.setCellWidget(row, 2, score)
            self.scores[person.staff_id] = score
        self.attendants.resizeColumnsToContents()
        self.attendants.horizontalHeader().setStretchLastSection(True)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(translate("TrainingRegister", "Course"), self.course)
        form.addRow(translate("TrainingRegister", "Day"), self.day)
        form.addRow(translate("TrainingRegister", "Trainer"), self.trainer)
        buttons = ok_cancel_buttons(
            self, translate("TrainingRegister", "Record"), translate("TrainingRegister", "Cancel")
        )
        buttons.accepted.connect(self.try_record)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.attendants, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _rows(self) -> list[QTableWidgetItem]:
        items = (self.attendants.item(row, 0) for row in range(self.attendants.rowCount()))
        return [item for item in items if item is not None]

    def attend(self, staff_id: str, score: int) -> None:
        for item in self._rows():
            if item.text() == staff_id:
                item.setCheckState(Qt.CheckState.Checked)
        self.scores[staff_id].setValue(score)

    def try_record(self) -> bool:
        results = []
        for item in self._rows():
            if item.checkState() == Qt.CheckState.Checked:
                results.append((item.text(), self.scores[item.text()].value()))
        if not results:
            self.error.setText(translate("TrainingRegister", "Tick who attended."))
            return False
        try:
            written = self._services.training.record(
                str(self.course.currentData()),
                _day(self.day.date()),
                self.trainer.text(),
                results,
            )
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return False
        self.recorded = len(written)
        self.accept()
        return True


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _row_problem(column: str) -> str:
    """What is wrong with a row, by the column the import named (its English stays in the
    command line's report)."""
    return {
        "staff_id": translate("TrainingRegister", "unknown staff ID (staff_id)"),
        "course": translate("TrainingRegister", "unknown course (course)"),
        "date": translate("TrainingRegister", "not a date as YYYY-MM-DD, or in the future (date)"),
        "score": translate("TrainingRegister", "not a score from 0 to 100 (score)"),
    }.get(
        column,
        translate(
            "TrainingRegister",
            "a duplicate, already on the register, or the wrong number of cells",
        ),
    )
