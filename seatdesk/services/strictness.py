"""Strict masking: when every reveal on this seat needs a second person.

Decided here, in services, from what the services know, and failing closed: the hall counts as
strict while a visitor is signed in, and while screen capture is not known to be blocked on this
seat and the policy says `capture_unprotected = "strict"`. The ui can only report what the
platform's capture backend answered; until it has, capture counts as unprotected. Nothing a caller
forgets to pass can make a reveal weaker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from seatdesk.services.session import Session

VISITORS, CAPTURE = "visitors", "capture"


@dataclass(frozen=True)
class CaptureState:
    protected: bool
    backend: str
    reason: str = ""


UNKNOWN_CAPTURE = CaptureState(False, "unknown", "not reported by the desk")


class StrictMasking:
    def __init__(self, session: Session, visitors_present: Callable[[], bool]) -> None:
        self._s = session
        self._visitors_present = visitors_present
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
        return frozenset(why)

    def active(self) -> bool:
        return bool(self.reasons())
