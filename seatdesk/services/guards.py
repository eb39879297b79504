"""What the seat's guards ask of the vault: does this text (found on the clipboard, in a drag)
hold a protected value of a customer this seat has open or revealed recently? The clear values
are compared here and never handed out; the answer is the names of the fields that matched.
Every blocked attempt is audited with the action and the field, never the value.

Which customers are open is kept in one place for the seat (`Session.open_customers`, read
through `seatdesk.services.free_text.customers_open_on_seat`), shared with the free-text gate."""

from __future__ import annotations

import re

from seatdesk.audit.log import JsonValue
from seatdesk.core.text import fold_text
from seatdesk.records.customers import CustomerRow, load_customer
from seatdesk.records.verifiers import quoted_by_verifier
from seatdesk.services.free_text import customers_open_on_seat
from seatdesk.services.session import Session

_DIGIT_FIELDS = ("id_number", "bank_card")
_MIN_TEXT = 2  # a one-character name would match everything


def _digits(text: str) -> str:
    return re.sub(r"[^0-9x]", "", fold_text(text))


class GuardDesk:
    def __init__(self, session: Session) -> None:
        self._s = session

    def watch(self, customer_id: int) -> None:
        """A record is open on this seat (or one of its values was revealed): guard its values."""
        self._s.open_customers.watch(customer_id, self._s.runtime.clock.now())

    def watched(self) -> list[int]:
        return customers_open_on_seat(self._s)

    def protected_fields_in(self, text: str) -> list[str]:
        if not text.strip():
            return []
        folded, digits = fold_text(text), _digits(text)
        found: list[str] = []
        for customer_id in self.watched():
            row = load_customer(self._s.db, customer_id, self._s.opener)
            if row is not None:
                matched = _matching_fields(row, folded, digits) + self._sealed_in(row, text)
                found += [f for f in matched if f not in found]
        return found

    def _sealed_in(self, row: CustomerRow, text: str) -> list[str]:
        """Values the person's keys do not open (a card, an ID number, a name they see masked)
        are found in the text by their verifiers: every run that could be one is tried."""
        sealed = [f for f in _BY_VERIFIER if f in row.masks and row.clear(f) is None]
        if not sealed:
            return []
        key = self._s.verifier_keys
        return [
            f for f in sealed if quoted_by_verifier(key, row.customer_no, row.verifiers, f, text)
        ]

    def blocked(self, action: str, fields: list[str] | None = None, **detail: JsonValue) -> None:
        self._s.audit.append(
            self._s.staff_id,
            "guard.blocked",
            target=action,
            outcome="blocked",
            detail={"fields": list(fields or []), **detail},
        )

    def noticed(self, action: str, **detail: JsonValue) -> None:
        """Something the seat cannot prevent but records (e.g. the PrintScreen key)."""
        self._s.audit.append(self._s.staff_id, "guard.noticed", target=action, detail=detail)


_BY_VERIFIER = ("bank_card", "id_number", "name", "email")


def _matching_fields(row: CustomerRow, folded: str, digits: str) -> list[str]:
    fields: list[str] = []
    phone_like = [("mobile", m) for m in row.mobiles] + [("landline", n) for n in row.landlines]
    for name, value in [*phone_like, *((f, getattr(row, f) or "") for f in _DIGIT_FIELDS)]:
        stored = _digits(value)
        if len(stored) >= 7 and stored in digits:
            fields.append(name)
    for name, value in (
        ("name", row.name or ""),
        ("email", row.email or ""),
        ("address", row.address or ""),
    ):
        stored = fold_text(value)
        if len(stored) >= _MIN_TEXT and stored in folded:
            fields.append(name)
    if row.birth_date and _digits(row.birth_date) in digits:
        fields.append("birth_date")
    return fields
