"""Approval requests through the hall (issue 17): the agent's desk asks for a supervisor (or the
security officer) when a reveal needs one; the approvers' desks list the hall's open requests,
say "on my way" or decline with a reason.

Keys never travel: the approver still comes to the asking seat and signs there
(`authorise_at_seat`), and this seat then tells the hall the request is granted. A request
carries references and masked text only: the customer's number, the field's key and class, the
tier, the reason's code and its text through the free-text gate. Asking and every step are
audited here. On a seat without a hall (or a sign-in made while the hall was away) there is
nothing to ask: `available` says so, and the desk offers only the signature at the seat.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from seatdesk.core.errors import PermissionDenied, SeatDeskError, UsageError
from seatdesk.link.client import HallClient, HallRefused, HallUnreachable
from seatdesk.policy.model import TierAccess
from seatdesk.policy.roles import Permission, Role, require
from seatdesk.records.customers import load_customer
from seatdesk.services.approval import Approval
from seatdesk.services.free_text import typed_text
from seatdesk.services.hall_link import HallLink
from seatdesk.services.reveal import RevealDesk
from seatdesk.services.session import Session

_NEEDS = {
    TierAccess.SUPERVISOR_APPROVAL: Role.SUPERVISOR,
    TierAccess.SECURITY_APPROVAL: Role.SECURITY,
}
CLOSED = frozenset({"declined", "granted", "cancelled", "expired"})


@dataclass(frozen=True)
class ApprovalRequest:
    """One request as the hall has it (references and masked text only)."""

    request_id: str
    seat_id: str
    seat_name: str
    requester: str
    requester_name: str
    customer_no: str
    field: str
    field_class: str
    tier: str
    needs: str  # the role that may approve: "supervisor" or "security"
    reason_code: str
    reason_note: str  # masked
    asked_at: str  # UTC ISO, the hall's clock
    expires_at: str
    status: str  # open | taken | declined | granted | cancelled | expired
    taken_by: str = ""
    taken_by_name: str = ""
    decline_reason: str = ""  # masked
    granted_by: str = ""

    @property
    def closed(self) -> bool:
        return self.status in CLOSED

    @classmethod
    def from_hall(cls, item: Any) -> ApprovalRequest:
        if not isinstance(item, dict):
            raise HallUnreachable("the hall's approval request is malformed")
        try:
            return cls(**{f.name: str(item[f.name]) for f in fields(cls)})
        except KeyError:
            raise HallUnreachable("the hall's approval request is malformed") from None


class ApprovalRequestDesk:
    def __init__(self, session: Session, link: HallLink, revealer: RevealDesk) -> None:
        self._s = session
        self._link = link
        self._revealer = revealer
        self._asked: dict[str, datetime] = {}  # this desk's requests: when (the seat's clock)

    @property
    def available(self) -> bool:
        """A hall to ask through, and a sign-in the hall knows."""
        access = self._s.hall_access
        return bool(self._link.enrolled and access is not None and access.online and access.token)

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        access = self._s.hall_access
        if not self.available or access is None:
            raise UsageError(
                "there is no hall to ask through (or this sign-in was made while it was away): "
                "the approver signs at this seat",
                code="approval.no_hall",
            )
        client: HallClient = self._link.client()
        try:
            return client.post(path, {**payload, "token": access.token})
        except HallRefused as exc:
            if exc.refusal == "approval.taken":
                raise UsageError("another approver is on the way", code="approval.taken") from None
            if exc.status == 409:
                raise UsageError("the request is closed already", code="approval.closed") from None
            if exc.status == 403:
                raise PermissionDenied(exc.error, code="approval.not_yours") from None
            raise

    def _answer(self, answer: dict[str, Any]) -> ApprovalRequest:
        return ApprovalRequest.from_hall(answer.get("request"))

    # -- the agent's side ---------------------------------------------------------------------
    def ask(
        self, customer_id: int, field: str, reason_code: str, reason_text: str = ""
    ) -> ApprovalRequest:
        """Ask the hall for whoever may approve this reveal; the reason's text is masked."""
        need = self._revealer.ask(customer_id, field)
        role = _NEEDS.get(need)
        if role is None:
            raise UsageError("this reveal needs no authorisation")
        if reason_code not in {r.code for r in self._s.policy.reveal_reasons}:
            raise UsageError("choose a reason for the reveal", code="reveal.reason")
        row = load_customer(self._s.db, customer_id, self._s.opener)
        if row is None:
            raise UsageError("no such customer", code="record.gone")
        note = typed_text(self._s, reason_text, [row])
        answer = self._post(
            "/v1/approvals/ask",
            {
                "customer_no": row.customer_no,
                "field": field,
                "field_class": self._s.policy.field(field).field_class,
                "tier": row.tier,
                "needs": role.value,
                "reason_code": reason_code,
                "reason_note": str(note),
                "minutes": self._s.policy.approval_request_minutes,
            },
        )
        request = self._answer(answer)
        self._asked[request.request_id] = self._s.runtime.clock.now()
        self._audit("approval.ask", request, {"field": field, "tier": row.tier, "needs": role.value,
                                              "reason": reason_code, "note": note})  # fmt: skip
        return request

    def mine(self, request_id: str) -> ApprovalRequest:
        """The request as the hall has it now; past the policy's minutes by this seat's clock
        it is closed as expired (the hall also closes it by its own)."""
        request = self._answer(self._post("/v1/approvals/status", {"request_id": request_id}))
        asked = self._asked.get(request_id)
        minutes = timedelta(minutes=self._s.policy.approval_request_minutes)
        if (
            not request.closed
            and asked is not None
            and self._s.runtime.clock.now() >= asked + minutes
        ):
            request = self._step(request_id, "expire", "approval.expired")
        return request

    def cancel(self, request_id: str) -> ApprovalRequest:
        return self._step(request_id, "cancel", "approval.cancel")

    def granted(self, request_id: str, approval: Approval) -> ApprovalRequest:
        """The approval was given at this seat for the request: the hall closes it."""
        return self._step(
            request_id, "granted", "approval.granted", {"approver": approval.approver_id}
        )

    def authorise(
        self, request_id: str, approver_id: str, password: str, need: TierAccess
    ) -> Approval:
        """The approver who came signs at this seat; the hall is told (if it cannot be reached,
        the approval stands and the request expires there)."""
        approval = self._revealer.authorise(approver_id, password, need)
        with contextlib.suppress(SeatDeskError):  # the signature here is what counts
            self.granted(request_id, approval)
        return approval

    # -- the approver's side ------------------------------------------------------------------
    def open_requests(self) -> list[ApprovalRequest]:
        """The hall's open requests this person's role may approve (the hall decides)."""
        require(self._s.role, Permission.APPROVE_REVEALS)
        answer = self._post("/v1/approvals/open", {})
        return [ApprovalRequest.from_hall(item) for item in answer.get("requests", [])]

    def take(self, request_id: str) -> ApprovalRequest:
        require(self._s.role, Permission.APPROVE_REVEALS)
        return self._step(request_id, "take", "approval.take")

    def decline(self, request_id: str, reason: str) -> ApprovalRequest:
        require(self._s.role, Permission.APPROVE_REVEALS)
        text = typed_text(self._s, reason)
        if not text:
            raise UsageError("say why the request is declined", code="approval.decline_reason")
        return self._step(request_id, "decline", "approval.decline", {"reason": str(text)})

    def _step(
        self, request_id: str, action: str, audit: str, more: dict[str, str] | None = None
    ) -> ApprovalRequest:
        payload = {"request_id": request_id, "action": action, **(more or {})}
        request = self._answer(self._post("/v1/approvals/step", payload))
        self._audit(audit, request, {"status": request.status})
        return request

    def _audit(self, action: str, request: ApprovalRequest, detail: dict[str, Any]) -> None:
        self._s.audit.append(
            self._s.staff_id,
            action,
            target=request.customer_no,
            detail={"request": request.request_id, "seat": request.seat_name, **detail},
        )
