"""The reports tab of the visitor window: the daily log and the evacuation roster as PDFs (each
export recorded with its fingerprint), the roster on paper (the one print the guards allow),
and the anonymisation of entries past the retention period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.reports.pdf import page_layout, paint
from seatdesk.services.visitors import VisitorDesk
from seatdesk.ui.dialog_kit import button_row, confirm
from seatdesk.ui.error_text import error_text


def choose_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to save a report (a seam for tests)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return Path(name) if name else None


def make_printer() -> QPrinter:
    """The printer for the roster (a seam for tests, which print to a PDF file)."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def confirm_print(printer: QPrinter, parent: QWidget) -> bool:
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


class VisitorReports(QWidget):
    def __init__(
        self,
        desk: VisitorDesk,
        may_purge: bool,
        report: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self._report = report
        today = desk.today()
        self.log_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.log_date.setObjectName("logDate")
        self.log_date.setDisplayFormat("yyyy-MM-dd")
        self.log_date.setCalendarPopup(True)
        log = QPushButton(self.tr("Save the daily visitor log (PDF)…"))
        log.setObjectName("exportLogButton")
        log.clicked.connect(self.export_log)
        roster = QPushButton(self.tr("Save the evacuation roster (PDF)…"))
        roster.setObjectName("exportRosterButton")
        roster.clicked.connect(self.export_roster)
        printed = QPushButton(self.tr("Print evacuation roster…"))
        printed.setObjectName("printRosterButton2")
        printed.clicked.connect(self.print_roster)
        purge = QPushButton(self.tr("Anonymise entries past the retention period…"))
        purge.setObjectName("purgeButton")
        purge.setEnabled(may_purge)
        purge.clicked.connect(self.purge)
        intro = QLabel(
            self.tr(
                "Reports hold names, badges and hosts; ID numbers are masked. Each export is "
                "recorded with the file's fingerprint and carries your watermark."
            )
        )
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Day")))
        row.addWidget(self.log_date)
        row.addWidget(log)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(button_row(roster, printed))
        layout.addSpacing(24)
        layout.addWidget(
            QLabel(
                self.tr("Entries are anonymised %1 days after the visit.").replace(
                    "%1", str(desk.rules.retention_days)
                )
            )
        )
        layout.addLayout(button_row(purge))
        layout.addStretch()

    def _saved(self, path: Path, digest: str) -> None:
        self._report(
            self.tr("Saved %1 (SHA-256 %2…).").replace("%1", str(path)).replace("%2", digest[:16])
        )

    def export_roster(self) -> Path | None:
        stamp = self.desk.hall_time(self.desk.now(), "%Y%m%d-%H%M")
        out = choose_pdf_path(self, self.tr("Save the evacuation roster"), f"roster-{stamp}.pdf")
        if out is None:
            return None
        try:
            result = self.desk.export_roster(out)
        except SeatDeskError as exc:
            self._report(error_text(exc))
            return None
        self._saved(result.path, result.sha256)
        return result.path

    def export_log(self) -> Path | None:
        picked = self.log_date.date()
        day = date(picked.year(), picked.month(), picked.day())
        out = choose_pdf_path(
            self, self.tr("Save the daily visitor log"), f"visitors-{day.isoformat()}.pdf"
        )
        if out is None:
            return None
        try:
            result = self.desk.export_daily_log(day, out)
        except SeatDeskError as exc:
            self._report(error_text(exc))
            return None
        self._saved(result.path, result.sha256)
        return result.path

    def print_roster(self) -> bool:
        """The evacuation roster on paper: the one print the guards allow (audited)."""
        try:
            self.desk.roster_document()  # permission and agreement checks before the dialog
        except SeatDeskError as exc:
            self._report(error_text(exc))
            return False
        printer = make_printer()
        if not confirm_print(printer, self):
            return False
        document = self.desk.print_roster()
        printer.setPageLayout(page_layout(document))
        printer.setDocName(document.title)
        try:
            paint(document, printer)
        except SeatDeskError as exc:
            self._report(error_text(exc))
            return False
        self._report(self.tr("The evacuation roster was sent to the printer."))
        return True

    def purge(self) -> None:
        try:
            due = self.desk.anonymise_expired(dry_run=True)
        except SeatDeskError as exc:
            self._report(error_text(exc))
            return
        if not due.references:
            self._report(self.tr("No entries are past the retention period."))
            return
        yes = confirm(
            self,
            self.tr("Retention"),
            self.tr("Anonymise %1 visitor entries closed more than %2 days ago?")
            .replace("%1", str(len(due.references)))
            .replace("%2", str(self.desk.rules.retention_days)),
        )
        if not yes:
            return
        done = self.desk.anonymise_expired()
        self._report(self.tr("%1 entries anonymised.").replace("%1", str(len(done.references))))
