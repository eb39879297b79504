"""Locking the desk (idle, Ctrl+L, the OS screen lock) and unlocking it with the password."""

from __future__ import annotations

from seatdesk.core.errors import AuthenticationError
from seatdesk.services.session import Session, verify_password

LOCK_REASONS = ("idle", "manual", "os_lock", "session_switch")


def record_lock(session: Session, reason: str) -> None:
    session.audit.append(session.staff_id, "desk.lock", detail={"reason": reason})


def record_logout(session: Session, reason: str) -> None:
    """The desk closes (by hand, signed out after wrong passwords, or ended by the system)."""
    session.audit.append(session.staff_id, "logout", detail={"reason": reason})


def unlock(session: Session, password: str) -> bool:
    """True if the password is the signed-in person's; failures count towards the lockout
    (an AccountLockedError then means the desk must sign out)."""
    try:
        verify_password(session, session.staff_id, password)
    except AuthenticationError as exc:
        session.audit.append(
            session.staff_id, "desk.unlock", outcome="denied", detail={"reason": type(exc).__name__}
        )
        if exc.__class__ is not AuthenticationError:
            raise
        return False
    session.audit.append(session.staff_id, "desk.unlock")
    return True
