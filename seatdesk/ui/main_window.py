"""The agent's desk: the call bar, search, lazy results, the masked record card with verify and
reveal, the watermark, and the lock screen (idle, Ctrl+L, OS lock)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import AccountLockedError, PermissionDenied, SeatDeskError
from seatdesk.policy.model import TierAccess
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.door import SignedIn
from seatdesk.services.factory import Services
from seatdesk.services.lifecycle import Reminders
from seatdesk.services.record_desk import MaskedRecord
from seatdesk.services.reveal import ApprovalRequired
from seatdesk.services.strictness import CaptureState
from seatdesk.ui.capture import CaptureGuard, select_backend
from seatdesk.ui.dialogs import (
    ApprovalDialog,
    RevealReasonDialog,
    VerifyDialog,
)
from seatdesk.ui.export_flow import run_export
from seatdesk.ui.guards import ClipboardGuard, KeyAndMouseGuard
from seatdesk.ui.idle import IdleWatcher
from seatdesk.ui.incident_board import IncidentBoard
from seatdesk.ui.incident_dialog import ContainmentDialog, IncidentDialog
from seatdesk.ui.lock_screen import LockScreen
from seatdesk.ui.record_card import RecordCard, badge
from seatdesk.ui.results_model import ResultsModel
from seatdesk.ui.revealed_value import RevealedValueView
from seatdesk.ui.tables import guarded_table, seal_views
from seatdesk.ui.visitors.hall_link import VisitorHallLink
from seatdesk.ui.watermark import Watermark

DESK_PAGE, LOCK_PAGE = 0, 1
TICK_MS = 5000  # closing time and visitor counts are seen within seconds


class DeskWindow(QMainWindow):
    record_shown = Signal(object)
    locked_changed = Signal(bool)
    signed_out = Signal()

    def __init__(self, who: SignedIn, language: str, demo: bool = False) -> None:
        super().__init__()
        self.who = who
        self.services = Services(who)
        self.language = language
        self.clock = who.clock
        self.records = self.services.records
        self.calls = self.services.calls
        self.verifier = self.services.verifier
        self.guard = self.services.guard
        self.visitors = self.services.visitors
        self.revealer = self.services.revealer
        self._pending_pop: str | None = None
        self.setObjectName("deskWindow")
        self.setWindowTitle(self.tr("SeatDesk — customer desk") + (" [DEMO]" if demo else ""))
        self.resize(1180, 760)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_desk_page())
        self.lock_screen = LockScreen(f"{who.display_name} ({who.staff_id})")
        self.lock_screen.unlock_requested.connect(self.try_unlock)
        self.lock_screen.report_requested.connect(self.report_incident)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.watermark = Watermark(self.stack, self.watermark_text)
        self.capture = CaptureGuard(select_backend(), self)
        self._build_status()
        self.visitor_link = VisitorHallLink(self)  # indicator; register for supervisors
        self._build_shortcuts()
        for widget in [self, *self.findChildren(QWidget)]:
            widget.setAcceptDrops(False)  # nothing is dropped into (or dragged out of) the desk
        seal_views(self)
        self.key_guard = KeyAndMouseGuard(self.guard, [self], [self.table, self.card], self)
        self.key_guard.blocked.connect(self._blocked)
        self.key_guard.print_refused.connect(self._print_refused)
        self.clipboard_guard = ClipboardGuard(
            self.guard, self.clock, who.policy.guards.clipboard_clear_seconds, self
        )
        self.clipboard_guard.cleared.connect(lambda fields: self._blocked("clipboard"))

        self.idle = IdleWatcher(self.clock, who.policy.limits.idle_lock_seconds, self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self._call_timer = QTimer(self)
        self._call_timer.timeout.connect(self._refresh_call_bar)
        self._call_timer.start(1000)
        self._tick_timer = QTimer(self)  # the one timer for business that runs by the clock
        self._tick_timer.timeout.connect(self.tick)
        self._tick_timer.start(TICK_MS)
        self.tick()

        if not has_permission(who.role, Permission.SEARCH_CUSTOMERS):
            self.search.setEnabled(False)
            self.search_button.setEnabled(False)
            self.card.show_empty(self.tr("Administrators see no customer data."))

    # -- construction ------------------------------------------------------------------------
    def _build_desk_page(self) -> QWidget:
        self.call_bar = QFrame()
        self.call_bar.setObjectName("callBar")
        self.call_label = QLabel(self.tr("No active call"))
        self.call_label.setObjectName("callLabel")
        self.end_call_button = QPushButton(self.tr("End call"))
        self.end_call_button.setObjectName("endCallButton")
        self.end_call_button.clicked.connect(self.end_call)
        self.end_call_button.setEnabled(False)
        report = QPushButton(self.tr("Report incident"))
        report.setObjectName("reportButton")
        report.setStyleSheet("color: white; background: #b71c1c; padding: 4px 10px;")
        report.clicked.connect(self.report_incident)
        bar = QHBoxLayout(self.call_bar)
        self._call_bar_layout = bar
        bar.addWidget(self.call_label, 1)
        export = QPushButton(self.tr("Export (masked)…"))
        export.setObjectName("exportButton")
        export.clicked.connect(lambda: run_export(self))
        bar.addWidget(export)
        bar.addWidget(self.end_call_button)
        bar.addWidget(report)
        if has_permission(self.who.role, Permission.HANDLE_INCIDENTS):
            incidents = QPushButton(self.tr("Incidents"))
            incidents.setObjectName("incidentsButton")
            incidents.clicked.connect(self.open_incidents)
            bar.addWidget(incidents)

        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Phone number, customer number or name"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.run_search)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("searchButton")
        self.search_button.clicked.connect(self.run_search)

        self.results = ResultsModel(self.records.match, self)
        self.table = guarded_table("resultsTable", self.results, self.tr("Search results"))
        self.table.activated.connect(lambda index: self.choose_row(index.row()))
        self.table.clicked.connect(lambda index: self.choose_row(index.row()))
        self.table.setMinimumWidth(280)

        self.card = RecordCard(self.language)
        self.card.set_tier_labels(self.who.policy.tier_labels)
        self.card.reveal_clicked.connect(self.reveal_field)
        self.card.verify_clicked.connect(self.open_verify)
        self.card.copy_number_clicked.connect(self.copy_customer_number)
        self.card.withdraw_consent_clicked.connect(self.withdraw_consent)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        self.notice = QLabel()
        self.notice.setObjectName("deskNotice")
        self.notice.setStyleSheet("color: #b00020;")

        top = QHBoxLayout()
        caller = QLabel(self.tr("Caller"))
        caller.setBuddy(self.search)
        top.addWidget(caller)
        top.addWidget(self.search, 1)
        top.addWidget(self.search_button)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.call_bar)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search, self.search_button)
        QWidget.setTabOrder(self.search_button, self.table)
        return page

    def _build_status(self) -> None:
        s = self.who
        role = {
            "agent": self.tr("Agent"),
            "supervisor": self.tr("Supervisor"),
            "security": self.tr("Security officer"),
            "admin": self.tr("Administrator"),
        }[s.role.value]
        who = QLabel(
            self.tr("Signed in: %1 (%2) · seat %3")
            .replace("%1", f"{s.display_name} {s.staff_id}")
            .replace("%2", role)
            .replace("%3", s.seat)
        )
        who.setObjectName("statusWho")
        self.statusBar().addWidget(who)
        policy = s.policy
        policy_label = QLabel(
            self.tr("Policy %1 · %2")
            .replace("%1", Path(policy.source).name)
            .replace("%2", policy.sha256[:12])
        )
        policy_label.setObjectName("policyStatus")
        policy_label.setStyleSheet("color: #555;")
        policy_label.setToolTip(self.tr("Policy in force: %1").replace("%1", policy.source))
        self.statusBar().addPermanentWidget(policy_label)
        self.capture_label = QLabel()
        self.capture_label.setObjectName("captureStatus")
        self.statusBar().addPermanentWidget(self.capture_label)
        self.capture.status_changed.connect(self._capture_changed)
        self._capture_changed(self.capture.status)
        if s.key_storage == "none":
            weak = badge(
                self.tr("No device secret: weaker key protection"), "#e65100", "weakKeyBadge"
            )
            self.statusBar().addPermanentWidget(weak)

    def _build_shortcuts(self) -> None:
        for keys, action in (
            ("Ctrl+F", self.focus_search),
            ("Ctrl+L", lambda: self.lock("manual")),
            ("Ctrl+Shift+V", lambda: self.open_verify("")),
            ("Ctrl+Shift+R", self.report_incident),
            ("Ctrl+E", self.end_call),
        ):
            self.add_shortcut(keys, action)

    # -- what the desk offers the flows it hosts (DeskHost) ---------------------------------------
    def host_widget(self) -> QWidget:
        return self

    def listed_customer_ids(self) -> list[int]:
        return self.results.customer_ids()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)

    def show_status(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def add_call_bar_button(self, button: QPushButton) -> None:
        self._call_bar_layout.insertWidget(1, button)

    def add_shortcut(self, keys: str, action: Callable[[], object]) -> None:
        QShortcut(QKeySequence(keys), self, action)

    def _capture_changed(self, status: object) -> None:
        protected = bool(getattr(status, "protected", False))
        self.services.strict.report_capture(
            CaptureState(
                protected, str(getattr(status, "backend", "")), str(getattr(status, "reason", ""))
            )
        )
        if protected:
            self.capture_label.setText(self.tr("Screen capture blocked"))
            self.capture_label.setStyleSheet("color: #1b5e20;")
        else:
            text = self.tr("Screen capture not blocked")
            if self.services.strict.capture_strict():
                text += " · " + self.tr("strict masking")
            self.capture_label.setText(text)
            self.capture_label.setStyleSheet("color: #b00020; font-weight: bold;")

    def _blocked(self, action: str) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Blocked: customer data cannot leave the seat (%1). The attempt was recorded."
            ).replace("%1", action),
            8000,
        )

    def _print_refused(self) -> None:
        self.notice.setText(
            self.tr("Printing customer data is not allowed; the attempt was recorded.")
        )

    def withdraw_consent(self) -> None:
        """The caller withdraws consent (PIPL): recorded now, deleted at the next purge."""
        record = self.card.record
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Consent withdrawn"),
            self.tr(
                "Record that customer %1 withdraws consent? The record will be deleted at "
                "the next retention purge."
            ).replace("%1", record.customer_no),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.services.withdraw_consent(record.customer_id)
        self.show_customer(record.customer_id)

    def tick(self) -> None:
        """What is due by the clock is decided in services; the desk only shows the result."""
        try:
            result = self.services.tick(self.clock.now())
        except SeatDeskError:
            return
        if result.reminders is not None:
            self.show_reminders(result.reminders)
        if result.visitors_signed_out:
            self.visitor_link.day_closed(result.visitors_signed_out)
        self.visitor_link.show_count(result.visitors_in_hall)

    def show_reminders(self, due: Reminders) -> None:
        texts = []
        if due.purge_due:
            texts.append(
                self.tr("%1 customer(s) are due for deletion: run the retention purge.").replace(
                    "%1", str(due.purge_due)
                )
            )
        if due.backup_due:
            last = due.last_backup.isoformat() if due.last_backup else self.tr("never")
            texts.append(
                self.tr("No recent backup (last: %1): run seatdesk backup.").replace("%1", last)
            )
        self.notice.setText(" ".join(texts))

    def copy_customer_number(self) -> None:
        record = self.card.record
        if record is not None:
            self.clipboard_guard.secure_copy(record.customer_no)

    def watermark_text(self) -> str:
        now = self.clock.now().astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{self.who.staff_id} · {self.who.seat} · {now}"

    # -- search and record ------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self, query: str | None = None) -> None:
        self.notice.clear()
        self.card.remask_all()
        try:
            ids = self.records.search(query if query is not None else self.search.text())
        except PermissionDenied:
            self.notice.setText(self.tr("Your role may not search customer records."))
            return
        except SeatDeskError as exc:
            self.notice.setText(str(exc))
            return
        self._show_ids(ids)
        if self.records.truncated:
            self.notice.setText(
                self.tr("More than %1 customers match: type more of the name.").replace(
                    "%1", str(len(ids))
                )
            )

    def _show_ids(self, ids: list[int]) -> None:
        self.results.set_ids(ids)
        if not ids:
            self.card.show_empty(self.tr("No customer matches. New caller?"))
            return
        if len(ids) == 1:
            self.choose_row(0)
        else:
            self.card.show_empty(
                self.tr("%1 customers match: choose the caller.").replace("%1", str(len(ids)))
            )
            self.table.setFocus()

    def choose_row(self, row: int) -> None:
        customer_id = self.results.customer_id(row)
        self.table.selectRow(row)
        try:
            if self.calls.active is not None and self.calls.active.customer_id is None:
                self.calls.bind(customer_id)
            self.show_customer(customer_id)
        except SeatDeskError as exc:  # the customer went away after the search (purged)
            self.card.show_empty()
            self.notice.setText(str(exc))

    def show_customer(self, customer_id: int) -> MaskedRecord:
        record = self.records.view(customer_id)
        self.guard.watch(customer_id)
        self.card.show_record(record)
        self.record_shown.emit(record)
        return record

    # -- calls ----------------------------------------------------------------------------
    def on_pop(self, number: str) -> None:
        """A call arrives from the phone system."""
        self.bring_to_front()
        if self.stack.currentIndex() == LOCK_PAGE:
            self._pending_pop = number  # shown once the agent unlocks
            self.lock_screen.reason.setText(self.tr("A call is waiting."))
            return
        try:
            matches = self.calls.start(number)
        except SeatDeskError as exc:
            self.notice.setText(str(exc))
            return
        self.search.clear()
        self.card.remask_all()
        self._show_ids([match.customer_id for match in matches])
        self._refresh_call_bar()

    def end_call(self) -> None:
        if self.calls.active is None:
            return
        self.calls.end()
        self.card.remask_all()
        self._refresh_call_bar()

    def _refresh_call_bar(self) -> None:
        call = self.calls.active
        if call is not None and self.is_locked:
            self.call_label.setText(self.tr("Call in progress"))
            return
        if call is None:
            self.call_label.setText(self.tr("No active call"))
            self.call_bar.setStyleSheet("")
            self.end_call_button.setEnabled(False)
            return
        seconds = int((self.clock.now() - call.started_at).total_seconds())
        who = call.customer_no or self.tr("not identified")
        self.call_label.setText(
            self.tr("Active call %1 · %2 · customer %3")
            .replace("%1", call.masked_number)
            .replace("%2", f"{seconds // 60:02d}:{seconds % 60:02d}")
            .replace("%3", who)
        )
        self.call_bar.setStyleSheet("#callBar { background: #e8f5e9; border-radius: 4px; }")
        self.end_call_button.setEnabled(True)

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- verify and reveal ------------------------------------------------------------------
    def open_verify(self, field: str) -> None:
        record = self.card.record
        if record is None:
            self.notice.setText(self.tr("Open a customer first."))
            return
        dialog = VerifyDialog(
            record, self.verifier, self.language, field, self, watermark=self.watermark_text
        )
        dialog.exec()

    def reveal_field(self, field: str) -> RevealedValueView | None:
        record = self.card.record
        if record is None:
            return None
        on_call = self.calls.is_on_call_with(record.customer_id)
        need = self.revealer.requirement(record.customer_id, field)
        if need is TierAccess.NEVER:
            self.notice.setText(self.tr("Your role may not reveal this field for this customer."))
            return None
        reasons = RevealReasonDialog(self.who.policy.reveal_reasons, self.language, on_call, self)
        if reasons.exec() != QDialog.DialogCode.Accepted:
            return None
        code, note = reasons.choice()
        approval = None
        if need is not TierAccess.ALLOWED:
            role = (
                self.tr("supervisor")
                if need is TierAccess.SUPERVISOR_APPROVAL
                else self.tr("security officer")
            )
            dialog = ApprovalDialog(
                role, lambda staff, pw: self.revealer.authorise(staff, pw, need), self
            )
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.approval is None:
                return None
            approval = dialog.approval
        try:
            value = self.revealer.reveal(record.customer_id, field, code, note, approval)
        except ApprovalRequired:
            self.notice.setText(self.tr("This reveal needs an authorisation."))
            return None
        except SeatDeskError as exc:
            self.notice.setText(str(exc))
            return None
        self.guard.watch(record.customer_id)
        view = RevealedValueView(value, self.clock)
        self.card.show_revealed(field, view)
        return view

    # -- lock ---------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.stack.currentIndex() == LOCK_PAGE

    def lock(self, reason: str = "manual") -> None:
        if self.is_locked:
            return
        # Every customer value leaves the widgets before the lock screen shows.
        self.card.show_empty()
        self.results.clear()
        self.search.clear()
        self.clipboard_guard.clear_ours()
        self.notice.clear()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        reasons = {
            "idle": self.tr("Locked after inactivity."),
            "manual": self.tr("Locked by you."),
            "os_lock": self.tr("Locked with the screen."),
            "session_switch": self.tr("Locked when the session switched."),
        }
        self.lock_screen.reason.setText(reasons.get(reason, ""))
        self.lock_screen.error.clear()
        self.stack.setCurrentIndex(LOCK_PAGE)
        self._refresh_call_bar()
        self.lock_screen.password.setFocus()
        self.services.record_lock(reason)
        self.locked_changed.emit(True)

    def try_unlock(self, password: str) -> bool:
        try:
            ok = self.services.unlock(password)
        except AccountLockedError:
            QMessageBox.warning(
                self, self.tr("SeatDesk"), self.tr("Too many wrong passwords: you are signed out.")
            )
            self.signed_out.emit()
            self.close()
            return False
        if not ok:
            self.lock_screen.error.setText(self.tr("Wrong password."))
            return False
        self.stack.setCurrentIndex(DESK_PAGE)
        self.idle.touch()
        self.locked_changed.emit(False)
        active = self.calls.active
        if self._pending_pop is not None:
            number, self._pending_pop = self._pending_pop, None
            self.on_pop(number)
        elif active is not None and active.customer_id is not None:
            self.show_customer(active.customer_id)
        self._refresh_call_bar()
        return True

    # -- incident ---------------------------------------------------------------------------
    def report_incident(self) -> None:
        """One click: the form comes filled in; afterwards, containment."""
        desk = self.services.incidents
        active = self.calls.active
        dialog = IncidentDialog(desk.prefill(active.masked_number if active else None), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        category, text, affected, anonymous = dialog.choice()
        try:
            row = desk.submit(
                category,
                text,
                affected,
                anonymous=anonymous,
                call_masked=active.masked_number if active else None,
            )
        except SeatDeskError as exc:
            self.notice.setText(str(exc))
            return
        contain = ContainmentDialog(row.ref, self)
        contain.exec()
        desk.contain(
            row.ref,
            locked_seat=contain.lock_seat.isChecked(),
            force_password_change=contain.staff_ids(),
        )
        if contain.lock_seat.isChecked():
            self.lock("manual")

    def open_incidents(self) -> None:
        IncidentBoard(self.services, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick_timer.stop()
        self.idle.stop()
        self.visitor_link.stop()
        self.key_guard.stop()
        self.capture.stop()
        self.clipboard_guard.stop()
        self.card.show_empty()
        if self.calls.active is not None:
            self.calls.end()
        self.who.close()
        super().closeEvent(event)
