"""One `tick(now)` for the business that runs by the clock while a desk is open.

The desk drives it from a single timer; nothing in the ui decides what is due:
- confidentiality periods that ended drop to the default tier (once per day, and at the first tick);
- after the hall's closing time, visitors still signed in are signed out and flagged (only on a
  desk whose person may register visitors: a supervisor's or the security officer's);
- reminders (purge due, backup due) are worked out at the first tick and once a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.hall_worker import LinkState
from seatdesk.services.lifecycle import Reminders, expire_tiers, reminders
from seatdesk.services.notifications import Notice
from seatdesk.services.session import Session
from seatdesk.services.visitors import VisitorDesk


@dataclass(frozen=True)
class TickResult:
    tiers_expired: int = 0
    visitors_signed_out: int = 0  # forced sign-outs at closing time, in this tick
    visitors_in_hall: int = 0
    reminders: Reminders | None = None  # new reminders (first tick of a day), else None
    hall: LinkState | None = None  # the link to the hall; None on a seat without one
    strict_reasons: frozenset[str] = frozenset()
    notices: tuple[Notice, ...] = ()  # new since the last look (services.notifications)


class Ticker:
    def __init__(self, session: Session, visitors: VisitorDesk) -> None:
        self._s = session
        self._visitors = visitors
        self._day: date | None = None

    def tick(self, now: datetime) -> TickResult:
        new_day = self._day != now.date()
        self._day = now.date()
        expired = expire_tiers(self._s) if new_day else 0
        signed_out = self._close_day_if_due()
        try:
            in_hall = self._visitors.in_hall_count()
        except SeatDeskError:
            in_hall = 0
        return TickResult(
            tiers_expired=expired,
            visitors_signed_out=signed_out,
            visitors_in_hall=in_hall,
            reminders=reminders(self._s) if new_day else None,
        )

    def _close_day_if_due(self) -> int:
        if not has_permission(self._s.role, Permission.REGISTER_VISITORS):
            return 0
        try:
            if not self._visitors.end_of_day_due():
                return 0
            return len(self._visitors.close_day())
        except SeatDeskError:
            return 0
