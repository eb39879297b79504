"""The agent's desk: the call bar, search, lazy results, the masked record card with verify and
reveal, the watermark, and the lock screen (idle, Ctrl+L, OS lock)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from seatdesk.core.errors import AccountLockedError, PermissionDenied, SeatDeskError
from seatdesk.policy.model import TierAccess
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.calls import EndedCall
from seatdesk.services.door import SignedIn
from seatdesk.services.factory import Services
from seatdesk.services.lifecycle import Reminders
from seatdesk.services.record_desk import MaskedRecord
from seatdesk.ui import desk_prompts, incident_flow, reveal_flow
from seatdesk.ui.approvals_window import ApprovalsWindow
from seatdesk.ui.call_bar import CallBar
from seatdesk.ui.capture import CaptureGuard, select_backend
from seatdesk.ui.desk_actions import desk_actions
from seatdesk.ui.desk_menu import DeskAction, DeskMenu
from seatdesk.ui.desk_page import DeskPage
from seatdesk.ui.desk_status import DeskStatus
from seatdesk.ui.dialog_kit import inform
from seatdesk.ui.error_text import error_text
from seatdesk.ui.export_flow import run_export
from seatdesk.ui.guards import ClipboardGuard, KeyAndMouseGuard
from seatdesk.ui.hall_status import HallIndicator
from seatdesk.ui.idle import IdleWatcher
from seatdesk.ui.lock_screen import LockScreen
from seatdesk.ui.notifier import Notifier
from seatdesk.ui.revealed_value import RevealedValueView
from seatdesk.ui.tables import seal_views
from seatdesk.ui.training_dialog import warn_if_in_grace
from seatdesk.ui.visitors.hall_link import VisitorHallLink
from seatdesk.ui.watermark import Watermark
from seatdesk.ui.wrap_up_dialog import WrapUpDialog, open_wrap_up

DESK_PAGE, LOCK_PAGE = 0, 1
NEVER = TierAccess.NEVER
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
        # Kept: the watermark may paint after a sign-out (a language change repaints it).
        self.hall_time = who.policy.hall_time
        self._marked = f"{who.staff_id} · {who.seat}"
        self.records = self.services.records
        self.calls = self.services.calls
        self.verifier = self.services.verifier
        self.guard = self.services.guard
        self.visitors = self.services.visitors
        self.revealer = self.services.revealer
        self._pending_pop: str | None = None
        self._popped: MaskedRecord | None = None  # the card a pop viewed, until it is shown
        self._close_reason = "closed"
        self.wrap_up: WrapUpDialog | None = None  # the last call's, while open
        self.approvals_window: ApprovalsWindow | None = None  # the approver's, once opened
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
        self.status = DeskStatus(self.statusBar(), who, self.capture, self.services.strict)
        self.capture_label = self.status.capture_label
        self._build_shortcuts()  # before the flows that add theirs
        self.visitor_link = VisitorHallLink(self)  # indicator; register for supervisors
        self.hall_indicator = HallIndicator(
            self.statusBar(),
            see_alerts=has_permission(who.role, Permission.HANDLE_INCIDENTS),
            hall_time=who.policy.hall_time,
        )
        self.services.start_hall_link()
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

        limits = who.policy.limits
        self.idle = IdleWatcher(
            self.clock,
            limits.idle_lock_seconds,
            self,
            during_call_seconds=limits.idle_lock_during_call_seconds,
            on_call=lambda: self.calls.active is not None,
        )
        self.idle.idle.connect(lambda: self.lock("idle"))
        self._call_timer = QTimer(self)
        self._call_timer.timeout.connect(self._refresh_call_bar)
        self._call_timer.start(1000)
        self.notifier = Notifier(self, self.notice)
        self._tick_timer = QTimer(self)  # the one timer for business that runs by the clock
        self._tick_timer.timeout.connect(self.tick)
        self._tick_timer.start(TICK_MS)
        self.tick()
        warn_if_in_grace(self)

        if not self._sees_customers():  # nothing offered that the role cannot use
            self.page.hide_customer_search()
            self.call_bar.without_calls()
            self.card.show_empty(self.tr("Administrators see no customer data."))

    # -- construction ------------------------------------------------------------------------
    def _build_desk_page(self) -> QWidget:
        self.call_bar = CallBar(
            self.calls,
            self.clock,
            on_export=(lambda: run_export(self)) if self._sees_customers() else None,
            on_end_call=self.end_call,
            on_report=self.report_incident,
            on_incidents=(
                self.open_incidents
                if has_permission(self.who.role, Permission.HANDLE_INCIDENTS)
                else None
            ),
        )
        self.call_label = self.call_bar.call_label
        self.end_call_button = self.call_bar.end_call_button
        hand_over = QPushButton(self.tr("Sign out (next person)"))
        hand_over.setObjectName("handOverButton")
        hand_over.setToolTip(self.tr("Shift handover: sign out and let the next person sign in"))
        hand_over.clicked.connect(self.hand_over)
        self.call_bar.add_trailing_button(hand_over)

        policy = self.who.policy
        codes = policy.wrap_up
        wrap_up_labels = {c.code: c.label(self.language) for c in (*codes.reasons, *codes.outcomes)}
        page = DeskPage(
            self.call_bar,
            self.records,
            self.language,
            policy.tier_labels,
            policy.hall_time,
            namesake=policy.namesake_detail,
        )
        self.page = page
        self.search, self.search_button = page.search, page.search_button
        self.results, self.table, self.card = page.results, page.table, page.card
        self.card.set_wrap_up_labels(wrap_up_labels)
        self.notice = page.notice
        self.search.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.table.activated.connect(lambda index: self.choose_row(index.row()))
        self.table.clicked.connect(lambda index: self.choose_row(index.row()))
        self.card.reveal_clicked.connect(self.reveal_field)
        self.card.verify_clicked.connect(self.open_verify)
        self.card.copy_number_clicked.connect(self.copy_customer_number)
        self.card.withdraw_consent_clicked.connect(self.withdraw_consent)
        return page

    def _sees_customers(self) -> bool:
        return has_permission(self.who.role, Permission.SEARCH_CUSTOMERS)

    def _build_shortcuts(self) -> None:
        """The menu, each action with its shortcut; F1 lists them."""
        self.menu = DeskMenu(self)
        self.menu.add_all(desk_actions(self))
        self.menu.add_help()

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
        self.call_bar.add_button(button)

    def add_shortcut(self, keys: str, action: Callable[[], object], label: str = "") -> None:
        """A flow's shortcut, in the menu (and F1's list) under `label`."""
        self.menu.add(DeskAction(self.tr("Tools"), label or keys, keys, action))

    def _blocked(self, action: str) -> None:
        # The notice line is the desk's width; the status bar's message shares its line with the
        # badges, which cut it off (the English one at 1280 px).
        text = desk_prompts.blocked_text(action)
        self.notice.setText(text)

        def clear_if_still(shown: str = text) -> None:
            if self.notice.text() == shown:
                self.notice.clear()

        QTimer.singleShot(8000, self.notice, clear_if_still)

    def _print_refused(self) -> None:
        self.notice.setText(desk_prompts.print_refused_text())

    def withdraw_consent(self) -> None:
        """The caller withdraws consent (PIPL): recorded now, deleted at the next purge."""
        record = self.card.record
        if record is None:
            return
        if not desk_prompts.confirm_withdrawal(self, record.customer_no):
            return
        self.services.withdraw_consent(record.customer_id)
        self._show_or_say(record.customer_id)

    def _show_or_say(self, customer_id: int) -> None:
        try:
            self.show_customer(customer_id)
        except SeatDeskError as exc:  # gone (purged), or past the look-up rate
            self.card.show_empty()
            self.notice.setText(error_text(exc))

    def tick(self) -> None:
        """What is due by the clock is decided in services; the desk only shows the result."""
        try:
            result = self.services.tick(self.clock.now())
        except SeatDeskError:
            return
        if result.reminders is not None:
            self.show_reminders(result.reminders)
        self.notifier.show(result.notices)
        if self.approvals_window is not None and self.approvals_window.isVisible():
            self.approvals_window.tick(self.clock.now())
        if result.visitors_signed_out:
            self.visitor_link.day_closed(result.visitors_signed_out)
        self.visitor_link.show_count(result.visitors_in_hall)
        self.hall_indicator.show_state(result.hall, result.strict_reasons)
        if result.hall is not None and result.hall.account_disabled:
            self.lock("account_disabled")

    def show_reminders(self, due: Reminders) -> None:
        self.notice.setText(desk_prompts.reminder_text(due, self.hall_time))

    def copy_customer_number(self) -> None:
        record = self.card.record
        if record is not None:
            self.clipboard_guard.secure_copy(record.customer_no)

    def watermark_text(self) -> str:
        return f"{self._marked} · {self.hall_time(self.clock.now())}"

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
            self.notice.setText(error_text(exc))
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
        if self.calls.active is not None and self.calls.active.customer_id is None:
            try:
                self.calls.bind(customer_id)
            except SeatDeskError as exc:  # the customer went away after the search (purged)
                self.card.show_empty()
                self.notice.setText(error_text(exc))
                return
        self._show_or_say(customer_id)

    def show_customer(self, customer_id: int) -> MaskedRecord:
        popped, self._popped = self._popped, None
        if popped is not None and popped.customer_id == customer_id:
            record = popped  # viewed by the pop itself, in its audit transaction
        else:
            record = self.records.view(customer_id)
        self.guard.watch(customer_id)
        needs = self.revealer.requirements(customer_id)
        self.card.show_record(record, frozenset(k for k, n in needs.items() if n is NEVER))
        self.record_shown.emit(record)
        return record

    # -- calls ----------------------------------------------------------------------------
    def on_pop(self, number: str) -> None:
        """A call arrives from the phone system (activity: the agent is at the seat)."""
        self.idle.touch()
        self.bring_to_front()
        if self.stack.currentIndex() == LOCK_PAGE:
            self._pending_pop = number  # shown once the agent unlocks
            self.lock_screen.reason.setText(self.tr("A call is waiting."))
            return
        if self.calls.active is not None:  # the call before ends here: its wrap-up opens
            self.end_call()
        try:
            pop = self.calls.pop(number)
        except SeatDeskError as exc:
            self.notice.setText(error_text(exc))
            return
        self.search.clear()
        self.card.remask_all()
        ids = [match.customer_id for match in pop.matches]
        if pop.refused is not None:  # the one match's card was refused (and that audited)
            self.results.set_ids(ids)
            self.card.show_empty()
            self.notice.setText(error_text(pop.refused))
        else:
            self._popped = pop.record
            self._show_ids(ids)
            self._popped = None
        self._refresh_call_bar()

    def end_call(self) -> None:
        if self.calls.active is None:
            return
        ended = self.calls.end()
        self.card.remask_all()
        self._refresh_call_bar()
        if ended is not None and self.services.wrap_ups.enabled:
            dialog = self.wrap_up = self._open_wrap_up(ended)
            dialog.finished.connect(lambda _=0: self._wrap_up_closed(dialog))

    def _wrap_up_closed(self, dialog: WrapUpDialog) -> None:
        if self.wrap_up is dialog:
            self.wrap_up = None

    def _open_wrap_up(self, ended: EndedCall) -> WrapUpDialog:
        record = self.card.record
        return open_wrap_up(
            self,
            ended,
            (record.customer_id, record.customer_no) if record is not None else None,
            self._show_card_again,
        )

    def _show_card_again(self) -> None:
        """After a wrap-up: the customer on the card again, its history with the wrap-up."""
        record = self.card.record
        if record is not None and not self.is_locked:
            self._show_or_say(record.customer_id)

    def _refresh_call_bar(self) -> None:
        self.call_bar.refresh(self.is_locked)

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- verify and reveal ------------------------------------------------------------------
    def open_verify_any(self) -> None:
        self.open_verify("")

    def open_verify(self, field: str) -> None:
        reveal_flow.open_verify(self, self.card, field)

    def reveal_field(self, field: str) -> RevealedValueView | None:
        return reveal_flow.reveal_field(self, self.card, field)

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
        self.lock_screen.show_locked(reason)
        self.stack.setCurrentIndex(LOCK_PAGE)
        self._refresh_call_bar()
        self.lock_screen.password.setFocus()
        self.services.record_lock(reason)
        self.locked_changed.emit(True)

    def try_unlock(self, password: str) -> bool:
        try:
            ok = self.services.unlock(password)
        except AccountLockedError as exc:
            said = (
                error_text(exc)
                if exc.code == "auth.lockout_tampered"
                else self.tr("Too many wrong passwords: you are signed out.")
            )
            inform(self, self.tr("SeatDesk"), said, QMessageBox.Icon.Warning)
            self.signed_out.emit()
            self.close_for("locked_out")
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
            self._show_or_say(active.customer_id)
        self._refresh_call_bar()
        return True

    # -- incident ---------------------------------------------------------------------------
    def report_incident(self) -> None:
        """One click: the form comes filled in; afterwards, containment."""
        incident_flow.report_incident(self, lambda: self.lock("manual"))

    def open_incidents(self) -> None:
        incident_flow.open_incidents(self)

    def open_approvals(self) -> None:
        """The hall's approval requests for this approver (a window beside the desk)."""
        if self.approvals_window is None:
            self.approvals_window = ApprovalsWindow(self.services, self.language, self)
        else:
            self.approvals_window.refresh()
        self.approvals_window.show()
        self.approvals_window.raise_()

    def open_audit_log(self) -> None:
        """The security officer's audit log and "who saw this customer" (Ctrl+Shift+A)."""
        self._run_menu("open_audit_log")

    def open_officer(self) -> None:
        """The security officer's access review and purge."""
        self._run_menu("open_officer")

    def open_admin(self) -> None:
        """The admin's accounts and backups."""
        self._run_menu("open_admin")

    def _run_menu(self, name: str) -> None:
        next(a for a in self.menu.actions if a.name == name).run()

    def close_for(self, reason: str) -> None:
        """Close the desk, saying why in the logout entry ("terminated": SIGTERM)."""
        self._close_reason = reason
        self.close()

    @property
    def close_reason(self) -> str:
        return self._close_reason

    def hand_over(self) -> None:
        """Shift handover: this person signs out (an active call ends first) and the sign-in
        window opens for the next one, without quitting the desk."""
        self.close_for("handover")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick_timer.stop()
        self.idle.stop()
        self.visitor_link.stop()
        self.key_guard.stop()
        self.capture.stop()
        self.clipboard_guard.stop()
        self.notifier.stop()
        self.card.show_empty()
        if self.wrap_up is not None:  # left open: skipped, while its person is signed in
            self.wrap_up.close()
        if self.who.is_open:
            if self.calls.active is not None:
                self.calls.end()
            self.services.record_logout(self._close_reason)
        self.services.close()  # stops the hall link, then signs out
        super().closeEvent(event)
