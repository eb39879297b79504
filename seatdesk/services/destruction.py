"""Destroying a customer record: the one way, for the purge and for imports that remove.

The row goes (its phones and interactions with it: ON DELETE CASCADE; secure_delete zeroes the
freed pages) and the audit log's destruction log gets a `record.destroyed` entry that names the
customer only by a keyed hash of the customer number, with why, when and by whom.
"""

from __future__ import annotations

from collections.abc import Iterable

from seatdesk.audit.log import AuditLog
from seatdesk.vault.db import VaultDb


def destroy_customers(
    db: VaultDb, audit: AuditLog, actor: str, doomed: Iterable[tuple[int, str, str]], at: str
) -> int:
    """Destroy each (customer id, customer number, reason) inside the caller's transaction;
    returns how many. The caller calls `reclaim` afterwards, outside the transaction."""
    count = 0
    with db.transaction():
        for customer_id, customer_no, reason in doomed:
            db.execute("DELETE FROM customers WHERE id = ?", (customer_id,))
            audit.append(
                actor,
                "record.destroyed",
                target=audit.keyed_hash("customer_no|" + customer_no),
                detail={"reason": reason, "at": at, "by": actor},
            )
            count += 1
    return count


def reclaim(db: VaultDb) -> None:
    """After destroying: the freed pages (zeroed by secure_delete) are given back."""
    db.execute("VACUUM")
