"""The desk's side of screen pop, without Qt: reading one request from a connection, the answer
to it, and the socket file a listening desk owns.

`seatdesk.ui.pop_server` wraps these in a QLocalServer (QtNetwork is the only part that needs Qt).
Nothing here logs or raises with a message's content: a request may carry a phone number.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from seatdesk.phone.endpoint import refresh_times
from seatdesk.phone.protocol import (
    MAX_MESSAGE_BYTES,
    MalformedMessage,
    Request,
    decode_request,
    encode_reply,
)

# XDG cleaners remove runtime files not accessed for 6 hours; refresh well within that.
REFRESH_INTERVAL_SECONDS = 2 * 60 * 60


@dataclass(frozen=True)
class Answer:
    """What the desk does with one connection: the reply to send, then the request to act on
    (None if refused) and, if refused, the reason for the log (never the content)."""

    reply: bytes
    request: Request | None = None
    refusal: str | None = None


def refuse(reason: str, code: str) -> Answer:
    return Answer(encode_reply(False, code), refusal=reason)


def answer(line: bytes) -> Answer:
    """The answer to one request line: accepted, or refused as malformed."""
    try:
        request = decode_request(line)
    except MalformedMessage as exc:
        return refuse(exc.reason, "malformed")
    return Answer(encode_reply(True), request=request)


class RequestReader:
    """Collects one connection's bytes up to the first newline, never more than the limit."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    @property
    def room(self) -> int:
        """How many more bytes to read: one past the limit shows that it was exceeded."""
        return max(0, MAX_MESSAGE_BYTES + 1 - len(self._buffer))

    @property
    def overflowed(self) -> bool:
        return len(self._buffer) > MAX_MESSAGE_BYTES

    @property
    def started(self) -> bool:
        return bool(self._buffer)

    def feed(self, chunk: bytes) -> bytes | None:
        """Add bytes; return the request line (with its newline) once it is complete."""
        self._buffer.extend(chunk[: self.room])
        end = self._buffer.find(b"\n")
        if end >= 0:
            return bytes(self._buffer[: end + 1])
        return None


def remove_stale_socket(path: Path) -> bool:
    """Remove what is left at `path` (a crashed desk's socket); True if there was something."""
    if not os.path.lexists(path):
        return False
    path.unlink()
    return True


class OwnedSocket:
    """The socket file of a desk that listens on it (Unix): private, kept fresh, and removed on
    close only while it is still this desk's own (not one a later desk put at the same path)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        os.chmod(path, 0o600)  # the 0700 folder already protects it; belt and braces
        info = os.lstat(path)
        self._identity = (info.st_dev, info.st_ino)

    def is_ours(self) -> bool:
        try:
            info = os.lstat(self.path)
        except OSError:
            return False
        return (info.st_dev, info.st_ino) == self._identity

    def refresh(self) -> bool:
        """Touch the socket and its folder so that runtime-dir cleaners leave them alone."""
        if not self.is_ours():
            return False
        try:
            refresh_times(self.path)
        except OSError:
            return False
        return True

    def release(self) -> None:
        if self.is_ours():
            with contextlib.suppress(OSError):
                self.path.unlink()
