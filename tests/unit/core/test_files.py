from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from seatdesk.core.files import fsync_dir, fsync_file, replacing, write_atomically


def test_write_atomically_creates_and_replaces_leaving_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    write_atomically(target, b"first")
    assert target.read_bytes() == b"first"
    write_atomically(target, b"second, longer than the first")
    assert target.read_bytes() == b"second, longer than the first"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("mode", [0o600, 0o640])
def test_the_file_gets_the_mode_asked_for(tmp_path: Path, mode: int) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "keys"
        write_atomically(target, b"{}", mode=mode)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == mode


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_stray_temporary_from_a_crash_does_not_lend_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "keys"
    stray = tmp_path / "keys.tmp"
    stray.write_bytes(b"half written")
    stray.chmod(0o666)
    write_atomically(target, b"whole", suffix=".tmp")
    assert target.read_bytes() == b"whole" and not stray.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_bytes_are_written_exactly(tmp_path: Path) -> None:
    data = bytes(range(256)) * 4096 + b"\r\n\n\x00"  # no newline translation, any size
    target = tmp_path / "blob"
    write_atomically(target, data)
    assert target.read_bytes() == data


def test_a_failure_while_writing_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path,
) -> None:
    target = tmp_path / "roster.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(target) as out:
        out.write(b"new but incomplete")
        raise RuntimeError("renderer failed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["roster.pdf"]


def test_replacing_streams_into_the_file(tmp_path: Path) -> None:
    target = tmp_path / "demo.csv"
    with replacing(target) as out:
        for n in range(3):
            out.write(f"{n}\n".encode())
        assert not target.exists()  # in place only when the block ends
    assert target.read_text() == "0\n1\n2\n"


def test_fsync_helpers_accept_files_and_folders(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x")
    fsync_file(path)
    fsync_dir(tmp_path)
    fsync_dir(tmp_path / "missing")  # nothing to sync: no error


def test_writers_of_a_shared_file_at_once_each_replace_it_whole(tmp_path: Path) -> None:
    target = tmp_path / "seat.vault.directory"
    with replacing(target, shared=True) as first, replacing(target, shared=True) as second:
        first.write(b"first")
        second.write(b"second")  # both open at once: neither takes the other's temporary file
    assert target.read_bytes() in (b"first", b"second")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
