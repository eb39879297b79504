"""Idle auto-lock: the desk's one event filter (`ui.desk_events`) passes activity on; a timer
compares the injected clock with the last activity, so tests move time instead of waiting. A
screen pop is activity (`touch`), and while a call is active the lock waits up to the policy's
longer limit for calls (the agent talks, and does not type), after which it locks as usual."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from seatdesk.core.clock import Clock
from seatdesk.ui.desk_events import unwatch, watch

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self,
        clock: Clock,
        seconds: int,
        parent: QObject | None = None,
        *,
        during_call_seconds: int = 0,
        on_call: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._seconds = seconds
        self._call_seconds = during_call_seconds
        self._on_call = on_call
        self._last = clock.now()
        self._fired = False
        watch(ACTIVITY, self.handle)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(1000)

    def handle(self, watched: QObject, event: QEvent) -> bool:
        """An ACTIVITY event (from the desk's one filter): never stopped, only noted."""
        self.touch()
        return False

    def touch(self) -> None:
        self._last = self._clock.now()
        self._fired = False

    def check(self) -> None:
        if self._fired:
            return
        limit = self._seconds
        if self._on_call():
            limit = max(limit, self._call_seconds)
        if (self._clock.now() - self._last).total_seconds() >= limit:
            self._fired = True
            self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        unwatch(self.handle)
