"""Driving real widgets as a person would: answering dialogs, reading back everything shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from seatdesk.ui.main_window import DeskWindow

from seatdesk.ui.visitors.window import VisitorsWindow


def when_modal(handle: Callable[[QDialog], None]) -> None:
    """Answer the next modal dialog as a person would, once it is open."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            handle(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def visible_texts(window: QWidget) -> list[str]:
    """Every string a person or a screen reader could get out of the window's widgets: titles,
    labels, buttons, placeholders, tooltips, combo items, tab texts, group box titles, table and
    list headers and cells, text documents, actions (menus) and the status bar."""
    texts: list[str] = [window.windowTitle()]
    if isinstance(window, QMainWindow):
        texts.append(window.statusBar().currentMessage())
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.whatsThis(),
            widget.statusTip(),
        ]
        texts += [text for action in widget.actions() for text in (action.text(), action.toolTip())]
        texts += _own_texts(widget)
        face = QAccessible.queryAccessibleInterface(widget)
        if face is not None:
            for kind in (
                QAccessible.Text.Name,
                QAccessible.Text.Value,
                QAccessible.Text.Description,
                QAccessible.Text.Help,
            ):
                texts.append(face.text(kind))
    return texts


def _own_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text(), widget.selectedText()]
    if isinstance(widget, QLineEdit):
        return [widget.text(), widget.selectedText(), widget.placeholderText()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QComboBox):
        items = [widget.itemText(i) for i in range(widget.count())]
        return [*items, widget.placeholderText(), widget.currentText()]
    if isinstance(widget, QTabWidget):
        return [text for i in range(widget.count()) for text in _tab(widget, i)]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTextEdit):
        return [widget.toPlainText(), widget.placeholderText()]
    if isinstance(widget, QPlainTextEdit):
        return [widget.toPlainText(), widget.placeholderText()]
    if isinstance(widget, QSpinBox):
        return [widget.prefix(), widget.suffix(), widget.specialValueText()]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.text(), widget.specialValueText()]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _model_texts(widget.model())
    return []


def _tab(tabs: QTabWidget, index: int) -> list[str]:
    return [tabs.tabText(index), tabs.tabToolTip(index)]


def _model_texts(model: QAbstractItemModel, rows: int = 50) -> list[str]:
    """Headers and the first `rows` rows' display texts and tooltips."""
    # A list model's columnCount is private in PySide6: it has one.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def open_visitors(qtbot: QtBot, desk: DeskWindow) -> VisitorsWindow:
    """The supervisor presses the shortcut on the desk."""
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=3000)
    qtbot.keyClick(
        desk, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    window = desk.visitor_link.visitors_window
    assert isinstance(window, VisitorsWindow) and window.isVisible()
    qtbot.waitExposed(window)
    return window


def select_row(table: object, row: int) -> None:
    model = table.model()  # type: ignore[attr-defined]
    table.selectionModel().select(  # type: ignore[attr-defined]
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
