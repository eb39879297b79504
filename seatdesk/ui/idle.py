"""Idle auto-lock: an application-wide event filter notes activity; a timer compares the injected
clock with the last activity, so tests move time instead of waiting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from seatdesk.core.clock import Clock

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, clock: Clock, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._seconds = seconds
        self._last = clock.now()
        self._fired = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.touch()
        return False

    def touch(self) -> None:
        self._last = self._clock.now()
        self._fired = False

    def check(self) -> None:
        if self._fired:
            return
        if (self._clock.now() - self._last).total_seconds() >= self._seconds:
            self._fired = True
            self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
