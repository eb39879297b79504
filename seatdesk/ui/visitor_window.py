"""The visitor register (外来人员) for supervisors and security officers, and the visitor-present
indicator that every desk shows.

The window: the hall board (who is in now, since when, host, badge; overstays in red; sign-out
with the badge; end-of-day sign-out), the register form, today's and later expected visitors,
the watch list, and the reports (daily log and evacuation roster as PDFs; the roster is also the
one print the guards allow). It is a child of the desk, so the desk's lock closes it, its guards
refuse copy and drag in it, and its watermark covers it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.reports.pdf import page_layout, paint
from seatdesk.services.factory import Services
from seatdesk.services.visitors import VisitorDesk, VisitorView, WatchView
from seatdesk.ui.visitor_dialogs import ReasonDialog, SignOutDialog, WatchEntryDialog
from seatdesk.ui.visitor_form import CHECK_IN, VisitorForm
from seatdesk.ui.watermark import Watermark

if TYPE_CHECKING:
    from seatdesk.ui.main_window import DeskWindow

Index = QModelIndex | QPersistentModelIndex
BOARD_REFRESH_MS = 15_000
OVERSTAY_BRUSH = QBrush(QColor("#ffcdd2"))
SHORTCUT = "Ctrl+Shift+G"


class RowsModel(QAbstractTableModel):
    """A read-only table of already-masked rows; nothing can be dragged out of it."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[Any], Sequence[str]],
        highlight: Callable[[Any], bool] = lambda _: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = cells
        self._highlight = highlight
        self.items: list[Any] = []
        self._rows: list[Sequence[str]] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._rows = [self._cells(item) for item in self.items]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight(self.items[index.row()]):
            return OVERSTAY_BRUSH
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _table(name: str, model: RowsModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setDragEnabled(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def choose_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to save a report (a seam for tests)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return Path(name) if name else None


def make_printer() -> QPrinter:
    """The printer for the roster (a seam for tests, which print to a PDF file)."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def confirm_print(printer: QPrinter, parent: QWidget) -> bool:
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


class VisitorsWindow(QDialog):
    """外来人员 / Visitors: one window with the board, the form, expected visitors, the watch list
    and the reports."""

    changed = Signal()

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

        self.tabs = QTabWidget()
        self.tabs.setObjectName("visitorTabs")
        self.tabs.addTab(self._board_page(), self.tr("In the hall"))
        self.form = VisitorForm(self.desk, language)
        self.form.registered.connect(self._registered)
        self.tabs.addTab(self.form, self.tr("Register"))
        self.tabs.addTab(self._expected_page(), self.tr("Expected"))
        self.tabs.addTab(self._watch_page(), self.tr("Watch list"))
        self.tabs.addTab(self._reports_page(), self.tr("Reports"))
        self.status = QLabel()
        self.status.setObjectName("visitorStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.watermark = Watermark(self, watermark)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(BOARD_REFRESH_MS)
        self.resize(1120, 720)
        self.board_model.set_items(self.desk.open_board())
        self.refresh()

    # -- pages --------------------------------------------------------------------------------
    def _board_page(self) -> QWidget:
        self.count_label = QLabel()
        self.count_label.setObjectName("hallCount")
        self.count_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.board_model = RowsModel(
            [
                self.tr("Badge"),
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Host"),
                self.tr("Escort"),
                self.tr("ID number"),
                self.tr("Since"),
                self.tr("Expected out"),
                self.tr("Status"),
            ],
            self._board_cells,
            lambda v: bool(v.overstay),
            self,
        )
        self.board = _table("hallBoard", self.board_model)
        self.board.doubleClicked.connect(lambda _: self.sign_out_selected())
        sign_out = QPushButton(self.tr("Sign out…"))
        sign_out.setObjectName("signOutButton")
        sign_out.clicked.connect(self.sign_out_selected)
        clear = QPushButton(self.tr("End of day: sign out everyone…"))
        clear.setObjectName("endOfDayButton")
        clear.clicked.connect(self.end_of_day)
        roster = QPushButton(self.tr("Print evacuation roster…"))
        roster.setObjectName("printRosterButton")
        roster.clicked.connect(self.print_roster)
        buttons = QHBoxLayout()
        buttons.addWidget(sign_out)
        buttons.addWidget(clear)
        buttons.addStretch()
        buttons.addWidget(roster)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.count_label)
        layout.addWidget(self.board, 1)
        layout.addLayout(buttons)
        return page

    def _expected_page(self) -> QWidget:
        self.expected_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Host"),
                self.tr("ID number"),
                self.tr("Approval"),
            ],
            lambda v: [
                v.expected_date or "",
                v.name,
                v.organisation,
                f"{v.host} {v.host_name}".strip(),
                f"{v.id_type} {v.id_masked}",
                f"{v.approver} / {v.approval_ref}",
            ],
            parent=self,
        )
        self.expected_table = _table("expectedTable", self.expected_model)
        self.expected_table.doubleClicked.connect(lambda _: self.check_in_selected())
        check_in = QPushButton(self.tr("Sign in the selected visitor…"))
        check_in.setObjectName("checkInButton")
        check_in.clicked.connect(self.check_in_selected)
        cancel = QPushButton(self.tr("Cancel the pre-registration…"))
        cancel.setObjectName("cancelExpectedButton")
        cancel.clicked.connect(self.cancel_selected)
        hint = QLabel(
            self.tr(
                "A pre-registration admits the visitor on its date only. Pre-register on the "
                "Register tab."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(check_in)
        buttons.addWidget(cancel)
        buttons.addStretch()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.expected_table, 1)
        layout.addLayout(buttons)
        return page

    def _watch_page(self) -> QWidget:
        kinds = {"id_number": self.tr("ID number"), "name_org": self.tr("Name and organisation")}
        self.watch_model = RowsModel(
            [
                self.tr("By"),
                self.tr("Who"),
                self.tr("Reason"),
                self.tr("Added"),
                self.tr("By whom"),
            ],
            lambda w: [
                kinds.get(w.kind, w.kind),
                w.shown,
                w.reason,
                self.desk.hall_time(w.added_at, "%Y-%m-%d"),
                w.added_by,
            ],
            parent=self,
        )
        self.watch_table = _table("watchTable", self.watch_model)
        add = QPushButton(self.tr("Add…"))
        add.setObjectName("watchAddButton")
        add.clicked.connect(self.add_watch)
        remove = QPushButton(self.tr("Remove…"))
        remove.setObjectName("watchRemoveButton")
        remove.clicked.connect(self.remove_watch)
        for button in (add, remove):
            button.setEnabled(self.is_security)
        hint = QLabel(
            self.tr(
                "A visitor who matches an entry cannot be registered or signed in until a "
                "security officer overrides the match with a reason. Only security officers "
                "change the list."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.watch_table, 1)
        layout.addLayout(buttons)
        return page

    def _reports_page(self) -> QWidget:
        today = self.desk.today()
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
        purge.setEnabled(self.may_purge)
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
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(roster)
        layout.addWidget(printed)
        layout.addSpacing(24)
        layout.addWidget(
            QLabel(
                self.tr("Entries are anonymised %1 days after the visit.").replace(
                    "%1", str(self.desk.rules.retention_days)
                )
            )
        )
        layout.addWidget(purge)
        layout.addStretch()
        return page

    # -- board ----------------------------------------------------------------------------
    def _board_cells(self, v: VisitorView) -> list[str]:
        if v.overstay:
            status = self.tr("Overstay +%1 min").replace("%1", str(v.minutes_over))
        else:
            status = self.tr("In the hall")
        return [
            v.badge,
            v.name,
            v.organisation,
            f"{v.host} {v.host_name}".strip(),
            v.escort,
            v.id_masked,
            self.desk.hall_time(v.checked_in_at),
            self.desk.hall_time(v.expected_departure),
            status,
        ]

    def refresh(self) -> None:
        try:
            views = self.desk.on_floor()
            self.expected_model.set_items(self.desk.expected())
            self.watch_model.set_items(self.desk.watch_list())
        except SeatDeskError as exc:
            self.status.setText(str(exc))
            return
        self.board_model.set_items(views)
        over = sum(v.overstay for v in views)
        text = self.tr("%1 visitor(s) in the hall").replace("%1", str(len(views)))
        if views:
            text += " · " + self.tr("strict masking on every seat")
        if over:
            text += " · " + self.tr("%1 overstaying").replace("%1", str(over))
        self.count_label.setText(text)
        self.count_label.setStyleSheet(
            "font-size: 16px; font-weight: bold; color: %s;" % ("#b71c1c" if over else "#333")
        )

    def _registered(self, view: VisitorView) -> None:
        self.refresh()
        self.changed.emit()
        if view.status == "on_floor":
            self.tabs.setCurrentIndex(0)

    def _selected(self, table: QTableView, model: RowsModel) -> Any:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        return model.items[rows[0].row()]

    def sign_out_selected(self) -> VisitorView | None:
        view = self._selected(self.board, self.board_model)
        if view is None:
            self.status.setText(self.tr("Select a visitor on the board first."))
            return None
        dialog = SignOutDialog(view, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            done = self.desk.sign_out(view.visitor_id, dialog.returned.isChecked())
        except SeatDeskError as exc:
            self.status.setText(str(exc))
            return None
        message = self.tr("%1 signed out.").replace("%1", f"{done.name} ({done.badge})")
        if not dialog.returned.isChecked():
            message += " " + self.tr("Badge not returned: recorded.")
        self.status.setText(message)
        self.refresh()
        self.changed.emit()
        return done

    def end_of_day(self) -> list[VisitorView]:
        count = len(self.board_model.items)
        if not count:
            self.status.setText(self.tr("Nobody to sign out."))
            return []
        answer = QMessageBox.question(
            self,
            self.tr("End of day"),
            self.tr(
                "Sign out all %1 visitor(s) still in the hall? Each entry is flagged as a "
                "forced sign-out."
            ).replace("%1", str(count)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return []
        try:
            forced = self.desk.close_day(everyone=True)
        except SeatDeskError as exc:
            self.status.setText(str(exc))
            return []
        self.status.setText(
            self.tr("%1 visitor(s) signed out and flagged.").replace("%1", str(len(forced)))
        )
        self.refresh()
        self.changed.emit()
        return forced

    # -- expected -------------------------------------------------------------------------
    def check_in_selected(self) -> None:
        view = self._selected(self.expected_table, self.expected_model)
        if view is None:
            self.status.setText(self.tr("Select an expected visitor first."))
            return
        self.form.set_mode(CHECK_IN, view)
        self.tabs.setCurrentWidget(self.form)

    def cancel_selected(self) -> None:
        view = self._selected(self.expected_table, self.expected_model)
        if view is None:
            self.status.setText(self.tr("Select an expected visitor first."))
            return
        dialog = ReasonDialog(
            self.tr("Cancel the pre-registration"), self.tr("Why is it cancelled?"), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.desk.cancel(view.visitor_id, dialog.reason.text())
        except SeatDeskError as exc:
            self.status.setText(str(exc))
            return
        self.refresh()

    # -- watch list -----------------------------------------------------------------------
    def add_watch(self) -> None:
        if WatchEntryDialog(self.desk, self.language, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def remove_watch(self) -> None:
        entry: WatchView | None = self._selected(self.watch_table, self.watch_model)
        if entry is None:
            self.status.setText(self.tr("Select an entry first."))
            return
        dialog = ReasonDialog(
            self.tr("Remove from the watch list"), self.tr("Why is the entry removed?"), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.desk.remove_watch(entry.watch_id, dialog.reason.text())
        except SeatDeskError as exc:
            self.status.setText(str(exc))
            return
        self.refresh()

    # -- reports --------------------------------------------------------------------------
    def _saved(self, path: Path, digest: str) -> None:
        self.status.setText(
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
            self.status.setText(str(exc))
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
            self.status.setText(str(exc))
            return None
        self._saved(result.path, result.sha256)
        return result.path

    def print_roster(self) -> bool:
        """The evacuation roster on paper: the one print the guards allow (audited)."""
        try:
            self.desk.roster_document()  # permission and agreement checks before the dialog
        except SeatDeskError as exc:
            self.status.setText(str(exc))
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
            self.status.setText(str(exc))
            return False
        self.status.setText(self.tr("The evacuation roster was sent to the printer."))
        return True

    def purge(self) -> None:
        try:
            due = self.desk.anonymise_expired(dry_run=True)
        except SeatDeskError as exc:
            self.status.setText(str(exc))
            return
        if not due.references:
            self.status.setText(self.tr("No entries are past the retention period."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Retention"),
            self.tr("Anonymise %1 visitor entries closed more than %2 days ago?")
            .replace("%1", str(len(due.references)))
            .replace("%2", str(self.desk.rules.retention_days)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = self.desk.anonymise_expired()
        self.status.setText(
            self.tr("%1 entries anonymised.").replace("%1", str(len(done.references)))
        )

    def closeEvent(self, event: Any) -> None:
        self._timer.stop()
        self.board_model.set_items([])
        super().closeEvent(event)

    def done(self, result: int) -> None:  # reject() on the desk's lock, Esc, close
        self._timer.stop()
        self.board_model.set_items([])
        self.expected_model.set_items([])
        self.watch_model.set_items([])
        super().done(result)


class VisitorHallLink(QObject):
    """What the desk shows of the register: for everyone, a status-bar indicator while visitors
    are in the hall (the seat then runs strict masking); for supervisors and security officers,
    the "Visitors" button and shortcut, and the end-of-day sign-out when closing time passes."""

    def __init__(self, window: DeskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk: VisitorDesk = window.visitors
        self.may_register = has_permission(window.who.role, Permission.REGISTER_VISITORS)
        self.visitors_window: VisitorsWindow | None = None
        self.indicator = QLabel()
        self.indicator.setObjectName("visitorIndicator")
        self.indicator.setStyleSheet(
            "background: #6a1b9a; color: white; border-radius: 4px; padding: 1px 8px; "
            "font-weight: bold;"
        )
        self.indicator.hide()
        window.statusBar().addPermanentWidget(self.indicator)
        self.button: QPushButton | None = None
        if self.may_register:
            self.button = QPushButton(self.tr("Visitors…"))
            self.button.setObjectName("visitorsButton")
            self.button.setToolTip(self.tr("Visitor register (%1)").replace("%1", SHORTCUT))
            self.button.clicked.connect(self.open_window)
            bar = window.call_bar.layout()
            if isinstance(bar, QHBoxLayout):
                bar.insertWidget(1, self.button)
            QShortcut(QKeySequence(SHORTCUT), window, activated=self.open_window)
        self._count = 0

    def refresh(self) -> int:
        """Bring the indicator up to date now (through the desk's tick); returns the count."""
        self.window.tick()
        return self._count

    def show_count(self, count: int) -> None:
        self._count = count
        self.indicator.setVisible(count > 0)
        self.indicator.setText(
            self.tr("Visitors in the hall: %1 · strict masking").replace("%1", str(count))
        )

    def day_closed(self, signed_out: int) -> None:
        """Closing time passed with visitors still signed in: the tick signed them out, flagged."""
        self.window.statusBar().showMessage(
            self.tr(
                "Closing time: %1 visitor(s) still in the hall were signed out and flagged."
            ).replace("%1", str(signed_out)),
            15000,
        )
        if self.visitors_window is not None and self.visitors_window.isVisible():
            self.visitors_window.refresh()

    def open_window(self) -> VisitorsWindow | None:
        if not self.may_register or self.window.is_locked:
            return None
        if self.visitors_window is None or not self.visitors_window.isVisible():
            if self.visitors_window is not None:
                self.visitors_window.deleteLater()
            try:
                self.visitors_window = VisitorsWindow(
                    self.window.services,
                    self.window.language,
                    self.window.watermark_text,
                    self.window,
                )
            except SeatDeskError as exc:
                self.window.statusBar().showMessage(str(exc), 8000)
                return None
            self.visitors_window.changed.connect(self.refresh)
        self.visitors_window.show()
        self.visitors_window.raise_()
        self.visitors_window.activateWindow()
        return self.visitors_window

    def stop(self) -> None:
        """The desk closes: no more queries on its session."""
        if self.visitors_window is not None:
            self.visitors_window.done(QDialog.DialogCode.Rejected)
