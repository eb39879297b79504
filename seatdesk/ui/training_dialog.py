"""保密培训考核 / The confidentiality assessment, taken by the person at their own desk: the
questions and their choices come from the service (never the answers), the service grades what
was chosen and records the result; the dialog shows the score against the pass mark."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.training import Course, Standing
from seatdesk.services.factory import Services
from seatdesk.services.training import CourseStatus, Result
from seatdesk.ui.desk_host import DeskHost
from seatdesk.ui.dialog_kit import error_label
from seatdesk.ui.error_text import error_text
from seatdesk.ui.style import set_tone

translate = QCoreApplication.translate


class AssessmentDialog(QDialog):
    def __init__(
        self, services: Services, course: Course, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self.setWindowTitle(translate("Assessment", "Confidentiality assessment"))
        self._services = services
        self.course = course
        self.graded: Result | None = None
        self.groups: dict[str, QButtonGroup] = {}
        intro = QLabel(
            translate(
                "Assessment",
                "%1: answer every question; %2 out of 100 passes. Your answers are graded and "
                "recorded when you submit.",
            )
            .replace("%1", course.title(language))
            .replace("%2", str(course.pass_mark))
        )
        intro.setWordWrap(True)
        body = QWidget()
        questions = QVBoxLayout(body)
        self.error = error_label("assessmentError")
        try:
            shown = services.training.assessment(course.id, language)
        except SeatDeskError as exc:
            shown = ()
            self.error.setText(error_text(exc))
        for number, question in enumerate(shown, start=1):
            box = QGroupBox()
            box.setObjectName(f"question_{question.id}")
            group = QButtonGroup(box)
            options = QVBoxLayout(box)
            text = QLabel(f"{number}. {question.text}")
            text.setWordWrap(True)
            set_tone(text, "strong")
            options.addWidget(text)
            for index, choice in enumerate(question.choices):
                button = QRadioButton(choice)
                group.addButton(button, index)
                options.addWidget(button)
            self.groups[question.id] = group
            questions.addWidget(box)
        questions.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outcome = QLabel()
        self.outcome.setObjectName("assessmentOutcome")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.submit_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.submit_button.setText(translate("Assessment", "Submit answers"))
        self.submit_button.setObjectName("assessmentSubmit")
        self.submit_button.clicked.connect(self.submit)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("Assessment", "Close")
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(820, 620)

    def choose(self, question_id: str, index: int) -> None:
        """Pick choice `index` (from 0) of a question (for tests and the keyboard alike)."""
        button = self.groups[question_id].button(index)
        button.setChecked(True)

    def submit(self) -> Result | None:
        answers = {qid: group.checkedId() for qid, group in self.groups.items()}
        unanswered = sum(1 for choice in answers.values() if choice < 0)
        if unanswered:
            self.error.setText(
                translate("Assessment", "%1 question(s) not answered yet.").replace(
                    "%1", str(unanswered)
                )
            )
            return None
        try:
            self.graded = self._services.training.submit(self.course.id, answers)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return None
        self.error.clear()
        if self.graded.passed:
            self.outcome.setText(
                translate("Assessment", "Score %1: passed. Valid until %2.")
                .replace("%1", str(self.graded.score))
                .replace("%2", str(self.graded.valid_until))
            )
            self.submit_button.setEnabled(False)
        else:
            self.outcome.setText(
                translate(
                    "Assessment",
                    "Score %1: not passed (%2 needed). Read the confidentiality rules again and "
                    "retake the assessment.",
                )
                .replace("%1", str(self.graded.score))
                .replace("%2", str(self.course.pass_mark))
            )
        set_tone(self.outcome, "ok" if self.graded.passed else "error")
        return self.graded


def open_assessment(desk: DeskHost) -> None:
    """The first course the person's role takes (the policy's order) that is not valid, else
    the first: taken again, it renews the pass."""
    statuses = desk.services.training.my_status()
    if not statuses:
        return
    due = [s for s in statuses if s.standing is not Standing.VALID]
    course = (due or list(statuses))[0].course
    AssessmentDialog(desk.services, course, desk.language, desk.host_widget()).exec()
    warn_if_in_grace(desk)


def warning_text(status: CourseStatus, language: str) -> str:
    return (
        translate(
            "Assessment",
            "Your confidentiality training (%1) lapsed on %2: pass the assessment (Security menu) "
            "within the grace days, or customer data closes.",
        )
        .replace("%1", status.course.title(language))
        .replace("%2", str(status.valid_until))
    )


def warn_if_in_grace(desk: DeskHost) -> None:
    """The desk's notice line says so while the person's training is in its grace days."""
    status = desk.services.training_warning()
    if status is not None:
        desk.show_notice(warning_text(status, desk.language))
