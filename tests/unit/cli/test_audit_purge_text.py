"""What `seatdesk audit purge` says: how many went, how many stayed, and why."""

from __future__ import annotations

from seatdesk.cli.audit_text import audit_purge_text
from seatdesk.services.audit_retention import FLAGGED, NOT_ENROLLED, AuditPurge


def test_kept_entries_are_counted_with_their_reason() -> None:
    text = audit_purge_text(
        AuditPurge(
            180,
            "2026-01-21T09:00:00+00:00",
            enrolled=True,
            dry_run=False,
            purged=26,
            through_seq=26,
            kept_recent=7,
            kept_unacknowledged=3,
            kept_behind_newer=2,
            acked_seq=26,
            anchor_seq=41,
        )
    )
    assert "26 entries purged (through entry 26); anchor entry 41" in text
    assert "Kept 7 entries newer than the retention." in text
    assert "Kept 3 entries past the retention that the hall has not acknowledged" in text
    assert "Kept 2 acknowledged entries past the retention that come after a newer" in text
    assert "acknowledged entries up to 26" in text


def test_refusals_say_why() -> None:
    alone = audit_purge_text(AuditPurge(180, "c", False, False, refused=NOT_ENROLLED))
    assert "not enrolled in a hall" in alone and "never purged" in alone
    flagged = audit_purge_text(AuditPurge(180, "c", True, False, refused=FLAGGED))
    assert "flagged" in flagged and "Nothing purged" in flagged
    dry = audit_purge_text(AuditPurge(180, "c", True, True, purged=4, through_seq=4))
    assert "4 entries would be purged (through entry 4)" in dry
