"""Search results as a lazy table: the search hands over customer ids, rows are built (masked)
only when the view asks for them, and a bounded cache keeps memory flat on huge result lists.
The ids are kept as an array of 64-bit integers: 8 MB for a million rows, not the 36 MB of a
list of Python ints."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from seatdesk.services.record_desk import Match

CACHE_ROWS = 2000
Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    def __init__(self, load: Callable[[int], Match], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._ids = array("q")
        self._cache: OrderedDict[int, Match] = OrderedDict()

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = array("q", ids)
        self._cache.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.set_ids([])

    def customer_id(self, row: int) -> int:
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Name"), self.tr("Customer no."), self.tr("Tier"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        match = self._row(self._ids[index.row()])
        return (match.masked_name, match.customer_no, match.tier)[index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Selectable for navigation, but never draggable.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _row(self, customer_id: int) -> Match:
        match = self._cache.get(customer_id)
        if match is None:
            match = self._load(customer_id)
            self._cache[customer_id] = match
            if len(self._cache) > CACHE_ROWS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(customer_id)
        return match
