"""What the desk tells its person without being asked (issue 17): new incidents and deadlines
gone overdue (for whoever handles incidents), visitors overstaying (for whoever registers
them), an agent asking for an approval through the hall (for whoever may approve it: looked at
as soon as the hall pushes news of one). The rest is looked at by the clock, at most once a
minute (on an enrolled seat the incidents are the hall's); each thing is told once. Partner
agreements ending within the policy's reminder (`[partners] remind_days`) are told to whoever
keeps the partner register. The desk words the notices (and shows them in the system tray where
there is one); they name incidents and visitors by reference only, partners by agreement number,
an approval request by who asks and at which seat."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.hall_approvals import ApprovalRequest
from seatdesk.services.hall_incidents import IncidentBoardDesk
from seatdesk.services.partners import PartnerDesk
from seatdesk.services.session import Session
from seatdesk.services.visitors import VisitorDesk

LOOK_EVERY = timedelta(minutes=1)


class ApprovalLister(Protocol):
    """What the watcher needs of the approval requests' desk (`hall_approvals`)."""

    @property
    def available(self) -> bool: ...
    def open_requests(self) -> list[ApprovalRequest]: ...


@dataclass(frozen=True)
class Notice:
    # incident.new | incident.overdue | visitor.overstay | partner.expiring | approval.asked
    kind: str
    ref: str  # the incident's or the visit's reference, the agreement number, the request's id
    # the deadline that passed ("confirm", "initial_report", "closure_report"); the expiry date
    what: str = ""
    who: str = ""  # who asks for an approval (their name in the directory)
    seat: str = ""  # at which seat


class Watcher:
    def __init__(
        self,
        session: Session,
        board: Callable[[], IncidentBoardDesk],
        visitors: Callable[[], VisitorDesk],
        *,
        approvals: Callable[[], ApprovalLister] | None = None,
        approval_events: Callable[[], int] = lambda: -1,
    ) -> None:
        self._s = session
        self._board = board
        self._visitors = visitors
        self._approvals = approvals
        self._approval_events = approval_events
        self._approvals_seen: tuple[int, datetime] | None = None  # (hall's news count, when)
        self._last: datetime | None = None
        self._told: set[tuple[str, str, str]] = set()
        self._incidents: set[str] | None = None  # seen at the first look: not "new"

    def look(self, now: datetime) -> list[Notice]:
        found = self._approval_notices(now)
        if self._last is not None and now - self._last < LOOK_EVERY:
            return self._fresh(found)
        self._last = now
        role = self._s.role
        try:
            if has_permission(role, Permission.HANDLE_INCIDENTS):
                found += self._incident_notices(now)
            if has_permission(role, Permission.REGISTER_VISITORS):
                found += [
                    Notice("visitor.overstay", v.reference)
                    for v in self._visitors().on_floor()
                    if v.overstay
                ]
            if has_permission(role, Permission.MANAGE_PARTNERS):
                found += [
                    Notice("partner.expiring", p.agreement_no, p.expires_on.isoformat())
                    for p in PartnerDesk(self._s).expiring()
                ]
        except SeatDeskError:  # the hall out of reach: look again next time
            return self._fresh([n for n in found if n.kind == "approval.asked"])
        return self._fresh(found)

    def _fresh(self, found: list[Notice]) -> list[Notice]:
        fresh = [n for n in found if (n.kind, n.ref, n.what) not in self._told]
        self._told.update((n.kind, n.ref, n.what) for n in fresh)
        return fresh

    def _approval_notices(self, now: datetime) -> list[Notice]:
        """Open requests this person may approve, when the hall pushed news or a minute passed."""
        if self._approvals is None or not has_permission(self._s.role, Permission.APPROVE_REVEALS):
            return []
        desk = self._approvals()
        if not desk.available:
            return []
        events = self._approval_events()
        seen = self._approvals_seen
        if seen is not None and seen[0] == events and now - seen[1] < LOOK_EVERY:
            return []
        self._approvals_seen = (events, now)  # an unreachable hall is asked again a minute on
        try:
            requests = desk.open_requests()
        except SeatDeskError:
            return []
        return [
            Notice("approval.asked", r.request_id, who=r.requester_name, seat=r.seat_name)
            for r in requests
            if r.status == "open"
        ]

    def _incident_notices(self, now: datetime) -> list[Notice]:
        board = self._board()
        refs = board.refs()
        notices: list[Notice] = []
        if self._incidents is not None:
            notices += [Notice("incident.new", ref) for ref in refs if ref not in self._incidents]
        self._incidents = set(refs)
        for ref in refs:
            view = board.show(ref)
            notices += [
                Notice("incident.overdue", ref, d.what) for d in view.deadlines if d.overdue(now)
            ]
        return notices
