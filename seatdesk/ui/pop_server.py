"""The desk's end of screen pop: a QLocalServer on this user's socket (see `seatdesk.phone`).

One request per connection, read without blocking the GUI thread (readyRead plus a 2 s timer).
A request that breaks the protocol is answered `{"ok": false, "error": "malformed"}` and logged
with its reason only: a request may carry a phone number, which never reaches the log. What
does not need Qt (reading and answering a request, the socket file) is in `seatdesk.phone.server`.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from seatdesk.phone.client import desk_answers
from seatdesk.phone.endpoint import ensure_socket_dir, socket_path, start_lock
from seatdesk.phone.protocol import MAX_MESSAGE_BYTES, EndCall, PopRequest, Request
from seatdesk.phone.server import (
    REFRESH_INTERVAL_SECONDS,
    Answer,
    OwnedSocket,
    RequestReader,
    answer,
    refuse,
    remove_stale_socket,
)

log = logging.getLogger("seatdesk.ipc")

READ_TIMEOUT_MS = 2000
MAX_CONNECTIONS = 16
_ON_WINDOWS = sys.platform == "win32"


class PopServerError(RuntimeError):
    """The socket could not be set up (unsafe folder, or Qt could not listen)."""


class _Connection(QObject):
    """One client: collect bytes up to the newline, then answer and hand the request over."""

    def __init__(self, socket: QLocalSocket, server: PopServer) -> None:
        super().__init__(server)
        self.socket = socket
        self.server = server
        self.reader = RequestReader()
        self.done = False
        socket.setReadBufferSize(MAX_MESSAGE_BYTES + 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._disconnected)
        self.timer.start(READ_TIMEOUT_MS)

    def _read(self) -> None:
        if self.done:
            return
        while self.socket.bytesAvailable() > 0 and not self.reader.overflowed:
            chunk = bytes(self.socket.read(self.reader.room).data())
            if not chunk:
                break
            line = self.reader.feed(chunk)
            if line is not None:
                self._answer(answer(line))
                return
        if self.reader.overflowed:
            self._answer(refuse(f"no newline within {MAX_MESSAGE_BYTES} bytes", "malformed"))

    def _answer(self, outcome: Answer) -> None:
        if outcome.refusal is not None:
            log.warning("screen-pop request refused: %s", outcome.refusal)
        # Reply first: a slot that opens a dialog must not leave the phone system waiting.
        self._reply(outcome.reply)
        if outcome.request is not None:
            self.server.deliver(outcome.request)

    def _reply(self, data: bytes) -> None:
        self.done = True
        self.timer.stop()
        if self.socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self.socket.write(data)
            self.socket.flush()
            self.socket.disconnectFromServer()
        else:
            self._disconnected()

    def _timed_out(self) -> None:
        if not self.done:
            self._answer(refuse("timed out before the end of the request", "timeout"))

    def _disconnected(self) -> None:
        if not self.done:
            self.done = True
            self.timer.stop()
            if self.reader.started:
                log.warning("screen-pop request refused: connection closed mid-request")
        self.server.forget(self)

    def abort(self) -> None:
        self.done = True
        self.timer.stop()
        self.socket.abort()


class PopServer(QObject):
    """Listens for screen pops and turns them into signals.

    `pop_requested(number)` carries the number exactly as the phone system sent it (already checked:
    digits, + - ( ) and space, at most 32 characters); the receiver normalises it for search.
    """

    pop_requested = Signal(str)
    end_requested = Signal()
    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.probe_timeout = 1.0  # seconds to wait for a running desk to answer at start()
        self._server = QLocalServer(self)
        if _ON_WINDOWS:  # the pipe's security descriptor: this user only
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Not on Unix: with an access option Qt binds in a temporary folder and renames the
        # socket into place, so a second listen() on the same path succeeds and silently takes
        # the first desk's socket (PySide6 6.11). The 0700 folder protects the socket instead.
        self._server.setMaxPendingConnections(MAX_CONNECTIONS)
        self._server.newConnection.connect(self._accept)
        self._connections: list[_Connection] = []
        self._path: Path | None = None
        self._owned: OwnedSocket | None = None
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_INTERVAL_SECONDS * 1000)
        self.refresh_timer.timeout.connect(self.refresh)

    @property
    def path(self) -> Path | None:
        """The socket (Windows: pipe name) while listening, else None."""
        return self._path

    def is_listening(self) -> bool:
        return self._server.isListening()

    def start(self, path: Path | None = None) -> bool:
        """Listen on `path` (default: `socket_path()`).

        Returns False if another desk already answers there, or starts listening at the same
        moment (it has been asked to raise its window; the caller should say so and exit). A
        stale socket left by a crashed desk is removed. Raises PopServerError if the socket's
        folder is unsafe or Qt cannot listen.
        """
        if self.is_listening():
            raise PopServerError("the screen-pop server is already listening")
        target = socket_path() if path is None else Path(path)
        lock: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
        if not _ON_WINDOWS:
            try:
                lock = start_lock(ensure_socket_dir(target))
            except Exception as exc:  # UnsafeSocketDir or OSError
                raise PopServerError(str(exc)) from exc
        with lock:
            if self._desk_answers(target):
                return False
            if not _ON_WINDOWS and remove_stale_socket(target):
                log.info("removing a stale screen-pop socket")
            if not self._server.listen(str(target)):
                if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                    self._desk_answers(target)  # another desk started in between: raise it
                    return False
                raise PopServerError(f"cannot listen for screen pops: {self._server.errorString()}")
            self._path = target
            if not _ON_WINDOWS:
                self._owned = OwnedSocket(target)
                self.refresh_timer.start()
        log.info("listening for screen pops")
        return True

    def _desk_answers(self, target: Path) -> bool:
        return desk_answers(target, timeout=self.probe_timeout)

    def refresh(self) -> bool:
        """Touch the socket file and its folder (every two hours while listening), so that a
        runtime-dir cleaner does not remove them from under a desk that runs all day."""
        return self._owned is not None and self._owned.refresh()

    def close(self) -> None:
        """Stop listening, drop open connections and remove the socket file."""
        self.refresh_timer.stop()
        for connection in list(self._connections):
            connection.abort()
        self._connections.clear()
        was_listening = self._server.isListening()
        self._server.close()
        if was_listening:
            log.info("stopped listening for screen pops")
        if self._owned is not None:
            self._owned.release()
        self._path = None
        self._owned = None

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            if len(self._connections) >= MAX_CONNECTIONS:
                log.warning("screen-pop request refused: too many open connections")
                socket.abort()
                socket.deleteLater()
                continue
            self._connections.append(_Connection(socket, self))

    def forget(self, connection: _Connection) -> None:
        if connection in self._connections:
            self._connections.remove(connection)
        connection.socket.deleteLater()
        connection.deleteLater()

    def deliver(self, request: Request) -> None:
        if isinstance(request, PopRequest):
            log.info("screen pop delivered")
            self.pop_requested.emit(request.number)
        elif isinstance(request, EndCall):
            log.info("end of call delivered")
            self.end_requested.emit()
        else:
            self.raise_requested.emit()
