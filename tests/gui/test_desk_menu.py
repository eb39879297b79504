"""Issue 17 (finish): a menu with every action's shortcut shown, and F1 for the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from seatdesk.ui.desk_menu import ShortcutsDialog
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.demo import MOBILE
from tests.helpers.qt import when_modal


def test_the_menu_shows_each_shortcut_and_f1_lists_them(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("super01")
    shown = {a.label: a.keys for a in desk.menu.actions}
    for keys in (
        "Ctrl+E",
        "Ctrl+L",
        "Ctrl+F",
        "Ctrl+Shift+V",
        "Ctrl+Shift+R",
        "Ctrl+Shift+Q",
        "F1",
    ):
        assert keys in shown.values(), keys
    assert "F1" in shown.values() and "Ctrl+Shift+G" in shown.values()  # and the register's
    titles = [a.text() for a in desk.menuBar().actions()]
    assert titles[-1] == "帮助" or titles[-1] == "Help"
    listed: list[list[str]] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        table = dialog.table
        listed.extend([table.item(r, c).text() for c in range(3)] for r in range(table.rowCount()))
        dialog.reject()

    when_modal(read)
    with qtbot.waitActive(desk):
        desk.activateWindow()
    qtbot.keyClick(desk, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(listed))
    assert {row[1] for row in listed} >= {a.label for a in desk.menu.actions if a.keys}
    assert all(row[0] for row in listed)


def test_a_menu_shortcut_still_does_its_work(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    desk.on_pop(MOBILE)
    assert desk.calls.active is not None
    with qtbot.waitActive(desk):
        desk.activateWindow()
    qtbot.keyClick(desk.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.calls.active is None)
    if desk.wrap_up is not None:
        desk.wrap_up.reject()


def test_the_admin_menu_offers_no_customer_actions(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("admin01")
    keys = {a.keys for a in desk.menu.actions}
    assert "Ctrl+F" not in keys and "Ctrl+Shift+V" not in keys
