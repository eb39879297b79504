"""The active call on this seat: screen pop starts it, the agent ends it. A reveal without
approval is allowed only for the customer bound to the live call."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import SeatDeskError, UsageError
from seatdesk.policy.masking import mask_field
from seatdesk.records.customers import load_customer
from seatdesk.records.interactions import call_summary, insert_interactions
from seatdesk.records.validation import normalise_phone_query
from seatdesk.services.free_text import typed_text
from seatdesk.services.record_desk import MaskedRecord, Match, RecordDesk
from seatdesk.services.session import Session


@dataclass
class ActiveCall:
    call_id: str
    masked_number: str
    started_at: datetime
    number: str = field(repr=False)
    customer_id: int | None = None
    customer_no: str | None = None


@dataclass(frozen=True)
class EndedCall:
    """A call that ended, for its wrap-up (masked: the caller's number never in clear)."""

    call_id: str
    masked_number: str
    started_at: datetime
    seconds: int
    customer_id: int | None = None
    customer_no: str | None = None


@dataclass(frozen=True)
class Pop:
    """What a screen pop found: the matches and, for a single one, its card (or why not)."""

    matches: list[Match]
    record: MaskedRecord | None = None
    refused: SeatDeskError | None = None  # the card could not be shown (gone, the view rate)


class CallDesk:
    def __init__(self, session: Session, records: RecordDesk) -> None:
        self._s = session
        self._records = records
        self.active: ActiveCall | None = None

    def pop(self, raw_number: str) -> Pop:
        """A call arrives (screen pop): `start`, and the card of a single match, with every
        audit entry of it (the previous call's end, the call, the search, the binding, the view)
        in one transaction: all of them are kept or, on a crash, none."""
        with self._s.audit.batch():
            matches = self.start(raw_number)
            if len(matches) != 1:
                return Pop(matches)
            try:
                return Pop(matches, self._records.view(matches[0].customer_id))
            except SeatDeskError as exc:  # its refusal is audited: it stays in the batch
                return Pop(matches, refused=exc)

    def start(self, raw_number: str) -> list[Match]:
        """A call arrives: end any previous one, find the caller's records (one transaction)."""
        with self._s.audit.batch():
            return self._start(raw_number)

    def _start(self, raw_number: str) -> list[Match]:
        number = normalise_phone_query(raw_number)
        if number is None:
            raise UsageError(
                "the phone system sent something that is not a phone number", code="call.number"
            )
        if self.active is not None:
            self.end()
        kind = "mobile" if number.startswith("1") else "landline"
        call = ActiveCall(
            call_id=secrets.token_hex(6),
            masked_number=mask_field(self._s.policy, kind, number),
            started_at=self._s.runtime.clock.now(),
            number=number,
        )
        self.active = call
        self._s.audit.append(
            self._s.staff_id,
            "call.start",
            target=call.call_id,
            detail={
                "caller": call.masked_number,
                "caller_hash": self._s.phone_hash(number),
                **self._s.phone_hash_version(),
            },
        )
        matches = self._records.find(number)
        if len(matches) == 1:
            self.bind(matches[0].customer_id)
        return matches

    def bind(self, customer_id: int) -> None:
        """The agent confirmed which customer is calling (or the only match was taken)."""
        if self.active is None:
            raise UsageError("no active call")
        row = load_customer(self._s.db, customer_id, self._s.opener)
        if row is None:
            raise UsageError("no such customer", code="record.gone")
        self.active.customer_id, self.active.customer_no = customer_id, row.customer_no
        self._s.open_customers.on_call = customer_id
        self._s.open_customers.watch(customer_id, self._s.runtime.clock.now())
        self._s.audit.append(
            self._s.staff_id,
            "call.bind",
            target=row.customer_no,
            detail={"call": self.active.call_id},
        )

    def is_on_call_with(self, customer_id: int) -> bool:
        return self.active is not None and self.active.customer_id == customer_id

    def call_key(self) -> str:
        return self.active.call_id if self.active is not None else "off-call"

    def end(self) -> EndedCall | None:
        call = self.active
        if call is None:
            return None
        self.active = None
        now = self._s.runtime.clock.now()
        if call.customer_id is not None:  # open for the watch minutes after the call, as a view
            self._s.open_customers.on_call = None
            self._s.open_customers.watch(call.customer_id, now)
        seconds = int((now - call.started_at).total_seconds())
        with self._s.db.transaction():
            if call.customer_id is not None:
                summary = typed_text(self._s, call_summary(seconds))
                started = utc_iso(call.started_at)
                insert_interactions(
                    self._s.db,
                    [(call.customer_id, started, self._s.staff_id, "call", summary)],
                    call_id=call.call_id,
                )
            self._s.audit.append(
                self._s.staff_id,
                "call.end",
                target=call.call_id,
                detail={"customer": call.customer_no, "seconds": seconds},
            )
        return EndedCall(
            call.call_id,
            call.masked_number,
            call.started_at,
            seconds,
            call.customer_id,
            call.customer_no,
        )
