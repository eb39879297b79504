"""What the desk tells its person without being asked (issue 17): new incidents and deadlines
gone overdue (for whoever handles incidents), visitors overstaying (for whoever registers
them). Looked at by the clock, at most once a minute (on an enrolled seat the incidents are the
hall's); each thing is told once. Partner agreements ending within the policy's reminder
(`[partners] remind_days`) are told to whoever keeps the partner register. The desk words the
notices (and shows them in the system tray where there is one); they name incidents and visitors
by reference only, partners by agreement number."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.hall_incidents import IncidentBoardDesk
from seatdesk.services.partners import PartnerDesk
from seatdesk.services.session import Session
from seatdesk.services.visitors import VisitorDesk

LOOK_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Notice:
    kind: str  # "incident.new" | "incident.overdue" | "visitor.overstay" | "partner.expiring"
    ref: str  # the incident's or the visit's reference, the partner's agreement number
    # the deadline that passed ("confirm", "initial_report", "closure_report"); the expiry date
    what: str = ""


class Watcher:
    def __init__(
        self,
        session: Session,
        board: Callable[[], IncidentBoardDesk],
        visitors: Callable[[], VisitorDesk],
    ) -> None:
        self._s = session
        self._board = board
        self._visitors = visitors
        self._last: datetime | None = None
        self._told: set[tuple[str, str, str]] = set()
        self._incidents: set[str] | None = None  # seen at the first look: not "new"

    def look(self, now: datetime) -> list[Notice]:
        if self._last is not None and now - self._last < LOOK_EVERY:
            return []
        self._last = now
        found: list[Notice] = []
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
            return []
        fresh = [n for n in found if (n.kind, n.ref, n.what) not in self._told]
        self._told.update((n.kind, n.ref, n.what) for n in fresh)
        return fresh

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
