"""One rule for select-all (Ctrl+A) in the desk's windows: an editing field that holds no
protected value allows it (the search box, an incident's amount, a purpose); a field marked as
holding a protected value (a visitor's ID number or mobile, what the caller says in verify)
refuses it, and the guard records the attempt like any other. Views of customer data are not
editing fields: select-all is refused there too."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

PROTECTED_PROPERTY = "seatdeskProtectedValue"
TYPED_INPUT_PROPERTY = "seatdeskTypedInput"


def mark_typed_input(widget: QLineEdit) -> None:
    """`widget` holds only what the person typed there (the caller search): selecting it puts
    that on the X11 selection, which is cleared but is no attempt to take anything out."""
    widget.setProperty(TYPED_INPUT_PROPERTY, True)


def selects_own_typing(text: str) -> bool:
    """The focused field is a typed-input field whose selection is `text`."""
    focus = QApplication.focusWidget()
    return (
        isinstance(focus, QLineEdit)
        and bool(focus.property(TYPED_INPUT_PROPERTY))
        and bool(text)
        and focus.selectedText() == text
    )


def mark_protected(widget: QWidget) -> None:
    """`widget` holds a protected value while it is edited."""
    widget.setProperty(PROTECTED_PROPERTY, True)


def _editing(obj: QObject) -> bool:
    if isinstance(obj, (QLineEdit, QAbstractSpinBox)):
        return True
    return isinstance(obj, (QTextEdit, QPlainTextEdit)) and not obj.isReadOnly()


def select_all_allowed(obj: QObject | None) -> bool:
    if obj is None or not _editing(obj):
        return False
    holder: QObject | None = obj
    while holder is not None and _editing(holder):  # a spin box's own line edit included
        if holder.property(PROTECTED_PROPERTY):
            return False
        holder = holder.parent()
    return True
