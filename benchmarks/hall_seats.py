"""Simulated seats for `benchmarks.hall_sim`: one process holds many seats, one thread each.

Every seat is enrolled for real (its own Ed25519 key and CSR, a one-time code, the client
certificate the hall issues, through `seatdesk.link.enrolment`), keeps its audit chain in memory
(seq, prev, mac = HMAC-SHA256 with a random key of its own, over the same values and in the same
way as `seatdesk.audit.log`), and talks to the hall over one keep-alive HTTPS connection: TLS
1.3, the hall CA pinned, its client certificate loaded, every request signed (the context of
`seatdesk.link.client`). Sync follows `seatdesk.link.sync`: entries past what the hall
acknowledged, at most BATCH per request, resent from the hall's head when it says so, so at
least once; nothing is forgotten before the hall acknowledged it.

    python -m benchmarks.hall_seats SPEC.json

Commands arrive on stdin, one JSON object a line; each is answered with one `RESULT {...}` line
on stdout (and `READY` / `ARMED` lines where the conductor waits for them).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import http.client
import json
import random
import secrets
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from seatdesk.audit.log import canonical_detail
from seatdesk.hall import pki
from seatdesk.hall.chain import GENESIS
from seatdesk.hall.protocol import (
    AUDIT_FIELDS,
    BATCH,
    SEAT_HEADER,
    SIGNATURE_HEADER,
    TIME_HEADER,
    dumps,
    encode_signature,
    signing_message,
)
from seatdesk.link.client import TIMEOUT as LINK_TIMEOUT
from seatdesk.link.client import SeatCredentials, client_context
from seatdesk.link.enrolment import enrol_seat

ACTIONS = ("record.search", "record.view", "record.reveal", "call.pop", "visitor.view")
# One request, as the seat's link waits (a long-poll waits longer: see `events`).
TIMEOUT = LINK_TIMEOUT
BACKOFF_MIN, BACKOFF_MAX = 0.25, 4.0
MAX_ROUNDS = 100  # sync requests in one go at most (600 entries take two)


class Failed(Exception):
    """No usable answer from the hall (network, TLS, a 5xx, a refusal)."""


def emit(tag: str, data: Any = None) -> None:
    print(tag if data is None else f"{tag} {json.dumps(data)}", flush=True)


class Seat:
    def __init__(self, name: str, url: str, ca_pem: bytes, credentials: SeatCredentials) -> None:
        self.name = name
        self.seat_id = credentials.seat_id
        self.url = url
        parts = urlsplit(url)
        self._host, self._port = str(parts.hostname), int(parts.port or 443)
        self._key = pki.load_seat_key(credentials.key_pem)
        self._context = client_context(ca_pem, credentials)
        self._conn: http.client.HTTPSConnection | None = None
        self.mac_key = secrets.token_bytes(32)
        self.frags: list[bytes] = []  # entry seq-1, serialised once
        self.head = (0, GENESIS)
        self.acked = 0
        self.rng = random.Random(secrets.randbits(64))
        self.stats = {
            "requests": 0,
            "failures": 0,
            "reconnects": 0,
            "stored": 0,
            "duplicates": 0,
            "resends": 0,
            "refusals": 0,
        }
        self.reasons: Counter[str] = Counter()  # why requests failed
        self.sync_ms: list[int] = []  # round trips of /v1/sync requests that were answered
        self.flagged = ""
        self.longest_unsynced_s = 0.0  # the longest time entries waited unacknowledged
        self._unsynced_since: float | None = None

    # -- the chain -----------------------------------------------------------------------------
    def append(self, at: datetime) -> None:
        seq, prev = self.head[0] + 1, self.head[1]
        action = ACTIONS[seq % len(ACTIONS)]
        target = f"customer:C{self.rng.randrange(10**8):08d}"
        detail = canonical_detail(
            {"q_hash": secrets.token_hex(16), "count": 1, "masked": "138****5678"}
        )
        values = (
            seq,
            at.isoformat(timespec="microseconds"),
            "agent01",
            self.name,
            action,
            target,
            "ok",
            detail,
            prev,
        )
        message = json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))
        mac = hmac.new(self.mac_key, message.encode("utf-8"), hashlib.sha256).hexdigest()
        entry = dict(zip(AUDIT_FIELDS, (*values, mac), strict=True))
        self.frags.append(dumps(entry))
        self.head = (seq, mac)
        if self._unsynced_since is None:
            self._unsynced_since = time.monotonic()

    # -- HTTPS ---------------------------------------------------------------------------------
    def _connection(self, timeout: float) -> tuple[http.client.HTTPSConnection, bool]:
        if self._conn is not None:
            if self._conn.sock is not None:
                self._conn.sock.settimeout(timeout)
            return self._conn, True
        self._conn = http.client.HTTPSConnection(
            self._host, self._port, timeout=timeout, context=self._context
        )
        self.stats["reconnects"] += 1
        return self._conn, False

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def request(
        self, method: str, path: str, body: bytes = b"", timeout: float = TIMEOUT
    ) -> dict[str, Any]:
        """One signed request on the kept connection. A kept connection that the hall closed
        meanwhile (idle timeout, restart) is replaced once at once; then it is a failure."""
        for _ in range(2):
            conn, reused = self._connection(timeout)
            at = datetime.now(UTC).isoformat()
            signature = self._key.sign(signing_message(method, path, at, body))
            headers = {
                "content-type": "application/json",
                SEAT_HEADER: self.seat_id,
                TIME_HEADER: at,
                SIGNATURE_HEADER: encode_signature(signature),
            }
            self.stats["requests"] += 1
            try:
                conn.request(method, path, body=body or None, headers=headers)
                response = conn.getresponse()
                raw = response.read()
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                if reused and isinstance(
                    exc, http.client.RemoteDisconnected | BrokenPipeError | ConnectionResetError
                ):
                    continue
                self.stats["failures"] += 1
                self.reasons[type(exc).__name__] += 1
                raise Failed(type(exc).__name__) from None
            if response.will_close:
                self.close()
            try:
                data = json.loads(raw) if raw else {}
            except ValueError:
                data = {}
            if response.status >= 400 or not isinstance(data, dict):
                self.stats["failures"] += 1
                if 400 <= response.status < 500:
                    self.stats["refusals"] += 1
                self.reasons[f"HTTP {response.status}"] += 1
                raise Failed(f"HTTP {response.status}: {data.get('error', '')}"[:200])
            return data
        self.stats["failures"] += 1
        self.reasons["closed twice"] += 1
        raise Failed("connection closed twice")

    # -- sync (as seatdesk.link.sync) ----------------------------------------------------------
    def sync(self) -> None:
        """Everything queued, BATCH at a time, until the hall holds the local head."""
        for _ in range(MAX_ROUNDS):
            batch = self.frags[self.acked : self.acked + BATCH]
            head = self.head
            body = (
                b'{"entries":['
                + b",".join(batch)
                + b'],"head":'
                + dumps({"mac": head[1], "seq": head[0]})
                + b"}"
            )
            sent = time.monotonic()
            answer = self.request("POST", "/v1/sync", body)
            self.sync_ms.append(round((time.monotonic() - sent) * 1000))
            self.stats["stored"] += int(answer.get("stored", 0))
            self.stats["duplicates"] += int(answer.get("duplicates", 0))
            hall_seq = int(answer["hall_head"]["seq"])
            if answer.get("flagged"):
                self.flagged = str(answer.get("flag_reason", "flagged"))
                raise Failed("flagged: " + self.flagged)
            resend = answer.get("resend_from")
            if resend is not None:
                self.stats["resends"] += 1
                self.acked = max(int(resend) - 1, 0)
                continue
            last_sent = self.acked + len(batch)
            self.acked = min(hall_seq, last_sent) if batch else min(hall_seq, head[0])
            if self.acked >= self.head[0]:
                break
        if self.acked >= self.head[0] and self._unsynced_since is not None:
            waited = time.monotonic() - self._unsynced_since
            self.longest_unsynced_s = max(self.longest_unsynced_s, waited)
            self._unsynced_since = None

    def sync_with_backoff(self, deadline: float) -> bool:
        """Sync until the hall holds everything or `deadline` (time.time()) passes."""
        backoff = BACKOFF_MIN
        while time.time() < deadline:
            try:
                self.sync()
                return True
            except Failed:
                if self.flagged:
                    return False
                time.sleep(min(backoff * self.rng.uniform(0.5, 1.0), deadline - time.time()))
                backoff = min(backoff * 2, BACKOFF_MAX)
        return False


# -- phases -----------------------------------------------------------------------------------
def sleep_until(moment: float) -> None:
    while (left := moment - time.time()) > 0:
        time.sleep(min(left, 1.0))


def steady(seat: Seat, start: float, seconds: int, catch_up: float) -> dict[str, Any]:
    """One entry a second for `seconds` (each seat at its own offset within the second), a sync
    after each; then keep syncing until the hall holds everything (at most `catch_up` s)."""
    base = seat.head[0]
    seat.sync_ms.clear()
    t0 = start + seat.rng.uniform(0.0, 1.0)
    end = t0 + seconds
    backoff = BACKOFF_MIN
    outages: list[tuple[float, float]] = []
    failing_since: float | None = None
    sleep_until(t0)
    while True:
        now = time.time()
        due = min(seconds, int(now - t0) + 1)
        while seat.head[0] - base < due:
            seat.append(datetime.fromtimestamp(t0 + seat.head[0] - base, UTC))
        try:
            if seat.acked < seat.head[0]:
                seat.sync()
            backoff = BACKOFF_MIN
            if failing_since is not None:
                outages.append((failing_since, time.time()))
                failing_since = None
        except Failed:
            if failing_since is None:
                failing_since = time.time()
            if seat.flagged:
                break
            time.sleep(backoff * seat.rng.uniform(0.5, 1.0))
            backoff = min(backoff * 2, BACKOFF_MAX)
            if time.time() > end + catch_up:
                break
            continue
        if due >= seconds and seat.acked >= seat.head[0]:
            break
        if time.time() > end + catch_up:
            break
        sleep_until(t0 + due)
    return {
        "generated": seat.head[0] - base,
        "caught_up_at": time.time(),
        "outages": outages,
        "sync_ms": seat.sync_ms[:],
    }


def backlog_prepare(seat: Seat, entries: int) -> None:
    """`entries` entries written while the hall was out of reach (one a second, in the past)."""
    first = datetime.now(UTC) - timedelta(seconds=entries)
    for i in range(entries):
        seat.append(first + timedelta(seconds=i))


def backlog_go(seat: Seat, start: float, limit: float) -> dict[str, Any]:
    sleep_until(start)
    seat.sync_ms.clear()
    ok = seat.sync_with_backoff(start + limit)
    return {"ok": ok, "done_at": time.time(), "sync_ms": seat.sync_ms[:]}


def events(seat: Seat, since: int, wait: float) -> dict[str, Any]:
    return seat.request("GET", f"/v1/events?since={since}&wait={wait:g}", timeout=wait + 20)


def visitors(
    seat: Seat, armed: threading.Barrier, rounds: int, limit: float
) -> dict[str, list[float]]:
    """Hold a long-poll on /v1/events until `rounds` visitors events came (or `limit` s);
    each one's arrival, CLOCK_MONOTONIC (one clock for every process of the machine)."""
    deadline = time.time() + limit
    since, seen = 0, {}
    while time.time() < deadline:
        try:
            since = int(events(seat, 0, 0)["latest"])
            break
        except Failed:
            time.sleep(0.5)
    with contextlib.suppress(threading.BrokenBarrierError):
        armed.wait(timeout=limit)
    while len(seen) < rounds and time.time() < deadline:
        try:
            answer = events(seat, since, min(20.0, max(deadline - time.time(), 0.0)))
        except Failed:
            time.sleep(0.5)
            continue
        arrived = time.monotonic()
        for event in answer.get("events", []):
            if event.get("kind") == "visitors":
                seen[str(event["id"])] = [arrived]
        since = int(answer.get("latest", since))
    return seen


def post_visitor(seat: Seat, item_id: int, kind: str) -> float:
    """The door seat's outbox: a visitor on the floor (or gone). Returns when it was sent."""
    item = {
        "id": item_id,
        "kind": kind,
        "ref": f"V{item_id:04d}",
        "payload": {
            "badge": f"B{item_id:03d}",
            "name": "张*",
            "organisation": "某某公司",
            "host": "sup01",
            "since": datetime.now(UTC).isoformat(),
        },
    }
    sent = time.monotonic()
    seat.request("POST", "/v1/outbox", dumps({"items": [item]}))
    return sent


def run_all(seats: list[Seat], fn: Any, *args: Any) -> list[Any]:
    with ThreadPoolExecutor(max_workers=len(seats)) as pool:
        return list(pool.map(lambda s: fn(s, *args), seats))


def visitor_phase(seats: list[Seat], rounds: int, limit: float) -> list[dict[str, list[float]]]:
    """Every seat long-polling; `ARMED` once each has its starting point."""
    armed = threading.Barrier(len(seats) + 1)
    box: list[list[dict[str, list[float]]]] = []
    runner = threading.Thread(
        target=lambda: box.append(run_all(seats, visitors, armed, rounds, limit))
    )
    runner.start()
    with contextlib.suppress(threading.BrokenBarrierError):
        armed.wait(timeout=limit)
    emit("ARMED")
    runner.join()
    return box[0]


def seat_report(seat: Seat) -> dict[str, Any]:
    return {
        "name": seat.name,
        "seat_id": seat.seat_id,
        "generated": seat.head[0],
        "head_mac": seat.head[1],
        "acked": seat.acked,
        "mac_key": seat.mac_key.hex(),
        "flagged": seat.flagged,
        "longest_unsynced_s": round(seat.longest_unsynced_s, 3),
        "reasons": dict(seat.reasons),
        **seat.stats,
    }


def enrol(spec: dict[str, Any]) -> list[Seat]:
    def one(entry: dict[str, str]) -> Seat:
        enrolment = enrol_seat(entry["url"], entry["code"], entry["name"])
        return Seat(entry["name"], entry["url"], enrolment.ca_pem, enrolment.seat)

    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(one, spec["seats"]))


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    started = time.perf_counter()
    seats = enrol(spec)
    emit("READY", {"seconds": time.perf_counter() - started, "seats": len(seats)})
    for line in sys.stdin:
        command = json.loads(line)
        phase = command["phase"]
        if phase == "steady":
            results = run_all(
                seats, steady, command["start"], command["seconds"], command["catch_up"]
            )
            emit("RESULT", {"seats": results})
        elif phase == "backlog_prepare":
            t = time.perf_counter()
            for seat in seats:
                backlog_prepare(seat, command["entries"])
            emit("RESULT", {"seconds": time.perf_counter() - t})
        elif phase == "backlog_go":
            emit(
                "RESULT", {"seats": run_all(seats, backlog_go, command["start"], command["limit"])}
            )
        elif phase == "visitors":
            emit("RESULT", {"seats": visitor_phase(seats, command["rounds"], command["limit"])})
        elif phase == "report":
            emit("RESULT", {"seats": [seat_report(s) for s in seats]})
        elif phase == "quit":
            break
    for seat in seats:
        seat.close()


if __name__ == "__main__":
    main()
