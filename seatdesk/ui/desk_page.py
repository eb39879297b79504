"""The desk's page: the call bar, the caller search, the lazy result list beside the masked
record card, and the notice line between them. The window wires what they do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from seatdesk.services.record_desk import RecordDesk
from seatdesk.ui.call_bar import CallBar
from seatdesk.ui.record_card import RecordCard
from seatdesk.ui.results_model import ResultsModel
from seatdesk.ui.tables import guarded_table


class DeskPage(QWidget):
    def __init__(
        self,
        call_bar: CallBar,
        records: RecordDesk,
        language: str,
        tier_labels: tuple[str, ...],
        hall_time: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Phone number, customer number or name"))
        self.search.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("searchButton")

        self.results = ResultsModel(records.match, self)
        self.table = guarded_table("resultsTable", self.results, self.tr("Search results"))
        self.table.setMinimumWidth(280)
        self.card = RecordCard(language, hall_time)
        self.card.set_tier_labels(tier_labels)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        self.notice = QLabel()
        self.notice.setObjectName("deskNotice")
        self.notice.setStyleSheet("color: #b00020;")

        top = QHBoxLayout()
        caller = QLabel(self.tr("Caller"))
        caller.setBuddy(self.search)
        self._search_row = (caller, self.search, self.search_button)
        top.addWidget(caller)
        top.addWidget(self.search, 1)
        top.addWidget(self.search_button)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(call_bar)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search, self.search_button)
        QWidget.setTabOrder(self.search_button, self.table)

    def hide_customer_search(self) -> None:
        """For a role that sees no customer: no search box, no result list."""
        for widget in (*self._search_row, self.table):
            widget.setEnabled(False)
            widget.hide()
