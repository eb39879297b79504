"""审计查询 / Audit log: the security officer's view of the seat's tamper-evident log in the desk,
found by who, what, on whom, outcome and when; and "who saw this customer" (every view,
verification and reveal of one customer). Times on the hall's clock; looking is audited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.model import Policy
from seatdesk.services.audit_view import EXPOSURE_DAYS, AuditEntry, AuditFilter, AuditViewer
from seatdesk.ui.audit_words import action_text, detail_text
from seatdesk.ui.dialog_kit import error_label
from seatdesk.ui.error_text import error_text
from seatdesk.ui.tables import RowsModel, guarded_table, seal_views
from seatdesk.ui.watermark import Watermark

_OUTCOMES = ("", "ok", "denied", "locked", "skipped", "no_match", "match")


class AuditViewerWindow(QDialog):
    def __init__(
        self,
        viewer: AuditViewer,
        policy: Policy,
        parent: QWidget | None = None,
        watermark: Callable[[], str] | None = None,
        language: str = "zh_CN",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditViewer")
        self.setWindowTitle(self.tr("Audit log"))
        self._viewer, self._policy, self._language = viewer, policy, language
        self.tabs = QTabWidget()
        self.tabs.addTab(self._search_tab(viewer), self.tr("Search the log"))
        self.tabs.addTab(self._exposure_tab(), self.tr("Who saw this customer"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1100, 680)
        seal_views(self)
        if watermark is not None:
            self.watermark = Watermark(self, watermark)

    def _outcome_words(self) -> dict[str, str]:
        return {
            "ok": self.tr("ok"),
            "denied": self.tr("denied"),
            "locked": self.tr("locked"),
            "skipped": self.tr("skipped"),
            "no_match": self.tr("no match"),
            "match": self.tr("match"),
            "checked": self.tr("checked"),
            "started": self.tr("started"),
            "no_data": self.tr("nothing to compare"),
        }

    def _when(self, ts: str) -> str:
        at = datetime.fromisoformat(ts)
        return self._policy.visitors.local(at if at.tzinfo else at.replace(tzinfo=UTC)).strftime(
            "%Y-%m-%d %H:%M:%S"
        )

    # -- the log ------------------------------------------------------------------------------
    def _search_tab(self, viewer: AuditViewer) -> QWidget:
        self.actor = QLineEdit()
        self.actor.setObjectName("auditActor")
        self.actor.setPlaceholderText(self.tr("Staff ID"))
        self.action = QLineEdit()
        self.action.setObjectName("auditAction")
        self.action.setPlaceholderText(self.tr("e.g. record.reveal, or record. for all"))
        self.target = QLineEdit()
        self.target.setObjectName("auditTarget")
        self.target.setPlaceholderText(self.tr("Customer number, call, pass…"))
        self.number = QLineEdit()  # hashed for the search, never stored (the entries hold hashes)
        self.number.setObjectName("auditNumber")
        self.number.setPlaceholderText(self.tr("Phone number searched or calling"))
        self.outcome = QComboBox()
        self.outcome.setObjectName("auditOutcome")
        for code in _OUTCOMES:
            self.outcome.addItem(self._outcome_words().get(code, code) or self.tr("any"), code)
        now = viewer.today()
        today = QDate(now.year, now.month, now.day)
        self.since = QDateEdit(today.addDays(-7))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        search = QPushButton(self.tr("Search"))
        search.setObjectName("auditSearch")
        search.setDefault(True)
        search.clicked.connect(self.run_search)
        self.found = QLabel()
        self.error = error_label()
        self.entries: RowsModel[AuditEntry] = RowsModel(
            [
                "#",
                self.tr("Time"),
                self.tr("Staff"),
                self.tr("Seat"),
                self.tr("Action"),
                self.tr("Target"),
                self.tr("Outcome"),
                self.tr("Detail"),
            ],
            lambda e: [
                str(e.seq),
                self._when(e.ts),
                e.actor,
                e.seat,
                action_text(e.action),
                e.target,
                self._outcome_words().get(e.outcome, e.outcome),
                detail_text(e.detail),
            ],
            lambda e: e.outcome not in ("ok", ""),
            self,
        )
        self.entries_table = guarded_table("auditEntries", self.entries, self.tr("Audit entries"))
        form = QFormLayout()
        row = QHBoxLayout()
        for widget in (self.actor, self.action, self.target, self.number, self.outcome):
            row.addWidget(widget)
        form.addRow(self.tr("Who, what, on whom"), row)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.until)
        dates.addStretch()
        dates.addWidget(search)
        form.addRow(self.tr("From, to (hall's days)"), dates)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.found)
        layout.addWidget(self.entries_table, 1)
        return tab

    def _day_start(self, day: QDate, *, end: bool = False) -> datetime:
        zone = self._policy.visitors.zone
        moment = datetime.combine(
            datetime(day.year(), day.month(), day.day()).date(), time.max if end else time.min, zone
        )
        return moment.astimezone(UTC)

    def run_search(self) -> list[AuditEntry]:
        wanted = AuditFilter(
            actor=self.actor.text(),
            action=self.action.text(),
            target=self.target.text(),
            outcome=str(self.outcome.currentData() or ""),
            number=self.number.text(),
            since=self._day_start(self.since.date()),
            until=self._day_start(self.until.date(), end=True),
        )
        try:
            found = self._viewer.search(wanted)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return []
        self.error.clear()
        self.entries.set_items(found)
        self.entries_table.resizeColumnsToContents()
        self.found.setText(self.tr("%1 entries, newest first").replace("%1", str(len(found))))
        return found

    # -- who saw this customer ----------------------------------------------------------------
    def _field_label(self, name: str) -> str:
        rule = self._policy.fields.get(name)
        if rule is None:
            return name
        return rule.label_zh if self._language == "zh_CN" else rule.label_en

    def _words(self) -> dict[str, str]:
        return {
            "view": self.tr("viewed"),
            "verify": self.tr("verified"),
            "reveal": self.tr("revealed"),
            "masked": self.tr("masked"),
            "revealed": self.tr("in clear"),
        }

    def _exposure_tab(self) -> QWidget:
        self.customer = QLineEdit()
        self.customer.setObjectName("exposureCustomer")
        self.customer.setPlaceholderText(self.tr("Customer number"))
        self.customer.returnPressed.connect(self.run_exposure)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(EXPOSURE_DAYS)
        self.days.setSuffix(self.tr(" days"))
        look = QPushButton(self.tr("Who saw"))
        look.setObjectName("exposureLook")
        look.clicked.connect(self.run_exposure)
        self.exposure_error = error_label()
        self.summary = QLabel()
        self.summary.setObjectName("exposureSummary")
        self.summary.setWordWrap(True)
        self.exposure: RowsModel[dict[str, Any]] = RowsModel(
            [
                self.tr("Time"),
                self.tr("Staff"),
                self.tr("Seat"),
                self.tr("Action"),
                self.tr("Fields"),
                self.tr("Shown"),
                self.tr("Reason"),
                self.tr("Approver"),
            ],
            lambda e: [
                self._when(str(e["ts"])),
                str(e["staff"]),
                str(e["seat"]),
                self._words().get(str(e["action"]), str(e["action"])),
                ", ".join(self._field_label(str(f)) for f in e["fields"]),
                self._words().get(str(e["mode"]), str(e["mode"])),
                str(e["reason"]),
                str(e["approver"]),
            ],
            lambda e: e["mode"] == "revealed",
            self,
        )
        self.exposure_table = guarded_table(
            "exposureEntries", self.exposure, self.tr("Who saw this customer")
        )
        row = QHBoxLayout()
        row.addWidget(self.customer, 1)
        row.addWidget(self.days)
        row.addWidget(look)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.exposure_error)
        layout.addWidget(self.summary)
        layout.addWidget(self.exposure_table, 1)
        return tab

    def run_exposure(self) -> list[dict[str, Any]]:
        try:
            found = self._viewer.exposure(self.customer.text(), self.days.value())
        except SeatDeskError as exc:
            self.exposure_error.setText(error_text(exc))
            return []
        self.exposure_error.clear()
        self.exposure.set_items(found)
        self.exposure_table.resizeColumnsToContents()
        people = sorted({str(e["staff"]) for e in found})
        revealed = sum(e["mode"] == "revealed" for e in found)
        self.summary.setText(
            self.tr("%1 looks by %2 people (%3), %4 of them revealed a value")
            .replace("%1", str(len(found)))
            .replace("%2", str(len(people)))
            .replace("%3", ", ".join(people) or "—")
            .replace("%4", str(revealed))
        )
        return found


def open_audit_viewer(
    host_widget: QWidget,
    viewer: AuditViewer,
    policy: Policy,
    mark: Callable[[], str],
    language: str,
) -> None:
    AuditViewerWindow(viewer, policy, host_widget, watermark=mark, language=language).exec()
