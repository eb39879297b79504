"""The end of a confidentiality period: 保密期限届满后自行解密. Customers whose tier has expired
drop to the default tier, each change written to the audit log."""

from __future__ import annotations

from datetime import datetime

from seatdesk.audit.log import AuditLog
from seatdesk.core.clock import utc_iso
from seatdesk.vault.db import VaultDb


def expire_tiers(db: VaultDb, audit: AuditLog, actor: str, default_tier: str, now: datetime) -> int:
    rows = db.execute(
        "SELECT id, customer_no, tier, tier_expires FROM customers "
        "WHERE tier_expires IS NOT NULL AND tier_expires < ?",
        (now.date().isoformat(),),
    )
    if not rows:
        return 0
    stamp = utc_iso(now)
    with db.transaction():
        for customer_id, customer_no, tier, expired in rows:
            db.execute(
                "UPDATE customers SET tier = ?, tier_expires = NULL, tier_changed_at = ? "
                "WHERE id = ?",
                (default_tier, stamp, customer_id),
            )
            audit.append(
                actor,
                "record.tier_expired",
                target=str(customer_no),
                detail={"from": str(tier), "to": default_tier, "expired": str(expired)},
            )
    return len(rows)
