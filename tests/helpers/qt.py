"""Driving real widgets as a person would: answering dialogs, reading back everything shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QLineEdit, QWidget
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
    """Every string a person or a screen reader could get out of the window's widgets."""
    texts: list[str] = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.whatsThis(),
            widget.statusTip(),
        ]
        if isinstance(widget, QLabel):
            texts += [widget.text(), widget.selectedText()]
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.selectedText(), widget.placeholderText()]
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
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
