"""A throwaway folder that is removed however its process ends (the demo desk's vault, keys and
logs): closed by hand, SIGTERM, Ctrl+C, SIGKILL or a crash.

A small reaper process holds the read end of a pipe whose write end only this process has; it
blocks on it, and when this process is gone for any reason the kernel closes the write end, the
read returns, and the reaper removes the folder. The reaper is in a session of its own and
ignores SIGINT and SIGTERM, so the Ctrl+C or `kill` that ends the desk does not end it first.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

_REAPER = (
    "import shutil, signal, sys\n"
    "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
    "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
    "sys.stdin.buffer.read()\n"
    "shutil.rmtree(sys.argv[1], ignore_errors=True)\n"
)


class ThrowawayFolder:
    """`folder`, removed at `remove()` or, failing that, when this process ends."""

    def __init__(self, folder: Path) -> None:
        self.path = folder
        self._reaper = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", _REAPER, str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        if self._reaper.stdin is not None:
            self._reaper.stdin.close()  # the reaper finds nothing left, and ends
        self._reaper.wait()
