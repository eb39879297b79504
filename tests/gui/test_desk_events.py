"""The desk's one event filter (issue 16): a desk installs one application-wide filter, the
guards, the idle lock and the capture exclusion see only the event types they act on, an
event one refuses still reaches the others, and the filter leaves with the last of them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock
from seatdesk.ui import capture, guards, idle
from seatdesk.ui.desk_events import DeskEvents, Handler, desk_events
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.demo import MOBILE
from tests.helpers.vaults import StaffedVault, audit_behind


@pytest.fixture
def app_filters(monkeypatch: pytest.MonkeyPatch) -> list[QObject]:
    """Every filter installed on the application from now on, by anyone."""
    installed: list[QObject] = []
    original = QObject.installEventFilter

    def install(self: QObject, watcher: QObject) -> None:
        if self is QCoreApplication.instance():
            installed.append(watcher)
        original(self, watcher)

    monkeypatch.setattr(QObject, "installEventFilter", install)
    return installed


class Counting(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.passed: list[QEvent.Type] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.passed.append(event.type())
        return False


@pytest.fixture
def desk(qtbot: QtBot, customer_vault: StaffedVault) -> Iterator[DeskWindow]:
    window = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_a_desk_installs_one_application_filter(
    qtbot: QtBot, customer_vault: StaffedVault, app_filters: list[QObject]
) -> None:
    window = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.on_pop(MOBILE)
    assert len(app_filters) == 1 and isinstance(app_filters[0], DeskEvents)
    events = desk_events()
    assert events is app_filters[0]
    assert events.watched_kinds() == guards.GUARDED | idle.ACTIVITY | {QEvent.Type.Show}
    window.close()
    assert events.watched_kinds() == frozenset()  # the last concern took the filter away


def test_a_pop_reaches_the_concerns_only_with_the_types_they_asked_for(
    qtbot: QtBot, customer_vault: StaffedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[QEvent.Type] = []

    def recording(handle: Handler) -> Callable[[object, QObject, QEvent], bool]:
        def handle_and_record(self: object, watched: QObject, event: QEvent) -> bool:
            seen.append(event.type())
            return handle(self, watched, event)  # type: ignore[call-arg, arg-type]

        return handle_and_record

    for concern in (guards.KeyAndMouseGuard, idle.IdleWatcher, capture.CaptureGuard):
        monkeypatch.setattr(concern, "handle", recording(concern.handle))  # type: ignore[arg-type]
    window = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert QEvent.Type.Show in seen  # the capture exclusion saw the window come up
    seen.clear()
    every = Counting()
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(every)  # sees what the desk's filter sees
    try:
        window.on_pop(MOBILE)
        qtbot.waitUntil(lambda: every.passed.count(QEvent.Type.Paint) > 10, timeout=5000)
    finally:
        app.removeEventFilter(every)
    passed = every.passed
    window.close()
    events = desk_events()
    assert events is not None
    wanted = guards.GUARDED | idle.ACTIVITY | {QEvent.Type.Show}
    assert QEvent.Type.Paint not in seen and QEvent.Type.LayoutRequest not in seen
    assert set(seen) <= wanted
    assert len(passed) > 10 * max(1, len(seen))  # most of a pop's events go back to Qt at once


def test_a_refused_key_is_still_activity_for_the_idle_lock(
    qtbot: QtBot, desk: DeskWindow, clock: FixedClock
) -> None:
    desk.on_pop(MOBILE)
    desk.end_call()
    limit = desk.who.policy.limits.idle_lock_seconds
    clock.advance(seconds=limit - 1)
    qtbot.keyClick(desk.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "copy" in [e.target for e in audit_behind(desk.who) if e.action == "guard.blocked"]
    clock.advance(seconds=2)
    desk.idle.check()
    assert not desk.is_locked  # the refused Ctrl+C was a key pressed 2 s ago
    clock.advance(seconds=limit)
    desk.idle.check()
    assert desk.is_locked
