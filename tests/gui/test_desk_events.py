"""The desk's one event filter (issue 16): a desk installs one application-wide filter, the
guards, the idle lock and the capture exclusion see only the event types they act on, an
event one refuses still reaches the others, and the filter leaves with the last of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock
from seatdesk.services.record_desk import MaskedRecord
from seatdesk.ui import capture, guards, idle
from seatdesk.ui.desk_events import EVENT_CLASSES, DeskEvents, Handler, desk_events
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.record_card import RecordCard
from tests.helpers.demo import MOBILE
from tests.helpers.qt import when_modal
from tests.helpers.vaults import audit_behind

T = QEvent.Type


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
def desk(desk_for: Callable[[str], DeskWindow]) -> DeskWindow:
    return desk_for("agent01")


def test_a_desk_installs_one_application_filter(
    desk_for: Callable[[str], DeskWindow], app_filters: list[QObject]
) -> None:
    window = desk_for("agent01")
    window.on_pop(MOBILE)
    events = desk_events()
    assert isinstance(events, DeskEvents) and events.is_installed()
    # Taken off and put back around the card's rebuild, but always the one same filter.
    assert app_filters and all(installed is events for installed in app_filters)
    assert events.watched_kinds() == guards.GUARDED | idle.ACTIVITY | {QEvent.Type.Show}
    window.close()
    assert events.watched_kinds() == frozenset()  # the last concern took the filter away


def test_a_pop_reaches_the_concerns_only_with_the_types_they_asked_for(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[QEvent.Type] = []

    def recording(handle: Handler) -> Callable[[object, QObject, QEvent], bool]:
        def handle_and_record(self: object, watched: QObject, event: QEvent) -> bool:
            seen.append(event.type())
            return handle(self, watched, event)  # type: ignore[call-arg, arg-type]

        return handle_and_record

    for concern in (guards.KeyAndMouseGuard, idle.IdleWatcher, capture.CaptureGuard):
        monkeypatch.setattr(concern, "handle", recording(concern.handle))  # type: ignore[arg-type]
    window = desk_for("agent01")
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


class Witness(QObject):
    """Every event of the given types, asked the slow way (`event.type()`)."""

    def __init__(self, kinds: frozenset[QEvent.Type]) -> None:
        super().__init__()
        self.kinds = kinds
        self.seen: list[QEvent.Type] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.kinds:
            self.seen.append(event.type())
        return False


def test_no_event_of_a_watched_type_slips_past_the_class_check(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    """The filter looks at an event's Python class before its type: every key, mouse, context
    menu and show event that Qt delivers while the desk is used must still be dispatched."""
    events = desk_events()
    app = QCoreApplication.instance()
    assert events is not None and app is not None
    kinds = frozenset(EVENT_CLASSES)
    dispatched: list[QEvent.Type] = []

    def record(watched: QObject, event: QEvent) -> bool:
        dispatched.append(event.type())
        return False

    desk.on_pop(MOBILE)  # before the witness: the card's rebuild puts the desk's filter back
    events.watch(kinds, record)  # asked first: it sees every event the filter dispatches
    witness = Witness(kinds)
    app.installEventFilter(witness)  # installed last: Qt asks it before the desk's filter
    try:
        label = desk.card.value_labels["name"]
        qtbot.keyClick(desk.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(desk.search, "13")
        qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
        qtbot.mouseMove(label, QPoint(40, 20))
        qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=QPoint(40, 20))
        menu = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(3, 3), QPoint(3, 3))
        QApplication.sendEvent(label, menu)
        dialog = QDialog(desk)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.close()
    finally:
        app.removeEventFilter(witness)
        events.unwatch(record)
    for kind in (T.KeyPress, T.ShortcutOverride, T.MouseButtonPress, T.ContextMenu, T.Show):
        assert kind in witness.seen, kind  # the walk above produced each of them
    assert sorted(dispatched) == sorted(witness.seen)


def test_a_type_without_a_known_class_is_refused(qtbot: QtBot) -> None:
    events = desk_events()
    assert events is not None
    with pytest.raises(ValueError, match="Paint"):
        events.watch({T.Paint}, lambda watched, event: False)
    assert T.Paint not in events.watched_kinds()


def test_a_handler_registered_twice_keeps_the_filter(qtbot: QtBot) -> None:
    events = desk_events()
    assert events is not None
    seen: list[QEvent.Type] = []

    def handler(watched: QObject, event: QEvent) -> bool:
        seen.append(event.type())
        return False

    events.watch({T.Show}, handler)
    events.watch({T.Show, T.KeyPress}, handler)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_A)
    finally:
        events.unwatch(handler)
    assert T.Show in seen and T.KeyPress in seen
    assert events.watched_kinds() == frozenset()


def test_the_card_is_built_with_the_filter_off(
    desk: DeskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = desk_events()
    assert events is not None and events.is_installed()
    during: list[bool] = []
    build = RecordCard._show_record

    def observed(card: RecordCard, record: MaskedRecord, never: frozenset[str]) -> None:
        during.append(events.is_installed())
        build(card, record, never)

    monkeypatch.setattr(RecordCard, "_show_record", observed)
    desk.on_pop(MOBILE)
    assert during == [False] and events.is_installed()
    assert desk.card.record is not None


def test_an_event_loop_inside_a_quiet_stretch_brings_the_guards_back(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    """The attack on the quiet stretch: a dialog of the desk opened inside it runs its own
    event loop, and Ctrl+C in it must still be refused and recorded."""
    events = desk_events()
    assert events is not None
    dialog = QDialog(desk)
    field = QLineEdit("13800138000", dialog)
    field.selectAll()
    inside: list[bool] = []

    def try_to_copy(shown: QDialog) -> None:
        inside.append(events.is_installed())
        qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        shown.accept()

    QGuiApplication.clipboard().clear()
    with events.quiet():
        assert not events.is_installed()
        when_modal(try_to_copy)
        dialog.exec()
    assert inside == [True]
    assert QGuiApplication.clipboard().text() == ""
    blocked = [e.target for e in audit_behind(desk.who) if e.action == "guard.blocked"]
    assert blocked == ["copy"]
    with events.quiet():
        QCoreApplication.processEvents()
        assert events.is_installed()  # any event processing ends the quiet stretch
