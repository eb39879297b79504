"""Failed sign-ins counted at this seat (its key file, sealed by its keyring: see
`vault.failure_counter`): a seat without a hall, and an enrolled seat while its hall cannot be
reached. One check and one count for every way of signing in, and one way to the audit log.

A counter found edited, missing or older than the keyring says locks every account, not only
the ones it names: an edit can remove an account's record as well as change it, so no record
of a tampered section can be believed. The refusal is exit 3 (an account locked, DESIGN §5),
not 4: the vault and its key slots are sound, nothing needs restoring, and waiting for the lock
to end (or a security officer's recovery key) is the way on.

Every failure (a wrong password, a refusal while locked, a tamper found) waits in the counter
and is written to the audit log by the next opening of the vault, whoever opens it; from there
the hall link takes it to the hall with the rest of the seat's audit.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from seatdesk.audit.log import AuditLog
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import AccountLockedError
from seatdesk.policy.model import Limits, Policy
from seatdesk.services.runtime import Runtime
from seatdesk.vault.db import VaultDb
from seatdesk.vault.failure_counter import ERASED, TAMPERED, FailureCounter, Pending
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.schema import get_meta, set_meta

__all__ = [
    "TAMPERED",
    "FailureCounter",
    "clear_lock",
    "count_failure",
    "flush_to_audit",
    "open_counter",
    "refuse_if_locked",
    "remember_key",
]


KEY_META = "lockout_key_id"


def _until(moment: datetime) -> str:
    return f"{moment.strftime('%Y-%m-%d %H:%M')} UTC"


def open_counter(runtime: Runtime, keyfile: KeyFile) -> FailureCounter:
    store = runtime.secret_store() if keyfile.key_storage == "keyring" else None
    return FailureCounter.load(keyfile, store)


def _tampered(until: datetime, reason: str, policy: Policy) -> AccountLockedError:
    return AccountLockedError(
        f"this seat's sign-in counter was tampered with ({reason}): every account is locked "
        f"until {_until(until)}; a security officer can sign in with the recovery key",
        code="auth.lockout_tampered",
        until=policy.hall_time(until),  # what the desk says: on the hall's clock
    )


def refuse_if_locked(
    policy: Policy, counter: FailureCounter, staff_id: str, now: datetime, *, known: bool = True
) -> None:
    """Refuse a sign-in of a locked account (a refusal of a `known` one is counted, to be
    audited), and lock everyone when the counter was tampered with."""
    limits = policy.limits
    if counter.problem is not None:
        reason = counter.problem
        until = counter.lock_everyone(staff_id, now, timedelta(minutes=limits.lockout_minutes))
        raise _tampered(until, reason, policy)
    held = counter.lock_of(staff_id, now)
    if held is None:
        return
    if known:
        counter.register_refusal(staff_id, now)
        counter.save()
    if held.everyone:
        raise _tampered(held.until, "found earlier", policy)
    raise AccountLockedError(
        f"account {staff_id} is locked after repeated failed sign-ins until {_until(held.until)}"
    )


def count_failure(limits: Limits, counter: FailureCounter, staff_id: str, now: datetime) -> None:
    """A wrong password, counted and saved; raises AccountLockedError when it locks the account
    (else the caller raises its own refusal)."""
    until = counter.register_failure(
        staff_id, now, limit=limits.lockout_failures, lock=timedelta(minutes=limits.lockout_minutes)
    )
    counter.save()
    if until is not None:
        raise AccountLockedError(
            f"too many failed sign-ins: account {staff_id} is locked until {_until(until)}"
        )


def flush_to_audit(
    counter: FailureCounter, audit: AuditLog, now: datetime, *, signed_in: str | None = None
) -> list[Pending]:
    """Write every pending failure of every account to the open vault's audit log (with its own
    time and staff ID), then forget them; a `signed_in` account's streak ends too. A tamper
    found only now (the sign-in was admitted by the hall or the recovery key, which the local
    counter does not decide) is audited as well. Each entry is committed before the counter
    forgets it: a crash in between writes one twice, never not at all."""
    if counter.problem is not None:
        counter.lock_everyone(signed_in or "", now, timedelta(0))
    written = counter.pending()
    for item in written:
        _append(audit, item)
    counter.forget_pending()
    cleared = signed_in is not None and counter.clear(signed_in)
    if written or cleared:
        counter.save()
    return written


def remember_key(
    counter: FailureCounter, db: VaultDb, audit: AuditLog, staff_id: str, *, quiet: bool = False
) -> None:
    """The vault (which no one edits without the data key) remembers which keyring key seals
    its seat's counter. Deleting the key, the number and the file's seal together looks like a
    vault from before sealed counters, and gets a new key: the next opening sees the key
    changed and audits it. `quiet`: the recovery key's holder replaced it (a lost keyring)."""
    ident = counter.key_id()
    if ident is None:
        return
    known = get_meta(db, KEY_META)
    if known == ident:
        return
    with db.transaction():
        if known is not None and not quiet:
            audit.append(
                staff_id,
                "auth.lockout_tampered",
                outcome="denied",
                detail={"reason": "the keyring's counter key was replaced", "counted_at": "seat"},
            )
        set_meta(db, KEY_META, ident)


def clear_lock(runtime: Runtime, keyfile: KeyFile, staff_id: str) -> None:
    """A new password ends the account's streak and lock (a tampered counter stays as it is,
    for the next sign-in to find)."""
    counter = open_counter(runtime, keyfile)
    if counter.problem is None and counter.clear(staff_id):
        counter.save()


def _append(audit: AuditLog, item: Pending) -> None:
    if item.kind == TAMPERED:
        audit.append(
            item.staff_id or "system",
            "auth.lockout_tampered",
            outcome="denied",
            detail={"reason": item.reason, "counted_at": "seat"},
            at=item.at,
        )
        return
    detail: dict[str, str | int] = {"reason": item.kind, "counted_at": "seat"}
    if item.kind == ERASED:  # the keyring's tally: how many, from when to when
        detail.update(count=item.count, first=utc_iso(item.first or item.at))
    elif item.count > 1:
        detail["more_refusals"] = item.count
    audit.append(item.staff_id, "login.failed", outcome="denied", detail=detail, at=item.at)
