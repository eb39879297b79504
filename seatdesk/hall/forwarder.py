"""Syslog out: a thread of `hall serve` that sends the hall's audit entries and alerts to the
security team's collector, RFC 5424 over TLS (RFC 5425), and keeps its own cursor in PostgreSQL.

The cursor (`syslog_cursor`) says, per stream and seat, how far the collector has been sent:
audit rows by the seat's `seq`, alerts by their `id`. Both give a total order per seat that
commits in order, because the hall writes a seat's audit rows and alerts only while it holds
that seat's row lock (`SELECT … FOR UPDATE` in `sync`): a reader never sees seq n+1 before n.
(Alerts without a seat share the key '' and are ordered by id alone; whoever adds such alerts
must write them one transaction at a time.)

The cursor moves only after a batch was written to the TLS connection and the collector had not
closed it, so delivery is at least once: a crash or a lost connection between the write and the
cursor's commit sends that batch again, and the collector sees duplicates (each message names
seat and seq, so they are easy to fold). RFC 5425 has no acknowledgement; bytes the collector
accepted but never wrote (it was killed, not stopped) are beyond what plain syslog can tell.

Several hall instances may serve one database: a PostgreSQL advisory lock makes exactly one of
them forward, and another takes over when its connection goes.
"""

from __future__ import annotations

import logging
import select
import socket
import ssl
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from seatdesk.core.errors import UsageError
from seatdesk.core.logging import RedactionFilter
from seatdesk.hall.schema import SERVICE_ROLE
from seatdesk.hall.syslog import AlertRecord, AuditRecord, alert_message, audit_message, frame

log = logging.getLogger("seatdesk.hall.syslog")

#: One forwarder per hall database (pg_advisory_lock's key: "syslog" in ASCII).
_LOCK_KEY = 0x7379736C6F67

_AUDIT_BATCH = """
SELECT seat_id, seq, ts, actor, seat, action, target, outcome, detail, received_at FROM (
    SELECT a.*, row_number() OVER (PARTITION BY a.seat_id ORDER BY a.seq) AS rn
    FROM seats s
    LEFT JOIN syslog_cursor c ON c.stream = 'audit' AND c.key = s.seat_id
    CROSS JOIN LATERAL (
        SELECT * FROM audit a WHERE a.seat_id = s.seat_id AND a.seq > COALESCE(c.position, 0)
        ORDER BY a.seq LIMIT %(limit)s
    ) a
) pending
ORDER BY rn, seat_id
LIMIT %(limit)s
"""

_ALERT_BATCH = """
SELECT al.id, al.at, al.seat_id, al.kind, al.detail
FROM alerts al
LEFT JOIN syslog_cursor c ON c.stream = 'alerts' AND c.key = COALESCE(al.seat_id, '')
WHERE al.id > COALESCE(c.position, 0)
ORDER BY al.id
LIMIT %(limit)s
"""

_ADVANCE = """
INSERT INTO syslog_cursor(stream, key, position) VALUES (%s, %s, %s)
ON CONFLICT (stream, key) DO UPDATE
SET position = GREATEST(syslog_cursor.position, EXCLUDED.position), updated_at = now()
"""


def report_on_stderr() -> None:
    """Trouble with the collector is also said on `hall serve`'s stderr (a service manager's
    journal), not only in SeatDesk's log file; redacted like every log record."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.addFilter(RedactionFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)


@dataclass(frozen=True)
class Collector:
    host: str
    port: int
    ca_file: Path | None = None

    @classmethod
    def parse(cls, text: str, ca_file: Path | None = None) -> Collector:
        host, _, port = text.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise UsageError("--syslog takes HOST:PORT, e.g. siem.example.org:6514")
        return cls(host.strip("[]"), int(port), ca_file)

    def context(self) -> ssl.SSLContext:
        """The collector is verified: against --syslog-ca if given, else the system's CAs."""
        try:
            context = ssl.create_default_context(
                cafile=str(self.ca_file) if self.ca_file is not None else None
            )
        except (OSError, ssl.SSLError) as exc:
            raise UsageError(f"cannot use {self.ca_file} as the collector's CA: {exc}") from None
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        return context


@dataclass
class Batch:
    frames: list[bytes]
    advance: dict[tuple[str, str], int]


class Forwarder:
    def __init__(
        self,
        dsn: str,
        collector: Collector,
        *,
        hostname: str | None = None,
        poll: float = 0.5,
        limit: int = 500,
        backoff: tuple[float, float] = (0.5, 30.0),
        timeout: float = 10.0,
    ) -> None:
        self.dsn = dsn
        self.collector = collector
        self.hostname = hostname or socket.gethostname()
        self.poll = poll
        self.limit = limit
        self.backoff = backoff
        self.timeout = timeout
        self._context = collector.context()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._db: psycopg.Connection[Any] | None = None
        self._sock: ssl.SSLSocket | None = None
        self._failing = ""
        self._locked = False

    # -- the thread ---------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="syslog-forwarder", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def run(self) -> None:
        delay = self.backoff[0]
        while not self._stop.is_set():
            try:
                sent = self.step()
            except (OSError, psycopg.Error) as exc:
                self._close()
                self._trouble(exc, delay)
                self._stop.wait(delay)
                delay = min(delay * 2, self.backoff[1])
                continue
            delay = self.backoff[0]
            if self._failing:
                log.warning("syslog: forwarding to %s again", self._where())
                self._failing = ""
            if not sent:
                self._stop.wait(self.poll)
        self._close()

    # -- one step -----------------------------------------------------------------------------

    def step(self) -> int:
        """Send what is pending (one batch) and advance the cursor; returns how many were sent.
        0 also when another hall instance holds the forwarding lock."""
        db = self._database()
        if db is None:
            return 0
        batch = self.pending(db)
        if self._sock is not None and _peer_closed(self._sock):
            self._drop_socket()  # a restarted collector: connect again before sending
        if not batch.frames:
            return 0
        sock = self._socket()
        sock.sendall(b"".join(batch.frames))
        if _peer_closed(sock):
            raise ConnectionResetError("the collector closed the connection")
        with db.transaction():
            for (stream, key), position in batch.advance.items():
                db.execute(_ADVANCE, (stream, key, position))
        return len(batch.frames)

    def pending(self, db: psycopg.Connection[Any]) -> Batch:
        frames: list[bytes] = []
        advance: dict[tuple[str, str], int] = {}
        for row in db.execute(_ALERT_BATCH, {"limit": self.limit}).fetchall():
            alert = AlertRecord(int(row[0]), row[1], row[2], str(row[3]), str(row[4]))
            frames.append(frame(alert_message(alert, self.hostname)))
            advance[("alerts", alert.seat_id or "")] = alert.id
        for row in db.execute(_AUDIT_BATCH, {"limit": self.limit}).fetchall():
            entry = AuditRecord(str(row[0]), int(row[1]), *(str(value) for value in row[2:9]))
            frames.append(frame(audit_message(entry, self.hostname, row[9])))
            key = ("audit", entry.seat_id)
            advance[key] = max(advance.get(key, 0), entry.seq)
        return Batch(frames, advance)

    # -- connections --------------------------------------------------------------------------

    def _database(self) -> psycopg.Connection[Any] | None:
        if self._db is None:
            db = psycopg.connect(self.dsn, autocommit=True, connect_timeout=int(self.timeout))
            db.execute(f"SET ROLE {SERVICE_ROLE}")
            self._db = db
        if not self._locked:
            row = self._db.execute("SELECT pg_try_advisory_lock(%s)", (_LOCK_KEY,)).fetchone()
            self._locked = bool(row and row[0])
            if not self._locked:
                return None  # another instance forwards; the lock is tried again next poll
            log.info("syslog: forwarding to %s", self._where())
        return self._db

    def _socket(self) -> ssl.SSLSocket:
        if self._sock is None:
            raw = socket.create_connection(
                (self.collector.host, self.collector.port), timeout=self.timeout
            )
            try:
                self._sock = self._context.wrap_socket(raw, server_hostname=self.collector.host)
            except BaseException:
                raw.close()
                raise
        return self._sock

    def _drop_socket(self) -> None:
        if self._sock is not None:
            try:
                self._sock.settimeout(1.0)
                self._sock.unwrap()  # a TLS close_notify, so the collector sees a clean end
            except OSError:
                pass
            try:
                self._sock.close()
            finally:
                self._sock = None

    def _close(self) -> None:
        self._drop_socket()
        if self._db is not None:
            try:
                self._db.close()
            finally:
                self._db = None
                self._locked = False

    def _where(self) -> str:
        return f"{self.collector.host}:{self.collector.port}"

    def _trouble(self, exc: BaseException, delay: float) -> None:
        reason = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc) else ''}"
        if reason != self._failing:
            log.warning("syslog: %s: %s (retrying, first in %.1f s)", self._where(), reason, delay)
            self._failing = reason


def _peer_closed(sock: ssl.SSLSocket) -> bool:
    """Whether the collector has closed (or reset) the connection; never blocks. A collector
    sends nothing on a syslog connection but TLS housekeeping, which is read and dropped."""
    readable, _, _ = select.select([sock], [], [], 0)
    if not readable:
        return False
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        while True:
            if not sock.recv(4096):
                return True
    except (ssl.SSLWantReadError, BlockingIOError):
        return False
    except OSError:
        return True
    finally:
        sock.settimeout(timeout)
