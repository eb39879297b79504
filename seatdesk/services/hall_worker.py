"""The desk's link to the hall in a thread of its own: it drains the seat's audit to the hall in
order, retries with back-off while the hall is unreachable, and never blocks the desk.

It opens a vault connection of its own (WAL lets it read while the desk writes), and hands the
desk only a `LinkState` snapshot: connected or offline since when, what is queued, and whether
the hall says the seat's log differs from its copy.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime

from seatdesk.audit.log import AuditLog
from seatdesk.core.errors import SeatDeskError
from seatdesk.link.client import HallClient
from seatdesk.services.change_apply import ChangeApplier
from seatdesk.services.change_step import change_round
from seatdesk.services.directory_refresh import refresh_directory
from seatdesk.services.hall_link import SeatLink
from seatdesk.services.session import Session
from seatdesk.vault.db import VaultDb
from seatdesk.vault.store import audit_key

log = logging.getLogger("seatdesk.hall_link")

INTERVAL = 5.0  # seconds between syncs while all is well
MAX_BACKOFF = 120.0
LONG_POLL = 20  # seconds the hall holds a feed request open when nothing happens


@dataclass(frozen=True)
class LinkState:
    enrolled: bool = False
    connected: bool = False
    offline_since: datetime | None = None  # first failed contact of the current outage
    last_contact: datetime | None = None
    queued: int = 0
    flagged: bool = False
    flag_reason: str = ""
    last_heard: datetime | None = None  # the hall's last answer (a sync or a pushed event)
    hall_visitors: int = 0  # visitors signed into the hall, at any seat
    feed_latest: int = 0
    incident_events: int = 0  # incidents reported or changed anywhere since the desk started
    approval_events: int = 0  # approval requests asked or moved anywhere since the start
    alerts: int = 0  # seats the hall flagged (their log differs from its copy) since the start
    # Customer change sets (services/change_step.py): the last one applied, and what holds back.
    customer_data_seq: int = 0
    customer_data_at: str = ""  # UTC ISO: when the change set applied last was published
    hdk_missing: bool = False  # no hall data key yet: nothing can be applied
    change_sets_behind: int = 0
    change_set_refused: str = ""  # why the next change set was refused (the seat stays behind)
    account_disabled: bool = False  # the hall disabled the signed-in account


class HallWorker:
    def __init__(self, session: Session, interval: float = INTERVAL) -> None:
        self._s = session
        self._interval = interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._state = LinkState()
        self._thread: threading.Thread | None = None
        self._listener: threading.Thread | None = None
        self._client: HallClient | None = None
        self._watch_changed = threading.Event()
        self._watch_changed.set()  # fetch the hall's watch list at the first contact
        self._staff_changed = threading.Event()
        self._staff_changed.set()  # and the staff directory
        self.rounds = 0  # completed attempts (for tests and the status line)

    @property
    def state(self) -> LinkState:
        with self._lock:
            return self._state

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="seatdesk-hall", daemon=True)
            self._thread.start()
            self._listener = threading.Thread(
                target=self._listen, name="seatdesk-hall-feed", daemon=True
            )
            self._listener.start()

    def wake(self) -> None:
        """Something new to send (or the desk wants fresh news): sync now, not at the interval."""
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:  # the one with a vault connection
            self._thread.join(timeout)
        # The feed listener holds no connection to the vault and may be inside a long-poll:
        # it ends by itself when that returns, and is a daemon thread.
        self._thread = self._listener = None

    def _run(self) -> None:
        s = self._s
        try:
            db = s.second_connection()
        except SeatDeskError as exc:
            log.warning("hall link not started: %s", type(exc).__name__)
            return
        try:
            audit = AuditLog(db, audit_key(db), s.runtime.clock, s.runtime.seat)
            link = SeatLink(db, audit.head, s.runtime.clock.now)
            changes = ChangeApplier(db, audit, s.policy, s.runtime.clock.now)
            failures = 0
            while not self._stop.is_set():
                reached = self._round(link, db)
                failures = 0 if reached else failures + 1
                self._set(**change_round(db, changes, link, reached=reached))
                delay = self._interval * (2 ** min(failures, 6)) if failures else self._interval
                self._wake.wait(min(delay, MAX_BACKOFF))
                self._wake.clear()
        finally:
            db.close()

    def _round(self, link: SeatLink, db: VaultDb) -> bool:
        now = self._s.runtime.clock.now()
        ok = True
        try:
            if not link.enrolled:
                self._set(enrolled=False)
                return True
            if self._client is None:
                self._client = link.client(timeout=LONG_POLL + 10)
            if self._staff_changed.is_set():
                self._staff_changed.clear()
                try:
                    if not refresh_directory(self._s, db, link.client(timeout=10.0)):
                        self._set(account_disabled=True)
                except SeatDeskError:
                    self._staff_changed.set()  # again at the next round
                    raise
            watch = self._watch_changed.is_set()
            self._watch_changed.clear()
            try:
                result = link.sync(timeout=10.0, watch=watch)
            except SeatDeskError:
                if watch:
                    self._watch_changed.set()  # fetch it at the next round
                raise
            self._set(
                enrolled=True, connected=True, offline_since=None, last_contact=now,
                last_heard=now, queued=link.queued(), flagged=result.flagged,
                flag_reason=result.flag_reason,
            )  # fmt: skip
        except SeatDeskError as exc:
            ok = False
            log.info("hall unreachable: %s", type(exc).__name__)
            with self._lock:
                since = self._state.offline_since or now
            self._set(enrolled=True, connected=False, offline_since=since, queued=link.queued())
        finally:
            self.rounds += 1
        return ok

    def _listen(self) -> None:
        """Hall state pushed down: a long-poll that the hall answers as soon as anything changes
        (PostgreSQL NOTIFY wakes it), so every seat follows the hall within seconds."""
        failures = 0
        while not self._stop.is_set():
            client = self._client
            if client is None:
                self._stop.wait(0.5)
                continue
            since = self.state.feed_latest
            try:
                answer = client.get(f"/v1/events?since={since}&wait={LONG_POLL}")
            except SeatDeskError as exc:
                failures += 1
                log.info("hall feed unreachable: %s", type(exc).__name__)
                self._stop.wait(min(self._interval * 2 ** min(failures, 5), MAX_BACKOFF))
                continue
            failures = 0
            events = answer.get("events", [])
            incidents = sum(1 for e in events if e.get("kind") == "incident")
            alerts = sum(1 for e in events if e.get("kind") == "alert")
            approvals = sum(1 for e in events if e.get("kind") == "approval")
            with self._lock:
                self._state = replace(
                    self._state,
                    last_heard=self._s.runtime.clock.now(),
                    hall_visitors=int(answer.get("visitors_in_hall", 0)),
                    feed_latest=max(int(answer.get("latest", since)), since),
                    incident_events=self._state.incident_events + incidents,
                    alerts=self._state.alerts + alerts,
                    approval_events=self._state.approval_events + approvals,
                )
            if any(e.get("kind") in ("staff", "training") for e in events):
                self._staff_changed.set()
                self._wake.set()
            if any(e.get("kind") == "watch" for e in events):
                self._watch_changed.set()
                self._wake.set()
            if incidents or any(e.get("kind") in ("visitors", "change_set") for e in events):
                self._wake.set()  # send what this seat has, too

    def _set(self, **changes: object) -> None:
        with self._lock:
            self._state = replace(self._state, **changes)  # type: ignore[arg-type]
