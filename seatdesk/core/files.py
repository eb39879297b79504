"""Writing a file so that it is either wholly the old one or wholly the new one.

Reports, exports, the key-slot file and the pending-rename marker are written beside their
target under a temporary name, synced, and renamed over it; then the folder is synced, so the
rename itself survives a power cut. A crash leaves at most the temporary file, never a torn one.
Pure standard library (no seatdesk imports): every layer may use it.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

__all__ = ["PART_SUFFIX", "fsync_dir", "fsync_file", "replacing", "write_atomically"]

#: What a temporary file is called by default: the target's name with this appended.
PART_SUFFIX = ".part"

_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def fsync_file(path: Path) -> None:
    """Flush a written file to the disk."""
    fd = os.open(path, os.O_RDONLY | _BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Flush a folder's entries (a rename in it) to the disk, where the platform allows it."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its renames are durable on their own
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def replacing(
    path: Path, *, mode: int = 0o600, suffix: str = PART_SUFFIX, shared: bool = False
) -> Iterator[BinaryIO]:
    """A binary file to write `path`'s new content into; it replaces `path` when the block ends.

    The content goes to `path` + `suffix` (created with permissions `mode`), is synced and then
    renamed over `path`, and the folder is synced. If the block raises, the temporary file is
    removed and `path` is left as it was. A `shared` file may be written by several processes or
    threads at once (the seat's directory copy: the desk's hall worker and a command): each
    writer then has a temporary name of its own, and the last rename wins whole.
    """
    own = f".{os.getpid()}-{secrets.token_hex(4)}" if shared else ""
    tmp = path.with_name(path.name + own + suffix)
    tmp.unlink(missing_ok=True)  # a stray from a crash: O_EXCL below gives it `mode` afresh
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, mode)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def write_atomically(
    path: Path, data: bytes, *, mode: int = 0o600, suffix: str = PART_SUFFIX, shared: bool = False
) -> None:
    """Replace `path` with `data` in one step (see :func:`replacing`)."""
    with replacing(path, mode=mode, suffix=suffix, shared=shared) as out:
        out.write(data)
