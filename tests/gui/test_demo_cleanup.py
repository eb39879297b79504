"""Issue 17.9: nothing of the demo desk (vault, key file, logs in /tmp/seatdesk-demo-*) remains
when it is ended by a signal instead of closed by hand, at any point of its life."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]


def start_demo(tmp_path: Path) -> tuple[subprocess.Popen[str], Path]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "seatdesk", "--demo", "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        # As a terminal starts it: a shell's background job (CI) inherits SIGINT ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert "Building a demo vault" in first, first
    folder = Path(first.split(" in ", 1)[1].rsplit(" ", 1)[0])
    assert folder.parent == tmp_path and folder.name.startswith("seatdesk-demo-")
    return proc, folder


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(
    ("sig", "when"),
    [
        (signal.SIGTERM, "building"),
        (signal.SIGINT, "building"),
        (signal.SIGKILL, "building"),
        (signal.SIGTERM, "sign-in"),
        (signal.SIGINT, "sign-in"),
    ],
)
def test_a_demo_ended_by_a_signal_leaves_nothing_behind(
    qtbot: QtBot, tmp_path: Path, sig: signal.Signals, when: str
) -> None:
    proc, folder = start_demo(tmp_path)
    try:
        assert proc.stdout is not None
        if when == "sign-in":  # the vault, its keys and the logs are all written by now
            for line in proc.stdout:
                if line.startswith("Search customer numbers"):
                    break
            assert (folder / "logs").is_dir() and any(folder.glob("*.vault"))
        proc.send_signal(sig)
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=20000)
    assert list(tmp_path.glob("seatdesk-demo-*")) == []
