"""外来人员 / Visitors: one window with the hall board, the register form, expected visitors,
the watch list and the reports. It is a child of the desk, so the desk's lock closes it, its
guards refuse copy and drag in it, and its watermark covers it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.factory import Services
from seatdesk.services.visitors import VisitorView
from seatdesk.ui.error_text import error_text
from seatdesk.ui.tables import seal_views
from seatdesk.ui.visitors.board import ExpectedList, HallBoard
from seatdesk.ui.visitors.form import CHECK_IN, VisitorForm
from seatdesk.ui.visitors.reports import VisitorReports
from seatdesk.ui.visitors.watch import WatchList
from seatdesk.ui.watermark import Watermark

BOARD_REFRESH_MS = 15_000


class VisitorsWindow(QDialog):
    changed = Signal()  # the hall's count changed: the desk's indicator follows

    def __init__(
        self,
        services: Services,
        language: str,
        watermark: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitorsWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Visitors — seat hall register"))
        self.desk = services.visitors
        self.language = language
        self.is_security = has_permission(services.who.role, Permission.MANAGE_WATCH_LIST)
        self.may_purge = has_permission(services.who.role, Permission.PURGE)
        self.status = QLabel()
        self.status.setObjectName("visitorStatus")
        self.status.setWordWrap(True)

        self.hall = HallBoard(self.desk, self.status.setText)
        self.hall.hall_changed.connect(self._hall_changed)
        self.form = VisitorForm(self.desk, language)
        self.form.registered.connect(self._registered)
        self.expected = ExpectedList(self.desk, self.status.setText)
        self.expected.check_in_requested.connect(self._check_in)
        self.expected.edited.connect(self.refresh)
        self.watch = WatchList(self.desk, language, self.is_security, self.status.setText)
        self.watch.edited.connect(self.refresh)
        self.reports = VisitorReports(self.desk, self.may_purge, self.status.setText)
        self.hall.print_requested.connect(self.reports.print_roster)
        # The tables, as the window's own (the tests and the guards reach them here).
        self.board, self.board_model = self.hall.table, self.hall.model
        self.count_label = self.hall.count_label
        self.expected_table, self.expected_model = self.expected.table, self.expected.model
        self.watch_table, self.watch_model = self.watch.table, self.watch.model
        self.log_date = self.reports.log_date

        self.tabs = QTabWidget()
        self.tabs.setObjectName("visitorTabs")
        self.tabs.addTab(self.hall, self.tr("In the hall"))
        self.tabs.addTab(self.form, self.tr("Register"))
        self.tabs.addTab(self.expected, self.tr("Expected"))
        self.tabs.addTab(self.watch, self.tr("Watch list"))
        self.tabs.addTab(self.reports, self.tr("Reports"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.watermark = Watermark(self, watermark)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(BOARD_REFRESH_MS)
        self.resize(1120, 720)
        seal_views(self)  # the tables, their headers and the form's combo boxes
        self.board_model.set_items(self.desk.open_board())
        self.refresh()

    def refresh(self) -> None:
        try:
            views = self.desk.on_floor()
            self.expected_model.set_items(self.desk.expected())
            self.watch_model.set_items(self.desk.watch_list())
        except SeatDeskError as exc:
            self.status.setText(error_text(exc))
            return
        self.hall.show_views(views)

    def _hall_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def _registered(self, view: VisitorView) -> None:
        self._hall_changed()
        if view.status == "on_floor":
            self.tabs.setCurrentIndex(0)

    def _check_in(self, view: VisitorView) -> None:
        self.form.set_mode(CHECK_IN, view)
        self.tabs.setCurrentWidget(self.form)

    # -- what the tabs do, from the window ------------------------------------------------------
    def sign_out_selected(self) -> VisitorView | None:
        return self.hall.sign_out_selected()

    def end_of_day(self) -> list[VisitorView]:
        return self.hall.end_of_day()

    def check_in_selected(self) -> None:
        self.expected.check_in_selected()

    def cancel_selected(self) -> None:
        self.expected.cancel_selected()

    def add_watch(self) -> None:
        self.watch.add_watch()

    def remove_watch(self) -> None:
        self.watch.remove_watch()

    def export_roster(self) -> Path | None:
        return self.reports.export_roster()

    def export_log(self) -> Path | None:
        return self.reports.export_log()

    def print_roster(self) -> bool:
        return self.reports.print_roster()

    def purge(self) -> None:
        self.reports.purge()

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self.board_model.set_items([])
        super().closeEvent(event)

    def done(self, result: int) -> None:  # reject() on the desk's lock, Esc, close
        self._timer.stop()
        self.board_model.set_items([])
        self.expected_model.set_items([])
        self.watch_model.set_items([])
        super().done(result)
