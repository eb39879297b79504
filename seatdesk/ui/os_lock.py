"""Lock the desk when the operating system locks the screen or switches the session.

Linux: the freedesktop (and GNOME) ScreenSaver `ActiveChanged` signal on the session bus.
Windows: WM_WTSSESSION_CHANGE after WTSRegisterSessionNotification (not testable here).
Where neither is available the monitor says so (`available` is False) and the idle lock remains.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QByteArray, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
WM_WTSSESSION_CHANGE = 0x02B1
WTS_LOCK_EVENTS = {0x2: "session_switch", 0x7: "os_lock"}  # console disconnect, session lock


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, monitor: ScreenLockMonitor) -> None:
        super().__init__()
        self._monitor = monitor

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        import ctypes.wintypes

        msg = ctypes.wintypes.MSG.from_address(int(message))
        if msg.message == WM_WTSSESSION_CHANGE and msg.wParam in WTS_LOCK_EVENTS:
            self._monitor.locked.emit(WTS_LOCK_EVENTS[msg.wParam])
        return False, 0


class ScreenLockMonitor(QObject):
    locked = Signal(str)

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = False
        self._filter: _WindowsSessionFilter | None = None
        if sys.platform == "win32":
            self._watch_windows(window)
        elif sys.platform.startswith("linux"):
            self._watch_dbus()

    def _watch_dbus(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path, interface in _SCREENSAVERS:
            # SLOT() gives Qt's "1"-prefixed slot signature; the bare name lost its first letter
            # ("nActiveChanged": never connected). PySide6 stubs: the slot is typed bytes.
            if bus.connect(  # type: ignore[call-overload]
                service, path, interface, "ActiveChanged", self, SLOT("onActiveChanged(bool)")
            ):
                self.available = True

    @Slot(bool)
    def onActiveChanged(self, active: bool) -> None:
        if active:
            self.locked.emit("os_lock")

    def _watch_windows(self, window: QWidget) -> None:
        import ctypes

        try:
            # typeshed: ctypes.WinDLL exists only on Windows, and mypy checks for this platform
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            ok = wtsapi.WTSRegisterSessionNotification(int(window.winId()), 0)
        except OSError:
            return
        if ok:
            self._filter = _WindowsSessionFilter(self)
            app = QApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._filter)
            self.available = True
