"""`seatdesk --self-test` (what the packaging's smoke test runs on the frozen build), here on the
source tree, and the managed policy taking effect."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_test_passes_offscreen(tmp_path: Path) -> None:
    env = {**os.environ, "SEATDESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "seatdesk", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   record shown masked" in result.stdout
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("seatdesk-selftest-*/demo.vault"))


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "seatdesk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.startswith("seatdesk ")
