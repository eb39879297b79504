"""Every table of the seat is a guarded view (nothing dragged out, no context menu) over a model
that never raises into Qt: a customer purged after the search shows as a placeholder row."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from seatdesk.services.factory import Services
from seatdesk.services.incidents import IncidentDesk
from seatdesk.ui.incident_board import IncidentBoard
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.tables import PLACEHOLDER, placeholder_text
from tests.helpers.demo import ROWS
from tests.helpers.qt import open_visitors
from tests.helpers.vaults import StaffedVault

# The first character of a name that several demo customers share: a search with a list.
SURNAME = next(c for c, n in Counter(r["name"][0] for r in ROWS).most_common() if 2 <= n <= 20)


def test_a_customer_purged_after_the_search_shows_a_placeholder_row(
    qtbot: QtBot, customer_vault: StaffedVault
) -> None:
    desk = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(desk)
    desk.run_search(SURNAME)  # not shown yet: no row has been built
    ids = desk.listed_customer_ids()
    assert len(ids) >= 2
    gone = ids[0]
    officer = customer_vault.signed_in("sec01")
    try:
        services = Services(officer)
        services.withdraw_consent(gone)
        purged = {c.customer_id for c in services.purge(dry_run=False)}
    finally:
        officer.close()
    assert gone in purged
    kept = next(row for row, customer_id in enumerate(ids) if customer_id not in purged)

    desk.show()
    qtbot.waitExposed(desk)  # the view paints every row: the purged one must not raise
    model = desk.table.model()
    assert model.index(0, 0).data() == placeholder_text()
    assert [model.index(0, c).data() for c in (1, 2)] == [PLACEHOLDER, PLACEHOLDER]
    assert model.index(kept, 1).data().startswith("C")  # the others are whole
    desk.choose_row(0)  # choosing it says so, and raises nothing either
    assert desk.card.record is None and desk.notice.text()
    desk.choose_row(kept)
    assert desk.card.record is not None and desk.card.record.customer_id == ids[kept]
    desk.close()


def _views(widget: QWidget) -> list[QAbstractItemView]:
    return widget.findChildren(QAbstractItemView)


def _assert_guarded(views: list[QAbstractItemView]) -> None:
    for view in views:
        name = view.objectName() or type(view).__name__
        assert not view.dragEnabled(), name
        assert view.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop, name
        assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu, name
        assert not view.acceptDrops(), name


def test_every_table_lets_nothing_out(qtbot: QtBot, customer_vault: StaffedVault) -> None:
    desk = DeskWindow(customer_vault.signed_in("super01"), "zh_CN")
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    desk_views = _views(desk)
    assert "resultsTable" in {v.objectName() for v in desk_views}
    _assert_guarded(desk_views)

    visitors = open_visitors(qtbot, desk)
    tables = {v.objectName() for v in _views(visitors)}
    assert {"hallBoard", "expectedTable", "watchTable"} <= tables
    _assert_guarded(_views(visitors))
    visitors.close()
    desk.close()

    reporter = customer_vault.session("agent01")
    IncidentDesk(reporter).submit("data_leak", "客户资料出现在外部群", [])
    reporter.close()
    officer = customer_vault.signed_in("sec01")
    try:
        board = IncidentBoard(Services(officer), "zh_CN")
        qtbot.addWidget(board)
        assert "incidentTable" in {v.objectName() for v in _views(board)}
        _assert_guarded(_views(board))
        assert board.table.model().rowCount() == 1
    finally:
        officer.close()
