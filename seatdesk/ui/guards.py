"""The seat's guards in the widget layer: copy, cut, select-all, context menus, drags and print
are refused inside the desk's windows and recorded; the clipboard (and the X11 primary selection)
is watched for protected values of the records this seat has open; whatever SeatDesk itself puts
on the clipboard (and the selection) carries the hints that keep clipboard managers and cloud
clipboards away, and is cleared after a while, on lock and on quit."""

from __future__ import annotations

import os
import shutil
from datetime import datetime

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QObject,
    QPoint,
    QProcess,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from seatdesk.core.clock import Clock
from seatdesk.services.guards import GuardDesk
from seatdesk.ui.desk_events import unwatch, watch
from seatdesk.ui.field_rules import select_all_allowed, selects_own_typing

# Platform hints: KDE Klipper, Windows clipboard history / cloud clipboard, macOS pasteboards.
CLIPBOARD_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
    "application/x-nspasteboard-concealed-type": b"secret",
}
# Qt cannot clear a Wayland clipboard it no longer owns (the compositor ignores an unfocused
# client); wl-clipboard's wl-copy can. Both the clipboard and the primary selection.
WL_COPY_CLEAR = (("--clear",), ("--primary", "--clear"))
_BLOCKED_KEYS = {
    QKeySequence.StandardKey.Copy: "copy",
    QKeySequence.StandardKey.Cut: "cut",
    QKeySequence.StandardKey.SelectAll: "select_all",
    QKeySequence.StandardKey.Print: "print",
}
# What the guard looks at: presses and moves for drag gestures, the rest to refuse.
GUARDED = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.KeyPress,
        QEvent.Type.ContextMenu,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
    }
)


def _inside(widget: QObject | None, roots: list[QWidget]) -> bool:
    while widget is not None:
        if any(widget is root for root in roots):
            return True
        widget = widget.parent()
    return False


class KeyAndMouseGuard(QObject):
    """Copy, cut, select-all, print keys, context menus, drops and drag gestures in the desk's
    windows (dialogs parented to them included), seen through the desk's one event filter."""

    blocked = Signal(str)
    print_refused = Signal()

    def __init__(
        self,
        guard: GuardDesk,
        roots: list[QWidget],
        data_views: list[QWidget] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._roots = roots
        self._data_views = data_views or []
        self._press: QPoint | None = None
        watch(GUARDED, self.handle)

    def stop(self) -> None:
        unwatch(self.handle)

    def handle(self, watched: QObject, event: QEvent) -> bool:
        """One event of a GUARDED type (from the desk's one filter); True refuses it."""
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove):
            assert isinstance(event, QMouseEvent)
            self._drag_gesture(watched, event)
            return False
        if not _inside(watched, self._roots):
            return False
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            return self._key(watched, event)
        if kind == QEvent.Type.ContextMenu:
            if isinstance(watched, QWidget) and watched.isWindow():
                return False  # delivered to the window after the child declined: counted once
            self._refuse("context_menu")
            return True
        self._refuse("drop")
        return True

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Print:
            if event.type() == QEvent.Type.KeyPress:
                self._guard.noticed("print_screen_key")
            return False
        for standard, action in _BLOCKED_KEYS.items():
            if event.matches(standard):
                if action == "select_all" and select_all_allowed(watched):
                    return False  # selecting what one types is harmless (see field_rules)
                if event.type() == QEvent.Type.KeyPress:
                    self._refuse(action)
                    if action == "print":
                        self.print_refused.emit()
                event.accept()
                return True
        return False

    def _drag_gesture(self, watched: QObject, event: QMouseEvent) -> None:
        """A press-and-pull on a view of customer data is a drag attempt: none of those views
        can start a drag (no drag flags, no text interaction), and the attempt is recorded."""
        if not _inside(watched, self._data_views):
            return
        position = event.globalPosition().toPoint()
        if event.type() == QEvent.Type.MouseButtonPress:
            self._press = position if event.button() == Qt.MouseButton.LeftButton else None
            return
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (position - self._press).manhattanLength() >= QApplication.startDragDistance():
            self._press = None
            self._refuse("drag")

    def _refuse(self, action: str) -> None:
        self._guard.blocked(action)
        self.blocked.emit(action)


def on_wayland() -> bool:
    """Whether this desk runs in a Wayland session (Qt's platform, or XWayland inside one)."""
    return QGuiApplication.platformName().startswith("wayland") or bool(
        os.environ.get("WAYLAND_DISPLAY")
    )


def clear_wayland_clipboard() -> bool:
    """Ask wl-copy (if installed) to clear the clipboard and the primary selection."""
    program = shutil.which("wl-copy")
    if program is None:
        return False
    started = [QProcess.startDetached(program, list(args))[0] for args in WL_COPY_CLEAR]
    return all(started)


class ClipboardGuard(QObject):
    """Clears the clipboard when it holds a protected value of a record open on this seat, and
    clears what SeatDesk itself put there (clipboard and selection) after a while and on quit.

    `clipboard` and `wayland` are for tests: by default the application's clipboard, and
    `on_wayland()`.
    """

    cleared = Signal(list)

    def __init__(
        self,
        guard: GuardDesk,
        clock: Clock,
        clear_after_seconds: int,
        parent: QObject | None = None,
        *,
        clipboard: QClipboard | None = None,
        wayland: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._clock = clock
        self._clear_after = clear_after_seconds
        self._ours: tuple[str, datetime] | None = None
        self._clipboard = clipboard if clipboard is not None else QGuiApplication.clipboard()
        self._wayland = on_wayland() if wayland is None else wayland
        self._stopped = False
        self._clipboard.dataChanged.connect(self._clipboard_changed)
        if self._clipboard.supportsSelection():
            self._clipboard.selectionChanged.connect(self._selection_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_ours)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.expire)
        self._timer.start(1000)

    def _modes(self) -> list[QClipboard.Mode]:
        modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        return modes

    def _clipboard_changed(self) -> None:
        self.inspect(QClipboard.Mode.Clipboard)

    def _selection_changed(self) -> None:
        self.inspect(QClipboard.Mode.Selection)

    def inspect(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> list[str]:
        if self._stopped:
            return []
        text = self._clipboard.text(mode)
        if self._ours is not None and text == self._ours[0]:
            return []
        fields = self._guard.protected_fields_in(text)
        if fields:
            self._clipboard.clear(mode)
            if mode == QClipboard.Mode.Selection and selects_own_typing(text):
                return []  # Ctrl+A on what the person typed (the search): cleared, no attempt
            where = "selection" if mode == QClipboard.Mode.Selection else "clipboard"
            self._guard.blocked(where, fields)
            self.cleared.emit(fields)
        return fields

    def secure_copy(self, text: str) -> QMimeData:
        """Put a (non-protected) text on the clipboard, and on the selection where there is one,
        with the privacy hints. Returns the clipboard's copy."""
        self._ours = (text, self._clock.now())
        copies = []
        for mode in self._modes():
            data = QMimeData()  # one each: the clipboard owns and deletes what it is given
            data.setText(text)
            for mime, value in CLIPBOARD_HINTS.items():
                data.setData(mime, QByteArray(value))
            self._clipboard.setMimeData(data, mode)
            copies.append(data)
        return copies[0]

    def expire(self) -> None:
        if self._ours is None:
            return
        _, at = self._ours
        if (self._clock.now() - at).total_seconds() >= self._clear_after:
            self.clear_ours()

    def clear_ours(self) -> None:
        """Clear what SeatDesk put there, unless the person has copied something else since.

        On Wayland, wl-copy clears too: Qt's clear() does nothing once the desk has lost the
        focus, while its cached text still reads as ours.
        """
        if self._ours is None:
            return
        text = self._ours[0]
        ours = [mode for mode in self._modes() if self._clipboard.text(mode) == text]
        for mode in ours:
            self._clipboard.clear(mode)
        if ours and self._wayland:
            clear_wayland_clipboard()
        self._ours = None

    def stop(self) -> None:
        if self._stopped:
            return
        self._timer.stop()
        self.clear_ours()
        self._stopped = True
        self._clipboard.dataChanged.disconnect(self._clipboard_changed)
        if self._clipboard.supportsSelection():
            self._clipboard.selectionChanged.disconnect(self._selection_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.clear_ours)
