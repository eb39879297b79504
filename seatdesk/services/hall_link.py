"""The seat's link to its hall, through the gate: enrolment (admin), sync and status.

The seat's enrolled key, its certificate and the pinned hall CA are kept in the vault's meta
table, under the data key like everything else in it. Audit entries leave the seat as they are
(already masked); the cursor of what the hall holds is kept beside them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import SeatDeskError, UsageError
from seatdesk.hall.protocol import AUDIT_FIELDS
from seatdesk.link.client import HallClient, SeatCredentials
from seatdesk.link.enrolment import enrol_seat
from seatdesk.link.sync import SyncResult, sync_audit
from seatdesk.policy.roles import Permission, require
from seatdesk.services import outbox
from seatdesk.services.change_apply import customer_data, refused_change_set
from seatdesk.services.hall_join import join_directory
from seatdesk.services.session import Session
from seatdesk.services.staff import recovery_custodian
from seatdesk.vault.compartment_keys import NO_KEYS
from seatdesk.vault.db import VaultDb
from seatdesk.vault.schema import get_meta, set_meta
from seatdesk.vault.seat_hall import SeatHall
from seatdesk.visitors.store import replace_hall_watch

Now = Callable[[], datetime]

_KEYS = ("url", "hall_id", "seat_id", "seat_name", "key", "cert", "ca")


@dataclass(frozen=True)
class HallStatus:
    enrolled: bool
    hall_url: str
    seat_id: str
    seat_name: str
    reachable: bool
    last_contact: str | None
    outbox: int  # audit entries and outbox items the hall does not hold yet
    local_head: int
    hall_head: int | None
    flagged: bool
    flag_reason: str
    error: str = ""
    customer_data_seq: int = 0  # the last customer change set applied here
    customer_data_at: str = ""
    hall_data_key: bool = False  # this seat holds the hall data key
    change_set_refused: str = ""

    @property
    def customer_data(self) -> str:
        """'Customer data as of …' (the change set's time and seq), or why not."""
        if not self.customer_data_seq:
            text = "no change set applied yet"
        else:
            text = f"as of {self.customer_data_at} (change set #{self.customer_data_seq})"
        if self.enrolled and not self.hall_data_key:
            text += "; waiting for the hall data key (an enrolled seat online gives it)"
        if self.change_set_refused:
            text += f"; the next change set was REFUSED: {self.change_set_refused}"
        return text

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _customer_data(db: VaultDb) -> dict[str, Any]:
    data = customer_data(db)
    refused = refused_change_set(db)
    return {
        "customer_data_seq": data.seq if data else 0,
        "customer_data_at": (data.published_at or data.at) if data else "",
        "hall_data_key": bool(get_meta(db, "hall.hdk")),
        "change_set_refused": refused[1] if refused else "",
    }


class SeatLink:
    """What the seat knows of its hall and sends to it, over one vault connection (the desk's,
    or the hall worker's own)."""

    def __init__(self, db: VaultDb, head: Callable[[], tuple[int, str]], now: Now) -> None:
        self._db = db
        self._head = head
        self._now = now

    def meta(self, name: str) -> str | None:
        return get_meta(self._db, "hall." + name)

    @property
    def enrolled(self) -> bool:
        return self.meta("seat_id") is not None

    def client(self, timeout: float = 10.0) -> HallClient:
        values = {name: self.meta(name) for name in _KEYS}
        missing = [name for name, value in values.items() if value is None]
        if missing:
            raise UsageError("this seat is not enrolled with a hall: seatdesk hall enrol")
        seat = SeatCredentials(
            str(values["seat_id"]), str(values["key"]).encode(), str(values["cert"]).encode()
        )
        return HallClient(str(values["url"]), str(values["ca"]).encode(), seat, timeout)

    def entries_after(self, seq: int, limit: int) -> list[dict[str, Any]]:
        rows = self._db.execute(
            f"SELECT {', '.join(AUDIT_FIELDS)} FROM audit WHERE seq > ? ORDER BY seq LIMIT ?",
            (seq, limit),
        )
        return [
            {
                name: (int(v) if name == "seq" else str(v))
                for name, v in zip(AUDIT_FIELDS, r, strict=True)
            }
            for r in rows
        ]

    def sync(self, *, send: bool = True, timeout: float = 10.0, watch: bool = False) -> SyncResult:
        """Send what the hall does not hold yet (and report the head); once. With `watch`, also
        fetch the hall's watch list."""
        client = self.client(timeout)
        acked = int(self.meta("acked_seq") or 0)
        result = sync_audit(
            client, self._head(), acked, self.entries_after if send else (lambda _s, _l: [])
        )
        if send and not result.flagged:
            self.send_outbox(client)
        if watch:
            replace_hall_watch(self._db, list(client.get("/v1/watch").get("entries", [])))
        was_flagged = self.meta("flag") is not None
        with self._db.transaction():
            set_meta(self._db, "hall.acked_seq", str(result.acked_seq))
            set_meta(self._db, "hall.last_contact", result.at or utc_iso(self._now()))
            if result.flagged and not was_flagged:
                set_meta(self._db, "hall.flag", result.flag_reason)
        return result

    def send_outbox(self, client: HallClient) -> int:
        """Incidents and visitor events, in order; marked sent only once the hall acked them."""
        sent = 0
        while batch := outbox.unsent(self._db, 100):
            answer = client.post("/v1/outbox", {"items": batch})
            acked = int(answer.get("acked", 0))
            with self._db.transaction():
                outbox.mark_sent(self._db, acked, self._now())
            sent += len(batch)
            if acked < batch[-1]["id"]:
                break
        return sent

    def queued(self) -> int:
        """Audit entries and outbox items the hall does not hold yet."""
        audit = self._head()[0] - int(self.meta("acked_seq") or 0)
        return audit + outbox.unsent_count(self._db)


class HallLink:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._link = SeatLink(session.db, session.audit.head, session.runtime.clock.now)
        self.retired: list[str] = []  # local accounts the last enrolment retired

    def _meta(self, name: str) -> str | None:
        return self._link.meta(name)

    @property
    def enrolled(self) -> bool:
        return self._link.enrolled

    def enrol(
        self,
        hall_url: str,
        code: str,
        seat_name: str,
        *,
        password: str,
        recovery_key: str | None = None,
    ) -> str:
        """Enrol this seat (admin) and join the hall's staff directory with the admin's
        `password`; returns the seat id the hall gave it. With the vault's `recovery_key` the
        customers sealed before the join stay readable at this seat (see
        `compartment_upkeep.keep_seat_custody`). A seat whose enrolment stopped before
        it joined joins now. Local accounts the directory lacks are retired (`self.retired`)."""
        require(self._s.role, Permission.MANAGE_STAFF)
        custodian = recovery_custodian(self._s, recovery_key) if recovery_key else NO_KEYS
        if self.enrolled:
            if self._s.on_hall_directory:
                raise UsageError(f"this seat is enrolled already (seat {self._meta('seat_id')})")
            self.retired = join_directory(self._s, self._seat_hall(), password, custodian)
            return str(self._meta("seat_id"))
        try:
            done = enrol_seat(hall_url, code, seat_name)
        except SeatDeskError as exc:
            self._s.audit.append(
                self._s.staff_id, "hall.enrol", outcome="failed", detail={"error": str(exc)}
            )
            raise
        with self._s.db.transaction():
            values = {
                "url": hall_url,
                "hall_id": done.hall_id,
                "seat_id": done.seat.seat_id,
                "seat_name": seat_name,
                "key": done.seat.key_pem.decode(),
                "cert": done.seat.cert_pem.decode(),
                "ca": done.ca_pem.decode(),
                "watch_key": done.watch_key,
                "acked_seq": "0",
            }
            for name, value in values.items():
                set_meta(self._s.db, "hall." + name, value)
            self._s.audit.append(
                self._s.staff_id,
                "hall.enrol",
                target=done.seat.seat_id,
                detail={"hall": done.hall_id, "url": hall_url, "seat_name": seat_name},
            )
        self.retired = join_directory(self._s, self._seat_hall(), password, custodian)
        return done.seat.seat_id

    def _seat_hall(self) -> SeatHall:
        return SeatHall(
            url=str(self._meta("url")),
            hall_id=str(self._meta("hall_id")),
            ca_pem=str(self._meta("ca")).encode(),
            seat_id=str(self._meta("seat_id")),
            cert_pem=str(self._meta("cert")).encode(),
            seat_key_pem=str(self._meta("key")).encode(),
            box={},
        )

    def sync(self, *, send: bool = True) -> SyncResult:
        """Send what the hall does not hold yet (and report the head), and fetch the hall's
        watch list; once."""
        return self._link.sync(send=send, watch=send)

    def client(self) -> HallClient:
        return self._link.client()

    def unsent_incidents(self) -> set[str]:
        """Incidents reported here that have not reached the hall yet ("not yet sent")."""
        return outbox.unsent_refs(self._s.db, "incident.") if self.enrolled else set()

    def status(self) -> HallStatus:
        """Reachable, last contact, what is queued, and the hall's head against the seat's."""
        local = self._s.audit.head()[0]
        known = HallStatus(
            enrolled=self.enrolled,
            hall_url=self._meta("url") or "",
            seat_id=self._meta("seat_id") or "",
            seat_name=self._meta("seat_name") or "",
            reachable=False,
            last_contact=self._meta("last_contact"),
            outbox=self._link.queued(),  # audit entries and outbox items the hall lacks
            local_head=local,
            hall_head=None,
            flagged=self._meta("flag") is not None,
            flag_reason=self._meta("flag") or "",
            **_customer_data(self._s.db),
        )
        if not known.enrolled:
            return known
        try:
            result = self.sync(send=False)
        except SeatDeskError as exc:
            return dataclasses.replace(known, error=str(exc))
        return dataclasses.replace(
            known,
            reachable=True,
            last_contact=result.at,
            outbox=self._link.queued(),
            hall_head=result.hall_head_seq,
            flagged=result.flagged,
            flag_reason=result.flag_reason,
        )
