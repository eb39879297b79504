"""Reveal: one field's stored value, for a few seconds, with a reason, within the tier rules,
the hourly quota and (where required) a second person's authorisation given at the seat.

What leaves this module is a `RevealedValue`: it knows when it expires and hides its text from
repr/str, so it cannot end up in a log or an exception by accident.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta

from seatdesk.audit.log import JsonValue
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.policy.model import TierAccess
from seatdesk.policy.roles import Role
from seatdesk.records.customers import CustomerRow, load_customer
from seatdesk.services.agreement import require_agreement
from seatdesk.services.approval import Approval, ApprovalRefused, authorise_at_seat
from seatdesk.services.calls import CallDesk
from seatdesk.services.free_text import typed_text
from seatdesk.services.session import Session
from seatdesk.services.staff import require_password_current
from seatdesk.services.strictness import StrictMasking
from seatdesk.services.training import require_training

_NEEDS_ROLE = {
    TierAccess.SUPERVISOR_APPROVAL: Role.SUPERVISOR,
    TierAccess.SECURITY_APPROVAL: Role.SECURITY,
}


class ApprovalRequired(PermissionDenied):
    """The reveal needs a second person's authorisation (双人复核) before it can go ahead."""

    def __init__(self, needed: TierAccess) -> None:
        self.needed = needed
        self.approver_role = _NEEDS_ROLE[needed]
        super().__init__(
            f"this reveal needs the authorisation of a {self.approver_role.value}",
            code="reveal.approval",
            role=self.approver_role.value,
        )


class RevealDenied(PermissionDenied):
    pass


__all__ = ["Approval", "ApprovalRefused", "ApprovalRequired", "RevealDenied", "RevealDesk"]


@dataclass(frozen=True)
class RevealedValue:
    customer_id: int
    field: str
    expires_at: datetime
    _text: str = dataclasses.field(repr=False)

    @property
    def text(self) -> str:
        return self._text

    def __str__(self) -> str:
        return f"<revealed {self.field}>"

    def seconds_left(self, now: datetime) -> int:
        return max(int((self.expires_at - now).total_seconds() + 0.999), 0)


REVEALABLE = (
    "name",
    "birth_date",
    "id_number",
    "mobile",
    "landline",
    "email",
    "address",
    "bank_card",
)


def _raw(row: CustomerRow, field: str) -> str:
    values = {
        "name": row.name or "",
        "birth_date": row.birth_date or "",
        "id_number": row.id_number or "",
        "mobile": "; ".join(row.mobiles),
        "landline": "; ".join(row.landlines),
        "email": row.email or "",
        "address": row.address or "",
        "bank_card": row.bank_card or "",
    }
    if field not in values:
        raise UsageError(f"{field} cannot be revealed")
    return values[field]


class RevealDesk:
    def __init__(self, session: Session, calls: CallDesk, strict: StrictMasking) -> None:
        self._s = session
        self._calls = calls
        self._strict = strict

    def requirement(self, customer_id: int, field: str) -> TierAccess:
        """What revealing `field` of this customer needs from the signed-in person right now."""
        return self._need(self._row(customer_id), field)

    def _need(self, row: CustomerRow, field: str) -> TierAccess:
        need = self._s.policy.reveal_requirement(field, self._s.role, row.tier)
        sealed_from_me = field in row.masks and not _raw(row, field)
        if need is TierAccess.ALLOWED and (self._strict.active() or sealed_from_me):
            # Strict hall (a visitor present, capture not blocked), or a value this person's
            # keys do not open (their account got no keys from a custodian; a tier lowered
            # since the value was sealed): no reveal without an approver, whose keys open it.
            return (
                TierAccess.SECURITY_APPROVAL
                if self._s.role is Role.SUPERVISOR
                else TierAccess.SUPERVISOR_APPROVAL
            )
        return need

    def requirements(self, customer_id: int) -> dict[str, TierAccess]:
        """What revealing each revealable field needs right now (the card disables NEVER)."""
        row = self._row(customer_id)
        return {field: self._need(row, field) for field in REVEALABLE}

    def ask(self, customer_id: int, field: str) -> TierAccess:
        """Before any dialog: what this reveal needs. A refusal (the policy says never) is
        audited here and raised as `RevealDenied`; the caller only shows it."""
        row = self._row(customer_id)
        need = self._need(row, field)
        if need is TierAccess.NEVER:
            self._deny(row, self._detail(row, field, "", "", None), "tier")
            raise RevealDenied(
                f"your role may not reveal this field of a {row.tier} customer",
                code="reveal.never",
                tier=row.tier,
            )
        return need

    def quota_left(self) -> int:
        since = self._s.runtime.clock.now() - timedelta(hours=1)
        quota = self._s.policy.limits.reveal_quota_per_hour
        used = self._s.audit.count_since(
            self._s.staff_id, "record.reveal", since, outcome="ok", at_most=quota
        )
        return max(quota - used, 0)

    def authorise(self, approver_id: str, password: str, needed: TierAccess) -> Approval:
        """A second person enters staff ID and password at this seat."""
        role_needed = _NEEDS_ROLE.get(needed)
        if role_needed is None:
            raise UsageError("this reveal needs no authorisation")
        return authorise_at_seat(self._s, approver_id, password, {role_needed}, "reveal")

    def reveal(
        self,
        customer_id: int,
        field: str,
        reason_code: str,
        reason_text: str = "",
        approval: Approval | None = None,
    ) -> RevealedValue:
        require_password_current(self._s)
        require_agreement(self._s)
        require_training(self._s)
        row = self._row(customer_id)
        need = self._need(row, field)
        on_call = self._calls.is_on_call_with(customer_id)
        detail = self._detail(row, field, reason_code, reason_text, approval)
        if need is TierAccess.NEVER:  # refused and audited whatever else was passed
            self._deny(row, detail, "tier")
            raise RevealDenied(
                f"your role may not reveal this field of a {row.tier} customer",
                code="reveal.never",
                tier=row.tier,
            )
        codes = {r.code for r in self._s.policy.reveal_reasons}
        if reason_code not in codes:
            raise UsageError("choose a reason for the reveal", code="reveal.reason")
        if need is not TierAccess.ALLOWED and (
            approval is None or approval.approver_role is not _NEEDS_ROLE[need]
        ):
            raise ApprovalRequired(need)
        if self.quota_left() <= 0:
            self._deny(row, detail, "quota")
            raise RevealDenied("hourly reveal quota used up", code="reveal.quota")
        if not on_call and not reason_text.strip():
            raise UsageError(
                "a reveal outside a call with this customer needs an explanation",
                code="reveal.off_call_note",
            )
        text = _raw(row, field)
        if not text and field in row.masks and approval is not None:
            opened = load_customer(self._s.db, customer_id, self._s.opener_with(approval.held))
            text = "" if opened is None else _raw(opened, field)
        if not text and field in row.masks:
            self._deny(row, detail, "sealed")
            raise RevealDenied(
                "this value is sealed for a compartment that neither your account nor the "
                "approver's holds on this seat",
                code="reveal.sealed",
            )
        if not text:
            raise UsageError("nothing stored in this field", code="reveal.empty")
        seconds = self._s.policy.limits.reveal_seconds
        self._s.audit.append(
            self._s.staff_id,
            "record.reveal",
            target=row.customer_no,
            detail={**detail, "seconds": seconds, "flag": None if on_call else "off_call"},
        )
        expires = self._s.runtime.clock.now() + timedelta(seconds=seconds)
        return RevealedValue(customer_id, field, expires, text)

    def _detail(
        self,
        row: CustomerRow,
        field: str,
        reason_code: str,
        reason_text: str,
        approval: Approval | None,
    ) -> dict[str, JsonValue]:
        return {
            "field": field,
            "reason": reason_code,
            "note": typed_text(self._s, reason_text, [row]),  # every open customer masked
            "tier": row.tier,
            "on_call": self._calls.is_on_call_with(row.id),
            "call": self._calls.active.call_id if self._calls.active else None,
            "approver": approval.approver_id if approval else None,
        }

    def _row(self, customer_id: int) -> CustomerRow:
        row = load_customer(self._s.db, customer_id, self._s.opener)
        if row is None:
            raise UsageError("no such customer", code="record.gone")
        return row

    def _deny(self, row: CustomerRow, detail: dict[str, JsonValue], why: str) -> None:
        self._s.audit.append(
            self._s.staff_id,
            "record.reveal",
            target=row.customer_no,
            outcome="denied",
            detail={**detail, "denied": why},
        )
