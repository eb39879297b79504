"""The desk's page: the call bar, the caller search, the lazy result list beside the masked
record card, and the notice line between them. The window wires what they do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seatdesk.services.record_desk import RecordDesk
from seatdesk.ui.call_bar import CallBar
from seatdesk.ui.field_rules import mark_typed_input
from seatdesk.ui.record_card import RecordCard
from seatdesk.ui.results_model import ResultsModel
from seatdesk.ui.style import set_tone
from seatdesk.ui.tables import guarded_table

# The widest cell each column holds (a masked name, a customer number, a tier), so widths come
# from the font and not from reading a million rows.
_WIDEST = ("欧阳**某", "C000000001", "绝密")
_WIDEST_DETAIL = "经济技术开发区"  # a district; a birth year or "…1234" is narrower


def fit_results_columns(table: QTableView) -> None:
    """Every column of the result list whole, the list as wide as they are: no column behind a
    scrollbar."""
    metrics = table.fontMetrics()
    model = table.model()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    total = 0
    widest_cells = (
        _WIDEST
        if model.columnCount() == len(_WIDEST)
        else (_WIDEST[0], _WIDEST_DETAIL, *_WIDEST[1:])
    )
    for column, widest in enumerate(widest_cells):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        width = max(
            metrics.horizontalAdvance(widest), header.fontMetrics().horizontalAdvance(title)
        )
        width += 24  # cell padding and the sort indicator's room
        table.setColumnWidth(column, width)
        total += width
    # The name takes what the list is given beyond that, so no empty band is left on the right.
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scrollbar = table.verticalScrollBar().sizeHint().width()
    table.setMinimumWidth(total + scrollbar + 2 * table.frameWidth() + 2)


class DeskPage(QWidget):
    def __init__(
        self,
        call_bar: CallBar,
        records: RecordDesk,
        language: str,
        tier_labels: tuple[str, ...],
        hall_time: Callable[[str], str],
        parent: QWidget | None = None,
        *,
        namesake: str = "none",
    ) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Phone number, customer number or name"))
        self.search.setClearButtonEnabled(True)
        mark_typed_input(self.search)  # a number the agent typed, not one the desk showed
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("searchButton")

        self.results = ResultsModel(records.match, self, namesake=namesake)
        self.table = guarded_table("resultsTable", self.results, self.tr("Search results"))
        fit_results_columns(self.table)
        self.card = RecordCard(language, hall_time)
        self.card.set_tier_labels(tier_labels)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        self.notice = QLabel()
        self.notice.setObjectName("deskNotice")
        set_tone(self.notice, "error")

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
