"""The phone system's side of screen pop: deliver one request to this user's running desk.

`seatdesk pop` and `seatdesk://` end here. Standard library only and nothing else of SeatDesk but
the protocol and the socket's place, so that a softphone's command starts fast (DESIGN §7).
"""

from __future__ import annotations

import os
import socket
import stat
import sys
import time
from pathlib import Path
from typing import Any

from seatdesk.core.errors import EXIT_AUTH, EXIT_CHECK_FAILED, SeatDeskError
from seatdesk.phone.endpoint import check_socket_dir, socket_path
from seatdesk.phone.protocol import (
    MAX_MESSAGE_BYTES,
    MalformedMessage,
    RaiseDesk,
    Request,
    decode_reply,
    encode_request,
)


class DeskNotRunning(SeatDeskError):
    """Nothing answered on the desk's socket: missing, connection refused, or timed out.

    `connected` is True when a listener accepted the connection but did not reply in time (a busy
    or hung desk, which is not a stale socket).
    """

    exit_code = EXIT_AUTH

    def __init__(self, connected: bool = False) -> None:
        super().__init__("no SeatDesk desk is running for this user")
        self.connected = connected


class DeskRefused(SeatDeskError):
    """The desk answered but refused the request, or its reply could not be read."""

    exit_code = EXIT_CHECK_FAILED


def _read_reply(sock: socket.socket, deadline: float) -> bytes:
    received = bytearray()
    while b"\n" not in received:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DeskNotRunning(connected=True)
        sock.settimeout(remaining)
        chunk = sock.recv(MAX_MESSAGE_BYTES + 1 - len(received))
        if not chunk:
            break
        received.extend(chunk)
        if len(received) > MAX_MESSAGE_BYTES:
            break
    return bytes(received)


def _exchange_unix(data: bytes, target: Path, timeout: float) -> bytes:
    try:
        check_socket_dir(target.parent)
    except (FileNotFoundError, NotADirectoryError):
        raise DeskNotRunning() from None
    deadline = time.monotonic() + timeout
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(os.fspath(target))
        except OSError:  # missing, refused, not a socket, timed out
            raise DeskNotRunning() from None
        try:
            sock.sendall(data)
            return _read_reply(sock, deadline)
        except TimeoutError:
            raise DeskNotRunning(connected=True) from None
        except OSError:
            raise DeskRefused("the desk closed the connection without a reply") from None


def _exchange_windows(data: bytes, target: Path | str) -> bytes:
    # Untested: the pipe is opened as a file; there is no timeout on a named pipe opened this way.
    name = str(target)
    pipe = name if name.startswith("\\\\.\\pipe\\") else f"\\\\.\\pipe\\{name}"
    try:
        handle = open(pipe, "r+b", buffering=0)  # noqa: SIM115 - closed below
    except OSError:  # missing, or busy with another client
        raise DeskNotRunning() from None
    with handle:
        try:
            handle.write(data)
            return handle.readline(MAX_MESSAGE_BYTES + 1)
        except OSError:
            raise DeskRefused("the desk closed the connection without a reply") from None


def send_request(
    request: Request, path: Path | str | None = None, timeout: float = 3.0
) -> dict[str, Any]:
    """Deliver `request` to this user's desk and return its reply, e.g. {"v": 1, "ok": True}.

    Raises DeskNotRunning (exit 3) if the socket is missing, refuses, or nobody answers within
    `timeout` seconds; DeskRefused (exit 1) if the reply cannot be read; UnsafeSocketDir if the
    socket's folder is open to other users; MalformedMessage for a bad request.
    """
    data = encode_request(request)
    target = socket_path() if path is None else path
    if sys.platform == "win32":
        raw = _exchange_windows(data, target)
    else:
        raw = _exchange_unix(data, Path(target), timeout)
    try:
        return decode_reply(raw)
    except MalformedMessage:
        raise DeskRefused("the desk sent an unreadable reply") from None


def desk_answers(path: Path | str | None = None, timeout: float = 1.0) -> bool:
    """Whether a desk listens at `path` (default: `socket_path()`); it is asked to come to the
    front. A stale socket file left by a crashed desk does not count; a desk that accepts but
    does not answer in time, or answers oddly, does (its socket must not be taken away)."""
    target = socket_path() if path is None else path
    if sys.platform != "win32":  # a pipe name cannot be tested without connecting
        try:
            if not stat.S_ISSOCK(os.lstat(target).st_mode):
                return False
        except FileNotFoundError:
            return False
    try:
        send_request(RaiseDesk(), target, timeout=timeout)
    except DeskNotRunning as exc:
        return exc.connected
    except DeskRefused:
        return True
    return True
