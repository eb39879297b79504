"""Search results as a lazy table: the search hands over customer ids, rows are built (masked)
only when the view asks for them, and a bounded cache keeps memory flat on huge result lists.
The ids are kept as an array of 64-bit integers: 8 MB for a million rows, not the 36 MB of a
list of Python ints. A customer purged after the search shows as a placeholder row (the table
kit's model never raises into Qt)."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from seatdesk.services.record_desk import Match
from seatdesk.ui.tables import GuardedTableModel

CACHE_ROWS = 2000


def detail_header(kind: str) -> str | None:
    """The heading of the namesake detail's column; None: the policy shows none."""
    translate = QCoreApplication.translate
    return {
        "birth_year": translate("ResultsModel", "Born"),
        "district": translate("ResultsModel", "District"),
        "mobile_last4": translate("ResultsModel", "Mobile ends"),
    }.get(kind)


def _headers(detail: str | None) -> list[str]:
    headers = [
        QCoreApplication.translate("ResultsModel", "Name"),
        QCoreApplication.translate("ResultsModel", "Customer no."),
        QCoreApplication.translate("ResultsModel", "Tier"),
    ]
    return headers if detail is None else [*headers, detail]


class ResultsModel(GuardedTableModel):
    """Name, customer number, tier (and the namesake detail)."""

    def __init__(
        self,
        load: Callable[[int], Match],
        parent: QObject | None = None,
        *,
        namesake: str = "none",
    ) -> None:
        self._detail = detail_header(namesake) is not None
        super().__init__(_headers(detail_header(namesake)), parent)
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

    def customer_ids(self) -> list[int]:
        return list(self._ids)

    def row_total(self) -> int:
        return len(self._ids)

    def cells(self, row: int) -> Sequence[str]:
        match = self._row(self._ids[row])
        if self._detail:
            return (match.masked_name, match.customer_no, match.tier, match.detail)
        return (match.masked_name, match.customer_no, match.tier)

    def _row(self, customer_id: int) -> Match:
        match = self._cache.get(customer_id)
        if match is None:
            match = self._load(customer_id)  # raises once the customer is gone: not cached
            self._cache[customer_id] = match
            if len(self._cache) > CACHE_ROWS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(customer_id)
        return match
