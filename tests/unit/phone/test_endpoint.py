"""The desk's folder: locked while a desk starts, kept fresh while it runs."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from seatdesk.phone.endpoint import ensure_socket_dir, refresh_times, start_lock

TRY_LOCK = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_DIRECTORY)
try:
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
except BlockingIOError:
    print("held")
else:
    print("free")
"""


def other_process_sees(folder: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", TRY_LOCK, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix folders only")
def test_the_start_lock_keeps_another_desk_out_until_released(tmp_path: Path) -> None:
    folder = ensure_socket_dir(tmp_path / "run" / "desk.sock")
    assert other_process_sees(folder) == "free"
    with start_lock(folder):
        assert other_process_sees(folder) == "held"
    assert other_process_sees(folder) == "free"


def test_refresh_times_touches_the_socket_and_its_folder(tmp_path: Path) -> None:
    path = ensure_socket_dir(tmp_path / "run" / "desk.sock") / "desk.sock"
    path.write_bytes(b"")
    old = time.time() - 7 * 3600
    for target in (path, path.parent):
        os.utime(target, (old, old))
    refresh_times(path)
    for target in (path, path.parent):
        info = os.stat(target)
        assert info.st_atime > old + 3600 and info.st_mtime > old + 3600
