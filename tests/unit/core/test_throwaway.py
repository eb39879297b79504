"""The throwaway folder removed when asked (killed processes: tests/gui/test_demo_cleanup.py)."""

from __future__ import annotations

from pathlib import Path

from seatdesk.core.throwaway import ThrowawayFolder


def test_remove_takes_the_folder_and_ends_the_reaper(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "demo.vault").write_bytes(b"x")
    throwaway = ThrowawayFolder(folder)
    throwaway.remove()
    assert not folder.exists()
    assert throwaway._reaper.returncode == 0
