"""Retention of the visitor register (the policy's `visitors.retention_days`): entries closed
longer ago than that are anonymised, each one audited, so the register keeps the fact of a visit
(date, organisation, badge, host, approval) but no longer the person.

Anonymising clears the name, the identity number and its keyed hash (so the watch list and the
"already in the hall" check can no longer find it) and the mobile number; the purpose keeps its
text with any phone, ID or card number in it masked. Nobody in the hall and no pre-registration
still to come is touched. Only a role that may purge does it, with a current password.
"""

from __future__ import annotations

from datetime import timedelta

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.policy.masking import mask_free_text
from seatdesk.policy.roles import Permission, require
from seatdesk.services.session import Session
from seatdesk.services.staff import require_password_current
from seatdesk.services.visitor_watch import audit_visitor
from seatdesk.visitors.model import RetentionResult, reference
from seatdesk.visitors.store import due_for_anonymisation, load_visitor, update_visitor


def anonymise_expired(session: Session, dry_run: bool = False) -> RetentionResult:
    """Anonymise the entries closed more than the retention period ago (or, `dry_run`, say which
    would be: that look is audited too)."""
    require(session.role, Permission.PURGE)
    require_password_current(session)
    rules = session.policy.visitors
    now = session.runtime.clock.now()
    cutoff = now - timedelta(days=rules.retention_days)
    ids = due_for_anonymisation(session.db, utc_iso(cutoff), rules.today(cutoff).isoformat())
    refs = tuple(reference(i) for i in ids)
    if dry_run:
        audit_visitor(
            session,
            "visitor.anonymise",
            detail={"dry_run": True, "due": len(ids), "retention_days": rules.retention_days},
            outcome="dry_run",
        )
        return RetentionResult(refs, True, cutoff)
    with session.db.transaction():
        for visitor_id in ids:
            row = load_visitor(session.db, visitor_id)
            if row is None:
                raise UsageError(f"no visitor {reference(visitor_id)}")
            update_visitor(
                session.db,
                visitor_id,
                {
                    "name": "",
                    "id_number": None,
                    "id_hash": None,
                    "mobile": None,
                    "purpose": mask_free_text(row.purpose),
                    "anonymised_at": utc_iso(now),
                },
            )
            audit_visitor(
                session,
                "visitor.anonymise",
                visitor_id,
                {
                    "retention_days": rules.retention_days,
                    "closed": (row.signed_out_at or row.registered_at)[:10],
                    "status": row.status,
                },
            )
    return RetentionResult(refs, False, cutoff)
