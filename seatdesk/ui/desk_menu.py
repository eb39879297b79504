"""The desk's menu: every action with its shortcut shown beside it, and F1 for the list of
shortcuts (help), so that a new agent finds what the keyboard does without a manual."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


@dataclass(frozen=True)
class DeskAction:
    menu: str  # the menu's title, translated
    label: str  # translated
    keys: str  # "" for none
    run: Callable[[], object]
    name: str = ""  # for the desk to run it by name (DeskWindow.open_admin, …)


class DeskMenu:
    """The window's menu bar; `add` puts an action (and its shortcut) in a menu."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._menus: dict[str, QMenu] = {}
        self._help: QMenu | None = None
        self.actions: list[DeskAction] = []

    def add(self, action: DeskAction) -> QAction:
        menu = self._menus.get(action.menu)
        if menu is None:
            menu = self._menus[action.menu] = QMenu(action.menu, self._window)
            bar = self._window.menuBar()
            if self._help is None:
                bar.addMenu(menu)
            else:  # Help stays the last menu
                bar.insertMenu(self._help.menuAction(), menu)
        item = QAction(action.label, self._window)
        if action.keys:
            item.setShortcut(QKeySequence(action.keys))
        item.triggered.connect(lambda _=False, run=action.run: run())
        menu.addAction(item)
        self._window.addAction(item)  # its shortcut works wherever the focus is in the window
        self.actions.append(action)
        return item

    def add_all(self, actions: Sequence[DeskAction]) -> None:
        for action in actions:
            self.add(action)

    def add_help(self) -> None:
        title = translate("DeskMenu", "Help")
        self.add(
            DeskAction(
                title,
                translate("DeskMenu", "Keyboard shortcuts"),
                "F1",
                self.show_shortcuts,
            )
        )
        self._help = self._menus[title]

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.actions, self._window).exec()


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Sequence[DeskAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumWidth(460)
        keyed = [a for a in actions if a.keys]
        self.table = QTableWidget(len(keyed), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Menu")])
        self.table.verticalHeader().setVisible(False)
        for row, action in enumerate(keyed):
            keys = QKeySequence(action.keys).toString(QKeySequence.SequenceFormat.NativeText)
            for column, text in enumerate((keys, action.label, action.menu)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What the keyboard does at this desk:")))
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(520, 120 + 30 * len(keyed))
