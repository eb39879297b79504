"""Verify without revealing: the agent types what the caller says and learns only match or no
match. Attempts are limited per call, field and customer so that verify cannot enumerate values.
The typed value is never stored or audited."""

from __future__ import annotations

import hmac
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from seatdesk.audit.log import JsonValue
from seatdesk.core.errors import UsageError
from seatdesk.core.text import normal_text
from seatdesk.policy.roles import Permission, require
from seatdesk.records.customers import CustomerRow, load_customer
from seatdesk.records.validation import (
    normalise_card,
    normalise_mobile,
    normalise_resident_id,
    resident_id_birth_date,
    to_ascii_digits,
)
from seatdesk.services.agreement import require_agreement
from seatdesk.services.calls import CallDesk
from seatdesk.services.session import Session
from seatdesk.services.verify_modes import VERIFY_MODES

_DATE = re.compile(r"^(\d{4})\D{0,2}(\d{1,2})\D{0,2}(\d{1,2})\D{0,2}$")


@dataclass(frozen=True)
class VerifyOutcome:
    field: str
    matched: bool
    remaining: int
    locked: bool
    no_data: bool = False


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _parse_spoken_date(text: str) -> date | None:
    match = _DATE.match(to_ascii_digits(text.strip()))
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _birth_date(row: CustomerRow) -> date | None:
    if row.birth_date:
        return date.fromisoformat(row.birth_date)
    if row.id_number and len(row.id_number) in (15, 18):
        try:
            return resident_id_birth_date(row.id_number)
        except ValueError:
            return None
    return None


def _compare(row: CustomerRow, field: str, mode: str, typed: str) -> bool | None:
    """True/False for match/no match; None when the record holds nothing to compare."""
    if field == "id_number":
        if not row.id_number:
            return None
        given = normalise_resident_id(typed)
        stored = row.id_number.upper()
        return _same(given, stored[-6:]) if mode == "last6" else _same(given, stored)
    if field == "bank_card":
        if not row.bank_card:
            return None
        digits = re.sub(r"\D", "", to_ascii_digits(typed))
        if mode == "last4":
            return len(digits) == 4 and _same(digits, row.bank_card[-4:])
        return _same(normalise_card(typed) or "", row.bank_card)
    if field == "birth_date":
        stored_date = _birth_date(row)
        return None if stored_date is None else _parse_spoken_date(typed) == stored_date
    if field == "mobile":
        if not row.mobiles:
            return None
        given = normalise_mobile(typed) or ""
        return any(_same(given, m) for m in row.mobiles)
    if field == "name":
        clean = "".join(normal_text(unicodedata.normalize("NFKC", typed)).split())
        stored = "".join(normal_text(unicodedata.normalize("NFKC", row.name)).split())
        return _same(clean, stored)
    raise UsageError(f"{field} cannot be verified")


class VerifyDesk:
    def __init__(self, session: Session, calls: CallDesk) -> None:
        self._s = session
        self._calls = calls
        self._attempts: dict[tuple[str, int, str], int] = {}

    @property
    def limit(self) -> int:
        return self._s.policy.limits.verify_attempts_per_call

    def remaining(self, customer_id: int, field: str) -> int:
        used = self._attempts.get((self._calls.call_key(), customer_id, field), 0)
        return max(self.limit - used, 0)

    def verify(self, customer_id: int, field: str, typed: str, mode: str = "") -> VerifyOutcome:
        require(self._s.role, Permission.VIEW_CUSTOMERS)
        require_agreement(self._s)
        modes = VERIFY_MODES.get(field)
        if modes is None or not self._s.policy.field(field).verify:
            raise UsageError(f"{field} cannot be verified")
        mode = mode or modes[0]
        if mode not in modes:
            raise UsageError(f"{field} can be verified as: {', '.join(modes)}")
        row = load_customer(self._s.db, customer_id)
        if row is None:
            raise UsageError("no such customer", code="record.gone")
        key = (self._calls.call_key(), customer_id, field)
        detail: dict[str, JsonValue] = {
            "field": field,
            "mode": mode,
            "call": self._calls.active.call_id if self._calls.active else None,
        }
        if self.remaining(customer_id, field) == 0:
            self._s.audit.append(
                self._s.staff_id,
                "record.verify",
                target=row.customer_no,
                outcome="locked",
                detail=detail,
            )
            return VerifyOutcome(field, False, 0, True)
        result = _compare(row, field, mode, typed)
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
