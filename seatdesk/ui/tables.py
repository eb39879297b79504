"""The one way SeatDesk shows a table: a guarded view over a read-only model of masked text.

The view lets nothing out: no drag (nor drop), no context menu, no editing, whole rows selected.
The model's `data()` is a Qt virtual override, so it never lets an exception escape: a row whose
record went away after the search (purged, say, and the service raises) shows a placeholder row
instead, and the row that could not be built is never partly shown."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from seatdesk.core.errors import SeatDeskError
from seatdesk.ui.style import COLOURS

log = logging.getLogger("seatdesk.ui.tables")

Index = QModelIndex | QPersistentModelIndex
Item = TypeVar("Item")
PLACEHOLDER = "—"
HIGHLIGHT_BRUSH = QBrush(QColor(COLOURS["highlight_row"]))  # overstays, overdue deadlines


def placeholder_text() -> str:
    return QCoreApplication.translate("GuardedTable", "(no longer available)")


def seal_view(view: QAbstractItemView) -> None:
    """Nothing is dragged out of (or dropped into) the view, no menu offers to copy a cell."""
    view.setDragEnabled(False)
    view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    view.setAcceptDrops(False)
    view.viewport().setAcceptDrops(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)


def seal_views(root: QWidget) -> None:
    """Seal every item view inside a window: its tables, their headers, the combo boxes' lists."""
    for view in root.findChildren(QAbstractItemView):
        seal_view(view)


def guard_view(view: QAbstractItemView) -> None:
    """A sealed view that selects whole rows, one at a time, and never edits."""
    seal_view(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if isinstance(view, QTableView):
        seal_view(view.horizontalHeader())
        seal_view(view.verticalHeader())


def guarded_table(
    name: str, model: QAbstractItemModel, accessible: str = "", *, fit_columns: bool = False
) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    if accessible:
        view.setAccessibleName(accessible)
    view.setModel(model)
    guard_view(view)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    if fit_columns:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def selected_row(view: QAbstractItemView) -> int | None:
    model = view.selectionModel()
    rows = model.selectedRows() if model is not None else []
    return rows[0].row() if rows else None


class GuardedTableModel(QAbstractTableModel):
    """A read-only table of already-masked text. Subclasses say how many rows there are and
    build one row's cells (which may raise); this class answers Qt and never raises."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)

    # -- for subclasses -------------------------------------------------------------------------
    def row_total(self) -> int:
        raise NotImplementedError

    def cells(self, row: int) -> Sequence[str]:
        raise NotImplementedError

    def highlighted(self, row: int) -> bool:
        return False

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

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
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._safe_cells(row)
            if cells is None:
                return placeholder_text() if column == 0 else PLACEHOLDER
            return cells[column] if column < len(cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole and self._safe_highlight(row):
            return HIGHLIGHT_BRUSH
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Selectable for navigation, never draggable nor editable.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _safe_cells(self, row: int) -> Sequence[str] | None:
        try:
            return self.cells(row)
        except SeatDeskError:
            return None  # the record went away (purged, say): a placeholder row
        except Exception:  # a Qt override must not raise; the row shows nothing of the record
            log.exception("table row %d could not be built", row)
            return None

    def _safe_highlight(self, row: int) -> bool:
        try:
            return self.highlighted(row)
        except Exception:  # as above: no exception leaves a Qt override
            log.exception("table row %d could not be highlighted", row)
            return False


class RowsModel(GuardedTableModel, Generic[Item]):
    """A table of items already in hand (visitors, watch-list entries, incidents): the cells of
    each item are built when the items are set."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[Item], Sequence[str]],
        highlight: Callable[[Item], bool] = lambda _: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(headers, parent)
        self._cells = cells
        self._highlight = highlight
        self.items: list[Item] = []
        self._rows: list[Sequence[str] | None] = []

    def set_items(self, items: Sequence[Item]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._rows = [self._build(item) for item in self.items]
        self.endResetModel()

    def item(self, row: int | None) -> Item | None:
        return self.items[row] if row is not None and 0 <= row < len(self.items) else None

    def row_total(self) -> int:
        return len(self._rows)

    def cells(self, row: int) -> Sequence[str]:
        built = self._rows[row]
        if built is None:
            raise SeatDeskError("row not available")
        return built

    def highlighted(self, row: int) -> bool:
        return self._highlight(self.items[row])

    def refresh_cells(self) -> None:
        """The items stay, their cells are built again (a countdown moved on)."""
        self._rows = [self._build(item) for item in self.items]
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _build(self, item: Item) -> Sequence[str] | None:
        try:
            return self._cells(item)
        except SeatDeskError:
            return None
