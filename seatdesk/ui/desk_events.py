"""The desk's one application-wide event filter (issue 16).

Every Qt event of the application crosses into Python once per application-wide Python filter,
paint and layout events included: a screen pop is some 1,200 events, and three such filters
(guards, idle lock, screen-capture exclusion) cost it about as much as its database work and
masking together. So there is one, and the concerns register with it for the event types they
act on. Its first step is the cheapest test there is: the Python class PySide gave the event
(`type(event)`, a set look-up). Asking the event its type (`event.type()`) makes an enum object
and costs twice the rest of the call; it is asked only of the few classes a concern wants (key,
mouse, context-menu, drag, wheel, touch and show events), so paint, layout, polish, style and
timer events go back to Qt after one look-up.

Why not filters on the desk's windows instead, which paint events never reach: key events sent
to a widget (`QTest`, input methods, `QCoreApplication.sendEvent`) and context-menu events go to
that widget without passing its window, and capture exclusion must see every top-level window
that is shown (tooltips, menus, dialogs without a parent) before it is on the screen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QObject
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QShowEvent,
    QTouchEvent,
    QWheelEvent,
)

# Returns True to stop the event (it is not delivered), False to let it through.
Handler = Callable[[QObject, QEvent], bool]
T = QEvent.Type
# The class Qt delivers each event type in (PySide wraps an event in its C++ class). A type a
# concern wants must be here: `watch` refuses one that is not, and a test checks that every
# event of these types met in a desk's use reached its handler.
EVENT_CLASSES: dict[QEvent.Type, type[QEvent]] = {
    T.KeyPress: QKeyEvent,
    T.ShortcutOverride: QKeyEvent,
    T.MouseButtonPress: QMouseEvent,
    T.MouseMove: QMouseEvent,
    T.ContextMenu: QContextMenuEvent,
    T.DragEnter: QDragEnterEvent,
    T.Drop: QDropEvent,
    T.Wheel: QWheelEvent,
    T.TouchBegin: QTouchEvent,
    T.Show: QShowEvent,
}


class DeskEvents(QObject):
    """Hands each concern the events of the types it registered for, and nothing else."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._handlers: dict[QEvent.Type, tuple[Handler, ...]] = {}
        self._classes: frozenset[type] = frozenset()
        self._kinds: dict[Handler, frozenset[QEvent.Type]] = {}
        self._installed = False
        self._quiet = False

    def _sync(self) -> None:
        """On the application while anyone watches, except in a quiet stretch."""
        wanted = bool(self._kinds) and not self._quiet
        if wanted and not self._installed:
            self._app.installEventFilter(self)
        elif self._installed and not wanted:
            self._app.removeEventFilter(self)
        self._installed = wanted

    def is_installed(self) -> bool:
        return self._installed

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Off the application for a stretch of code that builds widgets and runs no event loop
        (the record card's rebuild: four fifths of a pop's events, the polish, style, show and
        child events of its new widgets). Input reaches widgets only through an event loop, so
        the guards miss nothing; and should a loop run inside after all (a dialog, a
        processEvents), the filter is back on the application before it dispatches anything."""
        if self._quiet:
            yield
            return
        dispatcher = QAbstractEventDispatcher.instance()
        self._quiet = True
        self._sync()
        if dispatcher is not None:
            dispatcher.aboutToBlock.connect(self._resume)
            dispatcher.awake.connect(self._resume)
        try:
            yield
        finally:
            if dispatcher is not None:
                dispatcher.aboutToBlock.disconnect(self._resume)
                dispatcher.awake.disconnect(self._resume)
            self._resume()

    def _resume(self) -> None:
        if self._quiet:
            self._quiet = False
            self._sync()

    def watch(self, kinds: Iterable[QEvent.Type], handler: Handler) -> None:
        """Call `handler` for events of `kinds`; the filter is installed with the first one.

        As with Qt's own application filters, the handler registered last is asked first, and
        the first that returns True stops the event."""
        wanted = frozenset(kinds)
        unknown = [kind.name for kind in wanted if kind not in EVENT_CLASSES]
        if unknown:
            raise ValueError(f"no event class known for {', '.join(sorted(unknown))}")
        self._kinds.pop(handler, None)  # registered again: now the newest
        self._kinds[handler] = wanted
        self._rebuild()
        self._sync()

    def unwatch(self, handler: Handler) -> None:
        """Stop calling `handler`; the filter is removed with the last one."""
        if self._kinds.pop(handler, None) is None:
            return
        self._rebuild()
        self._sync()

    def watched_kinds(self) -> frozenset[QEvent.Type]:
        return frozenset(self._handlers)

    def _rebuild(self) -> None:
        newest_first = list(reversed(self._kinds.items()))
        kinds = {kind for wanted in self._kinds.values() for kind in wanted}
        self._handlers = {
            kind: tuple(handler for handler, wanted in newest_first if kind in wanted)
            for kind in kinds
        }
        self._classes = frozenset(EVENT_CLASSES[kind] for kind in kinds)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if type(event) not in self._classes:  # most events: no call back into Qt
            return False
        handlers = self._handlers.get(event.type())
        if handlers is None:
            return False
        return any(handler(watched, event) for handler in handlers)


_shared: DeskEvents | None = None


def desk_events() -> DeskEvents | None:
    """The application's one filter (made on first use), or None without an application."""
    global _shared
    app = QCoreApplication.instance()
    if app is None:
        return None
    try:
        current = _shared is not None and _shared.parent() is app
    except RuntimeError:  # the application it belonged to was deleted with it
        current = False
    if not current:
        _shared = DeskEvents(app)
    assert _shared is not None
    return _shared


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """`DeskEvents.quiet` of the application's filter (nothing without an application)."""
    events = desk_events()
    if events is None:
        yield
        return
    with events.quiet():
        yield


def watch(kinds: Iterable[QEvent.Type], handler: Handler) -> None:
    events = desk_events()
    if events is not None:
        events.watch(kinds, handler)


def unwatch(handler: Handler) -> None:
    events = desk_events()
    if events is not None:
        events.unwatch(handler)
