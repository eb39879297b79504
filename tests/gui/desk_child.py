"""One desk's screen-pop server in a process of its own, for the two-desks test.

Prints "ready" once Qt is loaded, waits for a line on stdin (so that two children start at the
same moment), then starts the server and prints "serving" or "already running". A serving desk
prints "raised" when asked to come to the front, and exits when told that the call ended.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from seatdesk.ui.pop_server import PopServer


def say(word: str) -> None:
    print(word, flush=True)


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    server = PopServer()
    server.raise_requested.connect(lambda: say("raised"))
    server.end_requested.connect(app.quit)
    say("ready")
    sys.stdin.readline()
    if not server.start():
        say("already running")
        return 0
    say("serving")
    try:
        return int(app.exec())
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main())
