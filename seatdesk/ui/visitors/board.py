"""Two tabs of the visitor window: the hall board (who is in now, since when, host, badge;
overstays in red; sign-out with the badge; end-of-day sign-out) and the expected visitors
(pre-registrations to sign in or cancel)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.visitors import VisitorDesk, VisitorView
from seatdesk.ui.dialog_kit import confirm
from seatdesk.ui.error_text import error_text
from seatdesk.ui.style import set_heading
from seatdesk.ui.tables import HIGHLIGHT_BRUSH, RowsModel, guarded_table, selected_row
from seatdesk.ui.visitors.dialogs import ReasonDialog, SignOutDialog

OVERSTAY_BRUSH = HIGHLIGHT_BRUSH
Report = Callable[[str], None]


class HallBoard(QWidget):
    """In the hall: the board, sign-out and the end of the day."""

    hall_changed = Signal()  # someone left: the hall's count changed
    print_requested = Signal()

    def __init__(self, desk: VisitorDesk, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._report = report
        self.count_label = QLabel()
        self.count_label.setObjectName("hallCount")
        set_heading(self.count_label, 2)
        self.model: RowsModel[VisitorView] = RowsModel(
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
            self._cells,
            lambda v: bool(v.overstay),
            self,
        )
        self.table = guarded_table("hallBoard", self.model, fit_columns=True)
        self.table.doubleClicked.connect(lambda _: self.sign_out_selected())
        sign_out = QPushButton(self.tr("Sign out…"))
        sign_out.setObjectName("signOutButton")
        sign_out.clicked.connect(self.sign_out_selected)
        clear = QPushButton(self.tr("End of day: sign out everyone…"))
        clear.setObjectName("endOfDayButton")
        clear.clicked.connect(self.end_of_day)
        roster = QPushButton(self.tr("Print evacuation roster…"))
        roster.setObjectName("printRosterButton")
        roster.clicked.connect(self.print_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(sign_out)
        buttons.addWidget(clear)
        buttons.addStretch()
        buttons.addWidget(roster)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _cells(self, v: VisitorView) -> list[str]:
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

    def show_views(self, views: Sequence[VisitorView]) -> None:
        self.model.set_items(views)
        over = sum(v.overstay for v in views)
        text = self.tr("%1 visitor(s) in the hall").replace("%1", str(len(views)))
        if views:
            text += " · " + self.tr("strict masking on every seat")
        if over:
            text += " · " + self.tr("%1 overstaying").replace("%1", str(over))
        self.count_label.setText(text)
        set_heading(self.count_label, 2, "danger_strong" if over else "")

    def sign_out_selected(self) -> VisitorView | None:
        view = self.model.item(selected_row(self.table))
        if view is None:
            self._report(self.tr("Select a visitor on the board first."))
            return None
        dialog = SignOutDialog(view, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            done = self.desk.sign_out(view.visitor_id, dialog.returned.isChecked())
        except SeatDeskError as exc:
            self._report(error_text(exc))
            return None
        message = self.tr("%1 signed out.").replace("%1", f"{done.name} ({done.badge})")
        if not dialog.returned.isChecked():
            message += " " + self.tr("Badge not returned: recorded.")
        self._report(message)
        self.hall_changed.emit()
        return done

    def end_of_day(self) -> list[VisitorView]:
        count = len(self.model.items)
        if not count:
            self._report(self.tr("Nobody to sign out."))
            return []
        yes = confirm(
            self,
            self.tr("End of day"),
            self.tr(
                "Sign out all %1 visitor(s) still in the hall? Each entry is flagged as a "
                "forced sign-out."
            ).replace("%1", str(count)),
        )
        if not yes:
            return []
        try:
            forced = self.desk.close_day(everyone=True)
        except SeatDeskError as exc:
            self._report(error_text(exc))
            return []
        self._report(
            self.tr("%1 visitor(s) signed out and flagged.").replace("%1", str(len(forced)))
        )
        self.hall_changed.emit()
        return forced


class ExpectedList(QWidget):
    """Expected: today's and later pre-registrations."""

    check_in_requested = Signal(object)  # the VisitorView to sign in on the form
    edited = Signal()

    def __init__(self, desk: VisitorDesk, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._report = report
        self.model: RowsModel[VisitorView] = RowsModel(
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
        self.table = guarded_table("expectedTable", self.model, fit_columns=True)
        self.table.doubleClicked.connect(lambda _: self.check_in_selected())
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
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _chosen(self) -> VisitorView | None:
        view = self.model.item(selected_row(self.table))
        if view is None:
            self._report(self.tr("Select an expected visitor first."))
        return view

    def check_in_selected(self) -> None:
        view = self._chosen()
        if view is not None:
            self.check_in_requested.emit(view)

    def cancel_selected(self) -> None:
        view = self._chosen()
        if view is None:
            return
        dialog = ReasonDialog(
            self.tr("Cancel the pre-registration"), self.tr("Why is it cancelled?"), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.desk.cancel(view.visitor_id, dialog.reason.text())
        except SeatDeskError as exc:
            self._report(error_text(exc))
            return
        self.edited.emit()
