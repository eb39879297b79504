"""The real `seatdesk pop` process, as a softphone starts it, beside a desk in the test process."""

from __future__ import annotations

import os
import subprocess
import sys

from pytestqt.qtbot import QtBot


def start_pop(*args: str) -> subprocess.Popen[str]:
    """`python -m seatdesk pop ...` with this test's SEATDESK_HOME (set by the autouse fixture)."""
    return subprocess.Popen(
        [sys.executable, "-m", "seatdesk", "pop", *args],
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(qtbot: QtBot, proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Let the event loop run until the client has exited (it may still be reading the reply)."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    out, err = proc.communicate(timeout=10)
    return proc.returncode, out, err


def finish_ok(qtbot: QtBot, proc: subprocess.Popen[str]) -> None:
    code, out, err = finish(qtbot, proc)
    assert code == 0, (out, err)
