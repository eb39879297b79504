"""The desk's one application-wide event filter (issue 16).

Every Qt event of the application crosses into Python once per application-wide Python filter,
paint and layout events included: a screen pop is some 1,200 events, and three such filters
(guards, idle lock, screen-capture exclusion) cost it about as much as its database work and
masking together. So there is one, and the concerns register with it for the event types they
act on: the filter's first step is one dictionary look-up of the event's type, and an event
nobody asked for (paint, layout, polish, timers...) goes back to Qt at once.

Why not filters on the desk's windows instead, which paint events never reach: key events sent
to a widget (`QTest`, input methods, `QCoreApplication.sendEvent`) and context-menu events go to
that widget without passing its window, and capture exclusion must see every top-level window
that is shown (tooltips, menus, dialogs without a parent) before it is on the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject

# Returns True to stop the event (it is not delivered), False to let it through.
Handler = Callable[[QObject, QEvent], bool]


class DeskEvents(QObject):
    """Dispatches the events that a concern registered for; nothing else enters Python twice."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._handlers: dict[QEvent.Type, tuple[Handler, ...]] = {}
        self._kinds: dict[Handler, frozenset[QEvent.Type]] = {}

    def watch(self, kinds: Iterable[QEvent.Type], handler: Handler) -> None:
        """Call `handler` for events of `kinds`; the filter is installed with the first one.

        As with Qt's own application filters, the handler registered last is asked first, and
        the first that returns True stops the event."""
        if not self._kinds:
            self._app.installEventFilter(self)
        self.unwatch(handler)
        self._kinds[handler] = frozenset(kinds)
        self._rebuild()

    def unwatch(self, handler: Handler) -> None:
        """Stop calling `handler`; the filter is removed with the last one."""
        if self._kinds.pop(handler, None) is None:
            return
        self._rebuild()
        if not self._kinds:
            self._app.removeEventFilter(self)

    def watched_kinds(self) -> frozenset[QEvent.Type]:
        return frozenset(self._handlers)

    def _rebuild(self) -> None:
        newest_first = list(reversed(self._kinds.items()))
        kinds = {kind for wanted in self._kinds.values() for kind in wanted}
        self._handlers = {
            kind: tuple(handler for handler, wanted in newest_first if kind in wanted)
            for kind in kinds
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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


def watch(kinds: Iterable[QEvent.Type], handler: Handler) -> None:
    events = desk_events()
    if events is not None:
        events.watch(kinds, handler)


def unwatch(handler: Handler) -> None:
    events = desk_events()
    if events is not None:
        events.unwatch(handler)
