"""The end of a confidentiality period: 保密期限届满后自行解密. The rows only: which customers'
tier has expired, and dropping one to the default tier. The audit entry for each change is
written by the gate (`services.tier_expiry`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from seatdesk.vault.db import VaultDb


@dataclass(frozen=True)
class ExpiredTier:
    customer_id: int
    customer_no: str
    tier: str
    expired: str


def expired_tiers(db: VaultDb, today: date) -> list[ExpiredTier]:
    rows = db.execute(
        "SELECT id, customer_no, tier, tier_expires FROM customers "
        "WHERE tier_expires IS NOT NULL AND tier_expires < ?",
        (today.isoformat(),),
    )
    return [ExpiredTier(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def drop_tier(db: VaultDb, customer_id: int, default_tier: str, stamp: str) -> None:
    db.execute(
        "UPDATE customers SET tier = ?, tier_expires = NULL, tier_changed_at = ? WHERE id = ?",
        (default_tier, stamp, customer_id),
    )
