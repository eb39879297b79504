"""The desk's side of the end-to-end screen-pop benchmark: the real desk, offscreen.

    QT_QPA_PLATFORM=offscreen SEATDESK_HOME=... python -m benchmarks.desk_worker --data DIR ...

Signs the agent in as the desk does (every page checked), shows the DeskWindow, listens on the
screen-pop socket, and prints one line per pop, with CLOCK_MONOTONIC times (the same clock as
the sender's, in another process):

    POP <received_ns> <shown_ns> <painted_ns> <idle_ns>

`--no-filter` takes the desk's one event filter off the application once the window is up (guards,
idle lock and capture exclusion off): what a pop costs with no Python filter at all. `--no-quiet`
keeps the filter on while the record card is built.

received: the PopServer delivered the request; shown: the masked record is on the card
(DeskWindow.record_shown); painted: the card's paintEvent has run; idle: the event loop is back
(every child of the card painted). The sender stamps the moment it sends.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QPaintEvent

from benchmarks.common import AGENT, AGENT_PW, Layout, bench_runtime
from seatdesk.services.door import sign_in
from seatdesk.services.runtime import VaultPaths
from seatdesk.ui.desk_app import application, connect_pop_server
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.pop_server import PopServer
from seatdesk.ui.record_card import RecordCard


class Stamps:
    def __init__(self) -> None:
        self.received = 0
        self.shown = 0
        self.painted = 0
        self.armed = False

    def on_received(self, number: str) -> None:
        self.received = time.monotonic_ns()

    def on_shown(self, record: object) -> None:
        self.shown = time.monotonic_ns()
        self.armed = True

    def on_painted(self) -> None:
        if not self.armed:
            return
        self.armed = False
        self.painted = time.monotonic_ns()
        QTimer.singleShot(0, self.report)

    def report(self) -> None:
        idle = time.monotonic_ns()
        print(f"POP {self.received} {self.shown} {self.painted} {idle}", flush=True)


STAMPS = Stamps()
_paint = RecordCard.paintEvent


def _stamped_paint(self: RecordCard, event: QPaintEvent) -> None:
    _paint(self, event)
    STAMPS.on_painted()


RecordCard.paintEvent = _stamped_paint  # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument(
        "--no-filter",
        action="store_true",
        help="take the desk's event filter off the application (the floor; guards off)",
    )
    parser.add_argument(
        "--no-quiet",
        action="store_true",
        help="keep the filter on while the record card is built (as before the quiet stretch)",
    )
    args = parser.parse_args()
    layout = Layout(Path(args.data), args.count, args.seed)
    app, language = application("zh_CN")
    started = time.perf_counter()
    session = sign_in(bench_runtime(), VaultPaths(layout.vault), AGENT, AGENT_PW)
    sign_in_s = time.perf_counter() - started
    window = DeskWindow(session, language)
    window.show()
    if args.no_filter:  # every concern off: the filter leaves the application for good
        for concern in (window.key_guard, window.idle, window.capture):
            concern.stop()
    if args.no_quiet:
        import contextlib

        from seatdesk.ui import record_card

        record_card.quiet = contextlib.nullcontext  # type: ignore[assignment]
    server = PopServer()
    server.pop_requested.connect(STAMPS.on_received)  # before the desk's own slot
    if not server.start():
        print("ERROR another desk is listening", flush=True)
        return 1
    connect_pop_server(server, window)
    window.record_shown.connect(STAMPS.on_shown)
    server.end_requested.connect(lambda: print("ENDED", flush=True))
    # The benchmark closes our stdin when it is done: then sign out and quit.
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(lambda: sys.stdin.buffer.read1(1024) or app.quit())
    print(f"READY {server.path} {sign_in_s:.3f}", flush=True)
    code = int(app.exec())
    server.close()
    window.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
