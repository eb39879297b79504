"""The security officer's incidents window: the list with deadlines counting down (overdue rows
in red), and for the chosen incident its evidence, the next workflow step, severity, the PIPL
Art. 57 checklist, closing with finding and outcome, and the PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.factory import Services
from seatdesk.services.incidents import CHECKLIST, ORDER, PENALTIES, IncidentView
from seatdesk.ui.dialog_kit import button_row
from seatdesk.ui.error_text import error_text
from seatdesk.ui.incident_reporting_panel import DEADLINES, ReportingPanel, deadline_cell
from seatdesk.ui.incident_words import word
from seatdesk.ui.style import set_tone
from seatdesk.ui.tables import RowsModel, guarded_table, seal_views, selected_row
from seatdesk.ui.watermark import Watermark


def countdown(view: IncidentView, now: datetime) -> tuple[str, bool]:
    pending = [d for d in view.deadlines if not d.met]
    if not pending:
        return "—", False
    first = min(pending, key=lambda d: d.due)
    left = first.seconds_left(now)
    sign = "-" if left < 0 else ""
    left = abs(left)
    text = f"{sign}{left // 3600:02d}:{left % 3600 // 60:02d}:{left % 60:02d}"
    return text, first.overdue(now)


class IncidentBoard(QDialog):
    def __init__(
        self,
        services: Services,
        language: str,
        parent: QWidget | None = None,
        watermark: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentBoard")
        self.setWindowTitle(self.tr("Incidents"))
        self._services = services
        self._language = language
        self._policy = services.who.policy
        self._clock = services.who.clock
        self.desk = services.incident_board
        self.model: RowsModel[IncidentView] = RowsModel(
            [
                self.tr("Reference"),
                self.tr("Reported"),
                self.tr("Category"),
                self.tr("Severity"),
                self.tr("Status"),
                self.tr("Confirm"),  # the deadlines, short: the list must leave room
                self.tr("Initial"),
                self.tr("Closure"),
            ],
            self._cells,
            lambda view: countdown(view, self._clock.now())[1],
            self,
        )
        self.table = guarded_table("incidentTable", self.model)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.details = QTextBrowser()
        self.details.setObjectName("incidentDetails")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for this step"))
        self.advance_button = QPushButton(self.tr("Next step"))
        self.advance_button.setObjectName("advanceButton")
        self.advance_button.clicked.connect(self._advance)
        self.checklist = {key: QLineEdit() for key in CHECKLIST}
        save_checklist = QPushButton(self.tr("Save checklist"))
        save_checklist.clicked.connect(self._save_checklist)
        self.finding = QLineEdit()
        self.finding.setPlaceholderText(self.tr("Finding"))
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("No staff fault"), "")
        for code in PENALTIES:
            self.outcome.addItem(word("penalty", code), code)
        self.outcome.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.outcome.setMinimumContentsLength(12)  # the longest outcome would widen the board
        self.amount = QSpinBox()
        self.amount.setRange(0, 100000)
        self.amount.setSuffix(self.tr(" yuan"))
        self.outcome_staff = QLineEdit()
        self.outcome_staff.setPlaceholderText(self.tr("Staff ID"))
        close = QPushButton(self.tr("Close incident"))
        close.clicked.connect(self._close)
        pdf = QPushButton(self.tr("Export PDF…"))
        pdf.clicked.connect(self._pdf)
        self.error = QLabel()
        set_tone(self.error, "error")

        actions = QFormLayout()
        self.reporting = ReportingPanel(services, language, self.error.setText, self._refreshed)
        actions.addRow(self.tr("Reporting"), self.reporting)
        step = QHBoxLayout()
        step.addWidget(self.note, 1)
        step.addWidget(self.advance_button)
        actions.addRow(self.tr("Workflow"), step)
        for key in CHECKLIST:
            actions.addRow(word("checklist", key), self.checklist[key])
        actions.addRow("", button_row(save_checklist))
        finding = QHBoxLayout()  # two lines: the board's right side is narrow
        finding.addWidget(self.finding, 1)
        finding.addWidget(close)
        closing = QHBoxLayout()
        for widget in (self.outcome, self.amount, self.outcome_staff):
            closing.addWidget(widget)
        actions.addRow(self.tr("Close"), finding)
        actions.addRow("", closing)
        actions.addRow("", button_row(pdf))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.details, 1)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.error)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self._splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1240, 720)
        seal_views(self)
        if watermark is not None:  # it lists incidents and the customers they touch
            self.watermark = Watermark(self, watermark)
        self._pushed = services.incident_events()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh_countdowns)
        self._timer.start(1000)
        self.reload()

    def _cells(self, view: IncidentView) -> list[str]:
        return [
            view.ref,
            self._policy.hall_time(view.reported_at),
            word("category", view.category),
            word("severity", view.severity),
            word("status", view.status),
            *(deadline_cell(view, what, self._clock.now())[0] for what in DEADLINES),
        ]

    @property
    def views(self) -> list[IncidentView]:
        return self.model.items

    def reload(self) -> None:
        self.model.set_items([self.desk.show(ref) for ref in self.desk.refs()])
        self._fit_table()

    def _fit_table(self) -> None:
        """Every column whole (the reference, the status), the list as wide as they need."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        needed = header.length() + self.table.verticalHeader().width() + 4
        scroll = self.table.verticalScrollBar()
        needed += scroll.sizeHint().width() if scroll.isVisible() or self.views else 0
        self.table.setMinimumWidth(needed)
        sizes = self._splitter.sizes()
        if sum(sizes) and sizes[0] < needed:
            self._splitter.setSizes([needed, max(sum(sizes) - needed, 1)])

    def refresh_countdowns(self) -> None:
        """Every second: the countdowns, and the list again when the hall pushed an incident
        (reported or moved along at any seat)."""
        pushed = self._services.incident_events()
        if pushed != self._pushed:
            self._pushed = pushed
            selected = self.selected()
            try:
                self.reload()
            except SeatDeskError as exc:
                self.error.setText(str(exc))
            if selected is not None:
                self._select(selected.ref)
        self.model.refresh_cells()

    def overdue_rows(self) -> list[int]:
        now = self._clock.now()
        return [i for i, v in enumerate(self.views) if countdown(v, now)[1]]

    def selected(self) -> IncidentView | None:
        return self.model.item(selected_row(self.table))

    def _show_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        self.details.setHtml(self._details_html(view))
        row = view
        index = ORDER.index(row.status)
        following = ORDER[index + 1] if index + 1 < len(ORDER) - 1 else None
        can_advance = following is not None and row.status not in ("notified", "closed")
        self.advance_button.setEnabled(can_advance)
        self.advance_button.setText(
            self.tr("Next step: %1").replace("%1", word("status", following))
            if can_advance and following is not None
            else self.tr("No further step (close below)")
        )
        self.advance_button.setMinimumWidth(self.advance_button.sizeHint().width())  # whole
        for key, edit in self.checklist.items():
            edit.setText(row.checklist.get(key, ""))
        self.reporting.show_incident(row)

    def _refreshed(self) -> None:
        """After a grade or a report was filed: the list and the chosen incident again."""
        view = self.selected()
        self.error.clear()
        self.reload()
        if view is not None:
            self._select(view.ref)
            self._show_selected()

    def _details_html(self, row: IncidentView) -> str:
        """The chosen incident in the desk's language, its times on the hall's clock."""
        reporter = row.reporter or "—"
        if row.anonymous and row.reporter is not None:
            reporter = self.tr("%1 (anonymous to others)").replace("%1", row.reporter)
        facts = (
            self.tr("Reported %1 by %2 at seat %3 · audit anchor #%4")
            .replace("%1", self._policy.hall_time(row.reported_at))
            .replace("%2", reporter)
            .replace("%3", row.seat)
            .replace("%4", str(row.anchor_seq))
        )
        customers = self.tr("Affected customers: %1").replace(
            "%1", ", ".join(f"{no} {name}" for no, name in row.customers) or "—"
        )
        status = word("status", row.status)
        now = self._clock.now()
        due = " · ".join(
            f"{word('deadline', what)} {deadline_cell(row, what, now)[0]}"
            for what in DEADLINES
            if any(d.what == what for d in row.deadlines)
        )
        graded = self.tr("Severity: %1").replace("%1", word("severity", row.severity))
        lines = [f"<h3>{escape(row.ref)} · {escape(status)}</h3>"] + [
            f"<p>{escape(text)}</p>" for text in (row.description, facts, customers, graded)
        ]
        due_title = self.tr("Deadlines")
        lines.append(f"<p><b>{escape(due_title)}</b>: {escape(due)}</p>")
        for customer_no, exposure in row.evidence.get("exposure", {}).items():
            separator = "；" if self._language == "zh_CN" else "; "
            seen = separator.join(self._exposure_text(e) for e in exposure) or "—"
            title = self.tr("Who saw %1 (30 days)").replace("%1", customer_no)
            lines.append(f"<p><b>{escape(title)}</b>: {escape(seen)}</p>")
        if row.steps:
            steps_title = self.tr("Steps")
            lines.append(f"<p><b>{escape(steps_title)}</b></p><ul>")
            for at, actor, step, note in row.steps:
                said = f" — {escape(note)}" if note else ""
                lines.append(
                    f"<li>{escape(self._policy.hall_time(at))} {escape(actor)} "
                    f"{escape(word('status', step))}{said}</li>"
                )
            lines.append("</ul>")
        return "".join(lines)

    def _exposure_text(self, entry: dict[str, Any]) -> str:
        """One exposure ("2026-01-01 17:00 agent01 查看 姓名、手机号码 (掩码)"), in words."""
        actions = {
            "view": self.tr("viewed"),
            "verify": self.tr("verified"),
            "reveal": self.tr("revealed"),
        }
        modes = {"masked": self.tr("masked"), "revealed": self.tr("in clear")}
        fields = self._policy.fields
        zh = self._language == "zh_CN"
        names = [
            (fields[k].label_zh if zh else fields[k].label_en) if k in fields else k
            for k in entry.get("fields", [])
        ]
        reasons = {r.code: r.label_zh if zh else r.label_en for r in self._policy.reveal_reasons}
        parts = [
            self._policy.hall_time(str(entry["ts"])),
            str(entry["staff"]),
            actions.get(str(entry["action"]), str(entry["action"])),
            ("、" if zh else ", ").join(names),
            f"({modes.get(str(entry['mode']), str(entry['mode']))})",
        ]
        if entry.get("reason"):
            parts.append(reasons.get(str(entry["reason"]), str(entry["reason"])))
        return " ".join(part for part in parts if part)

    def _run(self, action: str, *args: object) -> None:
        view = self.selected()
        if view is None:
            return
        try:
            getattr(self.desk, action)(view.ref, *args)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.clear()
        self.reload()
        self._select(view.ref)
        self._show_selected()  # the same row chosen again: the selection did not change

    def _select(self, ref: str) -> None:
        for i, v in enumerate(self.views):
            if v.ref == ref:
                self.table.selectRow(i)

    def _advance(self) -> None:
        view = self.selected()
        if view is None:
            return
        following = ORDER[ORDER.index(view.status) + 1]
        self._run("advance", following, self.note.text())
        self.note.clear()

    def _save_checklist(self) -> None:
        self._run("fill_checklist", {k: e.text() for k, e in self.checklist.items() if e.text()})

    def _close(self) -> None:
        kind = str(self.outcome.currentData())
        outcome = (
            None
            if not kind
            else {
                "kind": kind,
                "amount": self.amount.value() or None,
                "staff_id": self.outcome_staff.text().strip(),
            }
        )
        self._run("close", self.finding.text(), outcome)

    def _pdf(self) -> None:
        view = self.selected()
        if view is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF…"), f"{view.ref}.pdf", "PDF (*.pdf)"
        )
        if name:
            self._services.incident_pdf(view.ref, Path(name))
