"""The call's wrap-up (issue 17): when a call ends the agent picks its reason and outcome from
the policy's codes (the first of each is the common case), may add a note (masked by the
free-text gate, as every note) and a follow-up date. A caller who was never identified is logged
with why not, or linked to the customer the agent found by search. Each call is wrapped up once,
by the person who took it; the wrap-up is audited with its codes, never with the note's text."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.policy.model import LabelledCode
from seatdesk.policy.roles import Permission, require
from seatdesk.records.customers import load_customer
from seatdesk.records.interactions import call_summary, insert_interactions
from seatdesk.services.calls import EndedCall
from seatdesk.services.free_text import typed_text
from seatdesk.services.session import Session
from seatdesk.vault.db import IntegrityError

FOLLOW_UP_DAYS = 365  # the furthest a follow-up may be set


@dataclass(frozen=True)
class WrapUp:
    call_id: str
    customer_no: str | None
    reason: str
    outcome: str | None
    follow_up: date | None


class WrapUpDesk:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def enabled(self) -> bool:
        return self._s.policy.wrap_up.enabled

    def today(self) -> date:
        """The hall's date (follow-ups are days on the hall's calendar)."""
        return self._s.policy.visitors.local(self._s.runtime.clock.now()).date()

    def save(
        self,
        call: EndedCall,
        reason: str,
        outcome: str,
        note: str = "",
        follow_up: date | None = None,
    ) -> WrapUp:
        """The wrap-up of a call with an identified customer."""
        if call.customer_id is None:
            raise UsageError(
                "this caller was not identified: link the call to a customer or log it as "
                "unidentified",
                code="wrap_up.unidentified",
            )
        codes = self._s.policy.wrap_up
        _check(reason, codes.reasons, "call reason")
        _check(outcome, codes.outcomes, "call outcome")
        return self._store(
            call, call.customer_id, call.customer_no, reason, outcome, note, follow_up
        )

    def save_unidentified(self, call: EndedCall, reason: str, note: str = "") -> WrapUp:
        """A caller never identified: why not (no customer, no follow-up)."""
        _check(reason, self._s.policy.wrap_up.unidentified, "reason for an unidentified call")
        return self._store(call, None, None, reason, None, note, None)

    def link(self, call: EndedCall, customer_id: int) -> EndedCall:
        """An unidentified caller turned out to be `customer_id` (found by search after the
        call): the call goes into that customer's history and is audited as bound."""
        require(self._s.role, Permission.VIEW_CUSTOMERS)
        if call.customer_id is not None:
            raise UsageError("this call already has its customer", code="wrap_up.linked")
        row = load_customer(self._s.db, customer_id, self._s.card_reader)
        if row is None:
            raise UsageError("no such customer", code="record.gone")
        with self._s.db.transaction():
            insert_interactions(
                self._s.db,
                [
                    (
                        customer_id,
                        utc_iso(call.started_at),
                        self._s.staff_id,
                        "call",
                        typed_text(self._s, call_summary(call.seconds)),
                    )
                ],
                call_id=call.call_id,
            )
            self._s.audit.append(
                self._s.staff_id,
                "call.bind",
                target=row.customer_no,
                detail={"call": call.call_id, "after_call": True},
            )
        return replace(call, customer_id=customer_id, customer_no=row.customer_no)

    def skip(self, call: EndedCall) -> None:
        """The agent closed the wrap-up without saving: audited, so a supervisor sees it."""
        self._s.audit.append(
            self._s.staff_id, "call.wrap_up", target=call.call_id, outcome="skipped"
        )

    def _store(
        self,
        call: EndedCall,
        customer_id: int | None,
        customer_no: str | None,
        reason: str,
        outcome: str | None,
        note: str,
        follow_up: date | None,
    ) -> WrapUp:
        today = self.today()
        if follow_up is not None and not today <= follow_up <= today + timedelta(FOLLOW_UP_DAYS):
            raise UsageError(
                f"a follow-up is a day from today to {FOLLOW_UP_DAYS} days ahead",
                code="wrap_up.follow_up",
            )
        masked = typed_text(self._s, note.strip())
        now = utc_iso(self._s.runtime.clock.now())
        try:
            with self._s.db.transaction():
                self._s.db.execute(
                    "INSERT INTO call_wrap_ups(call_id, customer_id, started_at, at, staff_id, "
                    "reason, outcome, note, follow_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        call.call_id,
                        customer_id,
                        utc_iso(call.started_at),
                        now,
                        self._s.staff_id,
                        reason,
                        outcome,
                        str(masked),
                        follow_up.isoformat() if follow_up else None,
                    ),
                )
                self._s.audit.append(
                    self._s.staff_id,
                    "call.wrap_up",
                    target=call.call_id,
                    detail={
                        "customer": customer_no,
                        "reason": reason,
                        "outcome": outcome,
                        "follow_up": follow_up.isoformat() if follow_up else None,
                        "note": bool(masked),
                    },
                )
        except IntegrityError:
            raise UsageError("this call is wrapped up already", code="wrap_up.done") from None
        return WrapUp(call.call_id, customer_no, reason, outcome, follow_up)


def _check(code: str, offered: tuple[LabelledCode, ...], what: str) -> None:
    if code not in {c.code for c in offered}:
        raise UsageError(f"{code!r} is not a {what} of the policy", code="wrap_up.code")
