"""Strict masking: when every reveal on this seat needs a second person.

Decided here, in services, from what the services know, and failing closed: the hall counts as
strict while a visitor is signed in (at this seat, or at any seat of the hall as the hall
pushes it), while screen capture is not known to be blocked on this seat and the policy says
`capture_unprotected = "strict"`, and while a seat enrolled with a hall has not heard from it for
`hall_silence_strict_seconds`. The ui can only report what the
platform's capture backend answered; until it has, capture counts as unprotected. Nothing a caller
forgets to pass can make a reveal weaker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from seatdesk.services.session import Session

VISITORS, CAPTURE, HALL_SILENT = "visitors", "capture", "hall_silent"


@dataclass(frozen=True)
class HallSignal:
    """What the seat last heard from its hall (nothing, for a seat without one)."""

    enrolled: bool
    last_heard: datetime | None = None
    visitors_in_hall: int = 0


@dataclass(frozen=True)
class CaptureState:
    protected: bool
    backend: str
    reason: str = ""


def NO_HALL() -> HallSignal:
    """For a seat that is not part of a hall."""
    return HallSignal(enrolled=False)


UNKNOWN_CAPTURE = CaptureState(False, "unknown", "not reported by the desk")


class StrictMasking:
    def __init__(
        self,
        session: Session,
        visitors_present: Callable[[], bool],
        hall: Callable[[], HallSignal],
    ) -> None:
        self._s = session
        self._visitors_present = visitors_present
        self._hall = hall
        self._capture = UNKNOWN_CAPTURE

    def report_capture(self, state: CaptureState) -> None:
        """What the platform's capture exclusion answered for this seat's windows."""
        self._capture = state

    @property
    def capture(self) -> CaptureState:
        return self._capture

    def capture_strict(self) -> bool:
        return not self._capture.protected and self._s.policy.guards.capture_unprotected == "strict"

    def reasons(self) -> frozenset[str]:
        """Why the seat is strict now (empty: it is not)."""
        why: set[str] = set()
        if self.capture_strict():
            why.add(CAPTURE)
        try:
            present = self._visitors_present()
        except Exception:  # the register cannot be read: fail closed
            present = True
        if present:
            why.add(VISITORS)
        try:
            hall = self._hall()
        except Exception:  # what the hall said cannot be read: fail closed
            hall = HallSignal(enrolled=True)
        if hall.visitors_in_hall > 0:
            why.add(VISITORS)  # a visitor registered at another seat of the hall
        if hall.enrolled and self._silent(hall.last_heard):
            why.add(HALL_SILENT)
        return frozenset(why)

    def _silent(self, last_heard: datetime | None) -> bool:
        if last_heard is None:
            return True  # not heard since the desk started: strict until it has
        limit = timedelta(seconds=self._s.policy.limits.hall_silence_strict_seconds)
        return self._s.runtime.clock.now() - last_heard > limit

    def active(self) -> bool:
        return bool(self.reasons())
