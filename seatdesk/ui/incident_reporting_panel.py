"""The reporting part of the incident board (the 2025 rules): grade, file the initial,
supplementary and closure reports, export a report's PDF and the PIPL Art. 57 notice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.factory import Services
from seatdesk.services.incident_reports import ReportingBoard
from seatdesk.services.incident_view import IncidentView
from seatdesk.ui.error_text import error_text
from seatdesk.ui.incident_report_forms import GradeDialog, ReportFormDialog
from seatdesk.ui.incident_words import word

DEADLINES = ("confirm", "initial_report", "closure_report")


def deadline_cell(view: IncidentView, what: str, now: datetime) -> tuple[str, bool]:
    """The countdown of deadline `what` ("—" where it does not apply) and whether it is overdue."""
    found = next((d for d in view.deadlines if d.what == what), None)
    if found is None:
        return "—", False
    if found.met:
        return translate("IncidentBoard", "done"), False
    left = abs(found.seconds_left(now))
    clock = f"{left // 3600:02d}:{left % 3600 // 60:02d}:{left % 60:02d}"
    if left > 2 * 86400:  # the closure report's 30 days in days
        clock = f"{left // 3600 % 24:02d}:{left % 3600 // 60:02d}:{left % 60:02d}"
        clock = (
            translate("IncidentBoard", "%1 d %2")
            .replace("%1", str(left // 86400))
            .replace("%2", clock)
        )
    if found.overdue(now):
        return translate("IncidentBoard", "overdue %1").replace("%1", clock), True
    return clock, False


translate = QCoreApplication.translate


class ReportingPanel(QWidget):
    """Buttons for the chosen incident; `changed()` is called after something was filed."""

    def __init__(
        self,
        services: Services,
        language: str,
        show_error: Callable[[str], None],
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportingPanel")
        self._services = services
        self._language = language
        self._show_error = show_error
        self._changed = changed
        self._ref: str | None = None
        self.grade = QPushButton(self.tr("Grade…"))
        self.grade.setObjectName("gradeButton")
        self.grade.clicked.connect(self.open_grade)
        self.buttons: dict[str, QPushButton] = {}
        for kind, text in (
            ("initial", self.tr("Initial report…")),
            ("supplement", self.tr("Supplement…")),
            ("closure", self.tr("Closure report…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{kind}ReportButton")
            button.clicked.connect(lambda _=False, k=kind: self.open_form(k))
            self.buttons[kind] = button
        self.reports = QComboBox()
        self.reports.setObjectName("reportsFiled")
        self.reports.setMinimumContentsLength(14)
        self.reports.setPlaceholderText(self.tr("No report filed yet"))
        self.report_pdf = QPushButton(self.tr("Report PDF…"))
        self.report_pdf.clicked.connect(self._export_report)
        self.notice = QPushButton(self.tr("Notice to individuals (PDF)…"))
        self.notice.setObjectName("noticeButton")
        self.notice.clicked.connect(self._export_notice)
        layout = QVBoxLayout(self)  # rows: the board's right side is narrow
        layout.setContentsMargins(0, 0, 0, 0)
        for row in (
            (self.grade, self.buttons["initial"], self.buttons["supplement"]),
            (self.buttons["closure"], self.notice),
            (self.reports, self.report_pdf),
        ):
            line = QHBoxLayout()
            for widget in row:
                line.addWidget(widget)
            line.addStretch(1)
            layout.addLayout(line)
        self.show_incident(None)

    @property
    def board(self) -> ReportingBoard:
        return self._services.incident_board

    def show_incident(self, view: IncidentView | None) -> None:
        self._ref = view.ref if view is not None else None
        for widget in (self.grade, *self.buttons.values(), self.report_pdf, self.notice):
            widget.setEnabled(view is not None)
        self.reports.clear()
        if view is None:
            return
        try:
            filed = self.board.reports(view.ref)
        except SeatDeskError as exc:
            self._show_error(error_text(exc))
            return
        for report in filed:
            self.reports.addItem(f"{report.n} · {word('report', report.kind)}", report.n)
        self.report_pdf.setEnabled(bool(filed))

    def open_grade(self) -> GradeDialog | None:
        if self._ref is None:
            return None
        ref = self._ref
        dialog = GradeDialog(ref, lambda p, s, r: self._grade(ref, p, s, r), self)
        dialog.open()
        dialog.accepted.connect(self._changed)
        return dialog

    def _grade(self, ref: str, people: int, severity: str | None, reason: str) -> None:
        self.board.rate(ref, people, severity, reason)

    def open_form(self, kind: str) -> ReportFormDialog | None:
        if self._ref is None:
            return None
        ref = self._ref
        dialog = ReportFormDialog(kind, ref, lambda form: self._file(ref, kind, form), self)
        dialog.open()
        dialog.accepted.connect(self._changed)
        return dialog

    def _file(self, ref: str, kind: str, form: dict[str, str]) -> None:
        self.board.file_report(ref, kind, form, self._language)

    def _save_as(self, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), name, "PDF (*.pdf)")
        return Path(chosen) if chosen else None

    def _export_report(self) -> None:
        n = self.reports.currentData()
        if self._ref is None or n is None:
            return
        path = self._save_as(f"{self._ref}-{n}.pdf")
        if path is not None:
            try:
                self._services.report_pdf(self._ref, int(n), path)
            except SeatDeskError as exc:
                self._show_error(error_text(exc))
            self._changed()

    def _export_notice(self) -> None:
        if self._ref is None:
            return
        path = self._save_as(f"{self._ref}-notice.pdf")
        if path is not None:
            try:
                self._services.notice_pdf(self._ref, path, self._language)
            except SeatDeskError as exc:
                self._show_error(error_text(exc))
