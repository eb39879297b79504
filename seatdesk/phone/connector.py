"""A connector's life: connect to the phone system, run its protocol session, hand every call
to the desk, and when the connection goes, wait (back-off) and try again until stopped.

Qt-free and thread-based: `Connector.start()` runs the loop on a daemon thread and reports
through two callbacks, which the desk (`seatdesk.ui.phone_link`) turns into queued Qt signals.
The waits go through an injectable `wait`, so tests drive every reconnect without sleeping.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import random
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

from seatdesk.phone.protocol import Request
from seatdesk.phone.session import ChannelTracker, ProtocolGarbage, Session, Step
from seatdesk.phone.settings import PhoneSettings

log = logging.getLogger("seatdesk.phone")

# Reconnecting: exponential, capped, with jitter (so the seats of a hall do not all reconnect in
# the same instant after the phone system restarts).
BASE_SECONDS = 0.5
CAP_SECONDS = 30.0

CONNECT_TIMEOUT_SECONDS = 5.0
# A phone system that accepts the connection but does not complete the login (or, for baresip,
# answer its probe) within this is dropped and tried again.
HANDSHAKE_TIMEOUT_SECONDS = 5.0
READ_BYTES = 65536


class Backoff:
    """`next()` gives the wait before the next attempt; `reset()` after a good connection.

    Attempt n waits a random time in [d/2, d], where d = base · 2ⁿ capped at `cap`.
    `uniform` is injectable so that tests know the waits exactly.
    """

    def __init__(
        self,
        base: float = BASE_SECONDS,
        cap: float = CAP_SECONDS,
        uniform: Callable[[float, float], float] = random.uniform,
    ) -> None:
        if not 0 < base <= cap:
            raise ValueError("the back-off needs 0 < base <= cap")
        self.base = base
        self.cap = cap
        self._uniform = uniform
        self.attempt = 0

    def ceiling(self) -> float:
        """The longest wait the next attempt may get."""
        return min(self.cap, self.base * 2.0 ** min(self.attempt, 62))

    def next(self) -> float:
        ceiling = self.ceiling()
        self.attempt += 1
        return self._uniform(ceiling / 2, ceiling)

    def at_cap(self) -> float:
        """The wait after a refused password: the longest, so a wrong secret cannot lock the
        phone system's account by retrying quickly."""
        self.attempt = 62
        return self._uniform(self.cap / 2, self.cap)

    def reset(self) -> None:
        self.attempt = 0


class ConnectorState(enum.Enum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    AUTH_FAILED = "auth_failed"


@dataclass(frozen=True)
class StateReport:
    """What the status bar shows. `reason` names a cause, never a caller's number."""

    state: ConnectorState
    connector: str
    address: str
    reason: str = ""
    retry_in: float | None = None


class _Ended(enum.Enum):
    CLOSED = "closed"
    REFUSED = "refused"
    AUTH_FAILED = "auth_failed"
    GARBAGE = "garbage"
    STOPPED = "stopped"


Connect = Callable[[tuple[str, int], float], socket.socket]
# A new session per connection; the call it tracks outlives a reconnect (its hang-up still ends it).
SessionFactory = Callable[[ChannelTracker], Session]


def _connect(address: tuple[str, int], timeout: float) -> socket.socket:
    return socket.create_connection(address, timeout=timeout)


class Connector:
    """One phone-system connection, kept up until `stop()`."""

    def __init__(
        self,
        settings: PhoneSettings,
        session_factory: SessionFactory,
        on_request: Callable[[Request], None],
        on_state: Callable[[StateReport], None],
        *,
        backoff: Backoff | None = None,
        wait: Callable[[float], bool] | None = None,
        connect: Connect = _connect,
    ) -> None:
        self.settings = settings
        self._new_session = session_factory
        self.calls = ChannelTracker()
        self._on_request = on_request
        self._on_state = on_state
        self.backoff = backoff or Backoff()
        self._stopped = threading.Event()
        self._wait = wait or (lambda seconds: not self._stopped.wait(seconds))
        self._connect = connect
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._ready = False
        self.handshake_timeout = HANDSHAKE_TIMEOUT_SECONDS

    # -- the loop ---------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="seatdesk-phone", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the loop and close the connection (wakes a blocked read at once)."""
        self._stopped.set()
        with self._lock:
            if self._socket is not None:
                with contextlib.suppress(OSError):
                    self._socket.shutdown(socket.SHUT_RDWR)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def run(self) -> None:
        """Connect, serve, wait, again, until stopped or until `wait` says to give up."""
        while not self.stopped:
            ended, reason = self.run_once()
            if ended is _Ended.STOPPED or self.stopped:
                break
            if ended is _Ended.AUTH_FAILED:
                delay = self.backoff.at_cap()
                self._report(ConnectorState.AUTH_FAILED, reason, delay)
            else:
                delay = self.backoff.next()
                self._report(ConnectorState.DISCONNECTED, reason, delay)
            if not self._wait(delay):
                break
        self._report(ConnectorState.DISCONNECTED, "stopped")

    def run_once(self) -> tuple[_Ended, str]:
        """One connection, from connecting to its end; returns how it ended and why."""
        self._report(ConnectorState.CONNECTING)
        try:
            sock = self._connect((self.settings.host, self.settings.port), CONNECT_TIMEOUT_SECONDS)
        except OSError as exc:
            return _Ended.REFUSED, f"cannot connect ({type(exc).__name__})"
        with self._lock:
            self._socket = sock
        if self.stopped:  # stop() came while connecting: it could not shut this socket
            sock.close()
            return _Ended.STOPPED, "stopped"
        try:
            return self._serve(sock, self._new_session(self.calls))
        finally:
            with self._lock:
                self._socket = None
            sock.close()

    def _serve(self, sock: socket.socket, session: Session) -> tuple[_Ended, str]:
        sock.settimeout(self.handshake_timeout)
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        self._ready = False
        try:
            if self._act(sock, session.opening()):
                return _Ended.AUTH_FAILED, "the phone system refused the login"
            while True:
                try:
                    data = sock.recv(READ_BYTES)
                except TimeoutError:
                    return _Ended.CLOSED, "the phone system did not answer"
                if not data:
                    return (
                        (_Ended.STOPPED, "stopped")
                        if self.stopped
                        else (_Ended.CLOSED, "the phone system closed the connection")
                    )
                if self._act(sock, session.feed(data)):
                    return _Ended.AUTH_FAILED, "the phone system refused the login"
        except ProtocolGarbage as exc:
            log.warning("phone connector: unreadable data (%s); reconnecting", exc.reason)
            return _Ended.GARBAGE, "unreadable data from the phone system"
        except OSError as exc:
            if self.stopped:
                return _Ended.STOPPED, "stopped"
            return _Ended.CLOSED, f"connection lost ({type(exc).__name__})"

    def _act(self, sock: socket.socket, step: Step) -> bool:
        """Carry out one step; True if the login was refused."""
        for note in step.notes:
            log.info("phone connector: %s", note)
        if step.send:
            sock.sendall(step.send)
        if step.auth_failed:
            log.warning("phone connector: %s refused the login", self.settings.connector)
            return True
        if step.ready and not self._ready:
            self._ready = True
            sock.settimeout(None)
            self.backoff.reset()
            log.info("phone connector: connected to %s", self.settings.connector)
            self._report(ConnectorState.CONNECTED)
        for request in step.requests:
            self._on_request(request)
        return False

    def _report(
        self, state: ConnectorState, reason: str = "", retry_in: float | None = None
    ) -> None:
        self._on_state(
            StateReport(state, self.settings.connector, self.settings.address, reason, retry_in)
        )


def session_factory(settings: PhoneSettings, secret: str | None) -> SessionFactory:
    """A fresh protocol session per connection, for the configured phone system."""
    from seatdesk.phone.asterisk import AsteriskSession
    from seatdesk.phone.baresip import BaresipSession
    from seatdesk.phone.freeswitch import FreeswitchSession
    from seatdesk.phone.settings import PhoneConfigError

    if settings.connector == "baresip":
        return BaresipSession
    if secret is None:
        raise PhoneConfigError(
            f"no password for the {settings.connector} connector in the OS keyring: "
            f"store it with 'seatdesk phone secret set'"
        )
    if settings.connector == "freeswitch":
        return lambda calls: FreeswitchSession(settings, secret, calls)
    return lambda calls: AsteriskSession(settings, secret, calls)
