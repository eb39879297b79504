"""Where this user's desk listens for screen pops, and keeping that place private and alive.

Unix: a socket in a folder of mode 0700 owned by the user (the folder is the protection: nobody
else can reach what is inside). Windows: a named pipe. Also here, the two things a starting or
running desk does with that folder: hold it locked while it decides whether to listen (two desks
starting at once cannot both take the socket) and refresh its times (XDG runtime-dir cleaners
remove files not accessed for six hours).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from seatdesk.core.errors import SeatDeskError

SOCKET_NAME = "desk.sock"
# sun_path is 108 bytes on Linux and 104 on macOS; stay well below both.
MAX_SOCKET_PATH_BYTES = 100


class UnsafeSocketDir(SeatDeskError):
    """The socket's folder belongs to someone else or is open to the group or the world."""


def _uid() -> int:
    return os.getuid()


def _windows_pipe_name() -> str:
    user = re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser()) or "user"
    home = os.environ.get("SEATDESK_HOME")
    if home:  # isolated homes (tests, portable installs) get their own pipe
        import hashlib  # Windows only: the Unix client starts without OpenSSL

        return f"seatdesk-{user}-{hashlib.sha256(home.encode()).hexdigest()[:12]}"
    return f"seatdesk-{user}"


def socket_path(runtime_dir: Path | None = None) -> Path:
    """Where this user's desk listens.

    Unix, first that applies: `runtime_dir/seatdesk/desk.sock` if given;
    `$SEATDESK_HOME/run/desk.sock`; `$XDG_RUNTIME_DIR/seatdesk/desk.sock`;
    `<tempdir>/seatdesk-<uid>/desk.sock`. A candidate of 100 bytes or more (the sun_path limit)
    falls through to the temp-dir form, and then to `/tmp/seatdesk-<uid>/desk.sock`.

    Windows (untested here): the bare pipe name `seatdesk-<username>` (plus a hash of
    SEATDESK_HOME when set), as a relative Path; the client opens it as `\\\\.\\pipe\\<name>`.
    """
    if sys.platform == "win32":
        return Path(_windows_pipe_name())
    candidates: list[Path] = []
    if runtime_dir is not None:
        candidates.append(Path(runtime_dir) / "seatdesk" / SOCKET_NAME)
    home = os.environ.get("SEATDESK_HOME")
    if home:
        candidates.append(Path(home).expanduser() / "run" / SOCKET_NAME)
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isabs(xdg):  # the XDG spec says to ignore a relative value
        candidates.append(Path(xdg) / "seatdesk" / SOCKET_NAME)
    private = f"seatdesk-{_uid()}"
    candidates.append(Path(tempfile.gettempdir()) / private / SOCKET_NAME)
    for candidate in candidates:
        if len(os.fsencode(str(candidate))) < MAX_SOCKET_PATH_BYTES:
            return candidate
    return Path("/tmp") / private / SOCKET_NAME


def check_socket_dir(folder: Path) -> None:
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeSocketDir(f"the desk's socket folder {folder} is not a folder")
    if info.st_uid != _uid():
        raise UnsafeSocketDir(f"the desk's socket folder {folder} belongs to another user")
    if info.st_mode & 0o077:
        raise UnsafeSocketDir(
            f"the desk's socket folder {folder} is open to other users (mode "
            f"{stat.S_IMODE(info.st_mode):o}); it must be 700"
        )


def ensure_socket_dir(path: Path) -> Path:
    """Create the folder of socket `path` with mode 0700, or check an existing one (Unix only).

    Raises UnsafeSocketDir if it exists but is not a real folder owned by this user with no group
    or world access. Returns the folder.
    """
    folder = Path(path).parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    else:
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask; make it exact
    check_socket_dir(folder)
    return folder


@contextlib.contextmanager
def start_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on the socket's folder (Unix; elsewhere a no-op).

    A desk holds it from "does a desk answer?" to "I am listening", so that of two desks starting
    at once the second asks only once the first listens, and never removes the first one's socket
    as if it were stale. The kernel drops the lock if the holder dies.
    """
    if sys.platform == "win32":
        yield
        return
    import fcntl

    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)


def refresh_times(path: Path) -> None:
    """Set the access and modification times of socket `path` and of its folder to now.

    The XDG base-directory spec lets cleaners remove runtime files whose access time is older than
    six hours; a desk that runs all day touches its socket more often than that.
    """
    for target in (path, path.parent):
        os.utime(target, follow_symlinks=False)
