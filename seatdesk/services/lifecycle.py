"""Retention and the end of confidentiality periods.

- Purge: customers past `retain_until` or whose consent was withdrawn are deleted (secure_delete
  is on, then VACUUM), each with a destruction-log entry in the audit log that names the customer
  only by a keyed hash of the customer number, with when, who and why.
- Tier expiry: a customer whose confidentiality period has passed drops to the default tier, at
  sign-in and daily, each change audited (保密期限届满后自行解密).
- Consent withdrawal, recorded by an agent during a call, feeds the purge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.policy.roles import Permission, has_permission, require
from seatdesk.records.customers import load_customer
from seatdesk.services.destruction import destroy_customers, reclaim
from seatdesk.services.free_text import typed_text
from seatdesk.services.session import Session
from seatdesk.services.tier_expiry import expire_tiers as expire_tier_records
from seatdesk.vault.schema import get_meta


@dataclass(frozen=True)
class PurgeCandidate:
    customer_id: int
    customer_no: str
    reason: str  # "retention" | "consent_withdrawn"


def purge_candidates(session: Session, today: date | None = None) -> list[PurgeCandidate]:
    day = (today or session.runtime.clock.now().date()).isoformat()
    rows = session.db.execute(
        "SELECT id, customer_no, CASE WHEN consent_withdrawn_at IS NOT NULL "
        "THEN 'consent_withdrawn' ELSE 'retention' END FROM customers "
        "WHERE consent_withdrawn_at IS NOT NULL OR (retain_until IS NOT NULL AND retain_until < ?) "
        "ORDER BY id",
        (day,),
    )
    return [PurgeCandidate(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def purge(session: Session, *, dry_run: bool) -> list[PurgeCandidate]:
    require(session.role, Permission.PURGE)
    due = purge_candidates(session)
    if dry_run or not due:
        session.audit.append(
            session.staff_id,
            "records.purge",
            outcome="checked",
            detail={"due": len(due), "dry_run": dry_run},
        )
        return due
    now = utc_iso(session.runtime.clock.now())
    with session.db.transaction():
        destroy_customers(
            session.db,
            session.audit,
            session.staff_id,
            [(item.customer_id, item.customer_no, item.reason) for item in due],
            now,
        )
        session.audit.append(session.staff_id, "records.purge", detail={"destroyed": len(due)})
    reclaim(session.db)
    return due


def purge_due_count(session: Session) -> int:
    return len(purge_candidates(session))


def expire_tiers(session: Session) -> int:
    """Run at sign-in and daily by the desk."""
    return expire_tier_records(
        session.db,
        session.audit,
        session.staff_id,
        session.policy.default_tier,
        session.runtime.clock.now(),
    )


def withdraw_consent(session: Session, customer_id: int, note: str = "") -> None:
    """The caller withdraws consent (PIPL): recorded now, deleted at the next purge."""
    require(session.role, Permission.VIEW_CUSTOMERS)
    row = load_customer(session.db, customer_id, session.opener)
    if row is None:
        raise UsageError("no such customer", code="record.gone")
    now = utc_iso(session.runtime.clock.now())
    with session.db.transaction():
        session.db.execute(
            "UPDATE customers SET consent_withdrawn_at = ? WHERE id = ? "
            "AND consent_withdrawn_at IS NULL",
            (now, customer_id),
        )
        session.audit.append(
            session.staff_id,
            "record.consent_withdrawn",
            target=row.customer_no,
            detail={"note": typed_text(session, note, [row])},
        )


@dataclass(frozen=True)
class Reminders:
    """What the desk reminds this person of (the ui words them)."""

    purge_due: int = 0  # customers due for deletion, for those who may purge
    backup_due: bool = False  # no backup within the policy's interval, for those who back up
    last_backup: datetime | None = None  # when (UTC); the desk shows it on the hall's clock

    def __bool__(self) -> bool:
        return bool(self.purge_due or self.backup_due)


def reminders(session: Session) -> Reminders:
    purge_due = 0
    if has_permission(session.role, Permission.PURGE):
        purge_due = purge_due_count(session)
    backup_due, last_at = False, None
    if has_permission(session.role, Permission.BACKUP):
        last = get_meta(session.db, "last_backup_at")
        last_at = datetime.fromisoformat(last) if last else None
        interval = timedelta(days=session.policy.limits.backup_interval_days)
        backup_due = last_at is None or session.runtime.clock.now() - last_at > interval
    return Reminders(purge_due, backup_due, last_at)
