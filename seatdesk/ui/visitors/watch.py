"""The watch-list tab of the visitor window: who may not enter without a security officer's
override, and why. Only security officers change the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.visitors import VisitorDesk, WatchView
from seatdesk.ui.error_text import error_text
from seatdesk.ui.tables import RowsModel, guarded_table, selected_row
from seatdesk.ui.visitors.dialogs import ReasonDialog, WatchEntryDialog


class WatchList(QWidget):
    edited = Signal()

    def __init__(
        self,
        desk: VisitorDesk,
        language: str,
        is_security: bool,
        report: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.language = language
        self._report = report
        kinds = {"id_number": self.tr("ID number"), "name_org": self.tr("Name and organisation")}
        self.model: RowsModel[WatchView] = RowsModel(
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
        self.table = guarded_table("watchTable", self.model, fit_columns=True)
        add = QPushButton(self.tr("Add…"))
        add.setObjectName("watchAddButton")
        add.clicked.connect(self.add_watch)
        remove = QPushButton(self.tr("Remove…"))
        remove.setObjectName("watchRemoveButton")
        remove.clicked.connect(self.remove_watch)
        for button in (add, remove):
            button.setEnabled(is_security)
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
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_watch(self) -> None:
        if WatchEntryDialog(self.desk, self.language, self).exec() == QDialog.DialogCode.Accepted:
            self.edited.emit()

    def remove_watch(self) -> None:
        entry = self.model.item(selected_row(self.table))
        if entry is None:
            self._report(self.tr("Select an entry first."))
            return
        dialog = ReasonDialog(
            self.tr("Remove from the watch list"), self.tr("Why is the entry removed?"), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.desk.remove_watch(entry.watch_id, dialog.reason.text())
        except SeatDeskError as exc:
            self._report(error_text(exc))
            return
        self.edited.emit()
