"""Verify without revealing: the agent types what the caller says and learns only match or no
match. Attempts are limited per call, field and customer so that verify cannot enumerate values.
The typed value is never stored or audited."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from seatdesk.audit.log import JsonValue
from seatdesk.core.errors import PermissionDenied, SeatDeskError, UsageError
from seatdesk.policy.model import TierAccess
from seatdesk.policy.roles import Permission, require
from seatdesk.records.customers import CustomerRow, load_customer
from seatdesk.records.validation import normalise_mobile
from seatdesk.records.verifiers import matches_verifier, same_form, stored_form
from seatdesk.services import hall_verify
from seatdesk.services.agreement import require_agreement
from seatdesk.services.calls import CallDesk
from seatdesk.services.session import Session
from seatdesk.services.training import require_training
from seatdesk.services.verify_modes import VERIFY_MODES

_VERIFIED_FIELDS = ("name", "id_number", "bank_card", "birth_date")


@dataclass(frozen=True)
class VerifyOutcome:
    field: str
    matched: bool
    remaining: int
    locked: bool
    no_data: bool = False
    at_hall: bool = False  # counted and compared by the hall (`remaining` is the hall's)
    compared: bool = True  # False: refused before any comparison (locked at the hall)


def _at_hall(session: Session, row: CustomerRow, field: str) -> bool:
    """Whether this attempt goes to the hall: a 一类 value the person's role may not reveal on
    its own (for this customer's tier), on an enrolled seat. The role decides, not the keys: a
    seat enrolled before the hall had compartment keys keeps its own custody until a security
    officer's session moves it, and there every session's keys open every compartment
    (docs/threat-model.md). A value the role reveals on its own is compared here."""
    if field not in _VERIFIED_FIELDS or not hall_verify.enrolled(session.db):
        return False
    if not any(f == field for f, _ in hall_verify.class1_forms(session.policy)):
        return False
    relevant = ("birth_date", "id_number") if field == "birth_date" else (field,)
    return any(
        session.policy.reveal_requirement(name, session.role, row.tier) != TierAccess.ALLOWED
        for name in relevant
    )


def _compare(session: Session, row: CustomerRow, field: str, mode: str, typed: str) -> bool | None:
    """True/False for match/no match; None when the record holds nothing to compare. A value
    the person's keys open is compared with its canonical form; one they do not open, with its
    verifier (a 一类 value only where the policy's `class1_verify` allows it on a seat without a
    hall; on an enrolled seat the hall compares it, `_at_hall`)."""
    if field == "mobile":
        if not row.mobiles:
            return None
        given = normalise_mobile(typed) or ""
        return any(hmac.compare_digest(given, m) for m in row.mobiles)
    if field not in _VERIFIED_FIELDS:
        raise UsageError(f"{field} cannot be verified")
    opened = {name: row.clear(name) for name in _VERIFIED_FIELDS}
    sealed = {name for name in _VERIFIED_FIELDS if name in row.masks and opened[name] is None}
    relevant = {"birth_date", "id_number"} if field == "birth_date" else {field}
    if not relevant & sealed:
        return same_form(stored_form(opened, field, mode), field, mode, typed)
    if session.policy.field(field).field_class == "一类" and not _class1_here(session):
        raise PermissionDenied(
            "a 一类 value your account cannot open is verified by the hall, and this seat has "
            'none (the policy\'s class1_verify is "hall")',
            code="verify.needs_hall",
        )
    return matches_verifier(
        session.verifier_keys, row.customer_no, row.verifiers, field, mode, typed
    )


def _class1_here(session: Session) -> bool:
    return session.policy.guards.class1_verify == "seat"


class VerifyDesk:
    def __init__(self, session: Session, calls: CallDesk) -> None:
        self._s = session
        self._calls = calls
        self._attempts: dict[tuple[str, int, str], int] = {}
        self._hall_left: dict[tuple[str, int, str], int] = {}  # what the hall last said

    @property
    def limit(self) -> int:
        return self._s.policy.limits.verify_attempts_per_call

    def remaining(self, customer_id: int, field: str) -> int:
        key = (self._calls.call_key(), customer_id, field)
        if key in self._hall_left:
            return self._hall_left[key]
        used = self._attempts.get(key, 0)
        return max(self.limit - used, 0)

    def verify(self, customer_id: int, field: str, typed: str, mode: str = "") -> VerifyOutcome:
        require(self._s.role, Permission.VIEW_CUSTOMERS)
        require_agreement(self._s)
        require_training(self._s)
        modes = VERIFY_MODES.get(field)
        if modes is None or not self._s.policy.field(field).verify:
            raise UsageError(f"{field} cannot be verified")
        mode = mode or modes[0]
        if mode not in modes:
            raise UsageError(f"{field} can be verified as: {', '.join(modes)}")
        if not typed.strip():  # nothing said is never an attempt, and not audited as one
            raise UsageError("nothing was typed to verify", code="verify.empty")
        row = load_customer(self._s.db, customer_id, self._s.opener)
        if row is None:
            raise UsageError("no such customer", code="record.gone")
        key = (self._calls.call_key(), customer_id, field)
        detail: dict[str, JsonValue] = {
            "field": field,
            "mode": mode,
            "call": self._calls.active.call_id if self._calls.active else None,
        }
        if _at_hall(self._s, row, field):
            outcome = self._at_the_hall(row, key, detail, mode, typed)
            if outcome is not None:
                return outcome
        if self.remaining(customer_id, field) == 0:
            self._s.audit.append(
                self._s.staff_id,
                "record.verify",
                target=row.customer_no,
                outcome="locked",
                detail=detail,
            )
            return VerifyOutcome(field, False, 0, True)
        result = _compare(self._s, row, field, mode, typed)
        if result is None:
            self._s.audit.append(
                self._s.staff_id,
                "record.verify",
                target=row.customer_no,
                outcome="no_data",
                detail=detail,
            )
            return VerifyOutcome(field, False, self.remaining(customer_id, field), False, True)
        self._attempts[key] = self._attempts.get(key, 0) + 1
        remaining = self.remaining(customer_id, field)
        self._s.audit.append(
            self._s.staff_id,
            "record.verify",
            target=row.customer_no,
            outcome="match" if result else "no_match",
            detail={**detail, "attempt": self.limit - remaining},
        )
        return VerifyOutcome(field, result, remaining, remaining == 0)

    def _at_the_hall(
        self,
        row: CustomerRow,
        key: tuple[str, int, str],
        detail: dict[str, JsonValue],
        mode: str,
        typed: str,
    ) -> VerifyOutcome | None:
        """The hall counts and compares; this seat audits what it answered (or that it could
        not be reached, and then nothing was compared). None: the hall verifies nothing yet
        (`hall_verify.verify_at_hall`)."""
        field = key[2]
        try:
            answer = hall_verify.verify_at_hall(
                self._s, row.customer_no, field, mode, typed, self._calls.call_key()
            )
        except SeatDeskError as exc:
            self._s.audit.append(
                self._s.staff_id, "record.verify", target=row.customer_no, outcome="refused",
                detail={**detail, "at": "hall", "reason": exc.code},
            )  # fmt: skip
            raise
        if answer is None:
            return None
        if answer.outcome == "hour_limit":
            self._s.audit.append(
                self._s.staff_id, "record.verify", target=row.customer_no, outcome="refused",
                detail={**detail, "at": "hall", "reason": "verify.hour_limit"},
            )  # fmt: skip
            raise PermissionDenied(
                "the hall refuses more 一类 checks from you this hour", code="verify.hour_limit"
            )
        self._hall_left[key] = answer.remaining
        self._s.audit.append(
            self._s.staff_id, "record.verify", target=row.customer_no, outcome=answer.outcome,
            detail={**detail, "at": "hall", "remaining": answer.remaining},
        )  # fmt: skip
        matched = answer.outcome == "match"
        no_data = answer.outcome == "no_data"
        locked = answer.outcome == "locked" or (answer.remaining == 0 and not no_data)
        return VerifyOutcome(
            field, matched, answer.remaining, locked, no_data, at_hall=True,
            compared=answer.outcome in ("match", "no_match"),
        )  # fmt: skip
