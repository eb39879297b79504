"""Audit retention on the seat: entries older than the policy's retention (`[audit]
retention_days`, at least 180 days: CSL Art. 23) that the hall has acknowledged are removed,
leaving an anchor entry from which `audit verify` starts the chain (`AuditLog.purge_through`).

What stays, and why (the purge reports each count):
- entries newer than the retention, even when the hall holds them;
- entries the hall has not acknowledged (past `hall.acked_seq`, the cursor the sync moves only to
  what the hall says it holds), however old: the seat's copy is then the only one;
- old, acknowledged entries behind a newer one (a time written after the fact): the chain can
  only lose its oldest entries, so it stops at the first entry still within the retention;
- everything on a seat never enrolled in a hall (its log is the only copy, so it is never purged),
  and on a seat the hall has flagged (its chain disagrees with the hall's: evidence), and while
  the seat's own chain does not verify (a purge must not remove the evidence of a rewrite).

The security officer runs it (`Permission.PURGE`, as for customer records): retention and
destruction are the officer's, and the admin is one of those the audit watches. Every run,
dry or not, kept or refused, is audited (`audit.purge`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import Any

from seatdesk.audit.log import JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.policy.roles import Permission, require
from seatdesk.services.session import Session
from seatdesk.vault.schema import get_meta

NOT_ENROLLED = "not_enrolled"
FLAGGED = "flagged"
BROKEN = "chain_broken"


@dataclass(frozen=True)
class AuditPurge:
    retention_days: int
    cutoff: str  # entries written before this (UTC) are past the retention
    enrolled: bool
    dry_run: bool
    purged: int = 0  # removed (or, dry, that would be)
    through_seq: int = 0  # the last entry removed
    kept_recent: int = 0  # newer than the retention
    kept_unacknowledged: int = 0  # past the retention, but the hall has not acknowledged them
    kept_behind_newer: int = 0  # past the retention and acknowledged, after a newer entry
    acked_seq: int = 0
    refused: str = ""  # NOT_ENROLLED or FLAGGED: nothing is purged
    anchor_seq: int = 0  # the anchor entry written

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def plan_audit_purge(session: Session, *, dry_run: bool = True) -> AuditPurge:
    """What a purge would remove and keep now (reads only)."""
    db = session.db
    days = session.policy.audit_retention_days
    cutoff = utc_iso(session.runtime.clock.now() - timedelta(days=days))
    enrolled = get_meta(db, "hall.seat_id") is not None
    acked = int(get_meta(db, "hall.acked_seq") or 0) if enrolled else 0
    base = AuditPurge(days, cutoff, enrolled, dry_run, acked_seq=acked)
    first_recent = db.scalar("SELECT min(seq) FROM audit WHERE ts >= ?", (cutoff,))
    head = int(db.scalar("SELECT coalesce(max(seq), 0) FROM audit"))
    by_age = int(first_recent) - 1 if first_recent is not None else head
    recent = int(db.scalar("SELECT count(*) FROM audit WHERE ts >= ?", (cutoff,)))
    unacked = int(db.scalar("SELECT count(*) FROM audit WHERE ts < ? AND seq > ?", (cutoff, acked)))
    refused = "" if enrolled else NOT_ENROLLED
    if enrolled and get_meta(db, "hall.flag") is not None:
        refused = FLAGGED
    through = 0 if refused else min(acked, by_age)
    purged = int(db.scalar("SELECT count(*) FROM audit WHERE seq <= ?", (through,)))
    behind = int(
        db.scalar(
            "SELECT count(*) FROM audit WHERE ts < ? AND seq > ? AND seq <= ?",
            (cutoff, through, acked),
        )
    )
    return AuditPurge(
        **{
            **asdict(base),
            "purged": purged,
            "through_seq": through if purged else 0,
            "kept_recent": recent,
            "kept_unacknowledged": unacked,
            "kept_behind_newer": behind,
            "refused": refused,
        }
    )


def purge_audit(session: Session, *, dry_run: bool) -> AuditPurge:
    """Remove what the plan allows (nothing with `dry_run`); audited either way."""
    require(session.role, Permission.PURGE)
    with session.db.transaction():
        plan = plan_audit_purge(session, dry_run=dry_run)
        if not plan.refused and plan.purged and not session.audit.verify().ok:
            plan = AuditPurge(**{**asdict(plan), "purged": 0, "through_seq": 0, "refused": BROKEN})
        counts: dict[str, JsonValue] = {
            "retention_days": plan.retention_days,
            "cutoff": plan.cutoff,
            "acked_seq": plan.acked_seq,
            "kept_recent": plan.kept_recent,
            "kept_unacknowledged": plan.kept_unacknowledged,
            "kept_behind_newer": plan.kept_behind_newer,
        }
        if dry_run or plan.refused or not plan.purged:
            outcome = "refused" if plan.refused else "checked"
            session.audit.append(
                session.staff_id,
                "audit.purge",
                outcome=outcome,
                detail={**counts, "due": plan.purged, "dry_run": dry_run, "why": plan.refused},
            )
            return plan
        anchor = session.audit.purge_through(session.staff_id, plan.through_seq, counts)
        session.audit.append(
            session.staff_id,
            "audit.purge",
            target=str(anchor.seq),
            detail={**counts, "purged": plan.purged, "through_seq": plan.through_seq},
        )
    return AuditPurge(**{**asdict(plan), "anchor_seq": anchor.seq})
