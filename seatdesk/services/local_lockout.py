"""Failed sign-ins counted at this seat (its key file): a seat without a hall, and an enrolled
seat while its hall cannot be reached. One check and one count for every way of signing in."""

from __future__ import annotations

from datetime import datetime, timedelta

from seatdesk.core.errors import AccountLockedError
from seatdesk.policy.model import Limits
from seatdesk.vault.keyslots import KeyFile


def _until(moment: datetime) -> str:
    return f"{moment.strftime('%Y-%m-%d %H:%M')} UTC"


def refuse_if_locked(keyfile: KeyFile, staff_id: str, now: datetime) -> None:
    locked = keyfile.locked_until(staff_id, now)
    if locked is not None:
        raise AccountLockedError(
            f"account {staff_id} is locked after repeated failed sign-ins until {_until(locked)}"
        )


def count_failure(limits: Limits, keyfile: KeyFile, staff_id: str, now: datetime) -> None:
    """A wrong password, counted and saved; raises AccountLockedError when it locks the account
    (else the caller raises its own refusal)."""
    until = keyfile.register_failure(
        staff_id, now, limit=limits.lockout_failures, lock=timedelta(minutes=limits.lockout_minutes)
    )
    keyfile.save()
    if until is not None:
        raise AccountLockedError(
            f"too many failed sign-ins: account {staff_id} is locked until {_until(until)}"
        )
