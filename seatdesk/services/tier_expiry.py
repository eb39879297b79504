"""Tier expiry with its audit entries, at sign-in and on the desk's daily tick."""

from __future__ import annotations

from datetime import datetime

from seatdesk.audit.log import AuditLog
from seatdesk.core.clock import utc_iso
from seatdesk.records.tiers import drop_tier, expired_tiers
from seatdesk.services.compartment_upkeep import note_tier_changes
from seatdesk.vault.db import VaultDb

SYSTEM_ACTOR = "system"


def expire_tiers(
    db: VaultDb, audit: AuditLog, triggered_by: str, default_tier: str, now: datetime
) -> int:
    """Customers whose confidentiality period has passed drop to `default_tier`, each audited
    under the system actor (the period ran out; nobody decided it), with the person whose
    sign-in or desk tick happened to run it in the detail."""
    due = expired_tiers(db, now.date())
    if not due:
        return 0
    stamp = utc_iso(now)
    with db.transaction():
        note_tier_changes(db)
        for item in due:
            drop_tier(db, item.customer_id, default_tier, stamp)
            audit.append(
                SYSTEM_ACTOR,
                "record.tier_expired",
                target=item.customer_no,
                detail={
                    "from": item.tier,
                    "to": default_tier,
                    "expired": item.expired,
                    "triggered_by": triggered_by,
                },
            )
    return len(due)
